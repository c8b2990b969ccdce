"""Target values as plans write them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import yte_targets as yt
from tests.gold import GOLD_UNITS, gold_targets

C = yt.Comparator


@pytest.mark.parametrize(
    ("text", "comparator", "value", "unit"),
    [
        ("dưới 10‰", C.LT, 10, "permille"),
        ("trên 90%", C.GT, 90, "percent"),
        ("đạt 95%", C.EQ, 95, "percent"),
        ("tối thiểu 68 năm", C.GE, 68, "year"),
        ("khoảng 74,5 tuổi", C.APPROX, 74.5, "year_of_age"),
        (">90,26", C.GT, 90.26, "dimensionless"),
        ("≥68", C.GE, 68, "dimensionless"),
        ("<= 16,5%", C.LE, 16.5, "percent"),
        ("giảm còn 35%", C.LE, 35, "percent"),
        ("xuống còn 11,5‰", C.LE, 11.5, "permille"),
        ("30/10.000 dân", C.EQ, 30, "per_10000_people"),
        ("đạt trên 80%", C.GT, 80, "percent"),
        ("khoảng trên 76 tuổi", C.GT, 76, "year_of_age"),
        ("còn dưới 10‰", C.LT, 10, "permille"),
        ("đạt tối thiểu 95%", C.GE, 95, "percent"),
        ("không quá 2,1 con/phụ nữ", C.LE, 2.1, "children_per_woman"),
        ("Đạt 30 giường bệnh/vạn dân", C.EQ, 30, "per_10000_people"),
        ("42 Trên 100.000 trẻ đẻ sống", C.EQ, 42, "per_100000_live_births"),
        ("**trên 95%** dân số", C.GT, 95, "percent"),
        ("<b>&gt;</b>", None, None, None),
        ("Phấn đấu đến năm 2030 đạt 95% với 14 loại vắc xin", C.EQ, 95, "percent"),
        ("từ 90% trở lên", C.GE, 90, "percent"),
        ("10‰ trở xuống", C.LE, 10, "permille"),
        ("giai đoạn 2021 - 2025 đạt 95%", C.EQ, 95, "percent"),
        # a range: without an indicator, "đạt" reads it as at least its low end
        ("đạt 90-95%", C.GE, 90, "percent"),
        ("từ 95% đến 98%", C.GE, 95, "percent"),
        ("giảm còn 10 - 15%", C.LE, 15, "percent"),
        ("0,5–1%", C.GE, 0.5, "percent"),
        # no range: a year after a value
        ("95% đến 2030", C.EQ, 95, "percent"),
    ],
)
def test_value_phrases(
    text: str, comparator: yt.Comparator | None, value: float | None, unit: str | None
) -> None:
    if comparator is None or unit is None:
        with pytest.raises(yt.ParseError):
            yt.parse_target_value(text)
        return
    found, quantity = yt.parse_target_value(text)
    assert found is comparator
    assert quantity.magnitude == value
    assert quantity.units == yt.ureg.Unit(unit)


def test_context_and_indicator_units() -> None:
    comparator, value = yt.parse_target_value("dưới 60 ca", unit="per_100000_live_births")
    assert (comparator, value) == (C.LT, yt.Q_(60, "per_100000_live_births"))
    doctors = yt.catalog.get("doctors")
    assert yt.parse_target_value("12 bác sỹ", doctors)[1] == yt.Q_(12, "per_10000_people")
    assert yt.parse_target_value(">90,26", yt.catalog.get("health_insurance_coverage"))[1] == (
        yt.Q_(90.26, "percent")
    )
    height = yt.Indicator(code="x", name_vi="Chiều cao", unit="cm", direction="increase")
    with pytest.raises(yt.UnitMismatchError):
        yt.parse_target_value("dưới 10‰", height)


def test_a_range_read_through_the_direction() -> None:
    imr = yt.catalog.get("imr")
    assert yt.parse_target_value("10-12‰", imr) == (C.LE, yt.Q_(12, "permille"))
    coverage = yt.catalog.get("health_insurance_coverage")
    assert yt.parse_target_value("93 - 95%", coverage) == (C.GE, yt.Q_(93, "percent"))
    tfr = yt.catalog.get("tfr")
    comparator, value = yt.parse_target_value("2,0-2,2 con/phụ nữ", tfr)
    assert comparator is C.APPROX
    assert value.magnitude == pytest.approx(2.1)


def test_errors_carry_the_position() -> None:
    with pytest.raises(yt.ParseError) as info:
        yt.parse_target_value("loại trừ sốt rét")
    assert info.value.position == len("loại trừ sốt rét")
    with pytest.raises(yt.ParseError) as info:
        yt.parse_target_value("dưới 1.2.3‰")
    assert info.value.position == 8


def test_gold_value_phrases(shared_dir: Path) -> None:
    """Every gold target whose value is written with digits reads back to its comparator and
    its value (in the gold's unit)."""
    checked = 0
    for gold in gold_targets(shared_dir):
        text = gold["value_text"]
        if gold["value"] is None or not text or not re.search(r"\d", text):
            continue
        words = gold["comparator_text"] or ""
        if words.startswith("("):
            words = ""
        unit_text = (gold["unit_text"] or "").split(" (")[0]
        context = GOLD_UNITS.get(gold["unit"])
        comparator, value = yt.parse_target_value(f"{words} {text}", unit=context)
        expected = {"none": None}.get(gold["comparator"], gold["comparator"])
        assert comparator.symbol == expected, (gold["id"], words, text)
        if context is not None:
            assert yt.magnitude_in(value, context, accept_ratio=True) == pytest.approx(
                gold["value"]
            ), (gold["id"], text, unit_text)
        checked += 1
    assert checked >= 110


@given(st.text(max_size=40))
def test_any_text_gives_a_value_or_a_yte_targets_error(text: str) -> None:
    try:
        comparator, value = yt.parse_target_value(text)
    except yt.YteTargetsError:
        return
    assert isinstance(comparator, yt.Comparator)
    assert isinstance(value, yt.Quantity)


@pytest.mark.parametrize("text", ["< 1/3", ",5%", "1e3", "3/4 số xã"])
def test_numbers_that_cannot_be_read_as_written(text: str) -> None:
    with pytest.raises(yt.ParseError, match="written whole"):
        yt.parse_target_value(text)


def test_thousands_set_apart_by_spaces_in_a_rate() -> None:
    assert yt.parse_target_value("40 / 100 000 trẻ đẻ sống") == (
        C.EQ,
        yt.Q_(40, "per_100000_live_births"),
    )


@pytest.mark.parametrize(
    ("text", "comparator", "value"),
    [("hơn 92%", C.GT, 92), ("đạt hơn 97%", C.GT, 97), ("ít hơn 15%", C.LT, 15),
     ("nhiều hơn 1%", C.GT, 1), ("95.5%", C.EQ, 95.5)],
)  # fmt: skip
def test_more_comparators_and_a_decimal_point(
    text: str, comparator: yt.Comparator, value: float
) -> None:
    assert yt.parse_target_value(text) == (comparator, yt.Q_(value, "percent"))


def test_a_point_is_a_decimal_only_before_a_percentage_and_huge_numbers_are_refused() -> None:
    with pytest.raises(yt.ParseError):
        yt.parse_target_value("cách mạng công nghiệp 4.0")
    with pytest.raises(yt.ParseError, match="sensible size"):
        yt.parse_target_value("1" + "0" * 400 + "%")
