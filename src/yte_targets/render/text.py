"""Progress reports as plain text, in Vietnamese or English.

>>> import yte_targets as yt
>>> plan = yt.load_plan("examples/plans/hung-yen.yaml")
>>> report = plan.evaluate(yt.load_actuals("examples/actuals/hung-yen.csv"))
>>> from yte_targets.render.text import summary_line
>>> print(summary_line(report))
31 chỉ tiêu: Đạt 5 · Đúng tiến độ 4 · Chậm tiến độ 4 · Đi lùi 2 · Không đạt 0 · Chưa đủ dữ liệu 16
>>> print(summary_line(report, "en"))
31 targets: Achieved 5 · On track 4 · Off track 4 · Regressing 2 · Missed 0 · Insufficient data 16
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any, Final

from ..core import labels
from ..core.numbers import format_number
from ..core.quantities import format_quantity
from ..core.target import Target
from ..core.units import Quantity, magnitude_in, unit_label, ureg
from ..evaluate.report import Report, ReportRow
from ..evaluate.status import Status

if TYPE_CHECKING:
    from ..evaluate.ambition import Comparison

__all__ = [
    "COLOURS",
    "COLUMNS",
    "cells",
    "comparisons_text",
    "display_unit",
    "summary_line",
    "to_text",
]

#: The columns of a report, in order; their headings are labels of the same keys.
COLUMNS: Final = ("indicator", "target", "baseline", "actual", "gap", "progress", "status")

#: Status colours (text on a light background): green, teal, amber, red, dark red, grey.
COLOURS: Final = {
    Status.ACHIEVED: "#1a7f37",
    Status.ON_TRACK: "#0b7285",
    Status.OFF_TRACK: "#b35900",
    Status.REGRESSING: "#c92a2a",
    Status.MISSED: "#7d1a1a",
    Status.NO_DATA: "#6b7280",
}


def number_text(value: float, lang: str, decimals: int | None = None) -> str:
    """A number as the language writes it (``74,5`` or ``74.5``), half away from zero."""
    if lang == "vi":
        return format_number(value, decimals, rounding=ROUND_HALF_UP)
    return f"{value:,.{decimals}f}" if decimals is not None else f"{value:,}"


def _short(magnitude: float) -> Decimal:
    """At most two decimals, and no trailing zeros: 2.2000000000000028 reads 2,2."""
    return Decimal(float.__repr__(round(float(magnitude), 2))).normalize() + Decimal(0)


def quantity_text(quantity: Quantity, lang: str, *, signed: bool = False) -> str:
    """A quantity with its unit label in ``lang``, to two decimals at most."""
    magnitude = _short(float(quantity.magnitude))
    if lang == "en":
        label = unit_label(quantity.units, "en")
        number = f"{magnitude:,f}".rstrip("0").rstrip(".") if magnitude % 1 else f"{magnitude:,}"
        text = number + label if not label or label[0] in "/%‰" else f"{number} {label}"
    else:
        text = format_quantity(ureg.Quantity(magnitude, quantity.units))
    if signed and magnitude > 0:
        text = "+" + text
    return text


def target_text(target: Target, lang: str) -> str:
    """The target without its indicator: ``dưới 10‰ (2030)``, ``at least 95% (2025)``."""
    if lang == "vi":
        return target.describe_vi()
    labels.check_lang(lang)
    comparator = target.comparator
    if target.value is not None and comparator is not None:
        word = labels.comparator(comparator.symbol, lang, sense=target.sense)
        text = f"{word} {quantity_text(target.value, lang)}"
    elif target.relative is not None and comparator is not None:
        word = labels.comparator(comparator.symbol, lang, sense=target.sense)
        change = target.relative.change
        amount = f"{change:+g}%" if target.relative.kind.value == "percent" else f"{change:+g}"
        base = target.relative.base_year
        text = f"{word} {amount}" + (f" vs {base}" if base is not None else " (change)")
    else:
        text = target.statement or f"({labels.word('qualitative', lang)})"
    if target.qualifier:
        text += f" {target.qualifier}"
    return text + (f" ({target.year})" if target.year is not None else "")


def indicator_name(target: Target, lang: str) -> str:
    """The indicator's name in ``lang`` (Vietnamese when it has no English one), with the
    target's subgroup."""
    indicator = target.indicator
    name = indicator.name_en if lang == "en" and indicator.name_en else indicator.name_vi
    return f"{name} ({target.subgroup})" if target.subgroup else name


def display_unit(target: Target) -> tuple[Any, float]:
    """The unit the target is written in (‰ for a rate per 1,000 live births written "10‰"),
    and the factor from it to the indicator's unit: figures of one row share one unit."""
    if target.value is None:
        return target.indicator.unit, 1.0
    unit = target.value.units
    return unit, magnitude_in(ureg.Quantity(1.0, unit), target.indicator.unit, accept_ratio=True)


