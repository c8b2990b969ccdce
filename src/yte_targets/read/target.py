"""Target sentences: one sentence of a plan to the targets it states.

>>> import yte_targets as yt
>>> for t in yt.parse_target(
...     "Đạt 30 giường bệnh và 12 bác sỹ, 3 dược sỹ đại học, 30 điều dưỡng viên/10.000 dân",
...     year=2025):
...     print(t)
Số giường bệnh trên 10.000 dân: đạt 30/10.000 dân (2025)
Số bác sĩ trên 10.000 dân: đạt 12/10.000 dân (2025)
Số dược sĩ đại học trên 10.000 dân: đạt 3/10.000 dân (2025)
Số điều dưỡng trên 10.000 dân: đạt 30/10.000 dân (2025)
>>> for t in yt.parse_target("Dưới 05 tuổi còn dưới 10‰; dưới 01 tuổi còn dưới 5‰",
...                          year=2030, subject="Tỷ suất tử vong trẻ em"):
...     print(t)
Tỷ suất tử vong trẻ em dưới 5 tuổi: dưới 10‰ (2030)
Tỷ suất tử vong trẻ em dưới 1 tuổi: dưới 5‰ (2030)
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache
from typing import Any, Final

import attrs

from ..catalog import Catalog, default
from ..core.indicator import Direction, Indicator
from ..core.numbers import parse_number
from ..core.target import Baseline, ChangeKind, Comparator, Relative, Source, Target
from ..core.units import Unit, magnitude_in, parse_unit, unit_name, ureg
from ..errors import InvalidValueError, ParseError, YteTargetsError
from .caseless import caseless
from .lang import language
from .ocr import tolerant
from .phrases import expand_abbreviations, not_value_spans, words_to_digits
from .value import (
    CHANGE_BEFORE,
    COMPARATOR_WORDS,
    COUNT_UNITS,
    NUMBER,
    PERIOD,
    RATE,
    YEAR_BEFORE,
    clean_text,
    comparator_at,
    not_values,
    parse_target_value,
    rate_unit,
    value_range,
)

__all__ = ["checked_target", "parse_target"]


def checked_target(**fields: Any) -> Target | None:
    """A target of a reading, or None when the reading cannot be one: a value outside
    the indicator's natural range (a share over 100%, a negative rate, a fraction of a
    count) means the value or the indicator was misread, so the clause is passed over."""
    try:
        return Target(**fields)
    except InvalidValueError:
        return None


#: A catalogue match below this score is not trusted: the target gets its own indicator.
MIN_SCORE: Final = 0.7
#: A qualitative target of an indicator that has a number needs a near-exact name.
STRONG_SCORE: Final = 0.9
#: A name that binds this well on its own needs no completion from the clause before.
_WHOLE_NAME: Final = 0.9

_YEAR: Final = r"(?:19|20|21)\d{2}"
_A_YEAR: Final = re.compile(_YEAR)
_VI: Final = language("vi")


def _w(key: str) -> tuple[str, ...]:
    """The words of ``key`` in ``targets.toml``."""
    return _VI.words("targets", key)


def _as_written(words: tuple[str, ...] | list[str]) -> str:
    """Any of ``words`` exactly as written (no scan damage), in their order."""
    return "|".join(re.escape(word) for word in words)


def _spaced(words: tuple[str, ...] | list[str]) -> str:
    """Any of ``words`` as written, with any run of white space between their words."""
    return "|".join(r"\s+".join(re.escape(part) for part in word.split()) for word in words)


def _not_after(words: tuple[str, ...]) -> str:
    """Lookbehinds: not right after any of ``words`` and a space."""
    return "".join(f"(?<!{re.escape(word)} )" for word in words)


_YEAR_WORDS: Final = _VI.words("time", "year")
_YEAR_WORD: Final = tolerant(*_YEAR_WORDS)
_UNTIL: Final = tolerant(*_w("until"))
_END: Final = tolerant(*_w("end"))
_AND: Final = _as_written(_w("and"))
_FROM: Final = _as_written(_VI.words("target_values", "from"))
_COMPARED_WITH: Final = _spaced(_VI.words("changes", "base"))  # "so với"
_YEAR_AS_WRITTEN: Final = _as_written(_YEAR_WORDS)
_LOWERED_TO: Final = tolerant(*_VI.words("target_values", "lowered_to"))
_MOVED_TO: Final = tolerant(*_VI.words("target_values", "moved_to"))
# The year a target is for: "đến năm 2030", "vào cuối năm 2025", "năm 2025"; not a year it is
# compared with or counted from ("so với năm 2020", "từ năm 2021", "cùng kỳ năm 2024"), nor the
# period a set of criteria is named for ("Bộ tiêu chí ... giai đoạn đến năm 2030").
_NOT_A_PERIOD: Final = rf"(?!\d|\s*[-–—]\s*{_YEAR})"  # "năm 2021 - 2025" is a period
BY_YEAR: Final = caseless(
    rf"(?<![^\W\d_]){_not_after(_w('period_until'))}(?:{_UNTIL})\s+"
    rf"(?:(?:{_END})\s+)?(?:{_YEAR_WORD})\s+({_YEAR}){_NOT_A_PERIOD}"
    rf"|(?<![^\W\d_]){_not_after(_w('not_year_after'))}"
    rf"(?:{_YEAR_WORD})\s+({_YEAR}){_NOT_A_PERIOD}",
)
# "... đạt trên 95% vào năm 2025 và duy trì đến năm 2030": the same target, kept to a later year.
_MAINTAIN: Final = caseless(
    rf"\s*[,;]?\s*(?:(?:{_AND})\s+)?(?:(?:{_spaced(_w('continue'))})\s+)?"
    rf"(?:{tolerant(*_w('maintain'))})\b"
    r"[^\d,;]{0,40}?"
    rf"(?:{tolerant(*_VI.words('time', 'until'))})\s+(?:(?:{_END})\s+)?"
    rf"(?:{_YEAR_WORD})\s+(?P<year>{_YEAR})\s*[.;]?\s*$",
)
_BASELINE: Final = re.compile(
    rf"\b(?:{_FROM})\s+(?P<value>[-+]?\d[\d.,]*\s*[%‰]?)\s*"
    rf"(?:\(|(?:{_as_written(_w('in_year'))})\s+)?(?:{_YEAR_AS_WRITTEN})\s+(?P<year>{_YEAR})\)?\s*"
)
# "từ 14‰ xuống còn 10‰": a start value without a year, the baseline of the target after it
_BASELINE_TO: Final = caseless(
    rf"\b(?:{_FROM})\s+(?P<value>\d[\d.,]*\s*[%‰]?)\s+"
    rf"(?=(?:{_LOWERED_TO}"
    rf"|{_MOVED_TO})\s)",
)


def _c(key: str) -> str:
    return _VI.pattern("changes", key)


# A change and its amount: "giảm 30%", "tăng thêm tối thiểu 1,5 cm", "tăng 1,5 điểm phần trăm"
_RELATIVE: Final = caseless(
    rf"(?<![^\W\d_])(?:(?P<up>{_c('increase')})|(?P<down>{_c('decrease')}))"
    rf"(?:\s+(?P<more>{_c('more')}))?"
    rf"(?:\s+(?:(?P<at_least>{_c('at_least')})|(?P<more_than>{_c('more_than')})"
    rf"|(?P<at_most>{_c('at_most')})|(?P<less_than>{_c('less_than')})))?"
    rf"\s+(?P<amount>\d[\d.,]*)\s*(?:(?P<percent>%)|(?P<permille>‰)"
    rf"|(?P<points>{_c('points')})|(?P<years>{_c('years')})"
    rf"|(?P<cm>{_c('centimetres')})|(?P<own>{_c('own')}))?"
    r"(?![\d/])",
)
# The base a change is measured from: "so với năm 2021", "so với cùng kỳ (năm trước)"
_BASE: Final = caseless(
    rf"(?<![^\W\d_])(?:{_c('base')})\s+(?:(?P<same>{_c('same_period')})"
    rf"|(?:(?:{_VI.pattern('time', 'end')})\s+)?(?:(?:{_VI.pattern('time', 'year')})\s+)?"
    rf"(?P<year>{_YEAR}))",
)
_TIMES: Final = re.compile(
    rf"\b(?:(?:{_as_written(_w('multiple_verbs'))})\s+)?(?:(?:{_as_written(_w('multiple_up'))})\s+)?"
    rf"(?:{_as_written(_w('multiple'))})\s+(?P<times>\d[\d.,]*)\s+"
    rf"(?:{_as_written(_VI.words('time', 'times'))})\s+(?:{_COMPARED_WITH})\s+"
    rf"(?:(?:{_YEAR_AS_WRITTEN})\s+)?(?P<year>{_YEAR})"
)
# A change with no year to compare with ("giảm bình quân 0,5%/năm", "tăng 10%"): no level
# the indicator must reach, so no value; the words are kept as the target's statement.
_CHANGE_VERB: Final = caseless(
    rf"^(?:{tolerant(*_w('change_verbs'))})\s"
    rf"(?!(?:{tolerant(*_w('not_change'))})\b)",
)
_LOWERING: Final = caseless(rf"(?:{tolerant(*_w('lowering'))})\b")
_STEPS: Final = tolerant(*_w("steps"))
_PER_YEAR: Final = caseless(rf"/\s*(?:{_YEAR_WORD})\b|\b(?:{_STEPS})\b")
_STEP_WORDS: Final = caseless(rf"\s+(?:{_STEPS})\s*$")
# The verb of an aim before the measure it acts on: "Duy trì tỷ lệ ...", "Khống chế tốc độ ...".
_AIM_VERBS: Final = tolerant(*_w("aim_verbs"))
# The words that name a measure: shares ("tỷ lệ"), rates ("tỷ suất", "tỷ số"), and others.
_SHARE_WORDS: Final = _w("shares")
_RATE_WORDS: Final = (*_SHARE_WORDS, *_w("rates"))
_MEASURES: Final = tolerant(*_RATE_WORDS, *_w("other_measures"))
# A name that opens with its measure is whole: "Tỷ lệ trạm y tế xã có bác sĩ" is completed from
# no clause before it.
_NAMES_MEASURE: Final = caseless(rf"^(?:{tolerant(*_RATE_WORDS)})\b")
_SHARE: Final = caseless(rf"^(?:{tolerant(*_SHARE_WORDS)})\b")
# "đưa" as written only: one letter lost it would be "đa" ("Đa số người dân ...")
_AIM_VERB: Final = caseless(
    rf"^(?:{_AIM_VERBS}|{_as_written(_w('aim_verbs_as_written'))})\s+(?=(?:{_MEASURES})\b)",
)
# "không tăng so với năm 2022": at most the base (case as written: the verb is compared)
_NO_RISE: Final = _w("no_rise")
_NO_CHANGE: Final = re.compile(
    rf"\b(?:{_as_written(_w('not'))})\s+(?P<verb>{_as_written((*_NO_RISE, *_w('no_fall')))})"
    rf"\s+(?:{_COMPARED_WITH})\s+(?:(?:{_YEAR_AS_WRITTEN})\s+)?(?P<year>{_YEAR})"
)
_SEXES: Final = _w("sexes")
_SUBGROUP: Final = caseless(
    rf"^(?:[-–:]\s*)?({_as_written((*_SEXES, *_w('areas')))})\b\s*:?\s*",
)
_CLAUSES: Final = re.compile(r"\s*;\s*")
_WORD: Final = re.compile(r"[^\W\d_]{2,}")
# An age group inside a name: "trẻ em dưới 6 tuổi có thẻ ...", "người từ 60 tuổi trở lên
# được ..." (not "đạt 75 tuổi", a value, nor "dưới 5 tuổi giảm còn", whose number the last
# value rule already passes over).
_AGE_FOLLOWERS: Final = tolerant(*_w("age_followers"))
_AGE_GROUP: Final = caseless(
    rf"(?:{tolerant(*_w('age_bounds'))})\s+(?P<age>\d{{1,2}})\s+(?:{tolerant(*_w('age_unit'))})"
    rf"(?:\s+(?:{tolerant(*_VI.words('comparators', 'or_more'))}))?"
    rf"(?=\s+(?:{_AGE_FOLLOWERS})\b)",
)
_ASIDE: Final = re.compile(r"\((?P<inner>[^()]{0,300})\)")
_BARE_YEAR: Final = caseless(rf"(?:(?:{_YEAR_WORD})\s+)?{_YEAR}")
_PAST_VALUE: Final = caseless(
    rf"^(?:(?:{_YEAR_WORD})\s+)?(?P<year>{_YEAR})\s*[:,]?\s*"
    rf"(?:(?:{tolerant(*_w('past_verbs'))})\s+)?"
    r"(?P<value>\d[\d.,]*\s*(?:%|‰|[^\W\d_]+(?:\s*/\s*[\d.]+\s*[^\W\d_ ]+(?:\s[^\W\d_]+)*)?)?)\s*$",
)
_COUNT: Final = _as_written(_w("count"))
_PLACE_AFTER: Final = caseless(
    rf"\s*%?\s*(?:(?:{_COUNT})\s+)?(?:{_as_written(_w('places_after'))})(?![^\W\d_])",
)
_AT: Final = _w("at")
_SCOPE_BEFORE: Final = caseless(rf"(?<![^\W\d_])(?:{tolerant(*_AT)})\s+$")
_PARTICIPLE: Final = caseless(rf"^({_as_written(_w('participles'))})\s")
_PERIOD_OF: Final = caseless(
    rf"(?:{tolerant(*_w('period_of'))})\s+{_YEAR}\s*[-–—]\s*({_YEAR})(?!\d)",
)
# A clause that restates the one before in other terms: "..., tương đương khoảng 1.150.000
# người", "tương ứng 135 trạm".
_RESTATES: Final = caseless(rf"^(?:{tolerant(*_w('restates'))})\b")
# A clause that narrows the indicator before it to a place or a part: "riêng vùng cao dưới
# 25%", "khu vực đồng bằng dưới 12%", "(40%) tại tuyến huyện".
_REGIONS: Final = tolerant(*_w("regions"))
_WHERE: Final = tolerant(*_w("regions"), *_AT)
# "40% tại tuyến huyện": a clause that opens with one of these is about the indicator before
_AT_WORDS: Final = frozenset(w for word in _AT for w in (word, word[:1].upper() + word[1:]))
_NARROWS: Final = caseless(
    rf"^(?:(?P<only>{tolerant(*_w('only'))})\s+)?(?P<where>(?:{_WHERE})\b.*)$",
)
_NARROWED: Final = caseless(rf"\s(?:{_WHERE})\s(?!.*\s(?:{_REGIONS})\s)")
_YEAR_AND: Final = re.compile(rf"{_YEAR}\s*(?:,|{_AND}|{_as_written(_w('or'))})\s*$")
_TWO_YEARS: Final = caseless(
    rf"(?P<first>(?:(?:{_UNTIL})\s+)?(?:{_YEAR_WORD})\s+"
    rf"(?P<y1>{_YEAR}))"
    rf"\s*(?:,|{_AND})\s*(?:(?:{_YEAR_WORD})\s+)?(?P<y2>{_YEAR})(?!\s*[-–—\d])",
)
_WITHIN: Final = caseless(rf"^(?:{tolerant(*_w('within'))})\b\s*[,:]?\s*")
_ITEM_NUMBER: Final = re.compile(r"\d{1,2}(?:\.\d{1,2})*(?:\.|\))\s+(?=[^\W\d_])")
_LETTERS: Final = "".join(_VI.words("letters", "extra"))  # beyond a-z: items "đ)", codes "QĐ"
_MARKED: Final = _VI.get("letters", "marked")  # the range of letters with diacritics
_ITEM_PREFIX: Final = re.compile(
    rf"[\s#*>-]*(?:\d{{1,2}}(?:\.\d{{1,2}})*[.)]|[a-z{_LETTERS}]\))\s+(?=\S)"
)
# A year that opens a sentence is the year of all of it: "Đến năm 2025, tuổi thọ ... ; tỷ lệ ..."
LEADING_YEAR: Final = caseless(
    rf"^(?:(?:{_VI.pattern('time', 'milestone')})\s+)?(?:(?:{_VI.pattern('time', 'until')})\s+)?"
    rf"(?:(?:{_VI.pattern('time', 'end')})\s+)?(?:{_VI.pattern('time', 'year')})\s+"
    rf"(?P<year>{_YEAR})\s*[,:]\s*",
)
_SPLIT: Final = re.compile(rf"\s*;\s*|\s*,(?!\d)\s*|\s+(?:{_AND})\s+")  # "3,2%" is a number
_SPLIT_KEEP: Final = re.compile(f"({_SPLIT.pattern})")  # the same, keeping the separators
_TRAILING_GROUP: Final = caseless(
    rf"(?:\s+(?:{_spaced(_w('by_sex'))}))?\s*[:,-]?\s*\b({_as_written(_SEXES)})\s*$",
)
SENTENCES: Final = re.compile(
    # the point first and what comes before it after, so that the search skips ahead to it
    rf"\.(?<=[^\d\s]\.)\s+(?=[A-Z{_LETTERS.upper()}{_MARKED['first']}-{_MARKED['last']}0-9])"
)
# A count that qualifies the value rather than being one: "với 14 loại vắc xin",
# "loại 14 vắc xin".
_KIND: Final = _as_written(_VI.words("targets", "qualifier.kind"))
QUALIFIER: Final = caseless(
    rf"\s*\b(?:(?:{_as_written(_VI.words('targets', 'qualifier.with'))})\s+)?"
    rf"(?:\d+\s+(?:{_KIND})|(?:{_KIND})\s+\d+)"
    rf"\s+(?:{_as_written(_VI.words('targets', 'qualifier.counted'))})\b",
)
# A comparator word that ends the text (before its number), as written or damaged by scans.
_TRAILING_COMPARATOR: Final = caseless(
    rf"(?:(?<![^\W\d_])(?:{tolerant(*{w for w, _ in COMPARATOR_WORDS if w[0].isalpha()})})"
    + "".join(
        f"|{re.escape(w)}"
        for w in sorted(
            {w for w, _ in COMPARATOR_WORDS if not w[0].isalpha()}, key=len, reverse=True
        )
    )
    + r")\s*$",
)


# "đạt 95% dân số": a share of the people, which names no indicator
_OF_POPULATION: Final = re.compile(rf"\s*%\s*(?:{_as_written(_w('population'))})\s*$")
_SHARE_NAME: Final = _VI.get("targets", "share_name")  # "100% trạm y tế ..." is "Tỷ lệ trạm ..."
_RANGE: Final = _VI.get("targets", "range")  # the qualifier "trong khoảng 90-95%"

#: How far before a number the words that say what it is are looked for ("đến năm", "tại").
_LOOK_BACK: Final = 24


@lru_cache(maxsize=4096)
def value_matches(text: str) -> tuple[re.Match[str], ...]:
    """The numbers of ``text`` that can be values: not a year ("đến năm 2030"), not the
    denominator of a rate ("30/100.000 trẻ đẻ sống", "trên 1.000 trẻ đẻ sống"), not a
    document's number or a date, not an age group inside a name ("trẻ em dưới 6 tuổi có"),
    not the second number of a range, not a place's share ("tại 100% xã"), not an item's
    number. The readers ask it of the same text many times: the answer is kept."""
    numbers = list(NUMBER.finditer(text))
    if not numbers:
        return ()
    denominators = [m.span() for m in RATE.finditer(text)]
    skipped = [m.span() for m in PERIOD.finditer(text)]  # "giai đoạn 2021-2025"
    skipped += not_values(text)  # "Nghị quyết số 20-NQ/TW", "ngày 29/4/2022"
    skipped += not_value_spans(text)  # money, ranks, numbers inside names, footnotes
    skipped += [m.span("age") for m in _AGE_GROUP.finditer(text)]  # "trẻ em dưới 6 tuổi có"
    found: list[re.Match[str]] = []
    for match in numbers:
        start = match.start()
        window = max(0, start - _LOOK_BACK)
        if _A_YEAR.fullmatch(match.group()) and (
            YEAR_BEFORE.search(text, window, start)
            or _YEAR_AND.search(text, window, start)  # "năm 2026 và 2027"
        ):
            continue
        if _ITEM_NUMBER.match(text, start) and not _WORD.search(text, 0, start):
            continue  # "### 4. Một số chỉ tiêu ...", "3) ...": the number of an item
        if any(begin <= start < end for begin, end in skipped):
            continue
        if _SCOPE_BEFORE.search(text, window, start) and _PLACE_AFTER.match(text, match.end()):
            continue  # "đạt trên 95% tại 100% xã, phường": where, not how much
        span = value_range(text, start)
        if span is not None:  # "90-95%": one value, the range
            skipped.append((span[2].start("high") - 1, span[2].end()))
        if text[window:start].rstrip().endswith("/") or any(
            begin < start < end for begin, end in denominators
        ):
            continue
        found.append(match)
    return tuple(found)


def has_value(text: str) -> bool:
    return bool(value_matches(text))


def _clauses(text: str) -> list[str]:
    """Split at ; , and "và", then put back the pieces that hold no value (names with commas:
    "trạm y tế xã, phường, thị trấn")."""
    parts = _SPLIT_KEEP.split(text)
    # each piece with the separator written before it (", ", " và ", "; ")
    pairs = [(parts[i - 1] if i else "", parts[i]) for i in range(0, len(parts), 2)]
    pairs = [(sep, piece) for sep, piece in pairs if piece.strip()]
    value_first = bool(pairs) and _starts_with_value(pairs[0][1])
    clauses: list[str] = []
    pending = ""
    for separator, piece in pairs:
        if has_value(piece):
            clauses.append(f"{pending}{separator}{piece}".strip() if pending else piece)
            pending = ""
        elif value_first and clauses:
            clauses[-1] = f"{clauses[-1]}{separator}{piece}"
        else:
            pending = f"{pending}{separator}{piece}" if pending else piece
    if pending and clauses:
        clauses[-1] = f"{clauses[-1]}, {pending}"
    return clauses


def _strip_comparators(text: str) -> str:
    rest = text.strip()
    while (word := comparator_at(rest)) is not None and word[1] > 0:
        rest = rest[word[1] :].lstrip(" :")
    return rest


def _starts_with_value(text: str) -> bool:
    """A clause that opens with its value ("Đạt 30 giường bệnh"), not one whose name holds a
    number ("Dưới 05 tuổi còn dưới 10‰": two numbers, the value is the last)."""
    rest = _strip_comparators(text)
    return bool(NUMBER.match(rest)) and len(value_matches(rest)) == 1


def _split_value(clause: str) -> tuple[str, str]:
    """(name, value phrase) of a clause whose value comes last: the last number, with the
    comparator words just before it."""
    last = value_matches(clause)[-1]
    start = last.start()
    head = clause[:start]
    while (word := _TRAILING_COMPARATOR.search(head, max(0, len(head) - 40))) is not None:
        head = head[: word.start()]
    return head.strip(" :,-–"), clause[len(head) :].strip()


def _bare_value(clause: str) -> bool:
    """A clause that is a value and its unit only ("trên 90%", "75 tuổi"): it names nothing,
    so it continues the indicator before it; "12 bác sỹ" names its indicator by its noun."""
    found = value_matches(clause)
    if not found:
        return False
    rest = RATE.sub(" ", clause[found[-1].end() :])
    rest = " ".join(rest.split()).strip(" .;:,/-–()")
    if not rest or rest in ("%", "‰"):
        return True
    try:
        unit = parse_unit(rest)
    except YteTargetsError:
        return False
    return unit_name(unit) not in COUNT_UNITS and unit_name(unit) != "dimensionless"


def _unnarrowed(name: str) -> str:
    """``name`` without the place it was narrowed to ("... dưới 5 tuổi khu vực miền núi")."""
    found = _NARROWED.search(name)
    return name[: found.start()] if found is not None and found.start() > 0 else name


def _unit_words(value_text: str) -> str:
    """The words of a value's unit with its rate ("giường bệnh trên 10.000 dân" of "30
    giường bệnh trên 10.000 dân"): they name the indicator when nothing before does ("Năm
    2027, toàn tỉnh đạt 30 giường bệnh trên 10.000 dân")."""
    found = value_matches(value_text)
    if not found:
        return ""
    rest = " ".join(value_text[found[0].end() :].split()).strip(" .;:,-–()")
    return rest if len(_WORD.findall(rest)) >= 2 else ""


