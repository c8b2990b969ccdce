"""Value phrases read by general rules: about, from-to, changes, fractions, junk after a unit."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import yte_targets as yt

IMR = yt.catalog.get("imr")
COVERAGE = yt.catalog.get("health_insurance_coverage")
C = yt.Comparator


@pytest.mark.parametrize(
    ("text", "indicator", "comparator", "value", "unit"),
    [
        ("trên dưới 80%", COVERAGE, C.APPROX, 80, "percent"),
        ("trên dưới 80%", None, C.APPROX, 80, "percent"),
        ("xung quanh 74,5 tuổi", None, C.APPROX, 74.5, "year_of_age"),
        ("từ 14‰ xuống còn 10‰", IMR, C.LE, 10, "permille"),
        ("từ 14‰ năm 2020 xuống còn 10‰", IMR, C.LE, 10, "permille"),
        ("từ 85% lên 95%", COVERAGE, C.EQ, 95, "percent"),
        ("từ 90% tăng lên trên 95%", COVERAGE, C.GT, 95, "percent"),
        ("giảm còn 10‰", IMR, C.LE, 10, "permille"),
        ("30/10.000 dân", None, C.EQ, 30, "per_10000_people"),
    ],
)
def test_readings(
    text: str, indicator: yt.Indicator | None, comparator: C, value: float, unit: str
) -> None:
    assert yt.parse_target_value(text, indicator) == (comparator, yt.Q_(value, unit))


@pytest.mark.parametrize(
    "text",
    [
        "giảm 2‰ so với năm 2020",
        "tăng thêm 5%",
        "tăng bình quân tối thiểu 1%",
        "giảm thêm 3%",
        "1/1000",
        "1 / 3",
        "10,5‰o",
        "dưới 10 ‰ ‰",
        "95%%",
        "đạt 1,1 triệu người",
        "dưới 2 nghìn ca",
        "hơn 40 nghìn tỷ đồng",
    ],
)
def test_refused(text: str) -> None:
    with pytest.raises(yt.ParseError):
        yt.parse_target_value(text)


def test_from_to_keeps_the_start_as_the_baseline() -> None:
    (target,) = yt.parse_target(
        "Tỷ suất tử vong trẻ em dưới 1 tuổi từ 14‰ xuống còn 10‰ vào năm 2030"
    )
    assert (target.indicator.code, target.comparator, target.value_in_unit) == ("imr", C.LE, 10)
    assert target.baseline is not None
    assert target.baseline_in_unit == 14


def test_a_change_in_per_mille_is_a_relative_target() -> None:
    (target,) = yt.parse_target("Tỷ suất tử vong sơ sinh giảm 2‰ so với năm 2020")
    assert target.relative == yt.Relative(base_year=2020, change=-2.0, kind="absolute")
    assert target.value is None


values = st.integers(min_value=1, max_value=999).map(lambda i: i / 10)


def _vi(x: float) -> str:
    return yt.format_number(x)


@given(values, values)
def test_from_to_reads_the_second_value(start: float, end: float) -> None:
    comparator, value = yt.parse_target_value(f"từ {_vi(start)}‰ xuống còn {_vi(end)}‰", IMR)
    assert (comparator, value.magnitude) == (C.LE, end)


@given(values, st.sampled_from(["tăng", "giảm", "tăng thêm", "giảm thêm"]))
def test_a_change_is_never_a_level(amount: float, verb: str) -> None:
    with pytest.raises(yt.ParseError, match="not a change"):
        yt.parse_target_value(f"{verb} {_vi(amount)}%")


@given(values, st.sampled_from(["%", "‰"]), st.sampled_from(["o", "x", "%", "‰", "ab"]))
def test_junk_glued_to_a_sign_is_refused(amount: float, sign: str, junk: str) -> None:
    assume(sign + junk != "%o")  # "%o" is an old spelling of ‰
    with pytest.raises(yt.ParseError):
        yt.parse_target_value(f"dưới {_vi(amount)}{sign}{junk}")


@given(values)
def test_about_reads_the_value(amount: float) -> None:
    assert yt.parse_target_value(f"trên dưới {_vi(amount)}%") == (
        C.APPROX,
        yt.Q_(amount, "percent"),
    )
