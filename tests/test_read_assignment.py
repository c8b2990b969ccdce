"""Timeframes and reporting duties as plans write them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import yte_targets as yt
from yte_targets.read import parse_reporting, parse_timeframe


@pytest.mark.parametrize(
    ("text", "kind", "start", "end"),
    [
        ("Thường xuyên", "ongoing", None, None),
        ("Trong quá trình triển khai thực hiện", "ongoing", None, None),
        ("định kỳ", "ongoing", None, None),
        ("Hàng năm", "yearly", None, None),
        ("hằng năm", "yearly", None, None),
        ("Định kỳ hằng năm, 05 năm", "yearly", None, None),
        ("hàng năm và giai đoạn đến năm 2030", "yearly", None, 2030),
        ("2018 - 2025", "range", 2018, 2025),
        ("giai đoạn 2021 – 2030", "range", 2021, 2030),
        ("từ 2021 đến 2025", "range", 2021, 2025),
        ("2024", "year", 2024, 2024),
        ("Năm 2024", "year", 2024, 2024),
        ("từ năm 2022", "ongoing", 2022, None),
        ("Quý I", "unspecified", None, None),
        ("", "unspecified", None, None),
        (None, "unspecified", None, None),
    ],
)
def test_timeframes(text: str | None, kind: str, start: int | None, end: int | None) -> None:
    timeframe = parse_timeframe(text)
    assert (timeframe.kind.value, timeframe.start, timeframe.end) == (kind, start, end)
    if text:
        assert timeframe.text == text.strip()
        assert str(timeframe) == text.strip()


def test_a_backwards_range_is_refused() -> None:
    with pytest.raises(yt.InvalidValueError, match="2025 - 2018"):
        parse_timeframe("2025 - 2018")
    with pytest.raises(yt.InvalidValueError, match="text"):
        parse_timeframe(2024)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "due", "to"),
    [
        (
            "định kỳ hàng năm trước 10/12 báo cáo tình hình triển khai thực hiện gửi Sở Y tế tổng "
            "hợp báo cáo UBND tỉnh",
            ["10/12"],
            ["Sở Y tế"],
        ),
        (
            "báo cáo UBND tỉnh, Ban Cán sự đảng UBND tỉnh xin ý kiến",
            [],
            ["UBND tỉnh", "Ban Cán sự đảng UBND tỉnh"],
        ),
        ("báo cáo Ủy ban nhân dân tỉnh và Bộ Y tế.", [], ["Ủy ban nhân dân tỉnh", "Bộ Y tế"]),
        (
            "6 tháng (trước ngày 15/6) và năm (trước ngày 15/12) báo cáo về Sở Y tế",
            ["15/6", "15/12"],
            ["Sở Y tế"],
        ),
        ("trước 31/4 báo cáo", [], []),  # no such day: the words stay, no date is made up
        ("theo quy định", [], []),
    ],
)
def test_reporting(text: str, due: list[str], to: list[str]) -> None:
    duty = parse_reporting(text)
    assert duty is not None
    assert [str(d) for d in duty.due] == due
    assert [str(a) for a in duty.to] == to
    assert duty.text == text


def test_no_reporting() -> None:
    assert parse_reporting(None) is None
    assert parse_reporting("  ") is None


@given(st.text(max_size=40))
def test_any_text_gives_a_timeframe_or_an_invalid_value_error(text: str) -> None:
    try:
        timeframe = parse_timeframe(text)
    except yt.InvalidValueError:
        return
    assert isinstance(timeframe, yt.Timeframe)
    assert isinstance(parse_reporting(text), yt.ReportingDuty | None)
