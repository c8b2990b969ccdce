"""Reading plan documents as people have them: PDF, Word, web pages, text (issue 18).

The PDFs are written at test time with fpdf2 in DejaVu Sans (matplotlib's copy), the
Word documents with python-docx, both from an invented plan; reading them back must
give the plan's lines, and ``extract_plan`` the same targets and assignments.
"""

from __future__ import annotations

import io
import pickle
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import attrs
import docx
import matplotlib
import pytest
from fpdf import FPDF
from hypothesis import given
from hypothesis import strategies as st

import yte_targets as yt
from yte_targets.documents import (
    DocumentText,
    Line,
    decode_legacy,
    detect_legacy,
    encode_legacy,
    modern_tones,
    normalise_text,
)
from yte_targets.documents.normalise import drop_running_lines

FONTS = Path(matplotlib.get_data_path()) / "fonts" / "ttf"

#: An invented plan: its header, targets by milestone, an indicator table, tasks and an
#: assignment table. No line is longer than a line of the PDF, so that the PDF's lines are
#: the plan's lines; an empty line follows each table, as in what read_document writes.
PLAN = """\
ỦY BAN NHÂN DÂN
TỈNH BÌNH LÂM
Số: 128/KH-UBND
Bình Lâm, ngày 12 tháng 3 năm 2026
KẾ HOẠCH
Thực hiện công tác bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân giai đoạn 2026 - 2030
Căn cứ Quyết định số 89/QĐ-TTg ngày 23/01/2024 của Thủ tướng Chính phủ;
I. MỤC TIÊU
1. Mục tiêu chung
Nâng cao sức khỏe cả về thể chất và tinh thần của Nhân dân, xây dựng xã hội hòa thuận.
2. Mục tiêu cụ thể
a) Đến năm 2027:
- Tỷ lệ tham gia bảo hiểm y tế đạt trên 93%.
- Tuổi thọ trung bình đạt 75,5 tuổi.
b) Đến năm 2030:
- Tỷ lệ tham gia bảo hiểm y tế đạt trên 95% vào năm 2030.
- Tỷ suất tử vong trẻ em dưới 1 tuổi giảm xuống còn 8‰.
- Tỷ số tử vong mẹ dưới 30/100.000 trẻ đẻ sống.
- Đạt 35 giường bệnh và 12 bác sĩ/10.000 dân.
3. Các chỉ tiêu cụ thể
| TT | Chỉ tiêu | Đơn vị | Năm 2027 | Năm 2030 |
| 1 | Tỷ lệ trạm y tế xã có bác sĩ làm việc | % | 95 | 100 |
| 2 | Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ | % | 95 | 98 |
| 3 | Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi | % | 17 | 15 |
| 4 | Tỷ lệ người dân được quản lý sức khỏe | % | 90 | 95 |
| 5 | Tỷ lệ hài lòng của người dân với dịch vụ y tế | % | 80 | 90 |
| 6 | Số dược sĩ trên 10.000 dân | Người | 3,5 | 4 |
| 7 | Số điều dưỡng trên 10.000 dân | Người | 25 | 33 |
| 8 | Tỷ lệ dân số được sử dụng nước sạch | % | 95 | 100 |

II. NHIỆM VỤ VÀ GIẢI PHÁP
- Tăng cường công tác phòng, chống dịch bệnh; phấn đấu loại trừ bệnh sốt rét vào năm 2028.
- Hỗ trợ người dân tham gia bảo hiểm y tế; củng cố mạng lưới y tế cơ sở.
III. TỔ CHỨC THỰC HIỆN
1. Sở Y tế chủ trì, phối hợp với các sở, ngành triển khai thực hiện Kế hoạch.
2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân sách.
| STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |
| 1 | Xây dựng đề án phát triển y tế cơ sở | Sở Y tế | Sở Nội vụ, Sở Tài chính | 2027 |
| 2 | Đầu tư trang thiết bị cho trạm y tế xã | UBND các huyện | Sở Y tế | 2026 - 2028 |

"""

RUNNING_HEADER = "Kế hoạch số 128/KH-UBND của Ủy ban nhân dân tỉnh Bình Lâm"


# --- writing documents -------------------------------------------------------------------


