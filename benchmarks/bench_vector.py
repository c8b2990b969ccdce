"""Issue 8: vectorised evaluation and scenarios at scale."""

from __future__ import annotations

import time
import tracemalloc

import numpy as np
from _timing import per_call_us

import yte_targets as yt
from yte_targets.frame.sample import random_frame


def _best_ms(func: object, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        func()  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best * 1e3


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


def run(quick: bool) -> tuple[dict[str, float], list[tuple[str, str, str]]]:
    rows = 100_000 if quick else 1_000_000
    frame = random_frame(rows, seed=1)
    actual = frame["actual"].to_numpy()
    value = frame["value"].to_numpy()
    repeats = 2 if quick else 5
    scale = 1_000_000 / rows
    figures: dict[str, float] = {}
    figures["vector_1m_ms"] = _best_ms(lambda: yt.evaluate_frame(frame), repeats) * scale
    figures["numpy_compare_1m_ms"] = _best_ms(lambda: actual < value, repeats * 4) * scale

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
        ("scalar_row_us", "vector_row_us", "(vector speed-up)"),
    ]
    return figures, ratios
