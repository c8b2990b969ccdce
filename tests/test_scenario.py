"""Scenarios: projections, probabilities, seeds, chunks and progress."""

from __future__ import annotations

import numpy as np
import pytest

import yte_targets as yt
from yte_targets.frame import scenario as scenario_module

IMR = yt.catalog.get("imr")
BEDS = yt.catalog.get("hospital_beds")


def plan(name: str, imr: float = 10, beds: float = 30) -> yt.Plan:
    return yt.Plan(
        title=name,
        jurisdiction=name,
        targets=[
            yt.Target(indicator=IMR, comparator="<", value=yt.Q_(imr, "permille"), year=2030),
            yt.Target(
                indicator=BEDS, comparator=">=", value=yt.Q_(beds, "per_10000_people"), year=2030
            ),
            yt.Target(indicator=IMR, comparator="<", value=yt.Q_(12, "permille"), year=2025),
        ],
    )


def observations(name: str, imr: float, beds: float, year: int = 2024) -> list[yt.Observation]:
    return [
        yt.Observation(indicator=IMR, value=yt.Q_(imr, "permille"), year=year, jurisdiction=name),
        yt.Observation(
            indicator=BEDS, value=yt.Q_(beds, "per_10000_people"), year=year, jurisdiction=name
        ),
    ]


def test_certain_paths_give_zero_or_one() -> None:
    scenario = yt.Scenario(
        {
            "imr": yt.Assumption(change=-0.04, kind="compound"),
            "hospital_beds": yt.Assumption(change=0.5),
        }
    )
    result = scenario.run(
        [plan("A"), plan("B")], observations("A", 12, 26) + observations("B", 14, 28), n_paths=10
    )
    by = {(r.plan, r.indicator, r.target_year): r for r in result.itertuples()}
    # 12 x 0,96^6 = 9,39 < 10; 14 x 0,96^6 = 10,96; 26 + 3 = 29 < 30; 28 + 3 = 31
    assert by[("A", "imr", 2030)].probability == 1.0
    assert by[("B", "imr", 2030)].probability == 0.0
    assert by[("A", "hospital_beds", 2030)].probability == 0.0
    assert by[("B", "hospital_beds", 2030)].probability == 1.0
    assert by[("A", "imr", 2030)].median == pytest.approx(12 * 0.96**6)
    assert by[("A", "imr", 2025)].probability == 1.0  # 12 x 0,96 = 11,52 < 12


def test_uncertainty_gives_probabilities_that_follow_the_normal_law() -> None:
    scenario = yt.Scenario({"hospital_beds": yt.Assumption(change=0.5, sd=0.5)}, seed=7)
    result = scenario.run(plan("A"), observations("A", 12, 27), n_paths=20_000)
    row = result[(result.indicator == "hospital_beds")].iloc[0]
    # 27 + 6r >= 30  <=>  r >= 0,5: half the paths
    assert row["probability"] == pytest.approx(0.5, abs=0.02)
    assert row["p10"] < row["median"] < row["p90"]
    assert np.isnan(result[result.indicator == "imr"].probability).all()  # no assumption


def test_the_same_seed_gives_the_same_result() -> None:
    scenario = yt.Scenario({"imr": yt.Assumption(change=-0.3, sd=0.4)}, seed=3)
    first = scenario.run(plan("A"), observations("A", 12, 27), n_paths=500)
    again = scenario.run(plan("A"), observations("A", 12, 27), n_paths=500)
    assert first.equals(again)


def test_chunks_do_not_change_the_answer_for_certain_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    plans = [plan(f"P{i}", imr=10 + i / 10) for i in range(30)]
    obs = [o for i in range(30) for o in observations(f"P{i}", 12, 27)]
    scenario = yt.Scenario({"imr": yt.Assumption(change=-0.04, kind="compound")})
    whole = scenario.run(plans, obs, n_paths=50)
    monkeypatch.setattr(scenario_module, "CHUNK_CELLS", 100)
    chunked = scenario.run(plans, obs, n_paths=50)
    assert whole.equals(chunked)


def test_observations_only_serve_their_own_plan_and_year() -> None:
    scenario = yt.Scenario({"imr": yt.Assumption(change=0.0)})
    result = scenario.run([plan("A"), plan("B")], observations("A", 9, 27), n_paths=5)
    assert np.isnan(result[result.plan == "B"].probability).all()
    later = scenario.run(plan("A"), observations("A", 9, 27, year=2031), n_paths=5, year=2024)
    assert np.isnan(later.probability).all()


def test_progress_bar(capsys: pytest.CaptureFixture[str]) -> None:
    scenario = yt.Scenario({"imr": yt.Assumption(change=-0.1)})
    scenario.run(plan("A"), observations("A", 12, 27), n_paths=5, progress=True)
    assert "scenario" in capsys.readouterr().err
    scenario.run(plan("A"), observations("A", 12, 27), n_paths=5)
    assert capsys.readouterr().err == ""  # silent by default


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: yt.Assumption(change=float("nan")), "finite"),
        (lambda: yt.Assumption(change=0.1, sd=-1), "negative"),
        (lambda: yt.Assumption(change=-1.5, kind="compound"), "more than -1"),
        (lambda: yt.Assumption(change=0.1, kind="linear"), "not a Growth"),
        (lambda: yt.Scenario({"imr": 0.1}), "Assumptions"),  # type: ignore[dict-item]
        (lambda: yt.Scenario({}, seed=1.5), "seed"),  # type: ignore[arg-type]
        (lambda: yt.Scenario({}).run(plan("A"), [], n_paths=0), "n_paths"),
        (lambda: yt.Scenario({}).run(["plan"], []), "Plans"),  # type: ignore[list-item]
    ],
)
def test_bad_scenarios(make, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(yt.InvalidValueError, match=message):
        make()


def test_no_plans() -> None:
    assert len(yt.Scenario({}).run([], [])) == 0


def test_projections_stay_within_natural_bounds() -> None:
    imr = yt.catalog.get("imr")
    plan = yt.Plan(
        title="A",
        jurisdiction="A",
        targets=[yt.Target(indicator=imr, comparator="<", value=yt.Q_(10, "permille"), year=2030)],
    )
    latest = [
        yt.Observation(indicator=imr, value=yt.Q_(12, "permille"), year=2024, jurisdiction="A")
    ]
    for assumption in (
        yt.Assumption(change=-0.5, kind="compound", sd=0.6),
        yt.Assumption(change=-3.0),
    ):
        result = yt.Scenario({"imr": assumption}, seed=3).run(plan, latest, n_paths=500)
        assert result["p10"].to_numpy()[0] >= 0.0