def _name_after(value_text: str) -> str:
    """The words after a value, without its unit: a name that follows its value ("2,5 dược sĩ
    đại học/10.000 dân"); empty when only a unit follows ("74,5 tuổi")."""
    found = value_matches(value_text)
    if not found:
        return ""
    span = value_range(value_text, found[0].start())
    rest = value_text[span[2].end() if span else found[0].end() :]
    rest = RATE.sub(" ", rest).lstrip(" %‰")
    rest = " ".join(rest.split()).strip(" .;:,/-–()")
    if not _WORD.search(rest):
        return ""
    try:
        parse_unit(rest)
    except YteTargetsError:
        return rest
    return ""


_UNMARKED: Final = _VI.table("target_values", "letters.unmarked")  # "đ" is "d"


def _fold(text: str) -> str:
    for letter, plain in _UNMARKED.items():
        text = text.replace(letter, plain).replace(letter.upper(), plain.upper())
    text = unicodedata.normalize("NFD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def _change(
    clause: str,
    name: str,
    value_text: str,
    year: int | None,
    previous: str,
    catalog: Catalog,
    source: Source | None,
) -> Target | None:
    """A change with no year to compare with, as a target stated in words: "Tỷ lệ suy dinh
    dưỡng ... giảm bình quân 0,5%/năm", "Giảm tỷ suất sinh bình quân 0,1‰/năm". Its number is
    a step, not a level the indicator must reach, so the target has no value (a value would
    be a wrong answer); None for a clause that states a level ("giảm còn 10%")."""
    before = clause[: value_matches(clause)[-1].start()]
    ends = CHANGE_BEFORE.search(before)
    starts = _CHANGE_VERB.match(name)
    if ends is not None:
        verb, words = ends.group(), before[: ends.start()]
    elif starts is not None and _PER_YEAR.search(f"{name} {value_text}"):
        verb, words = starts.group(), _STEP_WORDS.sub("", name[starts.end() :])
    else:
        return None
    words = words.strip(" :,-–") or _name_after(value_text)
    if not _WORD.search(words):
        words = previous
    lower = _LOWERING.match(verb.strip()) is not None
    comparator = Comparator.LE if lower else Comparator.GE
    indicator, used = bind_indicator(words, previous, catalog)
    if indicator is None:
        try:
            unit = parse_target_value(value_text)[1].units
            indicator = own_indicator(used, comparator, unit)
        except YteTargetsError:
            return None
    return Target(indicator=indicator, statement=clause, year=year, source=source)


