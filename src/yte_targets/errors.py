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
    "MissingDependencyError",
    "NoTextLayerError",
    "ParseError",
    "PlanFileError",
    "UnitError",
    "UnitMismatchError",
    "UnknownDocumentError",
    "UnknownIndicatorError",
    "UnknownUnitError",
    "YteTargetsError",
]


#: The most characters of an input an error message repeats.
SHOWN_CHARACTERS = 120


def shown(text: object, around: int | None = None, width: int = SHOWN_CHARACTERS) -> str:
    """``repr`` of an input for a message, cut to about ``width`` characters (around
    position ``around`` when given) with ``…`` where it is cut, and its length."""
    if not isinstance(text, str):
        full = repr(text)
        return full if len(full) <= width else full[: width - 1] + "…"
    if len(text) <= width:
        return repr(text)
    start = 0 if around is None else max(0, min(around - width // 2, len(text) - width))
    part = text[start : start + width]
    return (
        ("…" if start else "")
        + repr(part)
        + ("…" if start + width < len(text) else "")
        + f" ({len(text):,} characters)"
    )


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
                f"cannot parse {shown(self.text)} as a {self.what}: the text is empty; "
                f"expected {self.expected}"
            )
        if self.position >= len(self.text):
            found = "the end of the text"
        else:
            found = repr(self.text[self.position])
        return (
            f"cannot parse {shown(self.text, self.position)} as a {self.what}: found {found} "
            f"at position {self.position}; expected {self.expected}"
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
        message = f"unknown unit {shown(unit)}"
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


class UnknownIndicatorError(YteTargetsError, LookupError):
    """An indicator code that the catalogue (or the plan) does not define.

    ``suggestions`` lists close codes, best first.
    """

    def __init__(
        self, code: str, suggestions: tuple[str, ...] = (), where: str = "catalogue"
    ) -> None:
        self.code = code
        self.suggestions = tuple(suggestions)
        self.where = where
        message = f"unknown indicator {shown(code)} in the {where}"
        if self.suggestions:
            message += "; did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?"
        super().__init__(message)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.code, self.suggestions, self.where))

    def __str__(self) -> str:  # LookupError would otherwise quote the message as a key
        return str(self.args[0])


class UnknownDocumentError(YteTargetsError, LookupError):
    """A document number of which no plan is shipped (``yt.datasets.national``)."""

    def __init__(self, number: str, available: tuple[str, ...] = ()) -> None:
        self.number = number
        self.available = tuple(available)
        message = f"no plan is shipped for the document {shown(number)}"
        if self.available:
            message += "; available: " + ", ".join(self.available)
        super().__init__(message)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.number, self.available))

    def __str__(self) -> str:
        return str(self.args[0])


class PlanFileError(YteTargetsError, ValueError):
    """A plan or actuals file that does not fit the format.

    ``path`` locates the problem inside the data (``targets[3].value``), ``file``
    names the file when there is one, ``problems`` lists every (path, message)
    found, the first of which makes the message.
    """

    def __init__(
        self,
        message: str,
        path: str = "",
        file: str | None = None,
        problems: tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.message = message
        self.path = path
        self.file = file
        self.problems = tuple(problems) or ((path, message),)
        message = message if len(message) <= 4 * SHOWN_CHARACTERS else shown(message)
        where = ": ".join(part for part in (file, path) if part)
        text = f"{where}: {message}" if where else message
        if len(self.problems) > 1:
            text += f" (and {len(self.problems) - 1} more problem"
            text += "s)" if len(self.problems) > 2 else ")"
        super().__init__(text)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.message, self.path, self.file, self.problems))


class MissingDependencyError(YteTargetsError, ImportError):
    """An optional dependency that a feature needs is not installed (the message names the
    extra to install)."""


class NoTextLayerError(YteTargetsError, ValueError):
    """A PDF whose pages hold no text, only images: a scan without a text layer.

    ``file`` names the file (``None`` for bytes) and ``pages`` counts its pages.
    The library does no OCR: run an OCR tool (such as OCRmyPDF with its Vietnamese
    language data) first, and read the PDF it writes.
    """

    def __init__(self, file: str | None, pages: int) -> None:
        self.file = file
        self.pages = pages
        what = f"the PDF {file!r}" if file else "the PDF"
        plural = "" if pages == 1 else "s"
        super().__init__(
            f"{what} has no text layer: its {pages} page{plural} hold images only (a scan?); "
            "yte_targets does no OCR: expected a PDF with text, such as one an OCR tool "
            "(OCRmyPDF with Vietnamese) writes"
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.file, self.pages))
