"""Indicator tables: Markdown tables with a column per milestone year.

::

    | TT | Chỉ tiêu                  | Đơn vị | Năm 2025 | Năm 2030 |
    |----|---------------------------|--------|----------|----------|
    |    | <b>Chỉ số đầu vào</b>     |        |          |          |
    | 1  | Số bác sĩ trên 10.000 dân | Người  | 10,31    | 19       |
    | 23 | Chiều cao trung bình ...  |        |          |          |
    |    | - Nam                     | cm     | 167      | 168,5    |

>>> import yte_targets as yt
>>> rows = ["| TT | Chỉ tiêu | Đơn vị | Năm 2025 | Năm 2030 |", "|---|---|---|---|---|",
...         "| 1 | Số bác sĩ trên 10.000 dân | Người | 10,31 | 19 |",
...         "| 2 | Tỉ lệ người dân tham gia bảo hiểm y tế | % | >90,26 | >95 |"]
>>> for t in yt.parse.read_indicator_tables(rows):
...     print(t, "| line", t.source.line)
Số bác sĩ trên 10.000 dân: đạt 10,31/10.000 dân (2025) | line 3
Số bác sĩ trên 10.000 dân: đạt 19/10.000 dân (2030) | line 3
Tỷ lệ tham gia bảo hiểm y tế: trên 90,26% (2025) | line 4
Tỷ lệ tham gia bảo hiểm y tế: trên 95% (2030) | line 4
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import zip_longest
from typing import Final

import attrs

from ..catalog import Catalog, default
from ..core.indicator import Direction
from ..core.target import Baseline, Source, Target
from ..core.units import Unit, parse_unit, unit_name
from ..errors import YteTargetsError
from .caseless import caseless
from .lang import language
from .ocr import tolerant
from .target import QUALIFIER, bind_indicator, checked_target, own_indicator, parse_target
from .value import RATE, clean_text, parse_target_value, rate_unit

__all__ = ["read_indicator_tables"]

_VI: Final = language("vi")


def _t(key: str) -> str:
    """The words under ``key`` of ``lang/vi/tables.toml``'s indicator tables, as scans damage
    them, in order."""
    return tolerant(*_VI.words("tables", f"indicators.{key}"))


def _as_written(key: str) -> str:
    """The words under ``key`` of ``lang/vi/tables.toml``'s indicator tables, as written."""
    return _VI.literal("tables", f"indicators.{key}")


_THE_YEAR: Final = tolerant(*_VI.words("time", "year"))
_LETTERS: Final = "".join(_VI.words("letters", "extra"))
_YEAR_HEADER: Final = caseless(
    rf"^(?:(?:{_t('year_heading')})\s+)?"
    rf"(?:(?:{_t('until')})\s+)?(?:(?:{_THE_YEAR})\s*)?((?:19|20|21)\d{{2}})$",
)
_ROW_NUMBER: Final = re.compile(r"^\d+(?:\.\d+)*\.?$")
_NAME_HEADER: Final = caseless(
    rf"(?<![^\W\d_])(?:{_t('name_column')})(?![^\W\d_])",
)
# A column of a past year's value: "Năm 2023 (ước TH)", "Thực hiện năm 2020", "Ước thực hiện
# 2023", "Hiện trạng 2020", "Năm 2020 (năm gốc)".
_PAST_WORDS: Final = _t("past_column")
_BASE_HEADER: Final = caseless(
    rf"(?=.*\b(?:{_PAST_WORDS}|{_as_written('past_column_short')})\b).*?"
    rf"(?P<year>(?:19|20|21)\d{{2}})",
)
_UNIT_HEADER: Final = caseless(
    "|".join(
        [
            _t("unit_column"),
            *(rf"^{re.escape(w)}\b" for w in _VI.words("tables", "indicators.unit_column_short")),
        ]
    ),
)
_SEPARATOR: Final = re.compile(r"^[\s|:\-]+$")
_CHILD: Final = re.compile(r"^[-–+•]\s*")
_SUBGROUP: Final = caseless(rf"^[-–+•]\s*({_as_written('subgroups')})\s*$")
# A row that names a category of indicators ("Chỉ số đầu vào") heads no indicator of its own.
_CATEGORY: Final = caseless(_t("categories"))


def _cells(line: str) -> list[str]:
    return [clean_text(c) for c in line.strip().strip("|").split("|")]


