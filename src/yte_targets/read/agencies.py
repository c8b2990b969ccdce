"""The names of the bodies a plan gives tasks to, as plans write them.

A list of bodies is split where the next words open the name of another body ("Sở Y tế, Sở
Tài chính", "Các sở, ban, ngành và UBND các huyện"), not inside a name ("Sở Văn hóa, Thể thao
và Du lịch", "UBND các huyện, thị xã Long Khánh, thành phố Biên Hòa", "các sở, ngành, địa
phương, đơn vị liên quan"). In running text the names end where the task begins: at its verb
("Sở Y tế chủ trì, phối hợp với ...", "... Sở Y tế kịp thời rà soát").

>>> [str(a) for a in split_agencies("Các sở, ban, ngành và UBND các huyện, thị xã Long Khánh")]
['Các sở, ban, ngành', 'UBND các huyện, thị xã Long Khánh']
>>> names, rest = read_agencies("Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở tham mưu")
>>> [str(a) for a in names], rest
(['Sở Kế hoạch và Đầu tư'], 'chủ trì, phối hợp với các sở tham mưu')
"""

from __future__ import annotations

import re
from typing import Final

from ..core.plan import Agency
from .caseless import caseless
from .lang import language
from .ocr import tolerant
from .value import clean_text

__all__ = ["read_agencies", "split_agencies", "starts_with_agency"]

#: Vietnamese capital letters.
UPPER: Final = "".join(
    chr(c)
    for c in (*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1EA0, 0x1EFA))
    if chr(c).isupper()
)
_VI: Final = language("vi")


def _words(key: str) -> str:
    """The phrases of ``lang/vi/bodies.toml`` under ``key``, as an alternation (as written)."""
    return "|".join(re.escape(w).replace(r"\ ", " ") for w in _VI.words("bodies", key))


# Words that open the name of a body, in capitals as names are written; those that are also
# common words ("Báo cáo", "Phòng, chống", "Ban hành") only before a capital ("Báo Đồng Nai").
_NAMED: Final = "|".join(
    [
        *(rf"{re.escape(w)}(?=\s+[{UPPER}])" for w in _VI.words("bodies", "before_capital")),
        _words("named"),
    ]
)
# ... and the common nouns of bodies, which open a new name after a comma or "và" ...
_COMMON: Final = _words("common")
# ... and, after "và" only, the generic ones ("Các sở, ban, ngành và địa phương liên quan";
# a comma before them continues a list: "các sở, ngành, địa phương, đơn vị liên quan").
_AFTER_AND: Final = _words("after_and")
# A text opens with a body: a name in capitals, or a common noun that cannot open a task.
_OPENING: Final = _words("opening")
_HEAD: Final = re.compile(rf"^(?:{_NAMED}|{_COMMON})\b")
_HEAD_AFTER_AND: Final = re.compile(rf"^(?:{_NAMED}|{_COMMON}|{_AFTER_AND})\b")
_START: Final = re.compile(rf"^(?:{_NAMED})\b|^(?i:{_OPENING})\b")
# Words that begin the task after the names of the bodies that do it (in lower case: "Sở Xây
# dựng" is a name, "xây dựng" a verb), as written or as scans damage them.
_KINDS: Final = "|".join(_VI.words("bodies", "organisation_kinds"))


def _not_after(key: str) -> str:
    """Look-behinds: not after any phrase of ``lang/vi/agencies.toml``'s ``key`` and a space."""
    phrases = (re.escape(w).replace(r"\ ", " ") for w in _VI.words("agencies", key))
    return "".join(f"(?<!{phrase} )" for phrase in phrases)


