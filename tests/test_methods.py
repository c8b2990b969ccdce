"""Progress methods: Open SDG's measure reproduced on real recorded series, ESCAP's ratio,
targets stated as a direction only, aggregation."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

import yte_targets as yt
from yte_targets.evaluate import attainment, methods

CASES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "open_sdg_statcan.json").read_text(encoding="utf-8")
)["cases"]


def _same(recorded: float | None, computed: float | None) -> bool:
    if recorded is None:
        return computed is None or math.isnan(computed)
    return computed == recorded  # bit for bit


def test_the_recorded_series_cover_every_category() -> None:
    assert len(CASES) >= 300
    assert {c["status"] for c in CASES} == set(methods.OPEN_SDG_STATUSES)
    assert any(c["target"] is None for c in CASES)
    assert any(c["limit"] is not None for c in CASES)


@pytest.mark.parametrize("case", CASES, ids=[c["series"] for c in CASES])
def test_open_sdg_formula_matches_statistics_canada(case: dict[str, Any]) -> None:
    result = methods.open_sdg(
        base_year=case["base_year"],
        base=case["base"],
        current_year=case["current_year"],
        current=case["current"],
        target=case["target"],
        target_year=case["target_year"],
        direction=case["direction"],
        limit=case["limit"],
    )
    assert result.status == case["status"]
    assert _same(case["ratio"], result.score)


def _target_of(case: dict[str, Any]) -> tuple[yt.Target, list[yt.Observation]]:
    direction = "increase" if case["direction"] > 0 else "decrease"
    indicator = yt.Indicator(code="s", name_vi="Chuỗi", unit="point", direction=direction)
    if case["target"] is None:
        target = yt.Target(indicator=indicator, statement="tăng/giảm", year=case["target_year"])
    else:
        target = yt.Target(
            indicator=indicator,
            comparator=">=" if case["direction"] > 0 else "<=",
            value=yt.Q_(case["target"], "point"),
            year=case["target_year"],
        )
    points = {case["base_year"]: case["base"], case["current_year"]: case["current"]}
    series = [
        yt.Observation(indicator=indicator, value=yt.Q_(v, "point"), year=y)
        for y, v in points.items()
    ]
    return target, series


@pytest.mark.parametrize("case", CASES[::7], ids=[c["series"] for c in CASES[::7]])
def test_open_sdg_through_evaluate_series(case: dict[str, Any]) -> None:
    target, series = _target_of(case)
    result = target.evaluate_series(
        series,
        method="open_sdg",
        base_year=case["base_year"],
        limit=case["limit"] if case["limit"] is not None else math.inf,
    )
    assert result.method == "open_sdg"
    assert result.method_status == case["status"]
    assert _same(case["ratio"], result.score)
    expected = attainment.METHOD_STATUS[case["status"]]
    assert result.status in (expected, yt.Status.MISSED)


def test_open_sdg_zero_base_and_target_are_one_thousandth() -> None:
    r = methods.open_sdg(
        base_year=2015,
        base=0.0,
        current_year=2020,
        current=0.002,
        target=None,
        target_year=2030,
        direction=1,
    )
    assert r.score == pytest.approx((0.002 / 0.001) ** (1 / 5) - 1)
    achieved = methods.open_sdg(
        base_year=2015,
        base=5.0,
        current_year=2020,
        current=0.0,
        target=0.0,
        target_year=2030,
        direction=-1,
    )
    assert achieved.status == "target_achieved"


def test_open_sdg_limit_damps_the_thresholds_near_the_bound() -> None:
    free = methods.open_sdg(
        base_year=2015,
        base=98.0,
        current_year=2020,
        current=99.0,
        target=None,
        target_year=2030,
        direction=1,
    )
    near = methods.open_sdg(
        base_year=2015,
        base=98.0,
        current_year=2020,
        current=99.0,
        target=None,
        target_year=2030,
        direction=1,
        limit=100.0,
    )
    assert free.status == "limited_progress"  # 0.2% a year is below 0.5%
    assert near.status == "substantial_progress"  # close to 100%, a little is a lot


def test_open_sdg_thresholds_are_parameters() -> None:
    kwargs: dict[str, Any] = {
        "base_year": 2015,
        "base": 50.0,
        "current_year": 2020,
        "current": 60.0,
        "target": 80.0,
        "target_year": 2030,
        "direction": 1,
    }
    assert methods.open_sdg(**kwargs).status == "substantial_progress"  # R = 1,17
    assert methods.open_sdg(**kwargs, thresholds={"high": 1.5}).status == "moderate_progress"
    with pytest.raises(yt.InvalidValueError, match="unknown threshold"):
        methods.open_sdg(**kwargs, thresholds={"middle": 0.5})


def test_natural_limit_is_the_default() -> None:
    share = yt.Indicator(code="c", name_vi="Tỷ lệ", unit="percent", direction="increase")
    target = yt.Target(indicator=share, statement="tăng tỷ lệ", year=2030)
    series = [
        yt.Observation(indicator=share, value=yt.Q_(v, "percent"), year=y)
        for y, v in [(2015, 98.0), (2020, 99.0)]
    ]
    assert attainment.natural_limit(target) == 100.0
    assert target.evaluate_series(series, method="open_sdg").method_status == "substantial_progress"
    no_limit = target.evaluate_series(series, method="open_sdg", limit=math.inf)
    assert no_limit.method_status == "limited_progress"


def _imr_series(values: list[tuple[int, float]]) -> tuple[yt.Target, list[yt.Observation]]:
    imr = yt.catalog.get("imr")
    target = yt.Target(
        indicator=imr,
        comparator="<",
        value=yt.Q_(10, "permille"),
        year=2030,
        baseline=yt.Baseline(value=yt.Q_(14, "permille"), year=2020),
    )
    return target, [
        yt.Observation(indicator=imr, value=yt.Q_(v, "permille"), year=y) for y, v in values
    ]


def test_escap_anticipated_progress() -> None:
    target, series = _imr_series([(2022, 13.0), (2024, 12.5)])
    r = target.evaluate_series(series, method="escap")
    # from 14 (2020) to 12,5 (2024): -2,8% a year; 2030: 12,5 x (12,5/14)^(6/4) = 10,58
    projected = 12.5 * (12.5 / 14.0) ** (6 / 4)
    assert r.score == pytest.approx((14.0 - projected) / 4.0)
    assert r.method_status == "accelerate_progress"
    assert r.status is yt.Status.OFF_TRACK
    fast, fast_series = _imr_series([(2024, 11.0)])
    assert fast.evaluate_series(fast_series, method="escap").method_status == "maintain_progress"
    rising, rising_series = _imr_series([(2024, 15.0)])
    r = rising.evaluate_series(rising_series, method="escap")
    assert (r.method_status, r.status) == ("reverse_trend", yt.Status.REGRESSING)
    met, met_series = _imr_series([(2024, 9.0)])
    assert met.evaluate_series(met_series, method="escap").status is yt.Status.ACHIEVED


def test_methods_differ_where_documented() -> None:
    # a straight fall from 14 (2020) to 12,4 (2024) covers 40% of the path in 40% of the
    # time: on track on a linear path; but its growth rate (-2,99%/year) is 90% of the
    # rate required to reach 10 by 2030 (-3,31%/year): moderate progress for Open SDG
    target, series = _imr_series([(2022, 13.2), (2024, 12.4)])
    linear = target.evaluate_series(series)
    open_sdg = target.evaluate_series(series, method="open_sdg")
    assert linear.status is yt.Status.ON_TRACK
    assert open_sdg.method_status == "moderate_progress"
    assert open_sdg.score == pytest.approx(0.9032, abs=1e-4)


def test_direction_only_targets_by_trend() -> None:
    share = yt.Indicator(
        code="smoke", name_vi="Tỷ lệ hút thuốc", unit="percent", direction="decrease"
    )
    target = yt.Target(indicator=share, statement="giảm tỷ lệ hút thuốc lá", year=2030)

    def series(a: float, b: float) -> list[yt.Observation]:
        return [
            yt.Observation(indicator=share, value=yt.Q_(a, "percent"), year=2020),
            yt.Observation(indicator=share, value=yt.Q_(b, "percent"), year=2024),
        ]

    assert target.evaluate_series(series(40, 36)).status is yt.Status.ON_TRACK
    assert target.evaluate_series(series(40, 40)).status is yt.Status.OFF_TRACK
    assert target.evaluate_series(series(40, 42)).status is yt.Status.REGRESSING
    by_sdg = target.evaluate_series(series(40, 36), method="open_sdg", base_year=2020)
    assert by_sdg.method_status == "substantial_progress"
    assert by_sdg.score == pytest.approx(-((36 / 40) ** (1 / 4) - 1))


def test_path_keyword_still_works_and_methods_are_checked() -> None:
    target, series = _imr_series([(2024, 12.5)])
    assert target.evaluate_series(series, path="compound").method == "compound"
    with pytest.raises(yt.InvalidValueError, match="unknown method"):
        target.evaluate_series(series, method="sdg2023")
    with pytest.raises(yt.InvalidValueError, match="disagree"):
        target.evaluate_series(series, method="linear", path="compound")


def test_aggregate_is_achieved_only_when_every_series_is() -> None:
    achieved, a = _imr_series([(2024, 9.0)])
    behind, b = _imr_series([(2024, 13.9)])
    results = [achieved.evaluate_series(a), behind.evaluate_series(b)]
    assert attainment.aggregate(results[:1]) is yt.Status.ACHIEVED
    assert attainment.aggregate(results) is results[1].status


def test_reports_speak_the_method(capsys: pytest.CaptureFixture[str]) -> None:
    from tests.conftest import ROOT
    from yte_targets.cli import main

    plan = yt.load_plan(ROOT / "examples" / "plans" / "hung-yen.yaml")
    actuals = yt.load_actuals(ROOT / "examples" / "actuals" / "hung-yen.csv")
    report = plan.evaluate(actuals, method="open_sdg")
    assert report.method == "open_sdg"
    finer = {row.method_status for row in report.rows}
    assert finer <= set(methods.OPEN_SDG_STATUSES)
    assert "not_available" in finer
    assert len(finer) > 2
    frame = report.to_frame()
    assert set(frame["method_status"].dropna()) == finer
    text = report.to_text()
    assert "Không có dữ liệu" in text
    csv = report.to_csv()
    assert "method_status,score" in csv.splitlines()[0]
    assert (
        main(
            [
                "report",
                str(ROOT / "examples" / "plans" / "hung-yen.yaml"),
                "--actuals",
                str(ROOT / "examples" / "actuals" / "hung-yen.csv"),
                "--method",
                "escap",
                "--lang",
                "en",
            ]
        )
        == 0
    )
    assert "not available" in capsys.readouterr().out


def test_the_on_track_threshold_is_a_parameter() -> None:
    target, series = _imr_series([(2025, 12.1)])  # 47,5% of the path in 50% of the time
    assert target.evaluate_series(series).status is yt.Status.ON_TRACK  # 0,475 >= 0,95 x 0,5
    strict = target.evaluate_series(series, thresholds={"on_track": 1.0})
    assert strict.status is yt.Status.OFF_TRACK
    with pytest.raises(yt.InvalidValueError, match="on_track"):
        target.evaluate_series(series, thresholds={"high": 1.0})
