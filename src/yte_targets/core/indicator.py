"""Indicators: what a target measures, in which unit, and which way is better.

>>> import yte_targets as yt
>>> imr = yt.Indicator(code="imr", name_vi="Tỷ suất tử vong trẻ em dưới 1 tuổi",
...                    name_en="Infant mortality rate", unit="per_1000_live_births",
...                    direction=yt.Direction.DECREASE)
>>> imr.unit, imr.direction.sign
(<Unit('per_1000_live_births')>, -1)
>>> srb = yt.Indicator(code="srb", name_vi="Tỷ số giới tính khi sinh", unit="boys_per_100_girls",
...                    direction="band", band=yt.Band(103, 107))
>>> srb.band.contains(105.2)
True
"""

from __future__ import annotations

import enum
import re
from typing import Any, Final

import attrs

from ..errors import InvalidValueError
from . import labels, pickling
from .units import Unit, to_unit, ureg
from .validators import (
    check_finite,
    check_instance,
    check_items,
    check_optional_text,
    check_text,
    text_key,
    to_enum,
    to_optional_enum,
    to_str_tuple,
)

__all__ = ["Band", "Category", "Direction", "Indicator"]


class Direction(enum.Enum):
    """Which way is better for an indicator.

    ``INCREASE``: higher is better (coverage, life expectancy). ``DECREASE``:
    lower is better (mortality, stunting). ``BAND``: inside a range is better
    (sex ratio at birth, fertility at replacement level); the range is the
    indicator's :class:`Band`. ``ELIMINATE``: the aim is zero, or the end of a
    disease as a public-health problem (lower is better on the way there).
    """

    INCREASE = "increase"
    DECREASE = "decrease"
    BAND = "band"
    ELIMINATE = "eliminate"

    @property
    def sign(self) -> int:
        """+1 when higher is better, -1 when lower is better, 0 for a band."""
        return _SIGNS[self]

    @property
    def label_vi(self) -> str:
        return labels.direction(self.value, "vi")

    def label(self, lang: str = "vi") -> str:
        """The label in ``lang`` (``"vi"`` or ``"en"``)."""
        return labels.direction(self.value, lang)


_SIGNS: Final = {
    Direction.INCREASE: 1,
    Direction.DECREASE: -1,
    Direction.ELIMINATE: -1,
    Direction.BAND: 0,
}


class Category(enum.Enum):
    """Where an indicator sits in the results chain (as in provincial indicator appendices:
    đầu vào, quá trình/hoạt động, đầu ra/kết quả, tác động)."""

    INPUT = "input"
    PROCESS = "process"
    OUTPUT = "output"
    OUTCOME = "outcome"


@attrs.frozen
class Band:
    """A closed range ``[lower, upper]`` in the indicator's unit, inside which is better.

    >>> Band(107, 103)
    Traceback (most recent call last):
    ...
    yte_targets.errors.InvalidValueError: band bounds are reversed: lower 107 > upper 103
    """

    lower: float = attrs.field(validator=check_finite)
    upper: float = attrs.field(validator=check_finite)

    def __attrs_post_init__(self) -> None:
        if self.lower > self.upper:
            raise InvalidValueError(
                f"band bounds are reversed: lower {self.lower!r} > upper {self.upper!r}"
            )

    def contains(self, value: float) -> bool:
        """Whether ``value`` lies in the band (bounds included)."""
        return self.lower <= value <= self.upper

    def margin(self, value: float) -> float:
        """Distance inside the band to the nearer bound; negative outside it."""
        return min(value - self.lower, self.upper - value)


_CODE: Final = re.compile(r"[a-z0-9][a-z0-9_.\-]*")


def _check_code(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not _CODE.fullmatch(value):
        raise InvalidValueError(
            f"{attribute.name} must be a code of lower-case letters, digits, '_', '.' or '-' "
            f"(e.g. 'imr'), got {value!r}"
        )


def _to_unit(value: Unit | str) -> Unit:
    return to_unit(value)


def _to_direction(value: Direction | str) -> Direction:
    return to_enum(Direction)(value)


def _to_category(value: Category | str | None) -> Category | None:
    return to_optional_enum(Category)(value)


@attrs.frozen(kw_only=True)
class Indicator:
    """A measured quantity with a stable code, names, unit and direction.

    ``unit`` takes a registry unit or its name; an unknown name raises
    :class:`~yte_targets.UnknownUnitError`. A ``BAND`` indicator needs its
    ``band``; other directions must not have one. ``aliases`` are the
    Vietnamese spellings by which documents name the indicator;
    ``disaggregation`` names the dimension its targets are split by (e.g.
    ``"sex"``); ``references`` cite standard definitions (``"SDG 3.1.1"``).
    ``catalogued`` is False for an indicator built from a document's own words.
    ``bounded`` (default True) holds its measured values (observations, baselines)
    to the natural bounds of its unit (a share in 0-100%, a rate never negative:
    :func:`~yte_targets.core.units.natural_bounds`); False for an indicator whose
    measurements may pass them (an administrative coverage above 100%). Target
    values are always held to them.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return pickling.reduce(self)

    code: str = attrs.field(validator=_check_code)
    name_vi: str = attrs.field(validator=check_text)
    name_en: str = attrs.field(default="", validator=check_instance(str))
    unit: Unit = attrs.field(default=ureg.dimensionless, converter=_to_unit)
    direction: Direction = attrs.field(converter=_to_direction)
    category: Category | None = attrs.field(default=None, converter=_to_category)
    aliases: tuple[str, ...] = attrs.field(
        default=(), converter=to_str_tuple, validator=check_items(str)
    )
    disaggregation: str | None = attrs.field(default=None, validator=check_optional_text)
    band: Band | None = attrs.field(default=None, validator=check_instance(Band, optional=True))
    references: tuple[str, ...] = attrs.field(
        default=(), converter=to_str_tuple, validator=check_items(str)
    )
    catalogued: bool = attrs.field(default=True, validator=check_instance(bool))
    bounded: bool = attrs.field(default=True, validator=check_instance(bool))

    def __attrs_post_init__(self) -> None:
        if self.direction is Direction.BAND and self.band is None:
            raise InvalidValueError(
                f"indicator {self.code!r} has direction 'band' but no band: "
                "pass band=Band(lower, upper)"
            )
        if self.direction is not Direction.BAND and self.band is not None:
            raise InvalidValueError(
                f"indicator {self.code!r} has a band but direction {self.direction.value!r}; "
                "a band goes with direction 'band'"
            )

    def __str__(self) -> str:
        return self.name_vi

    def matches_name(self, text: str) -> bool:
        """Whether ``text`` is this indicator's Vietnamese name or one of its aliases
        (ignoring case, spacing and Unicode normal form)."""
        key = text_key(text)
        return key == text_key(self.name_vi) or any(key == text_key(a) for a in self.aliases)
