"""Target values as plans write them: "dưới 10‰", "đạt trên 80%", ">90,26", "30/10.000 dân".

>>> import yte_targets as yt
>>> yt.parse_target_value("dưới 10‰")
(<Comparator.LT: '<'>, <Quantity(10.0, 'permille')>)
>>> yt.parse_target_value("khoảng 74,5 tuổi")
(<Comparator.APPROX: '~'>, <Quantity(74.5, 'year_of_age')>)
>>> yt.parse_target_value("đạt 30 giường bệnh/10.000 dân")
(<Comparator.EQ: '='>, <Quantity(30.0, 'per_10000_people')>)
>>> yt.parse_target_value("dưới 60 ca", unit="per_100000_live_births")
(<Comparator.LT: '<'>, <Quantity(60.0, 'per_100000_live_births')>)
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache
from typing import Final

import attrs

from ..core.indicator import Direction, Indicator
from ..core.numbers import parse_number
from ..core.target import Comparator
from ..core.units import (
    DENOMINATOR_WORDS,
    MULTIPLIER_WORDS,
    Quantity,
    Unit,
    magnitude_in,
    parse_unit,
    to_unit,
    unit_name,
    ureg,
)
from ..errors import ParseError, UnitError, UnitMismatchError, YteTargetsError
from .caseless import caseless
from .lang import language
from .ocr import tolerant
from .phrases import as_scanned_digits, without_footnotes

__all__ = ["clean_text", "parse_target_value"]

_VI: Final = language("vi")


def _w(key: str) -> tuple[str, ...]:
    """The words of ``key`` in ``target_values.toml``."""
    return _VI.words("target_values", key)


def _as_written(words: tuple[str, ...] | list[str]) -> str:
    """Any of ``words`` exactly as written (no scan damage), in their order."""
    return "|".join(re.escape(word) for word in words)


_SYMBOLS: Final = {symbol.value: symbol for symbol in Comparator}
#: Comparator words and signs, most specific first, from the language data
#: (``lang/vi/comparators.toml``): a word and the comparator it states (None for a word that
#: stands before a value and states none, "phấn đấu").
COMPARATOR_WORDS: Final[tuple[tuple[str, Comparator | None], ...]] = tuple(
    (word, _SYMBOLS[symbol] if symbol else None) for word, symbol in _VI.get("comparators", "words")
)
_SPECIFIC: Final = {Comparator.LT, Comparator.LE, Comparator.GT, Comparator.GE}
#: The words of a change before its amount ("giảm 2‰", "tăng thêm 5%", "tăng bình quân
#: tối thiểu 1%"): the amount is no level the indicator must reach.
CHANGE_BEFORE: Final = caseless(
    rf"(?<![^\W\d_])(?:{tolerant(*_w('change_verbs'))})"
    rf"(?:\s+(?:{tolerant(*_w('change_steps'))}))?"
    rf"(?:\s+(?:{tolerant(*_w('change_bounds'))}))?\s*$",
)
# "từ 14‰ (năm 2020) xuống còn 10‰": a start value, then the words that lead to the target.
_FROM: Final = caseless(rf"(?<![^\W\d_])(?:{tolerant(*_w('from'))})\s*$")
_TO_VALUE: Final = caseless(
    r"\s*(?:[%‰]|[^\W\d_]+(?:\s+[^\W\d_]+){0,3})?\s*"
    rf"(?:\(?(?:{tolerant(*_w('start_year'))})\s+\d{{4}}\)?\s*)?,?\s*"
    rf"(?P<verb>{tolerant(*_w('lowered_to'))}"
    rf"|{tolerant(*_w('moved_to'), *_w('to'))})"
    r"\s+(?=\D{0,40}\d)",
)
# A number followed by "/": a rate only when a rate follows ("30/10.000 dân"), never a bare
# fraction ("1/1000").
_FRACTION: Final = re.compile(r"(\s*)/")
_TAGS: Final = re.compile(r"<[^>]{0,200}>")
_EMPHASIS: Final = re.compile(r"[*_`]+")
# (no letters: compiled caseless for its scan, which skips ahead to a digit)
NUMBER: Final = caseless(r"[-+\u2212]?\d[\d.,]*")
# A rate's denominator: "/10.000 dân", "trên 100 000 trẻ đẻ sống", "/vạn dân". Its words are
# those parse_unit reads (core.units): the denominators, longest first, and the multiplier words
# of a thousand or more ("trên trăm người" is over a hundred people, no rate).
_RATE_SIZES: Final = _as_written([word for word, size in MULTIPLIER_WORDS.items() if size >= 1000])
_RATE_DENOMINATORS: Final = _as_written(sorted(DENOMINATOR_WORDS, key=len, reverse=True))
RATE: Final = caseless(
    rf"(?:/|\b(?:{_as_written(_w('per'))})\b)\s*(?:\d{{1,3}}(?:[.\s]\d{{3}})*\s*|\d[\d.]*\s*)?"
    rf"(?:{_RATE_SIZES})?\s*"
    rf"(?:{_RATE_DENOMINATORS})\b",
)
#: Units of things counted ("60 ca", "12 bác sỹ", "30 giường"), not of rates.
COUNT_UNITS: Final = frozenset({"case", "person", "bed"})
_COUNTS: Final = COUNT_UNITS | {"dimensionless"}
#: A range of values: "90-95%", "90% - 95%", "từ 95 đến 98%", "0,5–1%".
RANGE: Final = caseless(
    rf"(?P<low>\d[\d.,]*?)[.,]?\s*(?P<mark>[%‰])?\s*(?:[-–—]|(?:{tolerant(*_w('to'))})\s)\s*"
    r"(?P<high>\d[\d.,]*)",
)
_YEAR_NUMBER: Final = re.compile(r"(?:19|20|21)\d{2}")
# Numbers that are never values: the numbers of documents ("Nghị quyết số 20-NQ/TW",
# "546/QĐ-TTg", "12/2024/NQ-HĐND"), dates ("29/4/2022", "ngày 10 tháng 7 năm 2024", "tháng
# 6/2024", "quý II/2024").
_CAPITALS: Final = "".join(_VI.words("letters", "extra")).upper()  # beyond A-Z: "QĐ-UBND"
_DAY: Final = tolerant(*_w("day"))
_MONTH: Final = tolerant(*_w("month"))
_YEAR_WORD: Final = tolerant(*_VI.words("time", "year"))
_NOT_VALUES: Final = caseless(
    rf"(?<![\w/])\d+(?:/(?:19|20|21)\d{{2}})?[-/](?-i:[A-Z{_CAPITALS}])[\w-]*(?:/[\w-]+)*"
    r"|(?<![\w/.,])\d{1,2}/\d{1,2}/(?:19|20|21)\d{2}(?![\w/])"
    rf"|(?:{_DAY})\s+\d{{1,2}}(?:\s+(?:{_MONTH})\s+\d{{1,2}})?"
    rf"(?:\s+(?:{_YEAR_WORD})\s+\d{{4}})?"
    rf"|(?:{_MONTH})\s+\d{{1,2}}(?:\s*/\s*\d{{4}}|\s+(?:{_YEAR_WORD})\s+\d{{4}})?"
    rf"|(?:{tolerant(*_w('quarter'))})\s+(?:[IV]{{1,3}}|\d)(?:\s*/\s*\d{{4}})?",
)


def not_values(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` whose numbers are no values: documents' numbers and dates."""
    return [m.span() for m in _NOT_VALUES.finditer(text)]


