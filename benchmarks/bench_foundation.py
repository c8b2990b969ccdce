"""Issue 3: import time, Vietnamese number formatting and parsing."""

from __future__ import annotations

from decimal import Decimal

from _timing import fresh_interpreter_ms, per_call_us

import yte_targets as yt

VALUES = [Decimal("1234567.891"), Decimal("74.5"), Decimal(10000), Decimal("0.95"), Decimal("12.5")]
TEXTS = ["1.234.567,891", "74,5", "10.000", "0,95", "12,5"]
PLAIN = ["1234567.891", "74.5", "10000", "0.95", "12.5"]


def run(quick: bool) -> tuple[dict[str, float], list[tuple[str, str, str]]]:
    """Return the figures and the (figure, baseline, aim) ratio rows of this suite."""
    from babel.numbers import format_decimal

    figures: dict[str, float] = {}
    figures["import_ms"] = fresh_interpreter_ms(
        "import yte_targets as yt\nyt.Q_(12.5, 'permille')", quick=quick
    )
    figures["import_baseline_ms"] = fresh_interpreter_ms(
        "import pint, babel.numbers\npint.UnitRegistry()", quick=quick
    )

    def fmt() -> None:
        for value in VALUES:
            yt.format_number(value)

    def babel_fmt() -> None:
        for value in VALUES:
            format_decimal(value, locale="vi")

    def parse() -> None:
        for text in TEXTS:
            yt.parse_number(text)

    def float_parse() -> None:
        for text in PLAIN:
            float(text)

    n = len(VALUES)
    figures["format_number_us"] = per_call_us(fmt, quick=quick) / n
    figures["format_decimal_us"] = per_call_us(babel_fmt, quick=quick) / n
    figures["parse_number_us"] = per_call_us(parse, quick=quick) / n
    figures["float_parse_us"] = per_call_us(float_parse, quick=quick) / n
    ratios = [
        ("import_ms", "import_baseline_ms", "<= 1.0"),
        ("format_number_us", "format_decimal_us", "<= 1.5"),
        ("parse_number_us", "float_parse_us", "(floor)"),
    ]
    return figures, ratios
