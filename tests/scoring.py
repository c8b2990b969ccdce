"""Extraction measured against the gold files: precision and recall, with the misses.

Targets are compared on (indicator, year, comparator, value, unit): a gold target is found
when an extracted one starts within ``LINES`` lines of it, has its year, a comparator that
agrees with it, and its value in the gold's unit (or, for a qualitative gold target, is
qualitative too); the indicator must be the catalogue entry the gold's indicator name finds.
A gold unit of "other" (a frequency, say) is the indicator's own unit.
Comparators agree as the gold README says: a plain value (``=``) or "khoảng" (``~``) is read
through the indicator's direction (``>=`` for an increase indicator, ``<=`` for a decrease one).

Assignments are compared on (lead, partners, timeframe): the bodies as written, in order, and
the timeframe's words, from a task that starts within ``LINES`` lines of the gold's.

Run ``python -m tests.scoring`` to print the figures and every miss of each seed document.
"""

from __future__ import annotations

import random
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs

import yte_targets as yt
from tests.gold import GOLD_UNITS, gold_file
from yte_targets.read import parse_timeframe

#: How far (in lines) an extracted item may start from the gold's line.
LINES = 3


@attrs.frozen
class Score:
    """Matched pairs, and what is left over on each side."""

    gold: int
    extracted: int
    matched: int
    missed: tuple[dict[str, Any], ...]
    extra: tuple[object, ...]

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 1.0


def _sense(symbol: str | None, direction: yt.Direction) -> str | None:
    """A comparator as a bound: '=' and '~' read through the direction."""
    if symbol in ("=", "~"):
        if direction is yt.Direction.INCREASE:
            return ">="
        if direction is yt.Direction.DECREASE:
            return "<="
        return "="
    return symbol


def _target_matches(target: yt.Target, entry: dict[str, Any], code: str | None) -> bool:
    if target.year != entry["year"]:
        return False
    if code is not None and target.indicator.code != code:
        return False
    if code is None and "indicator" in entry and target.indicator.catalogued:
        return False  # the corpus's null: an indicator the catalogue does not have
    if entry.get("relative") is not None:
        return _relative_matches(target, entry)
    if entry.get("value") is None:
        return target.qualitative
    # "other" and "ratio" have no unit of their own: the value is in the indicator's unit.
    unit = GOLD_UNITS.get(entry["unit"], str(target.indicator.unit))
    if target.value is None or target.comparator is None or unit is None:
        return False
    try:
        value = yt.magnitude_in(target.value, unit, accept_ratio=True)
    except yt.YteTargetsError:
        return False
    # "hai phần ba" is written 66.67: four significant figures agree
    if abs(value - float(entry["value"])) > 1e-4 * max(1.0, abs(value)):
        return False
    direction = target.indicator.direction
    return _sense(target.comparator.symbol, direction) == _sense(entry["comparator"], direction)


def _relative_matches(target: yt.Target, entry: dict[str, Any]) -> bool:
    """A change against a base: its base year, its change and its kind."""
    relative, expected = target.relative, entry["relative"]
    if relative is None:
        return False
    change = float(expected["change"])
    # a plain change ("giảm 30% so với năm 2021") is bound the way it goes
    way = yt.Direction.DECREASE if change < 0 else yt.Direction.INCREASE
    return (
        relative.base_year == expected.get("base_year")
        and abs(relative.change - change) <= 1e-4 * max(1.0, abs(change))
        and relative.kind.value == expected.get("kind", "percent")
        and _sense(target.comparator.symbol if target.comparator else None, way)
        == _sense(entry.get("comparator"), way)
    )


def gold_code(name: str) -> str | None:
    """The catalogue indicator the gold's indicator name finds (None when it finds none)."""
    found = yt.catalog.matches(name, limit=1, min_score=0.7)
    return found[0].indicator.code if found else None


def _score(
    items: Sequence[Any],
    entries: Sequence[dict[str, Any]],
    matches: Callable[[Any, dict[str, Any]], bool],
) -> Score:
    """Pair each gold entry with the first unpaired item near its line that matches it (an
    entry without a line, a passage's, pairs with an item anywhere)."""
    used: set[int] = set()
    missed = []
    for entry in entries:
        for index, item in enumerate(items):
            line = item.source.line if item.source and item.source.line else 0
            near = "line" not in entry or abs(line - entry["line"]) <= LINES
            if index not in used and near and matches(item, entry):
                used.add(index)
                break
        else:
            missed.append(entry)
    extra = tuple(item for index, item in enumerate(items) if index not in used)
    return Score(len(entries), len(items), len(used), tuple(missed), extra)