VERBS: Final = re.compile(
    rf"\b(?:{tolerant(*_VI.words('bodies', 'verbs'))}"
    rf"|{_not_after('advisers')}(?:{tolerant(*_VI.words('bodies', 'advise'))})"
    # "đào tạo" is a verb but in "Sở Giáo dục và đào tạo"
    rf"|{_not_after('in_names')}(?<!, )(?:{tolerant(*_VI.words('bodies', 'train'))})"
    # "tổ chức" is a verb but in "các tổ chức", "tổ chức đảng", "tổ chức chính trị - xã hội"
    rf"|{_not_after('in_names')}(?:{tolerant(*_VI.words('bodies', 'organise'))})"
    rf"(?!\s+(?:{_KINDS})\b)"
    # "Ban cán sự đảng ... lãnh đạo UBND tỉnh ban hành ...": a verb after a body's name; at the
    # start ("lãnh đạo Sở Nội vụ", "lãnh đạo các sở") it is the body
    rf"|(?<=\w )(?:{tolerant(*_VI.words('bodies', 'lead'))})(?=\s*,|\s+[{UPPER}]))\b"
)
# The words that join names in a list ("Sở Y tế và Sở Tài chính").
_AND: Final = frozenset(_VI.words("agencies", "and"))
_SEPARATORS: Final = re.compile(rf"(\s*[,;]\s*|\s+(?:{_VI.literal('agencies', 'and')})\s+)")
_CAPITALS: Final = "".join(_VI.words("letters", "extra")).upper()
_ACRONYM: Final = re.compile(rf"\s+(?=[A-Z{_CAPITALS}]{{3,}}\b)")
# The heads of a generic list of bodies ("các sở, ban, ngành", "lãnh đạo các sở").
_GENERIC: Final = caseless(rf"^(?:{_VI.literal('agencies', 'generic')})\b")


def starts_with_agency(text: str) -> bool:
    """Whether ``text`` opens with the name of a body ("Sở ...", "UBND ...", "các sở, ...")."""
    return bool(_START.match(clean_text(text)))


def _generic_and_acronym(name: str) -> list[str]:
    """'lãnh đạo các sở, ban, ngành MTTQ' -> two bodies: an acronym does not continue a generic
    list (a comma lost in conversion); it does continue a named body ('Ban cán sự đảng UBND')."""
    if not _GENERIC.match(name):
        return [name]
    return [piece for piece in _ACRONYM.split(name) if piece]


def split_agencies(cell: str) -> list[Agency]:
    """The bodies a cell or a list names, as written, in order.

    >>> [str(a) for a in split_agencies("Sở Văn hóa, Thể thao và Du lịch; Công an tỉnh")]
    ['Sở Văn hóa, Thể thao và Du lịch', 'Công an tỉnh']
    """
    text = clean_text(cell).strip(" .;:")
    if not text:
        return []
    pieces = _SEPARATORS.split(text)
    names: list[str] = [pieces[0]]
    for separator, piece in zip(pieces[1::2], pieces[2::2], strict=False):
        head = _HEAD_AFTER_AND if separator.strip() in _AND else _HEAD
        if head.match(piece) or separator.strip() == ";":
            names.append(piece)
        else:
            names[-1] += separator + piece
    return [
        Agency(part.strip(" ,;"))
        for name in names
        for part in _generic_and_acronym(name.strip())
        if part.strip(" ,;")
    ]


def read_agencies(text: str) -> tuple[list[Agency], str]:
    """The bodies named at the start of ``text`` and the words after them (the task).

    Returns no bodies, and the whole text, when ``text`` does not open with a body's name.
    """
    text = clean_text(text)
    if not _START.match(text):
        return [], text
    verb = VERBS.search(text)
    names, rest = (text, "") if verb is None else (text[: verb.start()], text[verb.start() :])
    colon = names.find(":")
    if colon > 0 and names.count("(", 0, colon) == names.count(")", 0, colon):
        # "UBND các huyện, thị xã, thành phố: Xây dựng kế hoạch ..." (not "(đầu mối: ...)")
        names, rest = names[:colon], text[colon + 1 :]
    if re.search(r"\(\s*$", names):  # "báo cáo UBND tỉnh (thông qua ..." is not a name's end
        return [], text
    return split_agencies(names.strip(" ,:")), rest.strip()
