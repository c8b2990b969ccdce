"""The vectorised evaluator agrees with the scalar one, row by row."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import yte_targets as yt
from yte_targets.evaluate import fast
from yte_targets.frame.evaluate import targets_frame

BAND = yt.Band(103, 107)


@st.composite
def cases(draw: st.DrawFn) -> tuple[yt.Target, list[yt.Observation]]:
    """Any kind of target (quantitative, qualitative, band, elimination, tolerance, baseline
    with or without a year), and zero to three observations around its boundary."""
    direction = draw(st.sampled_from(list(yt.Direction)))
    indicator = yt.Indicator(
        code="x",
        name_vi="X",
        unit="dimensionless",
        direction=direction,
        band=BAND if direction is yt.Direction.BAND else None,
    )
    small = st.integers(min_value=-400, max_value=400).map(lambda i: i / 4)
    value = draw(st.one_of(st.none(), small))
    year = draw(st.one_of(st.none(), st.integers(2021, 2030)))
    fields: dict[str, object] = {"indicator": indicator, "year": year}
    if value is not None:
        comparator = draw(st.sampled_from(list(yt.Comparator)))
        fields.update(comparator=comparator, value=yt.Q_(value, "dimensionless"))
        if comparator is yt.Comparator.APPROX or (
            comparator is yt.Comparator.EQ and direction is yt.Direction.BAND
        ):
            tolerance = draw(st.one_of(st.none(), st.sampled_from([0.0, 0.5, 2.0])))
            if tolerance is not None:
                fields["tolerance"] = yt.Q_(tolerance, "dimensionless")
        if draw(st.booleans()):
            baseline_year = draw(st.one_of(st.none(), st.integers(2010, 2020)))
            fields["baseline"] = yt.Baseline(
                value=yt.Q_(draw(small), "dimensionless"), year=baseline_year
            )
    else:
        fields["statement"] = "định tính"
    target = yt.Target(**fields)  # type: ignore[arg-type]
    observations = []
    years = draw(st.lists(st.integers(2008, 2034), max_size=3, unique=True))
    for obs_year in years:
        if value is None and draw(st.booleans()):
            obs_value: yt.Quantity | bool = draw(st.booleans())
        else:
            near = value if value is not None else 105.0
            obs_value = yt.Q_(
                draw(st.sampled_from([near, near + 0.25, near - 0.25]))
                if draw(st.booleans())
                else draw(small),
                "dimensionless",
            )
        observations.append(yt.Observation(indicator=indicator, value=obs_value, year=obs_year))
    return target, observations


def _same(a: float | None, b: float) -> bool:
    if a is None:
        return math.isnan(b)
    return a == b


ENGINES = ["numpy", "numba"] if fast.available() else ["numpy"]


def _check(
    targets: list[yt.Target],
    observations: list[list[yt.Observation]],
    path: str = "linear",
    engine: str = "numpy",
) -> None:
    rows = [targets_frame([t], obs) for t, obs in zip(targets, observations, strict=True)]
    frame = pd.concat(rows, ignore_index=True)
    result = yt.evaluate_frame(frame, path=path, engine=engine)
    for i, (target, obs) in enumerate(zip(targets, observations, strict=True)):
        scalar = target.evaluate_series(obs, path=path).result
        row = result.iloc[i]
        assert row["status"] == scalar.status.value, (target, obs, scalar, row)
        met = None if pd.isna(row["met"]) else bool(row["met"])
        assert met == scalar.met, (target, obs, scalar, row)
        assert _same(scalar.gap_in_unit, row["gap"]), (scalar, row)
        assert _same(scalar.progress, row["progress"]), (scalar, row)
        assert _same(scalar.expected, row["expected"]), (scalar, row)


@given(
    st.lists(cases(), min_size=1, max_size=20),
    st.sampled_from(["linear", "compound"]),
    st.sampled_from(ENGINES),
)
def test_vectorised_equals_scalar(
    batch: list[tuple[yt.Target, list[yt.Observation]]], path: str, engine: str
) -> None:
    _check([t for t, _ in batch], [o for _, o in batch], path, engine)


@pytest.mark.skipif(not fast.available(), reason="needs the [fast] extra (numba)")
@pytest.mark.parametrize("path", ["linear", "compound"])
def test_engines_agree_bit_for_bit(path: str) -> None:
    from yte_targets.frame.sample import random_frame

    data = random_frame(20_000, seed=3)
    data["tolerance"] = np.where(np.arange(len(data)) % 17 == 0, 0.5, np.nan)
    data["band_lower"] = np.where(np.arange(len(data)) % 13 == 0, 40.0, np.nan)
    data["band_upper"] = np.where(np.arange(len(data)) % 13 == 0, 60.0, np.nan)
    data["recorded"] = pd.array(
        [True if i % 29 == 0 else (False if i % 31 == 0 else None) for i in range(len(data))],
        dtype="boolean",
    )
    by_numpy = yt.evaluate_frame(data, path=path, engine="numpy")
    by_numba = yt.evaluate_frame(data, path=path, engine="numba")
    pd.testing.assert_frame_equal(by_numpy, by_numba, check_exact=True)
    for column in ("gap", "progress", "expected"):
        assert np.array_equal(
            by_numpy[column].to_numpy().view(np.uint64), by_numba[column].to_numpy().view(np.uint64)
        )


def test_unknown_engine() -> None:
    frame = pd.DataFrame(
        {c: [] for c in ("comparator", "direction", "value", "year", "actual", "actual_year")}
    )
    with pytest.raises(yt.InvalidValueError, match="engine"):
        yt.evaluate_frame(frame, engine="spark")


def test_plan_evaluate_frame_matches_plan_evaluate() -> None:
    from tests.conftest import ROOT

    for name in ("hung-yen", "dong-nai", "kien-giang"):
        plan = yt.load_plan(ROOT / "examples" / "plans" / f"{name}.yaml")
        actuals = yt.load_actuals(ROOT / "examples" / "actuals" / f"{name}.csv")
        frame = plan.evaluate_frame(actuals)
        report = plan.evaluate(actuals)
        assert frame["status"].tolist() == [row.status.value for row in report.rows]
        assert list(frame["indicator"]) == [t.indicator.code for t in plan.targets]


def test_relative_targets_in_frames() -> None:
    ind = yt.Indicator(code="s", name_vi="Khám sàng lọc", unit="person", direction="increase")
    t = yt.Target(
        indicator=ind, comparator=">=", year=2025, relative=yt.Relative(base_year=2022, change=10)
    )
    series = [
        yt.Observation(indicator=ind, value=yt.Q_(v, "person"), year=y)
        for y, v in [(2022, 1000), (2024, 1040)]
    ]
    frame = targets_frame([t], series)
    assert frame.loc[0, "value"] == pytest.approx(1100)
    assert yt.evaluate_frame(frame)["status"][0] == t.evaluate_series(series).status.value
    no_base = targets_frame([t], series[1:])
    assert yt.evaluate_frame(no_base)["status"][0] == "no_data"


def test_categorical_and_alias_inputs() -> None:
    frame = pd.DataFrame(
        {
            "comparator": pd.Categorical(["≤", "<", None]),
            "direction": ["Decrease", "maintain", "eliminate"],
            "value": [10.0, 2.1, np.nan],
            "year": [2030, 2030, 2030],
            "actual": [10.0, 2.0, 0.0],
            "actual_year": [2030, 2030, 2030],
            "band_lower": [np.nan, 2.0, np.nan],
            "band_upper": [np.nan, 2.2, np.nan],
        }
    )
    result = yt.evaluate_frame(frame)
    assert result["met"].tolist() == [True, True, True]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda f: f.drop(columns=["actual"]), "missing column: actual"),
        (lambda f: f.assign(comparator=["!="]), "'!='"),
        (lambda f: f.assign(direction=["sideways"]), "sideways"),
        (lambda f: f.assign(direction=[None]), "missing values"),
        (lambda f: f.assign(value=["ten"]), "numbers"),
    ],
)
def test_bad_frames(change, message: str) -> None:  # type: ignore[no-untyped-def]
    frame = pd.DataFrame(
        {
            "comparator": ["<"],
            "direction": ["decrease"],
            "value": [10.0],
            "year": [2030],
            "actual": [9.0],
            "actual_year": [2030],
        }
    )
    with pytest.raises(yt.InvalidValueError, match=message):
        yt.evaluate_frame(change(frame))


def test_empty_frame() -> None:
    frame = pd.DataFrame(
        {c: [] for c in ("comparator", "direction", "value", "year", "actual", "actual_year")}
    )
    assert len(yt.evaluate_frame(frame)) == 0


def test_blocks_do_not_change_the_result(monkeypatch: pytest.MonkeyPatch) -> None:
    from yte_targets.frame import evaluate as frame_module
    from yte_targets.frame.sample import random_frame

    data = random_frame(2_000, seed=5)
    whole = yt.evaluate_frame(data)
    monkeypatch.setattr(frame_module, "BLOCK_ROWS", 7)
    pd.testing.assert_frame_equal(yt.evaluate_frame(data), whole)
    assert set(whole["status"].unique()) == {s.value for s in yt.Status}


def test_progress_is_opt_in(capsys: pytest.CaptureFixture[str]) -> None:
    from yte_targets.frame.sample import random_frame

    data = random_frame(100, seed=1)
    yt.evaluate_frame(data)
    assert capsys.readouterr().err == ""
    yt.evaluate_frame(data, progress=True)
    assert "evaluate" in capsys.readouterr().err


@given(
    st.lists(cases(), min_size=1, max_size=20),
    st.sampled_from(["open_sdg", "escap"]),
    st.one_of(st.none(), st.integers(2008, 2020)),
)
def test_methods_in_frames_equal_the_objects(
    batch: list[tuple[yt.Target, list[yt.Observation]]], method: str, base_year: int | None
) -> None:
    targets = [t for t, _ in batch]
    observations = [o for _, o in batch]
    rows = [
        targets_frame([t], obs, base_year=base_year)
        for t, obs in zip(targets, observations, strict=True)
    ]
    frame = pd.concat(rows, ignore_index=True)
    result = yt.evaluate_frame(frame, method=method)
    for i, (target, obs) in enumerate(zip(targets, observations, strict=True)):
        if target.relative is not None:
            continue
        scalar = target.evaluate_series(obs, method=method, base_year=base_year)
        row = result.iloc[i]
        assert row["method_status"] == scalar.method_status, (target, obs, scalar, row)
        assert row["status"] == scalar.status.value, (target, obs, scalar, row)
        assert _same(scalar.score, row["score"]), (scalar, row)


def test_the_on_track_threshold_in_frames() -> None:
    frame = pd.DataFrame(
        {
            "comparator": ["<"],
            "direction": ["decrease"],
            "value": [10.0],
            "year": [2030],
            "baseline": [14.0],
            "baseline_year": [2020],
            "actual": [12.5],
            "actual_year": [2025],
        }
    )
    assert yt.evaluate_frame(frame)["status"][0] == "off_track"  # 37,5% of the path in 50%
    for engine in ENGINES:
        loose = yt.evaluate_frame(frame, thresholds={"on_track": 0.5}, engine=engine)
        assert loose["status"][0] == "on_track"
    with pytest.raises(yt.InvalidValueError, match="on_track"):
        yt.evaluate_frame(frame, thresholds={"bogus": 1.0})


def test_methods_in_frames_read_relative_targets() -> None:
    indicator = yt.Indicator(code="r", name_vi="R", unit="dimensionless", direction="increase")
    target = yt.Target(
        indicator=indicator,
        comparator=">=",
        relative=yt.Relative(base_year=2018, change=20),
        year=2030,
    )
    series = [
        yt.Observation(indicator=indicator, value=yt.Q_(v, "dimensionless"), year=y)
        for y, v in [(2018, 50.0), (2020, 52.0), (2022, 54.0)]
    ]
    scalar = target.evaluate_series(series, method="open_sdg")
    row = yt.evaluate_frame(targets_frame([target], series), method="open_sdg").iloc[0]
    assert row["method_status"] == scalar.method_status != "not_available"
    assert row["score"] == scalar.score
