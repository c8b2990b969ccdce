"""Vectorised evaluation: many targets and observations at once, with NumPy (extra ``[pandas]``).

:func:`evaluate_frame` takes one pandas DataFrame with one row per
(target, observation) pair and returns one DataFrame of results with the same
index. It runs the one copy of the rules, :mod:`yte_targets.evaluate.rules`, on
NumPy arrays (``target.evaluate`` runs the same code on floats) and keeps no state, so it runs
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

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final

import numpy as np
import numpy.typing as npt

from ..core.plan import Plan
from ..core.target import Observation, Target
from ..core.units import natural_bounds
from ..core.validators import MAX_YEAR, MIN_YEAR
from ..errors import InvalidValueError, MissingDependencyError, UnknownUnitError
from ..evaluate import fast, rules
from ..evaluate import methods as progress_methods
from ..evaluate.attainment import (
    METHOD_STATUS,
    OPEN_SDG_TARGET_YEAR,
    method_limit,
    method_points,
    on_track_threshold,
    relative_base,
    series_baseline,
)
from ..evaluate.report import subgroup_key
from ..evaluate.status import Path, Status, to_path
from ..optional import progress_bar, require

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "ENGINES",
    "INPUT_COLUMNS",
    "METHOD_COLUMNS",
    "METHOD_OUTPUT_COLUMNS",
    "OUTPUT_COLUMNS",
    "codes",
    "evaluate_frame",
    "evaluate_plan_frame",
    "float_column",
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
#: Rows evaluated at a time: the temporaries of a block stay in the processor's cache.
BLOCK_ROWS: Final = 1 << 16
OUTPUT_COLUMNS: Final = ("met", "gap", "progress", "expected", "status")
#: Inputs of the ``open_sdg`` and ``escap`` methods (``base``/``current`` default to the
#: baseline and actual columns; ``limit``: NaN for none).
METHOD_COLUMNS: Final = ("base", "base_year", "current", "current_year", "limit")
#: Outputs of the ``open_sdg`` and ``escap`` methods.
METHOD_OUTPUT_COLUMNS: Final = ("met", "gap", "status", "method_status", "score")


def codes(values: Any, names: tuple[str, ...], column: str, *, allow_missing: bool) -> np.ndarray:
    """Small integer codes of a column of names (categorical or text), in the order of
    ``names``; a missing value is ``len(names)``. Unknown names raise an error naming them."""
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


def float_column(frame: Any, column: str) -> Floats | None:
    """The column as float64 (no copy when it is one already), or None when absent."""
    if column not in frame:
        return None
    try:
        return np.asarray(frame[column], dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise InvalidValueError(f"column {column!r} must hold numbers: {exc}") from None


#: The engines :func:`evaluate_frame` can run the rules with.
ENGINES: Final = ("auto", "numba", "numpy")


_YEAR_COLUMNS: Final = ("year", "actual_year", "baseline_year")
_VALUE_COLUMNS: Final = ("value", "actual", "baseline")


def check_columns(frame: pd.DataFrame, columns: Mapping[str, Floats | None]) -> None:
    """Refuse what the objects refuse: infinite values, years that are not whole years in
    the model's range, and (with a ``unit`` column) values outside the unit's natural
    bounds; the message names the column and the first bad row."""

    def fail(name: str, bad: Bools, what: str) -> None:
        row = frame.index[int(np.flatnonzero(bad)[0])]
        raise InvalidValueError(f"column {name!r} at row {row!r}: {what}")

    with np.errstate(invalid="ignore"):
        for name, array in columns.items():
            if array is None:
                continue
            if name in _YEAR_COLUMNS:
                # NaN compares false: a missing year passes; one cheap pass per rule, and
                # the mask of bad rows only when there is one
                if (
                    (array < MIN_YEAR).any()
                    or (array > MAX_YEAR).any()
                    or (np.floor(array) < array).any()  # a fraction of a year
                ):
                    known = ~np.isnan(array)
                    bad = known & (
                        (array != np.floor(array)) | (array < MIN_YEAR) | (array > MAX_YEAR)
                    )
                    fail(name, bad, f"expected a whole year between {MIN_YEAR} and {MAX_YEAR}")
            elif np.isinf(array).any():
                fail(name, np.isinf(array), "expected a finite number (NaN where there is none)")
    if "unit" not in frame.columns:
        return
    units = frame["unit"].astype(str).to_numpy()
    held = (
        frame["bounded"].astype(bool).to_numpy()
        if "bounded" in frame.columns
        else np.ones(len(frame), dtype=bool)
    )
    for unit in np.unique(units):
        try:
            lower, upper, whole = natural_bounds(str(unit))
        except UnknownUnitError:
            continue  # a unit this library does not know: no bounds to check
        for name in _VALUE_COLUMNS:
            rows = units == unit
            if name != "value":  # measured values: only where the indicator holds them
                rows &= held
            array = columns.get(name)
            if array is None:
                continue
            with np.errstate(invalid="ignore"):
                bad = np.zeros(len(array), dtype=bool)
                if lower is not None:
                    bad |= array < lower
                if upper is not None:
                    bad |= array > upper
                if whole:
                    bad |= np.isfinite(array) & (array != np.floor(array))
            bad &= rows
            if bad.any():
                fail(name, bad, f"outside the natural range of a value in {unit}")


def evaluate_frame(
    frame: pd.DataFrame,
    *,
    path: Path | str = Path.LINEAR,
    progress: bool = False,
    engine: str = "auto",
    method: str | None = None,
    thresholds: Mapping[str, float] | None = None,
) -> pd.DataFrame:
    """Evaluate every row of ``frame`` (see the module documentation for the columns).

    ``method`` is one of ``evaluate_series``'s: ``"linear"`` (default) and
    ``"compound"`` (also as ``path``) give the columns :data:`OUTPUT_COLUMNS`;
    ``"open_sdg"`` and ``"escap"`` give :data:`METHOD_OUTPUT_COLUMNS` from the
    columns :data:`METHOD_COLUMNS` (as :func:`targets_frame` writes them), with
    the same results as ``target.evaluate_series(..., method=...)``; they run
    on the NumPy engine.

    ``engine`` chooses how the rules run: ``"numpy"``, a few dozen NumPy
    operations over blocks of rows; ``"numba"``, the same rules compiled into
    one pass (extra ``[fast]``); ``"auto"`` (default), Numba when it is
    installed. Both give the same results, bit for bit. ``progress=True`` shows
    a progress bar (tqdm) over the blocks of rows of the NumPy engine; by
    default the function is silent.
    """
    require("pandas", "pandas")
    if method is not None and method not in ("linear", "compound"):
        if method not in progress_methods.METHODS:
            raise InvalidValueError(
                f"unknown method {method!r}; expected one of {', '.join(progress_methods.METHODS)}"
            )
        return _by_method(frame, method, thresholds)
    if method is not None:
        path = method
    on_track = on_track_threshold(thresholds) if thresholds else rules.ON_TRACK_THRESHOLD
    if engine not in ENGINES:
        raise InvalidValueError(f"engine must be one of {', '.join(ENGINES)}, got {engine!r}")
    if engine == "numba" and not fast.available():
        raise MissingDependencyError("engine='numba' needs numba: pip install 'yte_targets[fast]'")
    use_numba = engine == "numba" or (engine == "auto" and fast.available() and not progress)
    import pandas as pd

    chosen = to_path(path)
    missing = [c for c in REQUIRED_COLUMNS if c not in frame.columns]
    if missing:
        raise InvalidValueError(
            f"missing column{'s' if len(missing) > 1 else ''}: {', '.join(missing)}"
        )
    n = len(frame)
    comparator = codes(frame["comparator"], rules.COMPARATORS, "comparator", allow_missing=True)
    direction = codes(frame["direction"], rules.DIRECTIONS, "direction", allow_missing=False)
    columns = {name: float_column(frame, name) for name in _FLOAT_COLUMNS}
    check_columns(frame, columns)
    recorded: Floats | None = None
    if "recorded" in frame.columns:
        column = frame["recorded"].astype("boolean")
        recorded = np.asarray(
            column.astype("Float64").to_numpy(dtype=np.float64, na_value=np.nan), dtype=np.float64
        )
    # Work in blocks: the temporaries of one block stay in cache, and memory stays at the
    # outputs plus one block's worth, whatever the number of rows.
    met = np.empty(n, dtype=bool)
    met_known = np.empty(n, dtype=bool)
    gap, ratio, expected = np.empty(n), np.empty(n), np.empty(n)
    status = np.empty(n, dtype=np.int8)
    absent = np.full(n if use_numba else min(n, BLOCK_ROWS), np.nan)

    def inputs(rows: slice) -> dict[str, Any]:
        """The rules' inputs for ``rows`` (contiguous: the whole frame or one block)."""
        size = len(range(*rows.indices(n)))

        def take(array: Floats | None) -> Floats:
            return absent[:size] if array is None else np.ascontiguousarray(array[rows])

        found = {name: take(columns[name]) for name in _FLOAT_COLUMNS}
        return {
            "comparator": comparator[rows],
            "direction": direction[rows],
            **found,
            "recorded": take(recorded),
        }

    if use_numba:
        fast.rows(
            **inputs(slice(0, n)),
            compound=chosen is Path.COMPOUND,
            on_track=on_track,
            out=(met, met_known, gap, ratio, expected, status),
        )
    starts: Iterable[int] = () if use_numba else range(0, n, BLOCK_ROWS)
    if progress and not use_numba:
        starts = progress_bar(range(0, n, BLOCK_ROWS), "evaluate")
    for start in starts:
        block = slice(start, min(start + BLOCK_ROWS, n))
        out = rules.evaluate_rows(
            rules.ARRAYS, **inputs(block), compound=chosen is Path.COMPOUND, on_track=on_track
        )
        met[block], met_known[block] = out.met, out.met_known
        gap[block], ratio[block], expected[block] = out.gap, out.progress, out.expected
        status[block] = out.status
    np.logical_not(met_known, out=met_known)  # now the mask of unknown values
    return pd.DataFrame(
        {
            "met": pd.arrays.BooleanArray(met, met_known),
            "gap": gap,
            "progress": ratio,
            "expected": expected,
            "status": pd.Categorical.from_codes(
                status, categories=pd.Index(list(rules.STATUS_CODES))
            ),
        },
        index=frame.index,
        copy=False,
    )


