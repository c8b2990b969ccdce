"""Nothing silently wrong: bare numbers, natural bounds, unit expressions, unknown codes and
impossible frame rows are refused, with the path, row or column that holds them."""

from __future__ import annotations

import io
import math
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import yte_targets as yt
from tests.conftest import ROOT
from yte_targets.cli import main

COVERAGE = yt.catalog.get("health_insurance_coverage")
IMR = yt.catalog.get("imr")
BEDS = yt.Indicator(code="beds_total", name_vi="Số giường bệnh", unit="bed", direction="increase")


def test_a_bare_number_for_a_share_is_refused_with_a_hint() -> None:
    with pytest.raises(yt.InvalidValueError, match=r"bare number 95 .*did you mean 95%"):
        yt.Target(indicator=COVERAGE, comparator=">=", value=yt.Q_(95, ""), year=2030)
    with pytest.raises(yt.InvalidValueError, match="bare number"):
        yt.Observation(indicator=IMR, value=yt.Q_(12, "dimensionless"), year=2024)
    # an explicit conversion of a ratio stays allowed
    assert yt.convert(yt.Q_(0.95, ""), "percent").magnitude == 95


@pytest.mark.parametrize(
    ("indicator", "value", "unit", "message"),
    [
        (COVERAGE, 150, "percent", "between 0 and 100"),
        (COVERAGE, -1, "percent", "never negative"),
        (IMR, -5, "permille", "never negative"),
        (IMR, -0.5, "per_100000_live_births", "never negative"),
        (BEDS, 10.5, "bed", "whole number"),
    ],
)
def test_natural_bounds_in_objects(
    indicator: yt.Indicator, value: float, unit: str, message: str
) -> None:
    with pytest.raises(yt.InvalidValueError, match=message):
        yt.Observation(indicator=indicator, value=yt.Q_(value, unit), year=2024)
    with pytest.raises(yt.InvalidValueError, match=message):
        yt.Target(indicator=indicator, comparator=">=", value=yt.Q_(value, unit), year=2030)


@given(st.floats(min_value=0, max_value=100))
def test_every_share_from_0_to_100_is_accepted(value: float) -> None:
    assert yt.Observation(indicator=COVERAGE, value=yt.Q_(value, "percent"), year=2024)


def test_natural_bounds_in_plan_files_and_validate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "title: X\ntargets:\n"
        "  - {indicator: health_insurance_coverage, comparator: '>=', value: 150, unit: '%', "
        "year: 2030}\n"
        "  - {indicator: imr, comparator: '<', value: -5, unit: permille, year: 2030}\n"
    )
    with pytest.raises(yt.PlanFileError, match=r"targets\[0\].*between 0 and 100"):
        yt.loads_plan(text, "yaml")
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert "hợp lệ" not in err
    assert "targets[1]" in err


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("health_insurance_coverage,2024,150,%", "row 2, column value.*between 0 and 100"),
        ("imr,2024,-5,‰", "row 2, column value.*never negative"),
    ],
)
def test_natural_bounds_in_actuals(row: str, message: str) -> None:
    with pytest.raises(yt.PlanFileError, match=message):
        yt.read_actuals(io.StringIO(f"indicator,year,value,unit\n{row}\n"))


def test_scenario_assumption_for_an_unknown_code(capsys: pytest.CaptureFixture[str]) -> None:
    plan = yt.load_plan(ROOT / "examples" / "plans" / "hung-yen.yaml")
    with pytest.raises(yt.UnknownIndicatorError, match="'bogus'"):
        yt.Scenario({"bogus": yt.Assumption(change=-0.04)}).run(plan, [])
    with pytest.raises(yt.UnknownIndicatorError, match="did you mean 'imr'"):
        yt.Scenario({"imrr": yt.Assumption(change=-0.04)}).run(plan, [])
    code = main(
        [
            "scenario",
            str(ROOT / "examples" / "plans" / "hung-yen.yaml"),
            "--actuals",
            str(ROOT / "examples" / "actuals" / "hung-yen.csv"),
            "--assume",
            "bogus=-0.04",
            "--no-progress",
        ]
    )
    assert code == 1
    assert "bogus" in capsys.readouterr().err


def _frame(**changes: object) -> pd.DataFrame:
    row: dict[str, object] = {
        "comparator": "<",
        "direction": "decrease",
        "value": 10.0,
        "year": 2030.0,
        "actual": 12.0,
        "actual_year": 2025.0,
    }
    row.update(changes)
    return pd.DataFrame([row])


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"actual": math.inf}, "column 'actual' at row 0: expected a finite"),
        ({"value": -math.inf}, "column 'value'"),
        ({"year": 2030.5}, "column 'year' at row 0: expected a whole year"),
        ({"actual_year": 20250.0}, "column 'actual_year'"),
        ({"unit": "percent", "actual": 150.0}, "outside the natural range"),
        ({"unit": "per_1000_live_births", "baseline": -1.0}, "column 'baseline'"),
    ],
)
def test_frames_refuse_what_objects_refuse(changes: dict[str, object], message: str) -> None:
    with pytest.raises(yt.InvalidValueError, match=message):
        yt.evaluate_frame(_frame(**changes))


def test_an_indicator_may_let_its_measurements_pass_the_bounds() -> None:
    # administrative immunisation coverage (doses over an estimated population) can pass 100%
    epi = yt.catalog.get("epi_full_immunization")
    assert not epi.bounded
    assert yt.Observation(indicator=epi, value=yt.Q_(101.2, "percent"), year=2024)
    with pytest.raises(yt.InvalidValueError, match="between 0 and 100"):
        yt.Target(indicator=epi, comparator=">=", value=yt.Q_(101, "percent"), year=2030)
    frame = _frame(unit="percent", bounded=False, actual=101.2, value=95.0, comparator=">=")
    assert yt.evaluate_frame(frame)["status"][0] == "achieved"
