"""The phrase pass: what in a text is *not* a value, found before any value is read.

Plans are full of numbers that are no target's value: footnote marks after a value ("dưới
40%[3]", "dưới 20%2", "đạt 95%(1)"), numbers inside names ("sinh con thứ 3 trở lên", "12 loại
vắc xin", "mục tiêu 2", "chiến lược 95-95-95", "Chương trình 1719"), money ("hơn 40 nghìn tỷ
đồng"), ranks ("một trong 5 tỉnh dẫn đầu", "xếp thứ 3"), counts of work ("xây mới 12 trạm y
tế"). Their words are language data (``lang/vi/values.toml``); the shapes around them are here.
:func:`not_value_spans` gives their spans, which
:func:`~yte_targets.read.target.value_matches` skips; :func:`without_footnotes` drops the marks.

>>> text = "Tỷ lệ sinh con thứ 3 trở lên dưới 5%[2]; kinh phí 1.250 tỷ đồng"
>>> [text[a:b] for a, b in not_value_spans(text)]
['3', '1.250 tỷ đồng']
>>> without_footnotes("dưới 20%2, đạt 95%(1) và 40%[3].")
'dưới 20%, đạt 95% và 40%.'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

from .caseless import caseless
from .lang import language
from .ocr import trie

__all__ = [
    "as_scanned_digits",
    "deadline_years",
    "expand_abbreviations",
    "not_value_spans",
    "without_footnotes",
    "words_to_digits",
]

_VI: Final = language("vi")
_NUMBER: Final = r"\d[\d.,]*"
_ANY_DIGIT: Final = re.compile(r"\d")
#: Not followed by what makes a number a value: a sign, a rate, a range, "trở lên".
_NO_VALUE_AFTER: Final = r"(?!\s*(?:[%‰/]|[-–]\s*\d))"
_FOOTNOTE: Final = re.compile(
    r"(?<=[%‰])(?:\d{1,2}|\(\d{1,2}\))(?=[\s.,;:)]|$)"
    r"|(?<=\S)\s?\[\d{1,3}\]"
    r"|[\u00b9\u00b2\u00b3\u2070-\u2079]+"
)
# "trực 24/24 giờ", "7/7 ngày": a number over itself is "all of them", no rate
_ALL_OF: Final = re.compile(r"(?<![\d.,/])(\d{1,2})/\1(?![\d.,/])")
_DEADLINE: Final = caseless(
    rf"(?<![^\W\d_])(?P<lead>{_VI.pattern('time', 'deadline')})\s+"
    rf"(?:(?:{_VI.pattern('time', 'date_parts')})\s+)?"
    r"(?:\d{1,2}\s*/\s*\d{1,2}|[IVX]{1,3}|\d{1,2})\s*/\s*(?P<year>(?:19|20|21)\d{2})(?!\d)",
)
_YEAR_WORD: Final = _VI.words("time", "year")[0]
_MONEY: Final = caseless(
    rf"{_NUMBER}\s*(?:{_VI.pattern('values', 'money')})",
)
_RANK: Final = caseless(
    rf"(?<![^\W\d_])(?:{_VI.pattern('values', 'rank_before')})\s+(?P<n>{_NUMBER}){_NO_VALUE_AFTER}",
)
_INSIDE: Final = caseless(
    rf"(?<![^\W\d_])(?:{_VI.pattern('values', 'inside_before')})\s+(?P<n>\d{{1,4}})"
    rf"{_NO_VALUE_AFTER}(?![\d.,])"
    rf"|(?<![\w.,])(?P<m>\d{{1,3}})\s+(?:{_VI.pattern('values', 'inside_after')})",
)
_AGE: Final = caseless(
    rf"(?<![^\W\d_])(?:{_VI.pattern('values', 'groups')})\s+"
    rf"(?:(?:{_VI.pattern('values', 'age_bounds')})\s+)?"
    rf"(?P<n>\d{{1,3}}(?:\s*[-–]\s*\d{{1,3}})?)\s+(?:{_VI.pattern('values', 'ages')})",
)
_SERIES: Final = re.compile(r"(?<![\w.,])\d{2,3}(?:\s*-\s*\d{2,3}){2,}(?![\w%‰])")
_WORK: Final = caseless(
    rf"(?<![^\W\d_])(?:{_VI.pattern('values', 'work_verbs')})\s+"
    rf"(?:(?:{_VI.pattern('values', 'work_more')})\s+)?"
    rf"(?P<n>{_NUMBER}){_NO_VALUE_AFTER}"
    rf"(?!\s*(?:{_VI.pattern('values', 'work_levels', whole=False)}))",
)


@lru_cache(maxsize=4096)
def not_value_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of ``text`` whose numbers are no values (see the module)."""
    if _ANY_DIGIT.search(text) is None:  # each of them holds a digit
        return ()
    spans = [m.span() for m in _MONEY.finditer(text)]
    spans += [m.span("n") for m in _RANK.finditer(text)]
    spans += [m.span("n") if m.group("n") else m.span("m") for m in _INSIDE.finditer(text)]
    if "-" in text:  # "95-95-95"
        spans += [m.span() for m in _SERIES.finditer(text)]
    if "/" in text:  # "24/24"
        spans += [m.span() for m in _ALL_OF.finditer(text)]
    spans += [m.span("n") for m in _AGE.finditer(text)]
    spans += [m.span("n") for m in _WORK.finditer(text)]
    return tuple(sorted(spans))


