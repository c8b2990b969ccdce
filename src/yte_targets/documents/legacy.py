"""Vietnamese text in the legacy 8-bit encodings TCVN3 (ABC) and VNI-Windows.

Documents typed before Unicode (and many still typed with the old fonts
``.VnTime`` or ``VNI-Times``) hold their letters as the font's byte codes. Read
as Windows-1252, as Word, PDF text layers and a byte decoder show them, TCVN3
writes "các" as ``"c¸c"`` and VNI writes "được" as ``"ñöôïc"``.
:func:`detect_legacy` recognises such text and :func:`decode_legacy` converts it;
:func:`encode_legacy` does the reverse (for tests and examples).

The tables are data files of this package (``documents/data/tcvn3.json`` and
``vni.json``), each naming its source: no Python converter of these encodings on
PyPI is both maintained and limited to the conversion.

>>> from yte_targets.documents import decode_legacy, detect_legacy, encode_legacy
>>> encode_legacy("Tỷ lệ tham gia bảo hiểm y tế", "tcvn3")
'Tû lÖ tham gia b¶o hiÓm y tÕ'
>>> encode_legacy("được", "vni")
'ñöôïc'
>>> legacy = encode_legacy("các chỉ tiêu về y tế của tỉnh đạt được", "tcvn3")
>>> detect_legacy(legacy), decode_legacy(legacy, "tcvn3")
('tcvn3', 'các chỉ tiêu về y tế của tỉnh đạt được')
>>> detect_legacy("các chỉ tiêu về y tế của tỉnh") is None
True

TCVN3 has no codes for the capitals with a tone mark: documents write them with
the lowercase code in a capitals font (``.VnTimeH``). :func:`decode_legacy` writes
a word in capitals when its letters of known case (two at least) are capitals
(``"HO¹CH"`` is "HOẠCH"), and a whole line when all its letters of known case are
(``"KÕ HO¹CH"`` is "KẾ HOẠCH"); a short word alone may stay in lowercase ("Së" is
"Sở"). A reader that knows the font (Word) passes ``capitals=True``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Final

from ..errors import InvalidValueError

__all__ = [
    "ENCODINGS",
    "decode_legacy",
    "detect_legacy",
    "encode_legacy",
    "legacy_font",
]

#: The legacy encodings this module converts.
ENCODINGS: Final = ("tcvn3", "vni")

#: Letters only Unicode Vietnamese text has: a line holding one is not legacy text.
UNICODE_ONLY: Final = frozenset("ĂăĐđĨĩŨũƠơƯư" + "".join(map(chr, range(0x1EA0, 0x1EFA))))
_TONES: Final = frozenset("\u0300\u0301\u0303\u0309\u0323")
_WORD: Final = re.compile(r"[^\s0-9!-/:-@\[-`{-~\u2010-\u2027\u2030-\u205e]+")
# A PDF text layer may give TCVN3's 0xAD (ư) as a minus sign and 0xB7 (ã) as a bullet operator.
_PDF_GLYPHS: Final = re.compile(r"(?<=[^\W\d_])[\u2212\u2219]|[\u2212\u2219](?=[^\W\d_])")
_PDF_GLYPH_CODES: Final = {"\u2212": "\xad", "\u2219": "\xb7"}
#: The least number of foreign-looking words that makes a text a candidate for conversion.
_MIN_EVIDENCE: Final = 3


def _check_encoding(encoding: str) -> str:
    name = encoding.casefold().replace("-", "").replace("_", "")
    aliases = {"tcvn3": "tcvn3", "tcvn": "tcvn3", "abc": "tcvn3", "vni": "vni", "vniwin": "vni"}
    aliases["vniwindows"] = "vni"
    if name not in aliases:
        raise InvalidValueError(
            f"unknown legacy encoding {encoding!r}; expected 'tcvn3' (ABC) or 'vni' (VNI-Windows)"
        )
    return aliases[name]


@cache
def _table(encoding: str) -> dict[str, object]:
    path = resources.files(__package__ or "yte_targets.documents") / "data" / f"{encoding}.json"
    loaded: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


@cache
def _letters(encoding: str) -> dict[str, str]:
    """Unicode letter -> legacy characters."""
    letters = _table(encoding)["letters"]
    assert isinstance(letters, dict)
    return {str(k): str(v) for k, v in letters.items()}


@cache
def _decoder(encoding: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern of every legacy sequence, longest first, and what each decodes to."""
    reverse = {legacy: letter for letter, legacy in _letters(encoding).items()}
    extra = _table(encoding).get("decode_also", {})
    assert isinstance(extra, dict)
    reverse.update({str(k): str(v) for k, v in extra.items()})
    if encoding == "vni":  # a mark typed in the other case (Word's "change case")
        for legacy, letter in list(reverse.items()):
            if len(legacy) == 2:
                reverse.setdefault(legacy[0] + legacy[1].swapcase(), letter)
    ordered = sorted(reverse, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, ordered))), reverse


