"""The rules of attainment, written once, for one target or a million.

:func:`evaluate_rows` is the only copy of the rules (met, gap, progress,
expected progress, status). It is written against a handful of operations
(:class:`Ops`) and runs unchanged on Python floats, one target at a time
(:data:`SCALAR`, what ``Target.evaluate`` uses), and on NumPy arrays, a
column per input (:data:`ARRAYS`, what ``evaluate_frame`` and scenarios use).
Scalar and vectorised results therefore cannot drift apart: they are the
same arithmetic, in IEEE double precision, operation for operation.

Inputs are numbers in the indicator's unit, NaN where there is none:

=================  ===========================================================
``comparator``     code in :data:`COMPARATORS` (``<`` is 0 ... ``~`` is 5), 6: none
``direction``      code in :data:`DIRECTIONS` (increase 0, decrease 1, band 2,
                   eliminate 3)
``value``          the target value (NaN: a qualitative target)
``year``           the target year
``actual``         the observed value (NaN: none)
``actual_year``    its year
``baseline``       the baseline value and ``baseline_year`` its year
``tolerance``      an explicit tolerance of ``~`` (or ``=`` on a band)
``band_lower``     the band of a band indicator and ``band_upper``
``recorded``       a yes/no observation: 1.0, 0.0, or NaN for none
=================  ===========================================================

The rules themselves are written out in ``docs/attainment.md``.

>>> r = evaluate_rows(SCALAR, comparator=0, direction=1, value=10.0, year=2030.0,
...                   actual=12.0, actual_year=2025.0, baseline=14.0, baseline_year=2020.0)
>>> r.met, r.progress, r.expected, STATUS_CODES[r.status]
(False, 0.5, 0.5, 'on_track')
"""

from __future__ import annotations

import ast
import inspect
import math
import textwrap
from collections.abc import Callable
from typing import Any, Final, NamedTuple

import numpy as np

from ..core.target import DEFAULT_APPROX_TOLERANCE
from .status import Status

__all__ = [
    "ARRAYS",
    "COMPARATORS",
    "DEFAULT_APPROX_TOLERANCE",
    "DIRECTIONS",
    "ON_TRACK_THRESHOLD",
    "SCALAR",
    "SPAN_RTOL",
    "STATUS_CODES",
    "Ops",
    "Rows",
    "build",
    "evaluate_rows",
    "inline",
    "judge",
    "rows_kernel",
    "sense_of",
]

#: Comparator symbols in code order (code 6: no comparator, a qualitative target).
COMPARATORS: Final = ("<", "<=", ">", ">=", "=", "~")
#: Direction names in code order.
DIRECTIONS: Final = ("increase", "decrease", "band", "eliminate")
#: Status values in code order (the order of :class:`~yte_targets.Status`).
STATUS_CODES: Final = tuple(s.value for s in Status)
_ACHIEVED, _ON_TRACK, _OFF_TRACK, _REGRESSING, _MISSED, _NO_DATA = range(6)

#: Share of the expected progress at or above which a target is on track (the 0.95 of the
#: UN SDG progress chart and of Open SDG).
ON_TRACK_THRESHOLD: Final = 0.95
#: Baseline and target closer than this share of the larger of the two are one value:
#: there is no path between them to measure progress along.
SPAN_RTOL: Final = 1e-9

Num = Any  # a float or a NumPy array of float64 (and bools, ints, alike)


class Ops:
    """The operations the rules need beyond arithmetic and comparison (which Python
    floats and NumPy arrays share): choice, NaN tests, logical not, bounds, power."""

    nan: float = math.nan

    @staticmethod
    def where(condition: Num, a: Num, b: Num) -> Num:  # pragma: no cover - interface
        raise NotImplementedError

    @staticmethod
    def isnan(x: Num) -> Num:  # pragma: no cover - interface
        raise NotImplementedError

    @staticmethod
    def not_(x: Num) -> Num:  # pragma: no cover - interface
        raise NotImplementedError

    @staticmethod
    def minimum(a: Num, b: Num) -> Num:  # pragma: no cover - interface
        raise NotImplementedError

    @staticmethod
    def maximum(a: Num, b: Num) -> Num:  # pragma: no cover - interface
        raise NotImplementedError

    @staticmethod
    def divide(a: Num, b: Num) -> Num:  # pragma: no cover - interface
        """``a / b``, NaN where ``b`` is 0 or NaN."""
        raise NotImplementedError

    @staticmethod
    def power(base: Num, exponent: Num) -> Num:  # pragma: no cover - interface
        """``base ** exponent`` with C's ``pow`` (as Python's float power); NaN where
        ``base`` is negative or not finite, or ``exponent`` is NaN; ``0 ** e`` is 0 for a
        positive ``e``, 1 for 0 and infinity for a negative one."""
        raise NotImplementedError


