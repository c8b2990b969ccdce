"""A plan's evaluation: one row per target, with counts by status.

>>> import yte_targets as yt
>>> plan = yt.load_plan("examples/plans/hung-yen.yaml")
>>> report = plan.evaluate(yt.load_actuals("examples/actuals/hung-yen.csv"))
>>> len(report), report.counts[yt.Status.ACHIEVED] > 0
(31, True)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, cast

import attrs

from ..core import delegates
from ..core.target import Observation, Target
from ..core.validators import text_key
from .attainment import Result, SeriesResult, evaluate_series
from .status import Path, Status, to_path

if TYPE_CHECKING:
    import pandas as pd

    from ..core.plan import Plan

__all__ = ["Report", "ReportRow", "evaluate_plan", "evaluate_targets", "records", "subgroup_key"]


@attrs.frozen(kw_only=True)
class ReportRow:
    """One target of a plan with its latest observation and its evaluation."""

    target: Target
    result: Result
    series: SeriesResult | None = None

    @property
    def observation(self) -> Observation | None:
        return self.result.observation

    @property
    def status(self) -> Status:
        """The verdict of the report's method (the series', which judges the latest
        observation, on the library's scale)."""
        return self.series.status if self.series is not None else self.result.status

    @property
    def method_status(self) -> str:
        """The method's own category (``"moderate_progress"`` for Open SDG)."""
        if self.series is not None and self.series.method_status:
            return self.series.method_status
        return self.status.value

    @property
    def score(self) -> float | None:
        """The method's number (Open SDG's ratio, ESCAP's, or the progress)."""
        return self.series.score if self.series is not None else self.result.progress


@attrs.frozen(kw_only=True)
class Report:
    """The evaluation of every target of a plan, with counts by status; ``method`` is the
    progress method the rows were judged by, ``title`` the plan's (title and number)."""

    rows: tuple[ReportRow, ...]
    year: int | None = None
    method: str = "linear"
    title: str | None = None

    @property
    def counts(self) -> dict[Status, int]:
        """How many targets have each status (every status present, zeros included)."""
        counts = dict.fromkeys(Status, 0)
        for row in self.rows:
            counts[row.status] += 1
        return counts

    def __len__(self) -> int:
        return len(self.rows)

    def by_status(self, status: Status | str) -> tuple[ReportRow, ...]:
        wanted = status if isinstance(status, Status) else Status(status)
        return tuple(row for row in self.rows if row.status is wanted)

    # ---- people-facing output (render/ and frame/ through core.delegates) -------------------

    def to_text(self, lang: str = "vi") -> str:
        """A plain-text table and the summary line (see :mod:`yte_targets.render.text`)."""
        return cast(str, delegates.call("report.to_text", self, lang))

    def to_html(self, lang: str = "vi", *, title: str | None = None) -> str:
        """A self-contained HTML page of the report (see :mod:`yte_targets.render.html`)."""
        return cast(str, delegates.call("report.to_html", self, lang, title=title))

    def to_json(self) -> str:
        return cast(str, delegates.call("report.to_json", self))

    def to_csv(self) -> str:
        return cast(str, delegates.call("report.to_csv", self))

    def _repr_html_(self) -> str:
        return cast(str, delegates.call("report.to_html", self, fragment=True))

    def to_frame(self) -> pd.DataFrame:
        """The report as a pandas DataFrame with typed columns (needs the ``pandas`` extra)."""
        return cast("pd.DataFrame", delegates.call("report.to_frame", self))

    def plot(self, **kwargs: Any) -> Any:
        """Per indicator: baseline, actuals, target and the path to it (``plot`` extra);
        returns the matplotlib Figure. See :func:`yte_targets.render.plot.plot_report`."""
        return delegates.call("report.plot", self, **kwargs)


def evaluate_targets(
    targets: Sequence[Target],
    observations: Iterable[Observation],
    year: int | None = None,
    *,
    path: Path | str | None = None,
    method: str | None = None,
    **options: Any,
) -> Report:
    """Evaluate each target against the observations of its indicator (and subgroup).

    With ``year``, only observations up to that year count: the report is the
    one that could have been written then. ``method``, ``path`` and ``options``
    (``limit``, ``thresholds``, ``base_year``) are those of
    :func:`~yte_targets.evaluate.attainment.evaluate_series`.
    """
    by_key: dict[tuple[str, str | None], list[Observation]] = {}
    for observation in observations:
        if year is not None and observation.year > year:
            continue
        key = (observation.indicator.code, subgroup_key(observation.subgroup))
        by_key.setdefault(key, []).append(observation)
    rows = []
    for target in targets:
        series = by_key.get((target.indicator.code, subgroup_key(target.subgroup)), [])
        evaluated = evaluate_series(target, series, method=method, path=path, **options)
        rows.append(ReportRow(target=target, result=evaluated.result, series=evaluated))
    name = method if method is not None else (to_path(path).value if path is not None else "linear")
    return Report(rows=tuple(rows), year=year, method=name)


def evaluate_plan(
    plan: Plan,
    observations: Iterable[Observation],
    year: int | None = None,
    *,
    path: Path | str | None = None,
    method: str | None = None,
    **options: Any,
) -> Report:
    """:meth:`Plan.evaluate <yte_targets.Plan.evaluate>`: every target of ``plan``."""
    report = evaluate_targets(plan.targets, observations, year, path=path, method=method, **options)
    title = plan.title if not plan.number else f"{plan.title} ({plan.number})"
    return attrs.evolve(report, title=title)


def subgroup_key(subgroup: str | None) -> str | None:
    """The key observations and targets of a subgroup are matched by (None: everyone)."""
    return None if subgroup is None else text_key(subgroup)


def _round(value: float | None, digits: int = 6) -> float | None:
    """A float for JSON and CSV: rounded to ``digits`` decimals (no 0.009999999999999787)."""
    if value is None:
        return None
    return round(value, digits) + 0.0  # + 0.0 turns -0.0 into 0.0


def records(report: Report) -> list[dict[str, Any]]:
    """One plain record per row: codes, symbols and numbers (in the indicator's unit)."""
    out = []
    for row in report.rows:
        target, result = row.target, row.result
        observation = result.observation
        out.append(
            {
                "indicator": target.indicator.code,
                "name_vi": target.indicator.name_vi,
                "subgroup": target.subgroup,
                "year": target.year,
                "comparator": target.comparator.symbol if target.comparator else None,
                "target": _round(
                    result.reference if result.reference is not None else target.value_in_unit
                ),
                "unit": str(target.indicator.unit),
                "baseline": _round(result.baseline),
                "baseline_year": result.baseline_year,
                "actual": _round(result.actual) if observation is not None else None,
                "actual_year": observation.year if observation is not None else None,
                "gap": _round(result.gap_in_unit),
                "progress": _round(result.progress),
                "expected": _round(result.expected),
                "met": result.met,
                "status": row.status.value,
                "method_status": row.method_status,
                "score": _round(row.score),
            }
        )
    return out
