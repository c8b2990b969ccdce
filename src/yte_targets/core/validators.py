"""Small attrs validators and converters shared by the domain types.

Every failure raises :class:`~yte_targets.InvalidValueError` (never attrs' bare
``TypeError``/``ValueError``), naming the field, the bad value and what was
expected.
"""

from __future__ import annotations

import enum
import math
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any, Final, TypeVar

import attrs

from ..errors import InvalidValueError, shown

#: Years a plan, target or observation may carry.
MIN_YEAR: Final = 1900
MAX_YEAR: Final = 2200

E = TypeVar("E", bound=enum.Enum)
T = TypeVar("T")


def check_year(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A whole year between :data:`MIN_YEAR` and :data:`MAX_YEAR`."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValueError(
            f"{attribute.name} must be a year (an int), got {shown(value)} ({type(value).__name__})"
        )
    if not MIN_YEAR <= value <= MAX_YEAR:
        raise InvalidValueError(
            f"{attribute.name} {value} is out of range: expected a year from {MIN_YEAR} "
            f"to {MAX_YEAR}"
        )


def check_optional_year(obj: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        check_year(obj, attribute, value)


def check_text(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Non-empty text."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidValueError(f"{attribute.name} must be non-empty text, got {shown(value)}")


def check_optional_text(obj: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        check_text(obj, attribute, value)


def check_finite(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidValueError(f"{attribute.name} must be a number, got {shown(value)}")
    if not math.isfinite(value):
        raise InvalidValueError(f"{attribute.name} must be finite, got {shown(value)}")


def check_instance(
    kind: type | tuple[type, ...], *, optional: bool = False
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator: ``value`` is an instance of ``kind`` (or None when ``optional``)."""
    names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)

    def validate(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and optional:
            return
        if not isinstance(value, kind):
            raise InvalidValueError(
                f"{attribute.name} must be a {names}, got {shown(value)} ({type(value).__name__})"
            )

    return validate


def check_items(kind: type) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """Validator: every item of a tuple is an instance of ``kind``."""

    def validate(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        assert isinstance(value, tuple)  # the converter made it one
        for index, item in enumerate(value):
            if not isinstance(item, kind):
                raise InvalidValueError(
                    f"{attribute.name}[{index}] must be a {kind.__name__}, got {shown(item)} "
                    f"({type(item).__name__})"
                )

    return validate


def to_enum(kind: type[E]) -> Callable[[Any], E]:
    """Converter: an enum member from itself or from its value (``"increase"``)."""

    def convert(value: Any) -> E:
        if isinstance(value, kind):
            return value
        try:
            return kind(value)
        except ValueError:
            choices = ", ".join(repr(m.value) for m in kind)
            raise InvalidValueError(
                f"{value!r} is not a {kind.__name__}; expected one of {choices}"
            ) from None

    return convert


def to_optional_enum(kind: type[E]) -> Callable[[Any], E | None]:
    convert = to_enum(kind)

    def convert_optional(value: Any) -> E | None:
        return None if value is None else convert(value)

    return convert_optional


def to_tuple(value: Iterable[T] | None) -> tuple[T, ...]:
    """Converter: any iterable (but not a lone string) to a tuple."""
    if value is None:
        return ()
    if isinstance(value, str | bytes):
        raise InvalidValueError(f"expected a sequence of items, got the string {value!r}")
    try:
        return tuple(value)
    except TypeError:
        raise InvalidValueError(f"expected a sequence of items, got {shown(value)}") from None


def to_str_tuple(value: Iterable[str] | None) -> tuple[str, ...]:
    """Converter: a sequence of strings to a tuple (typed for the attrs mypy plugin)."""
    return to_tuple(value)


def text_key(text: str) -> str:
    """Comparison key of a Vietnamese name: NFC, case-folded, single spaces."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())