def blocks(text: str) -> Iterator[str | list[list[str]]]:
    """The text's lines, and its runs of Markdown rows as tables (separator rows left out)."""
    table: list[list[str]] = []
    for line in text.splitlines():
        if line.lstrip().startswith("|"):
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if not all(set(cell) <= set("-: ") for cell in cells):
                table.append(cells)
            continue
        if table:
            yield table
            table = []
        yield line
    if table:
        yield table


def _widths(table: list[list[str]]) -> tuple[float, ...]:
    columns = max(len(row) for row in table)
    longest = [max((len(row[c]) if c < len(row) else 0) for row in table) for c in range(columns)]
    return tuple(min(max(n, 6), 60) for n in longest)


def make_pdf(
    text: str,
    *,
    header: str | None = None,
    page_numbers: bool = True,
    gap_before_tables: float = 0.0,
    font_size: float = 9,
    width: float = 210,
) -> bytes:
    """A PDF of ``text`` (tables ruled, their header row repeated on a new page), with a
    running header and page numbers, on pages ``width`` mm wide (A4 by default)."""

    class Document(FPDF):
        def header(self) -> None:
            if header:
                self.set_font("dejavu", size=7)
                self.cell(0, 5, header, new_x="LMARGIN", new_y="NEXT", align="C")
                self.ln(3)

        def footer(self) -> None:
            if page_numbers:
                self.set_y(-12)
                self.set_font("dejavu", size=7)
                self.cell(0, 5, str(self.page_no()), align="C")

    pdf = Document(format=(width, 297))
    pdf.add_font("dejavu", fname=str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("dejavu", style="B", fname=str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("dejavu", size=font_size)
    height = font_size * 0.5
    for block in blocks(text):
        if isinstance(block, str):
            if block.strip():
                pdf.multi_cell(0, height, block, new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.ln(gap_before_tables)
        with pdf.table(col_widths=_widths(block), line_height=height) as table:
            for cells in block:
                row = table.row()
                for cell in cells:
                    row.cell(cell)
        pdf.ln(1)
    return bytes(pdf.output())


def make_docx(text: str, *, layout_header: int = 0) -> bytes:
    """A Word document of ``text``: a paragraph a line, a ruled table a run of rows; the
    first ``layout_header`` lines set side by side in a borderless table of two cells."""
    document = docx.Document()
    lines = list(blocks(text))
    if layout_header:
        head, lines = lines[:layout_header], lines[layout_header:]
        half = (len(head) + 1) // 2
        table = document.add_table(rows=1, cols=2)
        for cell, part in zip(table.rows[0].cells, (head[:half], head[half:]), strict=True):
            cell.paragraphs[0].text = str(part[0])
            for line in part[1:]:
                cell.add_paragraph(str(line))
    for block in lines:
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        table = document.add_table(rows=len(block), cols=max(len(r) for r in block))
        table.style = "Table Grid"
        for row, cells in zip(table.rows, block, strict=True):
            for cell, value in zip(row.cells, cells, strict=False):
                cell.text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_html(text: str) -> str:
    """``text`` as a legal portal shows it: menus, breadcrumbs, related documents and a
    footer around the document, tables as ``<table>``."""
    body: list[str] = []
    for block in blocks(text):
        if isinstance(block, str):
            body.append(f"<p>{block}</p>")
            continue
        rows = ["<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in block]
        body.append("<table border='1'>\n" + "\n".join(rows) + "\n</table>")
    related = "".join(
        f"<li><a href='/vb/{n}'>Quyết định số {n}/QĐ-UBND về y tế cơ sở năm 2025</a></li>"
        for n in range(10)
    )
    menu = "".join(f"<li><a href='/m{n}'>Mục {n}</a></li>" for n in range(12))
    return (
        "<!DOCTYPE html>\n<html lang='vi'><head><meta charset='utf-8'>"
        "<title>Kế hoạch 128/KH-UBND - Cổng thông tin</title>"
        "<style>.menu { color: red }</style><script>var x = '<p>không</p>';</script></head>\n"
        "<body>\n<div id='top-menu' class='menu'><ul>" + menu + "</ul></div>\n"
        "<nav><a href='/'>Trang chủ</a> &gt; <a href='/vb'>Văn bản pháp luật</a></nav>\n"
        "<div class='breadcrumb'>Trang chủ / Văn bản / Y tế</div>\n"
        "<div class='container'><div class='main-content'>\n"
        "<h1 class='title'>Kế hoạch 128/KH-UBND</h1>\n"
        "<div id='toanvan' class='content1'>\n" + "\n".join(body) + "\n</div>\n"
        "<div class='van-ban-lien-quan'><h3>Văn bản liên quan</h3><ul>" + related + "</ul></div>\n"
        "</div><div class='sidebar'><p>Tin mới nhất về y tế và sức khỏe cộng đồng</p></div>"
        "</div>\n<footer><p>© 2026 Cổng thông tin điện tử tỉnh Bình Lâm</p></footer>\n"
        "<script>document.write('Bản quyền');</script>\n</body></html>\n"
    )


def nonblank(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def lines_of(text: str) -> list[str]:
    """The lines of a text, the newline that ends its last line aside."""
    return text.removesuffix("\n").split("\n")


def same_plan(left: yt.Plan, right: yt.Plan) -> None:
    assert left.targets == right.targets
    assert left.assignments == right.assignments
    assert (left.number, left.issuer, left.jurisdiction, left.issued, left.title) == (
        right.number,
        right.issuer,
        right.jurisdiction,
        right.issued,
        right.title,
    )


@pytest.fixture(scope="module")
def plan_pdf() -> bytes:
    # space before the tables pushes the indicator table over the end of the first page
    return make_pdf(PLAN, header=RUNNING_HEADER, gap_before_tables=150)


# --- PDF -------------------------------------------------------------------------------------


def test_a_pdf_gives_the_lines_of_its_text(plan_pdf: bytes) -> None:
    doc = yt.read_document(plan_pdf)
    assert isinstance(doc, DocumentText)
    assert (doc.kind, doc.name, doc.legacy) == ("pdf", None, None)
    assert doc.text.split("\n") == lines_of(PLAN)
    assert RUNNING_HEADER not in doc.text  # the running header and the page numbers are gone


def test_a_table_over_two_pages_is_one_table(plan_pdf: bytes) -> None:
    doc = yt.read_document(plan_pdf)
    rows = [line for line in doc.lines if line.text.startswith("| ") and "Năm 2027" in line.text]
    assert len(rows) == 1  # the header row repeated on the second page is dropped
    table = [line for line in doc.lines if line.text.startswith("| ") and "Người" in line.text]
    pages = {line.page for line in doc.lines if line.text.startswith("| ") and "%" in line.text}
    assert table
    assert pages == {1, 2}


def test_a_pdf_gives_the_plan_of_its_text(plan_pdf: bytes) -> None:
    doc = yt.read_document(plan_pdf)
    same_plan(yt.extract_plan(doc.text), yt.extract_plan(PLAN))


def test_a_target_leads_back_to_its_page_and_line(plan_pdf: bytes) -> None:
    doc = yt.read_document(plan_pdf)
    plan = yt.extract_plan(doc.text)
    insurance = next(
        t for t in plan.targets if t.source and "95% vào năm 2030" in (t.source.quote or "")
    )
    assert insurance.source is not None
    assert insurance.source.line is not None
    line = doc.at(insurance.source.line)
    assert line.text == "- Tỷ lệ tham gia bảo hiểm y tế đạt trên 95% vào năm 2030."
    assert line.page == 1
    assert line.line is not None
    assert line.line > 1
    assert "page 1, line" in line.where


def test_a_pdf_file_by_path_and_by_pathlike(tmp_path: Path, plan_pdf: bytes) -> None:
    path = tmp_path / "ke-hoach-128.pdf"
    path.write_bytes(plan_pdf)
    by_str = yt.read_document(str(path))
    by_path = yt.read_document(path)
    assert by_str == by_path
    assert by_str.name == "ke-hoach-128.pdf"
    # the content decides: a PDF named .txt is read as a PDF
    other = tmp_path / "ke-hoach.txt"
    other.write_bytes(plan_pdf)
    assert yt.read_document(other).kind == "pdf"


def test_merged_cells_of_a_pdf_table_are_left_empty() -> None:
    pdf = FPDF()
    pdf.add_font("dejavu", fname=str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("dejavu", style="B", fname=str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    pdf.set_font("dejavu", size=9)
    with pdf.table(col_widths=(10, 60, 20, 20)) as table:
        row = table.row()
        for cell in ("TT", "Chỉ tiêu", "Năm 2025", "Năm 2030"):
            row.cell(cell)
        row = table.row()
        row.cell("Chỉ số đầu vào", colspan=4)
        row = table.row()
        for cell in ("1", "Số bác sĩ trên 10.000 dân", "10,3", "19"):
            row.cell(cell)
    doc = yt.read_document(bytes(pdf.output()))
    assert doc.text.split("\n") == [
        "| TT | Chỉ tiêu | Năm 2025 | Năm 2030 |",
        "| Chỉ số đầu vào |  |  |  |",
        "| 1 | Số bác sĩ trên 10.000 dân | 10,3 | 19 |",
        "",
    ]


def test_a_scanned_pdf_has_no_text_layer(tmp_path: Path) -> None:
    image = pytest.importorskip("PIL.Image")
    picture = image.new("RGB", (200, 280), "white")
    pdf = FPDF()
    for _ in range(2):
        pdf.add_page()
        pdf.image(picture, x=10, y=10, w=150)
    path = tmp_path / "scan.pdf"
    path.write_bytes(bytes(pdf.output()))
    with pytest.raises(yt.NoTextLayerError) as caught:
        yt.read_document(path)
    message = str(caught.value)
    assert "'scan.pdf' has no text layer" in message
    assert "no OCR" in message
    assert "2 pages" in message
    assert isinstance(caught.value, yt.YteTargetsError)
    again = pickle.loads(pickle.dumps(caught.value))
    assert str(again) == message


def test_a_damaged_pdf_is_a_plan_file_error() -> None:
    with pytest.raises(yt.PlanFileError, match="cannot read the PDF"):
        yt.read_document(b"%PDF-1.7\n this is not a PDF at all")


def test_a_missing_extra_names_documents(monkeypatch: pytest.MonkeyPatch, plan_pdf: bytes) -> None:
    monkeypatch.setitem(sys.modules, "pdfplumber", None)
    with pytest.raises(yt.MissingDependencyError, match=r"yte_targets\[documents\]"):
        yt.read_document(plan_pdf)
    monkeypatch.setitem(sys.modules, "docx", None)
    with pytest.raises(yt.MissingDependencyError, match=r"yte_targets\[documents\]"):
        yt.read_document(make_docx("Kế hoạch"))


# --- Word -----------------------------------------------------------------------------------


def test_a_word_document_gives_the_lines_of_its_text() -> None:
    doc = yt.read_document(make_docx(PLAN))
    assert doc.kind == "docx"
    assert doc.text.split("\n") == lines_of(PLAN)
    same_plan(yt.extract_plan(doc.text), yt.extract_plan(PLAN))
    first_row = next(line for line in doc.lines if line.text.startswith("| TT |"))
    assert first_row.cell == (1, 1, 0)
    assert first_row.paragraph is None
    heading = next(line for line in doc.lines if line.text == "I. MỤC TIÊU")
    assert heading.paragraph == 8
    assert heading.cell is None


def test_the_header_table_of_a_word_document_is_read_as_lines(tmp_path: Path) -> None:
    path = tmp_path / "ke-hoach.docx"
    path.write_bytes(make_docx(PLAN, layout_header=4))
    doc = yt.read_document(path)
    assert doc.name == "ke-hoach.docx"
    assert doc.text.split("\n") == lines_of(PLAN)
    assert [line.cell for line in doc.lines[:4]] == [(1, 1, 1)] * 2 + [(1, 1, 2)] * 2
    plan = yt.extract_plan(doc.text)
    assert (plan.issuer, plan.number) == ("ỦY BAN NHÂN DÂN TỈNH BÌNH LÂM", "128/KH-UBND")


def test_merged_cells_of_a_word_table_are_left_empty() -> None:
    document = docx.Document()
    table = document.add_table(rows=4, cols=4)
    table.style = "Table Grid"
    values = [
        ["TT", "Chỉ tiêu", "Đơn vị", "Năm 2030"],
        ["", "Chỉ số đầu vào", "", ""],
        ["1", "Số bác sĩ trên 10.000 dân", "Người", "19"],
        ["2", "Số dược sĩ trên 10.000 dân", "", "4"],
    ]
    for row, cells in zip(table.rows, values, strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    table.cell(1, 1).merge(table.cell(1, 3)).text = "Chỉ số đầu vào"
    table.cell(2, 2).merge(table.cell(3, 2)).text = "Người"
    out = io.BytesIO()
    document.save(out)
    doc = yt.read_document(out.getvalue())
    assert doc.text.split("\n") == [
        "| TT | Chỉ tiêu | Đơn vị | Năm 2030 |",
        "|  | Chỉ số đầu vào |  |  |",
        "| 1 | Số bác sĩ trên 10.000 dân | Người | 19 |",
        "| 2 | Số dược sĩ trên 10.000 dân |  | 4 |",
        "",
    ]


def test_word_numbering_is_written_out() -> None:
    document = docx.Document()
    document.add_paragraph("Mục tiêu cụ thể")
    document.add_paragraph("Tỷ lệ tham gia bảo hiểm y tế đạt trên 95%.", style="List Bullet")
    document.add_paragraph("Sở Y tế chủ trì thực hiện.", style="List Number")
    document.add_paragraph("Sở Tài chính bố trí kinh phí.", style="List Number")
    out = io.BytesIO()
    document.save(out)
    doc = yt.read_document(out.getvalue())
    assert doc.text.splitlines() == [
        "Mục tiêu cụ thể",
        "- Tỷ lệ tham gia bảo hiểm y tế đạt trên 95%.",
        "1. Sở Y tế chủ trì thực hiện.",
        "2. Sở Tài chính bố trí kinh phí.",
    ]


def test_word_text_in_legacy_fonts_is_converted() -> None:
    document = docx.Document()
    heading = document.add_paragraph().add_run(encode_legacy("kế hoạch phát triển y tế", "tcvn3"))
    heading.font.name = ".VnTimeH"
    body = document.add_paragraph()
    body.add_run(encode_legacy("Tỷ lệ tham gia bảo hiểm y tế đạt ", "tcvn3")).font.name = ".VnTime"
    body.add_run("95%")
    vni = document.add_paragraph().add_run(encode_legacy("Sở Y tế chủ trì thực hiện", "vni"))
    vni.font.name = "VNI-Times"
    out = io.BytesIO()
    document.save(out)
    doc = yt.read_document(out.getvalue())
    assert doc.text.splitlines() == [
        "KẾ HOẠCH PHÁT TRIỂN Y TẾ",
        "Tỷ lệ tham gia bảo hiểm y tế đạt 95%",
        "Sở Y tế chủ trì thực hiện",
    ]
    assert doc.legacy == "tcvn3"


def test_an_old_word_document_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ke-hoach.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    with pytest.raises(yt.PlanFileError, match=r"Word 97-2003.*save the document as \.docx"):
        yt.read_document(path)


def test_a_zip_that_is_no_word_document_is_refused() -> None:
    out = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("data.csv", "a,b\n")
    with pytest.raises(yt.PlanFileError, match=r"no Word document \(it holds data\.csv\)"):
        yt.read_document(out.getvalue())


# --- web pages ------------------------------------------------------------------------------


def test_a_portal_page_gives_the_plan_and_nothing_else(tmp_path: Path) -> None:
    path = tmp_path / "ke-hoach-128.html"
    path.write_text(make_html(PLAN), encoding="utf-8")
    doc = yt.read_document(path)
    assert doc.kind == "html"
    assert doc.text.split("\n") == lines_of(PLAN)
    same_plan(yt.extract_plan(doc.text), yt.extract_plan(PLAN))
    for furniture in ("Trang chủ", "Mục 3", "liên quan", "Bản quyền", "©", "Tin mới", "color"):
        assert furniture not in doc.text
    first = doc.lines[0]
    assert first.text == "ỦY BAN NHÂN DÂN"
    assert first.line is not None
    assert make_html(PLAN).splitlines()[first.line - 1].endswith("<p>ỦY BAN NHÂN DÂN</p>")


def test_html_tables_lay_merged_cells_on_the_grid() -> None:
    page = (
        "<html><body><div><p>Các chỉ tiêu cụ thể</p><table>"
        "<tr><th rowspan='2'>TT</th><th rowspan='2'>Chỉ tiêu</th><th colspan='2'>Năm</th></tr>"
        "<tr><th>2025</th><th>2030</th></tr>"
        "<tr><td>1</td><td>Tuổi thọ trung bình&nbsp;(tuổi)</td><td>74,5</td><td>75</td></tr>"
        "</table></div></body></html>"
    )
    doc = yt.read_document(page.encode("utf-8"))
    assert doc.text.split("\n") == [
        "Các chỉ tiêu cụ thể",
        "| TT | Chỉ tiêu | Năm |  |",
        "|  |  | 2025 | 2030 |",
        "| 1 | Tuổi thọ trung bình (tuổi) | 74,5 | 75 |",
        "",
    ]


def test_a_web_page_declaring_a_legacy_charset() -> None:
    page = "<html><head><meta charset='windows-1258'></head><body><p>Kế hoạch</p></body></html>"
    # Windows-1258 has the letters with their shape (ê) and the tones as combining marks
    tones = "\u0300\u0301\u0303\u0309\u0323"
    spelled = ""
    for char in page:
        parts = unicodedata.normalize("NFD", char)
        bare = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        spelled += bare + "".join(c for c in parts if c in tones)
    doc = yt.read_document(spelled.encode("cp1258"))
    assert doc.text == "Kế hoạch"


# --- text ------------------------------------------------------------------------------------


def test_a_text_file_keeps_its_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "ke-hoach.txt"
    path.write_text(PLAN.replace("\n", "\r\n"), encoding="utf-8")
    doc = yt.read_document(path)
    assert doc.kind == "txt"
    assert doc.text.split("\n") == lines_of(PLAN)
    assert [line.line for line in doc.lines] == list(range(1, len(lines_of(PLAN)) + 1))
    same_plan(yt.extract_plan(doc.text), yt.extract_plan(PLAN))


def test_legacy_text_files_are_converted() -> None:
    for encoding in ("tcvn3", "vni"):
        data = encode_legacy(PLAN, encoding).encode("cp1252")
        doc = yt.read_document(data)
        assert doc.legacy == encoding
        assert doc.text.split("\n") == lines_of(PLAN), encoding


def test_pages_of_a_text_file_lose_their_running_lines() -> None:
    pages = [
        f"Kế hoạch 128/KH-UBND\n{body}\nTrang {n}/3"
        for n, body in enumerate(["Mục tiêu", "- Tỷ lệ tiêm chủng đạt 95%.", "Tổ chức"], 1)
    ]
    doc = yt.read_document("\n\f".join(pages).encode())
    assert doc.text.splitlines() == ["Mục tiêu", "- Tỷ lệ tiêm chủng đạt 95%.", "Tổ chức"]
    assert [line.line for line in doc.lines] == [2, 5, 8]


def test_decomposed_text_is_composed() -> None:
    source = unicodedata.normalize("NFD", PLAN)
    doc = yt.read_document(source.encode("utf-8"))
    assert doc.text.split("\n") == lines_of(PLAN)


# --- choosing the kind, errors ----------------------------------------------------------------


def test_a_path_that_is_no_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(yt.PlanFileError, match=r"no document at '.*ke-hoach\.pdf'.*does not exist"):
        yt.read_document(str(tmp_path / "ke-hoach.pdf"))
    with pytest.raises(yt.PlanFileError, match="is a folder"):
        yt.read_document(tmp_path)
    with pytest.raises(yt.PlanFileError, match=r"pass the text to yte_targets\.extract_plan"):
        yt.read_document(PLAN)


def test_a_suffix_the_content_contradicts_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "ke-hoach.pdf"
    path.write_text("Kế hoạch", encoding="utf-8")
    with pytest.raises(yt.PlanFileError, match=r"named \.pdf but does not hold a PDF"):
        yt.read_document(path)
    assert yt.read_document(path, kind="txt").text == "Kế hoạch"


def test_the_kind_and_the_source_are_checked() -> None:
    with pytest.raises(yt.InvalidValueError, match=r"unknown document kind 'doc'.*'docx'"):
        yt.read_document(b"abc", kind="doc")
    with pytest.raises(yt.InvalidValueError, match=r"cannot read a document from 42"):
        yt.read_document(42)  # type: ignore[arg-type]


def test_html_is_told_by_its_content_and_by_its_suffix(tmp_path: Path) -> None:
    assert yt.read_document(b"<!DOCTYPE html><html><body><p>A</p></body></html>").kind == "html"
    fragment = tmp_path / "trang.htm"
    fragment.write_text("<div><p>Kế hoạch</p><script>x()</script></div>", encoding="utf-8")
    doc = yt.read_document(fragment)
    assert (doc.kind, doc.text) == ("html", "Kế hoạch")


def test_lines_and_documents_check_their_fields() -> None:
    with pytest.raises(yt.InvalidValueError, match="line break"):
        Line("a\nb")
    with pytest.raises(yt.InvalidValueError, match="page must be a whole number from 1"):
        Line("a", page=0)
    with pytest.raises(yt.InvalidValueError, match=r"cell must be \(table, row, column\)"):
        Line("a", cell=(1, 0, 1))
    with pytest.raises(yt.InvalidValueError, match="unknown document kind 'odt'"):
        DocumentText(lines=(), kind="odt")
    with pytest.raises(yt.InvalidValueError, match="unknown legacy encoding 'viscii'"):
        DocumentText(lines=(), kind="txt", legacy="viscii")
    doc = DocumentText(lines=[Line("a", line=1)], kind="txt")
    assert doc.lines == (Line("a", line=1),)
    assert len(doc) == 1
    with pytest.raises(yt.InvalidValueError, match="line 2 is not a line of this document"):
        doc.at(2)
    assert attrs.evolve(doc, name="x.txt").name == "x.txt"


# --- normalisation ----------------------------------------------------------------------------

# Words whose tone sits on "oa", "oe", "uy" in an open syllable, with the other words of plans.
TONED = ["hòa", "khỏe", "thủy", "Ủy", "tùy", "lũy", "hóa", "tòa", "xõa", "khóe", "họa", "nhòe"]
WORDS = [
    "tỷ", "lệ", "tham", "gia", "bảo", "hiểm", "y", "tế", "đạt", "trên", "năm", "người", "dân",
    "được", "quản", "lý", "sức", "khỏe", "trẻ", "em", "dưới", "tuổi", "tử", "vong", "mẹ",
    "giảm", "còn", "bác", "sĩ", "giường", "bệnh", "xã", "trạm", "tiêm", "chủng", "đầy", "đủ",
    "quý", "hoàn", "thuyền", "khuya", "Sở", "Tài", "chính", "Kế", "hoạch", "chỉ", "tiêu",
    "cơ", "sở", "ưu", "tiên", "nước", "sạch", "ở", "ấp", "ẩm", "ỉa", "yếu", "nguồn", "lực",
]  # fmt: skip
OLD = {"ò": "o" + "\u0300", "ỏ": "o\u0309", "ó": "o\u0301", "õ": "o\u0303", "ọ": "o\u0323"}


def old_placement(word: str) -> str:
    """The word with the tone on the last vowel of "oa", "oe", "uy" ("hòa" is "hoà")."""
    decomposed = unicodedata.normalize("NFD", word)
    for first in "oOuU":
        for second in "aeyAEY":
            for tone in "\u0300\u0301\u0303\u0309\u0323":
                decomposed = decomposed.replace(first + tone + second, first + second + tone)
    return unicodedata.normalize("NFC", decomposed)


sentences = st.lists(st.sampled_from(WORDS + TONED), min_size=1, max_size=14).map(" ".join)


@given(st.lists(st.tuples(st.sampled_from(WORDS + TONED), st.booleans()), min_size=1, max_size=14))
def test_every_spelling_of_a_sentence_normalises_alike(words: list[tuple[str, bool]]) -> None:
    canonical = " ".join(word for word, _ in words)
    variant = " ".join(old_placement(word) if old else word for word, old in words)
    for form in ("NFC", "NFD"):
        assert normalise_text(unicodedata.normalize(form, variant)) == canonical
    assert normalise_text(unicodedata.normalize("NFD", canonical)) == canonical


@given(sentences)
def test_normalising_twice_changes_nothing(sentence: str) -> None:
    once = normalise_text(sentence + "\u00a0\u200b\u00ad x")
    assert normalise_text(once) == once


def test_normalise_text_examples() -> None:
    assert old_placement("hòa khỏe thủy Ủy") == "hoà khoẻ thuỷ Uỷ"
    assert modern_tones("HOÀ, khoẻ, Thuỷ, quý, hoàn, thuyền, toà") == (
        "HÒA, khỏe, Thủy, quý, hoàn, thuyền, tòa"
    )
    assert normalise_text("a\u00a0b\u202fc\u200bd\u00ade\ufeff  \r\nf\u2028g\n") == (
        "a b cde\nf\ng\n"
    )
    assert normalise_text("dòng một\ndòng hai") == "dòng một\ndòng hai"  # lines are not joined


def test_running_lines_of_most_pages_are_dropped() -> None:
    pages = [["Báo cáo 3", "a", "b", "Trang 1"], ["Báo cáo 3", "c", "Trang 2"], ["d", "- 3 -"]]
    assert drop_running_lines(pages) == [
        [False, True, True, False],
        [False, True, False],
        [True, False],
    ]
    # a line repeated on fewer than half of the pages stays
    assert drop_running_lines([["x", "a"], ["x", "b"], ["c"], ["d"], ["e"]])[0] == [True, True]


# --- legacy encodings -------------------------------------------------------------------------

# TCVN3 writes capitals with a tone as lowercase codes (in a capitals font): round trips keep
# to lowercase words and capitals it has codes for.
LOWER_WORDS = [word.lower() for word in WORDS + TONED]


@given(st.lists(st.sampled_from([*LOWER_WORDS, "Đ", "Ơn", "Ư", "Â", "Tỉnh", "Sở"]), min_size=1))
def test_tcvn3_round_trips(words: list[str]) -> None:
    text = " ".join(words)
    assert decode_legacy(encode_legacy(text, "tcvn3"), "tcvn3") == text


@given(sentences)
def test_vni_round_trips(sentence: str) -> None:
    assert decode_legacy(encode_legacy(sentence, "vni"), "vni") == sentence
    upper = sentence.upper()
    assert decode_legacy(encode_legacy(upper, "vni"), "vni") == upper


@given(
    st.lists(st.sampled_from(LOWER_WORDS), min_size=12, max_size=30),
    st.sampled_from(["tcvn3", "vni"]),
)
def test_legacy_text_is_detected(words: list[str], encoding: str) -> None:
    text = " ".join(words)
    legacy = encode_legacy(text, encoding)
    if legacy == text:
        return
    foreign = sum(1 for w, e in zip(words, legacy.split(), strict=True) if w != e)
    if foreign >= 8:
        assert detect_legacy(legacy) == encoding


_INITIALS = ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng"]
_INITIALS += ["ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"]
_VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "uy", "ươ", "iê"]
_FINALS = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "o", "u"]
_MARKS = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]


@st.composite
def syllables(draw: st.DrawFn) -> str:
    """A syllable of Vietnamese shape: initial, vowel (one tone), final, any case."""
    vowel = draw(st.sampled_from(_VOWELS))
    at = draw(st.integers(0, len(vowel) - 1))
    marked = vowel[: at + 1] + draw(st.sampled_from(_MARKS)) + vowel[at + 1 :]
    word = draw(st.sampled_from(_INITIALS)) + marked + draw(st.sampled_from(_FINALS))
    word = unicodedata.normalize("NFC", word)
    return draw(st.sampled_from([word, word.capitalize(), word.upper()]))


unicode_text = st.lists(
    st.tuples(syllables(), st.sampled_from([" ", ", ", ". ", "\n", ": ", " - ", "; "])),
    min_size=1,
    max_size=40,
).map(lambda parts: "".join(word + separator for word, separator in parts))


@given(unicode_text)
def test_detection_never_fires_on_unicode_text(text: str) -> None:
    assert detect_legacy(text) is None
    assert detect_legacy(unicodedata.normalize("NFD", text)) is None
    expected = "\n".join(modern_tones(line).rstrip() for line in text.split("\n"))
    assert normalise_text(text) == expected


@given(st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=300))
def test_detection_never_fires_on_ascii_text(text: str) -> None:
    assert detect_legacy(text) is None
    assert normalise_text(text) == "\n".join(line.rstrip() for line in text.split("\n"))


def test_legacy_examples() -> None:
    assert encode_legacy("Kế hoạch", "tcvn3") == "KÕ ho¹ch"
    assert decode_legacy("KÕ HO¹CH", "tcvn3") == "KẾ HOẠCH"  # a line in capitals
    assert decode_legacy("Thùc hiÖn NGHÞ QUYÕT", "tcvn3") == "Thực hiện NGHỊ QUYẾT"
    assert decode_legacy("Thñ t\u2212íng", "tcvn3") == "Thủ tướng"  # ư as a PDF's minus sign
    assert decode_legacy("nöôùc saïch", "VNI-Windows") == "nước sạch"
    assert decode_legacy("NÖÔÙC", "vni") == "NƯỚC"
    assert decode_legacy("tiù", "vni") == "tí"  # i with a separate mark, as some fonts write it
    # a line with a letter only Unicode has is left alone
    assert decode_legacy("Tỷ lệ ®¹t", "tcvn3") == "Tỷ lệ ®¹t"
    with pytest.raises(yt.InvalidValueError, match=r"unknown legacy encoding 'viscii'"):
        encode_legacy("a", "viscii")
    assert detect_legacy("Microsoft® Word© and 10 µg") is None
