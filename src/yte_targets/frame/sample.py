"""Made-up frames to try :func:`~yte_targets.evaluate_frame` on, and to benchmark it.

>>> from yte_targets.frame.sample import random_frame
>>> len(random_frame(10)), list(random_frame(3).columns)[:3]
(10, ['comparator', 'direction', 'value'])
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from ..evaluate import rules
from ..optional import require

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["random_frame"]


def random_frame(n: int, *, seed: int = 0) -> pd.DataFrame:
    """A frame of ``n`` made-up target-observation rows for :func:`evaluate_frame`: mixed
    directions and comparators, baselines, some qualitative rows and missing actuals.

    Meant for benchmarks, examples and trying things out; the numbers mean nothing.
    """
    require("pandas", "pandas")
    import pandas as pd

    rng = np.random.default_rng(seed)
    direction = rng.choice(
        np.array(["increase", "decrease", "eliminate"]), size=n, p=[0.45, 0.45, 0.1]
    )
    comparator = rng.choice(np.array(rules.COMPARATORS), size=n)
    value = np.round(rng.uniform(1, 100, size=n), 1)
    baseline = np.where(direction == "increase", value * 0.7, value * 1.3)
    year = rng.choice(np.array([2025.0, 2030.0]), size=n)
    baseline_year = np.full(n, 2018.0)
    actual_year = rng.integers(2019, 2031, size=n).astype(np.float64)
    actual = np.round(baseline + (value - baseline) * rng.uniform(-0.3, 1.3, size=n), 2)
    actual[rng.random(n) < 0.05] = np.nan
    value[rng.random(n) < 0.02] = np.nan  # qualitative
    return pd.DataFrame(
        {
            "comparator": pd.Categorical(comparator, categories=list(rules.COMPARATORS)),
            "direction": pd.Categorical(direction, categories=list(rules.DIRECTIONS)),
            "value": value,
            "year": year,
            "actual": actual,
            "actual_year": actual_year,
            "baseline": baseline,
            "baseline_year": baseline_year,
        }
    )