def cells(row: ReportRow, lang: str) -> dict[str, str]:
    """The text of each of :data:`COLUMNS` for one row of a report."""
    target, result = row.target, row.result
    unit, factor = display_unit(target)

    def shown(magnitude: float, *, signed: bool = False) -> str:
        return quantity_text(ureg.Quantity(magnitude / factor, unit), lang, signed=signed)

    baseline = ""
    if result.baseline is not None:
        baseline = shown(result.baseline)
        if result.baseline_year is not None:
            baseline += f" ({result.baseline_year})"
    actual = ""
    observation = result.observation
    if observation is not None:
        if isinstance(observation.value, bool):
            actual = labels.word("yes" if observation.value else "no", lang)
        elif result.actual is not None:
            actual = shown(result.actual)
        actual += f" ({observation.year})"
    gap = shown(result.gap_in_unit, signed=True) if result.gap_in_unit is not None else ""
    progress = ""
    if result.progress is not None:
        progress = number_text(result.progress * 100, lang, 1) + "%"
    return {
        "indicator": indicator_name(target, lang),
        "target": target_text(target, lang),
        "baseline": baseline,
        "actual": actual,
        "gap": gap,
        "progress": progress,
        "status": _status_text(row, lang),
    }


def _status_text(row: ReportRow, lang: str) -> str:
    """The method's own category where it is finer than the status (Open SDG, ESCAP)."""
    if row.series is not None and row.series.method in ("open_sdg", "escap"):
        return labels.status(row.method_status, lang)
    return row.status.label(lang)


def summary_line(report: Report, lang: str = "vi") -> str:
    """ "31 chỉ tiêu: Đạt 5 · Đúng tiến độ 4 · ..." (every status, in order of merit)."""
    labels.check_lang(lang)
    counts = report.counts
    parts = [f"{_capital(s.label(lang))} {counts[s]}" for s in Status]
    return f"{len(report.rows)} {labels.word('targets', lang)}: " + " · ".join(parts)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def to_text(
    report: Report, lang: str = "vi", *, title: str | None = None, name_width: int = 48
) -> str:
    """A plain-text table for a terminal, one row per target, and the summary line."""
    labels.check_lang(lang)
    heading = {k: labels.word(k, lang) for k in COLUMNS}
    rows = [cells(row, lang) for row in report.rows]
    for texts in rows:
        texts["indicator"] = _clip(texts["indicator"], name_width)
        texts["target"] = _clip(texts["target"], name_width)
    widths = {k: max([len(heading[k])] + [len(r[k]) for r in rows]) for k in COLUMNS}
    lines = []
    if title:
        lines += [title, ""]
    header = "  ".join(heading[k].ljust(widths[k]) for k in COLUMNS).rstrip()
    lines += [header, "  ".join("-" * widths[k] for k in COLUMNS)]
    right = {"gap", "progress"}
    for texts in rows:
        lines.append(
            "  ".join(
                texts[k].rjust(widths[k]) if k in right else texts[k].ljust(widths[k])
                for k in COLUMNS
            ).rstrip()
        )
    lines += ["", summary_line(report, lang)]
    return "\n".join(lines) + "\n"


def comparisons_text(
    comparisons: Sequence[Comparison],
    lang: str = "vi",
    *,
    disagreements: Sequence[Comparison] = (),
    name_width: int = 40,
) -> str:
    """The ambition check as a table: each target beside each document's, and whether it is
    above, equal to or below it; then where the documents disagree with each other."""
    labels.check_lang(lang)
    keys = ("indicator", "year_column", "document", "this_target", "national_target", "standing")

    def row(c: Comparison) -> dict[str, str]:
        return {
            "indicator": _clip(indicator_name(c.child, lang), name_width),
            "year_column": str(c.year),
            "document": c.parent_document or "",
            "this_target": _clip(target_text(c.child, lang), name_width),
            "national_target": _clip(target_text(c.parent, lang), name_width),
            "standing": labels.word(c.standing or "not_comparable", lang),
        }

    def table(rows: list[dict[str, str]]) -> list[str]:
        heading = {k: labels.word(k, lang) for k in keys}
        widths = {k: max([len(heading[k])] + [len(r[k]) for r in rows]) for k in keys}
        lines = ["  ".join(heading[k].ljust(widths[k]) for k in keys).rstrip()]
        lines.append("  ".join("-" * widths[k] for k in keys))
        lines += ["  ".join(r[k].ljust(widths[k]) for k in keys).rstrip() for r in rows]
        return lines

    lines = table([row(c) for c in comparisons])
    if disagreements:
        lines += ["", labels.word("national_disagree", lang) + ":"]
        lines += [
            f"  {indicator_name(c.child, lang)} ({c.year}): "
            f"{c.parent_document}: {target_text(c.parent, lang)}; "
            f"{c.child_document}: {target_text(c.child, lang)}"
            for c in disagreements
        ]
    return "\n".join(lines) + "\n"