_FOOTNOTE_HINT: Final = re.compile(r"[%‰\[\u00b9\u00b2\u00b3\u2070-\u2079]")


def without_footnotes(text: str) -> str:
    """``text`` without the footnote marks after its values."""
    return _FOOTNOTE.sub("", text) if _FOOTNOTE_HINT.search(text) else text


_ABBREVIATIONS: Final = _VI.table("names", "abbreviations")
_ABBREVIATION: Final = re.compile(rf"(?<![\w])({trie(_ABBREVIATIONS)})(?![\w])")


@lru_cache(maxsize=4096)
def expand_abbreviations(text: str) -> str:
    """``text`` with the abbreviations of plans written out (``lang/vi/names.toml``), for
    binding names to the catalogue.

    >>> expand_abbreviations("Tỷ lệ SDD thể thấp còi; KCB BHYT tại TYT xã")
    'Tỷ lệ suy dinh dưỡng thể thấp còi; khám bệnh, chữa bệnh bảo hiểm y tế tại trạm y tế xã'
    """
    return _ABBREVIATION.sub(lambda m: str(_ABBREVIATIONS[m.group(1)]), text)


_DIGITS: Final = {k: int(v) for k, v in _VI.table("numbers", "digits").items()}
_SCALES: Final = {k: int(v) for k, v in _VI.table("numbers", "scales").items()}
_ZERO_TENS: Final = frozenset(_VI.words("numbers", "joins.zero_tens"))
_POINT: Final = frozenset(_VI.words("numbers", "joins.decimal"))
_TENS: Final = frozenset(k for k, v in _DIGITS.items() if v == 10)
_TEN: Final = frozenset(_VI.words("numbers", "words.ten"))
_NUMBER_WORDS: Final = frozenset(_DIGITS) | frozenset(_SCALES) | _ZERO_TENS | _POINT
_SHARES: Final = _VI.table("numbers", "shares")
_SHARE: Final = caseless(rf"(?<![^\W\d_])({trie(_SHARES)})(?![^\W\d_])")
_SIGNS: Final = _VI.table("numbers", "signs")
_SIGN: Final = caseless(
    r"(?<=\d)\s+(" + "|".join(sorted(map(re.escape, _SIGNS), key=len, reverse=True)) + r")"
    r"(?![^\W\d_])",
)
_MULTIPLES: Final = _VI.table("numbers", "multiples")
_MULTIPLE: Final = caseless(rf"(?<![^\W\d_])({trie(_MULTIPLES)})(?![^\W\d_])")
#: The words without which a text writes no number in words: a scale, tens, a decimal point,
#: a word of a share, a multiple or a sign, or a unit a lone number word stands before
#: ("một vạn", "hai lần/năm"). Looked for as substrings.
_TRIGGERS: Final = frozenset(
    {
        *_SCALES,
        *_TENS,
        *_POINT,
        *_ZERO_TENS,
        *(phrase.split()[0] for phrase in (*_SHARES, *_MULTIPLES, *_SIGNS)),
        *(phrase.split()[-1] for phrase in (*_MULTIPLES, *_SIGNS)),
        *_VI.words("numbers", "words.triggers"),
    }
) - frozenset(_DIGITS.keys() - _TENS)


