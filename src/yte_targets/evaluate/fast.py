"""The rules compiled with Numba (extra ``[fast]``): one fused pass over the rows.

:func:`rows` runs the one copy of the rules (:func:`yte_targets.evaluate.rules.build`)
compiled by Numba over Python-float operations, row by row in one loop, so a
million rows cost about one pass over memory instead of one NumPy pass per
operation. The results are those of the NumPy path, bit for bit (the same IEEE
operations; the power is C's ``pow`` in both). Without Numba, :func:`available`
is False and callers use the NumPy path.

The first call in a process compiles the kernel; Numba caches the machine code
on disk (``cache=True``), so later processes load it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import numpy as np
import numpy.typing as npt

from . import rules

__all__ = ["available", "rows"]

Floats = npt.NDArray[np.float64]


@lru_cache(maxsize=1)
def _numba() -> Any:
    try:
        import numba
    except ImportError:
        return None
    return numba


def available() -> bool:
    """Whether Numba can be imported (the ``[fast]`` extra is installed)."""
    return _numba() is not None


@lru_cache(maxsize=1)
def _compiled() -> Callable[..., None]:
    numba = _numba()
    jit: Callable[[Callable[..., Any]], Any] = numba.njit(cache=True, nogil=True)
    parallel: Callable[[Callable[..., Any]], Any] = numba.njit(
        cache=True, nogil=True, parallel=True
    )

    class _NumbaOps(rules.Ops):
        pass

    ops: Any = _NumbaOps()

    # the operations on floats are the scalar engine's own, compiled; only the power
    # differs: Numba's overflows to infinity where Python raises
    scalar = rules.SCALAR
    where, isnan, not_ = jit(scalar.where), jit(scalar.isnan), jit(scalar.not_)
    minimum, maximum, divide = jit(scalar.minimum), jit(scalar.maximum), jit(scalar.divide)

    @jit
    def power(base: Any, exponent: Any) -> Any:
        if 0 < base < math.inf and exponent == exponent:
            return base**exponent
        if base == 0 and exponent == exponent:
            if exponent > 0:
                return 0.0
            return 1.0 if exponent == 0 else math.inf
        return math.nan

    ops.where, ops.isnan, ops.not_ = where, isnan, not_
    ops.minimum, ops.maximum, ops.divide, ops.power = minimum, maximum, divide, power
    _, kernel = rules.build(ops, jit)

    @parallel
    def run(
        comparator: Any,
        direction: Any,
        value: Any,
        year: Any,
        actual: Any,
        actual_year: Any,
        baseline: Any,
        baseline_year: Any,
        tolerance: Any,
        band_lower: Any,
        band_upper: Any,
        recorded: Any,
        compound: bool,
        on_track: float,
        met: Any,
        known: Any,
        gap: Any,
        progress: Any,
        expected: Any,
        status: Any,
    ) -> None:
        for i in numba.prange(comparator.shape[0]):
            out = kernel(
                comparator[i],
                direction[i],
                value[i],
                year[i],
                actual[i],
                actual_year[i],
                baseline[i],
                baseline_year[i],
                tolerance[i],
                band_lower[i],
                band_upper[i],
                recorded[i],
                compound,
                on_track,
            )
            met[i] = out[0]
            known[i] = out[1]
            gap[i] = out[2]
            progress[i] = out[3]
            expected[i] = out[4]
            status[i] = out[5]

    compiled: Callable[..., None] = run
    return compiled


def rows(
    *,
    comparator: npt.NDArray[np.int8],
    direction: npt.NDArray[np.int8],
    value: Floats,
    year: Floats,
    actual: Floats,
    actual_year: Floats,
    baseline: Floats,
    baseline_year: Floats,
    tolerance: Floats,
    band_lower: Floats,
    band_upper: Floats,
    recorded: Floats,
    compound: bool,
    on_track: float,
    out: tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_], Floats, Floats, Floats, Any],
) -> None:
    """Evaluate the rows into ``out`` (met, met_known, gap, progress, expected, status)."""
    _compiled()(
        comparator,
        direction,
        value,
        year,
        actual,
        actual_year,
        baseline,
        baseline_year,
        tolerance,
        band_lower,
        band_upper,
        recorded,
        compound,
        on_track,
        *out,
    )