def own_indicator(name: str, comparator: Comparator | None, unit: Unit | None) -> Indicator:
    if not any(ch.isalpha() for ch in name):
        raise ParseError(name, 0, "an indicator name with words", what="indicator name")
    verb = _AIM_VERB.match(name)
    if verb is not None:  # "Duy trì tỷ lệ tăng dân số ...": the indicator is "Tỷ lệ tăng ..."
        name = name[verb.end() :]
        name = name[:1].upper() + name[1:]
    code = re.sub(r"[^a-z0-9]+", "_", _fold(name)).strip("_")[:48] or "chi_tieu"
    direction = (
        Direction.DECREASE if comparator in (Comparator.LT, Comparator.LE) else (Direction.INCREASE)
    )
    return Indicator(
        code=code,
        name_vi=name,
        unit=unit if unit is not None else "dimensionless",
        direction=direction,
        catalogued=False,
    )


# Groups of people an indicator may be about. A name that speaks of a group ("trẻ em dưới 6
# tuổi có thẻ bảo hiểm y tế", "người thuộc hộ cận nghèo tham gia bảo hiểm y tế") is never bound
# to an indicator of everyone, nor of another group: it is a part, with its own indicator.
# (people, parts of a scheme or a place, single vaccines or diseases, forms of malnutrition)
_GROUPS: Final = tuple(g.casefold() for g in _w("groups"))