def _hints(phrases: Iterable[str]) -> frozenset[str]:
    """A word of each phrase (its longest): a text holding none of them holds no phrase."""
    return frozenset(max(reversed(p.casefold().split()), key=len) for p in phrases)


_SHARE_HINTS: Final = _hints(_SHARES)
_MULTIPLE_HINTS: Final = _hints(_MULTIPLES)
_SIGN_HINTS: Final = _hints(_SIGNS)
_FRACTION_HINTS: Final = _hints(_VI.words("numbers", "words.fraction"))
_TRIGGER: Final = caseless(trie(sorted(_TRIGGERS)))  # anywhere, as substrings
_YEAR_WORDS: Final = frozenset(w.casefold() for w in _VI.words("time", "year"))
_SIGN_AHEAD: Final = caseless(
    r"\s+(?:" + "|".join(sorted(map(re.escape, _SIGNS), key=len, reverse=True)) + r")",
)
_FRACTION: Final = caseless(
    rf"(?<![^\W\d_])(?P<a>{trie(_DIGITS)})\s+(?:{trie(_VI.words('numbers', 'words.fraction'))})"
    rf"\s+(?P<b>{trie(_DIGITS)})(?![^\W\d_])",
)


def _fraction(match: re.Match[str]) -> str:
    """ "bốn phần năm": 80%; kept as written when it is none ("một phần mười" is, too)."""
    top, bottom = _DIGITS[match.group("a").casefold()], _DIGITS[match.group("b").casefold()]
    if not 0 < top < bottom:
        return match.group()
    return f"{_digits(round(100.0 * top / bottom, 4))}%"


#: A lone number word becomes a number only before these (a unit or a rate): "một vạn dân",
#: "hai lần/năm"; "năm" alone is the year, "một" alone an article.
_LONE_BEFORE: Final = caseless(
    rf"\s*(?:[/%‰]|{_VI.pattern('numbers', 'words.counted', whole=False)})",
)
# A run of number words: two or more, or one before a unit or a rate (alone, "năm" is the
# year and "một" an article: no number to write in digits)
_WORD_RUN: Final = caseless(
    rf"(?<![^\W\d_])(?:{trie(_NUMBER_WORDS)})"
    rf"(?:(?:\s+(?:{trie(_NUMBER_WORDS)}))+(?![^\W\d_])|(?![^\W\d_])(?={_LONE_BEFORE.pattern}))",
)


def _read_run(words: list[str]) -> float | None:
    """The number a run of number words says ("bảy mươi sáu phẩy năm": 76.5), or None when
    the words are no number's grammar."""
    folded = [w.casefold() for w in words]
    if any(w in _POINT for w in folded):
        cut = next(i for i, w in enumerate(folded) if w in _POINT)
        whole, fraction = _read_run(words[:cut]), folded[cut + 1 :]
        if whole is None or not fraction or any(w not in _DIGITS for w in fraction):
            return None
        digits = "".join(str(_DIGITS[w] % 10) for w in fraction)
        return whole + float(f"0.{digits}")
    total, section, last = 0, 0, None
    for word in folded:
        if word in _SCALES:
            section = (section or 1) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total, section = total + section, 0
            last = "scale"
        elif word in _ZERO_TENS:
            last = "zero"
        elif word in _TENS:
            if word in _TEN:
                section += 10
            elif last == "digit":
                section += (section % 10) * 9  # "bảy mươi": 7 -> 70
            else:
                return None
            last = "tens"
        elif word in _DIGITS:
            if last == "digit":
                return None  # "năm một": two numbers, not one
            section += _DIGITS[word]
            last = "digit"
    return float(total + section)


def _digits(value: float) -> str:
    whole = int(value)
    text = f"{whole:,}".replace(",", ".")
    if value != whole:
        text += "," + f"{value:.6f}".split(".")[1].rstrip("0")
    return text