def score_targets(plan: yt.Plan, gold: dict[str, Any]) -> Score:
    def matches(target: yt.Target, entry: dict[str, Any]) -> bool:
        code = entry["indicator"] if "indicator" in entry else gold_code(entry["indicator_vi"])
        return _target_matches(target, entry, code)

    return _score(plan.targets, gold["targets"], matches)


def _assignment_matches(
    assignment: yt.Assignment, entry: dict[str, Any], *, by_meaning: bool = False
) -> bool:
    """Bodies as written; the timeframe as written, or (``by_meaning``) one of the same kind
    and years ("trong quý IV/2025" and "quý IV/2025")."""
    same_time = assignment.timeframe.text == entry["timeframe_text"]
    if by_meaning and not same_time and entry["timeframe_text"] is not None:
        try:
            expected = parse_timeframe(entry["timeframe_text"])
        except yt.YteTargetsError:
            expected = None
        same_time = expected is not None and (
            expected.kind,
            expected.start,
            expected.end,
        ) == (assignment.timeframe.kind, assignment.timeframe.start, assignment.timeframe.end)
    return bool(
        [str(a) for a in assignment.lead] == entry["lead_vi"]
        and [str(a) for a in assignment.partners] == entry["partners_vi"]
        and same_time
    )


def score_assignments(plan: yt.Plan, gold: dict[str, Any], *, by_meaning: bool = False) -> Score:
    """The gold's assignments found in ``plan`` (timeframes compared as written, or by meaning
    for the corpus, whose writers cut a timeframe's words in different places)."""
    return _score(
        plan.assignments,
        gold["assignments"],
        lambda item, entry: _assignment_matches(item, entry, by_meaning=by_meaning),
    )


def damage(text: str, rate: float, seed: int = 1) -> str:
    """``text`` as a poor scan gives it: each letter that carries a diacritic turned into a
    space with probability ``rate`` ("kh m bệnh" for "khám bệnh")."""
    rng = random.Random(seed)
    return "".join(
        " "
        if (ch in "đĐ" or len(unicodedata.normalize("NFD", ch)) > 1)
        and ch.isalpha()
        and rng.random() < rate
        else ch
        for ch in text
    )


def extract(shared: Path, stem: str) -> yt.Plan:
    text = (shared / "seeds" / f"{stem}.txt").read_text(encoding="utf-8")
    return yt.extract_plan(text, document=f"{stem}.txt")


def _describe_target(target: yt.Target) -> str:
    line = target.source.line if target.source else None
    return f"line {line}: {target} [{target.indicator.code}]"


def _describe_assignment(assignment: yt.Assignment) -> str:
    line = assignment.source.line if assignment.source else None
    lead = [str(a) for a in assignment.lead]
    partners = [str(a) for a in assignment.partners]
    return f"line {line}: lead={lead} partners={partners} time={assignment.timeframe.text!r}"


def main(argv: Sequence[str] = ()) -> int:
    shared = Path(__file__).resolve().parent.parent.parent / "shared"
    stems = list(argv) or sorted(p.stem for p in (shared / "gold").glob("*.json"))
    for stem in stems:
        gold = gold_file(shared, stem)
        plan = extract(shared, stem)
        for kind, score, describe in (
            ("targets", score_targets(plan, gold), _describe_target),
            ("assignments", score_assignments(plan, gold), _describe_assignment),
        ):
            print(
                f"{stem} {kind}: recall {score.matched}/{score.gold} ({score.recall:.1%}), "
                f"precision {score.matched}/{score.extracted} ({score.precision:.1%})"
            )
            for entry in score.missed:
                if kind == "targets":
                    what = (
                        f"{entry['indicator_vi']} {entry['comparator']} {entry['value']} "
                        f"{entry['unit']} ({entry['year']})"
                    )
                else:
                    what = (
                        f"lead={entry['lead_vi']} partners={entry['partners_vi']} "
                        f"time={entry['timeframe_text']!r}"
                    )
                print(f"  missed line {entry['line']}: {what}")
            for item in score.extra:
                print(f"  extra {describe(item)}")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