_PER_PEOPLE: Final = re.compile(r"^per_\d+_people$")
_PERCENT: Final = ureg.Unit("percent")


# The places and bodies an indicator may count ("Số trạm y tế xã có bác sĩ" counts stations,
# not doctors; "mỗi xã có ít nhất 01 bác sĩ" is about communes), matched with their marks:
# folded, "xã" would be "xa" and "hộ" "ho".
_PLACES: Final = caseless(
    rf"(?<![^\W\d_])({_as_written(_w('counted_places'))})(?![^\W\d_])",
)


def _groups(text: str) -> frozenset[str]:
    text = _ASIDE.sub(" ", text)  # "(không tính giường trạm y tế xã)" qualifies, names no group
    # with their marks: folded, "công nhân" would be "công nhận", "sởi" "soi"
    words = f" {' '.join(text.casefold().split())} "
    places = {m.group(1).casefold() for m in _PLACES.finditer(text)}
    return frozenset({g for g in _GROUPS if f" {g} " in words} | places)


# "Số trạm y tế xã có bác sĩ" counts stations: the thing a "Số ..." name counts is its first
# noun, and a name that counts places is no indicator that counts something else.
_COUNTS_OF: Final = caseless(
    rf"^\s*(?:(?:{_COUNT})\s+(?:(?:{_as_written(_w('quantity'))})\s+)?)(\S+)",
)


