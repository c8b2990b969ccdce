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
from functools import lru_cache

__all__ = ["damaged", "tolerant"]


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


def tolerant(*phrases: str) -> str:
    """A regular expression (source text, no flags) that matches any of ``phrases`` with words
    as scanned documents damage them (see the module). Spaces between words match any run of
    white space."""
    return "|".join(f"(?:{_phrase(p)})" for p in phrases)
