"""pandas tables of plans and reports, with typed columns (extra ``[pandas]``).

>>> import yte_targets as yt
>>> plan = yt.load_plan("examples/plans/kien-giang.yaml")
>>> frame = plan.to_frame()
>>> frame.dtypes[["indicator", "year", "value"]]
indicator     category
year             Int64
value          float64
dtype: object
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..optional import require

if TYPE_CHECKING:
    import pandas as pd

    from ..core.plan import Plan
    from ..core.target import Target
    from ..evaluate.ambition import Comparison
    from ..evaluate.report import Report

__all__ = ["comparison_frame", "plan_frame", "report_frame"]


def plan_frame(plan: Plan) -> pd.DataFrame:
    """One row per target: indicator code and name, subgroup, year, comparator, value and
    baseline in the indicator's unit, qualifier, statement and source line."""
    require("pandas", "pandas")
    import pandas as pd

    rows = [
        {
            "indicator": target.indicator.code,
            "name_vi": target.indicator.name_vi,
            "subgroup": target.subgroup,
            "year": target.year,
            "comparator": target.comparator.symbol if target.comparator else None,
            "value": target.value_in_unit,
            "unit": str(target.indicator.unit),
            "baseline": target.baseline_in_unit,
            "baseline_year": target.baseline.year if target.baseline else None,
            "direction": target.indicator.direction.value,
            "qualifier": target.qualifier,
            "statement": target.statement,
            "line": target.source.line if target.source else None,
        }
        for target in plan.targets
    ]
    frame = pd.DataFrame(rows)
    return _typed(frame, pd)


def report_frame(report: Report) -> pd.DataFrame:
    """One row per target of a report: the records of
    :func:`yte_targets.evaluate.report.records`."""
    require("pandas", "pandas")
    import pandas as pd

    from ..evaluate.report import records
    from ..evaluate.status import Status

    frame = pd.DataFrame(records(report))
    frame = _typed(frame, pd)
    if "met" in frame:
        frame["met"] = frame["met"].astype("boolean")
    if "status" in frame:
        frame["status"] = pd.Categorical(frame["status"], categories=[s.value for s in Status])
    return frame


def comparison_frame(comparisons: Iterable[Comparison]) -> pd.DataFrame:
    """One row per comparison (``plan.compare_with(...)``, ``disagreements(...)``): indicator,
    year, subgroup, the parent document, both comparators and values in the parent
    indicator's unit, the margin, ``standing`` (above, equal, below) and why a pair was not
    compared."""
    require("pandas", "pandas")
    import pandas as pd

    from ..core.units import magnitude_in

    def value(target: Target, unit: Any) -> float | None:
        if target.value is None:
            return None
        return magnitude_in(target.value, unit, accept_ratio=True)

    rows = [
        {
            "indicator": c.indicator.code,
            "year": c.year,
            "subgroup": c.subgroup,
            "parent_document": c.parent_document,
            "comparator": c.child.comparator.symbol if c.child.comparator else None,
            "value": value(c.child, c.indicator.unit),
            "parent_comparator": c.parent.comparator.symbol if c.parent.comparator else None,
            "parent_value": value(c.parent, c.indicator.unit),
            "unit": str(c.indicator.unit),
            "margin": c.margin,
            "standing": c.standing,
            "at_least_as_ambitious": c.at_least_as_ambitious,
            "reason": c.reason,
        }
        for c in comparisons
    ]
    frame = pd.DataFrame(rows, columns=_COMPARISON_COLUMNS)
    frame["year"] = frame["year"].astype("Int64")
    frame["value"] = frame["value"].astype("float64")
    frame["parent_value"] = frame["parent_value"].astype("float64")
    frame["margin"] = frame["margin"].astype("float64")
    frame["standing"] = pd.Categorical(frame["standing"], categories=["above", "equal", "below"])
    frame["at_least_as_ambitious"] = frame["at_least_as_ambitious"].astype("boolean")
    return frame


_COMPARISON_COLUMNS = (
    "indicator",
    "year",
    "subgroup",
    "parent_document",
    "comparator",
    "value",
    "parent_comparator",
    "parent_value",
    "unit",
    "margin",
    "standing",
    "at_least_as_ambitious",
    "reason",
)


def _typed(frame: pd.DataFrame, pd: object) -> pd.DataFrame:
    import pandas

    for column in ("year", "baseline_year", "actual_year", "line"):
        if column in frame:
            frame[column] = frame[column].astype("Int64")
    for column in ("value", "baseline", "target", "actual", "gap", "progress", "expected", "score"):
        if column in frame:
            frame[column] = frame[column].astype("float64")
    for column in ("indicator", "comparator", "direction", "unit", "method_status"):
        if column in frame:
            frame[column] = frame[column].astype("category")
    for column in ("name_vi", "subgroup", "qualifier", "statement"):
        if column in frame:
            frame[column] = frame[column].astype(pandas.StringDtype())
    return frame
