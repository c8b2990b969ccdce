"""yte_targets: targets of Vietnamese public-health plans as typed, checkable objects.

>>> import yte_targets as yt
>>> yt.format_quantity(yt.convert(yt.Q_(12.5, "per_1000_live_births"), "per_100000_live_births"))
'1.250/100.000 trẻ đẻ sống'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from . import catalog
from .attainment import (
    ON_TRACK_THRESHOLD,
    Path,
    Report,
    ReportRow,
    Result,
    SeriesResult,
    Status,
    evaluate,
    evaluate_series,
    expected_progress,
    is_met,
    progress_ratio,
)
from .errors import (
    IndicatorMismatchError,
    InvalidValueError,
    MissingDependencyError,
    ParseError,
    PlanFileError,
    UnitError,
    UnitMismatchError,
    UnknownIndicatorError,
    UnknownUnitError,
    YteTargetsError,
)
from .indicator import Band, Category, Direction, Indicator
from .plan import (
    Agency,
    Assignment,
    DocumentRef,
    MonthDay,
    Plan,
    ReportingDeadline,
    ReportingDuty,
    Timeframe,
    TimeframeKind,
)
from .target import (
    DEFAULT_APPROX_TOLERANCE,
    Baseline,
    ChangeKind,
    Comparator,
    Observation,
    Relative,
    Source,
    Target,
)
from .units import Q_, Quantity, Unit, convert, magnitude_in, parse_unit, to_unit, unit_label, ureg
from .vi import format_number, format_quantity, parse_number, parse_quantity

__version__ = "0.1.0.dev0"

# File formats pull in cattrs and PyYAML (about 100 ms of imports): they load on first use.
_LAZY = {
    "dump_plan": ".io",
    "dumps_plan": ".io",
    "load_plan": ".io",
    "loads_plan": ".io",
    "plan_schema": ".schema",
    "load_actuals": ".actuals",
    "read_actuals": ".actuals",
    "Comparison": ".ambition",
    "datasets": ".datasets",
    "evaluate_frame": ".frame",
    "report": ".report",
    "parse_target_value": ".parse",
    "parse_target": ".parse",
    "parse": ".parse",
    "extract_plan": ".parse",
    "read_plan_document": ".parse",
    "Scenario": ".scenario",
    "Assumption": ".scenario",
    "Growth": ".scenario",
}

if TYPE_CHECKING:
    from . import datasets as datasets
    from . import parse as parse
    from . import report as report
    from .actuals import load_actuals, read_actuals
    from .ambition import Comparison
    from .frame import evaluate_frame
    from .io import dump_plan, dumps_plan, load_plan, loads_plan
    from .parse import extract_plan, parse_target, parse_target_value, read_plan_document
    from .scenario import Assumption, Growth, Scenario
    from .schema import plan_schema


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    imported = importlib.import_module(module, __name__)
    value = imported if module == f".{name}" else getattr(imported, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "DEFAULT_APPROX_TOLERANCE",
    "ON_TRACK_THRESHOLD",
    "Q_",
    "Agency",
    "Assignment",
    "Assumption",
    "Band",
    "Baseline",
    "Category",
    "ChangeKind",
    "Comparator",
    "Comparison",
    "Direction",
    "DocumentRef",
    "Growth",
    "Indicator",
    "IndicatorMismatchError",
    "InvalidValueError",
    "MissingDependencyError",
    "MonthDay",
    "Observation",
    "ParseError",
    "Path",
    "Plan",
    "PlanFileError",
    "Quantity",
    "Relative",
    "Report",
    "ReportRow",
    "ReportingDeadline",
    "ReportingDuty",
    "Result",
    "Scenario",
    "SeriesResult",
    "Source",
    "Status",
    "Target",
    "Timeframe",
    "TimeframeKind",
    "Unit",
    "UnitError",
    "UnitMismatchError",
    "UnknownIndicatorError",
    "UnknownUnitError",
    "YteTargetsError",
    "__version__",
    "catalog",
    "convert",
    "datasets",
    "dump_plan",
    "dumps_plan",
    "evaluate",
    "evaluate_frame",
    "evaluate_series",
    "expected_progress",
    "extract_plan",
    "format_number",
    "format_quantity",
    "is_met",
    "load_actuals",
    "load_plan",
    "loads_plan",
    "magnitude_in",
    "parse",
    "parse_number",
    "parse_quantity",
    "parse_target",
    "parse_target_value",
    "parse_unit",
    "plan_schema",
    "progress_ratio",
    "read_actuals",
    "read_plan_document",
    "report",
    "to_unit",
    "unit_label",
    "ureg",
]
