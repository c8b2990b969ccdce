"""The outline of a plan document: which part each line belongs to, and its paragraphs.

Vietnamese plans follow one administrative outline: Roman-numbered parts ("I. MỤC ĐÍCH, YÊU
CẦU", "II. MỤC TIÊU", "III. NHIỆM VỤ VÀ GIẢI PHÁP", "IV. KINH PHÍ", "V. TỔ CHỨC THỰC HIỆN"),
then "Nơi nhận" and the signature, then appendices. :func:`parts` names the part of every line,
so that readers look for targets and tasks where plans state them and not, say, in the
assessment of past results. :func:`paragraphs` joins the lines a conversion broke apart.

>>> lines = ["I. ĐÁNH GIÁ THỰC TRẠNG", "Tỷ lệ ... đạt 81%", "II. MỤC TIÊU", "- Đạt 95%",
...          "III. NHIỆM VỤ VÀ GIẢI PHÁP", "- Loại trừ sốt rét", "IV. TỔ CHỨC THỰC HIỆN",
...          "1. Sở Y tế", "Nơi nhận:"]
>>> [p.value for p in parts(lines)]  # doctest: +NORMALIZE_WHITESPACE
['assessment', 'assessment', 'objectives', 'objectives', 'tasks', 'tasks',
 'organisation', 'organisation', 'closing']
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from typing import Final

import attrs

from .caseless import caseless
from .lang import language
from .ocr import tolerant
from .value import clean_text

__all__ = ["Paragraph", "Part", "paragraphs", "parts"]


class Part(enum.Enum):
    """The parts of a plan document."""

    PREAMBLE = "preamble"
    ASSESSMENT = "assessment"
    PURPOSE = "purpose"
    OBJECTIVES = "objectives"
    TASKS = "tasks"
    FUNDING = "funding"
    ORGANISATION = "organisation"
    OTHER = "other"
    CLOSING = "closing"
    APPENDIX = "appendix"


_VI: Final = language("vi")
#: the letters beyond a-z that label list items ("đ)")
_EXTRA: Final = "".join(_VI.words("letters", "extra"))
_PART_WORD: Final = _VI.pattern("parts", "outline.part_word")
_ORDINAL: Final = _VI.pattern("parts", "outline.ordinal_word")
_ROMAN: Final = re.compile(
    rf"^(?:(?i:{_PART_WORD})\s+(?:(?i:{_ORDINAL})\s+)?)?[IVX]{{1,5}}\s*[.\-–:)]\s*(?P<title>.+)$"
)
# The first matching kind names the part (so "phân công nhiệm vụ" is organisation, not tasks).
_KINDS: Final = tuple(
    (caseless(tolerant(*entry["words"])), Part(entry["kind"])) for entry in _VI.get("parts", "part")
)
_ARABIC: Final = re.compile(r"^\d{1,2}\s*[.\-–:)]\s*(?P<title>.+)$")
# The articles of a resolution or a decision: "Điều 1. Thông qua mục tiêu ...", "Điều 2. Tổ
# chức thực hiện".
_ARTICLE: Final = caseless(
    rf"^(?:{_VI.pattern('parts', 'outline.article')})\s+\d{{1,2}}\s*[.:\-–]\s*(?P<title>.+)$",
)
#: A numbered line that is a heading though neither marked nor in capitals is this short.
_HEADING_WORDS: Final = 8
# "Nơi nhận:", the signature ("KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"), and the formula that
# closes a resolution or a decision ("Nghị quyết này đã được ... thông qua", "Quyết định này có
# hiệu lực ...").
_SIGNATURE: Final = _VI.pattern("parts", "outline.signature", whole=False)
_DOCUMENTS: Final = _VI.pattern("parts", "outline.documents")
_CLOSING: Final = caseless(
    rf"^(?:{_VI.pattern('parts', 'outline.recipients')}|{_SIGNATURE}"
    rf"|(?:{_DOCUMENTS})\s+(?:{_VI.pattern('parts', 'outline.this')})\s+"
    rf"(?:{_VI.pattern('parts', 'outline.closing_verbs')}))",
)
_APPENDIX: Final = caseless(rf"^(?:{_VI.pattern('parts', 'outline.appendix')})")


def _plain(line: str) -> str:
    return clean_text(line).strip(" #*").strip()


def _kind(title: str) -> Part | None:
    return next((kind for pattern, kind in _KINDS if pattern.search(title)), None)


def parts(lines: Sequence[str]) -> list[Part]:
    """The part of the document each line belongs to (a heading belongs to its own part).

    Parts are the Roman-numbered headings; a document without any takes its articles ("Điều
    2. Tổ chức thực hiện") and its headings numbered 1, 2, ... that name a part ("3. TỔ CHỨC
    THỰC HIỆN", "3. Nhiệm vụ, giải pháp chủ yếu").
    """
    plain = [_plain(raw) for raw in lines]
    roman = any(_ROMAN.match(line) for line in plain)
    articles = not roman and any(_ARTICLE.match(line) for line in plain)
    part = Part.PREAMBLE
    found: list[Part] = []
    for raw, line in zip(lines, plain, strict=True):
        if not line:  # a blank line: in the part of the line before it
            found.append(part)
            continue
        heading = _ROMAN.match(line) if roman else (_ARTICLE.match(line) if articles else None)
        if heading is None and not roman:
            heading = _ARABIC.match(line)
            if heading is not None and not _names_part(raw, line, heading.group("title")):
                heading = None
            if heading is not None and not _stands_out(raw, line):
                # a short numbered line that is no marked heading does not take the outline
                # back from the tasks: "3. Kiểm tra, đánh giá" among them opens no assessment
                kind = _kind(heading.group("title"))
                now = _ORDER.get(part, 0)
                if kind is None or (now >= _ORDER[Part.TASKS] and _ORDER.get(kind, 0) < now):
                    heading = None
        if heading is not None and part is not Part.APPENDIX:
            part = _kind(heading.group("title")) or Part.OTHER
        elif _CLOSING.match(line):
            part = Part.CLOSING
        elif _APPENDIX.match(line) and line.upper() == line:
            part = Part.APPENDIX
        found.append(part)
    return found


#: The order of a plan's parts, for headings that can only move the outline forward.
_ORDER: Final = {
    Part.PREAMBLE: 0,
    Part.PURPOSE: 1,
    Part.ASSESSMENT: 1,
    Part.OBJECTIVES: 2,
    Part.TASKS: 3,
    Part.FUNDING: 4,
    Part.ORGANISATION: 5,
}


def _stands_out(raw: str, line: str) -> bool:
    bare = raw.strip()
    return bare.startswith("#") or (bare.startswith("**") and bare.endswith("**")) or line.isupper()


def _names_part(raw: str, line: str, title: str) -> bool:
    """Whether a numbered line of a document without Roman-numbered parts is the heading of a
    part: it names one ("3. TỔ CHỨC THỰC HIỆN", "3. Nhiệm vụ, giải pháp chủ yếu") and stands out
    as a heading (marked, in capitals, or short and without a sentence's end)."""
    if _kind(title) is None:
        return False
    short = len(title.split()) <= _HEADING_WORDS and not title.rstrip().endswith((".", ";", ","))
    return _stands_out(raw, line) or short


@attrs.frozen
class Paragraph:
    """A paragraph: the 1-based line it starts on, and its words (its lines joined)."""

    line: int
    text: str


_ITEM: Final = re.compile(
    rf"^(?:\d{{1,2}}(?:\.\d{{1,2}})*\s*[.)\-–]|[a-z{_EXTRA}]\))\s"
)  # not "2022 - 2025"
_BULLET: Final = re.compile(r"^[-+•*–]\s")
#: Words no sentence ends with (one or more words each), by their number of words.
_GOES_ON: Final = frozenset(_VI.words("parts", "paragraphs.goes_on"))
_GOES_ON_WORDS: Final = max(len(w.split()) for w in _GOES_ON)


def _goes_on(text: str) -> bool:
    """Whether ``text`` ends with a word no sentence ends with ("... phản ánh về")."""
    words = text.rsplit(None, _GOES_ON_WORDS)[-_GOES_ON_WORDS:]  # the last words only
    return any(" ".join(words[-n:]) in _GOES_ON for n in range(1, _GOES_ON_WORDS + 1))


_OPEN_PERIOD: Final = re.compile(r"(?:19|20|21)\d{2}\s*[-–—]$")
_YEAR_WORD_END: Final = caseless(
    rf"(?<![^\W\d_])(?:{_VI.pattern('time', 'year')})$",
)
_A_YEAR: Final = re.compile(r"(?:19|20|21)\d{2}(?!\d)")
_ENDS: Final = (".", ";", ":", "!", "?", "…", '"', "”", ")")


def paragraphs(lines: Sequence[str], *, first_line: int = 1) -> list[Paragraph]:
    """The paragraphs of ``lines``: a line that starts in lower case continues the paragraph
    before it when that one has not ended (a page break or a hard wrap, blank lines between
    them or not); so does a line that opens with a name in capitals after a word no sentence
    ends with ("về", "của", "việc thực hiện" ...), and one that opens with a number after a
    word ("trẻ em dưới" / "5 tuổi ..."). Table rows and headings stand alone.

    >>> [p.line for p in paragraphs(["- Chủ trì, phối hợp với các sở", "", "ngành liên quan.",
    ...                              "- Sở Y tế"])]
    [1, 4]
    """
    starts: list[int] = []
    texts: list[list[str]] = []
    open_paragraph = False
    for index, raw in enumerate(lines):
        text = clean_text(raw)
        if not text:
            continue
        table = raw.lstrip().startswith("|")
        heading = raw.lstrip().startswith("#")
        first = text[0]
        if (
            open_paragraph
            and texts
            and not table
            and not heading
            # a line that opens with a number goes on only from a word ("trẻ em dưới" / "5
            # tuổi ..."), not after a value ("... đạt 95%" / "100% trạm y tế ...")
            and (
                first.islower()
                or (
                    first.isdigit()
                    and texts[-1][-1][-1:].isalpha()
                    and sum(len(t.split()) for t in texts[-1]) > _HEADING_WORDS
                )
                # a period broken after its dash ("2.2. Giai đoạn 2026 -" / "2028:"), a year
                # after its word ("Đến năm" / "2030, ...")
                or (
                    _A_YEAR.match(text) is not None
                    and (
                        _OPEN_PERIOD.search(texts[-1][-1]) is not None
                        or _YEAR_WORD_END.search(texts[-1][-1]) is not None
                    )
                )
                # a name in capitals after a word no sentence ends with ("... phản ánh về" /
                # "Sở Y tế ...", "... việc thực hiện" / "Chương trình ...")
                or (
                    first.isupper()
                    and _goes_on(texts[-1][-1])
                    and sum(len(t.split()) for t in texts[-1]) > _HEADING_WORDS
                )
            )
            and not _ITEM.match(text)
            and not _BULLET.match(text)
        ):
            texts[-1].append(text)
        else:
            starts.append(first_line + index)
            texts.append([text])
        open_paragraph = not table and not heading and not text.endswith(_ENDS)
    return [Paragraph(line, " ".join(words)) for line, words in zip(starts, texts, strict=True)]