def encode_legacy(text: str, encoding: str) -> str:
    """``text`` with each Vietnamese letter in its ``encoding`` form ("tcvn3" or "vni"),
    as the legacy bytes read as Windows-1252 show it (``.encode("cp1252")`` gives the
    bytes). TCVN3 writes a capital with a tone mark as its lowercase code (the
    capitals font's convention); other characters are left as they are."""
    letters = _letters(_check_encoding(encoding))
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    for char in text:
        code = letters.get(char)
        if code is None and char != char.lower():
            code = letters.get(char.lower())
        out.append(char if code is None else code)
    return "".join(out)


def decode_legacy(text: str, encoding: str, *, capitals: bool = False) -> str:
    """``text`` written in the legacy ``encoding`` ("tcvn3" or "vni") as Unicode (NFC).

    A line that holds a letter only Unicode has (ư, đ, ạ, …) is already Unicode and
    is left as it is (documents mix both). ``capitals`` says that the text is set
    in a TCVN3 capitals font (``.VnTimeH``): every letter is a capital.
    """
    encoding = _check_encoding(encoding)
    lines = text.split("\n")
    return "\n".join(_decode_line(line, encoding, capitals) for line in lines)


def _decode_line(line: str, encoding: str, capitals: bool) -> str:
    if not line or any(char in UNICODE_ONLY for char in line):
        return line
    pattern, reverse = _decoder(encoding)
    if encoding == "tcvn3":
        line = _PDF_GLYPHS.sub(lambda m: _PDF_GLYPH_CODES[m.group()], line)
    decoded = pattern.sub(lambda m: reverse[m.group()], line)
    if encoding == "tcvn3":
        decoded = decoded.upper() if capitals else _capitals(decoded)
    return unicodedata.normalize("NFC", decoded)


def _capital_word(word: str) -> bool:
    """Whether a decoded TCVN3 word is written in capitals: it has a letter whose case its
    code does not tell (a lowercase code, which a capitals font shows as a capital), and
    the letters whose case the codes tell (ASCII letters, Ă Â Đ Ê Ô Ơ Ư) are capitals,
    two at least or one after that letter ("ñY" is "ỦY": no word is "ủY")."""
    told = [char for char in word if char.isalpha() and (char.isascii() or char.isupper())]
    untold = [i for i, c in enumerate(word) if c.isalpha() and not c.isascii() and c.islower()]
    if not untold or not told or not all(char.isupper() for char in told):
        return False
    return len(told) >= 2 or any(char.isupper() for char in word[untold[0] + 1 :])


def _capitals(line: str) -> str:
    """A decoded TCVN3 line with its words in capitals where the text says so: the whole
    line when its letters of known case are all capitals and one of its words is in
    capitals ("KÕ HO¹CH" is "KẾ HOẠCH"), else each word in capitals ("NGHÞ")."""
    words = _WORD.findall(line)
    if not any(_capital_word(word) for word in words):
        return line
    told = [char for char in line if char.isalpha() and (char.isascii() or char.isupper())]
    if all(char.isupper() for char in told):
        return line.upper()
    return _WORD.sub(lambda m: m.group().upper() if _capital_word(m.group()) else m.group(), line)