def _counts_a_place(text: str) -> str | None:
    found = _COUNTS_OF.match(text)
    if found is None or _PLACES.fullmatch(found.group(1)) is None:
        return None
    return found.group(1).casefold()


@lru_cache(maxsize=1024)
def _indicator_groups(indicator: Indicator) -> frozenset[str]:
    return frozenset().union(*(_groups(t) for t in (indicator.name_vi, *indicator.aliases)))


def bind_indicator(
    name: str,
    previous: str,
    catalog: Catalog,
    exclude: frozenset[str] = frozenset(),
    *,
    rate_stated: bool = False,
) -> tuple[Indicator | None, str]:
    """The catalogue indicator a name means, trying the name alone, then the name completed
    from the previous clause's ("dưới 5 tuổi" after "Tỷ suất tử vong trẻ em dưới 1 tuổi")."""
    candidates = [name]
    first = name.split()[0].casefold() if name.split() else ""
    if previous and first and not _NAMES_MEASURE.match(name):
        cut = previous.casefold().rfind(f" {first} ")
        if cut > 0:
            candidates.append(f"{previous[:cut]} {name}")
        words = previous.split()
        # "... dịch bệnh AIDS" then "lao": "... dịch bệnh lao"
        candidates.extend(
            " ".join([*words[:-drop], name]) for drop in (1, 2) if len(words) > drop + 1
        )
        candidates.append(f"{previous} {name}")
    best: tuple[float, Indicator | None, str] = (0.0, None, name)
    tried: set[str] = set()
    for written in candidates:
        candidate = expand_abbreviations(written)  # "Tỷ lệ SDD ...", "KCB BHYT tại TYT xã"
        if candidate in tried:
            continue
        tried.add(candidate)
        if best[0] >= _WHOLE_NAME:
            break  # the name alone is the catalogue's: no completion can do better
        found = catalog.matches(candidate, limit=3, min_score=MIN_SCORE)
        if not found:
            continue
        groups = _groups(candidate)
        place = _counts_a_place(candidate)
        share = (
            not rate_stated
            and _SHARE.match(candidate) is not None
            and RATE.search(candidate) is None
        )
        found = [
            m
            for m in found
            if m.indicator.code not in exclude
            and groups <= _indicator_groups(m.indicator)
            and (place is None or _counts_a_place(m.indicator.name_vi) == place)
            # "Tỷ lệ trạm y tế xã có bác sĩ làm việc" is a share, no number of doctors per
            # 10.000 people
            and not (share and _PER_PEOPLE.match(unit_name(m.indicator.unit)))
        ]
        if found and found[0].score > best[0] + 1e-9:
            best = (found[0].score, found[0].indicator, written)
    return best[1], best[2]


