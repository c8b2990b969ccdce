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
from . import rules
from .rules import Num

__all__ = [
    "ESCAP_STATUSES",
    "METHODS",
    "OPEN_SDG_STATUSES",
    "OPEN_SDG_THRESHOLDS",
    "MethodResult",
    "build",
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


#: Codes of the methods' categories in the kernels: an index into the method's statuses.
OPEN_SDG_CODES: Final = {name: code for code, name in enumerate(OPEN_SDG_STATUSES)}
ESCAP_CODES: Final = {name: code for code, name in enumerate(ESCAP_STATUSES)}


def build(ops: rules.Ops) -> tuple[rules.Kernel, rules.Kernel]:
    """Open SDG's and ESCAP's rules bound to ``ops`` (floats or arrays, as
    :func:`yte_targets.evaluate.rules.build`): ``(open_sdg_rows, escap_rows)``, returning
    ``(status code, score)`` and ``(status code, score, projected value)``."""
    where, isnan, not_, divide, power, nan = (
        ops.where,
        ops.isnan,
        ops.not_,
        ops.divide,
        ops.power,
        ops.nan,
    )

    def cagr(v1: Num, v0: Num, t1: Num, t0: Num) -> Num:
        return power(divide(v1, v0), divide(1.0, t1 - t0)) - 1

    def open_sdg_rows(
        base_year: Num,
        base: Num,
        current_year: Num,
        current: Num,
        target: Num,
        target_year: Num,
        direction: Num,
        limit: Num,
        high: Num,
        med: Num,
        low: Num,
    ) -> tuple[Num, Num]:
        sign = where(base < 0, -1, 1)
        target = where(target == 0, _ZERO, target)
        has_target = not_(isnan(target))
        achieved = has_target & (
            ((direction == -1) & (current <= target)) | ((direction == 1) & (current >= target))
        )
        # near a limit (a series without a target only), every threshold shrinks by coeff
        b, lim = abs(base), abs(limit)
        damped = where(
            b >= 2 * lim,
            1.0,
            where(
                b <= lim,
                1 - power(divide(b, lim), _LIMIT_POWER),
                1 - power(divide(2 * lim - b, lim), _LIMIT_POWER),
            ),
        )
        coeff = where(has_target | isnan(limit), 1.0, damped)
        zero_base = where(base == 0, _ZERO, base)
        opposite = ((zero_base > 0) & (current < 0)) | ((zero_base < 0) & (current > 0))
        valid = not_(opposite) & (base_year <= current_year) & (current_year - base_year >= 1)
        observed = sign * direction * cagr(current, zero_base, current_year, base_year)
        required = cagr(target, zero_base, target_year, base_year)
        ratio = where(has_target, divide(observed, abs(required)), observed)
        score = where(valid, ratio, nan)
        status = where(
            achieved,
            0,
            where(
                isnan(score) | (direction == 0),
                5,
                where(
                    score >= high * coeff,
                    1,
                    where(score >= med * coeff, 2, where(score >= low * coeff, 3, 4)),
                ),
            ),
        )
        return status, where(direction == 0, nan, score)

    def escap_rows(
        base_year: Num,
        base: Num,
        current_year: Num,
        current: Num,
        target: Num,
        target_year: Num,
        direction: Num,
    ) -> tuple[Num, Num, Num]:
        achieved = direction * (current - target) >= 0
        missing = (current_year <= base_year) | (target == base) | isnan(target) | isnan(base)
        missing = missing | (direction == 0) | isnan(current)
        years = target_year - current_year
        elapsed = current_year - base_year
        grown = current * power(divide(current, base), divide(years, elapsed))
        straight = current + divide(current - base, elapsed) * years
        projected = where((base > 0) & (current > 0), grown, straight)
        ratio = divide(direction * (projected - base), abs(target - base))
        status = where(
            achieved & not_(isnan(current)) & (direction != 0),
            0,
            where(missing, 4, where(ratio >= 1, 1, where(ratio > 0, 2, 3))),
        )
        shown = (status == 0) | (status == 4)
        return status, where(shown, nan, ratio), where(shown, nan, projected)

    return open_sdg_rows, escap_rows


_OPEN_SDG_SCALAR, _ESCAP_SCALAR = build(rules.SCALAR)


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
    chosen = open_sdg_thresholds(target is not None, thresholds)
    status, score = _OPEN_SDG_SCALAR(
        float(base_year),
        base,
        float(current_year),
        current,
        math.nan if target is None else target,
        float(target_year),
        direction,
        math.nan if limit is None else limit,
        chosen["high"],
        chosen["med"],
        chosen["low"],
    )
    return MethodResult(
        OPEN_SDG_STATUSES[status],
        None if score != score else score,
        base_year,
        base,
        current_year,
        current,
    )


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
    status, score, projected = _ESCAP_SCALAR(
        float(base_year),
        base,
        float(current_year),
        current,
        target,
        float(target_year),
        direction,
    )
    return MethodResult(
        ESCAP_STATUSES[status],
        None if score != score else score,
        base_year,
        base,
        current_year,
        current,
        None if projected != projected else projected,
    )
