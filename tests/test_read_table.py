"""Indicator tables of plans (Markdown, a column per milestone year)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import yte_targets as yt
from tests.gold import GOLD_UNITS, gold_file

TABLE = [
    "| TT   | Chỉ tiêu  | Đơn vị | Năm 2025                | Năm 2030                |",
    "|------|---|--------|-------------------------|-------------------------|",
    "|      | <b>Chỉ số đầu vào</b>   |        |       |      |",
    "| 1    | Số bác sĩ trên 10.000 dân   | Người  | 10,31                   | 19           |",
    "| 7    | Tỉ lệ tiêm chủng đầy đủ các loại vắc xin trong chương trình tiêm chủng mở rộng"
    "  | %      | 95% với 12 loại vắc xin | 95% với 14 loại vắc xin |",
    "| 15.3 | Số ca mắc mới sốt rét trên 100.000 dân  | Ca     | 0,08  | Loại trừ sốt rét |",
    "| 23        | Chiều cao trung bình của thanh niên 18 tuổi  |  |                 |    |",
    "|           | - Nam  | cm                       | 167             | 168,5           |",
    "| 99 | Tỷ lệ người dân dùng nước sạch | % | > 98 | 100 |",
]


def test_a_table_of_every_kind_of_row() -> None:
    targets = yt.parse.read_indicator_tables(TABLE, first_line=10, document="kh.txt")
    described = [
        (t.indicator.code, t.year, str(t), t.source.line if t.source else None) for t in targets
    ]
    assert described[:2] == [
        ("doctors", 2025, "Số bác sĩ trên 10.000 dân: đạt 10,31/10.000 dân (2025)", 13),
        ("doctors", 2030, "Số bác sĩ trên 10.000 dân: đạt 19/10.000 dân (2030)", 13),
    ]
    epi = [t for t in targets if t.indicator.code == "epi_full_immunization"]
    assert [t.qualifier for t in epi] == ["với 12 loại vắc xin", "với 14 loại vắc xin"]
    malaria = [t for t in targets if t.source is not None and t.source.line == 15]
    assert malaria[0].value == yt.Q_(0.08, "per_100000_people")
    assert malaria[1].qualitative
    assert malaria[1].statement == "Loại trừ sốt rét"
    height = [t for t in targets if t.indicator.code == "height_18"]
    assert [(t.subgroup, t.value_in_unit) for t in height] == [("nam", 167), ("nam", 168.5)]
    water = [t for t in targets if not t.indicator.catalogued]
    assert [str(t) for t in water] == [
        "Tỷ lệ người dân dùng nước sạch: trên 98% (2025)",
        "Tỷ lệ người dân dùng nước sạch: đạt 100% (2030)",
    ]
    assert all(t.source is not None and t.source.document == "kh.txt" for t in targets)


def test_the_kien_giang_appendix(shared_dir: Path) -> None:
    """Every gold target of the appendix table is read from its row, with the gold's
    indicator, year, comparator and value, and nothing else is read."""
    stem = "002_1d2db8ccb91c3f66"
    lines = (shared_dir / "seeds" / f"{stem}.txt").read_text(encoding="utf-8").splitlines()
    targets = yt.parse.read_indicator_tables(lines)
    golds = [g for g in gold_file(shared_dir, stem)["targets"] if g["line"] > 380]
    assert len(targets) == len(golds)
    for gold in golds:
        row = [
            t
            for t in targets
            if t.source is not None and t.source.line == gold["line"] and t.year == gold["year"]
        ]
        assert len(row) == 1, gold["id"]
        target = row[0]
        if gold["value"] is None:
            assert target.qualitative, gold["id"]
            continue
        assert target.indicator.code == yt.catalog.find(gold["indicator_vi"])[0].code
        symbol = target.comparator.symbol if target.comparator else None
        assert symbol == (gold["comparator"] if gold["comparator"] != "none" else "=")
        assert target.value is not None
        value = yt.magnitude_in(target.value, GOLD_UNITS[gold["unit"]], accept_ratio=True)
        assert value == pytest.approx(gold["value"]), gold["id"]


@given(st.lists(st.text(alphabet="|-0123456789 abcNnăm2,.%<>", max_size=30), max_size=8))
def test_any_lines_give_targets_or_an_error(lines: list[str]) -> None:
    try:
        targets = yt.parse.read_indicator_tables(["| Chỉ tiêu | Năm 2025 |", *lines])
    except yt.YteTargetsError:
        return
    assert all(isinstance(t, yt.Target) for t in targets)


def test_a_column_of_a_past_year_is_the_baseline_and_a_unit_column_rate_is_the_unit() -> None:
    table = [
        "| STT | Chỉ tiêu | ĐVT | Năm 2023 (ước TH) | Năm 2025 | Năm 2030 |",
        "|---|---|---|---|---|---|",
        "| 1 | Tỷ lệ người dân tham gia BHYT | % | 93,1 | ≥ 95 | ≥ 97 |",
        "| 2 | Tỷ lệ phát hiện lao mới | Người/100.000 dân | 70 | 85 | 90 |",
    ]
    targets = yt.parse.read_indicator_tables(table)
    assert [str(t) for t in targets] == [
        "Tỷ lệ tham gia bảo hiểm y tế: tối thiểu 95% (2025)",
        "Tỷ lệ tham gia bảo hiểm y tế: tối thiểu 97% (2030)",
        "Tỷ lệ phát hiện lao mới: đạt 85/100.000 dân (2025)",
        "Tỷ lệ phát hiện lao mới: đạt 90/100.000 dân (2030)",
    ]
    assert [(t.baseline_in_unit, t.baseline.year if t.baseline else None) for t in targets] == [
        (93.1, 2023),
        (93.1, 2023),
        (70.0, 2023),
        (70.0, 2023),
    ]


def test_a_year_before_the_plan_is_a_result_not_a_target() -> None:
    table = [
        "| TT | Chỉ tiêu | Đơn vị | Năm 2023 | Năm 2025 | Năm 2030 |",
        "| 1 | Tuổi thọ trung bình | tuổi | 73,9 | 74,5 | 75 |",
    ]
    undated = yt.parse.read_indicator_tables(table)
    assert [t.year for t in undated] == [2023, 2025, 2030]
    (first, second) = yt.parse.read_indicator_tables(table, issued=2024)
    assert [(t.year, t.value_in_unit, t.baseline_in_unit) for t in (first, second)] == [
        (2025, 74.5, 73.9),
        (2030, 75.0, 73.9),
    ]


def test_a_number_is_no_yes_no_aim() -> None:
    table = [
        "| TT | Chỉ tiêu | Đơn vị | Năm 2025 | Năm 2030 |",
        "| 20 | Sốt rét | | 0,02 | Loại trừ |",
    ]
    number, aim = yt.parse.read_indicator_tables(table)
    assert not number.indicator.catalogued
    assert number.value_in_unit == 0.02
    assert (aim.indicator.code, aim.statement) == ("malaria_elimination", "Loại trừ")


def test_rows_under_a_parent_row_complete_its_name() -> None:
    table = [
        "| TT | Chỉ tiêu | ĐVT | Năm 2025 | Năm 2030 |",
        "| 5 | Tỷ lệ suy dinh dưỡng trẻ em dưới 5 tuổi | | | |",
        "| | - Thể nhẹ cân | % | 12 | 10 |",
        "| | - Thể thấp còi | % | 24,5 | 20 |",
    ]
    codes = [t.indicator.code for t in yt.parse.read_indicator_tables(table)]
    assert codes == ["underweight_u5", "underweight_u5", "stunting_u5", "stunting_u5"]


def test_names_that_only_look_like_headers_and_rate_units_with_spaces() -> None:
    table = [
        "| TT | Chỉ tiêu | ĐVT | Năm 2025 |",
        "| | Tỷ lệ xã đạt nông thôn mới về y tế | % | 80 |",  # "đạt nông" is no "tên"
        "| 2 | Tỷ số tử vong mẹ | ca/100 000 trẻ đẻ sống | 40 |",
    ]
    assert [str(t) for t in yt.parse.read_indicator_tables(table)] == [
        "Tỷ lệ xã đạt nông thôn mới về y tế: đạt 80% (2025)",
        "Tỷ số tử vong mẹ: đạt 40/100.000 trẻ đẻ sống (2025)",
    ]