class _ScalarOps(Ops):
    @staticmethod
    def where(condition: Num, a: Num, b: Num) -> Num:
        return a if condition else b

    @staticmethod
    def isnan(x: Num) -> Num:
        return x != x

    @staticmethod
    def not_(x: Num) -> Num:
        return not x

    @staticmethod
    def minimum(a: Num, b: Num) -> Num:  # NaN wins, as in NumPy
        return a if a <= b or a != a else b

    @staticmethod
    def maximum(a: Num, b: Num) -> Num:
        return a if a >= b or a != a else b

    @staticmethod
    def divide(a: Num, b: Num) -> Num:
        return a / b if b == b and b != 0 else math.nan

    @staticmethod
    def power(base: Num, exponent: Num) -> Num:
        if 0 < base < math.inf and exponent == exponent:
            try:
                return float(base**exponent)
            except OverflowError:
                return math.inf
        if base == 0 and exponent == exponent:
            return 0.0 if exponent > 0 else (1.0 if exponent == 0 else math.inf)
        return math.nan


def _pow(x: float, y: float) -> float:
    try:
        return float(x**y)
    except OverflowError:
        return math.inf


class _ArrayOps(Ops):
    @staticmethod
    def where(condition: Num, a: Num, b: Num) -> Num:
        return np.where(condition, a, b)

    @staticmethod
    def isnan(x: Num) -> Num:
        return np.isnan(x)

    @staticmethod
    def not_(x: Num) -> Num:
        return np.logical_not(x)

    @staticmethod
    def minimum(a: Num, b: Num) -> Num:
        return np.minimum(a, b)

    @staticmethod
    def maximum(a: Num, b: Num) -> Num:
        return np.maximum(a, b)

    @staticmethod
    def divide(a: Num, b: Num) -> Num:
        with np.errstate(all="ignore"):
            out = np.true_divide(a, b)
        return np.where(np.asarray(b) == 0, np.nan, out)

    @staticmethod
    def power(base: Num, exponent: Num) -> Num:
        # NumPy's vectorised power may differ from C's pow in the last bit: a status must
        # not depend on the container, so the power is taken with Python's float power.
        base, exponent = np.broadcast_arrays(np.asarray(base, float), np.asarray(exponent, float))
        out = np.full(base.shape, np.nan)
        zero = (base == 0) & ~np.isnan(exponent)
        out[zero] = np.where(exponent[zero] > 0, 0.0, np.where(exponent[zero] == 0, 1.0, np.inf))
        rows = np.flatnonzero((base > 0) & (base < np.inf) & ~np.isnan(exponent))
        if rows.size:
            b, e = base.ravel()[rows].tolist(), exponent.ravel()[rows].tolist()
            out.ravel()[rows] = [_pow(x, y) for x, y in zip(b, e, strict=True)]
        return out


#: Operations on Python floats: one target.
SCALAR: Final[Ops] = _ScalarOps()
#: Operations on NumPy arrays: a column per input.
ARRAYS: Final[Ops] = _ArrayOps()


class Rows(NamedTuple):
    """What :func:`evaluate_rows` returns (floats or arrays, as the inputs).

    ``met`` is False where ``met_known`` is False; ``status`` is a code into
    :data:`STATUS_CODES`; ``compound`` tells where the compound path applied.
    """

    met: Num
    met_known: Num
    gap: Num
    progress: Num
    expected: Num
    status: Num
    compound: Num


def sense_of(comparator: Num, direction: Num) -> Num:
    """+1 where a target is met by high values, -1 by low values, 0 two-sided:
    ``<``/``<=`` give -1 and ``>``/``>=`` +1; ``=``, ``~`` and none take the direction's."""
    below = comparator < 2
    above = (comparator >= 2) & (comparator < 4)
    by_direction = comparator >= 4
    direction_sign = (direction == 0) * 1 - ((direction == 1) | (direction == 3)) * 1
    return above * 1 - below * 1 + by_direction * direction_sign


Kernel = Callable[..., Any]


