"""Attainment rules: boundaries, gaps, progress, status, series, and their laws."""

from __future__ import annotations

import dataclasses
import math

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import yte_targets as yt
from tests.strategies import Scenario, indicator, scenarios, values

IMR = yt.Indicator(
    code="imr",
    name_vi="Tỷ suất tử vong trẻ em dưới 1 tuổi",
    name_en="Infant mortality rate",
    unit="per_1000_live_births",
    direction=yt.Direction.DECREASE,
)
BHYT = yt.Indicator(
    code="bhyt", name_vi="Tỷ lệ tham gia bảo hiểm y tế", unit="percent", direction="increase"
)
SRB = yt.Indicator(
    code="srb",
    name_vi="Tỷ số giới tính khi sinh",
    unit="boys_per_100_girls",
    direction="band",
    band=yt.Band(103, 107),
)
MALARIA = yt.Indicator(
    code="malaria", name_vi="Số ca mắc sốt rét", unit="per_100000_people", direction="eliminate"
)


def obs(
    ind: yt.Indicator, value: float | bool, year: int, unit: str | None = None
) -> yt.Observation:
    if isinstance(value, bool):
        return yt.Observation(indicator=ind, value=value, year=year)
    return yt.Observation(indicator=ind, value=yt.Q_(value, unit or ind.unit), year=year)


def test_contract_example() -> None:
    t = yt.Target(
        indicator=IMR,
        comparator=yt.Comparator.LT,
        value=yt.Q_(10, "permille"),
        year=2030,
        baseline=yt.Baseline(value=yt.Q_(14, "permille"), year=2020),
    )
    r = t.evaluate(yt.Observation(indicator=IMR, value=yt.Q_(9.99, "permille"), year=2030))
    assert r.met is True
    assert r.gap is not None
    assert r.gap.units == yt.ureg.per_1000_live_births
    assert r.gap.magnitude == pytest.approx(0.01)
    assert r.progress == pytest.approx(1.0, abs=0.01)
    assert r.status is yt.Status.ACHIEVED


# ---- boundaries ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("comparator", "actual", "met"),
    [
        ("<", 9.99, True),
        ("<", 10.0, False),
        ("<", 10.01, False),
        ("<=", 10.0, True),
        ("<=", 10.01, False),
        ("=", 10.0, True),
        ("=", 9.0, True),
        ("=", 10.01, False),  # "còn 10‰": at most
        ("~", 10.1, True),
        ("~", 10.11, False),  # within 1% of 10
    ],
)
def test_decrease_boundaries(comparator: str, actual: float, met: bool) -> None:
    t = yt.Target(indicator=IMR, comparator=comparator, value=yt.Q_(10, "permille"), year=2030)
    assert t.evaluate(obs(IMR, actual, 2030, "permille")).met is met


@pytest.mark.parametrize(
    ("comparator", "actual", "met"),
    [
        (">", 95.0, False),
        (">", 95.01, True),
        (">=", 95.0, True),
        (">=", 94.99, False),
        ("=", 95.0, True),
        ("=", 99.0, True),
        ("=", 94.99, False),  # "đạt 95%": at least
        ("~", 94.05, True),
        ("~", 94.04, False),
    ],
)
def test_increase_boundaries(comparator: str, actual: float, met: bool) -> None:
    t = yt.Target(indicator=BHYT, comparator=comparator, value=yt.Q_(95, "percent"), year=2025)
    assert t.evaluate(obs(BHYT, actual, 2025)).met is met


def test_a_comparator_against_the_indicator_direction_is_taken_literally() -> None:
    # "trên 1%" of a decrease indicator is unusual, but it states a lower bound
    t = yt.Target(indicator=IMR, comparator=">", value=yt.Q_(1, "permille"), year=2030)
    r = t.evaluate(obs(IMR, 2.0, 2030))
    assert r.met
    assert r.gap_in_unit == pytest.approx(1.0)


