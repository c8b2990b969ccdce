"""Scenarios: project the latest observations to each milestone year, many times over.

"If infant mortality falls 4% a year in every province, which ones meet the 2030
target?" A :class:`Scenario` holds one :class:`Assumption` per indicator: an
annual change, absolute (in the indicator's unit) or compound (a fraction per
year), with an optional standard deviation for uncertainty. :meth:`Scenario.run`
projects every target of every plan from its latest observation to its year
along ``n_paths`` simulated paths and returns, per target, the probability of
meeting it (needs the ``pandas`` extra).

>>> import yte_targets as yt
>>> imr = yt.catalog.get("imr")
>>> plan = yt.Plan(title="Tỉnh A", jurisdiction="Tỉnh A", targets=[
...     yt.Target(indicator=imr, comparator="<", value=yt.Q_(10, "permille"), year=2030)])
>>> latest = [yt.Observation(indicator=imr, value=yt.Q_(12, "permille"), year=2024,
...                          jurisdiction="Tỉnh A")]
>>> falling = yt.Scenario({"imr": yt.Assumption(change=-0.04, kind="compound", sd=0.01)}, seed=1)
>>> result = falling.run([plan], latest, n_paths=2000)
>>> round(float(result.loc[0, "probability"]), 2)     # 12‰ x 0,96^6 = 9,4‰, give or take
0.86

Each path draws one annual change from a normal distribution (mean ``change``,
standard deviation ``sd``) and keeps it to the target year; with ``sd=0`` every
path is the same and the probability is 0 or 1. The same ``seed`` gives the
same result.
"""

from __future__ import annotations

import difflib
import enum
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final

import attrs
import numpy as np
import numpy.typing as npt

from ..core.plan import Plan
from ..core.target import Observation
from ..core.units import natural_bounds
from ..core.validators import check_finite, to_enum
from ..errors import InvalidValueError, UnknownIndicatorError, UnknownUnitError
from ..evaluate import rules
from ..optional import progress_bar, require
from .evaluate import codes, targets_frame

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Assumption", "Growth", "Scenario"]

#: Rows of targets x paths handled at once: bounds memory (about 8 bytes x this x a
#: dozen arrays) and sets the steps of the progress bar.
CHUNK_CELLS: Final = 2_000_000


class Growth(enum.Enum):
    """How an assumed annual change applies."""

    ABSOLUTE = "absolute"  #: value + change x years
    COMPOUND = "compound"  #: value x (1 + change) ^ years


