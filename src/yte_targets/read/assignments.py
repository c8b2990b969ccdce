"""Assignment tables: Nội dung nhiệm vụ / Cơ quan chủ trì / Cơ quan phối hợp / Thời gian / Kinh phí.

Two layouts are read: Markdown tables, and tables whose cells stand one per
line (as documents converted from Word often come: a blank line between cells,
a no-break space for an empty cell). Rows numbered with Roman numerals are
section headings; rows numbered 1, 2, ... are tasks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import attrs

from ..core.plan import Assignment
from ..core.target import Source
from .agencies import split_agencies
from .assignment import parse_timeframe
from .caseless import Caseless, caseless
from .lang import language
from .ocr import tolerant
from .value import clean_text

__all__ = ["CellTable", "cell_per_line_tables", "read_assignment_tables", "split_agencies"]

_VI: Final = language("vi")


def _column(key: str) -> Caseless:
    """The headers of a column (``lang/vi/tables.toml``), as scans damage them."""
    return caseless(tolerant(*_VI.words("tables", f"assignments.{key}")))


# The header of the numbers' column, as written ("STT", "TT").
_NUMBER: Final = _VI.literal("tables", "assignments.number")
_NUMBER_CELL: Final = re.compile(rf"(?:{_NUMBER})")
# Column headers, tried in this order for each cell ("Thời gian thực hiện" is a time, "Đơn vị
# thực hiện" the body that leads).
_COLUMNS: Final = (
    ("number", caseless(rf"^(?:{_NUMBER})$")),
    ("timeframe", _column("timeframe")),
    ("funding", _column("funding")),
    ("task", _column("task")),
    ("partners", _column("partners")),
    ("lead", _column("lead")),
)
_ROW_NUMBER: Final = re.compile(r"^\d+(?:\.\d+)*\.?$")
_SECTION_NUMBER: Final = re.compile(r"^[IVXLC]+\.?$")


def _header(cells: Sequence[str]) -> dict[str, int] | None:
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        for name, pattern in _COLUMNS:
            if name not in columns and pattern.search(cell):
                columns[name] = index
                break
    if {"task", "lead"} <= set(columns):
        return columns
    return None


def _assignment(
    row: Sequence[str], columns: dict[str, int], line: int, document: str | None
) -> Assignment | None:
    def cell(name: str) -> str:
        index = columns.get(name)
        return clean_text(row[index]) if index is not None and index < len(row) else ""

    task = cell("task")
    if not task:
        return None
    return Assignment(
        task=task,
        lead=split_agencies(cell("lead")),
        partners=split_agencies(cell("partners")),
        timeframe=parse_timeframe(cell("timeframe") or None),
        funding=cell("funding") or None,
        source=Source(document=document, line=line, quote=task),
    )


def read_assignment_tables(
    lines: Sequence[str], *, first_line: int = 1, document: str | None = None
) -> list[Assignment]:
    """The tasks of every assignment table in ``lines`` (Markdown, or one cell per line).

    Each assignment's source is the line of its task.
    """
    found = _markdown(lines, first_line, document)
    found += _cell_per_line(lines, first_line, document)
    return found


def _markdown(lines: Sequence[str], first_line: int, document: str | None) -> list[Assignment]:
    found: list[Assignment] = []
    columns: dict[str, int] | None = None
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line.startswith("|"):
            columns = None
            continue
        cells = [clean_text(c) for c in line.strip("|").split("|")]
        if all(re.fullmatch(r"[\s:\-]*", c) for c in cells):
            continue
        header = _header(cells)
        if header is not None and not any(_ROW_NUMBER.match(c) for c in cells[:1]):
            columns = header
            continue
        if columns is None:
            continue
        number = cells[columns.get("number", 0)] if cells else ""
        if _SECTION_NUMBER.match(number):
            continue
        assignment = _assignment(cells, columns, first_line + index, document)
        if assignment is not None:
            found.append(assignment)
    return found


@attrs.frozen
class CellTable:
    """An assignment table written one cell per line (as a conversion leaves a Word table):
    its header cells, its rows, and the line (0-based) where each row's task stands."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    task_lines: tuple[int, ...]
    start: int
    stop: int  # the index after its last cell's line


def cell_per_line_tables(lines: Sequence[str]) -> list[CellTable]:
    """The assignment tables of ``lines`` written one cell per line (a no-break space alone
    on its line is an empty cell), with their rows; section rows ("I", a title) are left out.
    """
    # cells: every line that is not truly empty (a no-break space is an empty cell)
    cells = [
        (index, raw.replace("\u00a0", " ").strip())
        for index, raw in enumerate(lines)
        if raw != "" and not raw.lstrip().startswith("|")
    ]
    found: list[CellTable] = []
    position = 0
    while position < len(cells):
        window = [text for _, text in cells[position : position + 6]]
        columns = _header(window) if window and _NUMBER_CELL.fullmatch(window[0]) else None
        if columns is None:
            position += 1
            continue
        width = max(columns.values()) + 1
        header = tuple(text for _, text in cells[position : position + width])
        start = cells[position][0]
        position += width
        rows: list[tuple[str, ...]] = []
        task_lines: list[int] = []
        while position < len(cells):
            number = cells[position][1]
            if _SECTION_NUMBER.match(number):
                position += 2  # the numeral and the section's title
                continue
            if not _ROW_NUMBER.match(number):
                break
            row = [text for _, text in cells[position : position + width]]
            if len(row) < width:  # the document's last row may lack its last cells
                if len(row) <= max(columns["task"], columns["lead"]):
                    break
                row += [""] * (width - len(row))
            rows.append(tuple(row))
            task_lines.append(cells[position + columns["task"]][0])
            position += width
        stop = cells[position - 1][0] + 1 if position <= len(cells) else len(lines)
        found.append(CellTable(header, tuple(rows), tuple(task_lines), start, stop))
    return found


def _cell_per_line(lines: Sequence[str], first_line: int, document: str | None) -> list[Assignment]:
    found: list[Assignment] = []
    for table in cell_per_line_tables(lines):
        columns = _header(list(table.header))
        assert columns is not None  # a table is found by its header
        for row, line in zip(table.rows, table.task_lines, strict=True):
            assignment = _assignment(list(row), columns, first_line + line, document)
            if assignment is not None:
                found.append(assignment)
    return found
