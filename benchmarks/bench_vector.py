"""Issue 8: vectorised evaluation and scenarios at scale."""

from __future__ import annotations

import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import numpy as np
from _timing import best_ms, per_call_us

import yte_targets as yt
from yte_targets.frame.sample import random_frame


def _scenario_inputs(
    provinces: int = 63, indicators: int = 30
) -> tuple[list[yt.Plan], list[yt.Observation]]:
    codes = list(yt.catalog.default().codes)
    chosen = [yt.catalog.get(c) for c in codes if yt.catalog.get(c).direction.sign != 0][
        :indicators
    ]
    plans, observations = [], []
    rng = np.random.default_rng(0)
    for p in range(provinces):
        name = f"Tỉnh {p}"
        targets = []
        for indicator in chosen:
            unit = indicator.unit
            start = float(rng.uniform(20, 80))
            goal = start * (1.2 if indicator.direction.sign > 0 else 0.8)
            comparator = ">=" if indicator.direction.sign > 0 else "<="
            targets.append(
                yt.Target(
                    indicator=indicator,
                    comparator=comparator,
                    value=yt.Q_(round(goal, 1), unit),
                    year=2030,
                )
            )
            observations.append(
                yt.Observation(
                    indicator=indicator, value=yt.Q_(start, unit), year=2024, jurisdiction=name
                )
            )
        plans.append(yt.Plan(title=name, jurisdiction=name, targets=targets))
    return plans, observations


def _floor(frame: Any) -> Callable[[], None]:
    """One NumPy pass that reads every input column the evaluation reads (the coded
    comparator and direction, eight float columns, and the four optional ones it reads as
    missing) and writes every output column it writes: the least any evaluator costs."""
    columns = {name: frame[name] for name in frame.columns}
    comparator = columns["comparator"].cat.codes.to_numpy()
    direction = columns["direction"].cat.codes.to_numpy()
    floats = [
        columns[name].to_numpy(np.float64)
        for name in ("value", "year", "actual", "actual_year", "baseline", "baseline_year")
    ]
    n = len(comparator)
    missing = np.full(n, np.nan)
    met, known = np.empty(n, dtype=bool), np.empty(n, dtype=bool)
    gap, progress, expected = np.empty(n), np.empty(n), np.empty(n)
    status = np.empty(n, dtype=np.int8)

    def one_pass() -> None:
        np.add(floats[0], floats[1], out=gap)
        np.add(floats[2], floats[3], out=progress)
        np.add(floats[4], floats[5], out=expected)
        np.add(missing, missing, out=expected)  # tolerance, band, recorded: read as missing
        np.add(missing, missing, out=gap)
        np.less(comparator, direction, out=met)
        np.greater(comparator, direction, out=known)
        np.add(comparator, direction, out=status)

    return one_pass


def _first_call_s() -> float:
    """Seconds of the first evaluate_frame call in a fresh interpreter (import excluded)."""
    code = (
        "import time, yte_targets as yt\n"
        "from yte_targets.frame.sample import random_frame\n"
        "f = random_frame(1000)\n"
        "t = time.perf_counter(); yt.evaluate_frame(f); print(time.perf_counter() - t)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def run(quick: bool) -> tuple[dict[str, float], list[tuple[str, str, str]]]:
    rows = 100_000 if quick else 1_000_000
    frame = random_frame(rows, seed=1)
    actual = frame["actual"].to_numpy()
    value = frame["value"].to_numpy()
    repeats = 2 if quick else 5
    scale = 1_000_000 / rows
    figures: dict[str, float] = {}
    figures["vector_1m_ms"] = best_ms(lambda: yt.evaluate_frame(frame), repeats) * scale
    figures["numpy_compare_1m_ms"] = best_ms(lambda: actual < value, repeats * 4) * scale
    figures["vector_floor_ms"] = best_ms(_floor(frame), repeats) * scale
    figures["vector_numpy_1m_ms"] = (
        best_ms(lambda: yt.evaluate_frame(frame, engine="numpy"), repeats) * scale
    )
    figures["vector_first_call_s"] = _first_call_s()

    tracemalloc.start()
    yt.evaluate_frame(frame)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    figures["vector_peak_column_copies"] = peak / actual.nbytes

    # the scalar path per row, on rows of the same kind
    imr = yt.catalog.get("imr")
    target = yt.Target(
        indicator=imr,
        comparator="<",
        value=yt.Q_(10, "permille"),
        year=2030,
        baseline=yt.Baseline(value=yt.Q_(14, "permille"), year=2018),
    )
    observations = [
        yt.Observation(indicator=imr, value=yt.Q_(float(a), "permille"), year=2025)
        for a in np.nan_to_num(actual[:2000], nan=12.0)
    ]

    def scalar() -> None:
        for observation in observations:
            target.evaluate(observation)

    figures["scalar_row_us"] = per_call_us(scalar, quick=quick) / len(observations)
    figures["vector_row_us"] = figures["vector_1m_ms"] * 1e3 / 1_000_000

    plans, obs = _scenario_inputs(63 if not quick else 10, 30)
    scenario = yt.Scenario(
        {
            ind.code: yt.Assumption(change=0.02, kind="compound", sd=0.02)
            for ind in plans[0].indicators
        },
        seed=0,
    )
    tracemalloc.start()
    start = time.perf_counter()
    scenario.run(plans, obs, n_paths=1000)
    figures["scenario_s"] = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    figures["scenario_peak_mb"] = peak / 2**20
    ratios = [
        ("vector_1m_ms", "numpy_compare_1m_ms", "<= 30"),
        ("vector_1m_ms", "vector_floor_ms", "<= 2"),
        ("vector_numpy_1m_ms", "vector_floor_ms", "(NumPy engine, without numba)"),
        ("scalar_row_us", "vector_row_us", "(vector speed-up)"),
    ]
    return figures, ratios
