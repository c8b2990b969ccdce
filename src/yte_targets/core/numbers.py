"""Vietnamese numbers: formatting and strict parsing (locale ``vi``).

Vietnamese writes ``.`` between groups of thousands and ``,`` before the
decimals: ``1.234.567,891``, ``74,5``, ``10.000``, ``0,95``. The separators
come from Babel's CLDR data for ``vi``, read once on first use.

>>> from yte_targets import format_number, parse_number
>>> format_number(1234567.891), format_number(74.5), format_number(10000)
('1.234.567,891', '74,5', '10.000')
>>> parse_number("10.000"), parse_number("74,5"), parse_number("0,95")
(Decimal('10000'), Decimal('74.5'), Decimal('0.95'))

Formatting
    ``decimals=None`` shows the number as given: an int or integral float has
    no decimals, another float its shortest round-tripping digits
    (``repr``), a :class:`~decimal.Decimal` its own digits, trailing zeros
    included (``Decimal("3.0")`` is ``"3,0"``). ``decimals=n`` rounds to exactly
    ``n`` decimals with ``rounding``, by default :data:`decimal.ROUND_HALF_UP`
    (halves away from zero, the rule taught and used in Vietnamese statistics:
    ``2,25 -> 2,3``; Babel's own default is half-to-even). Any mode of the
    :mod:`decimal` module can be passed. NaN and infinities are refused with
    :class:`~yte_targets.InvalidValueError`.

Parsing
    Strict, never a guess: ``"1.234"`` is one thousand two hundred and
    thirty-four, ``"1,234"`` is 1.234; every group after a ``.`` has three
    digits; at most one ``,``; an optional sign (``-``, ``−`` or ``+``) and
    surrounding spaces are allowed; leading zeros are allowed (``"05"``, as
    documents write it). Anything else raises :class:`~yte_targets.ParseError`
    carrying the position of the first character that does not fit. Signs of
    units (``%``, ``‰``) and comparators (``<``, ``≥``) belong to
    :func:`parse_quantity` and to the target parser, not here.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal, localcontext
from functools import lru_cache
from typing import Final, TypeAlias

from ..errors import InvalidValueError, ParseError

__all__ = ["Number", "format_number", "parse_number"]

Number: TypeAlias = int | float | Decimal

LOCALE: Final = "vi"

_ROUNDING_MODES: Final = frozenset(
    {
        "ROUND_CEILING",
        "ROUND_DOWN",
        "ROUND_FLOOR",
        "ROUND_HALF_DOWN",
        "ROUND_HALF_EVEN",
        "ROUND_HALF_UP",
        "ROUND_UP",
        "ROUND_05UP",
    }
)


class _Symbols:
    """Number symbols of the ``vi`` locale, read from Babel once."""

    __slots__ = ("decimal", "group", "minus", "to_local")

    def __init__(self) -> None:
        from babel import Locale  # Babel is imported on first use, not with the package
        from babel.numbers import get_decimal_symbol, get_group_symbol, get_minus_sign_symbol

        pattern = Locale.parse(LOCALE).decimal_formats[None]
        if tuple(pattern.grouping) != (3, 3):  # pragma: no cover - CLDR data change
            raise RuntimeError(f"unexpected grouping {pattern.grouping} for locale {LOCALE!r}")
        self.decimal: str = get_decimal_symbol(LOCALE)
        self.group: str = get_group_symbol(LOCALE)
        self.minus: str = get_minus_sign_symbol(LOCALE)
        self.to_local = str.maketrans({",": self.group, ".": self.decimal, "-": self.minus})


@lru_cache(maxsize=1)
def _symbols() -> _Symbols:
    return _Symbols()


def _to_decimal(value: Number) -> Decimal:
    if isinstance(value, bool):
        raise InvalidValueError(f"expected a number, got the bool {value!r}")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise InvalidValueError(f"expected a finite number, got {value!r}")
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidValueError(f"expected a finite number, got {value!r}")
        if value.is_integer() and abs(value) < 1e16:
            return Decimal(int(value))
        return Decimal(float.__repr__(value))  # not repr(): numpy floats print "np.float64(..)"
    raise InvalidValueError(
        f"expected an int, float or Decimal, got {value!r} ({type(value).__name__})"
    )


def _rounding_mode(rounding: str) -> str:
    if rounding not in _ROUNDING_MODES:
        raise InvalidValueError(
            f"unknown rounding mode {rounding!r}; expected one of {sorted(_ROUNDING_MODES)}"
        )
    return rounding


def format_number(
    value: Number, decimals: int | None = None, *, rounding: str = ROUND_HALF_UP
) -> str:
    """Format a number the Vietnamese way: ``1.234.567,891``.

    ``decimals`` fixes the number of decimals (rounding with ``rounding``, a
    mode of :mod:`decimal`, by default half up); ``None`` keeps the number's
    own digits. See the module documentation for the exact rules.

    >>> format_number(12.25, decimals=1)
    '12,3'
    >>> format_number(12.25, decimals=1, rounding="ROUND_HALF_EVEN")
    '12,2'
    >>> format_number(-0.5)
    '-0,5'
    >>> format_number(float("nan"))
    Traceback (most recent call last):
    ...
    yte_targets.errors.InvalidValueError: expected a finite number, got nan
    """
    number = _to_decimal(value)
    if decimals is not None:
        if isinstance(decimals, bool) or not isinstance(decimals, int) or decimals < 0:
            raise InvalidValueError(
                f"decimals must be a whole number >= 0 or None, got {decimals!r}"
            )
        mode = _rounding_mode(rounding)
        with localcontext() as context:
            context.prec = max(28, number.adjusted() + decimals + 2)
            number = number.quantize(Decimal(1).scaleb(-decimals), rounding=mode)
    if not number:
        number = number.copy_abs()  # no "-0"
    return format(number, ",f").translate(_symbols().to_local)


_NUMBER: Final = re.compile(
    r"[ \t\u00a0]*(?P<sign>[-+\u2212]?)(?P<int>[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)"
    r"(?:,(?P<frac>[0-9]+))?[ \t\u00a0]*"
)


def parse_number(text: str) -> Decimal:
    """Parse a Vietnamese number strictly into an exact :class:`~decimal.Decimal`.

    >>> parse_number("1.234.567,891")
    Decimal('1234567.891')
    >>> parse_number("05")
    Decimal('5')
    >>> parse_number("1,234.5")
    Traceback (most recent call last):
    ...
    yte_targets.errors.ParseError: cannot parse '1,234.5' as a Vietnamese number: found '.' at ...
    """
    if not isinstance(text, str):
        raise InvalidValueError(
            f"expected text (a str) to parse, got {text!r} ({type(text).__name__})"
        )
    match = _NUMBER.fullmatch(text)
    if match is None:
        raise _number_error(text)
    digits = match["int"].replace(".", "")
    if match["frac"] is not None:
        digits += "." + match["frac"]
    sign = "-" if match["sign"] in ("-", "\u2212") else ""
    return Decimal(sign + digits)


def _number_error(text: str) -> ParseError:
    """Find the first character of ``text`` that does not fit a Vietnamese number."""
    what = "Vietnamese number"
    n = len(text)
    i = 0
    while i < n and text[i] in " \t\u00a0":
        i += 1
    if i < n and text[i] in "-+\u2212":
        i += 1
    if i >= n or not "0" <= text[i] <= "9":
        return ParseError(text, i, "a digit", what=what)
    start = i
    while i < n and "0" <= text[i] <= "9":
        i += 1
    if i < n and text[i] == ".":
        if i - start > 3:
            return ParseError(
                text,
                i,
                "',' before the decimals ('.' separates groups of three digits, "
                "so at most three digits come before the first '.')",
                what=what,
            )
        while i < n and text[i] == ".":
            i += 1
            for _ in range(3):
                if i >= n or not "0" <= text[i] <= "9":
                    return ParseError(
                        text,
                        i,
                        "a digit ('.' separates groups of exactly three digits; "
                        "the decimal separator is ',')",
                        what=what,
                    )
                i += 1
        if i < n and "0" <= text[i] <= "9":
            return ParseError(
                text,
                i,
                "',' or the end of the number (a group after '.' has three digits)",
                what=what,
            )
    if i < n and text[i] == ",":
        i += 1
        if i >= n or not "0" <= text[i] <= "9":
            return ParseError(text, i, "a digit after the decimal ','", what=what)
        while i < n and "0" <= text[i] <= "9":
            i += 1
        if i < n and text[i] in ".,":
            return ParseError(
                text,
                i,
                "a digit or the end of the number (only one ',' and no '.' after the decimals)",
                what=what,
            )
    while i < n and text[i] in " \t\u00a0":
        i += 1
    if i < n:
        return ParseError(text, i, "a digit, '.', ',' or the end of the number", what=what)
    # The regular expression and this scanner describe the same language; reaching
    # here would mean they disagree.
    return ParseError(text, n, "a Vietnamese number", what=what)  # pragma: no cover