# A number that cannot be read as written: a decimal part without its whole one (",5%"), an
# exponent ("1e3"), a fraction that is no rate ("1/3"; "30/10.000 dân" is one).
_DAMAGED: Final = re.compile(
    r"\d[\d.,]*[eE][-+]?\d"
    r"|\d[\d.,]*\s*/\s*(?!(?:10|100|1[.\s]?000|10[.\s]?000|100[.\s]?000|1[.\s]?000[.\s]?000)"
    r"(?!\d))\d"
)

_DECIMAL_POINT: Final = re.compile(r"\d{1,3}\.\d{1,2}")

#: A period of years: "2021-2025", "2026 – 2030".
PERIOD: Final = re.compile(r"(?:19|20|21)\d{2}\s*[-–—]\s*(?:19|20|21)\d{2}(?!\d)")
# "95% trở lên" is at least 95%, "10‰ trở xuống" at most 10‰.
_UNIT_WORD: Final = r"^\s*(?:[%‰]|[^\W\d_]+)?\s*"
_OR_MORE: Final = caseless(
    rf"{_UNIT_WORD}(?:{_VI.pattern('comparators', 'or_more')})",
)
_OR_LESS: Final = caseless(
    rf"{_UNIT_WORD}(?:{_VI.pattern('comparators', 'or_less')})",
)


