"""Progress reports as data for other programs: JSON and CSV (plain decimal numbers).

>>> import json, yte_targets as yt
>>> plan = yt.load_plan("examples/plans/hung-yen.yaml")
>>> report = plan.evaluate(yt.load_actuals("examples/actuals/hung-yen.csv"))
>>> data = json.loads(to_json(report, plan=plan))
>>> data["plan"]["title"][:8], len(data["rows"]), data["summary"]["achieved"]
('Kế hoạch', 31, 5)
"""

from __future__ import annotations

import csv
import io
import json
from typing import TYPE_CHECKING, Any

from ..evaluate.report import Report, records

if TYPE_CHECKING:
    from ..core.plan import Plan

__all__ = ["to_csv", "to_json"]


def to_json(report: Report, *, plan: Plan | None = None) -> str:
    """``{"plan": ..., "year": ..., "rows": [...], "summary": {status: count}}``."""
    data: dict[str, Any] = {}
    if plan is not None:
        data["plan"] = {
            "title": plan.title,
            "number": plan.number,
            "jurisdiction": plan.jurisdiction,
        }
    data["year"] = report.year
    data["rows"] = records(report)
    data["summary"] = {s.value: n for s, n in report.counts.items()}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def to_csv(report: Report) -> str:
    """The records as CSV (plain decimal numbers, for other programs)."""
    rows = records(report)
    buffer = io.StringIO()
    fields = list(rows[0]) if rows else ["indicator", "status"]
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()
