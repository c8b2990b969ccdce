"""Objects travel: pickle, copy and deepcopy round trips, across processes, into yt.ureg;
equal objects hash alike."""

from __future__ import annotations

import copy
import pickle
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import pint
import pytest

import yte_targets as yt
from tests.conftest import ROOT

PLAN = yt.load_plan(ROOT / "examples" / "plans" / "kien-giang.yaml")
ACTUALS = yt.load_actuals(ROOT / "examples" / "actuals" / "kien-giang.csv")
REPORT = PLAN.evaluate(ACTUALS)


def _values() -> list[Any]:
    target = next((t for t in PLAN.targets if t.value is not None), PLAN.targets[0])
    observation = ACTUALS[0]
    series = next(r.series for r in REPORT.rows if r.series is not None and r.series.observations)
    return [
        PLAN,
        target,
        target.indicator,
        observation,
        REPORT,
        REPORT.rows[0].result,
        series,
        yt.catalog.get("imr"),
        yt.Baseline(value=yt.Q_(14, "permille"), year=2020),
    ]


@pytest.mark.parametrize("value", _values(), ids=lambda v: type(v).__name__)
def test_round_trips(value: Any) -> None:
    assert pickle.loads(pickle.dumps(value)) == value
    assert copy.copy(value) == value
    assert copy.deepcopy(value) == value


def test_quantities_come_back_into_the_library_registry() -> None:
    target = pickle.loads(pickle.dumps(PLAN.targets[0]))
    assert target.value is None or target.value._REGISTRY is yt.ureg
    registry = pint.get_application_registry()  # type: ignore[no-untyped-call]
    assert registry is not yt.ureg  # no global state was set


def _describe(target: yt.Target) -> str:
    return f"{target} -> {target.evaluate(None).status.value}"


def test_a_process_pool_maps_over_targets() -> None:
    with ProcessPoolExecutor(max_workers=2) as pool:
        out = list(pool.map(_describe, PLAN.targets[:6]))
    assert out == [_describe(t) for t in PLAN.targets[:6]]


def test_equal_targets_hash_alike() -> None:
    imr = yt.catalog.get("imr")
    from_float = yt.Target(indicator=imr, comparator="<", value=yt.Q_(12.5, "permille"), year=2030)
    from_text = yt.Target(
        indicator=imr, comparator="<", value=yt.Q_(yt.parse_number("12,5"), "permille"), year=2030
    )
    assert from_float == from_text
    assert hash(from_float) == hash(from_text)
    assert len({from_float, from_text}) == 1
    a = yt.Observation(indicator=imr, value=yt.Q_(12, "permille"), year=2024)
    b = yt.Observation(indicator=imr, value=yt.Q_(yt.parse_number("12,0"), "permille"), year=2024)
    assert a == b
    assert len({a, b}) == 1
