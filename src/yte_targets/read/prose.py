"""Targets stated in the prose of a plan's tasks: "... để thực hiện mục tiêu cơ bản chấm dứt
các dịch bệnh AIDS, lao và loại trừ sốt rét vào năm 2030", "dành ít nhất 30% ngân sách y tế
cho công tác y tế dự phòng".

Task paragraphs mention indicators all the time without setting a target ("giảm tỷ lệ trẻ em
khuyết tật", "hỗ trợ người dân tham gia bảo hiểm y tế"), so this reader is stricter than the
one for target lists: a clause (a sentence, or a part of one between semicolons) is read only
when it has the words of a commitment ("mục tiêu", "phấn đấu", "loại trừ", "chấm dứt", "ít
nhất", "cao hơn", ...); its indicator must be in the catalogue, unless the aim is declared
("phấn đấu ...", "mục tiêu ...") with a share or a rate ("phấn đấu 90% hộ gia đình có nhà tiêu
hợp vệ sinh": an indicator of the document's words, ``catalogued=False``); and without a number
it must be a yes/no aim (an elimination, a band such as replacement fertility, an aim without a
unit).
A year in the clause is the target's year; otherwise it has none.

>>> import yte_targets as yt
>>> text = ("- Tăng cường phối hợp liên ngành trong phòng, chống HIV/AIDS để thực hiện mục tiêu cơ "
...         "bản chấm dứt các dịch bệnh AIDS, lao và loại trừ sốt rét vào năm 2030.")
>>> [(t.indicator.code, t.year) for t in read_prose_targets([text])]
[('aids_end', 2030), ('tb_end', 2030), ('malaria_elimination', 2030)]
>>> [str(t) for t in read_prose_targets(["Dành ít nhất 30% ngân sách y tế cho y tế dự phòng."])]
['Tỷ lệ chi ngân sách cho y tế dự phòng trên tổng chi ngân sách nhà nước cho y tế: tối thiểu 30%']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import Final

from ..catalog import Catalog, default
from ..core.indicator import Direction
from ..core.target import Source, Target
from ..core.units import unit_name
from ..errors import YteTargetsError
from .caseless import caseless
from .lang import language, phrase_pattern
from .outline import paragraphs
from .phrases import deadline_years, words_to_digits
from .target import BY_YEAR, SENTENCES, checked_target, has_value, parse_target, value_matches
from .target import LEADING_YEAR as _LEADING_YEAR
from .value import parse_target_value

__all__ = ["read_prose_targets"]

#: The catalogue score a numeric prose clause needs for its indicator.
PROSE_SCORE: Final = 0.85

# Words after which the aim itself is stated ("phấn đấu hoàn thành ...", "mục tiêu ...").
_VI: Final = language("vi")
_COMPARATOR_WORDS: Final = phrase_pattern(
    [word for word, symbol in _VI.get("comparators", "words") if symbol and word[0].isalpha()]
)
# Words after which the aim itself is stated ("phấn đấu hoàn thành ...", "mục tiêu ...").
_LEAD_IN: Final = caseless(
    rf"(?<![^\W\d_])(?:{_VI.pattern('aims', 'lead_in')})\s*:?\s*",
)
_RAISE: Final = caseless(rf"(?<![^\W\d_])(?:{_VI.pattern('aims', 'raise')})(?=\s)")
_CUE_WORDS: Final = caseless(_VI.pattern("aims", "cues"))
# Words of a commitment: a clause without them is a task, not a target; or a change of level
# towards a value ("nâng tỷ lệ ... lên trên 96%", "giảm ... xuống còn 12%").
_CUES: Final = caseless(
    rf"(?<![^\W\d_])(?:{_VI.pattern('aims', 'cues')})"
    rf"|(?<![^\W\d_])(?P<raise>{_VI.pattern('aims', 'raise')})\s.{{3,160}}?"
    rf"(?<![^\W\d_])(?:{_VI.pattern('aims', 'to')})\s+(?=\D{{0,24}}\d)",
)
_CLAUSES: Final = re.compile(r"\s*;\s*")
_DIGIT: Final = re.compile(r"\d")
_A_YEAR: Final = re.compile(r"(?:19|20|21)\d\d")
# the last word of a name that points back ("tỷ lệ này"): looked for before the pattern
_POINTS_BACK: Final = caseless(
    "|".join(sorted({re.escape(p.split()[-1]) for p in _VI.words("aims", "anaphora")})),
)
_PAST_HEAD: Final = caseless(
    rf"^\W*(?:{_VI.pattern('aims', 'past_heads')})(?![^\W\d_])",
)
_ANAPHORA: Final = caseless(rf"(?<![^\W\d_])(?:{_VI.pattern('aims', 'anaphora')})")
# A statement begins with its measure, its value or its comparator ("Số bác sĩ ...", "98% dân
# số ...", "Trên 95% trẻ em ..."), not with the verb of a task ("Hỗ trợ người dân ...").
_STATES: Final = caseless(
    rf"^[\W_]*(?:\d|(?:{_VI.pattern('names', 'measures.words')}|{_COMPARATOR_WORDS}"
    rf"|{_VI.pattern('changes', 'increase')}|{_VI.pattern('changes', 'decrease')}))",
)
# A statement that opens with its value ("98% dân số ...", "Trên 95% trẻ em ...")
_VALUE_FIRST: Final = caseless(rf"^[\W_]*(?:(?:{_COMPARATOR_WORDS})\s+)*\d")
_OWN_NAME: Final = caseless(rf"^\W*(?:{_VI.pattern('names', 'measures.words')})")
# A result already reached: its value is no target.
_PAST: Final = caseless(rf"(?<![^\W\d_])(?:{_VI.pattern('aims', 'past')})")
# "mỗi năm một lần": a frequency written in words.
_YEAR_WORD: Final = _VI.words("time", "year")[0]
_TIMES: Final = caseless(
    rf"(?<![^\W\d_])(?:{_VI.pattern('time', 'every_year')})\s+(?P<n>\d+)\s+"
    rf"(?P<times>{_VI.pattern('time', 'times')})",
)


def _numbers_in_words(text: str) -> str:
    """A frequency as a rate: "mỗi năm 1 lần" is "1 lần/năm"."""
    return _TIMES.sub(lambda m: f"{m.group('n')} {m.group('times')}/{_YEAR_WORD}", text)


def _aim(clause: str) -> tuple[str, bool] | None:
    """The words of the aim a clause states, and whether they follow "phấn đấu" or "mục
    tiêu"; None when it states none."""
    cue = _CUES.search(clause)
    if cue is None:
        return None
    lead_in = _LEAD_IN.search(clause)
    if lead_in is not None:
        aim = clause[lead_in.end() :].strip(" ,:.")
        head, colon, listed = aim.partition(":")
        if colon and listed.strip() and not has_value(BY_YEAR.sub(" ", head)):
            # "Mục tiêu năm 2027 của tỉnh gồm: 28 giường bệnh/vạn dân, ...": the list after
            # the head that scopes it
            aim = listed.strip(" ,:.")
        return aim, True
    if cue.group("raise"):  # "..., nâng tỷ lệ ... lên trên 96%": the change of level
        # from the verb nearest the value ("Tăng cường ..., nâng tỷ lệ ... lên 96%": "nâng")
        verbs = list(_RAISE.finditer(clause, cue.start(), cue.end()))
        verb = verbs[-1].start() if verbs else cue.start()
        # with the name before the verb in its part of the clause ("Tỷ lệ ... tăng từ 85%
        # năm 2025 lên 95%")
        start = clause.rfind(",", 0, verb) + 1
        return clause[start:].strip(" ,:."), False
    start = clause.rfind(",", 0, cue.start()) + 1  # the comma-separated part holding the cue
    return clause[start:].strip(" ,:."), False


