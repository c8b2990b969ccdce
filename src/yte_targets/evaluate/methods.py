"""Progress methods of the field, each as its authors define it, on a base and a latest point.

``target.evaluate_series(observations, method=...)`` chooses one:

``"linear"`` and ``"compound"``
    This library's own (see :mod:`yte_targets.evaluate.rules`): the share of the
    path from baseline to target covered, against the share expected by now on a
    straight or a constant-rate path.

``"open_sdg"``
    Open SDG's progress measure (sdg-build 2.4.0, ``sdg/ProgressMeasure.py``, as
    run by Statistics Canada's SDG and Indicator Framework platforms), exactly:
    with a target, the ratio of the observed to the required compound annual
    growth rate, ``R = s * d * CAGR_obs / |CAGR_req|``; without one (a target
    stated as a direction only), ``R = s * d * CAGR_obs`` against growth-rate
    thresholds scaled near a limit. ``d`` is +1 when higher is better, ``s`` is
    -1 when the base value is negative; zeros become 0.001, as there.

``"escap"``
    UN ESCAP's Asia-Pacific SDG progress assessment: the current status index
    ``CS = D (I_t - I_0) / |TV - I_0|`` and the anticipated progress ratio, the
    same index of the value projected to the target year at the observed
    compound growth rate. See ``docs/attainment.md`` for what is read from
    ESCAP's notes and what is reconstructed.

>>> r = open_sdg(base_year=2015, base=14.5, current_year=2023, current=10.2,
...              target=7.25, target_year=2030, direction=-1)
>>> r.status, round(r.score, 6)
('substantial_progress', 0.95259)
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Final, NamedTuple

from ..errors import InvalidValueError

__all__ = [
    "ESCAP_STATUSES",
    "METHODS",
    "OPEN_SDG_STATUSES",
    "OPEN_SDG_THRESHOLDS",
    "MethodResult",
    "escap",
    "open_sdg",
    "open_sdg_thresholds",
]

#: The methods ``evaluate_series`` knows.
METHODS: Final = ("linear", "compound", "open_sdg", "escap")

#: Open SDG's categories, best first.
OPEN_SDG_STATUSES: Final = (
    "target_achieved",
    "substantial_progress",
    "moderate_progress",
    "limited_progress",
    "deterioration",
    "not_available",
)
#: Open SDG's default thresholds: on the ratio R with a target, on the growth rate without.
OPEN_SDG_THRESHOLDS: Final[Mapping[str, Mapping[str, float]]] = {
    "target": {"high": 0.95, "med": 0.6, "low": 0.0},
    "no_target": {"high": 0.015, "med": 0.005, "low": 0.0},
}
#: ESCAP's categories of anticipated progress.
ESCAP_STATUSES: Final = (
    "achieved",
    "maintain_progress",
    "accelerate_progress",
    "reverse_trend",
    "not_available",
)
_LIMIT_POWER: Final = 4.44  # Open SDG's exponent of the damping near a limit
_ZERO: Final = 0.001  # Open SDG's stand-in for a zero base value or target


class MethodResult(NamedTuple):
    """A method's verdict: its own category, its number, and what it was computed from."""

    status: str
    score: float | None
    base_year: int | None = None
    base: float | None = None
    current_year: int | None = None
    current: float | None = None
    projected: float | None = None


def _cagr(v1: float, v0: float, t1: float, t0: float) -> float:
    value: float = (v1 / v0) ** (1 / (t1 - t0)) - 1
    return value


def open_sdg_thresholds(
    has_target: bool, overrides: Mapping[str, float] | None = None
) -> dict[str, float]:
    """Open SDG's thresholds (``high``, ``med``, ``low``) with ``overrides`` laid on them."""
    chosen = dict(OPEN_SDG_THRESHOLDS["target" if has_target else "no_target"])
    for key, value in (overrides or {}).items():
        if key not in chosen:
            raise InvalidValueError(f"unknown threshold {key!r}; expected high, med or low")
        if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
            raise InvalidValueError(f"threshold {key!r} must be a number, got {value!r}")
        chosen[key] = float(value)
    return chosen


def open_sdg(
    *,
    base_year: int,
    base: float,
    current_year: int,
    current: float,
    target: float | None,
    target_year: int,
    direction: int,
    limit: float | None = None,
    thresholds: Mapping[str, float] | None = None,
) -> MethodResult:
    """Open SDG's progress status and ratio for one series (base and latest point).

    ``direction`` is +1 when higher is better, -1 when lower is better. ``limit``
    (a floor or ceiling the indicator cannot pass) only scales the thresholds of
    a series without a target, as in sdg-build.
    """
    if direction not in (1, -1):
        raise InvalidValueError(f"direction must be +1 or -1, got {direction!r}")
    sign = -1 if base < 0 else 1
    if target == 0:
        target = _ZERO
    achieved = target is not None and (
        (direction == -1 and current <= target) or (direction == 1 and current >= target)
    )
    chosen = open_sdg_thresholds(target is not None, thresholds)
    coeff = 1.0
    if target is None and limit is not None:
        b, lim = abs(base), abs(limit)
        if b >= 2 * lim:
            coeff = 1.0
        elif b <= lim:
            coeff = 1 - (b / lim) ** _LIMIT_POWER
        else:
            coeff = 1 - ((2 * lim - b) / lim) ** _LIMIT_POWER
        chosen = {key: value * coeff for key, value in chosen.items()}
    zero_base = _ZERO if base == 0 else base
    score: float | None = None
    opposite = (zero_base > 0 and current < 0) or (zero_base < 0 and current > 0)
    if not opposite and base_year <= current_year and current_year - base_year >= 1:
        observed = _cagr(current, zero_base, current_year, base_year)
        if target is None:
            score = sign * direction * observed
        else:
            required = _cagr(target, zero_base, target_year, base_year)
            score = None if required == 0 else sign * direction * observed / abs(required)
    status = "not_available"
    if achieved:
        status = "target_achieved"
    elif score is not None and not math.isnan(score):
        if score >= chosen["high"]:
            status = "substantial_progress"
        elif score >= chosen["med"]:
            status = "moderate_progress"
        elif score >= chosen["low"]:
            status = "limited_progress"
        else:
            status = "deterioration"
    return MethodResult(status, score, base_year, base, current_year, current)


def escap(
    *,
    base_year: int,
    base: float,
    current_year: int,
    current: float,
    target: float,
    target_year: int,
    direction: int,
) -> MethodResult:
    """ESCAP's anticipated progress: the category and the anticipated progress ratio.

    The value is projected to ``target_year`` at the compound annual growth rate
    from base to current (linearly when a value is not positive); the ratio is
    ``D (projected - I_0) / |TV - I_0|``: at least 1, "maintain progress"; above 0,
    "accelerate progress"; otherwise "reverse trend". A met target is "achieved".
    """
    if direction not in (1, -1):
        raise InvalidValueError(f"direction must be +1 or -1, got {direction!r}")
    if direction * (current - target) >= 0:
        return MethodResult("achieved", None, base_year, base, current_year, current)
    if current_year <= base_year or target == base:
        return MethodResult("not_available", None, base_year, base, current_year, current)
    years = target_year - current_year
    if base > 0 and current > 0:
        projected = current * (current / base) ** (years / (current_year - base_year))
    else:
        projected = current + (current - base) / (current_year - base_year) * years
    ratio = direction * (projected - base) / abs(target - base)
    if ratio >= 1:
        status = "maintain_progress"
    elif ratio > 0:
        status = "accelerate_progress"
    else:
        status = "reverse_trend"
    return MethodResult(status, ratio, base_year, base, current_year, current, projected)