@lru_cache(maxsize=4096)
def words_to_digits(text: str) -> str:
    """``text`` with numbers and shares written in words put in digits (``lang/vi/numbers.toml``):
    "mười hai bác sĩ" -> "12 bác sĩ", "trên một vạn dân" -> "trên 10.000 dân", "chín mươi lăm
    phần trăm" -> "95%", "tất cả trạm y tế" -> "100% trạm y tế", "tăng gấp đôi" -> "tăng 100%".

    >>> words_to_digits("bảy mươi sáu phẩy năm tuổi; 30 giường bệnh trên một vạn dân")
    '76,5 tuổi; 30 giường bệnh trên 10.000 dân'
    >>> words_to_digits("dưới một trăm linh chín bé trai; năm 2030; mỗi năm một lần")
    'dưới 109 bé trai; năm 2030; mỗi năm 1 lần'
    """

    def number(match: re.Match[str]) -> str:
        words, out = match.group().split(), []
        while words:  # the longest run that is a number's grammar, then the rest
            size = next(
                n for n in range(len(words), 0, -1) if _read_run(words[:n]) is not None or n == 1
            )
            value = _read_run(words[:size])
            last = size == len(words)
            lone = size == 1 and not (last and _LONE_BEFORE.match(text, match.end()))
            if lone is False and size == 1 and words[0].casefold() in _YEAR_WORDS:
                # "năm" alone is the year ("mỗi năm trên 95%"), five only before a sign
                lone = not _SIGN_AHEAD.match(text, match.end())
            out.append(" ".join(words[:size]) if value is None or lone else _digits(value))
            words = words[size:]
        return " ".join(out)

    if _TRIGGER.search(text) is None:
        return text  # no word that writes a number, a share or a multiple
    low = text.casefold()
    if any(word in low for word in _SHARE_HINTS):
        text = _SHARE.sub(lambda m: f"{_digits(float(_SHARES[m.group(1).casefold()]))}%", text)
    if any(word in low for word in _MULTIPLE_HINTS):
        text = _MULTIPLE.sub(
            lambda m: f"{_digits(float(_MULTIPLES[m.group(1).casefold()]))}%", text
        )
    if any(word in low for word in _FRACTION_HINTS):
        text = _FRACTION.sub(_fraction, text)
    text = _WORD_RUN.sub(number, text)
    if any(word in low for word in _SIGN_HINTS):
        text = _SIGN.sub(lambda m: str(_SIGNS[m.group(1).casefold()]), text)
    return text


def deadline_years(text: str) -> str:
    """``text`` with a deadline given as a date put as its year, the way targets state years
    ("Đến ngày 31/12/2026" -> "Đến năm 2026", "Chậm nhất trong Quý III/2027" -> "Chậm nhất
    trong năm 2027").

    >>> deadline_years("Đến ngày 31/12/2026, tỷ lệ bao phủ BHYT đạt 95,3%.")
    'Đến năm 2026, tỷ lệ bao phủ BHYT đạt 95,3%.'
    """
    if "/" not in text:
        return text
    return _DEADLINE.sub(lambda m: f"{m.group('lead')} {_YEAR_WORD} {m.group('year')}", text)


# A number a scan misread: "l" or "I" for 1, "O" for 0 among its digits ("l00%", "9l%",
# "l0.000"), and "%o" for "‰". Only in a word that holds a digit and nothing but digits,
# these letters and separators.
_SCANNED_NUMBER: Final = re.compile(r"(?<![^\W_])(?=[lIO.,]*\d)[\dlIO][\dlIO.,]*(?![^\W_])")
_SCANNED_PERMILLE: Final = re.compile(r"(?<=\d)\s?%o(?![^\W_])")
# (its first letter a class, so that the search skips ahead to it)
_SCANNED_HINT: Final = re.compile(r"[\dlIO](?:(?<=\d)[lIO]|(?<=[lIO])[\d.,]*\d)")
_AS_DIGITS: Final = str.maketrans({"l": "1", "I": "1", "O": "0"})


def as_scanned_digits(text: str) -> str:
    """``text`` with the numbers a scan misread put right.

    >>> as_scanned_digits("đạt l00%, 9l% và l3 bác sĩ trên l0.000 dân; dưới 9%o")
    'đạt 100%, 91% và 13 bác sĩ trên 10.000 dân; dưới 9‰'
    """
    if "%o" in text:
        text = _SCANNED_PERMILLE.sub("‰", text)
    if not _ANY_DIGIT.search(text) or not _SCANNED_HINT.search(text):
        return text
    return _SCANNED_NUMBER.sub(lambda m: m.group().translate(_AS_DIGITS), text)
