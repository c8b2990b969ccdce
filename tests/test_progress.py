"""Progress and status along the path from baseline to target: the sign never lies.

Progress is ``d * (actual - baseline) / |target - baseline|`` (UN ESCAP's current
status index, uncapped): positive when the actual is better than the baseline,
negative when worse, whichever side of the target the baseline lies on.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import yte_targets as yt

IMR = yt.Indicator(
    code="imr",
    name_vi="Tỷ suất tử vong trẻ em dưới 1 tuổi",
    unit="per_1000_live_births",
    direction="decrease",
)
COVERAGE = yt.Indicator(code="cov", name_vi="Tỷ lệ bao phủ", unit="percent", direction="increase")
# the laws hold for any numbers: the properties run on unbounded (dimensionless) indicators
LOWER = yt.Indicator(code="low", name_vi="Chỉ số giảm", unit="dimensionless", direction="decrease")
HIGHER = yt.Indicator(
    code="high", name_vi="Chỉ số tăng", unit="dimensionless", direction="increase"
)


def _target(indicator: yt.Indicator, comparator: str, value: float, baseline: float) -> yt.Target:
    unit = str(indicator.unit)
    return yt.Target(
        indicator=indicator,
        comparator=comparator,
        value=yt.Q_(value, unit),
        year=2030,
        baseline=yt.Baseline(value=yt.Q_(baseline, unit), year=2020),
    )


def _at(target: yt.Target, actual: float, year: int = 2025) -> yt.Result:
    unit = str(target.indicator.unit)
    return target.evaluate(
        yt.Observation(indicator=target.indicator, value=yt.Q_(actual, unit), year=year)
    )


def test_worse_than_a_baseline_that_met_the_target_regresses() -> None:
    result = _at(_target(IMR, "<", 20, 18), 21)
    assert result.met is False
    assert result.progress == pytest.approx(-1.5)
    assert result.status is yt.Status.REGRESSING


def test_coverage_falling_below_a_met_target_regresses() -> None:
    result = _at(_target(COVERAGE, ">=", 95, 97), 94)
    assert result.progress == pytest.approx(-1.5)
    assert result.status is yt.Status.REGRESSING


def test_met_at_baseline_and_improving_shows_positive_progress() -> None:
    result = _at(_target(COVERAGE, ">=", 95, 97), 99)
    assert result.status is yt.Status.ACHIEVED
    assert result.progress == pytest.approx(1.0)
    falling_mortality = _at(_target(IMR, "<", 20, 18), 16)
    assert falling_mortality.progress == pytest.approx(1.0)


def test_met_but_worse_than_baseline_is_achieved_with_negative_progress() -> None:
    result = _at(_target(IMR, "<", 20, 18), 19)
    assert result.status is yt.Status.ACHIEVED
    assert result.progress == pytest.approx(-0.5)


def test_baseline_equal_to_target_has_no_progress_ratio() -> None:
    target = _target(COVERAGE, ">", 95, 95)
    stalled = _at(target, 95)  # not above 95, not worse than the baseline
    assert stalled.progress is None
    assert stalled.status is yt.Status.OFF_TRACK
    worse = _at(target, 94)
    assert worse.progress is None
    assert worse.status is yt.Status.REGRESSING


def test_nearly_equal_baseline_and_target_do_not_explode() -> None:
    target = _target(COVERAGE, ">", 95.0, 95.0 - 1e-13)
    result = _at(target, 94.0)
    assert result.progress is None  # not -4.5e14
    assert result.status is yt.Status.REGRESSING


def test_the_bundled_report_never_shows_negative_progress_next_to_an_improvement() -> None:
    from tests.conftest import ROOT

    for name in ("hung-yen", "dong-nai", "kien-giang"):
        plan = yt.load_plan(ROOT / "examples" / "plans" / f"{name}.yaml")
        report = plan.evaluate(yt.load_actuals(ROOT / "examples" / "actuals" / f"{name}.csv"))
        for row in report.rows:
            result = row.result
            if result.progress is None or result.actual is None or result.baseline is None:
                continue
            moved = (result.actual - result.baseline) * row.target.sense
            if row.target.sense and moved > 0:
                assert result.progress > 0, row


values = st.integers(min_value=-2000, max_value=2000).map(lambda i: i / 8)


@given(
    st.sampled_from(["<", "<=", ">", ">=", "=", "~"]),
    st.sampled_from([LOWER, HIGHER]),
    values,
    values,
    values,
    values,
    st.integers(2021, 2029),
)
def test_better_actual_never_lowers_progress_or_status(
    comparator: str,
    indicator: yt.Indicator,
    value: float,
    baseline: float,
    actual: float,
    step: float,
    year: int,
) -> None:
    assume(step >= 0)
    target = _target(indicator, comparator, value, baseline)
    better = actual + step * target.sense
    a, b = _at(target, actual, year), _at(target, better, year)
    if a.progress is not None and b.progress is not None:
        assert b.progress >= a.progress
    assert a.status.rank is not None
    assert b.status.rank is not None
    assert b.status.rank >= a.status.rank, (target, actual, better, a.status, b.status)


@given(
    st.sampled_from(["<", "<=", ">", ">=", "=", "~"]),
    st.sampled_from([LOWER, HIGHER]),
    values,
    values,
    values,
    st.integers(2021, 2029),
)
def test_worse_than_the_baseline_is_never_on_track(
    comparator: str,
    indicator: yt.Indicator,
    value: float,
    baseline: float,
    actual: float,
    year: int,
) -> None:
    target = _target(indicator, comparator, value, baseline)
    assume((actual - baseline) * target.sense < 0)
    result = _at(target, actual, year)
    assert result.status in (yt.Status.REGRESSING, yt.Status.ACHIEVED)
    if result.progress is not None:
        assert result.progress < 0
        assert not math.isnan(result.progress)


@given(values, values, values, st.integers(2021, 2029))
def test_mirror_symmetry_between_directions(
    value: float, baseline: float, actual: float, year: int
) -> None:
    up = _at(_target(HIGHER, ">=", value, baseline), actual, year)
    down = _at(_target(LOWER, "<=", -value, -baseline), -actual, year)
    assert up.status is down.status
    assert up.progress == down.progress


def test_progress_ratio_speaks_the_same_sign() -> None:
    assert yt.progress_ratio(12.0, 14.0, 10.0) == 0.5
    assert yt.progress_ratio(21.0, 18.0, 20.0, sense=-1) == -1.5
    assert yt.progress_ratio(94.0, 97.0, 95.0, sense=1) == -1.5
    assert yt.progress_ratio(1.0, 5.0, 5.0 + 1e-13) is None
