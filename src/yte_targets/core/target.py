"""Targets and observations: what a plan aims for, and what was measured.

>>> import yte_targets as yt
>>> imr = yt.Indicator(code="imr", name_vi="Tỷ suất tử vong trẻ em dưới 1 tuổi",
...                    unit="per_1000_live_births", direction="decrease")
>>> t = yt.Target(indicator=imr, comparator="<", value=yt.Q_(10, "permille"), year=2030)
>>> print(t)
Tỷ suất tử vong trẻ em dưới 1 tuổi: dưới 10‰ (2030)
>>> t.value_in_unit    # the per-mille value read as per 1,000 live births, once
10.0
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final, cast

import attrs
import pint

from ..errors import IndicatorMismatchError, InvalidValueError
from . import delegates, labels, pickling
from .indicator import Direction, Indicator
from .numbers import format_number
from .quantities import format_quantity
from .units import Quantity, as_quantity, check_bounds, check_not_bare, magnitude_in, ureg
from .validators import (
    check_finite,
    check_instance,
    check_optional_text,
    check_optional_year,
    check_year,
    to_enum,
    to_optional_enum,
)

if TYPE_CHECKING:
    from ..evaluate.attainment import Result, SeriesResult
    from ..evaluate.status import Path

__all__ = [
    "DEFAULT_APPROX_TOLERANCE",
    "Baseline",
    "ChangeKind",
    "Comparator",
    "Observation",
    "Relative",
    "Source",
    "Target",
]

#: Tolerance of ``~`` ("khoảng") when a target gives none: 1% of the target value.
DEFAULT_APPROX_TOLERANCE: Final = 0.01


class Comparator(enum.Enum):
    """How an actual value is compared with a target value.

    Built from its symbol: ``Comparator("<")``; ``"≤"``, ``"≥"``, ``"≈"`` and
    ``"=="`` are read too. The plain ``=`` ("đạt 95%") and ``~`` ("khoảng
    74,5 tuổi") are read through the indicator's direction (see
    :mod:`yte_targets.evaluate.attainment`).
    """

    LT = "<"
    LE = "<="
    GT = ">"
    GE = ">="
    EQ = "="
    APPROX = "~"

    @classmethod
    def _missing_(cls, value: object) -> Comparator | None:
        if isinstance(value, str):
            return _COMPARATOR_ALIASES.get(value.strip())
        return None

    @property
    def symbol(self) -> str:
        return self.value

    @property
    def strict(self) -> bool:
        """True for ``<`` and ``>``: the target value itself does not meet the target."""
        return self in (Comparator.LT, Comparator.GT)

    @property
    def word_vi(self) -> str:
        """The Vietnamese word that states this comparator in a target."""
        return labels.comparator(self.value, "vi")


_COMPARATOR_ALIASES: Final = {
    "≤": Comparator.LE,
    "=<": Comparator.LE,
    "≥": Comparator.GE,
    "=>": Comparator.GE,
    "≈": Comparator.APPROX,
    "∼": Comparator.APPROX,
    "==": Comparator.EQ,
    "lt": Comparator.LT,
    "le": Comparator.LE,
    "gt": Comparator.GT,
    "ge": Comparator.GE,
    "eq": Comparator.EQ,
    "approx": Comparator.APPROX,
}


def _check_quantity(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, pint.Quantity):
        raise InvalidValueError(
            f"{attribute.name} must be a Quantity (e.g. yt.Q_(10, 'permille')), got {value!r}"
        )


def _to_quantity(value: Quantity) -> Quantity:
    converted: Quantity = as_quantity(value)
    return converted


def _to_optional_quantity(value: Quantity | None) -> Quantity | None:
    converted: Quantity | None = as_quantity(value)
    return converted


def _to_observed(value: Quantity | bool) -> Quantity | bool:
    converted: Quantity | bool = as_quantity(value)
    return converted


def _check_line(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidValueError(f"{attribute.name} must be a 1-based line number, got {value!r}")


def _to_comparator(value: Comparator | str | None) -> Comparator | None:
    return to_optional_enum(Comparator)(value)


@attrs.frozen(kw_only=True)
class Source:
    """Where a target, assignment or observation is stated: document, 1-based line, quote,
    and the address it was read at; ``verified`` is False for a figure not read in the
    document's own text (a news report of it, a translation)."""

    document: str | None = attrs.field(default=None, validator=check_optional_text)
    line: int | None = attrs.field(default=None, validator=_check_line)
    quote: str | None = attrs.field(default=None, validator=check_optional_text)
    verified: bool = attrs.field(default=True, validator=check_instance(bool))
    address: str | None = attrs.field(default=None, validator=check_optional_text)


