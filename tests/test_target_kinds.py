"""Every target in ../shared/gold/*.json can be expressed, and evaluated, with the model."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

import yte_targets as yt
from tests.gold import GOLD_UNITS, gold_targets

UNITS = {**GOLD_UNITS, "ratio": "dimensionless", "other": "dimensionless"}
# The gold's "maintain" (fertility at replacement) and "band" (sex ratio at birth) are both a
# band: inside it is better. The bounds here are for the test only; the catalogue owns them.
BANDS = {"children_per_woman": yt.Band(2.0, 2.2), "boys_per_100_girls": yt.Band(103, 107)}
SUBGROUP = re.compile(r"\s*(?:\((nam|nữ)\)|-\s*(Nam|Nữ))\s*$")


def express(gold: dict[str, Any]) -> yt.Target:
    """The gold entry as a Target: the translation a plan file or the extractor makes."""
    unit = UNITS[gold["unit"]]
    if gold["unit_text"] == "tuổi":
        unit = "year_of_age"
    if (gold["unit_text"] or "").startswith("lần/năm"):
        unit = "per_year"
    direction = {"maintain": "band"}.get(gold["direction"], gold["direction"])
    name = gold["indicator_vi"]
    subgroup = None
    match = SUBGROUP.search(name)
    if match:
        subgroup = (match.group(1) or match.group(2)).lower()
        name = name[: match.start()]
    code = re.sub(r"[^a-z0-9]+", "_", gold["indicator_en"].lower()).strip("_")[:40]
    indicator = yt.Indicator(
        code=code,
        name_vi=name,
        name_en=gold["indicator_en"],
        unit=unit,
        direction=direction,
        band=BANDS.get(gold["unit"]) if direction == "band" else None,
        disaggregation="sex" if subgroup else None,
    )
    value = yt.Q_(gold["value"], unit) if gold["value"] is not None else None
    baseline = None
    if gold["baseline"]:
        baseline = yt.Baseline(
            value=yt.Q_(gold["baseline"]["value"], unit), year=gold["baseline"]["year"]
        )
    relative = None
    if gold["relative"]:
        relative = yt.Relative(
            base_year=gold["relative"]["baseline_year"],
            change=gold["relative"].get("min_change_percent", 0),
        )
    return yt.Target(
        indicator=indicator,
        comparator=None if gold["comparator"] == "none" else gold["comparator"],
        value=value,
        year=gold["year"],
        baseline=baseline,
        relative=relative,
        qualifier=gold["qualifier"],
        subgroup=subgroup,
        statement=gold["value_text"] if value is None else None,
        source=yt.Source(
            document=gold["id"].rsplit("-", 1)[0] + ".txt",
            line=gold["line"],
            quote=gold["source_text"],
        ),
        id=gold["id"],
    )


def test_every_gold_target_is_expressed(shared_dir: Path) -> None:
    golds = gold_targets(shared_dir)
    assert len(golds) >= 130
    kinds: set[str] = set()
    for gold in golds:
        target = express(gold)
        assert target.year == gold["year"]
        assert target.qualitative is (gold["value"] is None)
        if gold["value"] is not None:
            assert target.value_in_unit == pytest.approx(gold["value"])
            assert target.comparator is not None
            assert target.comparator.symbol == gold["comparator"]
            kinds.add("quantitative")
        else:
            kinds.add("qualitative")
        if target.baseline is not None:
            kinds.add("baseline" if target.baseline.year else "baseline without year")
        if target.qualifier:
            kinds.add("qualifier")
        if target.subgroup:
            kinds.add("subgroup")
        kinds.add(target.indicator.direction.value)
        assert str(target).startswith(target.indicator.name_vi)
    assert kinds >= {
        "quantitative",
        "qualitative",
        "baseline",
        "baseline without year",
        "qualifier",
        "subgroup",
        "increase",
        "decrease",
        "band",
        "eliminate",
    }


def test_every_gold_target_evaluates(shared_dir: Path) -> None:
    for gold in gold_targets(shared_dir):
        target = express(gold)
        year = target.year or 2030
        if target.qualitative:
            observation = yt.Observation(indicator=target.indicator, value=True, year=year)
            assert target.evaluate(observation).status is yt.Status.ACHIEVED
            continue
        assert target.value is not None
        assert target.value_in_unit is not None
        step = {1: 1.0, -1: -1.0, 0: 0.0}[target.sense]
        lower, upper, _ = yt.core.units.natural_bounds(target.indicator.unit)
        value = target.value_in_unit
        better_value = value + step
        if upper is not None and better_value > upper:  # a share of 100%: "at least 100%"
            assert target.comparator is not yt.Comparator.GT
            better_value = upper
        if lower is not None and better_value < lower:  # "dưới 0,05": 0 is better
            better_value = lower
        worse_value = value - 10 * step - 1
        if lower is not None:
            worse_value = max(worse_value, lower)
        better = yt.Q_(better_value, target.indicator.unit)
        worse = yt.Q_(worse_value, target.indicator.unit)
        met = target.evaluate(yt.Observation(indicator=target.indicator, value=better, year=year))
        assert met.status is yt.Status.ACHIEVED, gold["id"]
        missed = target.evaluate(yt.Observation(indicator=target.indicator, value=worse, year=year))
        # with no deadline there is no "missed": only a path could say how it is going
        expected = yt.Status.MISSED if target.year is not None else yt.Status.NO_DATA
        assert missed.status is expected, gold["id"]


def test_relative_kind_is_expressible() -> None:
    """No shared gold target is relative; the schema allows it, so check the translation."""
    gold = {
        "id": "x-T001",
        "line": 1,
        "source_text": "tăng tối thiểu 10% so với năm 2022",
        "indicator_vi": "Số lượt khám sàng lọc",
        "indicator_en": "Screening visits",
        "year": 2025,
        "comparator": ">=",
        "value": None,
        "value_text": None,
        "unit": "count",
        "unit_text": None,
        "direction": "increase",
        "baseline": None,
        "relative": {"kind": "change_vs_baseline", "baseline_year": 2022, "min_change_percent": 10},
        "qualifier": None,
        "qualitative": False,
    }
    target = express(gold)
    assert target.relative == yt.Relative(base_year=2022, change=10)
    assert str(target).endswith("tăng tối thiểu 10% so với năm 2022 (2025)")