def read_indicator_tables(
    lines: Sequence[str],
    *,
    first_line: int = 1,
    catalog: Catalog | None = None,
    document: str | None = None,
    issued: int | None = None,
) -> list[Target]:
    """The targets of every Markdown indicator table in ``lines``.

    A table counts when its header names years ("Năm 2025", "2030"); its name
    column is the one headed "Chỉ tiêu" (or "Chỉ số", "Nội dung", "Tên"), its
    unit column "Đơn vị". Rows whose year cells are empty are headings: a
    category ("Chỉ số đầu vào") or the parent of the rows below it ("Chiều
    cao ...", then "- Nam", "- Nữ" as subgroups). A rate in the indicator's name
    ("Số bác sĩ trên 10.000 dân") beats a count in the unit column ("Người"). A
    cell without a number ("Loại trừ sốt rét") is a qualitative target. Each
    target's source is its row's line (``first_line`` is the number of
    ``lines[0]``) and the row's words. A column of a past year ("Năm 2023 (ước
    TH)", "Thực hiện năm 2020", or any year before ``issued``, the year of the
    plan) holds no targets: its values are the baselines of the row's targets.
    """
    catalog = catalog or default()
    targets: list[Target] = []
    header: dict[str, object] | None = None
    parent = ""
    above: list[str] | None = None  # a header row without years, whose years may come next
    for row in [*_markdown_rows(lines), *_cell_rows(lines)]:
        if row is None:
            header, parent, above = None, "", None
            continue
        index, cells, quote = row
        years = {
            i: int(m.group(1)) for i, c in enumerate(cells) if (m := _YEAR_HEADER.match(c.strip()))
        }
        named = any(_NAME_HEADER.search(c) for c in cells) and not _ROW_NUMBER.match(cells[0])
        if named and not years and header is None:
            # "| TT | Chỉ tiêu | ... | Mục tiêu |" over "| ... | Năm 2025 | Năm 2030 |"
            above = cells
            continue
        if (
            years
            and not named
            and above is not None
            and all(not c or _YEAR_HEADER.match(c) or _HEADER_CELL.match(c) for c in cells)
        ):  # the row of years under the header, not a data row with a year ("| 14 | … | 2024 |")
            cells = [mine or theirs for theirs, mine in zip_longest(above, cells, fillvalue="")]
            named = True
        above = None
        if years and named:
            name_column = next((i for i, c in enumerate(cells) if _NAME_HEADER.search(c)), 1)
            unit_column = next((i for i, c in enumerate(cells) if _UNIT_HEADER.search(c)), None)
            bases = {
                i: int(m.group("year"))
                for i, c in enumerate(cells)
                if i not in years and (m := _BASE_HEADER.search(c))
            }
            if issued is not None:  # a year before the plan's is a result, not a target
                bases.update({i: y for i, y in years.items() if y < issued})
                years = {i: y for i, y in years.items() if y >= issued}
            header = {"years": years, "name": name_column, "unit": unit_column, "bases": bases}
            continue
        if header is None:
            continue
        year_columns: dict[int, int] = header["years"]  # type: ignore[assignment]
        name_column: int = header["name"]  # type: ignore[no-redef]
        unit_column: int | None = header["unit"]  # type: ignore[no-redef]
        if name_column >= len(cells):
            continue
        name = cells[name_column]
        values = {year: cells[i] for i, year in year_columns.items() if i < len(cells)}
        if not name:
            continue
        if not any(values.values()):
            if not _CATEGORY.search(name):
                parent = name
            continue
        subgroup = None
        found = _SUBGROUP.match(name)
        if found is not None and parent:
            subgroup = found.group(1).lower()
            name = parent
        elif parent and _CHILD.match(name):  # "- Thể nhẹ cân" under "Tỷ lệ suy dinh dưỡng ..."
            name = f"{parent} {_CHILD.sub('', name)}"
        unit_text = (
            cells[unit_column] if unit_column is not None and unit_column < len(cells) else ""
        )
        source = Source(document=document, line=first_line + index, quote=quote)
        base_columns: dict[int, int] = header["bases"]  # type: ignore[assignment]
        past = {year: cells[i] for i, year in base_columns.items() if i < len(cells) and cells[i]}
        for year, cell in values.items():
            if cell:
                found_targets = _cell_targets(
                    name, cell, unit_text, year, subgroup, source, catalog
                )
                targets.extend(_with_baseline(t, past, name, unit_text) for t in found_targets)
    return targets


def _with_baseline(target: Target, bases: dict[int, str], name: str, unit_text: str) -> Target:
    """``target`` with the value of the table's column of a past year ("Năm 2023 (ước TH)",
    "Thực hiện năm 2020") as its baseline: the latest year before the target's."""
    if target.value is None or target.year is None or target.baseline is not None:
        return target
    earlier = [year for year in bases if year < target.year]
    if not earlier:
        return target
    year = max(earlier)
    try:
        value = parse_target_value(
            bases[year], target.indicator, unit=_context_unit(name, unit_text)
        )[1]
        return attrs.evolve(target, baseline=Baseline(value=value, year=year))
    except YteTargetsError:
        return target


_Row = tuple[int, list[str], str] | None  # (index of the row's line, cells, quote); None: end


def _markdown_rows(lines: Sequence[str]) -> Iterator[_Row]:
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line.startswith("|"):
            yield None
            continue
        if not _SEPARATOR.match(line):
            yield index, _cells(line), line


_HEADER_CELL: Final = caseless(
    rf"^(?:{_as_written('number_column')}|{_t('header_cells')})\b"
    rf"|^(?:(?:{_THE_YEAR})\s*)?(?:19|20|21)\d{{2}}$",
)
_SECTION_CELL: Final = re.compile(
    rf"^(?:[IVX]{{1,5}}|[A-Z{_LETTERS.upper()}]|[a-z{_LETTERS}]\))\.?$"
)


