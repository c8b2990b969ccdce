"""Vietnamese quantities: a number and its unit label, written and read (``12,5‰``).

The number follows :mod:`yte_targets.core.numbers`, the unit
:mod:`yte_targets.core.units` and its labels :mod:`yte_targets.core.labels`.

>>> from yte_targets import format_quantity, parse_quantity
>>> format_quantity(parse_quantity("42/100.000 trẻ đẻ sống"))
'42/100.000 trẻ đẻ sống'
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP
from typing import Final

import pint

from ..errors import InvalidValueError, ParseError
from .numbers import format_number, parse_number
from .units import Q_, Quantity, Unit, parse_unit, unit_label

__all__ = ["format_quantity", "parse_quantity"]


def format_quantity(
    quantity: Quantity, decimals: int | None = None, *, rounding: str = ROUND_HALF_UP
) -> str:
    """Format a quantity with its Vietnamese unit label: ``12,5‰``, ``30/10.000 dân``.

    Signs and rates attach to the number (``95%``, ``12,5‰``,
    ``42/100.000 trẻ đẻ sống``); words follow a space (``74,5 tuổi``,
    ``168,5 cm``). ``decimals`` and ``rounding`` are those of
    :func:`format_number`.

    >>> from yte_targets import Q_
    >>> format_quantity(Q_(12.5, "permille")), format_quantity(Q_(95, "percent"))
    ('12,5‰', '95%')
    >>> format_quantity(Q_(30, "per_10000_people")), format_quantity(Q_(74.5, "year_of_age"))
    ('30/10.000 dân', '74,5 tuổi')
    >>> format_quantity(Q_(2.125, "children_per_woman"), decimals=2)
    '2,13 con/phụ nữ'
    """
    if not isinstance(quantity, pint.Quantity):
        raise InvalidValueError(
            f"expected a Quantity, got {quantity!r} ({type(quantity).__name__})"
        )
    number = format_number(quantity.magnitude, decimals, rounding=rounding)
    return _join(number, quantity.units)


def _join(number: str, unit: Unit) -> str:
    label = unit_label(unit)
    if not label:
        return number
    if label[0] in "/%‰":
        return number + label
    return f"{number} {label}"


_QUANTITY_NUMBER: Final = re.compile(r"[ \t\u00a0]*[-+\u2212]?[0-9][0-9.,]*")


def parse_quantity(text: str) -> Quantity:
    """Parse a Vietnamese quantity, a number followed by a unit spelling.

    The number follows :func:`parse_number`; the unit is anything
    :func:`~yte_targets.parse_unit` reads. The magnitude is a float.

    >>> parse_quantity("12,5‰")
    <Quantity(12.5, 'permille')>
    >>> parse_quantity("30/10.000 dân")
    <Quantity(30.0, 'per_10000_people')>
    >>> parse_quantity("74,5 tuổi")
    <Quantity(74.5, 'year_of_age')>
    >>> parse_quantity("abc")
    Traceback (most recent call last):
    ...
    yte_targets.errors.ParseError: cannot parse 'abc' as a quantity: found 'a' at position 0; ...
    """
    if not isinstance(text, str):
        raise InvalidValueError(
            f"expected text (a str) to parse, got {text!r} ({type(text).__name__})"
        )
    match = _QUANTITY_NUMBER.match(text)
    if match is None:
        stripped = len(text) - len(text.lstrip(" \t\u00a0"))
        raise ParseError(
            text, stripped, "a number followed by a unit, e.g. '12,5‰'", what="quantity"
        )
    number_text = match.group()
    try:
        number = parse_number(number_text)
    except ParseError as exc:
        raise ParseError(text, exc.position, exc.expected, what="quantity") from None
    unit = parse_unit(text[match.end() :])
    return Q_(float(number), unit)
