"""HTML tables in plan text, rewritten as Markdown rows with their lines."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import yte_targets as yt
from yte_targets.read.markup import html_table_rows

HEADER = ["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025", "Năm 2030"]
ROWS = [
    ["1", "Tuổi thọ trung bình", "Tuổi", "74,8", "75,5"],
    ["2", "Số giường bệnh/10.000 dân", "Giường", "31", "33"],
    ["3", "Tỷ suất tử vong trẻ em dưới 5 tuổi", "‰", "&lt; 18", "&lt; 15"],
]


def _markdown(cells: list[str]) -> str:
    return "| " + " | ".join(yt.parse.clean_text(c.replace("&lt;", "<")) for c in cells) + " |"


def test_a_row_per_line() -> None:
    lines = [
        "2. Chỉ tiêu cụ thể",
        "<table border=1>",
        "<tr><th>" + "</th><th>".join(HEADER) + "</th></tr>",
        *("<tr><td>" + "</td><td>".join(r) + "</td></tr>" for r in ROWS),
        "</table>",
        "II. NHIỆM VỤ",
    ]
    out, origin = html_table_rows(lines)
    assert out[0] == "2. Chỉ tiêu cụ thể"
    assert out[1:5] == [_markdown(HEADER), *(_markdown(r) for r in ROWS)]
    assert origin[1:5] == [2, 3, 4, 5]
    assert out[-1] == "II. NHIỆM VỤ"
    assert origin[-1] == 7


def test_rows_spread_over_lines_and_cells_with_breaks() -> None:
    lines = [
        "<table>",
        "<tr>",
        "  <td>TT</td>",
        "  <td>Chỉ tiêu</td><td>Năm 2030</td>",
        "</tr>",
        "<tr>",
        "  <td>1</td>",
        "  <td>Tỷ lệ người dân tham gia<br/>bảo hiểm y tế",
        "  (toàn tỉnh)</td>",
        "  <td><b>trên 95%</b></td>",
        "</tr></table> (Chi tiết tại Phụ lục)",
        "Nơi nhận:",
    ]
    out, origin = html_table_rows(lines)
    assert out == [
        "| TT | Chỉ tiêu | Năm 2030 |",
        "| 1 | Tỷ lệ người dân tham gia bảo hiểm y tế (toàn tỉnh) | trên 95% |",
        "",
        "(Chi tiết tại Phụ lục)",
        "Nơi nhận:",
    ]
    assert origin == [1, 5, 10, 10, 11]


def test_a_whole_table_on_one_line() -> None:
    line = "<table><tr><td>Chỉ tiêu</td><td>2025</td></tr><tr><td>Tuổi thọ</td><td>74</td></table>"
    out, origin = html_table_rows(["Mục tiêu:", line])
    assert out == ["Mục tiêu:", "| Chỉ tiêu | 2025 |", "| Tuổi thọ | 74 |", ""]
    assert origin == [0, 1, 1, 1]


def test_text_without_tables_is_left_as_it_is() -> None:
    lines = ["Tỷ lệ <b>tiêm chủng</b> đạt 95%", "| a | b |"]
    assert html_table_rows(lines) == (lines, [0, 1])


def test_a_plan_with_an_html_table_keeps_the_rows_lines() -> None:
    lines = [
        "ỦY BAN NHÂN DÂN TỈNH LAM SƠN",
        "Số: 88/KH-UBND",
        "I. MỤC TIÊU",
        "2. Chỉ tiêu cụ thể",
        "<table>",
        "<tr><td>" + "</td><td>".join(HEADER) + "</td></tr>",
        *("<tr><td>" + "</td><td>".join(r) + "</td></tr>" for r in ROWS),
        "</table>",
        "II. NHIỆM VỤ VÀ GIẢI PHÁP",
        "1. Củng cố mạng lưới y tế cơ sở.",
    ]
    plan = yt.extract_plan("\n".join(lines))
    assert [(t.source.line, t.indicator.code, t.year, str(t)) for t in plan.targets] == [  # type: ignore[union-attr]
        (7, "life_expectancy", 2025, "Tuổi thọ trung bình: đạt 74,8 tuổi (2025)"),
        (7, "life_expectancy", 2030, "Tuổi thọ trung bình: đạt 75,5 tuổi (2030)"),
        (8, "hospital_beds", 2025, "Số giường bệnh trên 10.000 dân: đạt 31/10.000 dân (2025)"),
        (8, "hospital_beds", 2030, "Số giường bệnh trên 10.000 dân: đạt 33/10.000 dân (2030)"),
        (9, "u5mr", 2025, "Tỷ suất tử vong trẻ em dưới 5 tuổi: dưới 18‰ (2025)"),
        (9, "u5mr", 2030, "Tỷ suất tử vong trẻ em dưới 5 tuổi: dưới 15‰ (2030)"),
    ]


_cell = st.text(
    st.characters(codec="utf-8", categories=["L", "N", "Zs"], include_characters="%‰,.-/"),
    max_size=12,
).map(lambda text: " ".join(text.split()))


@given(
    st.lists(st.lists(_cell, min_size=1, max_size=5), min_size=1, max_size=6),
    st.sampled_from(["row per line", "cell per line", "one line"]),
)
def test_any_layout_of_a_table_gives_its_markdown_rows(rows: list[list[str]], layout: str) -> None:
    """The law: however a table's HTML is laid out on lines, the rows read are the table's."""
    if layout == "row per line":
        lines = ["<table>", *("<tr><td>" + "</td><td>".join(r) + "</td></tr>" for r in rows)]
        lines.append("</table>")
    elif layout == "cell per line":
        lines = ["<table>"]
        for row in rows:
            lines += ["<tr>", *(f"<td>{cell}</td>" for cell in row), "</tr>"]
        lines.append("</table>")
    else:
        lines = ["<table>" + "".join("<tr><td>" + "</td><td>".join(r) for r in rows) + "</table>"]
    out, origin = html_table_rows(["Trước bảng", *lines, "Sau bảng"])
    assert out == ["Trước bảng", *(_markdown(r) for r in rows), "", "Sau bảng"]
    assert origin[0] == 0
    assert origin[-1] == len(lines) + 1
    assert origin == sorted(origin)


_fragment = st.sampled_from(
    ["<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th colspan=2>", "<br>", "\n",
     "Năm 2025", "Chỉ tiêu", "Tuổi thọ trung bình", "74,5", "&lt; 18", "|", " ", "<b>"]
)  # fmt: skip


@given(st.lists(st.one_of(_fragment, st.text(max_size=8)), max_size=40))
def test_any_markup_keeps_lines_in_order_and_documents_read(fragments: list[str]) -> None:
    text = "".join(fragments)
    lines = text.splitlines()
    out, origin = html_table_rows(lines)
    assert len(out) == len(origin)
    assert origin == sorted(origin)
    assert all(0 <= i < len(lines) for i in origin)
    try:
        plan = yt.extract_plan(text)
    except yt.YteTargetsError:
        return
    for target in plan.targets:
        assert target.source is not None
        assert target.source.line is not None
        assert 1 <= target.source.line <= len(lines)


def test_cells_that_span_rows_and_columns_stand_on_the_grid() -> None:
    lines = [
        "<table>",
        '<tr><td rowspan="2">TT</td><td rowspan="2">Chỉ tiêu</td><td rowspan="2">ĐVT</td>'
        '<td rowspan="2">Thực hiện năm 2023</td><td colspan="2">Mục tiêu</td></tr>',
        "<tr><td>Năm 2025</td><td>Năm 2030</td></tr>",
        '<tr><td colspan="6">A. Chỉ tiêu về sức khỏe</td></tr>',
        "<tr><td>1</td><td>Tuổi thọ trung bình</td><td>Tuổi</td><td>74,1</td><td>74,5</td>"
        "<td>75,5</td></tr>",
        "</table>",
    ]
    out, _ = html_table_rows(lines)
    assert out[:4] == [
        "| TT | Chỉ tiêu | ĐVT | Thực hiện năm 2023 | Mục tiêu |  |",
        "|  |  |  |  | Năm 2025 | Năm 2030 |",
        "| A. Chỉ tiêu về sức khỏe |  |  |  |  |  |",
        "| 1 | Tuổi thọ trung bình | Tuổi | 74,1 | 74,5 | 75,5 |",
    ]
    # the table reader takes the years from the second header row
    targets = yt.parse.read_indicator_tables(out)
    assert [(t.year, t.value_in_unit, t.baseline_in_unit) for t in targets] == [
        (2025, 74.5, 74.1),
        (2030, 75.5, 74.1),
    ]


def test_blank_lines_between_rows_and_tables_of_their_own() -> None:
    out, _ = html_table_rows(
        ["<table>", "<tr><td>Chỉ tiêu</td><td>Năm 2025</td></tr>", "",
         "<tr><td>Tuổi thọ</td><td>74</td></tr>", "</table>", "Sau"]
    )  # fmt: skip
    assert out == ["| Chỉ tiêu | Năm 2025 |", "| Tuổi thọ | 74 |", "", "Sau"]
    out, _ = html_table_rows(
        [
            "<table><tr><td rowspan=2>A</td><td>b</td></tr></table><table><tr><td>x</td><td>y</td>"
            "</tr></table>"
        ]
    )
    assert out == ["| A | b |", "| x | y |", ""]
