"""People-facing output: text, HTML, JSON/CSV and plots, as functions of plans and reports.

>>> import yte_targets as yt
>>> plan = yt.load_plan("examples/plans/hung-yen.yaml")
>>> report = plan.evaluate(yt.load_actuals("examples/actuals/hung-yen.csv"))
>>> print(yt.render.render(report, "text", "en", plan=plan).splitlines()[0])
Kế hoạch thực hiện Nghị quyết số 20-NQ/TW ...
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from ..core import labels
from ..errors import InvalidValueError
from ..evaluate.report import records
from .data import to_csv, to_json
from .html import to_html
from .text import summary_line, to_text

if TYPE_CHECKING:
    from ..core.plan import Plan
    from ..evaluate.report import Report

__all__ = [
    "FORMATS",
    "records",
    "render",
    "summary_line",
    "to_csv",
    "to_html",
    "to_json",
    "to_text",
]

#: The formats :func:`render` writes.
FORMATS: Final = ("text", "csv", "json", "html")


def render(
    report: Report, format: str = "text", lang: str = "vi", *, plan: Plan | None = None
) -> str:
    """The report in ``format`` (text, csv, json, html), titled with ``plan``'s title."""
    labels.check_lang(lang)
    title = None
    if plan is not None:
        title = plan.title if not plan.number else f"{plan.title} ({plan.number})"
        if report.year is not None:
            title += f", {labels.word('as_of', lang)} {report.year}"
    if format == "text":
        return to_text(report, lang, title=title)
    if format == "csv":
        return to_csv(report)
    if format == "json":
        return to_json(report, plan=plan)
    if format == "html":
        return to_html(report, lang, title=title)
    raise InvalidValueError(f"format must be one of {', '.join(FORMATS)}, got {format!r}")
