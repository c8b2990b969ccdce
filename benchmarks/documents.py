"""Issue 18: reading a 20-page PDF plan, against extracting the plan from its text.

``measure()`` writes an invented plan of exactly 20 A4 pages with fpdf2 (DejaVu Sans,
from matplotlib), with a running header, page numbers and an indicator table on every
page, then times ``read_document`` on its bytes and ``extract_plan`` on the text read.
Needs the extras ``documents`` (pdfplumber) and ``test`` (fpdf2, matplotlib).
"""

from __future__ import annotations

from pathlib import Path

from _timing import best_ms

import yte_targets as yt

PAGES = 20
HEADER = "Kế hoạch số 128/KH-UBND của Ủy ban nhân dân tỉnh Bình Lâm"
INDICATORS = (
    ("Tỷ lệ trạm y tế xã có bác sĩ làm việc", "%", "95", "100"),
    ("Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", "%", "95", "98"),
    ("Số dược sĩ trên 10.000 dân", "Người", "3,5", "4"),
    ("Tỷ lệ người dân được quản lý sức khỏe", "%", "90", "95"),
)


def _section(number: int) -> list[str | list[list[str]]]:
    """One part of the plan: targets by milestone, tasks and an indicator table."""
    year = 2026 + number % 5
    return [
        f"{number}. Mục tiêu cụ thể của lĩnh vực {number}",
        f"a) Đến năm {year}:",
        f"- Tỷ lệ tham gia bảo hiểm y tế đạt trên {90 + number % 6}%.",
        f"- Tuổi thọ trung bình đạt {74 + number % 3},5 tuổi.",
        f"- Tỷ suất tử vong trẻ em dưới 1 tuổi giảm xuống còn {8 + number % 4}‰.",
        "- Tăng cường công tác phòng, chống dịch bệnh; củng cố mạng lưới y tế cơ sở,",
        "nâng cao chất lượng khám bệnh, chữa bệnh và chăm sóc sức khỏe ban đầu cho Nhân dân.",
        f"- Sở Y tế chủ trì, phối hợp với các sở, ngành triển khai nội dung {number}.",
        [
            ["TT", "Chỉ tiêu", "Đơn vị", f"Năm {year}", "Năm 2030"],
            *([str(i), name, unit, a, b] for i, (name, unit, a, b) in enumerate(INDICATORS, 1)),
        ],
    ]


def make_plan_pdf(pages: int = PAGES) -> bytes:
    """An invented plan of exactly ``pages`` A4 pages."""
    import matplotlib
    from fpdf import FPDF

    fonts = Path(matplotlib.get_data_path()) / "fonts" / "ttf"

    class Plan(FPDF):
        def header(self) -> None:
            self.set_font("dejavu", size=7)
            self.cell(0, 5, HEADER, new_x="LMARGIN", new_y="NEXT", align="C")

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("dejavu", size=7)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = Plan(format="A4")
    pdf.add_font("dejavu", fname=str(fonts / "DejaVuSans.ttf"))
    pdf.add_font("dejavu", style="B", fname=str(fonts / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("dejavu", size=10)
    for line in ("ỦY BAN NHÂN DÂN", "TỈNH BÌNH LÂM", "Số: 128/KH-UBND", "KẾ HOẠCH"):
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    number = 0
    while True:
        number += 1
        for block in _section(number):
            if pdf.page_no() == pages and pdf.will_page_break(40):
                return bytes(pdf.output())
            if isinstance(block, str):
                pdf.cell(0, 5, block, new_x="LMARGIN", new_y="NEXT")
                continue
            with pdf.table(col_widths=(6, 60, 12, 12, 12), line_height=5) as table:
                for cells in block:
                    row = table.row()
                    for cell in cells:
                        row.cell(cell)
            pdf.ln(2)


def measure(repeats: int = 3) -> dict[str, float]:
    """Best-of-``repeats`` times of reading the 20-page PDF and of extracting its plan (ms),
    and their ratio."""
    data = make_plan_pdf()
    text = yt.read_document(data).text
    yt.extract_plan(text)  # load the catalogue and the reader's data first
    read = best_ms(lambda: yt.read_document(data), repeats)
    extract = best_ms(lambda: yt.extract_plan(text), repeats)
    return {
        "pdf_20_pages_read_ms": read,
        "pdf_20_pages_extract_ms": extract,
        "pdf_read_vs_extract": read / extract,
    }


if __name__ == "__main__":
    for name, value in measure().items():
        print(f"{name:<26} {value:>10.2f}")


def run(quick: bool) -> tuple[dict[str, float], list[tuple[str, str, str]]]:
    """The suite of ``benchmarks/run.py``: skipped without the extras it needs."""
    try:
        import fpdf  # noqa: F401
        import pdfplumber  # noqa: F401
    except ImportError:
        print("(no pdfplumber or fpdf2: the documents benchmark is skipped)")
        return {}, []
    return measure(1 if quick else 3), [
        ("pdf_20_pages_read_ms", "pdf_20_pages_extract_ms", "reading the PDF, against its text")
    ]
