"""Actual values from CSV files: one observation per row.

Columns: ``indicator`` (a code), ``year``, ``value``, ``unit`` (a registry name
or a Vietnamese spelling; empty means the indicator's unit), and optionally
``jurisdiction``, ``subgroup`` and ``source``. Values may be written the
Vietnamese way (``74,5``, ``10.000``) or as plain decimals (``74.5``); yes/no
values (``có``/``không``, ``yes``/``no``, ``true``/``false``) record a
qualitative result.

>>> import io, yte_targets as yt
>>> rows = io.StringIO("indicator,year,value,unit,source\\nimr,2020,\\"12,5\\",‰,Niên giám\\n")
>>> [(o.indicator.code, o.year, o.value_in_unit) for o in yt.read_actuals(rows)]
[('imr', 2020, 12.5)]
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import IO, Final

from ..catalog import Catalog, default
from ..core.indicator import Indicator
from ..core.numbers import parse_number
from ..core.target import Observation, Source
from ..core.units import parse_unit, ureg
from ..errors import ParseError, PlanFileError, UnknownIndicatorError, YteTargetsError, shown

__all__ = ["load_actuals", "read_actuals"]

REQUIRED: Final = ("indicator", "year", "value")
OPTIONAL: Final = ("unit", "jurisdiction", "subgroup", "source")

_YES: Final = frozenset({"có", "yes", "true", "đạt"})
_NO: Final = frozenset({"không", "no", "false", "chưa đạt"})
_PLAIN: Final = re.compile(r"[-+]?\d+(?:\.\d+)?")
_AMBIGUOUS: Final = re.compile(r"[-+]?\d{1,3}(?:\.\d{3})+")  # "10.000": 10000 or 10.0?


def _decimal_style(values: Iterable[str]) -> str | None:
    """'vi' if some value is surely Vietnamese, 'plain' if surely plain, else None."""
    style: str | None = None
    for value in values:
        text = value.strip()
        if "," in text:
            return "vi"
        if _PLAIN.fullmatch(text) and "." in text and not _AMBIGUOUS.fullmatch(text):
            style = "plain"
    return style


def read_actuals(
    rows: IO[str] | Iterable[str],
    *,
    catalog: Catalog | None = None,
    indicators: Iterable[Indicator] = (),
    decimal: str = "auto",
    file: str | None = None,
) -> list[Observation]:
    """Read observations from CSV text (an open file or an iterable of lines).

    Indicators are looked up in ``indicators`` first (e.g. a plan's own), then
    in the catalogue. ``decimal`` says how numbers are written: ``"vi"``
    (``1.234,5``), ``"plain"`` (``1234.5``) or ``"auto"``: Vietnamese if any
    value has a decimal comma, plain if any has a decimal point that cannot be
    a thousands separator; a file whose values are all like ``10.000`` is
    ambiguous and refused. Every problem raises
    :class:`~yte_targets.PlanFileError` naming the row (1-based, the header
    is row 1) and the column.
    """
    if decimal not in ("auto", "vi", "plain"):
        raise PlanFileError(
            f"decimal must be 'auto', 'vi' or 'plain', got {shown(decimal)}", file=file
        )
    catalog = catalog or default()
    own = {i.code: i for i in indicators}
    reader = csv.DictReader(rows)
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise PlanFileError(
            f"missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)}; "
            f"expected {', '.join(REQUIRED)} and optionally {', '.join(OPTIONAL)}",
            path="row 1",
            file=file,
        )
    unknown = [c for c in header if c not in REQUIRED + OPTIONAL]
    if unknown:
        raise PlanFileError(f"unknown column {unknown[0]!r}", path="row 1", file=file)
    records = [{(k or "").strip(): (v or "") for k, v in r.items()} for r in reader]
    style = decimal if decimal != "auto" else _decimal_style(r["value"] for r in records)
    observations = []
    for number, record in enumerate(records, start=2):
        observations.append(_observation(record, number, style, own, catalog, file))
    return observations


def _observation(
    record: Mapping[str, str],
    row: int,
    style: str | None,
    own: Mapping[str, Indicator],
    catalog: Catalog,
    file: str | None,
) -> Observation:
    def fail(column: str, message: str) -> PlanFileError:
        return PlanFileError(message, f"row {row}, column {column}", file)

    code = record["indicator"].strip()
    indicator = own.get(code)
    if indicator is None:
        try:
            indicator = catalog.get(code)
        except UnknownIndicatorError as exc:
            raise fail("indicator", str(exc)) from None
    year_text = record["year"].strip()
    if not re.fullmatch(r"\d{4}", year_text):
        raise fail("year", f"expected a year like 2024, got {shown(year_text)}")
    text = record["value"].strip()
    value: object
    if text.casefold() in _YES or text.casefold() in _NO:
        value = text.casefold() in _YES
    else:
        try:
            magnitude = _number(text, style)
        except (ParseError, ValueError) as exc:
            raise fail("value", str(exc)) from None
        unit_text = record.get("unit", "").strip()
        try:
            unit = parse_unit(unit_text) if unit_text else indicator.unit
        except YteTargetsError as exc:
            raise fail("unit", str(exc)) from None
        value = ureg.Quantity(float(magnitude), unit)
    source_text = record.get("source", "").strip()
    try:
        return Observation(
            indicator=indicator,
            value=value,
            year=int(year_text),
            jurisdiction=record.get("jurisdiction", "").strip() or None,
            subgroup=record.get("subgroup", "").strip() or None,
            source=Source(quote=source_text) if source_text else None,
        )
    except YteTargetsError as exc:
        column = "year" if "year" in str(exc) else "value"
        raise fail(column, str(exc)) from None


def _number(text: str, style: str | None) -> Decimal:
    if style == "vi":
        return parse_number(text)
    if _PLAIN.fullmatch(text):
        if style is None and _AMBIGUOUS.fullmatch(text):
            raise ValueError(
                f"{text!r} is ambiguous: a Vietnamese {int(text.replace('.', '')):,} or a plain "
                f"{float(text)}; pass decimal='vi' or decimal='plain'"
            )
        return Decimal(text)
    if style == "plain":
        raise ValueError(f"expected a plain decimal number like 74.5, got {shown(text)}")
    return parse_number(text)


def load_actuals(
    path: str | os.PathLike[str],
    *,
    catalog: Catalog | None = None,
    indicators: Iterable[Indicator] = (),
    decimal: str = "auto",
) -> list[Observation]:
    """Read observations from a CSV file (UTF-8, a BOM allowed); see :func:`read_actuals`."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return read_actuals(
                handle, catalog=catalog, indicators=indicators, decimal=decimal, file=str(path)
            )
    except OSError as exc:
        raise PlanFileError(f"cannot read the file: {exc}", file=str(path)) from None
    except UnicodeDecodeError as exc:
        raise PlanFileError(f"not UTF-8 text: {exc}", file=str(path)) from None
    except csv.Error as exc:
        raise PlanFileError(f"not valid CSV: {exc}", file=str(path)) from None
