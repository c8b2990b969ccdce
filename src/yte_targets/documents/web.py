"""Web pages: the plan's text found inside a legal portal's page (standard library only).

A portal wraps the document in its menus, breadcrumbs, search boxes, lists of
related documents, footers, scripts and styles. They are dropped: elements that
never hold a document's text (``script``, ``style``, ``nav``, ``header``,
``footer``, ``aside``, ``form``, …), elements whose role, class or id names a
page's furniture (``menu``, ``breadcrumb``, ``footer``, ``sidebar``, ``related``,
``share``, …), and blocks made mostly of links. Of what is left, the text-dense
block is kept: from the page's body, the reader goes down into the child holding
three quarters of the text (links aside) while there is one, so that the
document's own header and title, which sit beside its body, stay in.

Each block (paragraph, heading, list item, ``<br>``) is a line; each ``<table>``
row a Markdown row, merged cells on the grid with their text in the first grid
cell, and an empty line after the table (as :mod:`yte_targets.read.markup` does);
a table that only lays text out side by side is read as lines. Every line keeps
the line of the page's source it begins on.

>>> from yte_targets.documents.web import read_html
>>> page = '''<html><body><nav><a href="/">Trang chủ</a> | <a href="/vb">Văn bản</a></nav>
... <div class="content"><p>KẾ HOẠCH</p><p>Tỷ lệ tham gia bảo hiểm y tế đạt trên 95%.</p>
... <table><tr><th>TT</th><th>Chỉ tiêu</th></tr><tr><td>1</td><td>Tuổi thọ</td></tr></table>
... </div><footer>© Cổng thông tin</footer></body></html>'''
>>> doc = read_html(page)
>>> print(doc.text)
KẾ HOẠCH
Tỷ lệ tham gia bảo hiểm y tế đạt trên 95%.
| TT | Chỉ tiêu |
| 1 | Tuổi thọ |
<BLANKLINE>
>>> [line.line for line in doc.lines]
[2, 2, 3, 3, 3]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Final

import attrs

from .legacy import detect_legacy
from .model import DocumentText, Line
from .normalise import normalise_lines
from .tables import cell_text, is_layout_table, pipe_row

__all__ = ["read_html"]

_VOID: Final = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    }
)
_DROPPED: Final = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "option",
        "iframe",
        "svg",
        "head",
        "menu",
        "object",
        "canvas",
        "textarea",
        "audio",
        "video",
        "map",
        "dialog",
    }
)
_BLOCKS: Final = frozenset(
    {
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "section",
        "article",
        "main",
        "blockquote",
        "pre",
        "address",
        "figure",
        "figcaption",
        "center",
        "hr",
        "body",
        "html",
        "fieldset",
        "details",
        "summary",
        "caption",
    }
)
_TABLE_PARTS: Final = frozenset({"thead", "tbody", "tfoot", "tr"})
_FURNITURE: Final = frozenset(
    {
        "nav",
        "navbar",
        "navigation",
        "menu",
        "mainmenu",
        "submenu",
        "megamenu",
        "breadcrumb",
        "breadcrumbs",
        "crumbs",
        "footer",
        "sidebar",
        "related",
        "share",
        "sharing",
        "social",
        "banner",
        "advert",
        "advertisement",
        "ads",
        "login",
        "search",
        "toolbar",
        "pagination",
        "pager",
        "cookie",
        "cookies",
        "popup",
        "modal",
        "comment",
        "comments",
        "rss",
        "lienquan",
        "vanbanlienquan",
        "vblienquan",
        "tinlienquan",
        "tinkhac",
    }
)
_ROLES: Final = frozenset(
    {"navigation", "banner", "contentinfo", "menu", "menubar", "search", "complementary"}
)
#: The share of a block's text (links aside) a child must hold for the reader to go into it.
_DOMINANT: Final = 0.75


@attrs.define(eq=False)
class _Text:
    text: str
    line: int


@attrs.define(eq=False)
class _Node:
    tag: str
    attributes: dict[str, str]
    line: int
    children: list[_Node | _Text] = attrs.field(factory=list)

    def elements(self) -> Iterator[_Node]:
        return (child for child in self.children if isinstance(child, _Node))


class _Builder(HTMLParser):
    """A tolerant tree of the page: unclosed ``p``, ``li``, ``td`` and ``tr`` close
    where a browser would close them, stray end tags are ignored."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {}, 1)
        self.stack = [self.root]

    def _close(self, targets: frozenset[str], stops: frozenset[str]) -> None:
        for index in range(len(self.stack) - 1, 0, -1):
            tag = self.stack[index].tag
            if tag in stops:
                return
            if tag in targets:
                del self.stack[index:]
                return

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("td", "th"):
            self._close(frozenset({"td", "th"}), frozenset({"tr", "table"}))
        elif tag == "tr":
            self._close(frozenset({"tr"}), frozenset({"table", "tbody", "thead", "tfoot"}))
        elif tag == "li":
            self._close(frozenset({"li"}), frozenset({"ul", "ol"}))
        if tag in _BLOCKS:
            self._close(frozenset({"p"}), _BLOCKS - {"p"})
        node = _Node(tag, {name: value or "" for name, value in attrs}, self.getpos()[0])
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = _Node(tag, {name: value or "" for name, value in attrs}, self.getpos()[0])
        self.stack[-1].children.append(node)

    def handle_endtag(self, tag: str) -> None:
        stops = frozenset({"table"}) if tag in ("td", "th", "tr") else frozenset()
        self._close(frozenset({tag}), stops)

    def handle_data(self, data: str) -> None:
        stripped = data.lstrip()
        line = self.getpos()[0] + data[: len(data) - len(stripped)].count("\n")
        self.stack[-1].children.append(_Text(data, line))