class _Inline(ast.NodeTransformer):
    """Writes the operations of :class:`Ops` as Python's own expressions, for floats:
    ``where(c, a, b)`` as ``a if c else b``, ``isnan(x)`` as ``x != x``, ``not_(x)`` as
    ``not x``, ``minimum``/``maximum`` as conditional expressions (NaN wins, as in
    NumPy)."""

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        name = node.func.id if isinstance(node.func, ast.Name) else None
        args = node.args
        if name == "where" and len(args) == 3:
            return ast.IfExp(test=args[0], body=args[1], orelse=args[2])
        if name == "isnan" and len(args) == 1:
            return ast.Compare(left=args[0], ops=[ast.NotEq()], comparators=[args[0]])
        if name == "not_" and len(args) == 1:
            return ast.UnaryOp(op=ast.Not(), operand=args[0])
        if name in ("minimum", "maximum") and len(args) == 2:
            compare = ast.LtE() if name == "minimum" else ast.GtE()
            test = ast.BoolOp(
                op=ast.Or(),
                values=[
                    ast.Compare(left=args[0], ops=[compare], comparators=[args[1]]),
                    ast.Compare(left=args[0], ops=[ast.NotEq()], comparators=[args[0]]),
                ],
            )
            return ast.IfExp(test=test, body=args[0], orelse=args[1])
        return node


def inline(function: Kernel, names: dict[str, Any]) -> Kernel:
    """``function`` (a kernel of :func:`build`) compiled again with the operations on
    floats written inline (:class:`_Inline`): the same rules, the same IEEE arithmetic,
    without a Python call per operation. ``names`` are the names it uses besides
    the operations (its closure)."""
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
    except (OSError, TypeError):  # no source (a bytecode-only install): run it as written
        return function
    definition = tree.body[0]
    assert isinstance(definition, ast.FunctionDef)
    definition.decorator_list = []
    module = ast.fix_missing_locations(_Inline().visit(tree))
    namespace = {**globals(), **names}
    exec(compile(module, inspect.getsourcefile(function) or "<rules>", "exec"), namespace)
    compiled: Kernel = namespace[definition.name]
    return compiled


def build(
    ops: Ops, jit: Callable[[Kernel], Kernel] = lambda f: f, *, inline_floats: bool = False
) -> tuple[Kernel, Kernel]:
    """The rules bound to ``ops``: ``(judge, rows)``, positional functions returning tuples.

    ``jit`` may compile each function (Numba's ``njit``, for the accelerated
    path of :mod:`yte_targets.evaluate.fast`); by default they run as written.
    ``inline_floats`` compiles them for Python floats with the operations
    inline (:func:`inline`), as :data:`SCALAR` runs them.
    """
    where, isnan, not_ = ops.where, ops.isnan, ops.not_
    minimum, maximum, divide, power, nan = ops.minimum, ops.maximum, ops.divide, ops.power, ops.nan
    sense_from = jit(sense_of)

    def judge_py(
        sense: Num,
        strict: Num,
        comparator: Num,
        value: Num,
        actual: Num,
        tolerance: Num,
        band_lower: Num,
        band_upper: Num,
    ) -> tuple[Num, Num]:
        # one-sided: strict or not, less or plus the tolerance of "~"; two-sided (sense 0):
        # inside an explicit tolerance of the value, else the band, else the tolerance of "~"
        explicit = not_(isnan(tolerance))
        approx = abs(value) * DEFAULT_APPROX_TOLERANCE
        tol = where(explicit, tolerance, where(comparator == 5, approx, 0.0))
        off_value = abs(actual - value)
        margin = where(
            explicit & not_(isnan(value)),
            tolerance - off_value,
            where(
                not_(isnan(band_lower)),
                minimum(actual - band_lower, band_upper - actual),
                tol - off_value,
            ),
        )
        met = where(
            sense > 0,
            where(strict, actual > value, actual >= value - tol),
            where(sense < 0, where(strict, actual < value, actual <= value + tol), margin >= 0),
        )
        return met, margin

    judge = jit(judge_py)
    if inline_floats:
        judge = inline(judge_py, {"minimum": minimum, "nan": nan})

    def rows_py(
        comparator: Num,
        direction: Num,
        value: Num,
        year: Num,
        actual: Num,
        actual_year: Num,
        baseline: Num,
        baseline_year: Num,
        tolerance: Num,
        band_lower: Num,
        band_upper: Num,
        recorded: Num,
        compound: bool,
        on_track: float,
    ) -> tuple[Num, ...]:
        sense = sense_from(comparator, direction)
        strict = (comparator == 0) | (comparator == 2)
        qualitative = isnan(value)
        has_actual = not_(isnan(actual))
        met_value, margin = judge(
            sense, strict, comparator, value, actual, tolerance, band_lower, band_upper
        )
        up, down = sense > 0, sense < 0
        gap_value = where(up, actual - value, where(down, value - actual, margin))

        # a qualitative target: a yes/no record, else elimination (met at 0) or a band
        eliminate, band = direction == 3, direction == 2
        record_known = not_(isnan(recorded))
        met_word = where(record_known, recorded == 1, where(eliminate, actual <= 0, margin >= 0))
        known_word = record_known | ((eliminate | band) & has_actual)
        gap_word = where(record_known, nan, where(eliminate, -actual, where(band, margin, nan)))

        known = where(qualitative, known_word, has_actual)
        met = where(qualitative, met_word, met_value) & known
        gap = where(qualitative, gap_word, gap_value)

        # progress along the path from the baseline to the target value: the share of the
        # distance |value - baseline| covered, signed by the target's sense (positive: better
        # than the baseline), also when the baseline already meets the target
        span = value - baseline
        flat = abs(span) <= SPAN_RTOL * maximum(abs(value), abs(baseline))
        toward = where(span > 0, 1, where(span < 0, -1, 0))  # a two-sided target: its value
        d = where(sense != 0, sense, toward)
        moved = d * (actual - baseline)
        progress = where(flat | qualitative, nan, divide(moved, abs(span)))

        # status, first rule that applies: met; deadline passed; no path to judge by; worse
        # than the baseline; at least the threshold of the expected progress; else off track
        deadline = actual_year >= year
        judged = not_(qualitative) & has_actual & not_(met) & not_(deadline)
        judged = judged & (actual_year > baseline_year) & (year == year) & (baseline == baseline)
        regressing = judged & (moved < 0)  # worse than the baseline
        pace = judged & not_(regressing)
        share = divide(actual_year - baseline_year, year - baseline_year)
        share = minimum(maximum(share, 0.0), 1.0)
        use_compound = pace & (baseline > 0) & (value > 0) & not_(flat) & compound
        grown = power(divide(value, baseline), where(use_compound, share, nan))
        share = where(use_compound, divide(baseline * grown - baseline, span), share)
        expected = where(pace, share, nan)
        ahead = pace & (progress >= on_track * expected)
        status = where(
            met,
            _ACHIEVED,
            where(
                known & deadline,
                _MISSED,
                where(
                    regressing,
                    _REGRESSING,
                    where(ahead, _ON_TRACK, where(pace, _OFF_TRACK, _NO_DATA)),
                ),
            ),
        )
        return met, known, gap, progress, expected, status, use_compound

    if inline_floats:
        closure = {
            "judge": judge,
            "sense_from": sense_from,
            "divide": divide,
            "power": power,
            "nan": nan,
        }
        return judge, inline(rows_py, closure)
    return judge, jit(rows_py)


