"""Issues 6 and 17: reading plan documents.

- ``extract_ms``: the largest shared seed document read as a document never seen (every
  cache of the reader emptied first, untimed: cleaned lines, value phrases, normalised names; the
  catalogue and the language data stay loaded, as in any process that reads more than one
  plan), the best of 21 reads, against ``read_ms``, only reading its file. Aim: below 30 ms.
- ``extract_1mb_ms`` and ``extract_512kb_ms``: 1 MiB and 512 KiB of plan text (the shared
  plans, the corpus's documents and the examples, one after the other, again and again with
  their years moved on by one each round, so that the rounds are new text), and their
  ratio ``extract_doubling``: about 2 when the reader is linear.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable
from pathlib import Path

from _timing import best_ms

import yte_targets as yt

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seeds" / "001_690141d03c170952.txt"
_YEAR = re.compile(r"\b(20[2-3]\d)\b")
#: Caches that belong to the process, not to a document: kept.
_PROCESS_CACHES = frozenset({"default", "language", "_phrase", "_indicator_groups", "unit_name"})


def _caches() -> list[functools._lru_cache_wrapper[object]]:
    """Every cache of the reader and of the catalogue's name matching."""
    found: dict[int, functools._lru_cache_wrapper[object]] = {}
    for name, module in list(sys.modules.items()):
        if not (name.startswith("yte_targets.read") or name == "yte_targets.catalog"):
            continue
        for value in vars(module).values():
            if (
                isinstance(value, functools._lru_cache_wrapper)
                and value.__qualname__ not in _PROCESS_CACHES
            ):
                found[id(value)] = value
    return list(found.values())


def _moved(text: str, years: int) -> str:
    """``text`` with its years moved on by ``years``."""

    def move(match: re.Match[str]) -> str:
        return str(int(match.group(1)) + years)

    return _YEAR.sub(move, text)


def plan_text(size: int) -> str:
    """``size`` bytes (or a line fewer) of plan text, new text all the way (see the module)."""
    sources = [
        *sorted((ROOT.parent / "shared" / "seeds").glob("*.txt")),
        *sorted((ROOT / "tests" / "corpus" / "documents").glob("*.txt")),
        *sorted((ROOT / "examples" / "documents").glob("*.txt")),
    ]
    texts = [p.read_text(encoding="utf-8") for p in sources]
    lines: list[str] = []
    total, shift = 0, 0
    while total < size:
        for text in texts:
            moved = _moved(text, shift) if shift else text
            for line in moved.splitlines():
                length = len(line.encode("utf-8")) + 1
                if total + length > size:
                    return "\n".join(lines)
                lines.append(line)
                total += length
        shift += 1
    return "\n".join(lines)


def run(quick: bool) -> tuple[dict[str, float], list[tuple[str, str, str]]]:
    if not SEED.exists():
        print(f"(no {SEED}: extract benchmarks skipped)")
        return {}, []
    # the best of many cold reads: one of them runs while the shared machine is quiet
    repeats = 2 if quick else 21
    yt.extract_plan(SEED.read_text(encoding="utf-8"))  # load the catalogue and the data
    caches = _caches()

    def read() -> None:
        SEED.read_text(encoding="utf-8").splitlines()

    def forget() -> None:  # a document never seen: untimed
        for cache in caches:
            cache.cache_clear()

    def cold(text: str) -> Callable[[], object]:
        def extract() -> None:
            yt.extract_plan(text)

        return extract

    seed = SEED.read_text(encoding="utf-8")

    big_repeats = 1 if quick else 3
    half, whole = plan_text(512 * 1024), plan_text(1024 * 1024)
    figures = {
        "extract_ms": best_ms(cold(seed), repeats, forget),
        "read_ms": best_ms(read, repeats * 2),
        "extract_512kb_ms": best_ms(cold(half), big_repeats, forget),
        "extract_1mb_ms": best_ms(cold(whole), big_repeats, forget),
    }
    figures["extract_doubling"] = figures["extract_1mb_ms"] / figures["extract_512kb_ms"]
    figures["extract_doubling_aim"] = 2.5
    return figures, [
        ("extract_ms", "read_ms", "extract < 30 ms"),
        ("extract_doubling", "extract_doubling_aim", "<= 1 (time(1 MiB)/time(512 KiB) <= 2.5)"),
    ]
