"""The one copy of the rules, run by every engine: floats as written, floats inlined, arrays."""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from yte_targets.evaluate import rules

AS_WRITTEN = rules.build(rules.SCALAR)[1]
INLINED = rules.build(rules.SCALAR, inline_floats=True)[1]
ARRAYS = rules.build(rules.ARRAYS)[1]

maybe = st.one_of(st.just(math.nan), st.integers(-50, 150).map(float))
years = st.one_of(st.just(math.nan), st.integers(2010, 2035).map(float))


@given(
    st.integers(0, 6),
    st.integers(0, 3),
    maybe,
    years,
    maybe,
    years,
    maybe,
    years,
    st.one_of(st.just(math.nan), st.sampled_from([0.0, 0.5, 2.0])),
    st.booleans(),
    st.one_of(st.just(math.nan), st.sampled_from([0.0, 1.0])),
    st.booleans(),
)
def test_engines_agree(
    comparator: int,
    direction: int,
    value: float,
    year: float,
    actual: float,
    actual_year: float,
    baseline: float,
    baseline_year: float,
    tolerance: float,
    band: bool,
    recorded: float,
    compound: bool,
) -> None:
    lower, upper = (40.0, 60.0) if band else (math.nan, math.nan)
    args = (
        comparator,
        direction,
        value,
        year,
        actual,
        actual_year,
        baseline,
        baseline_year,
        tolerance,
        lower,
        upper,
        recorded,
        compound,
        rules.ON_TRACK_THRESHOLD,
    )
    written, inlined = AS_WRITTEN(*args), INLINED(*args)
    arrays = ARRAYS(
        np.array([comparator], dtype=np.int8),
        np.array([direction], dtype=np.int8),
        *(np.array([x]) for x in args[2:12]),
        compound,
        rules.ON_TRACK_THRESHOLD,
    )
    for a, b, c in zip(written, inlined, arrays, strict=True):
        c = np.asarray(c).ravel()[0]
        if isinstance(a, float) and math.isnan(a):
            assert math.isnan(b)
            assert math.isnan(c)
        else:
            assert a == b == c


def test_inline_writes_the_operations_as_expressions() -> None:
    code = INLINED.__code__
    assert "where" not in code.co_names
    assert "where" not in code.co_freevars
    assert "where" in AS_WRITTEN.__code__.co_freevars