def parse_target(
    sentence: str,
    year: int | None = None,
    *,
    subject: str = "",
    unit: Unit | str | None = None,
    catalog: Catalog | None = None,
    source: Source | None = None,
) -> list[Target]:
    """The targets one sentence states, bound to catalogue indicators.

    Handles lists of values sharing a unit ("Đạt 30 giường bệnh và 12 bác sỹ, 3
    dược sỹ đại học, 30 điều dưỡng viên/10.000 dân": four targets), names
    completed from the clause before ("... dưới 1 tuổi dưới 10‰, dưới 5 tuổi dưới
    15‰"), subgroups ("nam 168,5 cm, nữ 157,5 cm"), baselines ("từ 4,1% năm 2019
    xuống còn 3,2% vào năm 2025"), relative targets ("tăng tối thiểu 10% so với
    năm 2022", "không tăng so với năm 2022") and qualitative ones ("loại trừ sốt
    rét"). ``year`` is the milestone the sentence sits under; a year in the
    sentence ("vào năm 2025") wins, clause by clause when it names several,
    and "và duy trì đến năm 2030" repeats the target for that year. A change
    without a year to compare with ("giảm bình quân 0,5%/năm") is a target in
    words (``statement``), with no value. ``subject`` is text the sentence continues
    (a heading like "Tỷ suất tử vong trẻ em:"). A name the catalogue does not
    know gets an :class:`~yte_targets.Indicator` of its own words, marked
    ``catalogued=False``. Returns an empty list when the sentence states no
    target it can read; raises a :class:`~yte_targets.YteTargetsError` only
    for what is not a sentence (not text).
    """
    if not isinstance(sentence, str):
        raise ParseError(repr(sentence), 0, "a sentence (text)", what="target sentence")
    catalog = catalog or default()
    sentence = words_to_digits(clean_text(sentence))  # "mười hai bác sĩ", "tất cả trạm y tế"
    sentences = SENTENCES.split(sentence)
    if len(sentences) > 1:  # several sentences on one line: each on its own
        return [
            t
            for s in sentences
            for t in parse_target(
                s, year, subject=subject, unit=unit, catalog=catalog, source=source
            )
        ]
    text = clean_text(sentence)
    item = _ITEM_PREFIX.match(text)
    if item is not None:  # "1. Tuổi thọ ...", "### 2) ...": the item's number is no value
        text = text[item.end() :]
    leading = LEADING_YEAR.match(text)
    if leading is not None and has_value(text[leading.end() :]):
        year, text = int(leading.group("year")), text[leading.end() :]
    text, aside = _asides(text)
    both = _TWO_YEARS.search(text)
    if both is not None and not 0 < int(both.group("y2")) - int(both.group("y1")) <= 30:
        both = None  # "Năm 2025, 2000 cán bộ ...": a number, not a second year
    if both is not None and not (
        has_value(text[: both.start()]) and has_value(text[both.end() :])
    ):  # "Đến năm 2026 và 2027, ...": the same targets for each year
        once = f"{text[: both.start()]}{both.group('first')}{text[both.end() :]}"
        first, second = int(both.group("y1")), int(both.group("y2"))
        each = parse_target(once, year, subject=subject, unit=unit, catalog=catalog, source=source)
        return [*each, *(attrs.evolve(t, year=second) for t in each if t.year == first)]
    kept = _MAINTAIN.search(text)
    if kept is not None and has_value(text[: kept.start()]):
        return _maintained(
            parse_target(
                text[: kept.start()],
                year,
                subject=subject,
                unit=unit,
                catalog=catalog,
                source=source,
            ),
            int(kept.group("year")),
        )
    clauses = _CLAUSES.split(text)
    if len(clauses) > 1 and any(BY_YEAR.search(c) for c in clauses):
        # "đạt mức sinh thay thế vào năm 2030; đưa tỷ số giới tính ... về mức cân bằng":
        # a year stated in one part between semicolons is that part's alone
        read: list[Target] = []
        for part in clauses:
            part_subject = subject
            if read and not subject:  # "...; năm 2030 đạt trên 97%": the indicator before
                part, part_subject = _continued(part, read[-1])
            read += parse_target(
                part, year, subject=part_subject, unit=unit, catalog=catalog, source=source
            )
        return read
    subject = clean_text(subject).rstrip(" :")
    relative_match = _change_of(text) or _NO_CHANGE.search(text) or _TIMES.search(text)
    baseline_match = None if relative_match else _BASELINE.search(text)
    base: tuple[str, int | None] | None = None
    if baseline_match is not None:
        text = (text[: baseline_match.start()] + " " + text[baseline_match.end() :]).strip()
        base = (baseline_match.group("value"), int(baseline_match.group("year")))
    elif relative_match is None and (start := _BASELINE_TO.search(text)) is not None:
        text = (text[: start.start()] + " " + text[start.end() :]).strip()
        base = (start.group("value"), None)
    elif aside is not None and relative_match is None:
        base = aside
    rest = text if relative_match is None else _BASE.sub(" ", text)
    stated_year = next(
        (m for m in BY_YEAR.finditer(rest) if not _in_a_citation(rest, m.start())), None
    )
    if stated_year is not None:
        year = int(stated_year.group(1) or stated_year.group(2))
    elif year is None and (period := _PERIOD_OF.search(rest)) is not None:
        year = int(period.group(1))  # "Trong giai đoạn 2021-2025, ...": by the period's end

    relative = _relative(text, year, subject, catalog, source)
    if relative is not None:
        assert relative_match is not None
        # "... đạt trên 90%, tăng 10% so với năm 2020": the level and the change, both
        remainder = _BASE.sub(
            " ", f"{text[: relative_match.start()]} {text[relative_match.end() :]}"
        )
        if has_value(BY_YEAR.sub(" ", remainder)):
            levels = [
                t
                for t in parse_target(
                    remainder, year, subject=subject, unit=unit, catalog=catalog, source=source
                )
                if t.value is not None
            ]
            if levels:
                return [*levels, attrs.evolve(relative, indicator=levels[-1].indicator)]
        return [relative]
    qualifier_match = QUALIFIER.search(text)
    qualifier = None
    if qualifier_match is not None:
        qualifier = qualifier_match.group().strip()
        text = text[: qualifier_match.start()] + text[qualifier_match.end() :]
    clause_years: list[int | None] = []
    if len({m.group(1) or m.group(2) for m in BY_YEAR.finditer(text)}) > 1:
        # "đến năm 2025 đạt 74,5 tuổi, đến năm 2030 đạt 75 tuổi": each clause its own year
        dated = _clauses(" ".join(text.split()).strip(" .;:,"))
        clause_years = _clause_years(dated, year)
        clauses = [" ".join(BY_YEAR.sub(" ", c).split()).strip(" .;:,") for c in dated]
    text = " ".join(BY_YEAR.sub(" ", text).split()).strip(" .;:,")

    if not has_value(text):
        return _qualitative(text, year, subject, catalog, source)

    targets: list[Target] = []
    if not clause_years:
        clauses = _clauses(text)
    # "..., trong đó 100% trẻ em dưới 6 tuổi có thẻ bảo hiểm y tế": a part of the indicator
    # before, never the indicator before itself
    within = [_WITHIN.match(c) is not None for c in clauses]
    clauses = [_WITHIN.sub("", c) for c in clauses]
    firsts = [_starts_with_value(c) and not _bare_value(c) for c in clauses]
    shared_units = _shared_units(clauses, firsts, unit)
    previous = subject
    previous_code = ""
    for index, clause in enumerate(clauses):
        if clause_years:
            year = clause_years[index]
        value_first, shared_unit = firsts[index], shared_units[index]
        if not has_value(clause):  # its only number was its year
            continue
        group = None
        opening = _SUBGROUP.match(clause)
        if opening is not None and not value_first:
            group = opening.group(1).lower()
            clause = clause[opening.end() :]
        if _RESTATES.match(clause) and targets:
            continue  # "..., tương đương khoảng 1.150.000 người": the same target again
        if value_first:
            rest = _strip_comparators(clause)
            number = NUMBER.match(rest)
            span = value_range(rest, 0) if number else None
            name = rest[(span[2].end() if span else number.end()) :] if number else rest
            value_text = clause
            narrow = _NARROWS.match(name.strip(" %‰"))
            if (
                narrow is not None and targets and narrow.group("where").split()[0] in _AT_WORDS
            ):  # "40% tại tuyến huyện": the indicator before, there
                group, name = narrow.group("where"), _unnarrowed(previous)
            elif name.lstrip().startswith("%") and not _OF_POPULATION.match(name):
                # "100% trạm y tế xã có bác sĩ": the share of the stations that do
                name = f"{_SHARE_NAME} {name.lstrip(' %')}"
        else:
            name, value_text = _split_value(clause)
            if group is None and name.casefold() in _SEXES:
                group, name = name.casefold(), ""
            narrow = _NARROWS.match(name)
            if narrow is not None and targets and (narrow.group("only") or len(name.split()) <= 4):
                # "riêng vùng cao dưới 25%", "khu vực đồng bằng dưới 12%": the indicator
                # before, for that place
                group, name = narrow.group("where"), _unnarrowed(previous)
            change = _change(clause, name, value_text, year, previous, catalog, source)
            if change is not None:
                targets.append(attrs.evolve(change, subgroup=group))
                previous = change.indicator.name_vi
                continue
        trailing = _TRAILING_GROUP.search(name)
        if group is None and trailing is not None and trailing.start() > 0:
            group = trailing.group(1).lower()
            name = name[: trailing.start()]
        name = name.strip(" :,-–")
        if (
            subject
            and not value_first
            and name
            and not name.casefold().startswith(subject.casefold())
        ):
            name = f"{subject} {name}" if len(name.split()) < 4 else name
        if not name:
            name = previous
        try:
            comparator, value = parse_target_value(value_text, unit=shared_unit)
        except YteTargetsError:
            continue
        exclude = frozenset({previous_code}) if within[index] else frozenset()
        rated = unit_name(value.units).startswith("per_")
        indicator, used = bind_indicator(
            name, "" if within[index] else previous, catalog, exclude, rate_stated=rated
        )
        if indicator is None and not value_first:
            # "Có 2,5 dược sĩ đại học/10.000 dân": the name follows the value; or its unit
            # names it ("toàn tỉnh đạt 30 giường bệnh trên 10.000 dân")
            after = _name_after(value_text) or _unit_words(value_text)
            if after:
                named, after_used = bind_indicator(after, previous, catalog)
                if named is not None and not _groups(name) <= _indicator_groups(named):
                    named = None  # "mỗi xã có ít nhất 01 bác sĩ": about communes
                if named is not None or (
                    len(_WORD.findall(name)) <= 1 and len(_WORD.findall(after)) > 1
                ):
                    indicator, used = named, after_used
        if (
            indicator is not None
            and unit_name(value.units) in COUNT_UNITS
            and unit_name(indicator.unit).startswith("per_")
            and shared_unit is None
            and not any(RATE.search(t) for t in (name, used, subject))
        ):
            # "Số giường bệnh đạt 3.000 giường": a count, not a rate per 10.000 people ("12 bác
            # sỹ" is one only where the sentence states the rate)
            indicator = None
        if indicator is None and value.dimensionless and _SHARE.match(used) and "/" not in used:
            value = value.magnitude * _PERCENT  # "Tỷ lệ ... đạt 95": a share, in percent
        if (
            indicator is None
            and unit_name(value.units) in COUNT_UNITS
            and (rate := RATE.search(used))
        ):
            # "Số cán bộ y tế/vạn dân đạt 50 người": the rate its name states
            value = value.magnitude * rate_unit(rate.group())
        try:
            if indicator is None:
                indicator = own_indicator(used, comparator, value.units)
            else:
                try:
                    comparator, value = parse_target_value(value_text, indicator, unit=shared_unit)
                except YteTargetsError:
                    indicator = own_indicator(used, comparator, value.units)
        except ParseError:
            continue  # a value without a name ("### 3"): not a target
        tolerance = None
        clause_qualifier = qualifier if not targets else None  # "với 14 loại vắc xin": the first's
        spans = value_matches(value_text)
        span = value_range(value_text, spans[0].start()) if spans else None
        if span is not None:  # "90-95%": the range as written, and a band's half width
            mark = re.match(r"\s*[%‰]", value_text[span[2].end() :])
            written = span[2].group() + (mark.group().strip() if mark else "")
            clause_qualifier = clause_qualifier or f"{_RANGE} {written}"
            if comparator is Comparator.APPROX and indicator.direction is Direction.BAND:
                tolerance = round((span[1] - span[0]) / 2, 12) * value.units
        baseline = None
        if base is not None and not targets:
            try:
                base_value = parse_target_value(base[0], indicator, unit=value.units)[1]
                baseline = Baseline(value=base_value, year=base[1])
            except YteTargetsError:
                baseline = None
        if (
            baseline is not None
            and year is not None
            and baseline.year is not None
            and (baseline.year >= year)
        ):
            baseline = None
        built = checked_target(
            indicator=indicator,
            comparator=comparator,
            value=value,
            year=year,
            baseline=baseline,
            subgroup=group,
            source=source,
            qualifier=clause_qualifier,
            tolerance=tolerance,
        )
        if built is None:
            continue
        targets.append(built)
        previous, previous_code = used, indicator.code
    return targets