#: A name of the document's own words is this long at most (a longer one is a sentence).
_OWN_NAME_WORDS: Final = 16
#: A share stated value first names its group in this many words at least.
_SHARE_WORDS: Final = 3
#: A statement of a measure and its value without the words of a commitment is this short.
_STATEMENT_WORDS: Final = 24
#: ... and binds to the catalogue this well.
STATEMENT_SCORE: Final = 0.9


def _statement(clause: str, year: int | None, catalog: Catalog, source: Source) -> list[Target]:
    """The targets of a clause that only states measures and their values: every one bound
    to the catalogue, with a value in the indicator's own kind of unit."""
    if not _STATES.match(clause) or not has_value(BY_YEAR.sub(" ", clause)):
        return []
    try:
        found = parse_target(clause.strip(" ,:."), year, catalog=catalog, source=source)
    except YteTargetsError:
        return []
    # a share stated value first is a target in the document's own words too ("100% trạm y
    # tế xã có bác sĩ làm việc": the share of the stations that have one)
    shares = _VALUE_FIRST.match(clause) is not None
    strong = all(
        (t.indicator.catalogued or (shares and _share(t)) or _changed(t))
        and ((t.value is not None and _measured(t)) or t.relative is not None)
        for t in found
    )
    return found if strong else []


