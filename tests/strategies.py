"""Hypothesis strategies shared by the test modules."""

from __future__ import annotations

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