# ---- frames from plans -----------------------------------------------------------------------


def _by_method(
    frame: pd.DataFrame, method: str, thresholds: Mapping[str, float] | None
) -> pd.DataFrame:
    import pandas as pd

    linear = evaluate_frame(frame, engine="numpy")
    comparator = codes(frame["comparator"], rules.COMPARATORS, "comparator", allow_missing=True)
    direction = rules.sense_of(
        comparator, codes(frame["direction"], rules.DIRECTIONS, "direction", allow_missing=False)
    )

    def column(name: str, fallback: str) -> Floats:
        found = float_column(frame, name)
        if found is None:
            found = float_column(frame, fallback)
        return np.full(len(frame), np.nan) if found is None else found

    base, base_year = column("base", "baseline"), column("base_year", "baseline_year")
    current, current_year = column("current", "actual"), column("current_year", "actual_year")
    value = column("value", "value")
    year = column("year", "year")
    target_year = np.where(np.isnan(year), OPEN_SDG_TARGET_YEAR, year)
    open_rows, escap_rows = progress_methods.build(rules.ARRAYS)
    points = (base_year, base, current_year, current, value, target_year, direction)
    with np.errstate(all="ignore"):
        if method == "open_sdg":
            has_target = ~np.isnan(value)
            with_target = progress_methods.open_sdg_thresholds(True, thresholds)
            without = progress_methods.open_sdg_thresholds(False, thresholds)
            high, med, low = (
                np.where(has_target, with_target[key], without[key])
                for key in ("high", "med", "low")
            )
            code, score = open_rows(*points, column("limit", "limit"), high, med, low)
        else:
            code, score, _ = escap_rows(*points)
    names: tuple[str, ...] = (
        progress_methods.OPEN_SDG_STATUSES
        if method == "open_sdg"
        else progress_methods.ESCAP_STATUSES
    )
    code = np.asarray(code, dtype=np.int8)
    lookup = np.array([list(Status).index(METHOD_STATUS[n]) for n in names], dtype=np.int8)
    status = lookup[code]
    missed = (status != 0) & ~np.isnan(value) & ~np.isnan(year) & (current_year >= year)
    missed &= (direction != 0) & ~np.isnan(current)
    status = np.where(missed, list(Status).index(Status.MISSED), status).astype(np.int8)
    return pd.DataFrame(
        {
            "met": linear["met"],
            "gap": linear["gap"],
            "status": pd.Categorical.from_codes(
                status, categories=pd.Index(list(rules.STATUS_CODES))
            ),
            "method_status": pd.Categorical.from_codes(code, categories=pd.Index(list(names))),
            "score": np.asarray(score, dtype=np.float64),
        },
        index=frame.index,
    )


