"""Word documents (``.docx``), read with python-docx (extra ``documents``).

The body is read in order: each paragraph is a line (a line break in it starts
another line with the same ``paragraph``), with its automatic numbering written
out ("1.", "a)", "-" for a bullet) as the reader expects to see it; each table
is one Markdown row per table row, merged cells laid on the grid with their text
in the first grid cell (see :mod:`~yte_targets.documents.tables`). A table that
only lays text out side by side (the header "ỦY BAN NHÂN DÂN … | CỘNG HÒA XÃ
HỘI …", the signature block) is read as lines, cell after cell. Text set in a
legacy font (``.VnTime``, ``.VnTimeH``, ``VNI-Times``) is converted from TCVN3 or
VNI by the font's name. Page headers and footers, footnotes, comments and text
boxes are not read.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any, Final

from ..errors import PlanFileError
from ..optional import require
from .legacy import decode_legacy, detect_legacy, legacy_font
from .model import DocumentText, Line
from .normalise import normalise_lines
from .tables import is_layout_table, pipe_row

__all__ = ["read_docx"]

_W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _attr(element: Any, path: str, attribute: str = "val") -> str | None:
    """The ``w:`` attribute of the first element at ``path`` (``w:`` names, ``/`` between)."""
    if element is None:
        return None
    found = element.find("/".join(_W + part for part in path.split("/"))) if path else element
    if found is None:
        return None
    value = found.get(_W + attribute)
    return None if value is None else str(value)


def _rfonts(element: Any) -> str | None:
    """The font an element's run properties set for Latin text (hAnsi covers the codes
    above 127 that legacy fonts use, ascii the rest)."""
    return _attr(element, "rPr/rFonts", "hAnsi") or _attr(element, "rPr/rFonts", "ascii")


def _style_chain(style: Any) -> Iterator[Any]:
    seen = 0
    while style is not None and seen < 20:
        yield style
        style = style.base_style
        seen += 1


class _Fonts:
    """The font of a run: its own, its character style's, its paragraph style's (and their
    base styles'), else the document's default."""

    def __init__(self, document: Any) -> None:
        defaults = document.styles.element.find(f"{_W}docDefaults/{_W}rPrDefault")
        self.default = _rfonts(defaults)

    def of(self, run: Any, paragraph_style: Any) -> str | None:
        own = _rfonts(run.element)
        if own:
            return own
        for style in (run.style, paragraph_style):
            for link in _style_chain(style):
                font = _rfonts(link.element)
                if font:
                    return font
        return self.default


_ROMAN: Final = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def _roman(number: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while number >= value:
            out += letters
            number -= value
    return out


def _letters(number: int) -> str:
    """1 -> "a", 26 -> "z", 27 -> "aa" (Word's letter numbering)."""
    return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)


def _format_number(number: int, kind: str) -> str:
    return {
        "decimal": str(number),
        "decimalZero": f"{number:02d}",
        "lowerLetter": _letters(number),
        "upperLetter": _letters(number).upper(),
        "lowerRoman": _roman(number),
        "upperRoman": _roman(number).upper(),
        "none": "",
    }.get(kind, str(number))


class _Numbering:
    """Word's automatic numbering, written out: "1.", "2.1.", "a)", "-" for a bullet."""

    def __init__(self, document: Any) -> None:
        # level formats per abstract numbering: {abstract: {level: (start, format, text)}}
        self.abstract: dict[str, dict[int, tuple[int, str, str]]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        for abstract in root.iterfind(f"{_W}abstractNum"):
            levels: dict[int, tuple[int, str, str]] = {}
            for level in abstract.iterfind(f"{_W}lvl"):
                levels[int(_attr(level, "", "ilvl") or 0)] = (
                    int(_attr(level, "start") or 1),
                    _attr(level, "numFmt") or "decimal",
                    _attr(level, "lvlText") or "",
                )
            self.abstract[_attr(abstract, "", "abstractNumId") or ""] = levels
        for num in root.iterfind(f"{_W}num"):
            starts = {
                int(_attr(override, "", "ilvl") or 0): int(_attr(override, "startOverride") or 1)
                for override in num.iterfind(f"{_W}lvlOverride")
                if _attr(override, "startOverride") is not None
            }
            self.nums[_attr(num, "", "numId") or ""] = (_attr(num, "abstractNumId") or "", starts)

    def label(self, paragraph: Any) -> str:
        """The number or bullet Word shows before ``paragraph``, or ``""``."""
        num_id, level = self._numbering_of(paragraph)
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        abstract, starts = self.nums[num_id]
        levels = self.abstract.get(abstract, {})
        if level not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        start = starts.get(level, levels[level][0])
        counters[level] = counters.get(level, start - 1) + 1
        for deeper in [key for key in counters if key > level]:
            del counters[deeper]
        _, kind, text = levels[level]
        if kind == "bullet":
            return "-"

        def number(match: re.Match[str]) -> str:
            wanted = int(match.group(1)) - 1
            value = counters.get(wanted, starts.get(wanted, levels.get(wanted, (1,))[0]))
            return _format_number(value, levels.get(wanted, (1, "decimal", ""))[1])

        return re.sub(r"%(\d)", number, text).strip()

    @staticmethod
    def _numbering_of(paragraph: Any) -> tuple[str | None, int]:
        properties = paragraph._p.pPr
        num_id = _attr(properties, "numPr/numId")
        level = _attr(properties, "numPr/ilvl")
        if num_id is None:
            for style in _style_chain(paragraph.style):
                num_id = _attr(style.element, "pPr/numPr/numId")
                level = level or _attr(style.element, "pPr/numPr/ilvl")
                if num_id is not None:
                    break
        return num_id, int(level or 0)


class _Reader:
    def __init__(self, document: Any) -> None:
        self.document = document
        self.fonts = _Fonts(document)
        self.numbering = _Numbering(document)
        self.run_class = require("docx.text.run", "documents").Run
        self.legacy_used: set[str] = set()

    def paragraph_lines(self, paragraph: Any) -> list[str]:
        """The text of a paragraph, its numbering first, split at its line breaks."""
        style = paragraph.style
        parts: list[tuple[str, tuple[str, bool] | None]] = []
        for item in paragraph.iter_inner_content():
            runs = [item] if isinstance(item, self.run_class) else item.runs
            for run in runs:
                legacy = legacy_font(self.fonts.of(run, style))
                if parts and parts[-1][1] == legacy:
                    parts[-1] = (parts[-1][0] + run.text, legacy)
                else:
                    parts.append((run.text, legacy))
        self.legacy_used.update(legacy[0] for _, legacy in parts if legacy)
        text = "".join(
            decode_legacy(part, legacy[0], capitals=legacy[1]) if legacy else part
            for part, legacy in parts
        )
        label = self.numbering.label(paragraph)
        if label and text.strip():
            text = f"{label} {text.lstrip()}"
        return re.split(r"[\n\r\v]", text)

    def cell_lines(self, cell: Any) -> list[str]:
        lines: list[str] = []
        for block in cell.iter_inner_content():
            if isinstance(block, self.document_paragraph):
                lines += self.paragraph_lines(block)
            else:  # a table inside the cell: its cells' text, in order
                for row in block.rows:
                    for inner in row.cells:
                        lines += self.cell_lines(inner)
        return lines

    @property
    def document_paragraph(self) -> type:
        paragraph: type = require("docx.text.paragraph", "documents").Paragraph
        return paragraph

    def table_grid(self, table: Any) -> list[list[list[str]]]:
        """The table's rows of grid cells, each cell its lines; the grid cells a merged
        cell also covers are empty."""
        grid: list[list[list[str]]] = []
        above: list[Any] = []
        for row in table.rows:
            cells = list(row.cells)
            tcs = [None] * row.grid_cols_before + [cell._tc for cell in cells]
            tcs += [None] * row.grid_cols_after
            texts: list[list[str]] = [[] for _ in range(row.grid_cols_before)]
            for index, cell in enumerate(cells):
                column = row.grid_cols_before + index
                merged = (index > 0 and cell._tc is cells[index - 1]._tc) or (
                    column < len(above) and above[column] is cell._tc
                )
                texts.append([] if merged else self.cell_lines(cell))
            texts += [[] for _ in range(row.grid_cols_after)]
            grid.append(texts)
            above = tcs
        return grid


def read_docx(data: bytes, name: str | None = None) -> DocumentText:
    """The text of a Word document: paragraphs as lines, tables as Markdown rows.

    Raises :class:`~yte_targets.PlanFileError` for a file Word's format does not fit.
    """
    docx = require("docx", "documents")
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx and its zip and XML parsers raise many kinds
        raise PlanFileError(
            f"cannot read the Word document ({type(exc).__name__}: {exc}); expected a .docx file",
            file=name,
        ) from None
    reader = _Reader(document)
    raw: list[tuple[str, int | None, tuple[int, int, int] | None]] = []
    paragraphs = tables = 0
    for block in document.iter_inner_content():
        if isinstance(block, reader.document_paragraph):
            paragraphs += 1
            raw += [(text, paragraphs, None) for text in reader.paragraph_lines(block)]
            continue
        tables += 1
        grid = reader.table_grid(block)
        if is_layout_table(grid):
            for row_number, row in enumerate(grid, start=1):
                for column, cell in enumerate(row, start=1):
                    raw += [(text, None, (tables, row_number, column)) for text in cell]
            continue
        for row_number, row in enumerate(grid, start=1):
            cells = [" ".join(cell) for cell in row]
            if any(cell.strip() for cell in cells):
                raw.append(("\x00".join(cells), None, (tables, row_number, 0)))
        if raw and "\x00" in raw[-1][0]:
            raw.append(("\x01", None, raw[-1][2]))  # an empty line ends the table
    encoding = detect_legacy("\n".join(text.replace("\x00", "\n") for text, _, _ in raw)) or ""
    # a table of Markdown rows ends with an empty line, as the reader writes HTML tables
    lines: list[Line] = []
    for text, paragraph, position in raw:
        if text == "\x01":
            lines.append(Line("", paragraph=paragraph, cell=position))
            continue
        if "\x00" in text:
            values = normalise_lines(text.split("\x00"), legacy=encoding)
            lines.append(Line(pipe_row(values), paragraph=paragraph, cell=position))
            continue
        normalised = normalise_lines([text], legacy=encoding)[0]
        if normalised.strip():
            lines.append(Line(normalised, paragraph=paragraph, cell=position))
    used = encoding or (sorted(reader.legacy_used)[0] if reader.legacy_used else None)
    return DocumentText(lines=lines, kind="docx", name=name, legacy=used)