@attrs.frozen(kw_only=True)
class Baseline:
    """The value an indicator had in a base year (``từ 4,1% năm 2019``).

    ``year`` may be unknown (plans quote "bình quân 74 tuổi" in their
    assessment without a year): progress can then be measured, but not
    whether it is on track.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return pickling.reduce(self)

    value: Quantity = attrs.field(converter=_to_quantity, validator=_check_quantity)
    year: int | None = attrs.field(default=None, validator=check_optional_year)
    source: Source | None = attrs.field(
        default=None, validator=check_instance(Source, optional=True)
    )


class ChangeKind(enum.Enum):
    """How a relative target's change is measured."""

    PERCENT = "percent"  #: relative change, in percent of the base-year value
    ABSOLUTE = "absolute"  #: change in the indicator's own unit


def _to_change_kind(value: ChangeKind | str) -> ChangeKind:
    return to_enum(ChangeKind)(value)


@attrs.frozen(kw_only=True)
class Relative:
    """A target stated as a change: "tăng tối thiểu 10% so với năm 2022".

    ``base_year`` is None for a change stated without its base ("tăng thêm tối
    thiểu 1,5 cm"): it is measured from the target's ``baseline`` when one is
    given (a plan that implements the document states its own), and has no data
    otherwise.
    The reference value is the base-year observation changed by ``change``:
    ``base × (1 + change/100)`` for :attr:`ChangeKind.PERCENT`, ``base + change``
    for :attr:`ChangeKind.ABSOLUTE`. The target's comparator applies to it:
    "tăng tối thiểu 10%" is ``>=`` with change 10, "không tăng" is ``<=`` with
    change 0, "giảm ít nhất 5%" is ``<=`` with change -5.
    """

    base_year: int | None = attrs.field(default=None, validator=check_optional_year)
    change: float = attrs.field(default=0.0, validator=check_finite)
    kind: ChangeKind = attrs.field(default=ChangeKind.PERCENT, converter=_to_change_kind)

    def reference(self, base: float) -> float:
        """The value the target compares with, given the base-year value."""
        if self.kind is ChangeKind.PERCENT:
            return base * (1.0 + self.change / 100.0)
        return base + self.change


def _sense(comparator: Comparator | None, direction: Direction) -> int:
    if comparator in (Comparator.LT, Comparator.LE):
        return -1
    if comparator in (Comparator.GT, Comparator.GE):
        return 1
    return direction.sign