@lru_cache(maxsize=8192)
def clean_text(text: str) -> str:
    """NFC, no Markdown emphasis or HTML tags, single spaces (a document's lines are cleaned
    by several readers: the result is kept)."""
    text = as_scanned_digits(without_footnotes(unicodedata.normalize("NFC", text)))
    if "<" in text:
        text = _TAGS.sub(" ", text)
    if "*" in text or "_" in text or "`" in text:
        text = _EMPHASIS.sub("", text)
    return " ".join(text.replace("\u00a0", " ").split())


def _word_pattern(word: str) -> str:
    return f"(?:{tolerant(word)})(?![^\\W\\d_])" if word[0].isalpha() else re.escape(word)


# Each comparator word at the start of the text (damaged as scans damage it), in the order of
# COMPARATOR_WORDS; a word must end where a word ends ("trên" is not "trênh").
_COMPARATOR: Final = caseless(
    "|".join(f"(?P<w{i}>{_word_pattern(word)})" for i, (word, _) in enumerate(COMPARATOR_WORDS)),
)
#: The text just before a year that says it is one: "đến năm 2030", "vào 2030".
YEAR_BEFORE: Final = caseless(
    rf"(?<![^\W\d_])(?:{tolerant(*_w('year_before'))})\s*$",
)


def comparator_at(text: str, position: int = 0) -> tuple[Comparator | None, int] | None:
    """The comparator word at ``position`` of ``text`` and where it ends (None: no such word;
    ``(None, end)`` for a word that states none, as "phấn đấu")."""
    found = _COMPARATOR.match(text, position)
    if found is None or found.lastgroup is None:
        return None
    return COMPARATOR_WORDS[int(found.lastgroup[1:])][1], found.end()


def _comparator(words: str) -> Comparator:
    """The comparator the words before a number state (a plain value is ``=``)."""
    found: list[Comparator] = []
    position = 0
    while position < len(words):
        while position < len(words) and words[position] in " :,-–":
            position += 1
        word = comparator_at(words, position)
        if word is not None:
            if word[0] is not None:
                found.append(word[0])
            position = word[1]
        else:
            # not a comparator word: skip it ("Tỷ lệ ... đạt", "phấn đấu đến năm 2030 đạt")
            space = words.find(" ", position)
            position = len(words) if space < 0 else space + 1
    specific = [c for c in found if c in _SPECIFIC]
    if specific:
        return specific[-1]
    if Comparator.APPROX in found:
        return Comparator.APPROX
    return Comparator.EQ if not found or found[-1] is Comparator.EQ else found[-1]


def value_range(text: str, position: int = 0) -> tuple[float, float, re.Match[str]] | None:
    """The range that starts at ``position`` of ``text`` ("90-95%": (90.0, 95.0, match)), or
    None: a single number, a period of years ("2021-2025"), or two numbers that make no range
    (the second not above the first, a year after a value: "95% đến 2030")."""
    found = RANGE.match(text, position)
    if found is None:
        return None
    try:
        low = float(parse_number(found.group("low").rstrip(".,")))
        high = float(parse_number(found.group("high").rstrip(".,")))
    except YteTargetsError:
        return None
    if _YEAR_NUMBER.fullmatch(found.group("high").rstrip(".,")) or not low < high:
        return None
    return low, high, found


_SPACED_THOUSANDS: Final = re.compile(r"(?<=\d)\s(?=\d{3}\b)")


def rate_unit(text: str) -> Unit:
    """The unit of a rate as written ("/10.000 dân", "trên 100 000 trẻ đẻ sống": thousands
    set apart by a space)."""
    return parse_unit(_SPACED_THOUSANDS.sub(".", text))


_SIGNS: Final = "%‰"
_EXAMPLE_VALUE: Final = _VI.get("target_values", "examples.value")
_EXAMPLE_CHANGES: Final = ", ".join(
    f"'{example}'" for example in _VI.words("target_values", "examples.changes")
)
# "1,1 triệu người", "40 nghìn tỷ đồng": a number completed by a word, which no unit is
_MULTIPLIER: Final = caseless(
    rf"(?:{tolerant(*_w('multipliers'))})(?![^\W\d_])",
)


