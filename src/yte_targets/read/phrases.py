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
from functools import lru_cache
from typing import Final

from .lang import language

__all__ = ["expand_abbreviations", "not_value_spans", "without_footnotes"]

_VI: Final = language("vi")
_NUMBER: Final = r"\d[\d.,]*"
#: Not followed by what makes a number a value: a sign, a rate, a range, "trở lên".
_NO_VALUE_AFTER: Final = r"(?!\s*(?:[%‰/]|[-–]\s*\d))"
_FOOTNOTE: Final = re.compile(
    r"(?<=[%‰])(?:\d{1,2}|\(\d{1,2}\)|\[\d{1,2}\])(?=[\s.,;:)]|$)"
    r"|(?<=\d)\s?\[\d{1,2}\]"
    r"|[\u00b9\u00b2\u00b3\u2070-\u2079]+"
)
_MONEY: Final = re.compile(
    rf"{_NUMBER}\s*(?:{_VI.pattern('values', 'money')})",
    re.IGNORECASE,
)
_RANK: Final = re.compile(
    rf"(?<![^\W\d_])(?:{_VI.pattern('values', 'rank_before')})\s+(?P<n>{_NUMBER}){_NO_VALUE_AFTER}",
    re.IGNORECASE,
)
_INSIDE: Final = re.compile(
    rf"(?<![^\W\d_])(?:{_VI.pattern('values', 'inside_before')})\s+(?P<n>\d{{1,4}}){_NO_VALUE_AFTER}"
    rf"(?![\d.,])"
    rf"|(?<![\w.,])(?P<m>\d{{1,3}})\s+(?:{_VI.pattern('values', 'inside_after')})",
    re.IGNORECASE,
)
_SERIES: Final = re.compile(r"(?<![\w.,])\d{2,3}(?:\s*-\s*\d{2,3}){2,}(?![\w%‰])")
_WORK: Final = re.compile(
    rf"(?<![^\W\d_])(?:{_VI.pattern('values', 'work_verbs')})\s+(?:(?:thêm|mới)\s+)?"
    rf"(?P<n>{_NUMBER}){_NO_VALUE_AFTER}(?!\s*(?:giường|bác|dược|điều))",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def not_value_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of ``text`` whose numbers are no values (see the module)."""
    spans = [m.span() for m in _MONEY.finditer(text)]
    spans += [m.span("n") for m in _RANK.finditer(text)]
    spans += [m.span("n") if m.group("n") else m.span("m") for m in _INSIDE.finditer(text)]
    spans += [m.span() for m in _SERIES.finditer(text)]
    spans += [m.span("n") for m in _WORK.finditer(text)]
    return tuple(sorted(spans))


def without_footnotes(text: str) -> str:
    """``text`` without the footnote marks after its values."""
    return _FOOTNOTE.sub("", text)


_ABBREVIATIONS: Final = _VI.table("names", "abbreviations")
_ABBREVIATION: Final = re.compile(
    r"(?<![\w])("
    + "|".join(sorted(map(re.escape, _ABBREVIATIONS), key=len, reverse=True))
    + r")(?![\w])"
)


@lru_cache(maxsize=4096)
def expand_abbreviations(text: str) -> str:
    """``text`` with the abbreviations of plans written out (``lang/vi/names.toml``), for
    binding names to the catalogue.

    >>> expand_abbreviations("Tỷ lệ SDD thể thấp còi; KCB BHYT tại TYT xã")
    'Tỷ lệ suy dinh dưỡng thể thấp còi; khám bệnh, chữa bệnh bảo hiểm y tế tại trạm y tế xã'
    """
    return _ABBREVIATION.sub(lambda m: str(_ABBREVIATIONS[m.group(1)]), text)