@attrs.frozen(kw_only=True)
class Target:
    """What a plan aims for: an indicator, a comparator, a value, a year.

    ``value`` is a Quantity convertible to the indicator's unit; a per-mille
    or percent value is accepted for an indicator that is a rate per live
    birth or per person (``10‰`` for a rate per 1,000 live births). It is
    converted once, here, so evaluation works on plain floats.

    Kinds of target:

    - quantitative: ``comparator`` and ``value``;
    - with a baseline: also ``baseline`` (progress can then be measured);
    - relative: ``comparator`` and ``relative`` instead of a value;
    - qualitative: neither value nor relative ("loại trừ sốt rét"), with the
      words in ``statement``; evaluated from a recorded yes/no.

    ``tolerance`` (a Quantity) is the half-width of ``~``; without one, ``~``
    allows :data:`DEFAULT_APPROX_TOLERANCE` (1%) of the value. On a band
    indicator, ``=`` and ``~`` without a tolerance mean "inside the band".
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return pickling.reduce(self)

    indicator: Indicator = attrs.field(validator=check_instance(Indicator))
    comparator: Comparator | None = attrs.field(default=None, converter=_to_comparator)
    value: Quantity | None = attrs.field(
        default=None, converter=_to_optional_quantity, validator=_check_quantity
    )
    year: int | None = attrs.field(default=None, validator=check_optional_year)
    baseline: Baseline | None = attrs.field(
        default=None, validator=check_instance(Baseline, optional=True)
    )
    relative: Relative | None = attrs.field(
        default=None, validator=check_instance(Relative, optional=True)
    )
    tolerance: Quantity | None = attrs.field(
        default=None, converter=_to_optional_quantity, validator=_check_quantity
    )
    qualifier: str | None = attrs.field(default=None, validator=check_optional_text)
    subgroup: str | None = attrs.field(default=None, validator=check_optional_text)
    statement: str | None = attrs.field(default=None, validator=check_optional_text)
    source: Source | None = attrs.field(
        default=None, validator=check_instance(Source, optional=True)
    )
    id: str | None = attrs.field(default=None, validator=check_optional_text)

    # Resolved once at construction (units converted, rules fixed): evaluation
    # then costs a few float operations.
    _value_m: float | None = attrs.field(init=False, default=None, eq=False, repr=False)
    _baseline_m: float | None = attrs.field(init=False, default=None, eq=False, repr=False)
    _tolerance_m: float = attrs.field(init=False, default=0.0, eq=False, repr=False)
    _sense: int = attrs.field(init=False, default=0, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        indicator = self.indicator
        unit = indicator.unit
        setter = object.__setattr__
        if self.value is not None and self.relative is not None:
            raise InvalidValueError(
                "a target has either a value or a relative form, not both "
                f"(value={self.value!r}, relative={self.relative!r})"
            )
        if (self.value is not None or self.relative is not None) and self.comparator is None:
            raise InvalidValueError(
                f"target of {indicator.code!r} has a value but no comparator; "
                "expected one of <, <=, >, >=, =, ~"
            )
        for given in (self.value, self.tolerance, self.baseline.value if self.baseline else None):
            if given is not None:
                check_not_bare(given, unit)
        if self.value is not None:
            value = magnitude_in(self.value, unit, accept_ratio=True)
            check_bounds(value, unit, f"the target value of {indicator.code!r}")
            setter(self, "_value_m", value)
        if self.baseline is not None:
            if (
                self.year is not None
                and self.baseline.year is not None
                and self.baseline.year >= self.year
            ):
                raise InvalidValueError(
                    f"baseline year {self.baseline.year} is not before the target year {self.year}"
                )
            baseline = magnitude_in(self.baseline.value, unit, accept_ratio=True)
            if indicator.bounded:
                check_bounds(baseline, unit, f"the baseline of {indicator.code!r}")
            setter(self, "_baseline_m", baseline)
        if (
            self.relative is not None
            and self.year is not None
            and self.relative.base_year is not None
            and self.relative.base_year >= self.year
        ):
            raise InvalidValueError(
                f"base year {self.relative.base_year} is not before the target year {self.year}"
            )
        if self.tolerance is not None:
            if self.comparator not in (Comparator.APPROX, Comparator.EQ) or (
                self.comparator is Comparator.EQ and indicator.direction is not Direction.BAND
            ):
                raise InvalidValueError(
                    f"a tolerance applies to '~' (or '=' on a band indicator), not to "
                    f"{self.comparator.value if self.comparator else None!r}"
                )
            tolerance = magnitude_in(self.tolerance, unit, accept_ratio=True)
            if tolerance < 0:
                raise InvalidValueError(f"tolerance must not be negative, got {self.tolerance!r}")
            setter(self, "_tolerance_m", tolerance)
        elif self.comparator is Comparator.APPROX and self._value_m is not None:
            setter(self, "_tolerance_m", abs(self._value_m) * DEFAULT_APPROX_TOLERANCE)
        setter(self, "_sense", _sense(self.comparator, indicator.direction))

    # ---- derived -----------------------------------------------------------------------------

    @property
    def qualitative(self) -> bool:
        """True for a target stated without a value or relative form ("loại trừ sốt rét")."""
        return self.value is None and self.relative is None

    @property
    def value_in_unit(self) -> float | None:
        """The target value as a float in the indicator's unit."""
        return self._value_m

    @property
    def baseline_in_unit(self) -> float | None:
        """The baseline value as a float in the indicator's unit."""
        return self._baseline_m

    @property
    def tolerance_in_unit(self) -> float:
        """Half-width of ``~`` (or of an explicit band tolerance) in the indicator's unit."""
        return self._tolerance_m

    @property
    def sense(self) -> int:
        """+1 when this target is met by high values, -1 by low values, 0 two-sided.

        ``<``/``<=`` give -1 and ``>``/``>=`` give +1 whatever the indicator;
        ``=`` and ``~`` take the indicator's direction.
        """
        return self._sense

    # ---- evaluation --------------------------------------------------------------------------

    def evaluate(
        self,
        observation: Observation | None,
        *,
        base: Observation | None = None,
        path: Path | str = "linear",
    ) -> Result:
        """Evaluate one observation against this target.

        See :func:`yte_targets.evaluate.attainment.evaluate` for the rules.
        """
        return cast(
            "Result", delegates.call("target.evaluate", self, observation, base=base, path=path)
        )

    def evaluate_series(
        self,
        observations: Iterable[Observation],
        *,
        method: str | None = None,
        path: Path | str | None = None,
        limit: float | Quantity | None = None,
        thresholds: Mapping[str, float] | None = None,
        base_year: int | None = None,
    ) -> SeriesResult:
        """Evaluate a series of observations: status, trend and projection, by ``method``
        (``"linear"``, ``"compound"``, ``"open_sdg"``, ``"escap"``).

        See :func:`yte_targets.evaluate.attainment.evaluate_series`.
        """
        return cast(
            "SeriesResult",
            delegates.call(
                "target.evaluate_series",
                self,
                observations,
                method=method,
                path=path,
                limit=limit,
                thresholds=thresholds,
                base_year=base_year,
            ),
        )

    # ---- text --------------------------------------------------------------------------------

    def describe_vi(self) -> str:
        """The target in Vietnamese, without the indicator: ``dưới 10‰ (2030)``."""
        if self.value is not None:
            assert self.comparator is not None
            text = f"{self.comparator.word_vi} {format_quantity(self.value)}"
        elif self.relative is not None:
            text = _relative_words(self)
        else:
            text = self.statement or f"({labels.word('qualitative', 'vi')})"
        if self.qualifier:
            text += f" {self.qualifier}"
        if self.year is not None:
            text += f" ({self.year})"
        return text

    def _repr_html_(self) -> str:
        return cast(str, delegates.call("target.to_html", self))

    def __str__(self) -> str:
        name = self.indicator.name_vi
        if self.subgroup:
            name += f" ({self.subgroup})"
        return f"{name}: {self.describe_vi()}"


