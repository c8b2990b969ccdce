"""Issue 6: reading the largest shared seed document, against only reading its file."""

from __future__ import annotations

import time
from pathlib import Path

import yte_targets as yt
from yte_targets.catalog import _folded, normalise_name
from yte_targets.read.value import clean_text

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "001_690141d03c170952.txt"


def _best_ms(func: object, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        func()  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best * 1e3


def run(quick: bool) -> tuple[dict[str, float], list[tuple[str, str, str]]]:
    if not SEED.exists():
        print(f"(no {SEED}: extract benchmarks skipped)")
        return {}, []
    repeats = 2 if quick else 7
    yt.extract_plan(SEED.read_text(encoding="utf-8"))  # warm the catalogue and caches

    def read() -> None:
        SEED.read_text(encoding="utf-8").splitlines()

    def extract() -> None:
        # a document never seen: the caches of cleaned lines and normalised names start empty
        # (the catalogue itself stays loaded, as in any process that extracts more than once)
        clean_text.cache_clear()
        normalise_name.cache_clear()
        _folded.cache_clear()
        yt.extract_plan(SEED.read_text(encoding="utf-8"))

    figures = {"extract_ms": _best_ms(extract, repeats), "read_ms": _best_ms(read, repeats * 5)}
    return figures, [("extract_ms", "read_ms", "extract < 100 ms")]
