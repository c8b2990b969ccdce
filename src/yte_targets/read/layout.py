"""The layout pass: a document's lines to blocks, with the context that flows down to them.

A block is a heading, a list item, a paragraph or a table row, with its first line. Context
flows from the document and its headings to the blocks beneath them:

- the **part** of the plan (:func:`~yte_targets.read.outline.parts`: objectives, tasks,
  organisation, assessment ...);
- the **year**: from any heading or lead-in that states one year or one period and no value
  ("- Đến năm 2030:", "2.2. Giai đoạn 2026 - 2028", "II. Chỉ tiêu kế hoạch năm 2027", a
  period's end year), else from the title of an annual plan ("Kế hoạch hoạt động năm 2027");
  a year that opens a sentence ("Năm 2027, ...") is the sentence's own, read with it;
- whether the block sits in a **list of targets**: under a heading that opens one (its
  words, ``lists.opens`` in ``lang/vi/parts.toml``), under a milestone, or anywhere in the
  objectives part but its general aims, until a heading that closes it.

Blocks outside a list are still read for targets, as prose: the phrase pass decides.

>>> lines = ["II. MỤC TIÊU", "2.2. Giai đoạn 2026 -", "2028:", "- Tỷ lệ ... đạt 95%",
...          "III. NHIỆM VỤ", "- Nâng tỷ lệ ... lên 96%"]
>>> [(b.line, b.year, b.listing, b.part.value) for b in blocks(lines)]
[(4, 2028, True, 'objectives'), (6, None, False, 'tasks')]
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from typing import Final

import attrs

from .caseless import caseless
from .lang import language
from .outline import Paragraph, Part, paragraphs, parts
from .value import PERIOD, clean_text

__all__ = ["Block", "BlockKind", "blocks", "heading_year", "title_year"]

_VI: Final = language("vi")
#: the letters beyond a-z that label list items ("đ)")
_EXTRA: Final = "".join(_VI.words("letters", "extra"))
_YEAR: Final = r"(?:19|20|21)\d{2}"
_YEARS: Final = re.compile(rf"(?<![\d./-]){_YEAR}(?![\d./])")
_NUMBER: Final = re.compile(r"\d")
#: A heading: Markdown, a Roman or Arabic number, a letter, or a whole line in bold.
_HEADING: Final = re.compile(
    rf"^(?:#{{1,6}}\s|[IVX]+[.\-–]\s|\d+(?:\.\d+)*[.\-–]\s|[a-z{_EXTRA}]\)\s)"
)
_BULLET: Final = re.compile(rf"^(?:[-+•*–]\s*|[a-z{_EXTRA}]\)\s*|\d+(?:\.\d+)*[.)]\s+)")
_MARKS: Final = re.compile(
    rf"^(?:#{{1,6}}\s*|[IVX]+[.\-–]\s*|\d+(?:\.\d+)*[.)\-–]?\s*|[a-z{_EXTRA}]\)\s*)"
)
_OPENS: Final = caseless(_VI.pattern("parts", "lists.opens"))
_CLOSES: Final = caseless(_VI.pattern("parts", "lists.closes"))
_GENERAL: Final = caseless(_VI.pattern("parts", "lists.general"))
_PERIOD_WORDS: Final = caseless(_VI.pattern("time", "period"))
# The title of a document ("KẾ HOẠCH", "Kế hoạch ...", "NGHỊ QUYẾT") and the year it names
_TITLE: Final = re.compile(
    rf"^(?i:{'|'.join(re.escape(t) for t in _VI.words('documents', 'titles'))})(?![^\W_])"
)
_YEAR_OF_TITLE: Final = caseless(
    rf"(?<![^\W\d_])(?:{_VI.pattern('time', 'year')})\s+({_YEAR})(?!\d)",
)
_TIME_ONLY: Final = caseless(
    rf"(?:(?:{_VI.pattern('time', 'milestone')})\s+)?(?:(?:{_VI.pattern('time', 'until')})\s+)?"
    rf"(?:(?:{_VI.pattern('time', 'end')})\s+)?(?:{_VI.pattern('time', 'year')})\s+{_YEAR}",
)
_UNTIL_YEAR: Final = caseless(
    rf"(?:{_VI.pattern('time', 'until')})\s+(?:(?:{_VI.pattern('time', 'end')})\s+)?"
    rf"(?:{_VI.pattern('time', 'year')})\s+{_YEAR}",
)
#: The parts where a heading of targets opens a list of them.
_LISTS_TARGETS: Final = frozenset({Part.PREAMBLE, Part.OBJECTIVES, Part.OTHER})
#: A heading is this short (in characters).
_HEADING_LENGTH: Final = 160


class BlockKind(enum.Enum):
    HEADING = "heading"
    ITEM = "item"
    PARAGRAPH = "paragraph"
    ROW = "row"


@attrs.frozen
class Block:
    """A block of text and its context. ``line`` is the 1-based line it starts on."""

    line: int
    text: str
    kind: BlockKind
    part: Part
    year: int | None
    listing: bool


def heading_year(text: str) -> int | None:
    """The year a heading or a lead-in scopes: its one year, or its one period's end
    ("Giai đoạn 2026 - 2028": 2028); None when it states none, several, or a value.

    >>> heading_year("II. Chỉ tiêu kế hoạch năm 2027"), heading_year("- Đến năm 2030:")
    (2027, 2030)
    >>> heading_year("Mục tiêu đến năm 2025 và định hướng đến năm 2030") is None
    True
    """
    text = _MARKS.sub("", clean_text(text).strip(" #*-+•–")).strip(" :*")
    periods = list(PERIOD.finditer(text))
    if len(periods) == 1:
        end = periods[0].group()[-4:]
        rest = text[: periods[0].start()] + text[periods[0].end() :]
        return int(end) if not _NUMBER.search(rest) else None
    years = {m.group() for m in _YEARS.finditer(text)}
    if len(years) != 1 or len(_NUMBER.findall(text)) != 4:
        return None  # no year, several, or a number besides the year: a value
    return int(years.pop())


def title_year(lines: Sequence[str]) -> int | None:
    """The year of an annual plan, from its title near the top ("KẾ HOẠCH" / "Hoạt động năm
    2027", "Kế hoạch công tác y tế năm 2027", "NGHỊ QUYẾT" / "Về kế hoạch phát triển kinh tế
    - xã hội năm 2027"); None for a plan of a period or of no year.

    >>> title_year(["ỦY BAN NHÂN DÂN", "KẾ HOẠCH", "Phòng, chống bệnh lao năm 2027"])
    2027
    >>> title_year(["KẾ HOẠCH", "Thực hiện Nghị quyết giai đoạn 2026 - 2030"]) is None
    True
    """
    for index, raw in enumerate(lines[:40]):
        text = clean_text(raw)
        title = _TITLE.match(text)
        if title is None:
            continue
        # the title's own words, or the line after a title in capitals ("KẾ HOẠCH" / "...")
        words = text[title.end() :].strip() or next(
            (clean_text(n) for n in lines[index + 1 : index + 3] if clean_text(n)), ""
        )
        if PERIOD.search(words) or _UNTIL_YEAR.search(words):
            return None
        years = _YEAR_OF_TITLE.findall(words)
        return int(years[-1]) if len(years) == 1 else None
    return None


def _is_heading(raw: str, text: str) -> bool:
    bare = raw.strip()
    marked = bool(_HEADING.match(bare)) or (bare.startswith("**") and bare.endswith("**"))
    return (marked or text.isupper()) and len(text) < _HEADING_LENGTH


_HAS_DIGIT: Final = re.compile(r"\d")  # a time names its year


def _only_time(text: str) -> bool:
    """A line that only states a time ("Năm 2027", "Đến hết năm 2030"): it heads what follows."""
    return _HAS_DIGIT.search(text) is not None and bool(
        _TIME_ONLY.fullmatch(_MARKS.sub("", text).strip(" -+•*:."))
    )


def _lead_in(text: str) -> bool:
    """A line that heads what follows: it ends with a colon ("- Đến năm 2030:")."""
    return text.rstrip(" *").endswith(":") and len(text) < _HEADING_LENGTH


def blocks(
    lines: Sequence[str],
    outline: Sequence[Part] | None = None,
    paragraphed: Sequence[Paragraph] | None = None,
) -> list[Block]:
    """The blocks of ``lines`` that may state targets, with their context (see the module);
    headings that only scope others are consumed, table rows are left to the table reader.
    ``outline`` is :func:`~yte_targets.read.outline.parts` of ``lines``, when the caller has
    it already, and ``paragraphed`` its :func:`~yte_targets.read.outline.paragraphs`."""
    outline = parts(lines) if outline is None else outline
    default = title_year(lines)
    found: list[Block] = []
    listing, year, general = False, None, False
    for paragraph in paragraphs(lines) if paragraphed is None else paragraphed:
        index = paragraph.line - 1
        raw, part = lines[index], outline[index]
        if index > 0 and part is not outline[index - 1]:  # the heading of a new part
            listing, year = part is Part.OBJECTIVES, heading_year(paragraph.text)
            general = False
            if _OPENS.search(paragraph.text) and year is not None:
                listing = part in _LISTS_TARGETS
            continue
        text = paragraph.text
        if raw.lstrip().startswith("|"):
            continue
        heading, lead_in = _is_heading(raw, text), _lead_in(text) or _only_time(text)
        scoped = heading_year(text) if heading or lead_in else None
        if scoped is not None:
            year, general = scoped, False
            listing = listing or part in _LISTS_TARGETS or bool(_OPENS.search(text))
            continue
        if heading:
            plain = _MARKS.sub("", text).strip(" :*")
            general = _GENERAL.search(plain) is not None  # "1. Mục tiêu chung"
            if _OPENS.search(plain) and part in _LISTS_TARGETS:
                listing, year = True, None
                continue
            if _CLOSES.search(plain) or plain.isupper():
                listing, year = False, None
                continue
        if general:
            continue
        kind = BlockKind.ITEM if _BULLET.match(text) else BlockKind.PARAGRAPH
        if heading:
            kind = BlockKind.HEADING
        found.append(Block(paragraph.line, text, kind, part, year or default, listing))
    return found
