"""Progress reports people can read: text, CSV, JSON and HTML (Vietnamese or English).

>>> import yte_targets as yt
>>> plan = yt.load_plan("examples/plans/hung-yen.yaml")
>>> report = plan.evaluate(yt.load_actuals("examples/actuals/hung-yen.csv"))
>>> print(yt.report.summary_line(report))
31 chỉ tiêu: Đạt 5 · Đúng tiến độ 4 · Chậm tiến độ 4 · Đi lùi 2 · Không đạt 0 · Chưa đủ dữ liệu 16
>>> record = yt.report.records(report)[8]
>>> record["indicator"], record["comparator"], record["target"], record["actual"], record["status"]
('imr', '<', 10.0, 8.6, 'achieved')
"""

from __future__ import annotations

import csv
import html
import io
import json
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any, Final

from .attainment import Report, ReportRow, Status
from .target import Target
from .units import Quantity, magnitude_in, unit_label, ureg
from .vi import format_number, format_quantity

if TYPE_CHECKING:
    from .plan import Plan

__all__ = [
    "FORMATS",
    "plan_html",
    "records",
    "render",
    "summary_line",
    "target_html",
    "to_csv",
    "to_html",
    "to_json",
    "to_text",
]

FORMATS: Final = ("text", "csv", "json", "html")

_LABELS: Final = {
    "vi": {
        "indicator": "Chỉ tiêu",
        "target": "Mục tiêu",
        "baseline": "Cơ sở",
        "actual": "Thực tế",
        "gap": "Chênh lệch",
        "progress": "Tiến độ",
        "status": "Tình trạng",
        "targets": "chỉ tiêu",
        "title": "Báo cáo tiến độ thực hiện các chỉ tiêu",
        "as_of": "tính đến năm",
        "plan": "Kế hoạch",
    },
    "en": {
        "indicator": "Indicator",
        "target": "Target",
        "baseline": "Baseline",
        "actual": "Actual",
        "gap": "Gap",
        "progress": "Progress",
        "status": "Status",
        "targets": "targets",
        "title": "Progress report on the targets",
        "as_of": "as of",
        "plan": "Plan",
    },
}
#: Status colours (text on a light background): green, teal, amber, red, dark red, grey.
COLOURS: Final = {
    Status.ACHIEVED: "#1a7f37",
    Status.ON_TRACK: "#0b7285",
    Status.OFF_TRACK: "#b35900",
    Status.REGRESSING: "#c92a2a",
    Status.MISSED: "#7d1a1a",
    Status.NO_DATA: "#6b7280",
}


def _check_lang(lang: str) -> dict[str, str]:
    from .errors import InvalidValueError

    if lang not in _LABELS:
        raise InvalidValueError(f"lang must be 'vi' or 'en', got {lang!r}")
    return _LABELS[lang]


def _round(value: float | None, digits: int = 6) -> float | None:
    """A float for JSON and CSV: rounded to ``digits`` decimals (no 0.009999999999999787)."""
    if value is None:
        return None
    return round(value, digits) + 0.0  # + 0.0 turns -0.0 into 0.0


def _number(value: float, lang: str, decimals: int | None = None) -> str:
    if lang == "vi":
        return format_number(value, decimals, rounding=ROUND_HALF_UP)
    return f"{value:,.{decimals}f}" if decimals is not None else f"{value:,}"


def _short(magnitude: float) -> Decimal:
    """At most two decimals, and no trailing zeros: 2.2000000000000028 reads 2,2."""
    return Decimal(float.__repr__(round(float(magnitude), 2))).normalize() + Decimal(0)


def _quantity(quantity: Quantity, lang: str, *, signed: bool = False) -> str:
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


def _target_text(target: Target, lang: str) -> str:
    if lang == "vi":
        return target.describe_vi()
    if target.value is not None and target.comparator is not None:
        text = f"{target.comparator.symbol} {_quantity(target.value, lang)}"
    elif target.relative is not None and target.comparator is not None:
        change = target.relative.change
        text = f"{target.comparator.symbol} {change:+g}% vs {target.relative.base_year}"
    else:
        text = target.statement or "(qualitative)"
    if target.qualifier:
        text += f" {target.qualifier}"
    return text + (f" ({target.year})" if target.year is not None else "")


