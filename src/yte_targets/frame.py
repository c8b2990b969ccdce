"""Vectorised evaluation: many targets and observations at once, with NumPy (extra ``[pandas]``).

:func:`evaluate_frame` takes one pandas DataFrame with one row per
(target, observation) pair and returns one DataFrame of results with the same
index. It follows the rules of :mod:`yte_targets.attainment` exactly (the tests
compare it with ``target.evaluate`` row by row) and keeps no state, so it runs
unchanged inside ``dask.dataframe.map_partitions`` or Spark's ``mapInPandas``.

Input columns (all values in the indicator's unit; NaN where there is none):

========================  ======================================================
``comparator``            ``<``, ``<=``, ``>``, ``>=``, ``=``, ``~``; empty for a
                          qualitative target
``direction``             ``increase``, ``decrease``, ``band``, ``eliminate``
``value``                 the target value (NaN: qualitative)
``year``                  the target year
``actual``                the observed value (NaN: no observation)
``actual_year``           the year of the observation
``baseline``              optional: the baseline value
``baseline_year``         optional: its year
``tolerance``             optional: an explicit tolerance of ``~``
``band_lower``            optional: the band of a band indicator
``band_upper``            optional
``recorded``              optional: a yes/no observation of a qualitative target
========================  ======================================================

Output columns: ``met`` (nullable boolean), ``gap``, ``progress``,
``expected`` (floats, NaN where the scalar result has None) and ``status``
(categorical of :class:`~yte_targets.Status` values).

>>> import pandas as pd, yte_targets as yt
>>> frame = pd.DataFrame({
...     "comparator": ["<", ">=", "="], "direction": ["decrease", "increase", "increase"],
...     "value": [10.0, 95.0, 30.0], "year": [2030, 2025, 2025],
...     "baseline": [14.0, 81.0, float("nan")], "baseline_year": [2020, 2017, float("nan")],
...     "actual": [9.99, 88.0, 31.0], "actual_year": [2030, 2021, 2024]})
>>> result = yt.evaluate_frame(frame)
>>> result["status"].tolist(), result["met"].tolist()
(['achieved', 'on_track', 'achieved'], [True, False, True])
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Final

import numpy as np
import numpy.typing as npt

from .attainment import ON_TRACK_THRESHOLD, Path, Status, _path, series_baseline
from .errors import InvalidValueError, MissingDependencyError
from .target import DEFAULT_APPROX_TOLERANCE, Observation, Target

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "INPUT_COLUMNS",
    "OUTPUT_COLUMNS",
    "evaluate_arrays",
    "evaluate_frame",
    "random_frame",
    "targets_frame",
]

Bools = npt.NDArray[np.bool_]
Floats = npt.NDArray[np.float64]

REQUIRED_COLUMNS: Final = ("comparator", "direction", "value", "year", "actual", "actual_year")
OPTIONAL_COLUMNS: Final = (
    "baseline",
    "baseline_year",
    "tolerance",
    "band_lower",
    "band_upper",
    "recorded",
)
INPUT_COLUMNS: Final = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
_FLOAT_COLUMNS: Final = (
    "value",
    "year",
    "actual",
    "actual_year",
    "baseline",
    "baseline_year",
    "tolerance",
    "band_lower",
    "band_upper",
)
#: Rows evaluated at a time.
BLOCK_ROWS: Final = 1 << 16
OUTPUT_COLUMNS: Final = ("met", "gap", "progress", "expected", "status")

# Codes: comparators 0..5 in this order, 6 for none; directions 0..3.
_COMPARATORS: Final = ("<", "<=", ">", ">=", "=", "~")
_DIRECTIONS: Final = ("increase", "decrease", "band", "eliminate")
_STATUSES: Final = tuple(s.value for s in Status)
_S: Final = {s: i for i, s in enumerate(Status)}
# sense[comparator, direction]
_SENSE: Final = np.array(
    [
        [-1, -1, -1, -1],  # <
        [-1, -1, -1, -1],  # <=
        [1, 1, 1, 1],  # >
        [1, 1, 1, 1],  # >=
        [1, -1, 0, -1],  # =
        [1, -1, 0, -1],  # ~
        [1, -1, 0, -1],  # none (qualitative)
    ],
    dtype=np.int8,
)


def progress_bar(steps: range, label: str) -> Iterable[int]:
    """``steps`` wrapped in a tqdm progress bar (on standard error)."""
    try:
        from tqdm.auto import tqdm
    except ImportError:
        raise MissingDependencyError(
            "progress=True needs tqdm: pip install 'yte_targets[pandas]'"
        ) from None
    bar: Iterable[int] = tqdm(steps, total=len(steps), desc=label, unit="block")
    return bar


def require_pandas() -> None:
    """Raise :class:`~yte_targets.MissingDependencyError`, naming the extra, without pandas."""
    try:
        import pandas  # noqa: F401
    except ImportError:
        raise MissingDependencyError(
            "this needs pandas: pip install 'yte_targets[pandas]'"
        ) from None


def _codes(values: Any, names: tuple[str, ...], column: str, *, allow_missing: bool) -> np.ndarray:
    """Small integer codes of a column of names (categorical or text); missing -> len(names)."""
    import pandas as pd

    series = values if isinstance(values, pd.Series) else pd.Series(values)
    if isinstance(series.dtype, pd.CategoricalDtype):
        categories = [str(c) for c in series.cat.categories]
        raw = series.cat.codes.to_numpy()
    else:
        raw, uniques = pd.factorize(series, use_na_sentinel=True)
        categories = [str(c) for c in uniques]
    if categories == list(names):  # our own order (as random_frame makes): no lookup needed
        codes = raw.astype(np.int8)
        codes[codes < 0] = len(names)
        if not allow_missing and (codes == len(names)).any():
            raise InvalidValueError(f"column {column!r} has missing values")
        return codes
    lookup = np.empty(len(categories) + 1, dtype=np.int8)
    aliases = {"≤": "<=", "≥": ">=", "≈": "~", "==": "="}
    for index, name in enumerate(categories):
        key = aliases.get(name.strip(), name.strip().lower() if column == "direction" else name)
        if key == "maintain" and column == "direction":
            key = "band"
        if key in names:
            lookup[index] = names.index(key)
        elif allow_missing and key in ("", "none", "nan", "None"):
            lookup[index] = len(names)
        else:
            raise InvalidValueError(
                f"column {column!r} has {name!r}; expected one of {', '.join(names)}"
            )
    lookup[-1] = len(names)
    codes = lookup[raw]  # raw == -1 (missing) takes the last entry
    if not allow_missing and (codes == len(names)).any():
        raise InvalidValueError(f"column {column!r} has missing values")
    return codes


def _floats(frame: Any, column: str) -> Floats | None:
    """The column as float64 (no copy when it is one already), or None when absent."""
    if column not in frame:
        return None
    try:
        return np.asarray(frame[column], dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise InvalidValueError(f"column {column!r} must hold numbers: {exc}") from None


def evaluate_frame(
    frame: pd.DataFrame, *, path: Path | str = Path.LINEAR, progress: bool = False
) -> pd.DataFrame:
    """Evaluate every row of ``frame`` (see the module documentation for the columns).

    ``progress=True`` shows a progress bar (tqdm) over the blocks of rows; by
    default the function is silent.
    """
    require_pandas()
    import pandas as pd

    missing = [c for c in REQUIRED_COLUMNS if c not in frame.columns]
    if missing:
        raise InvalidValueError(
            f"missing column{'s' if len(missing) > 1 else ''}: {', '.join(missing)}"
        )
    n = len(frame)
    comparator = _codes(frame["comparator"], _COMPARATORS, "comparator", allow_missing=True)
    direction = _codes(frame["direction"], _DIRECTIONS, "direction", allow_missing=False)
    columns = {name: _floats(frame, name) for name in _FLOAT_COLUMNS}
    record: tuple[Bools, Bools] | None = None
    if "recorded" in frame.columns:
        column = frame["recorded"].astype("boolean")
        record = (column.fillna(False).to_numpy(dtype=bool), column.isna().to_numpy())
    # Work in blocks: the temporaries of one block stay in cache, and memory stays at the
    # outputs plus one block's worth, whatever the number of rows.
    met = np.empty(n, dtype=bool)
    met_known = np.empty(n, dtype=bool)
    gap, ratio, expected = np.empty(n), np.empty(n), np.empty(n)
    status = np.empty(n, dtype=np.int8)
    missing_column = np.full(min(n, BLOCK_ROWS), np.nan)
    starts: Iterable[int] = range(0, n, BLOCK_ROWS)
    if progress:
        starts = progress_bar(range(0, n, BLOCK_ROWS), "evaluate")
    destinations: tuple[npt.NDArray[Any], ...] = (met, met_known, gap, ratio, expected, status)
    for start in starts:
        block = slice(start, min(start + BLOCK_ROWS, n))
        size = block.stop - block.start

        def part(name: str, block: slice = block, size: int = size) -> Floats:
            array = columns[name]
            return missing_column[:size] if array is None else array[block]

        outputs = evaluate_arrays(
            comparator=comparator[block],
            direction=direction[block],
            value=part("value"),
            year=part("year"),
            actual=part("actual"),
            actual_year=part("actual_year"),
            baseline=part("baseline"),
            baseline_year=part("baseline_year"),
            tolerance=part("tolerance"),
            band_lower=part("band_lower"),
            band_upper=part("band_upper"),
            recorded=None if record is None else (record[0][block], record[1][block]),
            path=path,
        )
        for destination, output in zip(destinations, outputs, strict=True):
            destination[block] = output
    np.logical_not(met_known, out=met_known)  # now the mask of unknown values
    return pd.DataFrame(
        {
            "met": pd.arrays.BooleanArray(met, met_known),
            "gap": gap,
            "progress": ratio,
            "expected": expected,
            "status": pd.Categorical.from_codes(status, categories=pd.Index(list(_STATUSES))),
        },
        index=frame.index,
        copy=False,
    )


def judge(
    actual: npt.NDArray[np.float64],
    *,
    value: npt.NDArray[np.float64],
    tol: npt.NDArray[np.float64],
    tolerance: npt.NDArray[np.float64],
    two_sided_tolerance: npt.NDArray[np.bool_],
    band_lower: npt.NDArray[np.float64],
    band_upper: npt.NDArray[np.float64],
    sense: npt.NDArray[np.int8],
    strict: npt.NDArray[np.bool_],
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.bool_]]:
    """The two-sided margin and whether ``actual`` meets each target (arrays broadcast:
    ``actual`` may be paths x targets with the rest per target).

    The comparisons are those of :func:`yte_targets.attainment.is_met`, operation for
    operation, so that the vectorised and scalar results are identical.
    """
    # two-sided: an explicit tolerance around the value, else the band, else the
    # tolerance of "~" around the value
    margin = np.where(
        two_sided_tolerance,
        tolerance - np.abs(actual - value),
        np.where(
            np.isnan(band_lower),
            tol - np.abs(actual - value),
            np.minimum(actual - band_lower, band_upper - actual),
        ),
    )
    met = np.where(
        sense > 0,
        np.where(strict, actual > value, actual >= value - tol),
        np.where(sense < 0, np.where(strict, actual < value, actual <= value + tol), margin >= 0),
    )
    return margin, met


def evaluate_arrays(
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
    recorded: tuple[Bools, Bools] | None = None,
    path: Path | str = Path.LINEAR,
) -> tuple[Bools, Bools, Floats, Floats, Floats, npt.NDArray[np.int8]]:
    """The NumPy core of :func:`evaluate_frame`, on coded arrays.

    ``comparator`` holds codes 0-5 for ``< <= > >= = ~`` and 6 for none,
    ``direction`` 0-3 for increase, decrease, band, eliminate. Returns
    ``met``, ``met_known`` (False where met is unknown), ``gap``, ``progress``,
    ``expected`` and ``status`` (codes in :class:`~yte_targets.Status` order).

    Most rows (a value, a direction up or down, no explicit tolerance) take a
    short path of a few array operations, each of them equal, bit for bit, to
    the scalar comparison it replaces: ``a >= v`` is ``a - v >= 0`` in IEEE
    arithmetic, and a sign is exact. The other rows go through every rule.
    """
    chosen = _path(path)
    # Lookups by code cost more than comparisons of small integers: build the rules
    # from comparisons. sense: < <= give -1, > >= give +1, = ~ and none the direction's.
    i8 = np.int8
    below = comparator < 2
    above = (comparator >= 2) & (comparator < 4)
    by_direction = comparator >= 4
    direction_sign = (direction == 0).view(i8) - ((direction == 1) | (direction == 3)).view(i8)
    sense_code = above.view(i8) - below.view(i8) + by_direction.view(i8) * direction_sign
    sense = sense_code.astype(np.float64)
    nonstrict = (comparator != 0) & (comparator != 2)
    # the threshold: the value, minus or plus the 1% tolerance of "~"
    threshold = np.abs(value)
    threshold *= (comparator == 5).astype(np.float64) * DEFAULT_APPROX_TOLERANCE
    threshold *= sense
    np.subtract(value, threshold, out=threshold)
    side = actual - threshold
    side *= sense
    met = side > 0
    met |= nonstrict & (side == 0)
    gap = actual - value
    gap *= sense
    has_actual = actual == actual
    with np.errstate(divide="ignore", invalid="ignore"):
        progress = actual - baseline
        progress /= value - baseline
    progress *= _one_or_nan(value != baseline)

    deadline = actual_year >= year
    not_met = has_actual & ~met
    judged = not_met & ~deadline
    judged &= actual_year > baseline_year
    judged &= year == year
    judged &= baseline == baseline
    ahead = progress >= 0
    pace = judged & ahead
    with np.errstate(divide="ignore", invalid="ignore"):
        share = actual_year - baseline_year
        share /= year - baseline_year
    np.clip(share, 0.0, 1.0, out=share)
    if chosen is Path.COMPOUND:
        _compound(share, pace, baseline, value)
    on_track = progress >= ON_TRACK_THRESHOLD * share
    on_track &= pace
    # status codes by arithmetic on disjoint masks (NO_DATA is 5, ACHIEVED 0, ...)
    status = np.full(len(actual), _S[Status.NO_DATA], dtype=i8)
    status -= pace.view(i8) * i8(_S[Status.NO_DATA] - _S[Status.OFF_TRACK])
    status -= on_track.view(i8) * i8(_S[Status.OFF_TRACK] - _S[Status.ON_TRACK])
    status -= (judged & ~ahead).view(i8) * i8(_S[Status.NO_DATA] - _S[Status.REGRESSING])
    status -= (not_met & deadline).view(i8) * i8(_S[Status.NO_DATA] - _S[Status.MISSED])
    status -= met.view(i8) * i8(_S[Status.NO_DATA] - _S[Status.ACHIEVED])
    expected = share * _one_or_nan(pace)
    met_known = has_actual

    special = sense_code == 0
    special |= value != value
    special |= tolerance == tolerance
    if recorded is not None:
        special |= ~recorded[1]
    rows = np.flatnonzero(special)
    if rows.size:
        outputs = _evaluate_general(
            comparator=comparator[rows],
            direction=direction[rows],
            value=value[rows],
            year=year[rows],
            actual=actual[rows],
            actual_year=actual_year[rows],
            baseline=baseline[rows],
            baseline_year=baseline_year[rows],
            tolerance=tolerance[rows],
            band_lower=band_lower[rows],
            band_upper=band_upper[rows],
            recorded=None if recorded is None else (recorded[0][rows], recorded[1][rows]),
            path=chosen,
        )
        for destination, output in zip(
            (met, met_known, gap, progress, expected, status), outputs, strict=True
        ):
            destination[rows] = output
    return met, met_known, gap, progress, expected, status


def _one_or_nan(mask: Bools) -> Floats:
    """1.0 where ``mask``, NaN elsewhere: multiplying by it blanks the other rows, exactly
    (x * 1.0 is x), and faster than a masked copy."""
    ones = mask.astype(np.float64)
    with np.errstate(invalid="ignore"):
        ones /= ones
    return ones


def _compound(share: Floats, pace: Bools, baseline: Floats, value: Floats) -> None:
    """Replace, in place, the linear expected progress by the compound one where it applies.

    Python's float power is used, as in the scalar path: NumPy's vectorised power may
    differ in the last bit, and a status must not depend on it.
    """
    rows = np.flatnonzero(pace & (baseline > 0) & (value > 0) & (value != baseline))
    if not rows.size:
        return
    b, v, s = baseline[rows], value[rows], share[rows]
    grown = np.array([x**y for x, y in zip((v / b).tolist(), s.tolist(), strict=True)])
    share[rows] = (b * grown - b) / (v - b)


def _evaluate_general(
    *,
    comparator: np.ndarray,
    direction: np.ndarray,
    value: np.ndarray,
    year: np.ndarray,
    actual: np.ndarray,
    actual_year: np.ndarray,
    baseline: np.ndarray,
    baseline_year: np.ndarray,
    tolerance: np.ndarray,
    band_lower: np.ndarray,
    band_upper: np.ndarray,
    recorded: tuple[np.ndarray, np.ndarray] | None = None,
    path: Path | str = Path.LINEAR,
) -> tuple[Bools, Bools, Floats, Floats, Floats, npt.NDArray[np.int8]]:
    """Every rule, for every kind of row (qualitative, band, explicit tolerance, yes/no)."""
    chosen = _path(path)
    sense = _SENSE[comparator, direction]
    has_actual = ~np.isnan(actual)
    qualitative = np.isnan(value)
    strict = (comparator == 0) | (comparator == 2)
    explicit_tolerance = ~np.isnan(tolerance)
    tol = np.where(explicit_tolerance, tolerance, 0.0)
    approx = (comparator == 5) & ~explicit_tolerance
    np.putmask(tol, approx, np.abs(value) * DEFAULT_APPROX_TOLERANCE)

    margin, met = judge(
        actual,
        value=value,
        tol=tol,
        tolerance=tolerance,
        two_sided_tolerance=explicit_tolerance & ~qualitative,
        band_lower=band_lower,
        band_upper=band_upper,
        sense=sense,
        strict=strict,
    )
    up, down = sense > 0, sense < 0
    gap = np.where(up, actual - value, np.where(down, value - actual, margin))

    # qualitative targets: a yes/no record, else elimination (met at 0) or a band
    eliminate = direction == 3
    band_direction = direction == 2
    qualitative_known = eliminate | band_direction
    if recorded is not None:
        record, record_missing = recorded
        record_known = ~record_missing
        qual_met = np.where(record_known, record, np.where(eliminate, actual <= 0, margin >= 0))
        qualitative_known = record_known | ((eliminate | band_direction) & has_actual)
        qual_gap = np.where(
            record_known,
            np.nan,
            np.where(eliminate, -actual, np.where(band_direction, margin, np.nan)),
        )
    else:
        qual_met = np.where(eliminate, actual <= 0, margin >= 0)
        qualitative_known = qualitative_known & has_actual
        qual_gap = np.where(eliminate, -actual, np.where(band_direction, margin, np.nan))
    met = np.where(qualitative, qual_met, met)
    gap = np.where(qualitative, qual_gap, gap)
    met_known = np.where(qualitative, qualitative_known, has_actual)
    met &= met_known
    gap[~has_actual & ~qualitative] = np.nan

    # progress (quantitative targets with a baseline different from the target)
    with np.errstate(divide="ignore", invalid="ignore"):
        progress = (actual - baseline) / (value - baseline)
    progress[(value == baseline) | qualitative] = np.nan

    # status
    n = len(actual)
    status: npt.NDArray[np.int8] = np.full(n, _S[Status.NO_DATA], dtype=np.int8)
    deadline_passed = ~np.isnan(year) & (actual_year >= year)
    can_judge = (
        ~qualitative
        & has_actual
        & ~met
        & ~deadline_passed
        & ~np.isnan(baseline)
        & ~np.isnan(baseline_year)
        & ~np.isnan(year)
        & (actual_year > baseline_year)
    )
    regressing = can_judge & (np.isnan(progress) | (progress < 0))
    pace = can_judge & ~regressing
    expected = np.full(n, np.nan)
    if pace.any():
        idx = np.flatnonzero(pace)
        share = np.clip(
            (actual_year[idx] - baseline_year[idx]) / (year[idx] - baseline_year[idx]), 0.0, 1.0
        )
        e = share
        if chosen is Path.COMPOUND:
            _compound(e, np.ones(len(idx), dtype=bool), baseline[idx], value[idx])
        expected[idx] = e
        on_track = progress[idx] >= ON_TRACK_THRESHOLD * e
        status[idx] = np.where(on_track, _S[Status.ON_TRACK], _S[Status.OFF_TRACK])
    status[regressing] = _S[Status.REGRESSING]
    status[met_known & ~met & deadline_passed] = _S[Status.MISSED]
    status[met] = _S[Status.ACHIEVED]
    return met, met_known, gap, progress, expected, status


# ---- frames from plans -----------------------------------------------------------------------


def targets_frame(
    targets: Iterable[Target],
    observations: Iterable[Observation],
    year: int | None = None,
) -> pd.DataFrame:
    """One row per target, with its latest observation (up to ``year``), ready for
    :func:`evaluate_frame`; also the columns ``indicator``, ``subgroup``,
    ``target_year`` and ``unit`` to tell the rows apart.

    The baseline is chosen as :meth:`Plan.evaluate` chooses it (the stated one if
    dated, else the earliest observation); a relative target gets its reference
    value and base from the base-year observation.
    """
    import pandas as pd

    from .attainment import _subgroup_key

    series: dict[tuple[str, str | None], list[Observation]] = {}
    for observation in observations:
        if year is not None and observation.year > year:
            continue
        key = (observation.indicator.code, _subgroup_key(observation.subgroup))
        series.setdefault(key, []).append(observation)
    rows: list[dict[str, Any]] = []
    for target in targets:
        found = sorted(
            series.get((target.indicator.code, _subgroup_key(target.subgroup)), []),
            key=lambda o: o.year,
        )
        rows.append(_row(target, found))
    columns = ["indicator", "subgroup", "target_year", "unit", *INPUT_COLUMNS]
    frame = pd.DataFrame(rows, columns=columns)
    frame["target_year"] = frame["target_year"].astype("Int64")
    return frame


def _row(target: Target, series: list[Observation]) -> dict[str, Any]:
    indicator = target.indicator
    nan = float("nan")
    latest = series[-1] if series else None
    value = target.value_in_unit
    baseline: tuple[float, int | None] | None = None
    if target.relative is not None:
        base = next((o for o in series if o.year == target.relative.base_year), None)
        base_value = base.value_for(indicator) if base is not None else None
        if base_value is None:
            latest = None  # no base: no data, as the scalar path says
        else:
            value = target.relative.reference(base_value)
            baseline = (base_value, target.relative.base_year)
    else:
        points = [(o.year, o.value_for(indicator)) for o in series]
        baseline = series_baseline(target, [(y, v) for y, v in points if v is not None])
    actual = latest.value_for(indicator) if latest is not None else None
    recorded = latest.value if latest is not None and isinstance(latest.value, bool) else None
    band = indicator.band
    return {
        "indicator": indicator.code,
        "subgroup": target.subgroup,
        "target_year": target.year,
        "unit": str(indicator.unit),
        "comparator": target.comparator.symbol if target.comparator else None,
        "direction": indicator.direction.value,
        "value": nan if value is None else value,
        "year": nan if target.year is None else target.year,
        "actual": nan if actual is None else actual,
        "actual_year": nan if latest is None else latest.year,
        "baseline": nan if baseline is None else baseline[0],
        "baseline_year": nan if baseline is None or baseline[1] is None else baseline[1],
        "tolerance": target.tolerance_in_unit if target.tolerance is not None else nan,
        "band_lower": band.lower if band is not None else nan,
        "band_upper": band.upper if band is not None else nan,
        "recorded": recorded,
    }


def random_frame(n: int, *, seed: int = 0) -> pd.DataFrame:
    """A frame of ``n`` made-up target-observation rows for :func:`evaluate_frame`: mixed
    directions and comparators, baselines, some qualitative rows and missing actuals.

    Meant for benchmarks, examples and trying things out; the numbers mean nothing.
    """
    require_pandas()
    import pandas as pd

    rng = np.random.default_rng(seed)
    direction = rng.choice(
        np.array(["increase", "decrease", "eliminate"]), size=n, p=[0.45, 0.45, 0.1]
    )
    comparator = rng.choice(np.array(_COMPARATORS), size=n)
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
            "comparator": pd.Categorical(comparator, categories=list(_COMPARATORS)),
            "direction": pd.Categorical(direction, categories=list(_DIRECTIONS)),
            "value": value,
            "year": year,
            "actual": actual,
            "actual_year": actual_year,
            "baseline": baseline,
            "baseline_year": baseline_year,
        }
    )
