"""Run every benchmark of yte_targets: ``python benchmarks/run.py [--quick]``.

Prints a table of figures, then the ratio of each figure to a plain baseline
measured in the same run (compare ratios, not absolute times: the machines are
shared and noisy), and ends with one line of JSON holding every figure.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_attainment
import bench_extract
import bench_foundation
import bench_scale
import bench_vector
import documents

SUITES = [
    bench_foundation,
    bench_attainment,
    bench_vector,
    bench_extract,
    bench_scale,
    documents,
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="few repeats: checks that the suites run"
    )
    args = parser.parse_args(argv)

    figures: dict[str, float] = {}
    ratios: list[tuple[str, str, str]] = []
    for suite in SUITES:
        suite_figures, suite_ratios = suite.run(args.quick)
        figures.update(suite_figures)
        ratios.extend(suite_ratios)

    width = max(len(name) for name in figures)
    print(f"{'figure':<{width}}  {'value':>12}")
    for name, value in figures.items():
        print(f"{name:<{width}}  {value:>12.3f}")
    print()
    print(f"{'ratio':<{2 * width + 3}}  {'value':>8}  aim")
    for figure, baseline, aim in ratios:
        ratio = figures[figure] / figures[baseline]
        print(f"{figure + ' / ' + baseline:<{2 * width + 3}}  {ratio:>8.2f}  {aim}")
    print(json.dumps({name: round(value, 4) for name, value in figures.items()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