def _check_sd(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    check_finite(_, attribute, value)
    assert isinstance(value, int | float)
    if value < 0:
        raise InvalidValueError(f"sd must not be negative, got {value!r}")


def _to_growth(value: Growth | str) -> Growth:
    return to_enum(Growth)(value)


@attrs.frozen(kw_only=True)
class Assumption:
    """An assumed annual change of one indicator, with its uncertainty.

    ``change`` is per year: in the indicator's unit for ``kind="absolute"``, a
    fraction for ``kind="compound"`` (-0,04 is "falls 4% a year"). ``sd`` is the
    standard deviation of that change across paths (0: certain).
    """

    change: float = attrs.field(validator=check_finite)
    kind: Growth = attrs.field(default=Growth.ABSOLUTE, converter=_to_growth)
    sd: float = attrs.field(default=0.0, validator=_check_sd)

    def __attrs_post_init__(self) -> None:
        if self.kind is Growth.COMPOUND and self.change <= -1:
            raise InvalidValueError(
                f"a compound change of {self.change!r} a year would make values negative; "
                "expected more than -1"
            )


def _to_assumptions(values: Mapping[str, Assumption]) -> tuple[tuple[str, Assumption], ...]:
    if not isinstance(values, Mapping):
        raise InvalidValueError(f"assumptions map indicator codes to Assumptions, got {values!r}")
    for code, assumption in values.items():
        if not isinstance(code, str) or not isinstance(assumption, Assumption):
            raise InvalidValueError(
                f"assumptions map indicator codes to Assumptions, got {code!r}: {assumption!r}"
            )
    return tuple(sorted(values.items()))


def _check_seed(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise InvalidValueError(f"seed must be an int or None, got {value!r}")


@attrs.frozen
class Scenario:
    """Assumptions per indicator code, and the seed of the random paths."""

    assumptions: tuple[tuple[str, Assumption], ...] = attrs.field(converter=_to_assumptions)
    seed: int | None = attrs.field(default=None, kw_only=True, validator=_check_seed)

    def assumption(self, code: str) -> Assumption | None:
        return dict(self.assumptions).get(code)

    def run(
        self,
        plans: Plan | Iterable[Plan],
        observations: Iterable[Observation],
        *,
        n_paths: int = 1000,
        year: int | None = None,
        progress: bool = False,
    ) -> pd.DataFrame:
        """Per target of every plan: the probability of meeting it under the scenario.

        Observations go to the plan of their ``jurisdiction`` (an observation
        without one serves every plan); with ``year``, only observations up to
        that year count. A target whose indicator has no assumption, that is
        qualitative, or that has no observation up to its year gets NaN; an
        observation from the target year itself gives 0 or 1.
        The result has one row per target: ``plan``, ``indicator``,
        ``subgroup``, ``target_year``, ``comparator``, ``value``, ``actual``,
        ``actual_year``, ``probability``, and the projected value's ``p10``,
        ``median`` and ``p90`` across paths.
        """
        require("pandas", "pandas")
        import pandas as pd

        if isinstance(n_paths, bool) or not isinstance(n_paths, int) or n_paths < 1:
            raise InvalidValueError(f"n_paths must be a whole number >= 1, got {n_paths!r}")
        plan_list = [plans] if isinstance(plans, Plan) else list(plans)
        for plan in plan_list:
            if not isinstance(plan, Plan):
                raise InvalidValueError(f"expected Plans, got {plan!r}")
        observation_list = list(observations)
        known = {target.indicator.code for plan in plan_list for target in plan.targets}
        for code, _ in self.assumptions:
            if code not in known:
                close = difflib.get_close_matches(code, sorted(known), n=3, cutoff=0.6)
                raise UnknownIndicatorError(code, tuple(close), where="plans' targets")
        frames = []
        for index, plan in enumerate(plan_list):
            own = [
                o
                for o in observation_list
                if o.jurisdiction is None or o.jurisdiction == plan.jurisdiction
            ]
            frame = targets_frame(plan.targets, own, year)
            frame.insert(0, "plan", plan.jurisdiction or plan.title)
            frame.insert(1, "plan_index", index)
            frames.append(frame)
        if not frames:
            return pd.DataFrame(columns=_RESULT_COLUMNS)
        frame = pd.concat(frames, ignore_index=True)
        summary = self._simulate(frame, n_paths, progress)
        result: pd.DataFrame = frame[list(_RESULT_COLUMNS[:8])].copy()
        for name, column in summary.items():
            result[name] = column
        return result

    def _simulate(
        self, frame: pd.DataFrame, n_paths: int, progress: bool
    ) -> dict[str, npt.NDArray[np.float64]]:
        n = len(frame)
        change = np.full(n, np.nan)
        sd = np.zeros(n)
        compound = np.zeros(n, dtype=bool)
        table = dict(self.assumptions)
        for row, code in enumerate(frame["indicator"]):
            found = table.get(code)
            if found is not None:
                change[row], sd[row] = found.change, found.sd
                compound[row] = found.kind is Growth.COMPOUND
        value = frame["value"].to_numpy(dtype=np.float64)
        actual = frame["actual"].to_numpy(dtype=np.float64)
        years = frame["year"].to_numpy(dtype=np.float64) - frame["actual_year"].to_numpy(
            dtype=np.float64
        )
        comparator = codes(frame["comparator"], rules.COMPARATORS, "comparator", allow_missing=True)
        direction = codes(frame["direction"], rules.DIRECTIONS, "direction", allow_missing=False)
        sense = rules.sense_of(comparator, direction)
        strict = (comparator == 0) | (comparator == 2)
        tolerance = frame["tolerance"].to_numpy(dtype=np.float64)
        band_lower = frame["band_lower"].to_numpy(dtype=np.float64)
        band_upper = frame["band_upper"].to_numpy(dtype=np.float64)

        lower, upper = np.full(n, -np.inf), np.full(n, np.inf)
        for row, unit in enumerate(frame["unit"].astype(str)):
            try:
                low, high, _ = natural_bounds(unit)
            except UnknownUnitError:
                continue
            lower[row] = -np.inf if low is None else low
            upper[row] = np.inf if high is None else high
        runnable = ~np.isnan(change) & ~np.isnan(value) & ~np.isnan(actual) & (years >= 0)
        probability = np.full(n, np.nan)
        p10, median, p90 = np.full(n, np.nan), np.full(n, np.nan), np.full(n, np.nan)
        rows = np.flatnonzero(runnable)
        rng = np.random.default_rng(self.seed)
        step = max(1, CHUNK_CELLS // n_paths)
        starts = range(0, len(rows), step)
        chunks: Iterable[int] = progress_bar(starts, "scenario") if progress else starts
        for start in chunks:
            idx = rows[start : start + step]
            column = idx[:, None]
            draws = rng.standard_normal((len(idx), n_paths))
            rates = change[column] + sd[column] * draws
            # a compound rate falls by at most 100% a year, and no value leaves the
            # natural bounds of its unit (a share stays in 0-100%, a rate above 0)
            rates = np.where(compound[column], np.maximum(rates, -1.0), rates)
            horizon = years[column]
            projected = np.where(
                compound[column],
                actual[column] * (1.0 + rates) ** horizon,
                actual[column] + rates * horizon,
            )
            np.clip(projected, lower[column], upper[column], out=projected)
            met, _ = rules.judge(
                rules.ARRAYS,
                sense=sense[column],
                strict=strict[column],
                comparator=comparator[column],
                value=value[column],
                actual=projected,
                tolerance=tolerance[column],
                band_lower=band_lower[column],
                band_upper=band_upper[column],
            )
            probability[idx] = met.mean(axis=1)
            p10[idx], median[idx], p90[idx] = np.percentile(projected, [10, 50, 90], axis=1)
        return {"probability": probability, "p10": p10, "median": median, "p90": p90}


_RESULT_COLUMNS: Final = (
    "plan",
    "indicator",
    "subgroup",
    "target_year",
    "comparator",
    "value",
    "actual",
    "actual_year",
    "probability",
    "p10",
    "median",
    "p90",
)
