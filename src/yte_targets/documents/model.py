"""The text of a document as lines, each with where it stands in its source.

>>> from yte_targets.documents import DocumentText, Line
>>> doc = DocumentText(
...     lines=(Line("KẾ HOẠCH", page=1, line=1), Line("| TT | Chỉ tiêu |", page=1, line=2)),
...     kind="pdf",
...     name="ke-hoach.pdf",
... )
>>> print(doc.text)
KẾ HOẠCH
| TT | Chỉ tiêu |
>>> doc.at(2).where
'page 1, line 2'
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import attrs

from ..errors import InvalidValueError

__all__ = ["KINDS", "DocumentText", "Line"]

#: The kinds of document :func:`~yte_targets.read_document` reads.
KINDS: Final = ("pdf", "docx", "html", "txt")


def _check_text(_instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise InvalidValueError(f"{attribute.name} must be a str, not {value!r}")
    if "\n" in value or "\r" in value:
        raise InvalidValueError(
            f"{attribute.name} {value!r} holds a line break; expected the text of one line"
        )


def _check_position(
    _instance: object, attribute: attrs.Attribute[int | None], value: object
) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidValueError(
            f"{attribute.name} must be a whole number from 1 (or None), not {value!r}"
        )


def _check_cell(
    _instance: object, attribute: attrs.Attribute[tuple[int, int, int] | None], value: object
) -> None:
    if value is None:
        return
    if (
        not isinstance(value, tuple)
        or len(value) != 3
        or not all(isinstance(n, int) and not isinstance(n, bool) for n in value)
        or value[0] < 1
        or value[1] < 1
        or value[2] < 0
    ):
        raise InvalidValueError(
            f"cell must be (table, row, column) counted from 1, with column 0 for a whole row, "
            f"not {value!r}"
        )


@attrs.frozen
class Line:
    """One line of a document's text and its source position.

    ``page`` and ``line`` (the line's rank on that page) locate a line of a PDF;
    ``paragraph`` (the rank of a paragraph of the body) and ``cell`` (table, row,
    column) a line of a Word document; ``line`` alone a line of a text file or of
    the source of a web page. Every count starts at 1; a table row written as one
    Markdown row (``| TT | Chỉ tiêu | … |``) has the column 0 in its ``cell``.
    """

    text: str = attrs.field(validator=_check_text)
    page: int | None = attrs.field(default=None, validator=_check_position)
    line: int | None = attrs.field(default=None, validator=_check_position)
    paragraph: int | None = attrs.field(default=None, validator=_check_position)
    cell: tuple[int, int, int] | None = attrs.field(default=None, validator=_check_cell)

    @property
    def where(self) -> str:
        """The position in words: ``'page 3, line 12'``, ``'table 1, row 4'``,
        ``'paragraph 7'``, ``'line 20'`` (or ``''`` when the line has none)."""
        parts: list[str] = []
        if self.page is not None:
            parts.append(f"page {self.page}")
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.paragraph is not None:
            parts.append(f"paragraph {self.paragraph}")
        if self.cell is not None:
            table, row, column = self.cell
            parts.append(f"table {table}, row {row}" + (f", column {column}" if column else ""))
        return ", ".join(parts)


def _check_kind(_instance: object, _attribute: attrs.Attribute[str], value: object) -> None:
    if value not in KINDS:
        raise InvalidValueError(
            f"unknown document kind {value!r}; expected one of " + ", ".join(map(repr, KINDS))
        )


def _check_legacy(
    _instance: object, _attribute: attrs.Attribute[str | None], value: object
) -> None:
    if value not in (None, "tcvn3", "vni"):
        raise InvalidValueError(
            f"unknown legacy encoding {value!r}; expected 'tcvn3', 'vni' or None"
        )


def _to_lines(lines: Iterable[Line]) -> tuple[Line, ...]:
    return tuple(lines)


def _check_lines(
    _instance: object, _attribute: attrs.Attribute[tuple[Line, ...]], value: tuple[object, ...]
) -> None:
    for index, line in enumerate(value):
        if not isinstance(line, Line):
            raise InvalidValueError(f"lines[{index}] must be a Line, not {line!r}")


@attrs.frozen
class DocumentText:
    """The text of a document, line by line, as :func:`~yte_targets.read_document` reads it.

    ``kind`` is ``"pdf"``, ``"docx"``, ``"html"`` or ``"txt"``; ``name`` the file's
    name (``None`` for bytes); ``legacy`` the legacy encoding its text was converted
    from (``"tcvn3"`` or ``"vni"``), if any. :attr:`text` is what
    :func:`~yte_targets.extract_plan` reads, and line ``n`` of it is ``lines[n - 1]``
    (:meth:`at`), so a target's ``source.line`` leads back to its page or cell.
    """

    lines: tuple[Line, ...] = attrs.field(converter=_to_lines, validator=_check_lines)
    kind: str = attrs.field(validator=_check_kind)
    name: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )
    legacy: str | None = attrs.field(default=None, validator=_check_legacy)

    @property
    def text(self) -> str:
        """The lines joined by ``"\\n"``: the input of :func:`~yte_targets.extract_plan`."""
        return "\n".join(line.text for line in self.lines)

    def at(self, line: int) -> Line:
        """The :class:`Line` of line number ``line`` (counted from 1) of :attr:`text`."""
        if isinstance(line, bool) or not isinstance(line, int) or not 1 <= line <= len(self.lines):
            raise InvalidValueError(
                f"line {line!r} is not a line of this document; expected 1 to {len(self.lines)}"
            )
        return self.lines[line - 1]

    def __len__(self) -> int:
        return len(self.lines)