def _furniture(node: _Node) -> bool:
    if node.tag in _DROPPED:
        return True
    if node.attributes.get("role", "").casefold() in _ROLES:
        return True
    if node.attributes.get("aria-hidden", "").casefold() == "true":
        return True
    names = f"{node.attributes.get('class', '')} {node.attributes.get('id', '')}".casefold()
    return any(token in _FURNITURE for token in re.split(r"[^a-z0-9]+", names))


@attrs.define
class _Weight:
    text: int = 0
    linked: int = 0
    links: int = 0

    @property
    def content(self) -> int:
        return self.text - self.linked


class _Page:
    def __init__(self, root: _Node) -> None:
        self.root = root
        self.weights: dict[int, _Weight] = {}
        self.parents: dict[int, _Node] = {}
        self._weigh(root, inside_link=False)

    def _weigh(self, node: _Node, inside_link: bool) -> _Weight:
        weight = _Weight()
        link = inside_link or node.tag == "a"
        for child in node.children:
            if isinstance(child, _Text):
                size = len(child.text.strip())
                weight.text += size
                weight.linked += size if link else 0
                continue
            self.parents[id(child)] = node
            if _furniture(child):
                continue
            inner = self._weigh(child, link)
            weight.text += inner.text
            weight.linked += inner.linked
            weight.links += inner.links + (child.tag == "a")
        self.weights[id(node)] = weight
        return weight

    def weight(self, node: _Node) -> _Weight:
        return self.weights.get(id(node), _Weight())

    def body(self) -> _Node:
        """The block that holds the document: the text-dense block of the page."""
        node = next(self._find(self.root, "body"), self.root)
        while True:
            children = [child for child in node.elements() if not _furniture(child)]
            if not children:
                break
            top = max(children, key=lambda child: self.weight(child).content)
            if self.weight(top).content < _DOMINANT * self.weight(node).content:
                break
            node = top
        if node.tag in _TABLE_PARTS:  # a row of a table, not the table: the whole table
            table = self._table_of(node)
            node = node if table is None else table
        return node

    def _table_of(self, node: _Node) -> _Node | None:
        parent = self.parents.get(id(node))
        while parent is not None and parent.tag != "table":
            parent = self.parents.get(id(parent))
        return parent

    def _find(self, node: _Node, tag: str) -> Iterator[_Node]:
        for child in node.elements():
            if child.tag == tag:
                yield child
            yield from self._find(child, tag)

    def link_block(self, node: _Node) -> bool:
        """A block made of links: a list of related documents, a menu left in."""
        weight = self.weight(node)
        return node.tag in _BLOCKS and weight.links >= 3 and weight.linked > 0.5 * weight.text


