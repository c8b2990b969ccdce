"""Assignments written as paragraphs: the implementation part of a plan, and task bullets
that name the bodies doing them.

Plans write their implementation part ("Tổ chức thực hiện", "Phân công nhiệm vụ") in a few
ways, read here alike:

- a numbered item naming the bodies and their task: "3. Sở Kế hoạch và Đầu tư chủ trì, phối
  hợp với các sở, ngành liên quan tham mưu ...";
- an agency's heading ("1. Sở Y tế", "22. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, ...",
  "2. Các sở, ban, ngành ...:") with its tasks below it, as paragraphs or as "a)", "-" items;
- an opening clause before the bodies: "Căn cứ Kế hoạch này, Sở Y tế và ... xây dựng ...",
  "Định kỳ hằng năm, 05 năm các sở, ban, ngành ... báo cáo ...", "... giao Ban Thường vụ ...".

Partners come from "chủ trì, phối hợp (với) ..." or "Phối hợp (với) ..." where a task or one of
its sentences begins (not from "phối hợp tốt với" deep in the task: that is someone else's
cooperation); a timeframe from the task's words ("định kỳ hàng năm, 05 năm", "giai đoạn 2021
- 2030", "trong quá trình triển khai thực hiện"). In the tasks part, a bullet is an assignment
when it opens with the bodies that do it ("- Các cơ quan truyền thông tổ chức tuyên truyền").

>>> lines = ["V. TỔ CHỨC THỰC HIỆN", "1. Sở Y tế",
...          "- Chủ trì, phối hợp với Sở Tài chính và các sở, ngành liên quan triển khai Kế hoạch.",
...          "2. Sở Tài chính tham mưu bố trí kinh phí hằng năm."]
>>> for a in read_assignment_paragraphs(lines):
...     print([str(x) for x in a.lead], [str(x) for x in a.partners], a.timeframe.text)
['Sở Y tế'] ['Sở Tài chính', 'các sở, ngành liên quan'] None
['Sở Tài chính'] [] hằng năm
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from ..core.plan import Agency, Assignment, ReportingDuty, Timeframe
from ..core.target import Source
from ..errors import YteTargetsError
from .agencies import read_agencies, split_agencies, starts_with_agency
from .assignment import parse_reporting, parse_timeframe
from .caseless import caseless
from .lang import language
from .ocr import tolerant
from .outline import Paragraph, Part, paragraphs, parts

__all__ = ["read_assignment_paragraphs"]

_VI: Final = language("vi")


def _t(key: str, name: str = "tasks") -> str:
    """The phrases under ``key`` of ``lang/vi/<name>.toml``, as scans damage them, in order."""
    return tolerant(*_VI.words(name, key))


_YEAR: Final = r"(?:19|20|21)\d{2}"
_LETTERS: Final = "".join(_VI.words("letters", "extra"))
_MARKED: Final = f"{_VI.get('letters', 'marked.first')}-{_VI.get('letters', 'marked.last')}"
_AND: Final = _VI.literal("agencies", "and")
_ROMAN: Final = re.compile(r"^(?:#{1,6}\s*)?[IVX]{1,5}\s*[.\-–:)]\s")
_NUMBERED: Final = re.compile(r"^(?:#{1,6}\s*)?(\d+(?:\.\d+)*)\s*[.\-–)]\s*")
_SUBITEM: Final = re.compile(rf"^(?:[a-z{_LETTERS}]\)|[-+•*–])\s*")
# Opening clauses before the bodies, and the words that hand a task to them.
_OPENING: Final = caseless(
    rf"^(?:(?:{_t('grounds')})\b[^,]*,\s*"
    rf"|(?:(?:{_t('periodic')})\s+)?(?:{_t('every')})\s+(?:{_t('year', 'time')})"
    rf"(?:\s*,\s*\d+\s*(?:{_t('year', 'time')}))?\s*,?\s*"
    rf"|(?:{_t('hand_over')})\s+)",
)
# "trong quá trình (tổ chức) (triển khai) thực hiện"
_DURING: Final = (
    rf"(?:{_t('during')})\s+(?:(?:{_t('organising')})\s+)?(?:(?:{_t('deploying')})\s+)?"
    rf"(?:{_t('implementing')})"
)
_RULE_FOR_ALL: Final = caseless(
    rf"^{_DURING}[^,]*,\s*(?:{_t('conditions')})\b",
)
_REPORT: Final = caseless(rf"\b(?:{_t('report')})\b")
_CLAUSE: Final = re.compile(r"(?<=[.;])\s+")
_HANDS_OVER: Final = caseless(rf"^(?:{_t('hand_over')})\s+")
_WITH: Final = rf"(?:{_t('jointly')})(?:\s+(?:{_t('with')}))?\s+"
_JOINT: Final = caseless(rf"^(?:(?:{_t('leads')})\s*,?\s*)?{_WITH}")
# "chủ trì, phối hợp với ..." names partners wherever it stands ("là cơ quan thường trực,
# chủ trì, phối hợp với ...").
_LEADS_JOINTLY: Final = caseless(rf"\b(?:{_t('leads')})\s*,?\s*{_WITH}")
_SENTENCE: Final = re.compile(rf"(?<=[.;])\s+(?=[A-Z{_LETTERS.upper()}{_MARKED}])")
# A time the task's words give; "hằng năm của tỉnh" qualifies a noun, not the task.
_YEARLY: Final = (
    rf"(?:(?:{_t('periodic')})\s+)?(?:{_t('every')})\s+(?:{_t('year', 'time')})"
    rf"(?:\s*,\s*\d+\s*(?:{_t('year', 'time')}))?"
)
_PERIOD: Final = rf"(?:{_t('period')})\s+"
_TIME: Final = caseless(
    rf"{_YEARLY}(?:\s+(?:{_AND})\s+{_PERIOD}(?:(?:{_t('to')})\s+(?:{_t('year', 'time')})\s+{_YEAR}"
    rf"|{_YEAR}\s*[-–]\s*{_YEAR}))?(?!\s+(?:{_t('of')}))\b"
    rf"|{_PERIOD}{_YEAR}\s*[-–]\s*{_YEAR}"
    rf"|{_DURING}"
    # a deadline: "hoàn thành trước ngày 30/6/2024", "trong quý II/2024", "trước tháng 6/2025"
    rf"|(?:(?:{_t('complete')})\s+)?(?:{_t('within')})\s+(?:"
    rf"(?:(?:{_t('day')})\s+)?\d{{1,2}}/\d{{1,2}}/{_YEAR}"
    rf"|(?:{_t('quarter')})\s+(?:[IV]{{1,3}}|\d)\s*(?:/|\s+(?:{_t('year', 'time')})\s+){_YEAR}"
    rf"|(?:{_t('month')})\s+\d{{1,2}}\s*(?:/|\s+(?:{_t('year', 'time')})\s+){_YEAR})"
    # a year or years: "trong năm 2025", "từ năm 2024 đến năm 2030"
    rf"|(?:{_t('years_from')})\s+(?:{_t('year', 'time')})\s+{_YEAR}"
    rf"(?:\s+(?:{_t('to')})\s+(?:(?:{_t('year', 'time')})\s+)?{_YEAR})?"
    # a period: "hằng quý", "định kỳ 6 tháng"
    rf"|(?:(?:{_t('periodic')})\s+)?(?:(?:{_t('every')})\s+(?:{_VI.literal('tasks', 'quarter')})"
    rf"(?![^\W\d_])"
    rf"|(?<!\d)0?6\s+(?:{_t('month')}))",
)


def _opening_removed(text: str) -> str:
    while True:
        found = _OPENING.match(text)
        if found is None or found.end() == 0:
            return text
        text = text[found.end() :]


def _partners(task: str) -> tuple[list[Agency], str]:
    """The partners a task names where it, or one of its sentences, begins; and the task
    without the words that name them."""
    partners: list[Agency] = []
    sentences = _SENTENCE.split(task)
    for number, sentence in enumerate(sentences):
        joint = _JOINT.match(sentence) or _LEADS_JOINTLY.search(sentence)
        if joint is None:
            continue
        # the partners are named within the clause ("...; thời gian: ..." is no partner)
        after = sentence[joint.end() :]
        clause, semicolon, others = after.partition(";")
        names, rest = read_agencies(clause)
        rest = f"{rest}{semicolon}{others}"
        if names:
            partners += names
            if number == 0:
                sentences[0] = " ".join(f"{sentence[: joint.start()]} {rest}".split()).strip(" ,")
    return partners, " ".join(s for s in sentences if s).strip()


# "...; thời gian: năm 2027.", "Thời hạn: trước ngày 30/6/2027"
_LABELLED: Final = caseless(
    rf"(?<![^\W\d_])(?:{_VI.pattern('time', 'labels')})\s*:\s*(?P<time>[^.;]+?)\s*(?:[.;]|$)",
)
# "... tổ chức tập huấn (Quý II/2027)."
_CLOSING_ASIDE: Final = re.compile(r"\((?P<time>[^()]{3,80})\)\s*[.;]?\s*$")
_TIME_WORDS: Final = caseless(
    rf"\d|(?<![^\W\d_])(?:{_VI.pattern('time', 'markers')})",
)


def _timeframe(text: str) -> Timeframe:
    """The timeframe a task states: after its label ("thời gian: năm 2027"), in a closing
    parenthesis ("(Quý II/2027)"), else in its words ("hằng năm", "giai đoạn 2026 - 2030")."""
    labelled = _LABELLED.search(text)
    if labelled is not None:
        return parse_timeframe(labelled.group("time"))
    aside = _CLOSING_ASIDE.search(text)
    if aside is not None and _TIME_WORDS.search(aside.group("time")):
        return parse_timeframe(aside.group("time"))
    found = _TIME.search(text)
    return parse_timeframe(found.group()) if found else Timeframe.unspecified()


def _assignment(
    lead: list[Agency], task: str, paragraph: Paragraph, document: str | None
) -> Assignment | None:
    partners, words = _partners(task.strip(" ,:"))
    words = words.strip(" ,:;") or task.strip(" ,:;")
    if not words or not lead:
        return None
    try:
        return Assignment(
            task=words[0].upper() + words[1:],
            lead=lead,
            partners=partners,
            timeframe=_timeframe(paragraph.text),
            reporting=_reporting(paragraph.text),
            source=Source(document=document, line=paragraph.line, quote=paragraph.text),
        )
    except YteTargetsError:
        return None  # words no model type accepts (a timeframe of year 0): not a task


def _reporting(text: str) -> ReportingDuty | None:
    """The first clause that reports to someone, or by a date ("định kỳ hàng năm trước 10/12
    báo cáo ... gửi Sở Y tế")."""
    for clause in _CLAUSE.split(text):
        if _REPORT.search(clause):
            duty = parse_reporting(clause)
            if duty is not None and (duty.to or duty.due):
                return duty
    return None


#: A task of the issuer's own (it names no body) has at least this many words.
_OWN_TASK_WORDS: Final = 4
#: The parts read as an implementation part in a text that has none.
_ANYWHERE: Final = frozenset({Part.PREAMBLE, Part.OTHER})


def _depth(number: str) -> int:
    return number.count(".") + 1


def read_assignment_paragraphs(
    lines: Sequence[str],
    *,
    first_line: int = 1,
    document: str | None = None,
    outline: Sequence[Part] | None = None,
    doer: str | None = None,
    paragraphed: Sequence[Paragraph] | None = None,
) -> list[Assignment]:
    """The assignments written as paragraphs in ``lines`` (see the module's rules).

    Each assignment's source is its paragraph's first line and words. ``outline`` is
    :func:`~yte_targets.read.outline.parts` of ``lines``, when the caller has it already.
    ``doer`` is the body that issued a plan of its own work ("Sở Y tế"): a task bullet of
    its tasks part that names no body is its own. ``paragraphed`` is
    :func:`~yte_targets.read.outline.paragraphs` of ``lines``, when the caller has them.
    """
    outline = parts(lines) if outline is None else outline
    if Part.ORGANISATION not in outline:
        # a text without an implementation part (a passage, a short plan) hands tasks out
        # wherever it does
        outline = [Part.ORGANISATION if p in _ANYWHERE else p for p in outline]
    found: list[Assignment] = []

    def add(doers: list[Agency], task: str, paragraph: Paragraph) -> None:
        assignment = _assignment(doers, task, paragraph, document)
        if assignment is not None:
            found.append(assignment)

    lead: list[Agency] = []
    lead_depth = 0
    listed = False  # the heading's tasks came as a list: a plain paragraph after it is not one
    if paragraphed is None:
        paragraphed = paragraphs(lines, first_line=first_line)
    for paragraph in paragraphed:
        index = paragraph.line - first_line
        part = outline[index]
        text = paragraph.text
        raw = lines[index].strip()
        if part not in (Part.ORGANISATION, Part.TASKS) or text.startswith("|"):
            lead = []
            continue
        if _ROMAN.match(text):
            lead = []
            continue
        heading = raw.startswith("#") or (raw.startswith("**") and raw.endswith("**"))
        numbered = _NUMBERED.match(text)
        sub = _SUBITEM.match(text)
        body = text[numbered.end() :] if numbered else text[sub.end() :] if sub else text
        body = body.strip(" #")
        if part is Part.TASKS:
            # a task bullet that names the bodies doing it
            if sub is not None and not heading:
                names, task = read_agencies(body)
                if names and len(task.split()) >= 3:
                    add(names, task, paragraph)
                elif not names and doer is not None and len(body.split()) >= _OWN_TASK_WORDS:
                    add([Agency(doer)], body, paragraph)
            continue
        if numbered is not None and not (lead and _depth(numbered.group(1)) > lead_depth):
            lead, listed = [], False
            opened = _opening_removed(body)
            if heading:
                lead = split_agencies(opened) if starts_with_agency(opened) else []
                lead_depth = _depth(numbered.group(1))
                continue
            names, task = read_agencies(opened)
            if names and (len(task.split()) < 3 or body.endswith(":")):
                lead, lead_depth = names, _depth(numbered.group(1))
            elif names:
                add(names, task, paragraph)
            continue
        if lead and sub is None and numbered is None and listed:
            lead = []  # a plain paragraph after the heading's list of tasks is not one of them
        if _RULE_FOR_ALL.match(body):
            lead = []  # "Trong quá trình thực hiện, nếu có khó khăn, ...": a rule for everyone
            continue
        if lead and sub is not None:
            names, task = read_agencies(body)
            if names and len(task.split()) >= 3 and not _JOINT.match(task):
                # "- UBND cấp huyện bố trí kinh phí ..." under another heading: its own body
                add(names, task, paragraph)
                listed = True
                continue
        if not lead:
            # a paragraph of its own that hands a task to its bodies ("Giao Sở Y tế chủ trì,
            # ..."), not a rule for all ("Trong quá trình thực hiện, nếu có khó khăn, ...")
            if _HANDS_OVER.match(body) or starts_with_agency(body):
                names, task = read_agencies(_HANDS_OVER.sub("", body, count=1))
                if names and len(task.split()) >= 3 and not body.endswith(":"):
                    add(names, task, paragraph)
            continue
        if sub is not None or numbered is not None:
            listed = True
        if body.endswith(":"):
            continue  # "Căn cứ ..., có trách nhiệm:": what follows are the tasks
        add(lead, body, paragraph)
    return found
