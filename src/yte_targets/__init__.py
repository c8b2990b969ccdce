"""yte_targets: targets of Vietnamese public-health plans as typed, checkable objects.

>>> import yte_targets as yt
>>> yt.format_quantity(yt.convert(yt.Q_(12.5, "per_1000_live_births"), "per_100000_live_births"))
'1.250/100.000 trẻ đẻ sống'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from . import catalog
from .core import delegates
from .core.indicator import Band, Category, Direction, Indicator
from .core.numbers import format_number, parse_number
from .core.plan import (
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
from .core.quantities import format_quantity, parse_quantity
from .core.target import (
    DEFAULT_APPROX_TOLERANCE,
    Baseline,
    ChangeKind,
    Comparator,
    Observation,
    Relative,
    Source,
    Target,
)
from .core.units import (
    Q_,
    Quantity,
    Unit,
    convert,
    magnitude_in,
    parse_unit,
    to_unit,
    unit_label,
    ureg,
)
from .errors import (
    IndicatorMismatchError,
    InvalidValueError,
    MissingDependencyError,
    NoTextLayerError,
    ParseError,
    PlanFileError,
    UnitError,
    UnitMismatchError,
    UnknownDocumentError,
    UnknownIndicatorError,
    UnknownUnitError,
    YteTargetsError,
)
from .evaluate.status import Path, Status

__version__ = "0.1.0.dev0"

# The conveniences of the domain types (Target.evaluate, Plan.to_frame, Report.to_html, ...)
# reach the outer layers through these delegates: core imports nothing above itself, and
# each outer module is imported on first use only.
delegates.register(
    {
        "target.evaluate": "yte_targets.evaluate.attainment:evaluate",
        "target.evaluate_series": "yte_targets.evaluate.attainment:evaluate_series",
        "target.to_html": "yte_targets.render.html:target_html",
        "plan.evaluate": "yte_targets.evaluate.report:evaluate_plan",
        "plan.compare_with": "yte_targets.evaluate.ambition:compare_plans",
        "plan.evaluate_frame": "yte_targets.frame.evaluate:evaluate_plan_frame",
        "plan.to_frame": "yte_targets.frame.tables:plan_frame",
        "plan.to_html": "yte_targets.render.html:plan_html",
        "plan.plot_compare": "yte_targets.render.plot:plot_compare",
        "plan.to_dict": "yte_targets.io.convert:plan_to_dict",
        "plan.from_dict": "yte_targets.io.convert:plan_from_dict",
        "plan.dump": "yte_targets.io.convert:dump_plan",
        "report.to_text": "yte_targets.render.text:to_text",
        "report.to_html": "yte_targets.render.html:to_html",
        "report.to_json": "yte_targets.render.data:to_json",
        "report.to_csv": "yte_targets.render.data:to_csv",
        "report.to_frame": "yte_targets.frame.tables:report_frame",
        "report.plot": "yte_targets.render.plot:plot_report",
    }
)


def evaluate(
    target: Target,
    observation: Observation | None,
    *,
    base: Observation | None = None,
    path: Path | str = Path.LINEAR,
) -> Result:
    """Evaluate ``observation`` against ``target``: met, gap, progress and status (see
    :func:`yte_targets.evaluate.attainment.evaluate`; the rules load on first use)."""
    from .evaluate.attainment import evaluate as evaluate_one

    return evaluate_one(target, observation, base=base, path=path)


# File formats pull in cattrs and PyYAML, frames pandas, the reader its language data:
# they load on first use.
_LAZY = {
    "ON_TRACK_THRESHOLD": ".evaluate.rules",
    "Result": ".evaluate.attainment",
    "SeriesResult": ".evaluate.attainment",
    "evaluate_series": ".evaluate.attainment",
    "expected_progress": ".evaluate.attainment",
    "is_met": ".evaluate.attainment",
    "progress_ratio": ".evaluate.attainment",
    "Report": ".evaluate.report",
    "ReportRow": ".evaluate.report",
    "dump_plan": ".io.convert",
    "dumps_plan": ".io.convert",
    "load_plan": ".io.convert",
    "loads_plan": ".io.convert",
    "plan_schema": ".io.schema",
    "load_actuals": ".io.actuals",
    "read_actuals": ".io.actuals",
    "datasets": ".io.datasets",
    "io": ".io",
    "Comparison": ".evaluate.ambition",
    "evaluate_frame": ".frame.evaluate",
    "frame": ".frame",
    "Scenario": ".frame.scenario",
    "Assumption": ".frame.scenario",
    "Growth": ".frame.scenario",
    "render": ".render",
    "report": ".render",
    "read": ".read",
    "parse": ".read",
    "parse_target_value": ".read",
    "parse_target": ".read",
    "extract_plan": ".read",
    "read_plan_document": ".read",
    "read_document": ".documents",
    "DocumentText": ".documents",
    "Line": ".documents",
    "normalise_text": ".documents",
}

if TYPE_CHECKING:
    from . import frame as frame
    from . import io as io
    from . import read as read
    from . import render as render
    from .documents import DocumentText, Line, normalise_text, read_document
    from .evaluate.ambition import Comparison
    from .evaluate.attainment import (
        Result,
        SeriesResult,
        evaluate_series,
        expected_progress,
        is_met,
        progress_ratio,
    )
    from .evaluate.report import Report, ReportRow
    from .evaluate.rules import ON_TRACK_THRESHOLD
    from .frame.evaluate import evaluate_frame
    from .frame.scenario import Assumption, Growth, Scenario
    from .io import datasets as datasets
    from .io.actuals import load_actuals, read_actuals
    from .io.convert import dump_plan, dumps_plan, load_plan, loads_plan
    from .io.schema import plan_schema
    from .read import extract_plan, parse_target, parse_target_value, read_plan_document

    parse = read
    report = render


# Names of modules under another name: ``yt.parse`` is the reader, ``yt.report`` the renderer.
_ALIASES = frozenset({"parse", "report", "io", "frame", "render", "read", "datasets"})


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    imported = importlib.import_module(module, __name__)
    value = (
        imported
        if module.rsplit(".", 1)[-1] == name or name in _ALIASES
        else getattr(imported, name)
    )
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
    "DocumentText",
    "Growth",
    "Indicator",
    "IndicatorMismatchError",
    "InvalidValueError",
    "Line",
    "MissingDependencyError",
    "MonthDay",
    "NoTextLayerError",
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
    "UnknownDocumentError",
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
    "frame",
    "io",
    "is_met",
    "load_actuals",
    "load_plan",
    "loads_plan",
    "magnitude_in",
    "normalise_text",
    "parse",
    "parse_number",
    "parse_quantity",
    "parse_target",
    "parse_target_value",
    "parse_unit",
    "plan_schema",
    "progress_ratio",
    "read",
    "read_actuals",
    "read_document",
    "read_plan_document",
    "render",
    "report",
    "to_unit",
    "unit_label",
    "ureg",
]
