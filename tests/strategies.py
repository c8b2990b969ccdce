"""Hypothesis strategies shared by the test modules."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from hypothesis import strategies as st

import yte_targets as yt

#: Decimals with up to 6 fraction digits and magnitudes up to 10^12.
decimals = st.builds(
    lambda units, places: Decimal(units).scaleb(-places),
    st.integers(min_value=-(10**18), max_value=10**18),
    st.integers(min_value=0, max_value=6),
).filter(lambda d: abs(d) <= 10**12)

#: Finite floats of the sizes health figures have.
floats = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False)

#: Units, grouped by the family whose members convert into each other.
UNIT_FAMILIES: dict[str, tuple[str, ...]] = {
    "ratio": ("percent", "permille", "dimensionless"),
    "live_births": (
        "per_100_live_births",
        "per_1000_live_births",
        "per_10000_live_births",
        "per_100000_live_births",
    ),
    "people": (
        "per_100_people",
        "per_1000_people",
        "per_10000_people",
        "per_100000_people",
        "per_1000000_people",
    ),
    "time": ("year", "year_of_age", "month", "week", "day"),
    "length": ("centimeter", "meter", "millimeter"),
    "cases": ("case",),
    "beds": ("bed",),
    "score": ("point",),
    "fertility": ("children_per_woman",),
    "sex_ratio": ("boys_per_100_girls",),
}

families = st.sampled_from(sorted(UNIT_FAMILIES))
labelled_units = st.sampled_from(sorted({u for us in UNIT_FAMILIES.values() for u in us}))


@st.composite
def quantities(draw: st.DrawFn, unit: str | None = None) -> yt.Quantity:
    """A quantity with a decimal magnitude (as float) in a unit of the registry."""
    name = unit if unit is not None else draw(labelled_units)
    magnitude = draw(decimals)
    return yt.Q_(float(magnitude), name)


# ---- domain model ------------------------------------------------------------------------

#: Moderate decimal values (as floats) for targets, baselines and actuals.
values = st.builds(
    lambda units: float(Decimal(units).scaleb(-2)), st.integers(min_value=0, max_value=2_000_000)
)
years = st.integers(min_value=2000, max_value=2060)

C = yt.Comparator
INCREASING_COMPARATORS = (C.GT, C.GE, C.EQ, C.APPROX)
DECREASING_COMPARATORS = (C.LT, C.LE, C.EQ, C.APPROX)
MIRROR = {C.LT: C.GT, C.GT: C.LT, C.LE: C.GE, C.GE: C.LE, C.EQ: C.EQ, C.APPROX: C.APPROX}


def indicator(direction: yt.Direction, unit: str = "dimensionless") -> yt.Indicator:
    return yt.Indicator(code="x", name_vi="Chỉ số thử", unit=unit, direction=direction)


@dataclasses.dataclass(frozen=True)
class Scenario:
    """A monotone target with an optional baseline on its far side, and one actual value."""

    direction: yt.Direction
    comparator: yt.Comparator
    value: float
    baseline: float | None
    baseline_year: int
    year: int
    actual: float
    actual_year: int

    def build(self, unit: str = "dimensionless") -> tuple[yt.Target, yt.Observation]:
        """The target and the observation of this scenario."""
        ind = indicator(self.direction, unit)
        baseline = None
        if self.baseline is not None:
            baseline = yt.Baseline(value=yt.Q_(self.baseline, unit), year=self.baseline_year)
        target = yt.Target(
            indicator=ind,
            comparator=self.comparator,
            value=yt.Q_(self.value, unit),
            year=self.year,
            baseline=baseline,
        )
        observation = yt.Observation(
            indicator=ind, value=yt.Q_(self.actual, unit), year=self.actual_year
        )
        return target, observation

    def positive(self) -> Scenario:
        """The same scenario with a non-negative actual (rates are never negative)."""
        return dataclasses.replace(self, actual=abs(self.actual))

    def mirrored(self) -> Scenario:
        """The scenario in a mirror: values negated, direction and comparator swapped."""
        up = self.direction is yt.Direction.INCREASE
        return dataclasses.replace(
            self,
            direction=yt.Direction.DECREASE if up else yt.Direction.INCREASE,
            comparator=MIRROR[self.comparator],
            value=-self.value,
            baseline=None if self.baseline is None else -self.baseline,
            actual=-self.actual,
        )

    def improved(self, amount: float) -> Scenario:
        """The same scenario with an actual better by ``amount`` in the indicator's direction."""
        sign = 1 if self.direction is yt.Direction.INCREASE else -1
        return dataclasses.replace(self, actual=self.actual + sign * amount)


@st.composite
def scenarios(draw: st.DrawFn) -> Scenario:
    direction = draw(st.sampled_from([yt.Direction.INCREASE, yt.Direction.DECREASE]))
    up = direction is yt.Direction.INCREASE
    target_value = draw(values)
    gap = draw(values.filter(lambda v: v > 0))
    baseline_year = draw(years)
    target_year = draw(st.integers(min_value=baseline_year + 1, max_value=baseline_year + 20))
    return Scenario(
        direction=direction,
        comparator=draw(st.sampled_from(INCREASING_COMPARATORS if up else DECREASING_COMPARATORS)),
        value=target_value,
        baseline=draw(st.sampled_from([None, target_value - gap if up else target_value + gap])),
        baseline_year=baseline_year,
        year=target_year,
        actual=draw(values) * draw(st.sampled_from([1.0, -1.0])),
        actual_year=draw(st.integers(min_value=baseline_year, max_value=target_year + 2)),
    )
