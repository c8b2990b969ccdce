"""Attainment: is a target met, by how much, and is progress on track? (pure functions)

The rules, with their formulas and sources, are written out in
``docs/attainment.md``; this docstring is the short form.

Met or not
    Values are compared as floats in the indicator's unit (converted once, when
    the target and the observation are built). ``<`` and ``>`` are strict,
    ``<=`` and ``>=`` are not: 9,99‰ meets "dưới 10‰" and 10‰ does not. ``=``
    ("đạt 95%") and ``~`` ("khoảng") are read through the indicator's direction:
    on an increase indicator they mean "at least" (``~`` less a tolerance, by
    default 1% of the value), on a decrease or eliminate indicator "at most"
    (plus the tolerance), and on a band indicator "inside the band" (or within
    an explicit tolerance of the value).

Gap
    Signed, positive when the actual is better than the target:
    ``actual - target`` when high is better, ``target - actual`` when low is
    better, the distance inside the band (negative outside) for a band.

Progress (needs a baseline ``b`` at year ``t0``, target ``v`` at year ``T``)
    ``progress = d (actual - b) / |v - b|`` with ``d`` the target's sense: positive
    when the actual is better than the baseline, also when the baseline already
    meets the target (UN ESCAP's current-status index, without its cap); None when
    ``b`` and ``v`` (almost) coincide. Expected progress at
    year ``t``: ``(t - t0) / (T - t0)`` on a linear path; on a compound path
    (constant annual rate, for rates: WHO's average annual rate of reduction)
    ``(b (v/b)^((t - t0)/(T - t0)) - b) / (v - b)``.

Status (see :class:`Status`), first rule that applies:
    1. no observation, or a yes/no target judged from a number it cannot judge:
       ``NO_DATA``;
    2. the target is met: ``ACHIEVED`` (also before the target year, as in the
       UN SDG progress chart);
    3. the observation is from the target year or later: ``MISSED``;
    4. no baseline, no target year, the observation not after the baseline
       year, or a yes/no target: ``NO_DATA`` (there is no path to judge progress by);
    5. worse than the baseline: ``REGRESSING``;
    6. progress at least :data:`ON_TRACK_THRESHOLD` (0.95) of the expected
       progress: ``ON_TRACK`` (the 0.95 bound of the UN SDG progress chart and
       of Open SDG); otherwise (a baseline equal to the target included)
       ``OFF_TRACK``.

>>> import yte_targets as yt
>>> imr = yt.Indicator(code="imr", name_vi="Tỷ suất tử vong trẻ em dưới 1 tuổi",
...                    name_en="Infant mortality rate", unit="per_1000_live_births",
...                    direction=yt.Direction.DECREASE)
>>> t = yt.Target(indicator=imr, comparator=yt.Comparator.LT, value=yt.Q_(10, "permille"),
...               year=2030, baseline=yt.Baseline(value=yt.Q_(14, "permille"), year=2020))
>>> r = t.evaluate(yt.Observation(indicator=imr, value=yt.Q_(9.99, "permille"), year=2030))
>>> r.met, round(r.gap.magnitude, 6), str(r.gap.units), round(r.progress, 4), r.status
(True, 0.01, 'per_1000_live_births', 1.0025, <Status.ACHIEVED: 'achieved'>)
>>> t.evaluate(yt.Observation(indicator=imr, value=yt.Q_(12.0, "permille"), year=2025)).status
<Status.ON_TRACK: 'on_track'>
>>> t.evaluate(yt.Observation(indicator=imr, value=yt.Q_(13.5, "permille"), year=2025)).status
<Status.OFF_TRACK: 'off_track'>
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

import attrs

from ..core.indicator import Direction
from ..core.target import Comparator, Observation, Target
from ..core.units import Quantity, magnitude_in, ureg
from ..core.validators import text_key
from ..errors import IndicatorMismatchError, InvalidValueError
from . import rules
from .methods import METHODS, MethodResult, escap, open_sdg
from .rules import ON_TRACK_THRESHOLD
from .status import Path, Status, to_path

__all__ = [
    "METHOD_STATUS",
    "ON_TRACK_THRESHOLD",
    "OPEN_SDG_BASE_YEAR",
    "OPEN_SDG_TARGET_YEAR",
    "Result",
    "SeriesResult",
    "aggregate",
    "check_subgroup",
    "evaluate",
    "evaluate_series",
    "expected_progress",
    "is_met",
    "method_limit",
    "method_points",
    "natural_limit",
    "on_track_threshold",
    "progress_ratio",
    "relative_base",
    "series_baseline",
]

_NAN: Final = math.nan


@attrs.frozen(kw_only=True)
class Result:
    """The evaluation of one observation against one target.

    ``gap`` is a Quantity in the indicator's unit (``gap_in_unit`` the float),
    positive when the actual is better than the target; ``progress`` is
    ``d (actual - baseline) / |target - baseline|`` (``d`` the target's sense);
    ``expected`` the progress expected by the observation's year on ``path``;
    ``reference`` the target value compared with (derived from the base year for a
    relative target).
    """

    target: Target
    observation: Observation | None
    status: Status
    met: bool | None = None
    gap_in_unit: float | None = None
    progress: float | None = None
    expected: float | None = None
    reference: float | None = None
    baseline: float | None = None
    baseline_year: int | None = None
    path: Path = Path.LINEAR

    @property
    def gap(self) -> Quantity | None:
        if self.gap_in_unit is None:
            return None
        return ureg.Quantity(self.gap_in_unit, self.target.indicator.unit)

    @property
    def actual(self) -> float | None:
        """The observed value in the indicator's unit."""
        if self.observation is None:
            return None
        return self.observation.value_for(self.target.indicator)


def is_met(target: Target, actual: float, reference: float | None = None) -> bool:
    """Whether ``actual`` (a float in the indicator's unit) meets ``target``.

    ``reference`` replaces the target's value (for a relative target).
    """
    value = target.value_in_unit if reference is None else reference
    if value is None:
        raise InvalidValueError(f"target {target} has no value to compare with")
    return bool(_rows(target, actual, value, observation_year=None).met)


def progress_ratio(
    actual: float, baseline: float, target: float, *, sense: int | None = None
) -> float | None:
    """Progress from ``baseline`` towards ``target``: ``d (actual - baseline) /
    |target - baseline|``, positive when the actual is better than the baseline; None
    when target and baseline (almost) coincide. ``d`` is ``sense`` (the target's:
    +1 met by high values, -1 by low ones), by default the sign of ``target -
    baseline``, which is right unless the baseline already meets the target.

    >>> progress_ratio(12.0, 14.0, 10.0)
    0.5
    >>> progress_ratio(21.0, 18.0, 20.0, sense=-1)   # worse than a baseline already below 20
    -1.5
    """
    span = target - baseline
    if abs(span) <= rules.SPAN_RTOL * max(abs(target), abs(baseline)):
        return None
    d = sense if sense else (1 if span > 0 else -1)
    return d * (actual - baseline) / abs(span)


def expected_progress(
    year: int,
    baseline_year: int,
    target_year: int,
    *,
    baseline: float,
    target: float,
    path: Path | str = Path.LINEAR,
) -> tuple[float, Path]:
    """Progress expected by ``year`` on the path from baseline to target, and the path used.

    A compound path needs a positive baseline and target; otherwise the linear
    path is used, and returned as the path used.

    >>> expected_progress(2025, 2020, 2030, baseline=14.0, target=10.0)
    (0.5, <Path.LINEAR: 'linear'>)
    >>> e, p = expected_progress(2025, 2020, 2030, baseline=14.0, target=10.0, path="compound")
    >>> round(e, 4), p
    (0.542, <Path.COMPOUND: 'compound'>)
    """
    chosen = to_path(path)
    if target_year <= baseline_year:
        raise InvalidValueError(
            f"target year {target_year} is not after the baseline year {baseline_year}"
        )
    share = min(max((year - baseline_year) / (target_year - baseline_year), 0.0), 1.0)
    if chosen is Path.COMPOUND and baseline > 0 and target > 0 and target != baseline:
        value = baseline * (target / baseline) ** share
        return (value - baseline) / (target - baseline), Path.COMPOUND
    return share, Path.LINEAR


def evaluate(
    target: Target,
    observation: Observation | None,
    *,
    base: Observation | None = None,
    path: Path | str = Path.LINEAR,
) -> Result:
    """Evaluate ``observation`` against ``target`` (see the module docstring for the rules).

    ``base`` is the observation of the base year of a relative target.
    """
    baseline: tuple[float, int | None] | None = None
    if target.baseline is not None and target.baseline_in_unit is not None:
        baseline = (target.baseline_in_unit, target.baseline.year)
    return _evaluate(target, observation, baseline, base, to_path(path))


def _none_if_nan(value: float) -> float | None:
    return None if value != value else float(value)


_COMPARATOR_CODES: Final = {
    Comparator(symbol): code for code, symbol in enumerate(rules.COMPARATORS)
}
_DIRECTION_CODES: Final = {Direction(name): code for code, name in enumerate(rules.DIRECTIONS)}
_STATUS_BY_CODE: Final = tuple(Status(value) for value in rules.STATUS_CODES)
_SCALAR: list[rules.Kernel] = []  # the scalar kernel, compiled on first use (not at import)


def _scalar_rows() -> rules.Kernel:
    if not _SCALAR:
        _SCALAR.append(rules.rows_kernel(rules.SCALAR))
    return _SCALAR[0]


def _rows(
    target: Target,
    actual: float | None,
    value: float | None,
    *,
    observation_year: int | None,
    baseline: tuple[float, int | None] | None = None,
    recorded: bool | None = None,
    path: Path = Path.LINEAR,
    on_track: float = ON_TRACK_THRESHOLD,
) -> rules.Rows:
    """The rules of :mod:`yte_targets.evaluate.rules` for one target (n = 1)."""
    comparator = target.comparator
    band = target.indicator.band
    return rules.Rows(
        *(_SCALAR[0] if _SCALAR else _scalar_rows())(
            _COMPARATOR_CODES[comparator] if comparator is not None else 6,
            _DIRECTION_CODES[target.indicator.direction],
            _NAN if value is None else value,
            _NAN if target.year is None else target.year,
            _NAN if actual is None else actual,
            _NAN if observation_year is None else observation_year,
            _NAN if baseline is None else baseline[0],
            _NAN if baseline is None or baseline[1] is None else baseline[1],
            target.tolerance_in_unit if target.tolerance is not None else _NAN,
            band.lower if band is not None else _NAN,
            band.upper if band is not None else _NAN,
            _NAN if recorded is None else float(recorded),
            path is Path.COMPOUND,
            on_track,
        )
    )


def _evaluate(
    target: Target,
    observation: Observation | None,
    baseline: tuple[float, int | None] | None,
    base: Observation | None,
    path: Path,
    on_track: float = ON_TRACK_THRESHOLD,
) -> Result:
    if observation is None:
        return Result(target=target, observation=None, status=Status.NO_DATA, path=path)
    actual = observation.value_for(target.indicator)
    check_subgroup(target, observation)
    recorded = observation.value if isinstance(observation.value, bool) else None
    if actual is None and not target.qualitative:
        raise InvalidValueError(
            f"a yes/no observation cannot be compared with the quantitative target {target}"
        )

    reference = target.value_in_unit
    if target.relative is not None:
        if base is None:
            return Result(target=target, observation=observation, status=Status.NO_DATA, path=path)
        if target.relative.base_year is not None and base.year != target.relative.base_year:
            raise InvalidValueError(
                f"the base observation is from {base.year}, the target is relative to "
                f"{target.relative.base_year}"
            )
        base_value = base.value_for(target.indicator)
        if base_value is None:
            raise InvalidValueError("a yes/no observation cannot be the base of a relative target")
        reference = target.relative.reference(base_value)
        baseline = (base_value, base.year)

    rows = _rows(
        target,
        actual,
        reference,
        observation_year=observation.year,
        baseline=None if target.qualitative else baseline,
        recorded=recorded,
        path=path,
        on_track=on_track,
    )
    status = _STATUS_BY_CODE[rows.status]
    if target.qualitative:
        return Result(
            target=target,
            observation=observation,
            status=status,
            met=bool(rows.met) if rows.met_known else None,
            gap_in_unit=_none_if_nan(rows.gap),
            path=path,
        )
    return Result(
        target=target,
        observation=observation,
        status=status,
        met=bool(rows.met),
        gap_in_unit=float(rows.gap),
        progress=_none_if_nan(rows.progress),
        expected=_none_if_nan(rows.expected),
        reference=reference,
        baseline=None if baseline is None else baseline[0],
        baseline_year=None if baseline is None else baseline[1],
        path=Path.COMPOUND if rows.compound else Path.LINEAR,
    )


def relative_base(target: Target, series: Sequence[Observation]) -> Observation | None:
    """The observation a relative target's change is measured from: the one of its base
    year; for a change stated without a base ("tăng thêm 1,5 cm"), the target's stated
    baseline (an observation of its year and value), else none: an old observation is no
    base the document meant, so without a baseline the target has no data."""
    assert target.relative is not None
    if target.relative.base_year is not None:
        return next((o for o in series if o.year == target.relative.base_year), None)
    baseline = target.baseline
    if baseline is None or baseline.year is None:
        return None
    return Observation(indicator=target.indicator, value=baseline.value, year=baseline.year)


def check_subgroup(target: Target, observation: Observation) -> None:
    """Raise :class:`~yte_targets.IndicatorMismatchError` when ``observation`` is of
    another subgroup than ``target``."""
    if (
        target.subgroup is not None
        and observation.subgroup is not None
        and text_key(target.subgroup) != text_key(observation.subgroup)
    ):
        raise IndicatorMismatchError(
            f"observation of subgroup {observation.subgroup!r} used for a target of subgroup "
            f"{target.subgroup!r}"
        )


# ---- series --------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class SeriesResult:
    """A target evaluated against a series of observations.

    ``result`` judges the latest observation (when the target states no
    baseline, or one without a year, the earliest observation serves as one). Trends come from the
    first and latest observations: ``trend_absolute`` in the indicator's unit
    per year, ``trend_compound`` as a fraction per year (the compound annual
    growth rate). ``required_*`` is the annual change needed from the latest
    observation to reach the target value in the target year; ``projected`` the
    value projected to the target year at the observed trend of ``path``;
    ``year_reached`` the first year the target is met at that trend (the
    latest observation's year if already met; None if never).

    ``method`` is the progress method used (:data:`~yte_targets.evaluate.methods.METHODS`),
    ``method_status`` its own category (``"substantial_progress"`` for Open SDG,
    ``"accelerate_progress"`` for ESCAP, a :class:`Status` value for ``linear``
    and ``compound``), ``score`` its number (Open SDG's ratio ``R``, ESCAP's
    anticipated progress ratio, the progress for ``linear``), and ``status`` the
    verdict on the library's own scale.
    """

    result: Result
    observations: tuple[Observation, ...]
    trend_absolute: float | None = None
    trend_compound: float | None = None
    required_absolute: float | None = None
    required_compound: float | None = None
    projected: float | None = None
    year_reached: int | None = None
    path: Path = Path.LINEAR
    method: str = "linear"
    method_status: str = ""
    score: float | None = None
    verdict: Status | None = None

    @property
    def status(self) -> Status:
        """The verdict of ``method`` on the library's scale (:class:`Status`)."""
        return self.result.status if self.verdict is None else self.verdict

    @property
    def annual_rate_of_reduction(self) -> float | None:
        """WHO's average annual rate of reduction, ``ln(x0/xt)/(t - t0)``, from the trend."""
        if self.trend_compound is None or self.trend_compound <= -1:
            return None
        return -math.log1p(self.trend_compound)


#: How the methods' own categories map onto :class:`Status`.
METHOD_STATUS: Final[dict[str, Status]] = {
    "target_achieved": Status.ACHIEVED,
    "substantial_progress": Status.ON_TRACK,
    "moderate_progress": Status.OFF_TRACK,
    "limited_progress": Status.OFF_TRACK,
    "deterioration": Status.REGRESSING,
    "not_available": Status.NO_DATA,
    "achieved": Status.ACHIEVED,
    "maintain_progress": Status.ON_TRACK,
    "accelerate_progress": Status.OFF_TRACK,
    "reverse_trend": Status.REGRESSING,
}
#: Open SDG's default base and target years, used when the target states none.
OPEN_SDG_BASE_YEAR: Final = 2015
OPEN_SDG_TARGET_YEAR: Final = 2030


def natural_limit(target: Target) -> float | None:
    """The value the indicator cannot pass in the direction of ``target``, in its unit:
    100% for a share that should rise, 0 for a share or rate that should fall; else None."""
    unit = str(target.indicator.unit)
    full = {"percent": 100.0, "permille": 1000.0}.get(unit)
    if target.sense > 0:
        return full
    if target.sense < 0 and (full is not None or unit.startswith("per_")):
        return 0.0
    return None


def evaluate_series(
    target: Target,
    observations: Iterable[Observation],
    *,
    method: str | None = None,
    path: Path | str | None = None,
    limit: float | Quantity | None = None,
    thresholds: Mapping[str, float] | None = None,
    base_year: int | None = None,
) -> SeriesResult:
    """Evaluate ``target`` against a series of observations of its indicator.

    Observations are put in year order; two of the same year are an error.
    For a relative target, the observation of the base year is the base.
    ``method`` is ``"linear"`` (default), ``"compound"`` (also given as
    ``path=``), ``"open_sdg"`` or ``"escap"`` (see
    :mod:`yte_targets.evaluate.methods`); ``limit``, ``thresholds`` and
    ``base_year`` are Open SDG's options (by default the indicator's natural
    bound, Open SDG's thresholds, and the target's baseline year or 2015).

    >>> import yte_targets as yt
    >>> beds = yt.Indicator(code="beds", name_vi="Số giường bệnh", unit="per_10000_people",
    ...                     direction="increase")
    >>> t = yt.Target(indicator=beds, comparator=">=", value=yt.Q_(30, "per_10000_people"),
    ...               year=2025)
    >>> series = [yt.Observation(indicator=beds, value=yt.Q_(v, "per_10000_people"), year=y)
    ...           for y, v in [(2018, 23.0), (2020, 25.0), (2022, 27.0)]]
    >>> s = t.evaluate_series(series)
    >>> s.status, s.trend_absolute, s.required_absolute, s.projected, s.year_reached
    (<Status.ON_TRACK: 'on_track'>, 1.0, 1.0, 30.0, 2025)
    >>> o = t.evaluate_series(series, method="open_sdg", base_year=2018)
    >>> o.method_status, round(o.score, 3), o.status
    ('substantial_progress', 1.057, <Status.ON_TRACK: 'on_track'>)
    """
    name = method if method is not None else (to_path(path).value if path is not None else "linear")
    if name not in METHODS:
        raise InvalidValueError(f"unknown method {name!r}; expected one of {', '.join(METHODS)}")
    if method is not None and path is not None and to_path(path).value != method:
        raise InvalidValueError(f"method={method!r} and path={path!r} disagree")
    chosen = Path.COMPOUND if name == "compound" else Path.LINEAR
    on_track = ON_TRACK_THRESHOLD
    if name in ("linear", "compound") and thresholds:
        on_track = on_track_threshold(thresholds)
    base = _own_path(target, observations, chosen, on_track)
    if name in ("linear", "compound"):
        return _linear(target, base)
    return _by_method(target, base, name, limit, thresholds, base_year)


def on_track_threshold(thresholds: Mapping[str, float]) -> float:
    """The ``on_track`` share of ``thresholds`` for the linear and compound methods (the
    only key they take; by default :data:`ON_TRACK_THRESHOLD`)."""
    unknown = set(thresholds) - {"on_track"}
    value = thresholds.get("on_track", ON_TRACK_THRESHOLD)
    if unknown or isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        raise InvalidValueError(
            f"thresholds of the linear and compound methods: {{'on_track': a number}}, "
            f"got {dict(thresholds)!r}"
        )
    return float(value)


def _own_path(
    target: Target,
    observations: Iterable[Observation],
    chosen: Path,
    on_track: float = ON_TRACK_THRESHOLD,
) -> SeriesResult:
    series = _sorted_series(target, observations)
    if not series:
        return SeriesResult(result=_evaluate(target, None, None, None, chosen), observations=())
    latest = series[-1]
    if target.relative is not None:
        base = relative_base(target, series)
        return SeriesResult(
            result=_evaluate(target, latest, None, base, chosen, on_track),
            observations=series,
            path=chosen,
        )
    numeric = [(o.year, o.value_for(target.indicator)) for o in series]
    points = [(year, value) for year, value in numeric if value is not None]

    result = _evaluate(target, latest, series_baseline(target, points), None, chosen, on_track)
    if target.qualitative or len(points) == 0:
        return SeriesResult(result=result, observations=series, path=chosen)

    trend_absolute = trend_compound = None
    if len(points) >= 2:
        (y0, v0), (y1, v1) = points[0], points[-1]
        trend_absolute = (v1 - v0) / (y1 - y0)
        if v0 > 0 and v1 > 0:
            trend_compound = (v1 / v0) ** (1.0 / (y1 - y0)) - 1.0
    year_n, value_n = points[-1]
    reference = target.value_in_unit
    required_absolute = required_compound = projected = None
    if target.year is not None and reference is not None and target.year > year_n:
        years_left = target.year - year_n
        required_absolute = (reference - value_n) / years_left
        if reference > 0 and value_n > 0:
            required_compound = (reference / value_n) ** (1.0 / years_left) - 1.0
        projected = _project(value_n, years_left, trend_absolute, trend_compound, chosen)
    return SeriesResult(
        result=result,
        observations=series,
        trend_absolute=trend_absolute,
        trend_compound=trend_compound,
        required_absolute=required_absolute,
        required_compound=required_compound,
        projected=projected,
        year_reached=_year_reached(target, year_n, value_n, trend_absolute, trend_compound, chosen),
        path=chosen,
    )


def _direction_only(target: Target) -> bool:
    return target.qualitative and target.sense != 0


def _linear(target: Target, own: SeriesResult) -> SeriesResult:
    """The library's own methods; a target stated as a direction only ("giảm tỷ lệ ...")
    is judged by the sign of its trend: better, on track; no change, off track; worse,
    regressing."""
    method = own.path.value
    if _direction_only(target) and own.result.status is Status.NO_DATA:
        points = _points(target, own.observations)
        if len(points) >= 2:
            (y0, v0), (y1, v1) = points[0], points[-1]
            change = target.sense * (v1 - v0) / (y1 - y0)
            verdict = (
                Status.ON_TRACK
                if change > 0
                else Status.OFF_TRACK
                if change == 0
                else (Status.REGRESSING)
            )
            return attrs.evolve(
                own, method=method, method_status=verdict.value, score=change, verdict=verdict
            )
    return attrs.evolve(
        own, method=method, method_status=own.result.status.value, score=own.result.progress
    )


def _points(target: Target, observations: Sequence[Observation]) -> list[tuple[int, float]]:
    numeric = [(o.year, o.value_for(target.indicator)) for o in observations]
    return [(year, value) for year, value in numeric if value is not None]


def method_points(
    target: Target, observations: Sequence[Observation], base_year: int | None = None
) -> tuple[int, float, int, float] | None:
    """The base and latest points Open SDG and ESCAP measure from: ``(base year, base,
    current year, current)``, or None without a point.

    The points are the observations and the target's stated baseline; the base is
    the point of ``base_year`` (by default the baseline's year, else Open SDG's 2015)
    or the first one after it, the current one the latest.
    """
    points = dict(_points(target, observations))
    if target.baseline is not None and target.baseline.year is not None:
        assert target.baseline_in_unit is not None
        points.setdefault(target.baseline.year, target.baseline_in_unit)
    if base_year is None:
        stated = target.baseline.year if target.baseline is not None else None
        base_year = stated if stated is not None else OPEN_SDG_BASE_YEAR
    candidates = sorted((y, v) for y, v in points.items() if y >= base_year)
    if not candidates:
        return None
    (y0, v0), (y1, v1) = candidates[0], candidates[-1]
    return y0, v0, y1, v1


def _by_method(
    target: Target,
    own: SeriesResult,
    name: str,
    limit: float | Quantity | None,
    thresholds: Mapping[str, float] | None,
    base_year: int | None,
) -> SeriesResult:
    value = own.result.reference if own.result.reference is not None else target.value_in_unit
    direction = target.sense
    found = method_points(target, own.observations, base_year)
    if direction == 0 or found is None or (name == "escap" and value is None):
        return _with(own, name, MethodResult("not_available", None), target)
    y0, v0, y1, v1 = found
    points: dict[str, Any] = {
        "base_year": y0,
        "base": v0,
        "current_year": y1,
        "current": v1,
        "target_year": target.year if target.year is not None else OPEN_SDG_TARGET_YEAR,
        "direction": direction,
    }
    if name == "open_sdg":
        verdict = open_sdg(
            **points,
            target=value,
            limit=method_limit(target, limit),
            thresholds=thresholds,
        )
    else:
        assert value is not None
        verdict = escap(**points, target=value)
    return _with(own, name, verdict, target)


def method_limit(target: Target, limit: float | Quantity | None) -> float | None:
    """Open SDG's limit for ``target``: ``limit`` in the indicator's unit, or by default its
    :func:`natural_limit` (``math.inf``: no limit)."""
    return natural_limit(target) if limit is None else _in_unit(target, limit)


def _in_unit(target: Target, limit: float | Quantity) -> float:
    if isinstance(limit, bool) or not isinstance(limit, int | float | Quantity):
        raise InvalidValueError(f"limit must be a number or a Quantity, got {limit!r}")
    if isinstance(limit, int | float):
        if math.isnan(limit):
            raise InvalidValueError("limit must not be NaN")
        return float(limit)
    return magnitude_in(limit, target.indicator.unit, accept_ratio=True)


def _with(own: SeriesResult, name: str, verdict: MethodResult, target: Target) -> SeriesResult:
    status = METHOD_STATUS[verdict.status]
    latest = verdict.current_year
    if (
        status is not Status.ACHIEVED
        and not target.qualitative
        and target.year is not None
        and latest is not None
        and latest >= target.year
    ):
        status = Status.MISSED
    return attrs.evolve(
        own, method=name, method_status=verdict.status, score=verdict.score, verdict=status
    )


def aggregate(results: Iterable[SeriesResult]) -> Status:
    """One status for an indicator with several series or subgroups: achieved only when
    every series with data is achieved (as Open SDG does); otherwise the worst status of
    the series with data; no data when none has any.

    >>> import yte_targets as yt
    >>> aggregate([])
    <Status.NO_DATA: 'no_data'>
    """
    judged = [r.status for r in results if r.status is not Status.NO_DATA]
    if not judged:
        return Status.NO_DATA
    return min(judged, key=lambda s: s.rank if s.rank is not None else 5)


def series_baseline(
    target: Target, points: Sequence[tuple[int, float]]
) -> tuple[float, int | None] | None:
    """The baseline a series is judged from: the stated one if it has a year; else the
    earliest of two or more observations (a dated start beats a yearless one: only a
    dated one can judge the pace); else the stated yearless one, or None."""
    baseline: tuple[float, int | None] | None = None
    if target.baseline is not None and target.baseline_in_unit is not None:
        baseline = (target.baseline_in_unit, target.baseline.year)
    if (baseline is None or baseline[1] is None) and len(points) >= 2:
        baseline = (points[0][1], points[0][0])
    return baseline


def _sorted_series(target: Target, observations: Iterable[Observation]) -> tuple[Observation, ...]:
    series = sorted(observations, key=lambda o: o.year)
    for previous, current in itertools.pairwise(series):
        if previous.year == current.year:
            raise InvalidValueError(
                f"two observations of {target.indicator.code!r} for {current.year}: "
                f"{previous.value!r} and {current.value!r}"
            )
    for observation in series:
        check_subgroup(target, observation)
    return tuple(series)


def _project(
    value: float,
    years: int,
    trend_absolute: float | None,
    trend_compound: float | None,
    path: Path,
) -> float | None:
    if path is Path.COMPOUND:
        return None if trend_compound is None else value * (1.0 + trend_compound) ** years
    return None if trend_absolute is None else value + trend_absolute * years


#: How far ahead ``year_reached`` looks before answering "never".
_HORIZON: Final = 200


def _year_reached(
    target: Target,
    year: int,
    value: float,
    trend_absolute: float | None,
    trend_compound: float | None,
    path: Path,
) -> int | None:
    reference = target.value_in_unit
    if reference is None:
        return None
    if is_met(target, value, reference):
        return year
    step = trend_compound if path is Path.COMPOUND else trend_absolute
    if step is None or target.sense == 0 or step * target.sense <= 0:
        return None  # not moving, or moving the wrong way: never at this trend
    # First guess from the continuous solution, then step to the first whole year that meets it.
    guess = 1.0
    if path is Path.COMPOUND:
        assert trend_compound is not None
        if reference > 0 and value > 0 and trend_compound > -1:
            guess = math.log(reference / value) / math.log1p(trend_compound)
    else:
        assert trend_absolute is not None
        guess = (reference - value) / trend_absolute
    years = max(1, math.floor(guess))
    while years <= _HORIZON:
        projected = _project(value, years, trend_absolute, trend_compound, path)
        if projected is not None and is_met(target, projected, reference):
            return year + years
        years += 1
    return None
