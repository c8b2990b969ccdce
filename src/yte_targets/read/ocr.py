"""Words as scanned documents damage them: a letter with diacritics lost ("kh m bệnh" for
"khám bệnh", "ch  tiêu" for "chỉ tiêu", "M C TIÊU" for "MỤC TIÊU").

The readers find their keywords (part headings, milestones, table headers, comparators, the
words of a commitment) with :func:`tolerant` patterns, which accept each word as written or
with one of its letters that carry a diacritic lost (left out, or turned into a space). One
letter per word, and only in words of three letters or more, two of which stay: "n m" is still
"năm", but "Sở" and "là" must be whole.

>>> import re
>>> pattern = re.compile(tolerant("chỉ tiêu", "mục tiêu"), re.IGNORECASE)
>>> [bool(pattern.fullmatch(t)) for t in ("chỉ tiêu", "ch tiêu", "M C TIÊU", "chỉ tiu", "ch t")]
[True, True, True, True, False]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, Final

__all__ = ["damaged", "tolerant", "trie"]


def _marked(letter: str) -> bool:
    """A letter that carries a diacritic: one that decomposes, or one drawn with its mark
    (D WITH STROKE)."""
    return len(unicodedata.normalize("NFD", letter)) > 1 or " WITH " in unicodedata.name(letter, "")


def damaged(word: str) -> list[str]:
    """The word, and the word with one letter carrying a diacritic lost (left out or turned into
    a space), for words of three letters or more.

    >>> damaged("năm")
    ['năm', 'nm', 'n m']
    >>> damaged("là")
    ['là']
    """
    variants = [word]
    if len(word) < 3:
        return variants
    for index, letter in enumerate(word):
        if not _marked(letter):
            continue
        rest = word[:index] + word[index + 1 :]
        if sum(1 for c in rest if c.isalpha()) < 2:
            continue
        variants.append(rest)
        if 0 < index < len(word) - 1:
            variants.append(f"{word[:index]} {word[index + 1 :]}")
    return variants


@lru_cache(maxsize=512)
def _phrase(phrase: str) -> str:
    words = []
    for word in phrase.split():
        alternatives = sorted({re.escape(v).replace(r"\ ", " ") for v in damaged(word)}, key=len)
        words.append(f"(?:{'|'.join(alternatives[::-1])})")
    return r"\s+".join(words)


#: Between the words of a phrase in the trie below (any run of white space in the pattern).
_GAP: Final = "\x00"
#: A phrase with more spellings than this is written word by word instead (a long phrase of
#: long words would give thousands).
_MOST_SPELLINGS: Final = 64


def _spellings(phrase: str) -> list[str] | None:
    """Every spelling of ``phrase`` a scan may give (its words damaged one at a time), words
    joined by :data:`_GAP`; None when there are too many to list."""
    spellings = [""]
    for index, word in enumerate(phrase.split()):
        joint = _GAP if index else ""
        spellings = [f"{s}{joint}{v}" for s in spellings for v in damaged(word)]
        if len(spellings) > _MOST_SPELLINGS:
            return None
    return spellings


def trie(words: Iterable[str]) -> str:
    """A regular expression (source, no flags) for any of ``words`` exactly as written, their
    common beginnings written once; where one word goes on from another, the longer is
    tried first.

    >>> trie(["mươi", "mười", "một"])
    'm(?:ư(?:ơi|ời)|ột)'
    """
    return _trie(list(words))


def _trie(spellings: list[str]) -> str:
    """One pattern for all ``spellings``, their common beginnings written once ("đã đạt",
    "đạt được": "đ(?:ã...|ạt...)"): far faster to search than an alternation of them all.
    Where one spelling goes on from another, the longer is tried first."""
    root: dict[str, Any] = {}
    for spelling in spellings:
        node = root
        for char in spelling:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [
            (r"\s+" if char == _GAP else re.escape(char).replace(r"\ ", " ")) + emit(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


@lru_cache(maxsize=512)
def _tolerant(phrases: tuple[str, ...]) -> str:
    spellings: list[str] = []
    apart: list[str] = []
    for phrase in phrases:
        listed = _spellings(phrase)
        if listed is None:
            apart.append(f"(?:{_phrase(phrase)})")
        else:
            spellings += listed
    together = [f"(?:{_trie(spellings)})"] if spellings else []
    return "|".join([*together, *apart])


def tolerant(*phrases: str) -> str:
    """A regular expression (source text, no flags) that matches any of ``phrases`` with words
    as scanned documents damage them (see the module). Spaces between words match any run of
    white space. Where one phrase goes on from another, the longer is tried first."""
    return _tolerant(phrases)