def _name(target: Target, lang: str) -> str:
    indicator = target.indicator
    name = indicator.name_en if lang == "en" and indicator.name_en else indicator.name_vi
    return f"{name} ({target.subgroup})" if target.subgroup else name


def _display(target: Target) -> tuple[Any, float]:
    """The unit the target is written in (‰ for a rate per 1,000 live births written "10‰"),
    and the factor from it to the indicator's unit: figures of one row share one unit."""
    if target.value is None:
        return target.indicator.unit, 1.0
    unit = target.value.units
    return unit, magnitude_in(ureg.Quantity(1.0, unit), target.indicator.unit, accept_ratio=True)


def _cells(row: ReportRow, lang: str) -> dict[str, str]:
    target, result = row.target, row.result
    unit, factor = _display(target)

    def shown(magnitude: float, *, signed: bool = False) -> str:
        return _quantity(ureg.Quantity(magnitude / factor, unit), lang, signed=signed)

    baseline = ""
    if result.baseline is not None:
        baseline = shown(result.baseline)
        if result.baseline_year is not None:
            baseline += f" ({result.baseline_year})"
    actual = ""
    observation = result.observation
    if observation is not None:
        if isinstance(observation.value, bool):
            actual = (
                ("có" if observation.value else "không")
                if lang == "vi"
                else ("yes" if observation.value else "no")
            )
        elif result.actual is not None:
            actual = shown(result.actual)
        actual += f" ({observation.year})"
    gap = shown(result.gap_in_unit, signed=True) if result.gap_in_unit is not None else ""
    progress = ""
    if result.progress is not None:
        progress = _number(result.progress * 100, lang, 1) + "%"
    status = result.status.label_vi if lang == "vi" else result.status.label_en
    return {
        "indicator": _name(target, lang),
        "target": _target_text(target, lang),
        "baseline": baseline,
        "actual": actual,
        "gap": gap,
        "progress": progress,
        "status": status,
    }


def summary_line(report: Report, lang: str = "vi") -> str:
    """ "31 chỉ tiêu: Đạt 5 · Đúng tiến độ 4 · ..." (every status, in order of merit)."""
    labels = _check_lang(lang)
    counts = report.counts
    parts = [
        f"{s.label_vi if lang == 'vi' else s.label_en.capitalize()} {counts[s]}" for s in Status
    ]
    return f"{len(report.rows)} {labels['targets']}: " + " · ".join(parts)


def _width(text: str) -> int:
    return len(text)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def to_text(
    report: Report, lang: str = "vi", *, title: str | None = None, name_width: int = 48
) -> str:
    """A plain-text table for a terminal, one row per target, and the summary line."""
    labels = _check_lang(lang)
    keys = ("indicator", "target", "baseline", "actual", "gap", "progress", "status")
    rows = [_cells(row, lang) for row in report.rows]
    for cells in rows:
        cells["indicator"] = _clip(cells["indicator"], name_width)
        cells["target"] = _clip(cells["target"], name_width)
    widths = {k: max([_width(labels[k])] + [_width(r[k]) for r in rows]) for k in keys}
    lines = []
    if title:
        lines += [title, ""]
    header = "  ".join(labels[k].ljust(widths[k]) for k in keys).rstrip()
    lines += [header, "  ".join("-" * widths[k] for k in keys)]
    right = {"gap", "progress"}
    for cells in rows:
        lines.append(
            "  ".join(
                cells[k].rjust(widths[k]) if k in right else cells[k].ljust(widths[k]) for k in keys
            ).rstrip()
        )
    lines += ["", summary_line(report, lang)]
    return "\n".join(lines) + "\n"


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
                "status": result.status.value,
            }
        )
    return out


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


