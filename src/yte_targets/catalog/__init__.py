"""The indicator catalogue: standard indicators with stable codes, shipped as package data.

>>> import yte_targets as yt
>>> imr = yt.catalog.get("imr")
>>> imr.name_en, str(imr.unit), imr.direction.value
('Infant mortality rate', 'per_1000_live_births', 'decrease')
>>> yt.catalog.find("Tỉ suất chết trẻ em dưới 01 tuổi")[0].code
'imr'
>>> yt.catalog.find("so bac si tren 10.000 dan")[0].code     # no diacritics, "sĩ" for "sỹ"
'doctors'
>>> yt.catalog.get("imrr")
Traceback (most recent call last):
...
yte_targets.errors.UnknownIndicatorError: unknown indicator 'imrr' in the catalogue; ...

The data are ``indicators.json`` beside this module, read on first use.
:class:`Catalog` holds any set of indicators (a project can extend the
standard one with :meth:`Catalog.extended`).
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from typing import Any, Final

import attrs
import numpy as np

from ..core.indicator import Band, Indicator
from ..errors import InvalidValueError, UnknownIndicatorError

__all__ = ["Catalog", "Match", "default", "find", "get", "matches", "normalise_name"]


# ---- normalising Vietnamese names for matching --------------------------------------------

_FOLD: Final = str.maketrans({"đ": "d", "Đ": "d"})
# Spelling variants read as one: tỷ/tỉ, sỹ/sĩ, chết/tử vong, BHYT, vắc-xin, ...
_SYNONYMS: Final = {
    "ti": "ty",
    "si": "sy",
    "tu vong": "chet",
    "bhyt": "bao hiem y te",
    "van dan": "10000 dan",
    "nguoi dan": "dan",
}
_VACCINE: Final = "vacxin"
_SYNONYM: Final = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in _SYNONYMS) + r"|vac[ -]?xin|vaccine)\b"
)
_NUMBER_GROUPS: Final = re.compile(r"(?<=\d)\.(?=\d{3}\b)")
_LEADING_ZEROS: Final = re.compile(r"\b0+(?=\d)")
_NON_WORD: Final = re.compile(r"[^a-z0-9]+")


def _without_marks(char: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))


#: The Latin letters with their marks taken off, the marks alone taken out, and punctuation
#: (which is no word) made a space: most names are then plain ASCII, with no need of NFD.
_PLAIN: Final = {
    **{
        code: _without_marks(chr(code))
        for block in (range(0xC0, 0x250), range(0x1E00, 0x1F00))
        for code in block
        if _without_marks(chr(code)) != chr(code)
    },
    **dict.fromkeys(range(768, 880), ""),
    **dict.fromkeys(range(8192, 8304), " "),
}


@lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    """No diacritics, case, punctuation, digit groups or leading zeros."""
    text = text.translate(_FOLD).casefold().translate(_PLAIN)
    if not text.isascii():
        text = "".join(
            c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)
        )
    text = _NUMBER_GROUPS.sub("", text)
    text = _NON_WORD.sub(" ", text)
    text = _LEADING_ZEROS.sub("", text)
    return " ".join(text.split())


def _synonym(match: re.Match[str]) -> str:
    return _SYNONYMS.get(match.group(), _VACCINE)


def _unified(folded: str) -> str:
    return _SYNONYM.sub(_synonym, folded)


@lru_cache(maxsize=4096)
def normalise_name(text: str) -> str:
    """Fold a Vietnamese name for matching: no diacritics or case, variants unified.

    >>> normalise_name("Tỉ suất tử vong trẻ em dưới 01 tuổi")
    'ty suat chet tre em duoi 1 tuoi'
    >>> normalise_name("Số bác sĩ trên 10.000 dân") == normalise_name("so bac sy tren 10000 dan")
    True
    """
    return _unified(_folded(text))


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(normalise_name(text).split())


def _trigrams(text: str) -> frozenset[str]:
    padded = f"  {text} "
    return frozenset(map("".join, zip(padded, padded[1:], padded[2:], strict=False)))


@attrs.frozen
class Match:
    """An indicator found for a phrase, with a score from 0 to 1 and the name that matched."""

    indicator: Indicator
    score: float
    matched: str


@attrs.frozen
class _Entry:
    indicator: Indicator
    names: tuple[str, ...]  # name_vi first, then aliases, as written
    keys: tuple[tuple[str, ...], ...]  # their tokens
    grams: tuple[frozenset[str], ...]


@attrs.frozen(eq=False)
class _Key:
    entry: int  # position of the entry in Catalog._entries
    name: str
    weighted: tuple[tuple[str, float], ...]  # the name's tokens in order, with their weights
    tokens: frozenset[str]
    total: float
    grams: frozenset[str]


#: Scores closer than this are a tie (summed in another order, equal scores differ in their
#: last bits): the first name of an indicator wins it.
_TIE: Final = 1e-9
#: The most a name that shares no word with the query can score (its trigrams' share).
_TRIGRAMS_ONLY: Final = 0.15


class Catalog:
    """An immutable set of indicators, looked up by code or found by Vietnamese name."""

    __slots__ = (
        "_by_code",
        "_entries",
        "_idf",
        "_keys",
        "_repairs",
        "_token_ids",
        "_totals",
        "_weights",
        "_words",
    )

    def __init__(self, indicators: Iterable[Indicator]) -> None:
        by_code: dict[str, Indicator] = {}
        for indicator in indicators:
            if not isinstance(indicator, Indicator):
                raise InvalidValueError(f"a catalogue holds Indicators, got {indicator!r}")
            if indicator.code in by_code:
                raise InvalidValueError(f"two indicators with the code {indicator.code!r}")
            by_code[indicator.code] = indicator
        self._by_code = by_code
        entries = []
        for indicator in by_code.values():
            names = (indicator.name_vi, *indicator.aliases)
            keys = tuple(_tokens(n) for n in names)
            grams = tuple(_trigrams(" ".join(k)) for k in keys)
            entries.append(_Entry(indicator, names, keys, grams))
        self._entries = tuple(entries)
        document_frequency: dict[str, int] = {}
        for entry in entries:
            for token in {t for key in entry.keys for t in key}:
                document_frequency[token] = document_frequency.get(token, 0) + 1
        total = max(len(entries), 1)
        self._idf = {t: math.log(1 + total / n) for t, n in document_frequency.items()}
        # Every name's token weights, and which names hold each token: a name that shares no
        # word with a query scores at most 0.15 (its trigrams), below any useful threshold.
        named: list[_Key] = []
        for position, entry in enumerate(entries):
            for name, tokens, trigrams in zip(entry.names, entry.keys, entry.grams, strict=True):
                if not tokens:
                    continue
                weighted = tuple((token, self._idf[token]) for token in tokens)
                weight = sum(w for _, w in weighted)
                named.append(_Key(position, name, weighted, frozenset(tokens), weight, trigrams))
        self._keys = tuple(named)
        # A name-by-word matrix of weights (idf × times written), and whether the name holds
        # the word: a query's score against every name is a few column sums.
        self._token_ids = {t: i for i, t in enumerate(sorted(self._idf))}
        weights = np.zeros((len(named), len(self._token_ids)))
        for row, key in enumerate(named):
            for token, weight in key.weighted:
                weights[row, self._token_ids[token]] += weight
        # by word, then name: a word's row gives its weight in every name, then whether the
        # name holds it (one gather and one sum score a query against every name)
        self._weights = np.ascontiguousarray(np.vstack([weights, (weights > 0)]).T)
        totals = np.array([key.total for key in named]) if named else np.zeros(0)
        self._totals = 0.75 / np.where(totals > 0, totals, 1.0)
        # The words of the names, and how a scan may have broken them: a letter lost inside
        # ("kh m" for "khám": two fragments) or at either end; a break that several words
        # could have made is not mended.
        self._words = frozenset(w for e in entries for n in e.names for w in _folded(n).split())
        repairs: dict[tuple[str, ...], str | None] = {}
        for word in self._words:
            if len(word) < 3 or not word.isalpha():
                continue
            for index in range(len(word)):
                broken = (
                    (word[:index], word[index + 1 :])
                    if 0 < index < len(word) - 1
                    else (word[:index] + word[index + 1 :],)
                )
                repairs[broken] = word if repairs.get(broken, word) == word else None
        self._repairs = {k: v for k, v in repairs.items() if v is not None}

    # ---- mapping ------------------------------------------------------------------------------

    def get(self, code: str) -> Indicator:
        """The indicator of ``code``; :class:`~yte_targets.UnknownIndicatorError` otherwise."""
        try:
            return self._by_code[code]
        except (KeyError, TypeError):
            raise UnknownIndicatorError(str(code), self.suggest(str(code))) from None

    def suggest(self, code: str, limit: int = 3) -> tuple[str, ...]:
        """Codes close to ``code`` (by spelling), best first."""
        import difflib

        return tuple(difflib.get_close_matches(code, list(self._by_code), n=limit, cutoff=0.5))

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __iter__(self) -> Iterator[Indicator]:
        return iter(self._by_code.values())

    def __len__(self) -> int:
        return len(self._by_code)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(self._by_code)

    def extended(self, indicators: Iterable[Indicator]) -> Catalog:
        """A new catalogue with ``indicators`` added (a code already present is an error)."""
        return Catalog([*self, *indicators])

    # ---- search -------------------------------------------------------------------------------

    def matches(self, text: str, *, limit: int = 5, min_score: float = 0.35) -> list[Match]:
        """Indicators whose names best match ``text``, with scores, best first.

        The score rewards covering the indicator's name (or one of its aliases)
        with the words of ``text``, each word weighted by how rare it is in the
        catalogue; a smaller share of character trigrams breaks ties and
        survives typing or OCR slips. Diacritics, case, "tỷ"/"tỉ",
        "sỹ"/"sĩ", "chết"/"tử vong" and extra words do not matter.
        """
        if not isinstance(text, str):
            raise InvalidValueError(f"expected text to search for, got {text!r}")
        query = self._query(text)
        if not query:
            return []
        query_set = set(query)
        query_grams: frozenset[str] | None = None  # made when a name needs them
        size = len(query_set)
        # the weight of the query's words in each name, and how many of them it holds
        columns = [self._token_ids[t] for t in query_set if t in self._token_ids]
        names = len(self._keys)
        both = np.add.reduce(self._weights.take(columns, axis=0), axis=0)
        words_of = both[:names] * self._totals
        words_of += both[names:] * (0.1 / size)
        # a name that holds none of the words scores 0 here, and at most 0.15 in all
        candidates: Iterable[int] = (
            np.flatnonzero(words_of >= min_score - _TRIGRAMS_ONLY - _TIE).tolist()
            if min_score > _TRIGRAMS_ONLY
            else range(names)
        )
        best: dict[int, tuple[float, str]] = {}
        if min_score <= 0:  # every indicator qualifies, however poor its score
            best = {i: (0.0, entry.names[0]) for i, entry in enumerate(self._entries)}
        for index in candidates:
            key = self._keys[index]
            words = float(words_of[index])
            bound = words + _TRIGRAMS_ONLY  # whatever its trigrams
            if bound < min_score or bound <= best.get(key.entry, (0.0, ""))[0] + _TIE:
                continue
            if query_grams is None:
                query_grams = _trigrams(" ".join(query))
            similarity = len(query_grams & key.grams) / len(query_grams | key.grams)
            score = words + 0.15 * similarity
            if score > best.get(key.entry, (0.0, ""))[0] + _TIE:
                best[key.entry] = (score, key.name)
        found = [
            Match(self._entries[entry].indicator, round(score, 6), name)
            for entry, (score, name) in best.items()
            if score >= min_score
        ]
        found.sort(key=lambda m: (-m.score, m.indicator.code))
        return found[:limit]

    def _query(self, text: str) -> tuple[str, ...]:
        """The words of ``text`` for matching, with words a scan broke mended from the
        catalogue's own words ("gi ờng bệnh" -> "giuong benh")."""
        words = _folded(text).split()
        if self._words.issuperset(words):  # nothing broken
            return tuple(_unified(" ".join(words)).split())
        mended: list[str] = []
        index = 0
        while index < len(words):
            word = words[index]
            if word not in self._words:
                if index + 1 < len(words) and (word, words[index + 1]) in self._repairs:
                    mended.append(self._repairs[word, words[index + 1]])
                    index += 2
                    continue
                word = self._repairs.get((word,), word)
            mended.append(word)
            index += 1
        return tuple(_unified(" ".join(mended)).split())

    def find(self, text: str, *, limit: int = 5, min_score: float = 0.35) -> list[Indicator]:
        """The indicators that best match a Vietnamese phrase, best first (maybe none)."""
        return [m.indicator for m in self.matches(text, limit=limit, min_score=min_score)]