def test_gap_signs() -> None:
    t = yt.Target(indicator=IMR, comparator="<", value=yt.Q_(10, "permille"), year=2030)
    assert t.evaluate(obs(IMR, 12, 2030)).gap_in_unit == pytest.approx(-2)
    u = yt.Target(indicator=BHYT, comparator=">=", value=yt.Q_(95, "percent"), year=2025)
    assert u.evaluate(obs(BHYT, 97, 2025)).gap_in_unit == pytest.approx(2)
    assert u.evaluate(obs(BHYT, 90, 2025)).gap_in_unit == pytest.approx(-5)


# ---- status ----------------------------------------------------------------------------------


def _bhyt_target(**kw: object) -> yt.Target:
    fields: dict[str, object] = {
        "indicator": BHYT,
        "comparator": ">=",
        "value": yt.Q_(95, "percent"),
        "year": 2025,
        "baseline": yt.Baseline(value=yt.Q_(81, "percent"), year=2017),
    }
    fields.update(kw)
    return yt.Target(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("actual", "year", "status", "progress"),
    [
        (95.0, 2025, yt.Status.ACHIEVED, 1.0),
        (96.0, 2020, yt.Status.ACHIEVED, 15 / 14),  # met early counts as achieved
        (94.0, 2025, yt.Status.MISSED, 13 / 14),
        (94.0, 2026, yt.Status.MISSED, 13 / 14),
        (88.0, 2021, yt.Status.ON_TRACK, 0.5),  # expected 0.5 by 2021
        (87.65, 2021, yt.Status.ON_TRACK, 0.475),  # exactly 0.95 x expected
        (87.6, 2021, yt.Status.OFF_TRACK, 6.6 / 14),
        (81.0, 2021, yt.Status.OFF_TRACK, 0.0),  # stagnation
        (80.0, 2021, yt.Status.REGRESSING, -1 / 14),
        (85.0, 2017, yt.Status.NO_DATA, 4 / 14),  # at the baseline year: no time has passed
    ],
)
def test_statuses(actual: float, year: int, status: yt.Status, progress: float) -> None:
    r = _bhyt_target().evaluate(obs(BHYT, actual, year))
    assert r.status is status
    assert r.progress == pytest.approx(progress)


def test_no_observation_and_no_baseline_give_no_data() -> None:
    t = _bhyt_target(baseline=None)
    assert t.evaluate(None).status is yt.Status.NO_DATA
    assert t.evaluate(None).met is None
    assert t.evaluate(obs(BHYT, 90, 2021)).status is yt.Status.NO_DATA
    assert t.evaluate(obs(BHYT, 96, 2021)).status is yt.Status.ACHIEVED
    assert t.evaluate(obs(BHYT, 90, 2025)).status is yt.Status.MISSED


def test_baseline_without_year_measures_progress_but_not_pace() -> None:
    t = _bhyt_target(baseline=yt.Baseline(value=yt.Q_(81, "percent")))
    r = t.evaluate(obs(BHYT, 88, 2021))
    assert r.progress == pytest.approx(0.5)
    assert r.status is yt.Status.NO_DATA


def test_target_equal_to_baseline_not_met_is_regressing() -> None:
    t = _bhyt_target(baseline=yt.Baseline(value=yt.Q_(95, "percent"), year=2017))
    r = t.evaluate(obs(BHYT, 94, 2020))
    assert r.progress is None
    assert r.status is yt.Status.REGRESSING


def test_compound_path_expects_faster_early_progress_for_a_falling_rate() -> None:
    t = yt.Target(
        indicator=IMR,
        comparator="<=",
        value=yt.Q_(10, "permille"),
        year=2030,
        baseline=yt.Baseline(value=yt.Q_(14, "permille"), year=2020),
    )
    observation = obs(IMR, 12.05, 2025)  # progress 0.4875: on track linearly (0.95 x 0.5)
    linear = t.evaluate(observation)
    compound = t.evaluate(observation, path="compound")
    assert linear.status is yt.Status.ON_TRACK
    assert compound.expected is not None
    assert compound.expected > 0.5
    assert compound.path is yt.Path.COMPOUND
    assert compound.status is yt.Status.OFF_TRACK