@cache
def _vietnamese_letters() -> frozenset[str]:
    letters = set(_letters("vni")) | {chr(c) for c in range(ord("a"), ord("z") + 1)}
    return frozenset(letters | {letter.upper() for letter in letters})


def _foreign_words(words: Iterable[str]) -> tuple[int, int]:
    """(words that are no Vietnamese word, words with a non-ASCII letter) among ``words``.

    A word is foreign when it holds a character that is no letter of the Vietnamese
    alphabet, or two tone marks (a Vietnamese syllable has one at most)."""
    letters = _vietnamese_letters()
    foreign = marked = 0
    for word in words:
        if word.isascii() or not any(char.isascii() and char.isalpha() for char in word):
            continue
        marked += 1
        tones = sum(1 for char in unicodedata.normalize("NFD", word) if char in _TONES)
        if tones > 1 or any(char not in letters for char in word):
            foreign += 1
    return foreign, marked


_INITIAL: Final = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
_NUCLEUS: Final = (
    r"(?:iêu|oai|oay|oao|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|yêu"
    r"|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|iê|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ưu"
    r"|ươ|yê|[aăâeêioôơuưy])"
)
_SYLLABLE: Final = re.compile(rf"{_INITIAL}{_NUCLEUS}(?:ch|ng|nh|[cmnpt])?")


def _syllables(words: Iterable[str]) -> int:
    """How many of ``words`` have the shape of a Vietnamese syllable (tones aside)."""
    count = 0
    for word in words:
        bare = "".join(
            char for char in unicodedata.normalize("NFD", word.casefold()) if char not in _TONES
        )
        if _SYLLABLE.fullmatch(unicodedata.normalize("NFC", bare)):
            count += 1
    return count


def detect_legacy(text: str) -> str | None:
    """The legacy encoding ``text`` is written in, ``"tcvn3"`` or ``"vni"``, or ``None``.

    Unicode text (NFC) is never taken for legacy text: its words are words of the
    Vietnamese alphabet, with one tone mark at most. Text is taken for legacy text
    when at least three of its words, and a fifth of those with a non-ASCII letter,
    are not (``"c¸c"``, ``"ñöôïc"``), and reading it in one legacy encoding turns most
    of them into Vietnamese syllables; of the two encodings, the one that makes more
    syllables.
    """
    text = unicodedata.normalize("NFC", text)
    words = [
        word
        for line in text.split("\n")
        if not any(char in UNICODE_ONLY for char in line)
        for word in _WORD.findall(line)
    ]
    foreign, marked = _foreign_words(words)
    if foreign < _MIN_EVIDENCE or foreign < 0.2 * marked:
        return None
    best: tuple[int, int, str] | None = None
    for encoding in ENCODINGS:
        decoded = [
            word
            for word in _WORD.findall(decode_legacy(" ".join(words), encoding))
            if not word.isascii()
        ]
        left, _ = _foreign_words(decoded)
        score = (_syllables(decoded), -left, encoding)
        if (
            left <= 0.3 * foreign
            and 2 * score[0] >= len(decoded)
            and (best is None or score > best)
        ):
            best = score
    return None if best is None else best[2]


#: Fonts of the legacy encodings, as Word documents and PDFs name them.
_TCVN3_FONT: Final = re.compile(r"^(?:[A-Z]{6}\+)?\.?Vn[A-Z]", re.ASCII)
_VNI_FONT: Final = re.compile(r"^(?:[A-Z]{6}\+)?VNI[- _]", re.ASCII | re.IGNORECASE)


def legacy_font(font: str | None) -> tuple[str, bool] | None:
    """(encoding, capitals) of a legacy font by its name, or ``None``.

    >>> legacy_font(".VnTimeH"), legacy_font("VNI-Times"), legacy_font("Times New Roman")
    (('tcvn3', True), ('vni', False), None)
    """
    if not font:
        return None
    if _TCVN3_FONT.match(font):
        base = font.split("+", 1)[-1].split(",", 1)[0].split("-", 1)[0].rstrip()
        return "tcvn3", base.endswith("H")
    if _VNI_FONT.match(font):
        return "vni", False
    return None