def _shared_units(
    clauses: list[str], firsts: list[bool], unit: Unit | str | None
) -> list[Unit | str | None]:
    """The unit context of each clause: in a run of clauses that open with their values ("Đạt
    30 giường bệnh và 12 bác sỹ, 3 dược sỹ đại học, 30 điều dưỡng viên/10.000 dân") the rate
    of the run's last clause is everyone's; otherwise ``unit``."""
    shared: list[Unit | str | None] = [unit] * len(clauses)
    if unit is not None:
        return shared
    index = 0
    while index < len(clauses):
        if not firsts[index]:
            index += 1
            continue
        end = index
        while end + 1 < len(clauses) and firsts[end + 1]:
            end += 1
        try:
            rate = parse_target_value(clauses[end])[1].units
        except YteTargetsError:
            rate = None
        if rate is not None and unit_name(rate).startswith("per_"):
            shared[index : end + 1] = [rate] * (end + 1 - index)
        index = end + 1
    return shared


def _continued(part: str, before: Target) -> tuple[str, str]:
    """A part after a semicolon that goes on with the target before it: a value alone ("năm
    2030 đạt trên 97%", "75 tuổi vào năm 2030") takes its indicator as subject; a part that
    opens with a participle ("được quản lý điều trị ... đạt 50%") the head of its name ("Tỷ lệ
    người mắc tăng huyết áp"). Returns (part, subject)."""
    name = before.indicator.name_vi
    bare = _strip_comparators(" ".join(BY_YEAR.sub(" ", part).split()).strip(" .;:,"))
    if NUMBER.match(bare) and _bare_value(bare):
        return part, name
    participle = _PARTICIPLE.match(part)
    if participle is not None:
        cut = name.casefold().find(f" {participle.group(1).casefold()} ")
        if cut > 0:
            return f"{name[:cut]} {part}", ""
    return part, ""


def _asides(text: str) -> tuple[str, tuple[str, int] | None]:
    """``text`` without the asides in brackets that hold values ("(năm 2020 đạt 90,2%)",
    "(chỉ tiêu Trung ương giao 93%)", "(trong đó bác sĩ y học cổ truyền đạt 1,5 bác sĩ)"):
    their numbers are not the target's. A bracketed year ("(năm 2025)") stays, as words; the
    first aside that states a past value ("năm 2020 đạt 90,2%", "năm 2022: 74,1 tuổi") is
    returned as (value, year), a baseline. Text whose values are all in brackets is kept."""
    if "(" not in text:
        return text, None
    base: tuple[str, int] | None = None
    pieces: list[str] = []
    position = 0
    for found in _ASIDE.finditer(text):
        inner = found.group("inner").strip()
        pieces.append(text[position : found.start()])
        position = found.end()
        if _BARE_YEAR.fullmatch(inner):
            pieces.append(f" {_YEAR_WORDS[0]} {inner[-4:]} ")
        elif has_value(inner):
            past = _PAST_VALUE.match(inner)
            if past is not None and base is None:
                base = (past.group("value"), int(past.group("year")))
        else:
            pieces.append(found.group())
    pieces.append(text[position:])
    kept = " ".join("".join(pieces).split())
    if not has_value(kept):
        return text, None
    return kept, base


def _in_a_citation(text: str, position: int) -> bool:
    """Whether ``position`` is inside the date of a document cited ("theo Quyết định số
    1234/QĐ-UBND ngày 10 tháng 7 năm 2024"): that year is the document's, not the target's."""
    spans = not_values(text)
    return any(
        start <= position < end and any(s < start and start - e <= 2 for s, e in spans)
        for start, end in spans
    )