def test_compound_path_falls_back_to_linear_at_zero() -> None:
    t = yt.Target(
        indicator=MALARIA,
        comparator="<=",
        value=yt.Q_(0, "per_100000_people"),
        year=2030,
        baseline=yt.Baseline(value=yt.Q_(0.08, "per_100000_people"), year=2020),
    )
    r = t.evaluate(obs(MALARIA, 0.05, 2025), path="compound")
    assert r.path is yt.Path.LINEAR
    with pytest.raises(yt.InvalidValueError, match="unknown path"):
        t.evaluate(obs(MALARIA, 0.05, 2025), path="spline")


def test_expected_progress_is_clipped_and_checks_years() -> None:
    assert yt.expected_progress(2040, 2020, 2030, baseline=1, target=2)[0] == 1.0
    assert yt.expected_progress(2010, 2020, 2030, baseline=1, target=2)[0] == 0.0
    with pytest.raises(yt.InvalidValueError, match="not after"):
        yt.expected_progress(2025, 2030, 2030, baseline=1, target=2)


# ---- band, elimination, relative, qualitative --------------------------------------------------


def test_band_target_is_met_inside_the_band() -> None:
    t = yt.Target(
        indicator=SRB, statement="đưa tỷ số giới tính khi sinh về mức cân bằng tự nhiên", year=2030
    )
    assert t.evaluate(obs(SRB, 105, 2030)).status is yt.Status.ACHIEVED
    assert t.evaluate(obs(SRB, 103, 2030)).met  # bounds included
    r = t.evaluate(obs(SRB, 111.5, 2030))
    assert r.status is yt.Status.MISSED
    assert r.gap_in_unit == pytest.approx(-4.5)


def test_band_value_target_with_and_without_tolerance() -> None:
    tfr = yt.Indicator(
        code="tfr",
        name_vi="Tổng tỷ suất sinh",
        unit="children_per_woman",
        direction="band",
        band=yt.Band(2.0, 2.2),
    )
    t = yt.Target(indicator=tfr, comparator="=", value=yt.Q_(2.1, "children_per_woman"), year=2030)
    assert t.sense == 0
    assert t.evaluate(obs(tfr, 2.19, 2030)).met
    assert not t.evaluate(obs(tfr, 1.95, 2030)).met
    narrow = attrs.evolve(t, tolerance=yt.Q_(0.05, "children_per_woman"))
    assert not narrow.evaluate(obs(tfr, 2.19, 2030)).met
    assert narrow.evaluate(obs(tfr, 2.14, 2030)).met
    below = yt.Target(indicator=tfr, comparator="<", value=yt.Q_(2.5, "children_per_woman"))
    assert below.evaluate(obs(tfr, 2.4, 2030)).met


def test_elimination_targets() -> None:
    t = yt.Target(indicator=MALARIA, statement="loại trừ sốt rét", year=2030)
    assert t.evaluate(obs(MALARIA, True, 2028)).status is yt.Status.ACHIEVED
    assert t.evaluate(obs(MALARIA, False, 2028)).status is yt.Status.NO_DATA
    assert t.evaluate(obs(MALARIA, False, 2030)).status is yt.Status.MISSED
    assert t.evaluate(obs(MALARIA, 0.0, 2030)).status is yt.Status.ACHIEVED
    r = t.evaluate(obs(MALARIA, 0.02, 2030))
    assert r.status is yt.Status.MISSED
    assert r.gap_in_unit == pytest.approx(-0.02)
    quantified = yt.Target(
        indicator=MALARIA, comparator="=", value=yt.Q_(0.08, "per_100000_people"), year=2025
    )
    assert quantified.evaluate(obs(MALARIA, 0.08, 2025)).met
    assert not quantified.evaluate(obs(MALARIA, 0.09, 2025)).met


def test_qualitative_target_judged_by_a_number_it_cannot_judge() -> None:
    t = yt.Target(indicator=BHYT, statement="bảo hiểm y tế toàn dân", year=2030)
    r = t.evaluate(obs(BHYT, 93, 2030))
    assert r.met is None
    assert r.status is yt.Status.NO_DATA


def test_a_yes_no_observation_cannot_judge_a_quantity() -> None:
    with pytest.raises(yt.InvalidValueError, match="yes/no"):
        _bhyt_target().evaluate(obs(BHYT, True, 2020))


