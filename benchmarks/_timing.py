"""Timing helpers shared by the benchmark suites (standard library only)."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
import timeit
from collections.abc import Callable


def per_call_us(func: Callable[[], object], *, quick: bool = False) -> float:
    """Best-of-N time of one call of ``func``, in microseconds.

    The best of several repeats is the figure least disturbed by other work on a
    shared machine; each repeat runs long enough (about 0.2 s) to average out the
    timer's resolution.
    """
    timer = timeit.Timer(func)
    number, _ = timer.autorange()
    repeats = 2 if quick else 7
    if quick:
        number = max(1, number // 10)
    times = timer.repeat(repeat=repeats, number=number)
    return min(times) / number * 1e6


def fresh_interpreter_ms(code: str, *, quick: bool = False) -> float:
    """Median time, in ms, that ``code`` takes in a fresh interpreter.

    ``code`` runs between two ``perf_counter`` readings inside the child process,
    so the interpreter's own start-up is not counted.
    """
    program = (
        "import time\n"
        "_t0 = time.perf_counter()\n"
        f"{code}\n"
        "print((time.perf_counter() - _t0) * 1e3)\n"
    )
    runs = 3 if quick else 9
    samples = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", program], check=True, capture_output=True, text=True
        ).stdout
        samples.append(float(out.strip().splitlines()[-1]))
    return statistics.median(samples)


def best_ms(
    func: Callable[[], object], repeats: int, setup: Callable[[], object] | None = None
) -> float:
    """The best of ``repeats`` single calls of ``func``, in milliseconds (for calls long
    enough that one of them outlasts the timer's resolution many times); ``setup`` runs
    before each call, untimed."""
    best = float("inf")
    for _ in range(repeats):
        if setup is not None:
            setup()
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best * 1e3
