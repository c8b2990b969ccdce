"""Plots with Vietnamese labels (extra ``[plot]``: matplotlib).

``report.plot()`` draws one panel per indicator: the baseline, the actual
values over time, the target, and the path from baseline to target, coloured
by status. ``plan.plot_compare(parent)`` sets a plan's targets beside its
parent's. Text is normalised to NFC and drawn in DejaVu Sans, which ships with
matplotlib and has every Vietnamese letter and the per-mille sign; the tests
check that no glyph is missing.

>>> import yte_targets as yt
>>> plan = yt.load_plan("examples/plans/hung-yen.yaml")
>>> report = plan.evaluate(yt.load_actuals("examples/actuals/hung-yen.csv"))
>>> figure = report.plot(codes=["imr", "health_insurance_coverage"])
>>> len(figure.axes)
2
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Final

from ..core import labels
from ..core.numbers import format_number
from ..core.plan import Plan
from ..core.units import unit_label
from ..errors import InvalidValueError
from ..evaluate.report import Report, ReportRow
from ..evaluate.status import Status
from ..optional import require
from .text import COLOURS, display_unit, indicator_name, target_text

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["FONT", "plot_compare", "plot_report"]

#: The font the plots use: it ships with matplotlib and covers Vietnamese.
FONT: Final = "DejaVu Sans"


def _pyplot() -> Any:
    require("matplotlib", "plot").use("Agg", force=False)
    return require("matplotlib.figure", "plot").Figure


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _wrap(text: str, width: int = 38) -> str:
    words, lines, line = _nfc(text).split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines[:3])


def plot_report(
    report: Report, *, codes: Sequence[str] | None = None, columns: int = 2, lang: str = "vi"
) -> Figure:
    """One panel per indicator of ``report`` (those in ``codes`` if given) with a value."""
    figure_class = _pyplot()
    groups: dict[tuple[str, str | None], list[ReportRow]] = {}
    for row in report.rows:
        target = row.target
        if target.value_in_unit is None:
            continue
        if codes is not None and target.indicator.code not in codes:
            continue
        groups.setdefault((target.indicator.code, target.subgroup), []).append(row)
    if not groups:
        raise InvalidValueError("nothing to plot: no quantitative target in the selection")
    n = len(groups)
    columns = max(1, min(columns, n))
    rows_count = (n + columns - 1) // columns
    figure: Figure = figure_class(figsize=(5.2 * columns, 3.6 * rows_count), layout="constrained")
    axes = figure.subplots(rows_count, columns, squeeze=False)
    for ax, rows in zip(axes.flat, groups.values(), strict=False):
        _panel(ax, rows, lang)
    for ax in list(axes.flat)[n:]:
        figure.delaxes(ax)
    return figure


def _panel(ax: Any, rows: list[ReportRow], lang: str) -> None:
    target = rows[0].target
    indicator = target.indicator
    name = indicator_name(target, lang)
    unit, factor = display_unit(target)
    series = rows[-1].series.observations if rows[-1].series is not None else ()
    points = [(o.year, o.value_for(indicator)) for o in series]
    points = [(y, v / factor) for y, v in points if v is not None]
    if points:
        ax.plot(
            [p[0] for p in points],
            [p[1] for p in points],
            marker="o",
            color="#333333",
            linewidth=1.5,
            label=labels.word("actual", lang),
        )
    for row in rows:
        result = row.result
        value = result.reference if result.reference is not None else row.target.value_in_unit
        if value is None or row.target.year is None:
            continue
        colour = COLOURS[row.status]
        ax.scatter(
            [row.target.year],
            [value / factor],
            marker="*",
            s=180,
            color=colour,
            zorder=3,
            label=_nfc(f"{target_text(row.target, lang)}: {row.status.label(lang)}"),
        )
        if result.baseline is not None and result.baseline_year is not None:
            ax.plot(
                [result.baseline_year, row.target.year],
                [result.baseline / factor, value / factor],
                linestyle="--",
                color=colour,
                linewidth=1,
            )
            ax.scatter(
                [result.baseline_year],
                [result.baseline / factor],
                marker="s",
                color=colour,
                s=30,
                zorder=3,
            )
    label = unit_label(unit, lang)
    ax.set_title(_wrap(name), fontsize=10, fontfamily=FONT)
    ax.set_ylabel(_nfc(label), fontfamily=FONT)
    ax.yaxis.set_major_formatter(
        (lambda x, _: format_number(round(x, 2))) if lang == "vi" else (lambda x, _: f"{x:g}")
    )
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=7, prop={"family": FONT, "size": 7}, loc="best")


def plot_compare(plan: Plan, parent: Plan | Iterable[Plan], *, lang: str = "vi") -> Figure:
    """For each indicator and year both plans target: the ratio of the two values, the
    bar coloured by whether this plan's target is at least as ambitious; with several
    parent plans (20-NQ/TW and 72-NQ/TW), one bar for each, named by its document."""
    figure_class = _pyplot()
    several = not isinstance(parent, Plan)
    parents: list[Plan] = [parent] if isinstance(parent, Plan) else list(parent)
    comparisons = [
        c
        for c in plan.compare_with(parents)
        if c.child.value_in_unit is not None and c.parent.value_in_unit is not None
    ]
    if not comparisons:
        raise InvalidValueError("nothing to compare: no indicator and year in both plans")
    figure: Figure = figure_class(figsize=(9, 0.42 * len(comparisons) + 1.6), layout="constrained")
    ax = figure.subplots()
    names, ratios, colours = [], [], []
    for c in comparisons:
        parent_value = c.parent.value_in_unit
        child_value = c.child.value_in_unit
        assert parent_value is not None
        assert child_value is not None
        indicator = c.indicator
        name = indicator.name_en if lang == "en" and indicator.name_en else indicator.name_vi
        short = _wrap(name, 44).splitlines()[0]
        if c.subgroup:
            short += f" ({c.subgroup})"
        where = f"{c.year}, {c.parent_document}" if several else str(c.year)
        names.append(_nfc(f"{short} ({where})"))
        ratios.append(child_value / parent_value if parent_value else 1.0)
        good = c.at_least_as_ambitious
        colours.append(
            COLOURS[Status.ACHIEVED]
            if good
            else COLOURS[Status.NO_DATA]
            if good is None
            else COLOURS[Status.REGRESSING]
        )
    positions = list(range(len(names)))
    ax.barh(positions, ratios, color=colours)
    ax.axvline(1.0, color="#111111", linewidth=1)
    ax.set_yticks(positions, names, fontsize=8, fontfamily=FONT)
    ax.invert_yaxis()
    child = plan.jurisdiction or plan.title
    mother = (
        " + ".join(p.number or p.title for p in parents)
        if several
        else parents[0].jurisdiction or parents[0].title
    )
    axis = labels.word("compare_axis", lang).format(child=child, parent=mother)
    ax.set_xlabel(_nfc(axis), fontfamily=FONT)
    return figure