def _clause_years(clauses: list[str], default: int | None) -> list[int | None]:
    """The year of each clause of a sentence that states several: the year a clause names, else
    the one a neighbour names (the clauses before when years lead their values, "đến năm 2025
    đạt 30 giường bệnh và 10 bác sĩ, ..."; the clauses after when they follow them, "30 giường
    bệnh và 10 bác sĩ vào năm 2025, ..."), else the milestone's."""
    stated: list[int | None] = []
    leading = 0
    for clause in clauses:
        match = BY_YEAR.search(clause)
        stated.append(int(match.group(1) or match.group(2)) if match else None)
        if match is not None:
            values = value_matches(clause)
            leading += 1 if values and match.start() < values[0].start() else -1
    order = range(len(clauses)) if leading >= 0 else range(len(clauses) - 1, -1, -1)
    years: list[int | None] = [None] * len(clauses)
    carried: int | None = None
    for index in order:
        carried = stated[index] if stated[index] is not None else carried
        years[index] = carried
    return [y if y is not None else default for y in years]


def _maintained(targets: list[Target], until: int) -> list[Target]:
    """Targets "kept to" a later year ("... và duy trì đến năm 2030"): each dated target again
    for that year; an undated one takes it."""
    kept: list[Target] = []
    for target in targets:
        if target.year is None:
            kept.append(attrs.evolve(target, year=until))
            continue
        kept.append(target)
        if target.year < until and target.relative is None:
            kept.append(attrs.evolve(target, year=until, baseline=None))
    return kept


def _relative(
    text: str, year: int | None, subject: str, catalog: Catalog, source: Source | None
) -> Target | None:
    change = _change_of(text)
    flat = _NO_CHANGE.search(text)
    times = _TIMES.search(text)
    if change is None and flat is None and times is None:
        return None
    unit_of_change: str | None = None
    if times is not None and change is None:
        try:
            factor = float(parse_number(times.group("times").rstrip(".,")))
        except YteTargetsError:
            return None
        if not (math.isfinite(factor) and 0 < factor <= 1000):
            return None  # "gấp 0 lần": no change a target can state
        comparator = Comparator.GE
        relative = Relative(
            base_year=int(times.group("year")), change=round((factor - 1.0) * 100.0, 12)
        )
        name = text[: times.start()]
    elif change is not None:
        sign = 1 if change.group("up") else -1
        try:
            amount = float(parse_number(change.group("amount").rstrip(".,")))
        except YteTargetsError:
            return None
        comparator = _change_comparator(change, sign)
        base = _BASE.search(text)
        base_year = int(base.group("year")) if base is not None and base.group("year") else None
        percent = change.group("percent") is not None
        kind = ChangeKind.PERCENT if percent else ChangeKind.ABSOLUTE
        unit_of_change = (
            "permille"
            if change.group("permille")
            else "percent"
            if change.group("points")
            else "year"
            if change.group("years")
            else "centimeter"
            if change.group("cm")
            else None
        )
        relative = Relative(base_year=base_year, change=sign * amount, kind=kind)
        # the name stands before the change ("Tỷ suất ... giảm 10%"), or after its amount
        # ("giảm 30% số ca mắc mới lao ... so với năm 2021"), the base anywhere
        name = text[: change.start()]
        if not _WORD.search(BY_YEAR.sub(" ", _BASE.sub(" ", name))):
            name = text[change.end() :]
        name = " ".join(BY_YEAR.sub(" ", _BASE.sub(" ", name)).split()).strip(" ,.;:")
    else:
        assert flat is not None
        comparator = Comparator.LE if flat.group("verb") in _NO_RISE else Comparator.GE
        relative = Relative(base_year=int(flat.group("year")))
        name = text[: flat.start()]
    name = f"{subject} {name}".strip(" :,") or text
    indicator, used = bind_indicator(name, "", catalog)
    if indicator is None:
        try:
            indicator = own_indicator(used, comparator, None)
        except ParseError:
            return None
    if year is not None and relative.base_year is not None and relative.base_year >= year:
        year = None
    if relative.kind is ChangeKind.ABSOLUTE and unit_of_change is not None:
        # "giảm 2‰", "tăng 1,5 điểm phần trăm", "tăng thêm 1,5 cm": a change in the
        # indicator's unit
        try:
            amount = magnitude_in(
                ureg.Quantity(relative.change, unit_of_change), indicator.unit, accept_ratio=True
            )
        except YteTargetsError:
            return None
        relative = attrs.evolve(relative, change=amount)
    return checked_target(
        indicator=indicator, comparator=comparator, relative=relative, year=year, source=source
    )


def _change_of(text: str) -> re.Match[str] | None:
    """The change a text states against a base ("giảm 30% ... so với năm 2021", "tăng 10% so
    với cùng kỳ"), or without one when it says "thêm" ("tăng thêm 1,5 cm"); None for a step
    ("giảm bình quân 0,5%/năm") or a level ("giảm xuống còn 10%")."""
    change = _RELATIVE.search(text)
    if change is None or not (change.group("more") or _BASE.search(text)):
        return None
    return change


def _change_comparator(change: re.Match[str], sign: int) -> Comparator:
    """The bound of a change: "tăng tối thiểu 10%" is at least the reference (>=), "tăng trên
    10%" more than it, "tăng tối đa 10%" at most; a decrease the other way round."""
    if change.group("more_than"):
        return Comparator.GT if sign > 0 else Comparator.LT
    if change.group("at_most"):
        return Comparator.LE if sign > 0 else Comparator.GE
    if change.group("less_than"):
        return Comparator.LT if sign > 0 else Comparator.GT
    return Comparator.GE if sign > 0 else Comparator.LE


def _qualitative(
    text: str, year: int | None, subject: str, catalog: Catalog, source: Source | None
) -> list[Target]:
    """Aims without a number ("Cơ bản chấm dứt các dịch bệnh AIDS, lao và loại trừ sốt rét":
    three), each clause bound to a catalogue indicator; unknown aims are not guessed."""
    targets: list[Target] = []
    previous = subject
    seen: set[str] = set()
    for clause in [p for p in _SPLIT.split(text) if p.strip()]:
        name = f"{subject} {clause}".strip() if subject else clause
        indicator, used = bind_indicator(name, previous, catalog, frozenset(seen))
        if indicator is None:
            continue
        # An aim without a number is a target when the indicator is itself a yes/no aim
        # (an elimination, a band, no unit) or the clause names it almost word for word.
        yes_no = indicator.direction in (Direction.ELIMINATE, Direction.BAND) or (
            indicator.unit.dimensionless and unit_name(indicator.unit) == "dimensionless"
        )
        if not yes_no:
            best = catalog.matches(used, limit=1, min_score=STRONG_SCORE)
            if not best:
                continue
        seen.add(indicator.code)
        statement = clause if len(clause.split()) > 1 else used
        targets.append(Target(indicator=indicator, statement=statement, year=year, source=source))
        previous = used
    return targets
