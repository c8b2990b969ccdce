"""Progress reports, plans and targets as HTML: a page, or a fragment for notebooks.

Every style rule is scoped to the report's own root element (class
``yte-targets``), so a fragment shown in a notebook restyles nothing else.

>>> import yte_targets as yt
>>> plan = yt.load_plan("examples/plans/hung-yen.yaml")
>>> fragment = plan._repr_html_()
>>> fragment.startswith('<div class="yte-targets">'), "body{" in fragment
(True, False)
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Final

from ..core import labels
from ..core.target import Target
from ..evaluate.report import Report
from .text import COLOURS, COLUMNS, cells, indicator_name, summary_line

if TYPE_CHECKING:
    from ..core.plan import Plan

__all__ = ["ROOT_CLASS", "plan_html", "target_html", "to_html"]

#: The class of the root element every style rule is scoped to.
ROOT_CLASS: Final = "yte-targets"

_R: Final = f".{ROOT_CLASS}"
_CSS: Final = (
    f'{_R}{{font-family:"DejaVu Sans","Noto Sans","Segoe UI",Arial,sans-serif;color:#111}}'
    f"{_R} h1{{font-size:1.3rem}} {_R} table{{border-collapse:collapse;font-size:.9rem}}"
    f"{_R} th,{_R} td{{border-bottom:1px solid #ddd;padding:.35rem .6rem;text-align:left;"
    f"vertical-align:top}}"
    f"{_R} th{{background:#f3f4f6}} {_R} td.num{{text-align:right;white-space:nowrap}}"
    f"{_R} .status{{font-weight:600;white-space:nowrap;padding:.1rem .45rem;"
    f"border-radius:.3rem;color:#fff}}"
    f"{_R} .summary{{margin-top:1rem}}"
)


def _table(report: Report, lang: str) -> str:
    head = "".join(f"<th>{html.escape(labels.word(k, lang))}</th>" for k in COLUMNS)
    body = []
    for row in report.rows:
        texts = cells(row, lang)
        tds = []
        for key in COLUMNS:
            text = html.escape(texts[key])
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
    ``fragment=True`` the table alone (as notebooks show it), in a scoped root element.
    The title is ``title``, else the plan's (``report.title``)."""
    labels.check_lang(lang)
    table = _table(report, lang)
    title = title or report.title
    heading = html.escape(title or labels.word("title", lang))
    if fragment:
        caption = f"<h1>{html.escape(title)}</h1>" if title else ""
        return f'<div class="{ROOT_CLASS}"><style>{_CSS}</style>{caption}{table}</div>'
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{heading}</title>\n<style>{_CSS}</style>\n</head>\n"
        f'<body class="{ROOT_CLASS}">\n<h1>{heading}</h1>\n{table}\n</body>\n</html>\n'
    )


def target_html(target: Target) -> str:
    """A target as a line of HTML (for notebooks)."""
    return f'<p class="{ROOT_CLASS}">{html.escape(str(target))}</p>'


def plan_html(plan: Plan, lang: str = "vi") -> str:
    """A plan as HTML: its metadata and a table of its targets (for notebooks)."""
    meta = [html.escape(plan.title)]
    for key, value in (
        ("number", plan.number),
        ("issuer", plan.issuer),
        ("jurisdiction", plan.jurisdiction),
        ("issued", plan.issued.strftime("%d/%m/%Y") if plan.issued else None),
    ):
        if value:
            meta.append(f"{labels.word(key, lang)}: {html.escape(value)}")
    rows = "".join(
        f"<tr><td>{html.escape(indicator_name(t, lang))}</td>"
        f"<td>{html.escape(t.describe_vi())}</td>"
        f"<td>{html.escape(t.indicator.code)}</td></tr>"
        for t in plan.targets
    )
    heads = "".join(f"<th>{labels.word(k, lang)}</th>" for k in ("indicator", "target", "code"))
    return (
        f'<div class="{ROOT_CLASS}"><style>{_CSS}</style>'
        f"<p><b>{meta[0]}</b><br>{'<br>'.join(meta[1:])}</p>"
        f"<table><thead><tr>{heads}</tr></thead><tbody>{rows}</tbody></table>"
        f"<p>{len(plan.targets)} {labels.word('targets', lang)}, "
        f"{len(plan.assignments)} {labels.word('tasks', lang)}</p></div>"
    )
