"""Timeframes and reporting duties of assignments, as plans write them.

>>> from yte_targets.read import parse_timeframe, parse_reporting
>>> parse_timeframe("2018 - 2025")
Timeframe(kind=<TimeframeKind.RANGE: 'range'>, start=2018, end=2025, text='2018 - 2025')
>>> parse_timeframe("Thường xuyên").kind.value, parse_timeframe("hằng năm").kind.value
('ongoing', 'yearly')
>>> duty = parse_reporting("định kỳ hàng năm trước 10/12 báo cáo kết quả gửi Sở Y tế tổng hợp")
>>> [str(d) for d in duty.due], [str(a) for a in duty.to]
(['10/12'], ['Sở Y tế'])
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from ..core.plan import Agency, MonthDay, ReportingDuty, Timeframe, TimeframeKind
from ..errors import InvalidValueError, YteTargetsError
from .lang import language

__all__ = ["parse_reporting", "parse_timeframe"]

_VI: Final = language("vi")
# The words of a timeframe, as written (the text is folded to lower case first).
_TO: Final = _VI.literal("tasks", "to")
_THE_YEAR: Final = _VI.literal("time", "year")
_EVERY: Final = _VI.literal("tasks", "every")
_YEAR: Final = r"(?:19|20|21)\d{2}"
_RANGE: Final = re.compile(rf"({_YEAR})\s*(?:-|–|—|{_TO}|to)\s*(?:(?:{_THE_YEAR})\s*)?({_YEAR})")
_UNTIL: Final = re.compile(
    rf"(?:{_VI.literal('tasks', 'timeframe.until')})\s+"
    rf"(?:(?:{_VI.literal('tasks', 'timeframe.through')})\s+)?(?:(?:{_THE_YEAR})\s+)?({_YEAR})"
)
_FROM: Final = re.compile(
    rf"(?:{_VI.literal('tasks', 'timeframe.since')})\s+(?:(?:{_THE_YEAR})\s+)?({_YEAR})"
)
_ONE_YEAR: Final = re.compile(rf"\b({_YEAR})\b")
_YEARLY: Final = re.compile(
    rf"\b(?:{_EVERY})\s+(?:{_THE_YEAR})\b"
    rf"|\b(?:{_VI.literal('tasks', 'periodic')})\s+(?:{_EVERY})\s+(?:{_THE_YEAR})\b|\bannual"
)
_ONGOING: Final = re.compile(
    rf"{_VI.literal('tasks', 'timeframe.ongoing')}"
    rf"|(?<!\d)0?6 (?:{_VI.literal('tasks', 'month')})|ongoing"
)


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def parse_timeframe(text: str | None) -> Timeframe:
    """A timeframe from the words of a plan; the words are kept as ``text``.

    "Thường xuyên" is ongoing; "Hàng năm"/"hằng năm" yearly (with the years
    of "đến năm 2030" or "2021 - 2030" as its bounds when given); "2018 - 2025"
    and "giai đoạn 2021 - 2030" a range; "2024" or "năm 2024" one year; empty
    text is unspecified, and so is text that names no time (kept as text).
    """
    if text is None:
        return Timeframe.unspecified()
    if not isinstance(text, str):
        raise InvalidValueError(f"expected the timeframe as text, got {text!r}")
    if not text.strip():
        return Timeframe.unspecified()
    written = _clean(text)
    low = written.casefold()
    start = end = None
    span = _RANGE.search(low)
    if span is not None:
        start, end = int(span.group(1)), int(span.group(2))
    else:
        until, since = _UNTIL.search(low), _FROM.search(low)
        end = int(until.group(1)) if until else None
        start = int(since.group(1)) if since else None
    try:
        if _YEARLY.search(low):
            return Timeframe(kind=TimeframeKind.YEARLY, start=start, end=end, text=written)
        if _ONGOING.search(low):
            return Timeframe(kind=TimeframeKind.ONGOING, start=start, end=end, text=written)
        if span is not None:
            return Timeframe.between(start or 0, end or 0, text=written)
        years = _ONE_YEAR.findall(low)
        if len(years) == 1 and start is None and end is None:
            return Timeframe.in_year(int(years[0]), text=written)
        if start is not None or end is not None:
            return Timeframe(kind=TimeframeKind.ONGOING, start=start, end=end, text=written)
    except YteTargetsError as exc:
        raise InvalidValueError(f"cannot read the timeframe {written!r}: {exc}") from None
    return Timeframe(kind=TimeframeKind.UNSPECIFIED, text=written)


_DUE: Final = re.compile(
    rf"(?:{_VI.literal('tasks', 'reporting.due')}|before)\s+"
    rf"(?:(?:{_VI.literal('tasks', 'day')})\s+)?"
    r"(\d{1,2})\s*/\s*(\d{1,2})(?!\s*/\s*\d)"
)
_AND: Final = _VI.literal("agencies", "and")
_BODY: Final = f"(?:{_VI.literal('tasks', 'reporting.bodies')})"
_RECIPIENT: Final = re.compile(
    rf"(?:{_VI.literal('tasks', 'reporting.send')})\s+"
    rf"(?:(?:{_VI.literal('tasks', 'reporting.towards')})\s+)?(" + _BODY + r"[^,;.()]*?"
    rf"(?:\s*(?:,|{_AND})\s*" + _BODY + r"[^,;.()]*?)*)"
    rf"(?=\s+(?:{_VI.literal('tasks', 'reporting.after')})\b|\s*[;.()]|\s*$"
    r"|\s*,\s*(?!" + _BODY + r"))"
)
_SPLIT: Final = re.compile(rf"\s*,\s*|\s+(?:{_AND})\s+")


def parse_reporting(text: str | None) -> ReportingDuty | None:
    """A reporting duty from the words of a plan, or None for empty text.

    Due days come from "trước 10/12" (before 10 December) and the like,
    recipients from "báo cáo Sở Y tế", "gửi Sở Y tế", "về Sở Y tế" (the first
    such phrase: a report to Sở Y tế "để tổng hợp báo cáo UBND tỉnh" is due to
    Sở Y tế). The words are kept as ``text``.
    """
    if text is None:
        return None
    if not isinstance(text, str):
        raise InvalidValueError(f"expected the reporting duty as text, got {text!r}")
    if not text.strip():
        return None
    written = _clean(text)
    due = []
    for match in _DUE.finditer(written):
        try:
            due.append(MonthDay(int(match.group(1)), int(match.group(2))))
        except YteTargetsError:
            continue  # "trước 31/4" is no day: keep the words, not a date
    recipients: list[Agency] = []
    found = _RECIPIENT.search(written)
    if found is not None:
        recipients = [Agency(name) for name in _SPLIT.split(found.group(1).strip()) if name]
    return ReportingDuty(to=recipients, due=due, text=written)
