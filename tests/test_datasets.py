"""The real plans as data: the three seed plans and the national 20-NQ/TW targets."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import yte_targets as yt
from tests.conftest import ROOT
from tests.gold import GOLD_DIRECTIONS, GOLD_UNITS, gold_file

PLANS = {
    "hung-yen": "000_9f49aac2b4a91be7",
    "dong-nai": "001_690141d03c170952",
    "kien-giang": "002_1d2db8ccb91c3f66",
}
PLAN_FILES = sorted((ROOT / "examples" / "plans").glob("*.yaml"))


def _squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(("name", "stem"), sorted(PLANS.items()))
def test_every_gold_target_is_in_the_plan_file(shared_dir: Path, name: str, stem: str) -> None:
    plan = yt.load_plan(ROOT / "examples" / "plans" / f"{name}.yaml")
    gold = gold_file(shared_dir, stem)
    assert len(plan.targets) == len(gold["targets"])
    lines = (shared_dir / "seeds" / f"{stem}.txt").read_text(encoding="utf-8").splitlines()
    for target, expected in zip(plan.targets, gold["targets"], strict=True):
        where = expected["id"]
        assert target.source is not None
        assert target.source.line is not None
        assert target.source.line == expected["line"], where
        assert target.source.quote is not None
        assert _squash(target.source.quote) == _squash(expected["source_text"]), where
        assert target.source.document == f"{stem}.txt"
        # the quote is the seed's own words (table cells aside, joined by '|')
        for piece in target.source.quote.split(" | "):
            assert _squash(piece.replace("...", "")).split()[0] in _squash(
                lines[target.source.line - 1]
            ), where
        assert target.year == expected["year"], where
        comparator = None if expected["comparator"] == "none" else expected["comparator"]
        assert (target.comparator.symbol if target.comparator else None) == comparator, where
        gold_direction = GOLD_DIRECTIONS.get(expected["direction"], expected["direction"])
        assert target.indicator.direction.value == gold_direction, where
        assert target.qualifier == expected["qualifier"], where
        if expected["value"] is None:
            assert target.qualitative, where
            continue
        gold_unit = GOLD_UNITS.get(expected["unit"])
        assert target.value is not None
        if gold_unit is not None:
            value = yt.magnitude_in(target.value, gold_unit, accept_ratio=True)
        else:
            value = float(target.value.magnitude)
        assert value == pytest.approx(expected["value"]), where


@pytest.mark.parametrize(("name", "stem"), sorted(PLANS.items()))
def test_every_gold_assignment_is_in_the_plan_file(shared_dir: Path, name: str, stem: str) -> None:
    plan = yt.load_plan(ROOT / "examples" / "plans" / f"{name}.yaml")
    gold = gold_file(shared_dir, stem)
    assert len(plan.assignments) == len(gold["assignments"])
    for assignment, expected in zip(plan.assignments, gold["assignments"], strict=True):
        where = expected["id"]
        assert assignment.source is not None
        assert assignment.source.line == expected["line"], where
        assert assignment.task == expected["task_vi"], where
        assert [str(a) for a in assignment.lead] == expected["lead_vi"], where
        assert [str(a) for a in assignment.partners] == expected["partners_vi"], where
        assert assignment.timeframe.text == expected["timeframe_text"], where
        assert assignment.funding == expected["funding_text"], where
        assert (assignment.reporting.text if assignment.reporting else None) == expected["report"]


@pytest.mark.parametrize(("name", "stem"), sorted(PLANS.items()))
def test_plan_metadata(shared_dir: Path, name: str, stem: str) -> None:
    plan = yt.load_plan(ROOT / "examples" / "plans" / f"{name}.yaml")
    gold = gold_file(shared_dir, stem)["plan"]
    assert plan.number == gold["number"]
    assert (plan.issued.isoformat() if plan.issued else None) == gold["issued"]
    assert plan.jurisdiction == gold["province"]
    assert plan.issuer == gold["issuer_vi"]
    assert set(gold["milestone_years"]) <= {*plan.milestone_years, 2045}
    assert plan.implements


@pytest.mark.parametrize("path", PLAN_FILES, ids=lambda p: p.name)
def test_plan_files_round_trip_to_the_same_text(path: Path, tmp_path: Path) -> None:
    plan = yt.load_plan(path)
    again = plan.dump(tmp_path / path.name)
    assert again.read_text(encoding="utf-8") == path.read_text(encoding="utf-8")
    assert yt.load_plan(again) == plan


@pytest.mark.parametrize("path", PLAN_FILES, ids=lambda p: p.name)
def test_schema_validates_every_shipped_plan(path: Path) -> None:
    import yaml

    jsonschema.validate(
        json.loads(json.dumps(yaml.safe_load(path.read_text("utf-8")))), yt.plan_schema()
    )


# ---- national 20-NQ/TW -------------------------------------------------------------------------


def test_national_plan() -> None:
    national = yt.datasets.national_20nq()
    assert national.number == "20-NQ/TW"
    assert national.milestone_years == (2025, 2030)
    assert national is yt.datasets.national_20nq()  # loaded once
    for target in national.targets:
        assert target.source is not None
        assert target.source.quote
        assert target.source.document
        assert "20-NQ/TW" in target.source.document
    imr = {t.year: t.value_in_unit for t in national.targets_of("imr")}
    assert imr == {2025: 12.5, 2030: 10.0}
    text = yt.dumps_plan(national, "yaml")
    assert yt.loads_plan(text, "yaml") == national
    shipped = ROOT / "src" / "yte_targets" / "io" / "datasets" / "national-20-nq-tw.yaml"
    assert text == shipped.read_text(encoding="utf-8")  # the shipped file round-trips too
    jsonschema.validate(national.to_dict(), yt.plan_schema())


def test_unverified_figures_are_marked() -> None:
    national = yt.datasets.national_20nq()
    flags = {t.source.verified for t in national.targets if t.source is not None}
    assert flags <= {True, False}
    data = national.to_dict()
    for target, record in zip(national.targets, data["targets"], strict=True):
        assert target.source is not None
        assert ("verified" in record["source"]) is (not target.source.verified)


def test_provinces_compared_with_the_nation() -> None:
    national = yt.datasets.national_20nq()
    dong_nai = yt.load_plan(ROOT / "examples" / "plans" / "dong-nai.yaml")
    comparisons = dong_nai.compare_with(national)
    by_key = {(c.indicator.code, c.year, c.subgroup): c for c in comparisons}
    imr_2025 = by_key[("imr", 2025, None)]
    assert imr_2025.at_least_as_ambitious is True  # under 5‰ against under 12,5‰
    assert imr_2025.margin == pytest.approx(7.5)
    assert by_key[("height_18", 2030, "nam")].at_least_as_ambitious is True
    assert all(c.year in (2025, 2030) for c in comparisons)
    assert len(comparisons) >= 20