# ---- the shipped catalogue --------------------------------------------------------------------

_KEYS: Final = frozenset(
    {
        "code",
        "name_vi",
        "name_en",
        "unit",
        "direction",
        "category",
        "aliases",
        "disaggregation",
        "band",
        "references",
        "notes",
        "bounded",
    }
)


def _indicator(record: dict[str, Any], index: int) -> Indicator:
    unknown = set(record) - _KEYS
    if unknown:
        raise InvalidValueError(f"catalogue entry {index}: unknown keys {sorted(unknown)}")
    band = record.get("band")
    return Indicator(
        code=record["code"],
        name_vi=unicodedata.normalize("NFC", record["name_vi"]),
        name_en=record.get("name_en", ""),
        unit=record.get("unit", "dimensionless"),
        direction=record["direction"],
        category=record.get("category"),
        aliases=tuple(unicodedata.normalize("NFC", a) for a in record.get("aliases", ())),
        disaggregation=record.get("disaggregation"),
        band=None if band is None else Band(band["lower"], band["upper"]),
        references=tuple(record.get("references", ())),
        bounded=record.get("bounded", True),
    )


@lru_cache(maxsize=1)
def default() -> Catalog:
    """The catalogue shipped with yte_targets (read once, on first use)."""
    text = resources.files(__package__).joinpath("indicators.json").read_text(encoding="utf-8")
    return Catalog(_indicator(r, i) for i, r in enumerate(json.loads(text)))


def get(code: str) -> Indicator:
    """The shipped indicator of ``code`` (see :meth:`Catalog.get`)."""
    return default().get(code)


def find(text: str, *, limit: int = 5, min_score: float = 0.35) -> list[Indicator]:
    """The shipped indicators that best match a Vietnamese phrase (see :meth:`Catalog.find`)."""
    return default().find(text, limit=limit, min_score=min_score)


def matches(text: str, *, limit: int = 5, min_score: float = 0.35) -> list[Match]:
    """Like :func:`find`, with scores (see :meth:`Catalog.matches`)."""
    return default().matches(text, limit=limit, min_score=min_score)
