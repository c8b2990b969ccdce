"""Tables as the reader reads them: one Markdown row per table row, cells on the grid.

A table ends with an empty line, as the reader writes an HTML table. A cell
merged over several columns or rows keeps its text in its first (top-left)
grid cell, and the grid cells it also covers are left empty. That is what the
reader does with the ``colspan`` and ``rowspan`` of HTML tables
(:mod:`yte_targets.read.markup`), and it reads each value once: a merged target
is not counted twice, and a group heading merged across a row ("Chỉ số đầu vào")
does not land in the columns of the values.

>>> pipe_row(["TT", "Chỉ tiêu", "", "Năm\\n2027"])
'| TT | Chỉ tiêu |  | Năm 2027 |'
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["cell_text", "is_layout_table", "pipe_row"]


def cell_text(text: str | None) -> str:
    """A cell's text on one line: its lines and spaces run together, ``|`` written ``/``."""
    return " ".join((text or "").split()).replace("|", "/")


def pipe_row(cells: Sequence[str | None]) -> str:
    """The Markdown row of ``cells``."""
    return "| " + " | ".join(cell_text(cell) for cell in cells) + " |"


def is_layout_table(rows: Sequence[Sequence[Sequence[str]]]) -> bool:
    """Whether a table (rows of cells, each cell its lines) only lays text out side by
    side, as the header of an administrative document does ("ỦY BAN NHÂN DÂN / TỈNH …"
    beside "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / …") and the signature block: at most
    two rows of at most two cells, one cell holding several lines. Such a table is read
    as lines, cell after cell, not as Markdown rows."""
    if not rows or len(rows) > 2 or any(len(row) > 2 for row in rows):
        return False
    return any(sum(1 for line in cell if line.strip()) >= 2 for row in rows for cell in row)
