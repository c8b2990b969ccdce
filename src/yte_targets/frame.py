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

__all__ = ["INPUT_COLUMNS", "OUTPUT_COLUMNS", "evaluate_arrays", "evaluate_frame", "targets_frame"]

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


def _floats(frame: Any, column: str, n: int) -> np.ndarray:
    if column not in frame:
        return np.full(n, np.nan)
    try:
        return np.asarray(frame[column], dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise InvalidValueError(f"column {column!r} must hold numbers: {exc}") from None


def evaluate_frame(frame: pd.DataFrame, *, path: Path | str = Path.LINEAR) -> pd.DataFrame:
    """Evaluate every row of ``frame`` (see the module documentation for the columns)."""
    require_pandas()
    import pandas as pd

    missing = [c for c in REQUIRED_COLUMNS if c not in frame.columns]
    if missing:
        raise InvalidValueError(
            f"missing column{'s' if len(missing) > 1 else ''}: {', '.join(missing)}"
        )
    n = len(frame)
    recorded = None
    if "recorded" in frame.columns:
        column = frame["recorded"].astype("boolean")
        recorded = (column.fillna(False).to_numpy(dtype=bool), column.isna().to_numpy())
    met, met_known, gap, progress, expected, status = evaluate_arrays(
        comparator=_codes(frame["comparator"], _COMPARATORS, "comparator", allow_missing=True),
        direction=_codes(frame["direction"], _DIRECTIONS, "direction", allow_missing=False),
        value=_floats(frame, "value", n),
        year=_floats(frame, "year", n),
        actual=_floats(frame, "actual", n),
        actual_year=_floats(frame, "actual_year", n),
        baseline=_floats(frame, "baseline", n),
        baseline_year=_floats(frame, "baseline_year", n),
        tolerance=_floats(frame, "tolerance", n),
        band_lower=_floats(frame, "band_lower", n),
        band_upper=_floats(frame, "band_upper", n),
        recorded=recorded,
        path=path,
    )
    return pd.DataFrame(
        {
            "met": pd.arrays.BooleanArray(met, ~met_known),
            "gap": gap,
            "progress": progress,
            "expected": expected,
            "status": pd.Categorical.from_codes(status, categories=pd.Index(list(_STATUSES))),
        },
        index=frame.index,
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
    """The NumPy core of :func:`evaluate_frame`, on coded arrays.

    ``comparator`` holds codes 0-5 for ``< <= > >= = ~`` and 6 for none,
    ``direction`` 0-3 for increase, decrease, band, eliminate. Returns
    ``met``, ``met_known`` (False where met is unknown), ``gap``, ``progress``,
    ``expected`` and ``status`` (codes in :class:`~yte_targets.Status` order).
    """
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
            b, v = baseline[idx], value[idx]
            compound = (b > 0) & (v > 0) & (v != b)
            e = share.copy()
            if compound.any():
                # Python's float power, as the scalar path uses: NumPy's vectorised
                # power may differ in the last bit, and a status must not depend on it.
                bc, vc, sc = b[compound], v[compound], share[compound]
                grown = np.array(
                    [x**y for x, y in zip((vc / bc).tolist(), sc.tolist(), strict=True)]
                )
                e[compound] = (bc * grown - bc) / (vc - bc)
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
    return pd.DataFrame(rows, columns=columns)


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
