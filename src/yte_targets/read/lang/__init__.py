"""The reader's language data: the words of plans, kept apart from the code that reads them.

Each language has a folder of TOML files (``vi/`` for Vietnamese): comparators, the parts of a
plan and their headings, years and periods, the words of a commitment and of a past result,
what is not a value (money, ranks, numbers inside names), abbreviations and spellings, and
numbers in words. The readers compile their patterns from it once, on first use; no
Vietnamese word is written in their code. ``docs/extraction.md`` tells how to extend it.

>>> vi = language("vi")
>>> vi.words("time", "period")
('giai đoạn', 'thời kỳ')
>>> import re
>>> bool(re.fullmatch(vi.pattern("time", "period"), "giai  đo n"))  # a poor scan's spaces
True
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

import attrs

from ...errors import YteTargetsError
from ..ocr import tolerant

__all__ = ["Language", "language"]


@attrs.frozen
class Language:
    """One language's data, file by file (``name`` is the file's stem)."""

    code: str
    files: Mapping[str, Mapping[str, Any]]

    def section(self, name: str) -> Mapping[str, Any]:
        try:
            return self.files[name]
        except KeyError:
            raise YteTargetsError(
                f"the language data {self.code!r} has no file {name!r}.toml "
                f"(it has {sorted(self.files)})"
            ) from None

    def get(self, name: str, key: str) -> Any:
        """The value of ``key`` in ``name``.toml; a dotted key reaches into tables
        ("lists.opens")."""
        found: Any = self.section(name)
        for part in key.split("."):
            if not isinstance(found, Mapping) or part not in found:
                raise YteTargetsError(f"the language data {self.code}/{name}.toml has no {key!r}")
            found = found[part]
        return found

    def words(self, name: str, key: str) -> tuple[str, ...]:
        """The phrases listed under ``key`` in ``name``.toml."""
        return tuple(self.get(name, key))

    def table(self, name: str, key: str) -> dict[str, Any]:
        """The table ``key`` of ``name``.toml (a phrase to its value)."""
        return dict(self.get(name, key))

    def pattern(self, name: str, key: str, *, whole: bool = True) -> str:
        """A regular expression (source, no flags) for any phrase under ``key``: longest
        first, tolerant of the letters a poor scan loses, ending where a word ends when
        ``whole``."""
        phrases = sorted(self.words(name, key), key=len, reverse=True)
        return phrase_pattern(phrases, whole=whole)

    def literal(self, name: str, key: str) -> str:
        """A regular expression (source, no flags) for any phrase under ``key`` exactly as
        written, in the order listed: no damaged letters, no guard at the end of a word.

        >>> language("vi").literal("time", "end")
        'hết|cuối'
        """
        return "|".join(re.escape(p).replace(r"\ ", " ") for p in self.words(name, key))


def phrase_pattern(phrases: tuple[str, ...] | list[str], *, whole: bool = True) -> str:
    """Any of ``phrases`` (the longest first where one goes on from another), as
    :func:`~yte_targets.read.ocr.tolerant` reads them; a phrase that ends in a letter ends
    where a word ends when ``whole``. The words are written as one trie (their common
    beginnings once), which is far faster to search than an alternation of them all."""
    guarded = [p for p in phrases if p[:1].isalpha() and whole and p[-1:].isalnum()]
    open_ended = [p for p in phrases if p[:1].isalpha() and p not in guarded]
    signs = sorted((p for p in phrases if not p[:1].isalpha()), key=len, reverse=True)
    alternatives = []
    if guarded:
        alternatives.append(f"(?:{tolerant(*guarded)})(?![^\\W_])")
    if open_ended:
        alternatives.append(f"(?:{tolerant(*open_ended)})")
    alternatives += [re.escape(p) for p in signs]
    return "|".join(f"(?:{a})" for a in alternatives)


@cache
def language(code: str = "vi") -> Language:
    """The data of language ``code`` (loaded once)."""
    folder = resources.files(__package__).joinpath(code)
    if not folder.is_dir():
        raise YteTargetsError(f"no language data for {code!r} (the reader has 'vi')")
    files: dict[str, Mapping[str, Any]] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            try:
                files[entry.name.removesuffix(".toml")] = tomllib.loads(entry.read_text("utf-8"))
            except tomllib.TOMLDecodeError as exc:
                raise YteTargetsError(f"the language data {code}/{entry.name}: {exc}") from None
    return Language(code, files)
