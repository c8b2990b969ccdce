"""HTML tables in plan text: rows to the Markdown rows the table readers read.

Documents copied from web pages or converted from Word to HTML keep their
tables as ``<table><tr><td>…</td></tr></table>``, a row on one line or spread
over several, sometimes a whole table on one line. :func:`html_table_rows`
rewrites each ``<tr>`` row as one Markdown row (``| TT | Chỉ tiêu | … |``) and
says, for every line it returns, which line of the document it came from, so
that what is read from a row keeps the row's own line.

>>> lines, origin = html_table_rows([
...     "Chỉ tiêu cụ thể:",
...     "<table><tr><th>Chỉ tiêu</th><th>Năm 2025</th></tr>",
...     "<tr><td>Tuổi thọ trung bình</td><td>74,5</td></tr></table>",
... ])
>>> lines
['Chỉ tiêu cụ thể:', '| Chỉ tiêu | Năm 2025 |', '| Tuổi thọ trung bình | 74,5 |', '']
>>> origin
[0, 1, 2, 2]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from html import unescape
from typing import Final

from .caseless import caseless
from .value import clean_text

__all__ = ["html_table_rows"]

_TABLE_TAG: Final = caseless(r"<\s*(/?)\s*(table|tr|td|th)\b")
_NEW_TABLE: Final = caseless(r"<\s*table\b")
_ROW: Final = caseless(
    r"<\s*tr\b[^>]*>(?P<row>.*?)(?=<\s*/\s*tr\s*>|<\s*tr\b|<\s*/\s*table\s*>|\Z)",
    re.S,
)
_CELL: Final = caseless(
    r"<\s*t[dh]\b(?P<attributes>[^>]*)>(?P<cell>.*?)(?=<\s*/\s*t[dh]\s*>|<\s*t[dh]\b|\Z)",
    re.S,
)
_SPAN: Final = caseless(r"\b(row|col)span\s*=\s*[\"']?(\d{1,2})")
_END: Final = caseless(r"<\s*/\s*table\s*>")
#: Lines of a cell's text without any tag that a table may hold before it counts as ended.
_UNTAGGED_LINES: Final = 20


def _line_numbers(text: str, positions: Iterable[int], first: int) -> list[int]:
    """The line of each position (in increasing order) of ``text``, counting from ``first``:
    newlines are counted once, from one position to the next (linear in the text)."""
    lines, line, previous = [], first, 0
    for position in positions:
        line += text.count("\n", previous, position)
        previous = position
        lines.append(line)
    return lines


def html_table_rows(lines: Sequence[str]) -> tuple[list[str], list[int]]:
    """The lines with every HTML table row as one Markdown row, and for each line returned the
    index of the document line it comes from (a row: the line its ``<tr>`` opens on). An
    empty line follows each table. Lines without table tags are returned as they are."""
    if not any(_TABLE_TAG.search(line) for line in lines):
        return list(lines), list(range(len(lines)))
    out: list[str] = []
    origin: list[int] = []
    index = 0
    while index < len(lines):
        if not _TABLE_TAG.search(lines[index]):
            out.append(lines[index])
            origin.append(index)
            index += 1
            continue
        stop = _run_end(lines, index)
        text = "\n".join(lines[index:stop])
        starts = _line_numbers(text, (m.start() for m in _ROW.finditer(text)), index)
        before = text[: m.start()] if (m := _ROW.search(text)) else text
        if before.strip():
            lead = _text(before)
            if lead:
                out.append(lead)
                origin.append(index)
        below: dict[int, int] = {}  # column -> rows a cell above still spans
        previous = 0
        for line, row in zip(starts, _ROW.finditer(text), strict=True):
            if _NEW_TABLE.search(text, previous, row.start()):
                below = {}  # a table of its own: no cell of the one before spans into it
            previous = row.end()
            cells = _grid_row(row.group("row"), below)
            if cells:
                out.append("| " + " | ".join(cells) + " |")
                origin.append(line)
        out.append("")
        origin.append(stop - 1)
        ends = list(_END.finditer(text))
        rest = _text(text[ends[-1].end() :]) if ends else ""
        if rest:  # "</table> (Chi tiết tại Phụ lục)"
            out.append(rest)
            origin.append(stop - 1)
        index = stop
    return out, origin


def _grid_row(row: str, below: dict[int, int]) -> list[str]:
    """The cells of a row laid on the table's grid: a cell that spans columns ("colspan=2")
    is followed by empty cells, and the columns a cell above still covers ("rowspan=2") are
    empty here, so that every row's cells stand under their column's header."""
    cells: list[str] = []
    for cell in _CELL.finditer(row):
        while below.get(len(cells), 0) > 0:  # a column a cell above still covers
            below[len(cells)] -= 1
            cells.append("")
        spans = {kind.casefold(): int(n) for kind, n in _SPAN.findall(cell.group("attributes"))}
        width = max(1, spans.get("col", 1))
        for offset in range(width):
            if spans.get("row", 1) > 1:
                below[len(cells)] = spans["row"] - 1
            cells.append(_text(cell.group("cell")).replace("|", "/") if offset == 0 else "")
    while below.get(len(cells), 0) > 0:
        below[len(cells)] -= 1
        cells.append("")
    return cells


def _text(html: str) -> str:
    """The words of a piece of HTML: no tags, entities read ("&lt; 18" is "< 18")."""
    return " ".join(unescape(clean_text(html)).split())  # clean_text: tags (<br>) to spaces


def _run_end(lines: Sequence[str], start: int) -> int:
    """The end (exclusive) of the run of lines that holds the table opening at ``start``: lines
    with table tags, and the untagged lines of a cell still open between them."""
    stop = start
    inside = False
    table = False  # a <table> opened and not closed: blank lines between its rows go on
    untagged = 0
    last_tagged = start
    while stop < len(lines):
        tags = _TABLE_TAG.findall(lines[stop])
        if tags:
            closing, name = tags[-1]
            if closing and name.lower() == "table":
                return stop + 1
            table = table or any(not c and n.lower() == "table" for c, n in tags)
            inside = not closing  # a cell, a row or the table is open: its text goes on
            untagged = 0
            last_tagged = stop
        else:
            untagged += 1
            if not (inside or (table and not lines[stop].strip())) or untagged > _UNTAGGED_LINES:
                break
        stop += 1
    return last_tagged + 1