class _Writer:
    """The lines of a block: (text, source line); table rows carry their cells."""

    def __init__(self, page: _Page) -> None:
        self.page = page
        self.lines: list[tuple[str, int, tuple[str, ...] | None]] = []
        self.parts: list[str] = []
        self.first: int | None = None

    def flush(self) -> None:
        text = " ".join("".join(self.parts).split())
        if text:
            self.lines.append((text, self.first or 1, None))
        self.parts, self.first = [], None

    def write(self, node: _Node) -> None:
        for child in node.children:
            if isinstance(child, _Text):
                if child.text.strip() and self.first is None:
                    self.first = child.line
                self.parts.append(child.text)
            elif _furniture(child) or self.page.link_block(child):
                continue
            elif child.tag == "br":
                self.flush()
            elif child.tag == "table":
                self.flush()
                self.table(child)
            elif child.tag == "pre":
                self.flush()
                self.pre(child)
            elif child.tag in _BLOCKS:
                self.flush()
                self.write(child)
                self.flush()
            else:
                self.write(child)

    def pre(self, node: _Node) -> None:
        for child in node.children:
            if isinstance(child, _Text):
                for offset, text in enumerate(child.text.split("\n")):
                    if text.strip():
                        self.lines.append((text.rstrip(), child.line + offset, None))
            else:
                self.write(child)
                self.flush()

    def cell(self, node: _Node) -> list[tuple[str, int, tuple[str, ...] | None]]:
        writer = _Writer(self.page)
        writer.write(node)
        writer.flush()
        return writer.lines

    def table(self, node: _Node) -> None:
        rows = list(_rows(node))
        grid: list[list[list[tuple[str, int, tuple[str, ...] | None]]]] = []
        below: dict[int, int] = {}  # column -> rows a cell above still covers
        for row in rows:
            cells: list[list[tuple[str, int, tuple[str, ...] | None]]] = []
            for cell in row.elements():
                if cell.tag not in ("td", "th"):
                    continue
                while below.get(len(cells), 0) > 0:
                    below[len(cells)] -= 1
                    cells.append([])
                width = _span(cell, "colspan")
                height = _span(cell, "rowspan")
                for offset in range(width):
                    if height > 1:
                        below[len(cells)] = height - 1
                    cells.append(self.cell(cell) if offset == 0 else [])
            while below.get(len(cells), 0) > 0:
                below[len(cells)] -= 1
                cells.append([])
            grid.append(cells)
        texts = [[[text for text, _, _ in cell] for cell in row] for row in grid]
        if is_layout_table(texts):
            self.lines += [line for row in grid for cell in row for line in cell]
            return
        for row, cells in zip(rows, grid, strict=True):
            values = tuple(cell_text(" ".join(text for text, _, _ in cell)) for cell in cells)
            if any(values):
                self.lines.append(("", row.line, values))
        if self.lines and self.lines[-1][2] is not None:
            self.lines.append(("", self.lines[-1][1], ()))  # an empty line ends the table


def _rows(table: _Node) -> Iterator[_Node]:
    for child in table.elements():
        if child.tag == "tr":
            yield child
        elif child.tag in ("thead", "tbody", "tfoot"):
            yield from (row for row in child.elements() if row.tag == "tr")


def _span(cell: _Node, name: str) -> int:
    value = re.match(r"\s*(\d{1,3})", cell.attributes.get(name, ""))
    return max(1, min(int(value.group(1)), 100)) if value else 1


def read_html(html: str, name: str | None = None) -> DocumentText:
    """The text of a web page: the document's body, its tables as Markdown rows."""
    builder = _Builder()
    builder.feed(html)
    builder.close()
    page = _Page(builder.root)
    writer = _Writer(page)
    writer.write(_Node("#block", {}, 1, [page.body()]))
    writer.flush()
    texts = [text for text, _, cells in writer.lines if cells is None]
    cells = [value for _, _, row in writer.lines for value in row or ()]
    encoding = detect_legacy("\n".join(texts + cells)) or ""
    lines: list[Line] = []
    for text, line, row in writer.lines:
        if row == ():
            lines.append(Line("", line=line))
        elif row is None:
            lines.append(Line(normalise_lines([text], legacy=encoding)[0], line=line))
        else:
            lines.append(Line(pipe_row(normalise_lines(row, legacy=encoding)), line=line))
    return DocumentText(
        lines=[
            line
            for line, (_, _, row) in zip(lines, writer.lines, strict=True)
            if line.text.strip() or row == ()
        ],
        kind="html",
        name=name,
        legacy=encoding or None,
    )
