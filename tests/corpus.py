"""The reader's corpus (``tests/corpus/``): invented passages and documents in the patterns of
real plans, each with what a careful reader takes from it. ``tests/corpus/README.md`` gives the
format.

Run ``python -m tests.corpus`` to print the scores per kind of failure and every miss
(``python -m tests.corpus names`` for one kind, ``-v`` for the matches too, and
``--known-misses`` for the list of cases read wrong, ``tests/corpus/known-misses.txt``).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

import yte_targets as yt
from tests.scoring import Score, score_assignments, score_targets

CORPUS = Path(__file__).resolve().parent / "corpus"
#: The kinds of failure, in the order of the reader's issue.
KINDS = (
    "no-outline",
    "year-context",
    "names",
    "value-before-name",
    "not-values",
    "change-vs-base",
    "values-in-words",
    "assignments",
)


@attrs.frozen
class Case:
    """One passage or document and what it states."""

    kind: str
    id: str
    text: str
    expected: dict[str, Any]
    document: bool = False


def _assignment_gold(entry: dict[str, Any]) -> dict[str, Any]:
    """A passage's assignment in the gold schema's keys."""
    return {
        "lead_vi": entry.get("lead", []),
        "partners_vi": entry.get("partners", []),
        "timeframe_text": entry.get("timeframe"),
    }


def passages(kind: str | None = None) -> Iterator[Case]:
    for path in sorted((CORPUS / "passages").glob("*.json")):
        if kind is not None and path.stem != kind:
            continue
        for entry in json.loads(path.read_text("utf-8")):
            expected = {
                "targets": entry.get("targets", []),
                "assignments": [_assignment_gold(a) for a in entry.get("assignments", [])],
            }
            # a passage that is about targets only does not score the assignments it reads
            if path.stem != "assignments" and not entry.get("assignments"):
                expected["assignments"] = None
            yield Case(path.stem, entry["id"], entry["text"], expected)


def documents() -> Iterator[Case]:
    for path in sorted((CORPUS / "documents").glob("*.json")):
        text = path.with_suffix(".txt").read_text("utf-8")
        yield Case("documents", path.stem, text, json.loads(path.read_text("utf-8")), True)


def score(case: Case) -> tuple[Score, Score | None]:
    """The case's targets and assignments scored (assignments None when it does not score
    them)."""
    plan = yt.extract_plan(case.text, document=f"{case.id}.txt")
    targets = score_targets(plan, case.expected)
    if case.expected.get("assignments") is None:
        return targets, None
    return targets, score_assignments(plan, case.expected, by_meaning=True)


def passed(case: Case) -> bool:
    targets, assignments = score(case)
    perfect = targets.matched == targets.gold == targets.extracted
    return perfect and (
        assignments is None or assignments.matched == assignments.gold == assignments.extracted
    )


@attrs.frozen
class Tally:
    cases: int = 0
    passed: int = 0
    gold: int = 0
    extracted: int = 0
    matched: int = 0

    def add(self, score: Score, ok: bool) -> Tally:
        return Tally(
            self.cases + 1,
            self.passed + ok,
            self.gold + score.gold,
            self.extracted + score.extracted,
            self.matched + score.matched,
        )

    def line(self, name: str) -> str:
        recall = self.matched / self.gold if self.gold else 1.0
        precision = self.matched / self.extracted if self.extracted else 1.0
        f1 = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
        return (
            f"{name:<18} cases {self.passed:>3}/{self.cases:<3} right; items: recall "
            f"{self.matched}/{self.gold} ({recall:.0%}), precision {self.matched}/"
            f"{self.extracted} ({precision:.0%}), F1 {f1:.2f}"
        )


def tallies(cases: Sequence[Case], *, verbose: bool = False) -> dict[str, Tally]:
    found: dict[str, Tally] = {}
    for case in cases:
        targets, assignments = score(case)
        ok = passed(case)
        items = targets if case.kind != "assignments" or assignments is None else assignments
        found[case.kind] = found.get(case.kind, Tally()).add(items, ok)
        if case.document and assignments is not None:
            key = "documents (tasks)"
            found[key] = found.get(key, Tally()).add(assignments, ok)
        if verbose or not ok:
            _print_misses(case, targets, assignments)
    return found


def _print_misses(case: Case, targets: Score, assignments: Score | None) -> None:
    print(f"- {case.id}: {case.text[:100]!r}")
    for score in (targets, assignments):
        if score is None:
            continue
        for entry in score.missed:
            keys = ("indicator", "year", "comparator", "value", "unit", "relative", "lead_vi")
            print(f"    missed { ({k: entry[k] for k in keys if k in entry}) }")
        for item in score.extra:
            code = getattr(getattr(item, "indicator", None), "code", "")
            print(f"    extra  {item} [{code}]")


def known_misses() -> str:
    """The text of ``known-misses.txt``: every case the reader does not yet read right."""
    lines = [
        "# Corpus cases the reader does not read right yet, by kind (regenerate with",
        "# `python -m tests.corpus --known-misses > tests/corpus/known-misses.txt`).",
        "# tests/test_corpus.py expects them to fail: one that passes must leave the list.",
    ]
    kind = None
    for case in [*passages(), *documents()]:
        if passed(case):
            continue
        if case.kind != kind:
            kind = case.kind
            lines.append(f"\n# {kind}")
        lines.append(case.id)
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] = ()) -> int:
    if "--known-misses" in argv:
        print(known_misses(), end="")
        return 0
    args = [a for a in argv if not a.startswith("-")]
    verbose = "-v" in argv
    cases = [c for c in passages() if not args or c.kind in args]
    if not args or "documents" in args:
        cases += list(documents())
    found = tallies(cases, verbose=verbose)
    print()
    for name in (*KINDS, "documents", "documents (tasks)"):
        if name in found:
            print(found[name].line(name))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
