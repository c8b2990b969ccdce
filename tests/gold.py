"""The gold files' vocabulary, translated once for every test that reads them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

#: The gold's unit names and the registry's ("other" and "ratio" have no unit of their own).
GOLD_UNITS: dict[str, str] = {
    "percent": "percent",
    "per_mille": "permille",
    "per_1000_live_births": "per_1000_live_births",
    "per_100000_live_births": "per_100000_live_births",
    "per_10000_population": "per_10000_people",
    "per_100000_population": "per_100000_people",
    "year": "year",
    "cm": "centimeter",
    "children_per_woman": "children_per_woman",
    "boys_per_100_girls": "boys_per_100_girls",
    "points": "point",
    "count": "case",
}
#: The gold's "maintain" (fertility at replacement) is a band here.
GOLD_DIRECTIONS: dict[str, str] = {"maintain": "band"}


def gold_file(shared: Path, stem: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((shared / "gold" / f"{stem}.json").read_text("utf-8"))
    return data


def gold_targets(shared: Path) -> list[dict[str, Any]]:
    targets: list[dict[str, Any]] = []
    for path in sorted((shared / "gold").glob("*.json")):
        targets += json.loads(path.read_text(encoding="utf-8"))["targets"]
    return targets