_KERNELS: Final[dict[int, tuple[Kernel, Kernel]]] = {}


def _kernels(ops: Ops) -> tuple[Kernel, Kernel]:
    found = _KERNELS.get(id(ops))
    if found is None:
        found = _KERNELS[id(ops)] = build(ops, inline_floats=ops is SCALAR)
    return found


def rows_kernel(ops: Ops) -> Kernel:
    """The positional form of :func:`evaluate_rows` for ``ops`` (the arguments in the
    order of its keywords, all given; returns a plain tuple): the scalar path's fast call."""
    return _kernels(ops)[1]


def judge(
    ops: Ops,
    *,
    sense: Num,
    strict: Num,
    comparator: Num,
    value: Num,
    actual: Num,
    tolerance: Num,
    band_lower: Num,
    band_upper: Num,
) -> tuple[Num, Num]:
    """Whether ``actual`` meets each target with a value, and the two-sided margin.

    One-sided targets compare strictly or not, less or plus the tolerance of
    ``~``; two-sided ones (sense 0) by their margin: inside an explicit
    tolerance of the value, else inside the band, else inside the tolerance
    of ``~``. Arrays broadcast: ``actual`` may be paths x targets (scenarios).
    """
    met, margin = _kernels(ops)[0](
        sense, strict, comparator, value, actual, tolerance, band_lower, band_upper
    )
    return met, margin


def evaluate_rows(
    ops: Ops,
    *,
    comparator: Num,
    direction: Num,
    value: Num,
    year: Num,
    actual: Num,
    actual_year: Num,
    baseline: Num = math.nan,
    baseline_year: Num = math.nan,
    tolerance: Num = math.nan,
    band_lower: Num = math.nan,
    band_upper: Num = math.nan,
    recorded: Num = math.nan,
    compound: bool = False,
    on_track: float = ON_TRACK_THRESHOLD,
) -> Rows:
    """Evaluate targets against observations (see the module documentation)."""
    return Rows(
        *_kernels(ops)[1](
            comparator,
            direction,
            value,
            year,
            actual,
            actual_year,
            baseline,
            baseline_year,
            tolerance,
            band_lower,
            band_upper,
            recorded,
            compound,
            on_track,
        )
    )