_CSS: Final = """
body{font-family:"DejaVu Sans","Noto Sans","Segoe UI",Arial,sans-serif;margin:1.5rem;color:#111}
h1{font-size:1.3rem} table{border-collapse:collapse;font-size:.9rem}
th,td{border-bottom:1px solid #ddd;padding:.35rem .6rem;text-align:left;vertical-align:top}
th{background:#f3f4f6} td.num{text-align:right;white-space:nowrap}
.status{font-weight:600;white-space:nowrap;padding:.1rem .45rem;border-radius:.3rem;color:#fff}
.summary{margin-top:1rem}
""".strip()


def _html_table(report: Report, lang: str) -> str:
    labels = _check_lang(lang)
    keys = ("indicator", "target", "baseline", "actual", "gap", "progress", "status")
    head = "".join(f"<th>{html.escape(labels[k])}</th>" for k in keys)
    body = []
    for row in report.rows:
        cells = _cells(row, lang)
        tds = []
        for key in keys:
            text = html.escape(cells[key])
            if key == "status":
                colour = COLOURS[row.status]
                tds.append(
                    f'<td><span class="status status-{row.status.value}" '
                    f'style="background:{colour}">{text}</span></td>'
                )
            elif key in ("gap", "progress"):
                tds.append(f'<td class="num">{text}</td>')
            else:
                tds.append(f"<td>{text}</td>")
        body.append("<tr>" + "".join(tds) + "</tr>")
    return (
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
        f'<p class="summary">{html.escape(summary_line(report, lang))}</p>'
    )


def to_html(
    report: Report, lang: str = "vi", *, title: str | None = None, fragment: bool = False
) -> str:
    """A self-contained HTML page (inline CSS, no scripts, fonts or network), or with
    ``fragment=True`` the table alone (as notebooks show it)."""
    labels = _check_lang(lang)
    table = _html_table(report, lang)
    if fragment:
        return f"<div><style>{_CSS}</style>{table}</div>"
    heading = html.escape(title or labels["title"])
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{heading}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<h1>{heading}</h1>\n{table}\n</body>\n</html>\n"
    )


def render(
    report: Report, format: str = "text", lang: str = "vi", *, plan: Plan | None = None
) -> str:
    """The report in ``format`` (text, csv, json, html)."""
    from .errors import InvalidValueError

    title = None
    if plan is not None:
        title = plan.title if not plan.number else f"{plan.title} ({plan.number})"
        if report.year is not None:
            title += f", {_LABELS[lang]['as_of'] if lang in _LABELS else ''} {report.year}"
    if format == "text":
        return to_text(report, lang, title=title)
    if format == "csv":
        return to_csv(report)
    if format == "json":
        return to_json(report, plan=plan)
    if format == "html":
        return to_html(report, lang, title=title)
    raise InvalidValueError(f"format must be one of {', '.join(FORMATS)}, got {format!r}")


def target_html(target: Target) -> str:
    """A target as a line of HTML (for notebooks)."""
    return f"<p>{html.escape(str(target))}</p>"


def plan_html(plan: Plan) -> str:
    """A plan as HTML: its metadata and a table of its targets (for notebooks)."""
    meta = [html.escape(plan.title)]
    for label, value in (
        ("Số", plan.number),
        ("Cơ quan ban hành", plan.issuer),
        ("Địa phương", plan.jurisdiction),
        ("Ngày ban hành", plan.issued.strftime("%d/%m/%Y") if plan.issued else None),
    ):
        if value:
            meta.append(f"{label}: {html.escape(value)}")
    rows = "".join(
        f"<tr><td>{html.escape(_name(t, 'vi'))}</td><td>{html.escape(t.describe_vi())}</td>"
        f"<td>{html.escape(t.indicator.code)}</td></tr>"
        for t in plan.targets
    )
    return (
        f"<div><style>{_CSS}</style><p><b>{meta[0]}</b><br>{'<br>'.join(meta[1:])}</p>"
        f"<table><thead><tr><th>Chỉ tiêu</th><th>Mục tiêu</th><th>Mã</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
        f"<p>{len(plan.targets)} chỉ tiêu, {len(plan.assignments)} nhiệm vụ</p></div>"
    )