def test_relative_targets() -> None:
    screening = yt.Indicator(
        code="screening", name_vi="Số người được khám sàng lọc", unit="person", direction="increase"
    )
    t = yt.Target(
        indicator=screening,
        comparator=">=",
        year=2025,
        relative=yt.Relative(base_year=2022, change=10),
    )
    base = obs(screening, 1000, 2022)
    assert t.evaluate(obs(screening, 1100, 2025), base=base).status is yt.Status.ACHIEVED
    r = t.evaluate(obs(screening, 1040, 2024), base=base)
    assert r.reference == pytest.approx(1100)
    assert r.progress == pytest.approx(0.4)
    assert r.status is yt.Status.OFF_TRACK  # 0.4 < 0.95 x 2/3
    assert t.evaluate(obs(screening, 1090, 2025), base=base).status is yt.Status.MISSED
    assert t.evaluate(obs(screening, 1100, 2025)).status is yt.Status.NO_DATA  # no base
    with pytest.raises(yt.InvalidValueError, match="base observation is from 2021"):
        t.evaluate(obs(screening, 1100, 2025), base=obs(screening, 1000, 2021))
    flat = yt.Target(
        indicator=attrs.evolve(screening, direction="decrease"),
        comparator="<=",
        year=2025,
        relative=yt.Relative(base_year=2022),
    )  # "không tăng so với 2022"
    ind = flat.indicator
    assert flat.evaluate(obs(ind, 1000, 2025), base=obs(ind, 1000, 2022)).met
    assert not flat.evaluate(obs(ind, 1001, 2025), base=obs(ind, 1000, 2022)).met
    absolute = yt.Relative(base_year=2022, change=-5, kind="absolute")
    assert absolute.reference(100) == 95


def test_subgroup_mismatch_is_refused() -> None:
    height = yt.Indicator(
        code="height18", name_vi="Chiều cao", unit="cm", direction="increase", disaggregation="sex"
    )
    t = yt.Target(
        indicator=height, comparator="=", value=yt.Q_(168.5, "cm"), year=2030, subgroup="nam"
    )
    female = yt.Observation(indicator=height, value=yt.Q_(158, "cm"), year=2030, subgroup="nữ")
    with pytest.raises(yt.IndicatorMismatchError, match="nữ"):
        t.evaluate(female)


# ---- series ----------------------------------------------------------------------------------


def test_series_trend_projection_and_year_reached() -> None:
    t = yt.Target(indicator=IMR, comparator="<", value=yt.Q_(10, "permille"), year=2030)
    series = [obs(IMR, v, y) for y, v in [(2020, 14.0), (2022, 13.0), (2024, 12.0)]]
    s = t.evaluate_series(series)
    assert s.trend_absolute == pytest.approx(-0.5)
    assert s.trend_compound == pytest.approx((12 / 14) ** 0.25 - 1)
    assert s.required_absolute == pytest.approx(-2 / 6)
    assert s.projected == pytest.approx(9.0)
    assert s.year_reached == 2029  # 10.0 in 2028 does not meet "dưới 10"
    assert s.status is yt.Status.ON_TRACK  # first observation serves as baseline
    assert s.result.observation is series[-1]
    arr = s.annual_rate_of_reduction
    assert arr is not None
    assert arr == pytest.approx(math.log(14 / 12) / 4)
    compound = t.evaluate_series(series, path="compound")
    assert compound.projected == pytest.approx(12 * (12 / 14) ** 1.5)
    assert compound.year_reached is not None
    assert compound.year_reached == 2029  # 12 x (12/14)^(5/4) = 9,86


def test_series_moving_the_wrong_way_never_reaches() -> None:
    t = yt.Target(indicator=IMR, comparator="<", value=yt.Q_(10, "permille"), year=2030)
    s = t.evaluate_series([obs(IMR, 12.0, 2020), obs(IMR, 12.5, 2022)])
    assert s.year_reached is None
    assert s.status is yt.Status.REGRESSING


