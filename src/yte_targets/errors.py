"""The exception hierarchy of yte_targets.

Every error the library raises on bad input is a :class:`YteTargetsError`.
The concrete classes also derive from the built-in exception a Python user
would expect (:class:`ValueError` or :class:`LookupError`), so
``except ValueError`` keeps working in code that does not know this library.

>>> import yte_targets as yt
>>> try:
...     yt.parse_number("1.2.3,4,5")
... except yt.ParseError as exc:
...     print(exc.position, exc.text)
3 1.2.3,4,5
"""

from __future__ import annotations

__all__ = [
    "IndicatorMismatchError",
    "InvalidValueError",
    "ParseError",
    "UnitError",
    "UnitMismatchError",
    "UnknownUnitError",
    "YteTargetsError",
]


class YteTargetsError(Exception):
    """Root of every exception raised by yte_targets."""


class ParseError(YteTargetsError, ValueError):
    """Text that cannot be read as what was expected.

    ``text`` is the whole input, ``position`` the 0-based index of the first
    character that does not fit, and ``expected`` says what would have fitted.
    """

    def __init__(self, text: str, position: int, expected: str, *, what: str = "value") -> None:
        self.text = text
        self.position = position
        self.expected = expected
        self.what = what
        super().__init__(self._message())

    def _message(self) -> str:
        if not self.text.strip():
            return (
                f"cannot parse {self.text!r} as a {self.what}: the text is empty; "
                f"expected {self.expected}"
            )
        if self.position >= len(self.text):
            found = "the end of the text"
        else:
            found = repr(self.text[self.position])
        return (
            f"cannot parse {self.text!r} as a {self.what}: found {found} at position "
            f"{self.position}; expected {self.expected}"
        )

    def __reduce__(self) -> tuple[object, ...]:  # keep pickling (multiprocessing, Dask) working
        return (_rebuild_parse_error, (self.text, self.position, self.expected, self.what))


def _rebuild_parse_error(text: str, position: int, expected: str, what: str) -> ParseError:
    return ParseError(text, position, expected, what=what)


class UnitError(YteTargetsError, ValueError):
    """Base class of the errors about units."""


class UnknownUnitError(UnitError):
    """A unit name or a Vietnamese unit spelling that the registry does not know."""

    def __init__(self, unit: str, hint: str = "") -> None:
        self.unit = unit
        self.hint = hint
        message = f"unknown unit {unit!r}"
        if hint:
            message += f"; {hint}"
        super().__init__(message)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.unit, self.hint))


class UnitMismatchError(UnitError):
    """A quantity that cannot be converted to the unit asked for.

    Raised, for instance, when a rate per 1,000 live births is converted to a
    rate per 10,000 people: the denominators are different populations.
    """

    def __init__(self, from_unit: str, to_unit: str, reason: str = "") -> None:
        self.from_unit = from_unit
        self.to_unit = to_unit
        self.reason = reason
        message = f"cannot convert from {from_unit!r} to {to_unit!r}"
        if reason:
            message += f": {reason}"
        super().__init__(message)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.from_unit, self.to_unit, self.reason))


class InvalidValueError(YteTargetsError, ValueError):
    """A value that is out of its domain: NaN, infinity, a year out of range, a bad field."""


class IndicatorMismatchError(InvalidValueError):
    """An observation or target of one indicator used with another indicator."""
