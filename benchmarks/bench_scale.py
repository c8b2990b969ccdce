"""Issue 16: every reader takes time linear in its input's size.

For each reader, an input of size n and one of size 2n (a plan document repeated,
an HTML table of empty cells, a plan file and an actuals file of many rows, a long
value phrase); the figure is time(2n) / time(n), about 2 when linear, 4 when
quadratic. Aim: at most 2.5.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import yaml
from _timing import best_ms

import yte_targets as yt

ROOT = Path(__file__).resolve().parents[1]

DOCUMENT = (ROOT / "examples" / "documents" / "hoa-binh-nam.txt").read_text(encoding="utf-8")
ACTUAL_ROW = "imr,{year},12,5,‰\n"


def _plan_text(n: int) -> str:
    targets = [
        {"indicator": "imr", "comparator": "<", "value": 10, "unit": "permille", "year": 2030}
    ] * n
    return yaml.safe_dump({"title": "X", "targets": targets})


def _actuals(n: int) -> str:
    rows = "".join(f"imr,{1900 + i % 300},12,‰,Tỉnh {i // 300}\n" for i in range(n))
    return "indicator,year,value,unit,jurisdiction\n" + rows


READERS: dict[str, Callable[[int], Callable[[], object]]] = {
    "document": lambda n: lambda: yt.extract_plan("\n".join([DOCUMENT] * n)),
    "html_cells": lambda n: lambda: yt.extract_plan("<tr><td>" * (8_000 * n)),
    "plan_file": lambda n: lambda: yt.loads_plan(_plan_text(500 * n), "yaml"),
    "actuals": lambda n: lambda: yt.read_actuals(io.StringIO(_actuals(1_000 * n))),
    "value_phrase": lambda n: (
        lambda: yt.parse_target(
            "Tỷ lệ tham gia bảo hiểm y tế " + "đạt trên 90%; " * (50 * n) + "năm 2030"
        )
    ),
}


def run(quick: bool) -> tuple[dict[str, float], list[tuple[str, str, str]]]:
    repeats = 1 if quick else 3
    base = 1 if quick else 4
    figures: dict[str, float] = {}
    for name, make in READERS.items():
        small = best_ms(make(base), repeats)
        large = best_ms(make(2 * base), repeats)
        figures[f"scale_{name}_doubling"] = large / small
    figures["scale_worst_doubling"] = max(figures.values())
    figures["scale_aim"] = 2.5
    return figures, [("scale_worst_doubling", "scale_aim", "<= 1 (time(2n)/time(n) <= 2.5)")]
