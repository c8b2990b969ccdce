"""The fuzz suite: numbers, quantities, value phrases, sentences, documents, plan files and
actuals, made up or mutated from valid ones. Whatever goes in, only a YteTargetsError comes
out; every value read lies within its indicator's natural bounds; a valid plan file
round-trips losslessly. (The CI profile runs 600 examples per property.)"""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path
from typing import Any

import yaml
from hypothesis import given
from hypothesis import strategies as st

import yte_targets as yt
from tests.conftest import ROOT
from yte_targets.core.units import natural_bounds

PLANS = sorted((ROOT / "examples" / "plans").glob("*.yaml"))
DOCUMENTS = sorted((ROOT / "examples" / "documents").glob("*.txt"))
WORDS = [
    "đạt",
    "trên",
    "dưới",
    "tối thiểu",
    "tối đa",
    "khoảng",
    "trên dưới",
    "từ",
    "xuống còn",
    "lên",
    "giảm",
    "tăng",
    "tăng thêm",
    "so với năm",
    "năm",
    "đến năm",
    "trở lên",
    "%",
    "‰",
    "/10.000 dân",
    "/100.000 trẻ đẻ sống",
    "/vạn dân",
    "tuổi",
    "cm",
    "ca",
    "giường",
    ",",
    ";",
    "-",
    "/",
    "(",
    ")",
    "Tỷ lệ",
    "tham gia bảo hiểm y tế",
    "tử vong trẻ em dưới 1 tuổi",
    "bác sĩ",
    "trẻ được tiêm chủng đầy đủ",
    "Nghị quyết số 20-NQ/TW",
    "[3]",
    "95-95-95",
]
numbers = st.one_of(
    st.integers(min_value=-10, max_value=100_000).map(str),
    st.decimals(min_value=0, max_value=1000, places=2, allow_nan=False).map(
        lambda d: yt.format_number(d)
    ),
    st.sampled_from(["2025", "2030", "2021-2025", "1.000", "0,5", "1/1000", "1e3", ",5"]),
)
phrases = st.lists(st.one_of(st.sampled_from(WORDS), numbers), min_size=1, max_size=12).map(
    " ".join
)
noise = st.text(
    alphabet=st.sampled_from(list("0123456789.,%‰/ -–:;()[]<>=≤≥~đạtrênduớikhoảngtỷlệnămx\n")),
    max_size=60,
)


def _only_ours(call: Any) -> Any:
    try:
        return call()
    except yt.YteTargetsError:
        return None


def _in_bounds(target: yt.Target) -> None:
    lower, upper, whole = natural_bounds(target.indicator.unit)
    for value in (target.value_in_unit, target.baseline_in_unit):
        if value is None:
            continue
        assert lower is None or value >= lower, target
        assert upper is None or value <= upper, target
        assert not whole or value == int(value), target


@given(st.one_of(noise, st.text(max_size=40), numbers))
def test_numbers_and_quantities(text: str) -> None:
    _only_ours(lambda: yt.parse_number(text))
    _only_ours(lambda: yt.parse_quantity(text))
    _only_ours(lambda: yt.parse_unit(text))
    _only_ours(lambda: yt.Q_(1, text))
    _only_ours(lambda: yt.to_unit(text))


@given(st.one_of(phrases, noise), st.sampled_from([None, "imr", "health_insurance_coverage"]))
def test_value_phrases(text: str, code: str | None) -> None:
    indicator = yt.catalog.get(code) if code else None
    _only_ours(lambda: yt.parse_target_value(text, indicator))


@given(st.one_of(phrases, noise))
def test_sentences(text: str) -> None:
    targets = _only_ours(lambda: yt.parse_target(text)) or []
    for target in targets:
        _in_bounds(target)


@st.composite
def mutated_documents(draw: st.DrawFn) -> str:
    lines = draw(st.sampled_from(DOCUMENTS)).read_text(encoding="utf-8").splitlines()
    for _ in range(draw(st.integers(0, 6))):
        i = draw(st.integers(0, len(lines) - 1))
        lines[i] = draw(st.one_of(phrases, noise, st.just(""), st.just(lines[i] * 2)))
    return "\n".join(lines)


@given(mutated_documents())
def test_documents(text: str) -> None:
    plan = _only_ours(lambda: yt.extract_plan(text))
    if plan is not None:
        for target in plan.targets:
            _in_bounds(target)


def _leaves(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(data, dict):
        return [p for k, v in data.items() for p in _leaves(v, (*path, k))] or [path]
    if isinstance(data, list):
        return [p for i, v in enumerate(data) for p in _leaves(v, (*path, i))] or [path]
    return [path]


PLAN_DATA = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in PLANS]
odd_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    numbers,
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.sampled_from(["value", "unit", "year", "yr"]), st.integers(), max_size=2),
)


@st.composite
def mutated_plans(draw: st.DrawFn) -> Any:
    data = copy.deepcopy(draw(st.sampled_from(PLAN_DATA)))
    leaves = _leaves(data)
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(leaves))
        if not path:
            continue
        holder = data
        for key in path[:-1]:
            holder = holder[key]
        if draw(st.booleans()):
            holder[path[-1]] = draw(odd_values)
        elif isinstance(holder, dict):
            holder[draw(st.sampled_from(["yr", "valeu", "comparator", "unit"]))] = draw(odd_values)
    return data


@given(mutated_plans(), st.sampled_from(["json", "yaml"]))
def test_plan_files(data: Any, format: str) -> None:
    text = (
        json.dumps(data, ensure_ascii=False, default=str)
        if format == "json"
        else (yaml.safe_dump(data, allow_unicode=True))
    )
    plan = _only_ours(lambda: yt.loads_plan(text, format))
    if plan is not None:
        for target in plan.targets:
            _in_bounds(target)
        assert yt.loads_plan(yt.dumps_plan(plan, format), format) == plan


def test_valid_plan_files_round_trip_losslessly() -> None:
    for path in PLANS:
        plan = yt.load_plan(path)
        for format in ("json", "yaml", "toml"):
            assert yt.loads_plan(yt.dumps_plan(plan, format), format) == plan


ACTUALS = (ROOT / "examples" / "actuals" / "hung-yen.csv").read_text(encoding="utf-8")


@st.composite
def mutated_actuals(draw: st.DrawFn) -> str:
    lines = ACTUALS.splitlines()
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(1, len(lines) - 1))
        cells = lines[i].split(",")
        j = draw(st.integers(0, min(3, len(cells) - 1)))
        cells[j] = draw(st.one_of(numbers, noise, st.sampled_from(["imr", "%", "‰", "-5", ""])))
        lines[i] = ",".join(cells)
    return "\n".join(lines) + "\n"


@given(mutated_actuals())
def test_actuals(text: str) -> None:
    observations = _only_ours(lambda: yt.read_actuals(io.StringIO(text))) or []
    for observation in observations:
        value = observation.value_in_unit
        if value is None:
            continue
        lower, upper, _ = natural_bounds(observation.indicator.unit)
        assert lower is None or value >= lower
        assert upper is None or value <= upper


def test_the_suite_reads_real_inputs() -> None:
    assert PLANS
    assert DOCUMENTS
    assert Path(ROOT / "examples" / "actuals" / "hung-yen.csv").is_file()