def _unit_of(rest: str) -> Unit | None:
    """The unit written after the number, if any can be read."""
    rest = rest.strip(" .;:,)(")
    if not rest:
        return None
    if _MULTIPLIER.match(rest) and RATE.match(rest) is None:  # "1,1 triệu người"
        raise ParseError(rest, 0, "a number in digits, not with a multiplier word", what="unit")
    rate = RATE.search(rest)
    if rate is not None:
        return rate_unit(rate.group())
    words = rest.split()
    for size in range(min(len(words), 4), 0, -1):  # "% dân số", "con/phụ nữ", "tuổi"
        try:
            found = parse_unit(" ".join(words[:size]))
        except UnitError:
            continue
        if size < len(words) and words[size][:1] in _SIGNS:  # "10 ‰ ‰": a sign twice
            raise ParseError(rest, len(" ".join(words[:size])) + 1, "one unit sign", what="unit")
        return found
    if rest[0] in _SIGNS:
        if len(rest) > 1 and (rest[1].isalnum() or rest[1] in _SIGNS):  # "10,5‰o"
            raise ParseError(rest, 1, "the end of the unit sign", what="unit")
        return parse_unit(rest[0])
    return None


def _in_range(
    comparator: Comparator, low: float, high: float, indicator: Indicator | None
) -> tuple[Comparator, float]:
    """The comparator and value a range stands for: the end that matters. "giảm còn 10-15%"
    is at most 15%; "đạt 90-95%" of a coverage is at least 90%, of a mortality at most 95%;
    on a band indicator, about the middle (:func:`yte_targets.parse_target` gives the half
    width as the target's tolerance)."""
    if comparator in (Comparator.LT, Comparator.LE):
        return Comparator.LE, high
    if comparator in (Comparator.GT, Comparator.GE):
        return Comparator.GE, low
    direction = indicator.direction if indicator is not None else Direction.INCREASE
    if direction is Direction.BAND:
        return Comparator.APPROX, (low + high) / 2
    if direction.sign < 0:
        return Comparator.LE, high
    return Comparator.GE, low


_PER_N: Final = re.compile(r"^per_(\d+)_")
_RATIO_DENOMINATOR: Final = {"percent": 100, "permille": 1000}


def _check_ratio(written: Unit, indicator: Indicator) -> None:
    """A ratio stands for a rate of the same denominator only: "12,5‰" is 12,5 per 1,000 live
    births, but "100%" is no number of doctors per 10,000 people."""
    denominator = _RATIO_DENOMINATOR.get(unit_name(written))
    rate = _PER_N.match(unit_name(indicator.unit))
    if denominator is not None and rate is not None and int(rate.group(1)) != denominator:
        raise UnitMismatchError(
            unit_name(written),
            unit_name(indicator.unit),
            f"a {unit_name(written)} value is no rate per {rate.group(1)}",
        )


@attrs.frozen
class _Written:
    """A value as its words write it, before an indicator is known: the comparator, the
    number (or the two ends of a range), the unit written after it, where the number starts."""

    comparator: Comparator
    amount: float
    range: tuple[float, float] | None
    unit: Unit | None
    start: int


@lru_cache(maxsize=4096)
def _written_value(cleaned: str) -> _Written | str:
    """What :func:`parse_target_value` reads of ``cleaned`` whatever the indicator (a text
    is read once, though several indicators may be tried on it); the text of the value that
    counts when the words give two ("từ 14‰ xuống còn 10‰")."""
    number = NUMBER.search(cleaned)
    skipped = not_values(cleaned)
    while number is not None and (
        (
            _YEAR_NUMBER.fullmatch(number.group())
            and YEAR_BEFORE.search(cleaned, 0, number.start()) is not None
        )
        or PERIOD.match(cleaned, number.start()) is not None
        or any(start <= number.start() < end for start, end in skipped)
    ):
        # "đến năm 2030 đạt 95%", "giai đoạn 2021 - 2025 đạt 95%", "Nghị quyết số 20-NQ/TW":
        # not values
        skip = PERIOD.match(cleaned, number.start())
        end = next((e for s_, e in skipped if s_ <= number.start() < e), number.end())
        number = NUMBER.search(cleaned, skip.end() if skip else end)
    if number is None:
        raise ParseError(
            cleaned, len(cleaned), f"a number (e.g. '{_EXAMPLE_VALUE}')", what="target value"
        )
    digits = number.group().rstrip(".,")
    if _DECIMAL_POINT.fullmatch(digits) and cleaned[number.end() :].lstrip()[:1] in ("%", "‰"):
        digits = digits.replace(".", ",")  # "95.5%": a point no thousands group can make
    start = number.start()
    if _DAMAGED.match(cleaned, start) or (
        start > 0 and cleaned[start - 1] in ".," and (start < 2 or not cleaned[start - 2].isdigit())
    ):
        raise ParseError(
            cleaned,
            number.start(),
            "a number written whole (not ',5', '1e3' or the fraction '1/3')",
            what="target value",
        )
    try:
        magnitude = parse_number(digits)
    except ParseError as exc:
        raise ParseError(
            cleaned, number.start() + exc.position, exc.expected, what="target value"
        ) from None
    before = cleaned[: number.start()]
    if CHANGE_BEFORE.search(before):
        raise ParseError(
            cleaned,
            number.start(),
            f"a level, not a change ({_EXAMPLE_CHANGES} state changes: parse_target reads them)",
            what="target value",
        )
    slash = _FRACTION.match(cleaned, number.end())
    if slash is not None and RATE.match(cleaned, slash.start() + len(slash.group(1))) is None:
        raise ParseError(
            cleaned, slash.start(), "a rate of people or live births after '/'", what="target value"
        )
    comparator = _comparator(before)
    span = value_range(cleaned, number.start())
    if span is None and _FROM.search(before):
        to = _TO_VALUE.match(cleaned, number.end())
        if to is not None:  # "từ 14‰ xuống còn 10‰": the target is the second value
            return cleaned[to.start("verb") :]
    end = number.start() + len(digits) if span is None else span[2].end()
    after = cleaned[end:]
    if comparator is Comparator.EQ and _OR_MORE.match(after):
        comparator = Comparator.GE
    elif comparator is Comparator.EQ and _OR_LESS.match(after):
        comparator = Comparator.LE
    try:
        written = _unit_of(after)
    except ParseError as exc:
        lead = len(after) - len(after.lstrip(" .;:,)("))
        raise ParseError(
            cleaned, end + lead + exc.position, exc.expected, what="target value"
        ) from None
    if span is not None and written is None and span[2].group("mark"):
        written = parse_unit(span[2].group("mark"))
    return _Written(
        comparator=comparator,
        amount=float(magnitude),
        range=None if span is None else (span[0], span[1]),
        unit=written,
        start=number.start(),
    )