def cell_table_lines(lines: Sequence[str]) -> frozenset[int]:
    """The indices of the lines that hold tables with one cell per line (header and rows), so
    that a reader of sentences passes over their cells."""
    return _cell_tables(tuple(lines))[1]


@lru_cache(maxsize=8)
def _cell_tables(
    lines: tuple[str, ...],
) -> tuple[tuple[tuple[int, tuple[str, ...], str] | None, ...], frozenset[int]]:
    """The rows of a document's tables with one cell per line, and the lines they hold: both
    readers of a document ask for them (the table reader, the reader of sentences)."""
    spans: list[tuple[int, int]] = []
    rows = tuple(
        None if row is None else (row[0], tuple(row[1]), row[2])
        for row in _cell_per_line_rows(lines, spans)
    )
    return rows, frozenset(i for start, stop in spans for i in range(start, stop + 1))


def _cell_rows(lines: Sequence[str]) -> list[_Row]:
    return [
        None if row is None else (row[0], list(row[1]), row[2])
        for row in _cell_tables(tuple(lines))[0]
    ]


def _cell_per_line_rows(
    lines: Sequence[str], spans: list[tuple[int, int]] | None = None
) -> Iterator[_Row]:
    """Rows of tables whose cells stand one per line (Word documents converted to text: a
    blank line between cells, a no-break space for an empty cell). The header is a run of
    header cells with a year among them; then each row starts with its number (or an empty
    cell, as a subgroup's row does), and a Roman numeral or a letter opens a section row of
    two cells."""
    cells = [
        (index, clean_text(raw))
        for index, raw in enumerate(lines)
        if raw.strip("\r\n") != "" and not raw.lstrip().startswith("|")
    ]
    position = 0
    while position < len(cells):
        width = 0
        while (
            position + width < len(cells)
            and len(cells[position + width][1]) <= 40
            and _HEADER_CELL.match(cells[position + width][1])
        ):
            width += 1
        header = [text for _, text in cells[position : position + width]]
        if width < 3 or not any(_YEAR_HEADER.match(c) for c in header):
            position += max(width, 1)
            continue
        start = cells[position][0]
        yield start, header, " | ".join(header)
        position += width
        last = cells[position - 1][0]
        while position < len(cells):
            first = cells[position][1]
            if _SECTION_CELL.match(first):
                row = [text for _, text in cells[position : position + 2]]
                yield cells[position][0], ["", *row[1:]], " | ".join(row)
                last = cells[min(position + 1, len(cells) - 1)][0]
                position += 2
                continue
            if first and not _ROW_NUMBER.match(first):
                break
            row = [text for _, text in cells[position : position + width]]
            if len(row) < 2:
                break
            yield cells[position][0], row, " | ".join(c for c in row if c)
            last = cells[min(position + width, len(cells)) - 1][0]
            position += width
        if spans is not None:
            spans.append((start, last))
        yield None


def _context_unit(name: str, unit_text: str) -> Unit | None:
    rate = RATE.search(name) or RATE.search(unit_text)  # "Người/100.000 dân": the rate
    if rate is not None:
        return rate_unit(rate.group())
    if unit_text:
        try:
            return parse_unit(unit_text)
        except YteTargetsError:
            return None
    return None


def _cell_targets(
    name: str,
    cell: str,
    unit_text: str,
    year: int,
    subgroup: str | None,
    source: Source,
    catalog: Catalog,
) -> list[Target]:
    indicator, used = bind_indicator(name, "", catalog)
    if not re.search(r"\d", cell):
        if indicator is not None:
            return [
                Target(
                    indicator=indicator, statement=cell, year=year, subgroup=subgroup, source=source
                )
            ]
        return list(parse_target(cell, year, source=source))
    if (
        indicator is not None
        and indicator.direction is Direction.ELIMINATE
        and unit_name(indicator.unit) == "dimensionless"
    ):
        # "Sốt rét | 0,02/100.000": a number is no yes/no aim; another indicator, or its own
        indicator, used = bind_indicator(name, "", catalog, frozenset({indicator.code}))
    qualifier = None
    found = QUALIFIER.search(cell)
    if found is not None:
        qualifier = found.group().strip()
        cell = cell[: found.start()] + cell[found.end() :]
    context = _context_unit(name, unit_text)
    try:
        comparator, value = parse_target_value(cell, indicator, unit=context)
    except YteTargetsError:
        try:
            comparator, value = parse_target_value(cell, unit=context)
        except YteTargetsError:
            return []
        indicator = None
    if indicator is None:
        try:
            indicator = own_indicator(used, comparator, value.units)
        except YteTargetsError:
            return []
    built = checked_target(
        indicator=indicator,
        comparator=comparator,
        value=value,
        year=year,
        qualifier=qualifier,
        subgroup=subgroup,
        source=source,
    )
    return [] if built is None else [built]
