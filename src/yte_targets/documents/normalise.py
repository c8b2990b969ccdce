"""One spelling for text that reaches the reader from any source (standard library only).

:func:`normalise_text` makes text Unicode NFC (from the decomposed NFD that some
Mac and PDF tools produce), converts legacy TCVN3 and VNI text to Unicode
(:mod:`~yte_targets.documents.legacy`), puts the tone of "oa", "oe" and "uy" in
an open syllable where the catalogue puts it ("hòa", "khỏe", "thủy", not "hoà",
"khoẻ", "thuỷ"), turns non-breaking and other fixed-width spaces into spaces,
drops zero-width characters and soft hyphens, and strips the spaces that end a
line. It joins no line: a line a PDF or a typist broke is the reader's to join.

>>> from yte_targets.documents import normalise_text
>>> normalise_text("Ủy ban\\u00a0nhân dân: hoà bình, khoẻ mạnh, thuỷ sản\\u200b")
'Ủy ban nhân dân: hòa bình, khỏe mạnh, thủy sản'
>>> normalise_text("hoàn thành, quý, khuya") == "hoàn thành, quý, khuya"
True

:func:`drop_running_lines` drops from a paged document the lines repeated at the
top or the bottom of most pages (headers, footers) and the lone page numbers.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from typing import Final

from .legacy import decode_legacy, detect_legacy

__all__ = ["drop_running_lines", "modern_tones", "normalise_lines", "normalise_text"]

_TONE_MARKS: Final = "\u0300\u0301\u0303\u0309\u0323"
_SPACES: Final = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u2028\u2029\t\v\f]")
_INVISIBLE: Final = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff\u180e]")
_CONSONANTS: Final = "bcdđghklmnprstvx"
# A syllable ending in "oa", "oe" or "uy" with the tone on its last vowel ("hoà", "thuỷ"): the
# letters before the pair are consonants ("qu" makes "uy" a "y": "quý" keeps its tone).
_OLD_TONE: Final = re.compile(
    rf"(?<![^\W\d_])(?P<initial>[{_CONSONANTS}]*)(?P<first>o|u)(?P<second>[aeyAEY])"
    rf"(?P<tone>[{_TONE_MARKS}])(?![^\W\d_]|[\u0300-\u036f])",
    re.IGNORECASE,
)


def _move_tone(match: re.Match[str]) -> str:
    initial, first, second = match.group("initial", "first", "second")
    pair = (first + second).casefold()
    if pair not in ("oa", "oe", "uy") or (pair == "uy" and initial.casefold().endswith("q")):
        return match.group()
    return initial + first + match.group("tone") + second


def modern_tones(text: str) -> str:
    """``text`` (NFC) with the tone of "oa", "oe", "uy" in an open syllable on its first
    vowel, as the catalogue writes it: "hoà" is "hòa", "khoẻ" "khỏe", "Uỷ" "Ủy".

    >>> modern_tones("Hoà, KHOẺ, thuỷ, Quý, hoàn, thuyền")
    'Hòa, KHỎE, thủy, Quý, hoàn, thuyền'
    """
    if not any(char in text for char in "àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ"):
        return text
    decomposed = _decompose_tones(text)
    moved = _OLD_TONE.sub(_move_tone, decomposed)
    return unicodedata.normalize("NFC", moved)


def _decompose_tones(text: str) -> str:
    """NFD of the letters a, e, y with a tone only (the rest stays composed), so that the
    pattern sees "o", "a" and the tone as three characters."""
    return "".join(
        unicodedata.normalize("NFD", char) if char in "àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ" else char
        for char in text
    )


def _normalise_line(line: str) -> str:
    line = _SPACES.sub(" ", line)
    line = _INVISIBLE.sub("", line)
    line = unicodedata.normalize("NFC", line)
    return modern_tones(line).rstrip()


def normalise_lines(lines: Sequence[str], *, legacy: str | None = None) -> list[str]:
    """Each of ``lines`` normalised as :func:`normalise_text` does, as many lines as given.

    The legacy encoding is detected once for all the lines (more words, surer), unless
    ``legacy`` names it (``"tcvn3"``, ``"vni"``; ``""`` for none)."""
    composed = [unicodedata.normalize("NFC", line) for line in lines]
    encoding = detect_legacy("\n".join(composed)) if legacy is None else legacy
    if encoding:
        composed = [decode_legacy(line, encoding) for line in composed]
    return [_normalise_line(line) for line in composed]


def normalise_text(text: str) -> str:
    """``text`` in one spelling: NFC, legacy TCVN3 and VNI text converted, one tone
    placement, plain spaces, no zero-width characters or soft hyphens, no spaces at
    the ends of lines; ``\\r\\n``, ``\\r`` and the Unicode line separators become
    ``\\n``. Lines are not joined. Normalising twice changes nothing."""
    ends_with_newline = text.endswith(("\n", "\r"))
    lines = re.split(r"\r\n|[\r\n\u2028\u2029\x85]", text)
    if ends_with_newline:
        lines.pop()
    joined = "\n".join(normalise_lines(lines))
    return joined + "\n" if ends_with_newline else joined


_PAGE_NUMBER: Final = re.compile(
    r"^(?:[-–—]\s*)?(?:(?:trang|page)\s+)?\d{1,4}(?:\s*(?:/|trên)\s*\d{1,4})?(?:\s*[-–—])?$",
    re.IGNORECASE,
)
#: How many lines at each end of a page may be a running header or footer.
_EDGE: Final = 3


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split())).casefold()


def drop_running_lines(
    pages: Sequence[Sequence[str | None]], margins: Sequence[Sequence[bool]] | None = None
) -> list[list[bool]]:
    """For each line of each page, whether it is kept.

    A running header or footer is dropped: a line among the first or last three of a
    page that stands, at the same rank from the top or the bottom, on more than half of
    the pages (two at least), digits aside ("Trang 3" is "Trang 4"). A lone page number
    ("3", "- 3 -", "Trang 3/20") is dropped at the top or the bottom of a page. ``None``
    lines (a table's rows) are never dropped nor counted; when ``margins`` is given (a
    PDF's lines in the page's top or bottom tenth), only lines in the margins may be
    dropped.

    >>> pages = [["Kế hoạch 12/KH", "Mục tiêu", "1"], ["Kế hoạch 12/KH", "Nội dung", "2"]]
    >>> drop_running_lines(pages)
    [[False, True, False], [False, True, False]]
    """
    edges: list[dict[int, tuple[str, int]]] = []  # index -> (end of the page, rank from it)
    for number, lines in enumerate(pages):
        text = [
            i
            for i, line in enumerate(lines)
            if line is not None and line.strip() and (margins is None or margins[number][i])
        ]
        ranks = {index: ("bottom", rank) for rank, index in enumerate(reversed(text[-_EDGE:]))}
        ranks.update({index: ("top", rank) for rank, index in enumerate(text[:_EDGE])})
        edges.append(ranks)
    counts: Counter[tuple[str, int, str]] = Counter()
    for lines, ranks in zip(pages, edges, strict=True):
        counts.update({(*place, _key(lines[i] or "")) for i, place in ranks.items()})
    needed = max(2, math.floor(len(pages) / 2) + 1)
    running = {key for (_, _, key), count in counts.items() if count >= needed and key}
    kept: list[list[bool]] = []
    for lines, ranks in zip(pages, edges, strict=True):
        row = [not (i in ranks and _key(line or "") in running) for i, line in enumerate(lines)]
        left = [i for i in sorted(ranks) if row[i]]
        for index in {left[0], left[-1]} if left else set():
            if _PAGE_NUMBER.match((lines[index] or "").strip()):
                row[index] = False
        kept.append(row)
    return kept