def _changed(target: Target) -> bool:
    """A change against a base of an indicator named by what it measures ("giảm 5% số ca
    ngộ độc thực phẩm so với năm 2025"), in the catalogue or not."""
    return target.relative is not None and _own_name(target)


def _share(target: Target) -> bool:
    """A percentage of a group named in a few words or more."""
    unit = "" if target.value is None else unit_name(target.value.units)
    return unit == "percent" and len(target.indicator.name_vi.split()) >= _SHARE_WORDS


def _own_name(target: Target) -> bool:
    """A name of the document's own words begins with what it measures ("Tỷ lệ hộ ...")."""
    return target.indicator.catalogued or _OWN_NAME.match(target.indicator.name_vi) is not None


def _measured(target: Target) -> bool:
    """A share or a rate ("90%", "5‰", "30/10.000 dân"; not "dưới 5 tuổi", an age group), of
    a catalogue indicator or of one named in a few words."""
    unit = "" if target.value is None else unit_name(target.value.units)
    return (unit in ("percent", "permille") or unit.startswith("per_")) and (
        target.indicator.catalogued or len(target.indicator.name_vi.split()) <= _OWN_NAME_WORDS
    )


def _yes_no(target: Target) -> bool:
    indicator = target.indicator
    return indicator.direction in (Direction.ELIMINATE, Direction.BAND) or (
        unit_name(indicator.unit) == "dimensionless"
    )


def _numeric(
    aim: str, declared: bool, year: int | None, catalog: Catalog, source: Source
) -> list[Target]:
    found = parse_target(aim, year, catalog=catalog, source=source)
    if found and all(t.indicator.catalogued for t in found):
        return found
    if declared and found and all((_measured(t) or _changed(t)) and _own_name(t) for t in found):
        # "phấn đấu 90% hộ gia đình có nhà tiêu hợp vệ sinh": a declared aim with a rate is a
        # target, in the catalogue or not
        return found
    numbers = value_matches(aim)
    if len(numbers) != 1:
        return []
    # The name may stand after the value in prose ("dành ít nhất 30% ngân sách y tế cho ...").
    name = aim[: numbers[0].start()] + aim[numbers[0].end() :]
    best = catalog.matches(name, limit=1, min_score=PROSE_SCORE)
    if not best:
        return []
    indicator = best[0].indicator
    try:
        comparator, value = parse_target_value(aim, indicator)
    except YteTargetsError:
        return []
    built = checked_target(
        indicator=indicator, comparator=comparator, value=value, year=year, source=source
    )
    return [] if built is None else [built]


def read_prose_targets(
    lines: Sequence[str],
    *,
    first_line: int = 1,
    catalog: Catalog | None = None,
    document: str | None = None,
) -> list[Target]:
    """The targets that the prose of ``lines`` commits to (see the module's rules).

    Each target's source is its paragraph's first line and the clause's words.
    """
    catalog = catalog or default()
    targets: list[Target] = []
    for paragraph in paragraphs(lines, first_line=first_line):
        if paragraph.text.startswith(("|", "#")):
            continue
        targets += read_prose_block(
            paragraph.text, line=paragraph.line, catalog=catalog, document=document
        )
    return targets


