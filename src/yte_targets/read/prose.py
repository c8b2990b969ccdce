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
from collections.abc import Sequence
from typing import Final

from ..catalog import Catalog, default
from ..core.indicator import Direction
from ..core.target import Source, Target
from ..errors import YteTargetsError
from .lang import language
from .outline import paragraphs
from .target import BY_YEAR, SENTENCES, checked_target, has_value, parse_target, value_matches
from .target import LEADING_YEAR as _LEADING_YEAR
from .value import parse_target_value

__all__ = ["read_prose_targets"]

#: The catalogue score a numeric prose clause needs for its indicator.
PROSE_SCORE: Final = 0.85

# Words after which the aim itself is stated ("phấn đấu hoàn thành ...", "mục tiêu ...").
_VI: Final = language("vi")
# Words after which the aim itself is stated ("phấn đấu hoàn thành ...", "mục tiêu ...").
_LEAD_IN: Final = re.compile(
    rf"(?<![^\W\d_])(?:{_VI.pattern('aims', 'lead_in')})\s*:?\s*", re.IGNORECASE
)
# Words of a commitment: a clause without them is a task, not a target; or a change of level
# towards a value ("nâng tỷ lệ ... lên trên 96%", "giảm ... xuống còn 12%").
_CUES: Final = re.compile(
    rf"(?<![^\W\d_])(?:{_VI.pattern('aims', 'cues')})"
    rf"|(?<![^\W\d_])(?P<raise>{_VI.pattern('aims', 'raise')})\s.{{3,160}}?"
    rf"(?<![^\W\d_])(?:{_VI.pattern('aims', 'to')})\s+(?=\D{{0,24}}\d)",
    re.IGNORECASE,
)
_CLAUSES: Final = re.compile(r"\s*;\s*")
# A result already reached: its value is no target.
_PAST: Final = re.compile(rf"(?<![^\W\d_])(?:{_VI.pattern('aims', 'past')})", re.IGNORECASE)
# "mỗi năm một lần": a frequency written in words.
_TIMES: Final = re.compile(
    r"\b(?:mỗi|hằng|hàng)\s+năm\s+(một|hai|ba|bốn)\s+lần\b|\b(một|hai|ba|bốn)\s+lần\s*/\s*năm\b",
    re.IGNORECASE,
)
_WORD_NUMBERS: Final = {"một": 1, "hai": 2, "ba": 3, "bốn": 4}


def _numbers_in_words(text: str) -> str:
    def digits(match: re.Match[str]) -> str:
        word = (match.group(1) or match.group(2)).casefold()
        return f"{_WORD_NUMBERS[word]} lần/năm"

    return _TIMES.sub(digits, text)


def _aim(clause: str) -> tuple[str, bool] | None:
    """The words of the aim a clause states, and whether they follow "phấn đấu" or "mục
    tiêu"; None when it states none."""
    cue = _CUES.search(clause)
    if cue is None:
        return None
    lead_in = _LEAD_IN.search(clause)
    if lead_in is not None:
        return clause[lead_in.end() :].strip(" ,:."), True
    if cue.group("raise"):  # "..., nâng tỷ lệ ... lên trên 96%": the change of level
        return clause[cue.start() :].strip(" ,:."), False
    start = clause.rfind(",", 0, cue.start()) + 1  # the comma-separated part holding the cue
    return clause[start:].strip(" ,:."), False


#: A statement of a measure and its value without the words of a commitment is this short.
_STATEMENT_WORDS: Final = 24
#: ... and binds to the catalogue this well.
STATEMENT_SCORE: Final = 0.9


def _statement(
    clause: str, year: int | None, catalog: Catalog, source: Source
) -> list[Target]:
    """The targets of a clause that only states measures and their values: every one bound
    to the catalogue, with a value in the indicator's own kind of unit."""
    if not has_value(BY_YEAR.sub(" ", clause)):
        return []
    try:
        found = parse_target(clause.strip(" ,:."), year, catalog=catalog, source=source)
    except YteTargetsError:
        return []
    strong = all(
        t.indicator.catalogued and t.value is not None and _measured(t) for t in found
    )
    return found if strong else []


def _measured(target: Target) -> bool:
    """A share or a rate ("90%", "5‰", "30/10.000 dân"; not "dưới 5 tuổi", an age group), of
    an indicator named in a few words."""
    unit = "" if target.value is None else str(target.value.units)
    return (unit in ("percent", "permille") or unit.startswith("per_")) and len(
        target.indicator.name_vi.split()
    ) <= 16


def _yes_no(target: Target) -> bool:
    indicator = target.indicator
    return indicator.direction in (Direction.ELIMINATE, Direction.BAND) or (
        str(indicator.unit) == "dimensionless"
    )


def _numeric(
    aim: str, declared: bool, year: int | None, catalog: Catalog, source: Source
) -> list[Target]:
    found = parse_target(aim, year, catalog=catalog, source=source)
    if found and all(t.indicator.catalogued for t in found):
        return found
    if declared and found and all(_measured(t) for t in found):
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
    """The targets one paragraph of prose commits to; ``year`` is the year its context gives
    (a year in a clause wins). A clause that reports a result already reached ("đã đạt",
    "kết quả") states none."""
    catalog = catalog or default()
    targets: list[Target] = []
    for sentence in SENTENCES.split(text.lstrip("-+•* ")):
        head = _LEADING_YEAR.match(sentence)
        stated_year = int(head.group("year")) if head is not None else year
        for clause in _CLAUSES.split(sentence):
            if not clause.strip(" ,:.") or _PAST.search(clause):
                continue
            by = BY_YEAR.search(clause)
            clause_year = int(by.group(1) or by.group(2)) if by else stated_year
            stated = _aim(clause)
            if stated is None and clause_year is not None and (by or head):
                # a value with the year it is for states a target as well as "phấn đấu"
                # does ("Tỷ số tử vong mẹ dưới 40/100.000 trẻ đẻ sống vào năm 2030")
                stated = clause.strip(" ,:."), True
            if stated is None and len(clause.split()) <= _STATEMENT_WORDS:
                # a short statement of a catalogued measure and its value is a target
                # ("98% dân số được quản lý sức khỏe", "Số bác sĩ/vạn dân: 10,5")
                source = Source(document=document, line=line, quote=clause.strip())
                found = _statement(clause, clause_year, catalog, source)
                targets += found
                continue
            if stated is None or not stated[0]:
                continue
            aim, declared = _numbers_in_words(stated[0]), stated[1]
            source = Source(document=document, line=line, quote=clause.strip())
            try:
                if has_value(BY_YEAR.sub(" ", aim)):
                    targets += _numeric(aim, declared, clause_year, catalog, source)
                else:
                    found = parse_target(aim, clause_year, catalog=catalog, source=source)
                    targets += [t for t in found if t.indicator.catalogued and _yes_no(t)]
            except YteTargetsError:
                continue
    return targets