def parse_target_value(
    text: str,
    indicator: Indicator | None = None,
    *,
    unit: Unit | str | None = None,
) -> tuple[Comparator, Quantity]:
    """Read the comparator and the value of a target phrase.

    The words before the number give the comparator ("dưới" <, "không quá" <=,
    "trên" >, "tối thiểu" >=, "khoảng" ~, "đạt" or nothing =, "giảm còn" and
    "xuống còn" <=; symbols too); the words after it the unit ("‰", "%",
    "tuổi", "/10.000 dân", "trên 100.000 trẻ đẻ sống"; a noun between the
    number and the rate is passed over: "30 giường bệnh/10.000 dân"). Without a
    unit of its own, or with a count ("60 ca") where the context gives a rate,
    the value takes ``unit`` (the context: a table's unit column, a sentence's
    "/100.000 trẻ đẻ sống"), else the indicator's. With an ``indicator``, the
    value must convert to its unit. "95% trở lên" is ``>=``, "10‰ trở xuống"
    ``<=``. A range ("90-95%", "từ 95 đến 98%") gives the end that matters:
    the high end with "dưới"/"còn" words or a lower-is-better indicator, the low
    end otherwise, the middle (``~``) on a band indicator.

    Raises :class:`~yte_targets.ParseError` when there is no number, with the
    position, and :class:`~yte_targets.UnitMismatchError` for a unit that does
    not fit the indicator.
    """
    if not isinstance(text, str):
        raise ParseError(repr(text), 0, "the text of a target value", what="target value")
    cleaned = clean_text(text)
    read = _written_value(cleaned)
    if isinstance(read, str):  # "từ 14‰ xuống còn 10‰": the target is the second value
        return parse_target_value(read, indicator, unit=unit)
    comparator, written = read.comparator, read.unit
    if read.range is not None:
        comparator, amount = _in_range(comparator, *read.range, indicator)
    else:
        amount = read.amount
    if not math.isfinite(amount):
        raise ParseError(cleaned, read.start, "a number of a sensible size", what="target value")
    context = to_unit(unit) if unit is not None else None
    chosen = written
    if context is not None and (written is None or unit_name(written) in _COUNTS):
        chosen = context
    if chosen is None:
        chosen = indicator.unit if indicator is not None else ureg.dimensionless
    value = ureg.Quantity(amount, chosen)
    if indicator is not None:
        try:
            magnitude_in(value, indicator.unit, accept_ratio=True)
            _check_ratio(value.units, indicator)
        except YteTargetsError:
            if (
                written is not None
                and unit_name(written) in _COUNTS
                and unit_name(indicator.unit).startswith("per_")
            ):  # "12 bác sỹ": a noun, not a unit, of a rate per people; never a percentage
                value = ureg.Quantity(amount, indicator.unit)
            else:
                raise
    return comparator, value