def _relative_words(target: Target) -> str:
    relative = target.relative
    assert relative is not None
    assert target.comparator is not None
    change = relative.change
    since = ""
    if relative.base_year is not None:
        since = f" {labels.word('compared_with_year')} {relative.base_year}"
    if change == 0:
        key = {1: "no_decrease", -1: "no_increase"}.get(target.sense, "unchanged")
        return f"{labels.word(key)}{since}"
    verb = labels.word("increase" if change > 0 else "decrease")
    if relative.base_year is None:
        verb += f" {labels.word('more')}"
    bounds = {Comparator.GE: "at_least", Comparator.GT: "more_than", Comparator.LE: "at_most"}
    if change < 0:
        bounds = {Comparator.LE: "at_least", Comparator.LT: "more_than", Comparator.GE: "at_most"}
    bound = bounds.get(target.comparator)
    word = f" {labels.word(bound)}" if bound else ""
    amount = format_number(abs(change))
    if relative.kind is ChangeKind.PERCENT:
        amount += "%"
    else:
        amount = format_quantity(ureg.Quantity(abs(change), target.indicator.unit))
    return f"{verb}{word} {amount}{since}"


@attrs.frozen(kw_only=True)
class Observation:
    """An actual value of an indicator for a year (and a jurisdiction, a subgroup).

    ``value`` is a Quantity convertible to the indicator's unit (a per-mille
    value is accepted for a rate per 1,000 live births), or a bool for a
    yes/no target ("đã loại trừ sốt rét").

    >>> import yte_targets as yt
    >>> imr = yt.Indicator(code="imr", name_vi="Tỷ suất tử vong trẻ em dưới 1 tuổi",
    ...                    unit="per_1000_live_births", direction="decrease")
    >>> o = yt.Observation(indicator=imr, value=yt.Q_(1250, "per_100000_live_births"), year=2024)
    >>> o.value_in_unit
    12.5
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return pickling.reduce(self)

    indicator: Indicator = attrs.field(validator=check_instance(Indicator))
    value: Quantity | bool = attrs.field(converter=_to_observed)
    year: int = attrs.field(validator=check_year)
    jurisdiction: str | None = attrs.field(default=None, validator=check_optional_text)
    subgroup: str | None = attrs.field(default=None, validator=check_optional_text)
    source: Source | None = attrs.field(
        default=None, validator=check_instance(Source, optional=True)
    )

    _value_m: float | None = attrs.field(init=False, default=None, eq=False, repr=False)

    @value.validator
    def _check_value(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, bool | pint.Quantity):
            raise InvalidValueError(
                f"observation value must be a Quantity or a bool, got {value!r} "
                f"({type(value).__name__})"
            )

    def __attrs_post_init__(self) -> None:
        if isinstance(self.value, pint.Quantity):
            unit = self.indicator.unit
            check_not_bare(self.value, unit)
            value = magnitude_in(self.value, unit, accept_ratio=True)
            if self.indicator.bounded:
                check_bounds(value, unit, f"the observed value of {self.indicator.code!r}")
            object.__setattr__(self, "_value_m", value)

    @property
    def value_in_unit(self) -> float | None:
        """The value as a float in the indicator's unit (None for a yes/no observation)."""
        return self._value_m

    def value_for(self, indicator: Indicator) -> float | None:
        """The value in ``indicator``'s unit, checking that it is the same indicator."""
        if indicator is self.indicator or indicator == self.indicator:
            return self._value_m
        if indicator.code != self.indicator.code:
            raise IndicatorMismatchError(
                f"observation of {self.indicator.code!r} used for indicator {indicator.code!r}"
            )
        if isinstance(self.value, bool):
            return None
        return magnitude_in(self.value, indicator.unit, accept_ratio=True)
