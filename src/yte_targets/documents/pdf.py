"""PDF documents with a text layer, read with pdfplumber (extra ``documents``).

Each page gives its lines of text, top to bottom, and its ruled tables, found
from their lines and written as Markdown rows at their place among the lines.
The running headers and footers (lines repeated at the top or bottom of most
pages) and the lone page numbers are dropped; a table that goes on over the next
page (the same columns, nothing between) is one table, its repeated header row
dropped. Lines a PDF broke are left broken: the reader joins them.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any, Final

import attrs

from ..errors import NoTextLayerError, PlanFileError
from ..optional import require
from .legacy import detect_legacy
from .model import DocumentText, Line
from .normalise import drop_running_lines, normalise_lines
from .tables import cell_text, is_layout_table, pipe_row

__all__ = ["read_pdf"]

#: How far (in points) the column edges of a table's two parts may differ.
_COLUMN_TOLERANCE: Final = 3.0
#: The share of a page's height at its top and at its bottom where headers and footers stand.
_MARGIN: Final = 0.1


@attrs.frozen
class _Item:
    """A line of a page: text, or a table's row (``cells``) with the table's column edges."""

    top: float
    text: str = ""
    margin: bool = False
    cells: tuple[str, ...] | None = None
    table: int = -1
    columns: tuple[float, ...] = ()


def _open(data: bytes, name: str | None) -> Any:
    pdfplumber = require("pdfplumber", "documents")
    try:
        return pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfminer raises many kinds of errors on a damaged file
        raise PlanFileError(
            f"cannot read the PDF ({type(exc).__name__}: {exc}); expected a PDF file",
            file=name,
        ) from None


def read_pdf(data: bytes, name: str | None = None) -> DocumentText:
    """The text of a PDF: page by page, its lines and its tables as Markdown rows.

    Raises :class:`~yte_targets.NoTextLayerError` for a PDF without text (a scan)
    and :class:`~yte_targets.PlanFileError` for one that cannot be read.
    """
    with _open(data, name) as document:
        try:
            pages = [_page_items(page) for page in document.pages]
        except Exception as exc:
            raise PlanFileError(
                f"cannot read the PDF ({type(exc).__name__}: {exc}); expected a PDF file",
                file=name,
            ) from None
    if not pages:
        raise PlanFileError("the PDF has no page; expected a PDF with text", file=name)
    if not any(item.text.strip() or item.cells for items in pages for item in items):
        raise NoTextLayerError(name, len(pages))
    texts = [item.text for items in pages for item in items if item.cells is None]
    cells = [cell for items in pages for item in items for cell in item.cells or ()]
    encoding = detect_legacy("\n".join(texts + cells)) or ""
    pages = [_normalised(items, encoding) for items in pages]
    return DocumentText(lines=_lines(pages), kind="pdf", name=name, legacy=encoding or None)


def _page_items(page: Any) -> list[_Item]:
    tables = [table for table in page.find_tables() if len(table.columns) >= 2]
    boxes = [table.bbox for table in tables]

    def outside(obj: dict[str, Any]) -> bool:
        if obj.get("object_type") != "char":
            return True
        x = (obj["x0"] + obj["x1"]) / 2
        y = (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)

    text_page = page.filter(outside) if boxes else page
    height = float(page.height) or 1.0
    items = [
        _Item(
            top=float(line["top"]),
            text=line["text"],
            margin=not _MARGIN < float(line["top"]) / height < 1 - _MARGIN
            or float(line["bottom"]) / height > 1 - _MARGIN,
        )
        for line in text_page.extract_text_lines(return_chars=False)
    ]
    for number, table in enumerate(tables):
        rows = table.extract()
        grid = [[(cell or "").split("\n") for cell in row] for row in rows]
        if is_layout_table(grid):
            items += _layout_items(table, grid)
            continue
        columns = tuple(float(column.bbox[0]) for column in table.columns)
        columns += (float(table.bbox[2]),)
        for group, row in zip(table.rows, rows, strict=True):
            cells = tuple(cell_text(cell) for cell in row)
            if any(cells):
                items.append(
                    _Item(top=float(group.bbox[1]), cells=cells, table=number, columns=columns)
                )
    items.sort(key=lambda item: item.top)
    return items


def _layout_items(table: Any, grid: list[list[list[str]]]) -> list[_Item]:
    """A table that lays text out side by side, as lines: cell after cell, row by row."""
    items: list[_Item] = []
    for group, row in zip(table.rows, grid, strict=True):
        top = float(group.bbox[1])
        for cell in row:
            items += [_Item(top=top, text=line) for line in cell if line.strip()]
            top += 0.001  # keep the cells' order when the page's lines are sorted
    return items


def _normalised(items: list[_Item], encoding: str) -> list[_Item]:
    texts = normalise_lines([item.text for item in items], legacy=encoding)
    out: list[_Item] = []
    for item, text in zip(items, texts, strict=True):
        if item.cells is None:
            out.append(attrs.evolve(item, text=text))
        else:
            cells = tuple(normalise_lines(item.cells, legacy=encoding))
            out.append(attrs.evolve(item, cells=cells))
    return out


def _same_columns(first: Sequence[float], second: Sequence[float]) -> bool:
    return len(first) == len(second) and all(
        abs(a - b) <= _COLUMN_TOLERANCE for a, b in zip(first, second, strict=True)
    )


def _lines(pages: list[list[_Item]]) -> list[Line]:
    """The pages' lines: running lines dropped, an empty line after each table (as the
    reader writes HTML tables), a table going on over the next page kept as one."""
    kept = drop_running_lines(
        [[None if item.cells is not None else item.text for item in items] for items in pages],
        [[item.margin for item in items] for items in pages],
    )
    lines: list[Line] = []
    previous: _Item | None = None  # the last row or line kept, over pages
    header: tuple[str, ...] | None = None  # the first row of the table going on

    def end_table() -> None:
        if lines and lines[-1].text.startswith("|"):
            lines.append(attrs.evolve(lines[-1], text=""))

    for page_number, (items, keep) in enumerate(zip(pages, kept, strict=True), start=1):
        last_table = -1
        first_on_page = True
        for index, (item, wanted) in enumerate(zip(items, keep, strict=True)):
            if not wanted or (item.cells is None and not item.text.strip()):
                continue
            on_top, first_on_page = first_on_page, False
            if item.cells is None:
                end_table()
                lines.append(Line(item.text, page=page_number, line=index + 1))
                previous, header = item, None
                continue
            first_row = item.table != last_table
            last_table = item.table
            goes_on = (
                first_row
                and on_top
                and previous is not None
                and previous.cells is not None
                and header is not None
                and _same_columns(previous.columns, item.columns)
            )
            if first_row and not goes_on:
                end_table()
                header = item.cells
            elif goes_on and item.cells == header:
                previous = item
                continue  # the header row repeated at the top of the page
            lines.append(Line(pipe_row(item.cells), page=page_number, line=index + 1))
            previous = item
    end_table()
    return lines