def evaluate_plan_frame(
    plan: Plan,
    observations: Iterable[Observation],
    year: int | None = None,
    *,
    path: Path | str = Path.LINEAR,
) -> pd.DataFrame:
    """:meth:`Plan.evaluate_frame <yte_targets.Plan.evaluate_frame>`: the inputs of
    :func:`evaluate_frame` for every target of ``plan``, joined with its results."""
    frame = targets_frame(plan.targets, observations, year)
    return frame.join(evaluate_frame(frame, path=path))


def targets_frame(
    targets: Iterable[Target],
    observations: Iterable[Observation],
    year: int | None = None,
    *,
    base_year: int | None = None,
    limit: float | None = None,
) -> pd.DataFrame:
    """One row per target, with its latest observation (up to ``year``), ready for
    :func:`evaluate_frame`; also the columns ``indicator``, ``subgroup``,
    ``target_year`` and ``unit`` to tell the rows apart.

    The baseline is chosen as :meth:`Plan.evaluate` chooses it (the stated one if
    dated, else the earliest observation); a relative target gets its reference
    value and base from the base-year observation. The columns ``base``,
    ``base_year``, ``current``, ``current_year`` and ``limit`` are the points and
    limit the ``open_sdg`` and ``escap`` methods measure from
    (:func:`~yte_targets.evaluate.attainment.method_points`, ``base_year`` and
    ``limit`` as in ``evaluate_series``).
    """
    require("pandas", "pandas")
    import pandas as pd

    series: dict[tuple[str, str | None], list[Observation]] = {}
    for observation in observations:
        if year is not None and observation.year > year:
            continue
        key = (observation.indicator.code, subgroup_key(observation.subgroup))
        series.setdefault(key, []).append(observation)
    rows: list[dict[str, Any]] = []
    for target in targets:
        found = sorted(
            series.get((target.indicator.code, subgroup_key(target.subgroup)), []),
            key=lambda o: o.year,
        )
        rows.append(_row(target, found) | _method_row(target, found, base_year, limit))
    columns = [
        "indicator",
        "subgroup",
        "target_year",
        "unit",
        "bounded",
        *INPUT_COLUMNS,
        *METHOD_COLUMNS,
    ]
    frame = pd.DataFrame(rows, columns=columns)
    frame["target_year"] = frame["target_year"].astype("Int64")
    return frame


def _method_row(
    target: Target, series: list[Observation], base_year: int | None, limit: float | None
) -> dict[str, float]:
    nan = float("nan")
    found = method_points(target, series, base_year)
    bound = method_limit(target, limit)
    return {
        "base_year": nan if found is None else found[0],
        "base": nan if found is None else found[1],
        "current_year": nan if found is None else found[2],
        "current": nan if found is None else found[3],
        "limit": nan if bound is None else bound,
    }


def _row(target: Target, series: list[Observation]) -> dict[str, Any]:
    indicator = target.indicator
    nan = float("nan")
    latest = series[-1] if series else None
    value = target.value_in_unit
    baseline: tuple[float, int | None] | None = None
    if target.relative is not None:
        base = relative_base(target, series)
        base_value = base.value_for(indicator) if base is not None else None
        if base_value is None:
            latest = None  # no base: no data, as the scalar path says
        else:
            value = target.relative.reference(base_value)
            baseline = (base_value, base.year if base is not None else None)
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
        "bounded": indicator.bounded,
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