def test_series_edge_cases() -> None:
    t = yt.Target(indicator=IMR, comparator="<", value=yt.Q_(10, "permille"), year=2030)
    assert t.evaluate_series([]).status is yt.Status.NO_DATA
    one = t.evaluate_series([obs(IMR, 9.0, 2024)])
    assert one.year_reached == 2024
    assert one.trend_absolute is None
    with pytest.raises(yt.InvalidValueError, match="two observations"):
        t.evaluate_series([obs(IMR, 9.0, 2024), obs(IMR, 9.5, 2024)])
    unordered = t.evaluate_series([obs(IMR, 12.0, 2024), obs(IMR, 14.0, 2020)])
    assert unordered.trend_absolute == pytest.approx(-0.5)


# ---- laws ------------------------------------------------------------------------------------


@given(scenarios())
def test_mirror_symmetry(s: Scenario) -> None:
    target, observation = s.build()
    mirror_target, mirror_observation = s.mirrored().build()
    a = target.evaluate(observation)
    b = mirror_target.evaluate(mirror_observation)
    assert a.status is b.status
    assert a.met is b.met
    assert a.progress == b.progress
    assert a.gap_in_unit == b.gap_in_unit


@given(scenarios(), values.filter(lambda v: v > 0))
def test_monotonicity(s: Scenario, amount: float) -> None:
    target, worse = s.build()
    _, better = s.improved(amount).build()
    a, b = target.evaluate(worse), target.evaluate(better)
    if a.status is yt.Status.ACHIEVED:
        assert b.status is yt.Status.ACHIEVED
    if a.status.rank is not None and b.status.rank is not None:
        assert b.status.rank >= a.status.rank
    if a.status is not yt.Status.NO_DATA and b.status is yt.Status.NO_DATA:
        pytest.fail(f"a better actual lost its status: {a.status} -> {b.status}")
    if a.progress is not None and b.progress is not None:
        assert b.progress >= a.progress
    assert b.gap_in_unit is not None
    assert a.gap_in_unit is not None
    assert b.gap_in_unit >= a.gap_in_unit


@given(
    scenarios(), st.sampled_from(["per_100000_live_births", "per_10000_live_births", "permille"])
)
def test_invariance_under_unit_conversion(s: Scenario, unit: str) -> None:
    assume(s.value >= 0 and (s.baseline is None or s.baseline >= 0))  # rates are never negative
    target, observation = s.positive().build(unit="per_1000_live_births")
    assert isinstance(observation.value, yt.Quantity)
    converted = yt.Observation(
        indicator=observation.indicator,
        value=yt.convert(observation.value, unit, accept_ratio=True)
        if unit != "permille"
        else yt.Q_(observation.value.magnitude, "permille"),
        year=observation.year,
    )
    a, b = target.evaluate(observation), target.evaluate(converted)
    assert a.status is b.status
    assert a.met is b.met
    assert a.gap_in_unit == pytest.approx(b.gap_in_unit, rel=1e-12, abs=1e-12)


@given(scenarios())
def test_strict_and_non_strict_comparators_at_the_boundary(s: Scenario) -> None:
    target, observation = dataclasses.replace(s, actual=s.value).build()
    result = target.evaluate(observation)
    assert target.comparator is not None
    assert result.met is (not target.comparator.strict)
    assert result.gap_in_unit == 0


@given(scenarios())
def test_progress_is_one_at_the_target_and_zero_at_the_baseline(s: Scenario) -> None:
    assume(s.baseline is not None)
    assert s.baseline is not None
    target, at_value = dataclasses.replace(s, actual=s.value).build()
    at_target = target.evaluate(at_value)
    at_baseline = target.evaluate(dataclasses.replace(s, actual=s.baseline).build()[1])
    assert at_target.progress == 1.0
    assert at_baseline.progress == 0.0


def test_statuses_have_labels() -> None:
    assert yt.Status.ON_TRACK.label_vi == "Đúng tiến độ"
    assert yt.Status.NO_DATA.label_en == "insufficient data"
    assert [s.rank for s in yt.Status] == [4, 3, 2, 1, 0, None]
    assert indicator(yt.Direction.INCREASE).direction.label_vi == "tăng"