def read_prose_block(
    text: str,
    *,
    line: int | None = None,
    year: int | None = None,
    catalog: Catalog | None = None,
    document: str | None = None,
) -> list[Target]:
    """The targets one paragraph of prose commits to; ``year`` is the year its context gives.

    A sentence's year reaches all its clauses: the year that opens it ("Năm 2027, ..."), else
    its only target year, else the year of the clause before. What reports a result ("Kết
    quả ...", "đã đạt", "ước đạt") states no target; nor does a dated value without the
    words of a commitment when the paragraph commits to a later year ("Năm 2025, ... đạt
    92,7%. Năm 2026, tỉnh phấn đấu ..."). "Tỷ lệ này" is the indicator named before it."""
    catalog = catalog or default()
    targets: list[Target] = []
    # "mười hai bác sĩ", "tất cả trạm y tế"; "Đến ngày 31/12/2026": "Đến năm 2026"
    text = deadline_years(words_to_digits(text.lstrip("-+•* ")))
    if not _DIGIT.search(text) and _CUE_WORDS.search(text) is None:
        return []  # no value and no words of a commitment: a task, a fact, a heading
    sentences = [s for s in SENTENCES.split(text) if not _PAST_HEAD.match(s)]

    @cache
    def latest() -> int | None:
        """The latest year the paragraph commits to ("phấn đấu ... năm 2026")."""
        return max(
            (
                int(m.group(1) or m.group(2))
                for s in sentences
                if _A_YEAR.search(s) and _CUES.search(s)
                for m in BY_YEAR.finditer(s)
            ),
            default=None,
        )

    for sentence in sentences:
        dated = _A_YEAR.search(sentence) is not None
        head = _LEADING_YEAR.match(sentence) if dated else None
        years = (
            {int(m.group(1) or m.group(2)) for m in BY_YEAR.finditer(sentence)} if dated else set()
        )
        single = len(years) == 1
        own = bool(head) or single  # the year that opens it, or its only year, dates it
        carry = int(head.group("year")) if head else (min(years) if single else year)
        for clause in _CLAUSES.split(sentence):
            if not clause.strip(" ,:."):
                continue
            if not _may_hold_value(clause) and _CUE_WORDS.search(clause) is None:
                continue  # no value and no words of a commitment: no target
            if _PAST.search(clause):
                continue
            by = BY_YEAR.search(clause) if dated and _A_YEAR.search(clause) else None
            if by is not None:
                carry = int(by.group(1) or by.group(2))
            if _POINTS_BACK.search(clause):
                named = _previous_name(targets)
                clause = _ANAPHORA.sub(named.replace("\\", "\\\\"), clause)
            targets += _read_clause(
                clause,
                carry,
                bool(by or own),
                latest,
                catalog,
                Source(document=document, line=line, quote=clause.strip()),
            )
    return targets


# Numbers that are never values, at a first look: years, dates, documents' numbers ("năm 2025",
# "12/3/2024", "123/QĐ-UBND"); a text with digits besides these may state a value.
# (no case to tell: compiled caseless for its scan, which skips ahead to a digit)
_NO_VALUE_NUMBERS: Final = caseless(
    r"(?<![\d.,])(?:19|20|21)\d\d(?![\d.,%‰])|\d{1,2}/\d{1,2}/\d{2,4}|\d+(?:/\d+)?[-/][^\W\d_]\S*"
)


def _may_hold_value(text: str) -> bool:
    """Whether ``text`` has a number that may be a value (not only years, dates and
    documents' numbers)."""
    return (
        _DIGIT.search(text) is not None
        and _DIGIT.search(_NO_VALUE_NUMBERS.sub(" ", text)) is not None
    )


def _previous_name(targets: list[Target]) -> str:
    return targets[-1].indicator.name_vi if targets else ""


def _read_clause(
    clause: str,
    year: int | None,
    dated: bool,
    latest: Callable[[], int | None],
    catalog: Catalog,
    source: Source,
) -> list[Target]:
    stated = _aim(clause)
    if stated is None and dated and year is not None:
        committed = latest()
        if committed is not None and year < committed:
            return []  # a result before the year the paragraph commits to
        # a value with the year it is for states a target as well as "phấn đấu" does ("Tỷ
        # số tử vong mẹ dưới 40/100.000 trẻ đẻ sống vào năm 2030")
        stated = clause.strip(" ,:."), True
    if stated is None:
        if len(clause.split()) > _STATEMENT_WORDS:
            return []
        # a short statement of a catalogued measure and its value is a target ("98% dân số
        # được quản lý sức khỏe", "Số bác sĩ/vạn dân: 10,5")
        return _statement(clause, year, catalog, source)
    if not stated[0]:
        return []
    aim, declared = _numbers_in_words(stated[0]), stated[1]
    try:
        if has_value(BY_YEAR.sub(" ", aim)):
            return _numeric(aim, declared, year, catalog, source)
        found = parse_target(aim, year, catalog=catalog, source=source)
    except YteTargetsError:
        return []
    return [t for t in found if t.indicator.catalogued and _yes_no(t)]
