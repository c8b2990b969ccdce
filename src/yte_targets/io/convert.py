"""Plan files: one cattrs converter between the domain types and plain data; JSON, YAML, TOML.

A plan file is a mapping. Targets name their indicator by code, resolved in the
file's own ``indicators`` list first, then in the catalogue; quantities are a
number and a unit name (``value: 10``, ``unit: permille``); fields left at
their default are left out.

>>> import yte_targets as yt
>>> plan = yt.Plan.from_dict({
...     "title": "Kế hoạch thử",
...     "issued": "2018-07-16",
...     "targets": [{"indicator": "imr", "comparator": "<", "value": 10, "unit": "permille",
...                  "year": 2030}],
... })
>>> print(plan.targets[0])
Tỷ suất tử vong trẻ em dưới 1 tuổi: dưới 10‰ (2030)
>>> plan.to_dict()["targets"]
[{'indicator': 'imr', 'comparator': '<', 'value': 10, 'unit': 'permille', 'year': 2030}]
>>> yt.Plan.from_dict({"title": "X", "targets": [{"indicator": "imr", "comparator": "<",
...                    "value": 10, "unit": "per_10000_people", "year": 2030}]})
Traceback (most recent call last):
...
yte_targets.errors.PlanFileError: targets[0].value: cannot convert from 'per_10000_people' to ...

YAML is read with the safe loader only.
"""

from __future__ import annotations

import datetime
import json
import math
import os
import typing
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, Final, TypeVar

import attrs
import cattrs
from cattrs.errors import ForbiddenExtraKeysError
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from ..catalog import Catalog, default
from ..core.indicator import Band, Indicator
from ..core.plan import (
    Agency,
    Assignment,
    DocumentRef,
    MonthDay,
    Plan,
    ReportingDuty,
    Timeframe,
)
from ..core.target import Baseline, Comparator, Relative, Source, Target
from ..core.units import Quantity, Unit, magnitude_in, to_unit, ureg
from ..errors import (
    InvalidValueError,
    PlanFileError,
    UnknownIndicatorError,
    YteTargetsError,
    shown,
)

__all__ = [
    "FORMATS",
    "converter",
    "dump_plan",
    "dumps_plan",
    "load_plan",
    "loads_plan",
    "plan_from_dict",
    "plan_to_dict",
]

T = TypeVar("T")

#: File suffixes and the format each one means.
FORMATS: Final = {".json": "json", ".yaml": "yaml", ".yml": "yaml", ".toml": "toml"}


# ---- strict primitives ---------------------------------------------------------------------


def _int(value: Any, _: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValueError(f"expected a whole number, got {shown(value)}")
    return value


def _number(value: Any, _: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidValueError(f"expected a number, got {shown(value)}")
    try:
        finite = math.isfinite(value)
    except OverflowError:  # an int too large for a float
        finite = False
    if not finite:
        raise InvalidValueError(f"expected a finite number, got {shown(value)}")
    return value


def _str(value: Any, _: Any) -> str:
    if not isinstance(value, str):
        raise InvalidValueError(f"expected text, got {shown(value)}")
    return value


def _bool(value: Any, _: Any) -> bool:
    if not isinstance(value, bool):
        raise InvalidValueError(f"expected true or false, got {shown(value)}")
    return value


def _date(value: Any, _: Any) -> datetime.date:
    if isinstance(value, datetime.datetime):
        raise InvalidValueError(f"expected a date without a time, got {shown(value)}")
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    raise InvalidValueError(f"expected a date as YYYY-MM-DD, got {shown(value)}")


def _magnitude_out(value: Any) -> int | float:
    number = float(value)
    if number.is_integer() and abs(number) < 2**53:
        return int(number)
    return number


def _quantity_in(data: Any, _: Any = None) -> Quantity:
    if not isinstance(data, Mapping) or set(data) - {"value", "unit"} or "value" not in data:
        raise InvalidValueError(f"expected a mapping with 'value' and 'unit', got {shown(data)}")
    return ureg.Quantity(_number(data["value"], None), _unit_in(data.get("unit", "")))


def _quantity_out(quantity: Quantity) -> dict[str, Any]:
    return {"value": _magnitude_out(quantity.magnitude), "unit": str(quantity.units)}


def _unit_in(data: Any, _: Any = None) -> Unit:
    if not isinstance(data, str):
        raise InvalidValueError(f"expected a unit name, got {shown(data)}")
    return to_unit(data)


def _month_day_in(data: Any, _: Any) -> MonthDay:
    if isinstance(data, str) and data.count("/") == 1:
        day, month = data.split("/")
        if day.strip().isdigit() and month.strip().isdigit():
            return MonthDay(int(day), int(month))
    raise InvalidValueError(
        f"expected a day of the year as 'day/month' (e.g. '10/12'), got {shown(data)}"
    )


# ---- the converter -------------------------------------------------------------------------


def _make_converter() -> cattrs.Converter:
    c = cattrs.Converter(detailed_validation=True)
    c.register_structure_hook(int, _int)
    c.register_structure_hook(float, _number)
    c.register_structure_hook(str, _str)
    c.register_structure_hook(bool, _bool)
    c.register_structure_hook(datetime.date, _date)
    c.register_unstructure_hook(datetime.date, lambda d: d.isoformat())
    c.register_structure_hook(Unit, _unit_in)
    c.register_unstructure_hook(Unit, str)
    c.register_structure_hook(Quantity, _quantity_in)
    c.register_unstructure_hook(Quantity, _quantity_out)
    c.register_structure_hook(Agency, lambda d, _: Agency(_str(d, None)))
    c.register_unstructure_hook(Agency, lambda a: a.name)
    c.register_structure_hook_factory(_is_homogeneous_tuple, _tuple_hook(c))
    c.register_structure_hook(MonthDay, _month_day_in)
    c.register_unstructure_hook(MonthDay, str)
    for cls in (Band, Source, Relative, DocumentRef, Timeframe, ReportingDuty, Assignment):
        c.register_structure_hook(cls, _mapping_only(cls, c))
        c.register_unstructure_hook(
            cls, make_dict_unstructure_fn(cls, c, _cattrs_omit_if_default=True)
        )
    c.register_structure_hook(Baseline, _baseline_in)
    c.register_unstructure_hook(Baseline, lambda b: _baseline_out(c, b))
    c.register_structure_hook(Indicator, _mapping_only(Indicator, c))
    c.register_unstructure_hook(
        Indicator, make_dict_unstructure_fn(Indicator, c, _cattrs_omit_if_default=True)
    )
    return c


def _is_homogeneous_tuple(kind: Any) -> bool:
    args = typing.get_args(kind)
    return typing.get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_hook(c: cattrs.Converter) -> Callable[[Any], Callable[[Any, Any], tuple[Any, ...]]]:
    """Lists become tuples item by item; a lone string is not a list of its letters
    (but a lone agency name is a list of one agency)."""

    def factory(kind: Any) -> Callable[[Any, Any], tuple[Any, ...]]:
        item_type = typing.get_args(kind)[0]

        def structure(data: Any, _: Any) -> tuple[Any, ...]:
            if isinstance(data, str) and item_type is Agency:
                data = [data]
            if not isinstance(data, list | tuple):
                raise InvalidValueError(f"expected a list, got {shown(data)}")
            items = []
            for index, item in enumerate(data):
                with _field(f"[{index}]"):
                    items.append(c.structure(item, item_type))
            return tuple(items)

        return structure

    return factory


def _mapping_only(cls: type, c: cattrs.Converter) -> Callable[[Any, Any], Any]:
    """cattrs' structure function for ``cls``, refusing anything but a mapping first (it
    would otherwise fail on a string with an AttributeError)."""
    structure: Callable[[Any, Any], Any] = make_dict_structure_fn(
        cls, c, _cattrs_forbid_extra_keys=True
    )

    def checked(data: Any, kind: Any) -> Any:
        if not isinstance(data, Mapping):
            raise InvalidValueError(f"expected a mapping (a {cls.__name__}), got {shown(data)}")
        return structure(data, kind)

    return checked


def _baseline_in(data: Any, _: Any) -> Baseline:
    return _flat_quantity_object(data, Baseline, {"year", "source"})


def _baseline_out(c: cattrs.Converter, baseline: Baseline) -> dict[str, Any]:
    out = _quantity_out(baseline.value)
    if baseline.year is not None:
        out["year"] = baseline.year
    if baseline.source is not None:
        out["source"] = c.unstructure(baseline.source)
    return out


def _flat_quantity_object(data: Any, cls: type[T], extra: set[str]) -> T:
    """Structure a class whose Quantity ``value`` is written as ``value`` + ``unit``."""
    if not isinstance(data, Mapping):
        raise InvalidValueError(f"expected a mapping, got {shown(data)}")
    unknown = set(data) - {"value", "unit"} - extra
    if unknown:
        raise _PathError([(str(key), "unknown field") for key in sorted(map(str, unknown))])
    fields: dict[str, Any] = {}
    with _field("value"):
        if "value" not in data:
            raise InvalidValueError("required field missing")
        fields["value"] = _quantity_in({"value": data["value"], "unit": data.get("unit", "")})
    hints = attrs.fields_dict(cls)  # type: ignore[arg-type]
    for name in extra & set(data):
        with _field(name):
            fields[name] = converter.structure(data[name], hints[name].type or Any)
    return cls(**fields)


converter: Final = _make_converter()
"""The cattrs converter of yte_targets: plain data in, domain types out, and back."""


# ---- paths in error messages ---------------------------------------------------------------


class _PathError(Exception):
    """A problem found under a path while structuring (turned into PlanFileError at the top)."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        self.problems = problems
        super().__init__(problems)


def _join(prefix: str, path: str) -> str:
    if not path:
        return prefix
    if not prefix:
        return path.lstrip(".")
    return prefix + path if path.startswith("[") else f"{prefix}.{path.lstrip('.')}"


def _message(exc: BaseException) -> str:
    if isinstance(exc, ForbiddenExtraKeysError):
        return (
            "unknown field"
            + ("s " if len(exc.extra_fields) > 1 else " ")
            + ", ".join(repr(k) for k in sorted(exc.extra_fields))
        )
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, YteTargetsError | ValueError | TypeError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"  # pragma: no cover - unexpected


def _problems(exc: BaseException, path: str = "") -> list[tuple[str, str]]:
    """Flatten cattrs' exception groups (and ours) into (path, message) pairs."""
    from cattrs.errors import (
        AttributeValidationNote,
        BaseValidationError,
        IterableValidationNote,
    )

    if isinstance(exc, _PathError):
        return [(_join(path, p), m) for p, m in exc.problems]
    if isinstance(exc, BaseValidationError):
        found: list[tuple[str, str]] = []
        for sub in exc.exceptions:
            sub_path = path
            for note in getattr(sub, "__notes__", ()):
                if isinstance(note, AttributeValidationNote):
                    sub_path = _join(sub_path, note.name)
                elif isinstance(note, IterableValidationNote):
                    sub_path = _join(sub_path, f"[{note.index}]")
            found += _problems(sub, sub_path)
        return found
    return [(path, _message(exc))]


@contextmanager
def _field(path: str) -> Iterator[None]:
    """Prefix any problem raised inside with ``path`` (a field name or ``[index]``)."""
    try:
        yield
    except _PathError as exc:
        raise _PathError([(_join(path, p), m) for p, m in exc.problems]) from None
    except (YteTargetsError, ValueError, TypeError, KeyError) as exc:
        raise _PathError(_problems(exc, path)) from None
    except Exception as exc:
        from cattrs.errors import BaseValidationError

        if isinstance(exc, BaseValidationError):
            raise _PathError(_problems(exc, path)) from None
        raise


# ---- targets and plans ---------------------------------------------------------------------

_TARGET_KEYS: Final = (
    "indicator",
    "comparator",
    "value",
    "unit",
    "year",
    "baseline",
    "relative",
    "tolerance",
    "qualifier",
    "subgroup",
    "statement",
    "source",
    "id",
)


def _target_in(data: Any, indicators: Mapping[str, Indicator], catalog: Catalog) -> Target:
    if not isinstance(data, Mapping):
        raise InvalidValueError(f"expected a mapping for a target, got {shown(data)}")
    unknown = set(data) - set(_TARGET_KEYS)
    if unknown:
        raise _PathError([(str(k), "unknown field") for k in sorted(unknown, key=str)])
    with _field("indicator"):
        if "indicator" not in data:
            raise InvalidValueError("required field missing")
        indicator = _indicator_ref(data["indicator"], indicators, catalog)
    fields: dict[str, Any] = {"indicator": indicator}
    with _field("value"):
        if "value" in data:
            unit = data.get("unit")
            quantity = _quantity_in(
                {"value": data["value"], "unit": str(indicator.unit) if unit is None else unit}
            )
            magnitude_in(quantity, indicator.unit, accept_ratio=True)  # report it here
            fields["value"] = quantity
        elif "unit" in data:
            raise InvalidValueError("a unit without a value")
    simple = {
        "comparator": Comparator,
        "year": int,
        "qualifier": str,
        "subgroup": str,
        "statement": str,
        "id": str,
    }
    for name, kind in simple.items():
        if name in data:
            with _field(name):
                fields[name] = converter.structure(data[name], kind)
    for name, cls in (
        ("baseline", Baseline),
        ("relative", Relative),
        ("tolerance", Quantity),
        ("source", Source),
    ):
        if name in data:
            with _field(name):
                fields[name] = converter.structure(data[name], cls)
    if "baseline" in fields:
        with _field("baseline.value"):
            magnitude_in(fields["baseline"].value, indicator.unit, accept_ratio=True)
    return Target(**fields)


def _indicator_ref(code: Any, indicators: Mapping[str, Indicator], catalog: Catalog) -> Indicator:
    if not isinstance(code, str):
        raise InvalidValueError(f"expected an indicator code, got {shown(code)}")
    found = indicators.get(code)
    if found is not None:
        return found
    if code in catalog:
        return catalog.get(code)
    suggestions = tuple(dict.fromkeys([*catalog.suggest(code), *_close(code, indicators)]))[:3]
    raise UnknownIndicatorError(code, suggestions, where="plan's indicators or the catalogue")


def _close(code: str, indicators: Mapping[str, Indicator]) -> list[str]:
    import difflib

    return difflib.get_close_matches(code, list(indicators), n=3, cutoff=0.5)


def _target_out(target: Target) -> dict[str, Any]:
    out: dict[str, Any] = {"indicator": target.indicator.code}
    if target.comparator is not None:
        out["comparator"] = target.comparator.symbol
    if target.value is not None:
        out.update(_quantity_out(target.value))
    if target.year is not None:
        out["year"] = target.year
    for name in ("baseline", "relative", "tolerance"):
        value = getattr(target, name)
        if value is not None:
            out[name] = converter.unstructure(value)
    for name in ("qualifier", "subgroup", "statement"):
        value = getattr(target, name)
        if value is not None:
            out[name] = value
    if target.source is not None:
        out["source"] = converter.unstructure(target.source)
    if target.id is not None:
        out["id"] = target.id
    return out


_PLAN_KEYS: Final = (
    "title",
    "number",
    "kind",
    "issuer",
    "jurisdiction",
    "issued",
    "implements",
    "indicators",
    "targets",
    "assignments",
    "source",
)


def plan_from_dict(data: Any, *, catalog: Catalog | None = None, file: str | None = None) -> Plan:
    """Build a :class:`Plan` from plain data (what :func:`plan_to_dict` makes).

    Raises :class:`~yte_targets.PlanFileError` naming the path of each problem.
    """
    try:
        return _plan_in(data, catalog or default())
    except _PathError as exc:
        path, message = exc.problems[0]
        raise PlanFileError(message, path, file, tuple(exc.problems)) from None


def _plan_in(data: Any, catalog: Catalog) -> Plan:
    if not isinstance(data, Mapping):
        kind = type(data).__name__
        raise _PathError([("", f"expected a mapping at the top of a plan, got {kind}")])
    problems: list[tuple[str, str]] = []

    @contextmanager
    def collecting(path: str) -> Iterator[None]:
        """Note the problems under ``path`` and go on, so one read reports them all."""
        try:
            with _field(path):
                yield
        except _PathError as exc:
            problems.extend(exc.problems)

    problems += [(str(k), "unknown field") for k in sorted(set(data) - set(_PLAN_KEYS), key=str)]
    if "title" not in data:
        problems.append(("title", "required field missing"))
    fields: dict[str, Any] = {}
    for name, field_type in _PLAN_FIELDS:
        if name in data:
            with collecting(name):
                fields[name] = converter.structure(data[name], field_type)
    indicators: dict[str, Indicator] = {}
    with collecting("indicators"):
        for index, record in enumerate(_list(data.get("indicators", []))):
            with collecting(f"indicators[{index}]"):
                indicator = converter.structure(record, Indicator)
                if indicator.code in indicators:
                    raise InvalidValueError(f"the code {indicator.code!r} is defined twice")
                indicators[indicator.code] = indicator
    targets = []
    with collecting("targets"):
        for index, record in enumerate(_list(data.get("targets", []))):
            with collecting(f"targets[{index}]"):
                targets.append(_target_in(record, indicators, catalog))
    if problems:
        raise _PathError(problems)
    with _field(""):
        return Plan(targets=targets, **fields)


_PLAN_FIELDS: Final[tuple[tuple[str, Any], ...]] = (
    ("title", str),
    ("number", str),
    ("kind", str),
    ("issuer", str),
    ("jurisdiction", str),
    ("issued", datetime.date),
    ("implements", tuple[DocumentRef, ...]),
    ("source", Source),
    ("assignments", tuple[Assignment, ...]),
)


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list | tuple):
        raise InvalidValueError(f"expected a list, got {shown(value)}")
    return list(value)


def plan_to_dict(plan: Plan, *, catalog: Catalog | None = None) -> dict[str, Any]:
    """Plain data for ``plan``: what a plan file holds. Lossless: :func:`plan_from_dict` of it
    gives back an equal plan. Indicators that differ from the catalogue's are written out."""
    catalog = catalog or default()
    out: dict[str, Any] = {"title": plan.title}
    for name in ("number", "kind", "issuer", "jurisdiction"):
        value = getattr(plan, name)
        if value is not None:
            out[name] = value
    if plan.issued is not None:
        out["issued"] = plan.issued.isoformat()
    if plan.implements:
        out["implements"] = converter.unstructure(plan.implements, tuple[DocumentRef, ...])
    own: dict[str, Indicator] = {}
    for indicator in plan.indicators:
        if indicator.code in catalog and catalog.get(indicator.code) == indicator:
            continue
        own[indicator.code] = indicator
    for target in plan.targets:  # one code, one indicator
        expected = own.get(target.indicator.code) or catalog.get(target.indicator.code)
        if target.indicator != expected:
            raise PlanFileError(
                f"two different indicators share the code {target.indicator.code!r}",
                path="targets",
            )
    if own:
        out["indicators"] = [converter.unstructure(i, Indicator) for i in own.values()]
    if plan.targets:
        out["targets"] = [_target_out(t) for t in plan.targets]
    if plan.assignments:
        out["assignments"] = converter.unstructure(plan.assignments, tuple[Assignment, ...])
    if plan.source is not None:
        out["source"] = converter.unstructure(plan.source)
    return out


# ---- files ---------------------------------------------------------------------------------


def _format_of(path: Path, format: str | None) -> str:
    if format is not None:
        if format not in set(FORMATS.values()):
            raise PlanFileError(
                f"unknown format {format!r}; expected json, yaml or toml", file=str(path)
            )
        return format
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        raise PlanFileError(
            f"cannot tell the format from the suffix {path.suffix!r}; expected one of "
            + ", ".join(FORMATS),
            file=str(path),
        ) from None


def loads_plan(
    text: str, format: str, *, catalog: Catalog | None = None, file: str | None = None
) -> Plan:
    """Read a plan from ``text`` in ``format`` (``"json"``, ``"yaml"`` or ``"toml"``)."""
    data = _parse(text, format, file)
    try:
        return plan_from_dict(data, catalog=catalog, file=file)
    except RecursionError:
        raise PlanFileError("the data is nested too deeply to be a plan", "", file) from None


@lru_cache(maxsize=1)
def yaml_loader() -> type:
    """PyYAML's safe loader (its C version, libyaml, when installed: about 4x faster) that
    refuses a key given twice in one mapping, naming its line."""
    import yaml

    base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class Loader(base):  # type: ignore[misc]
        def construct_mapping(self, node: Any, deep: bool = False) -> Any:
            seen: set[Any] = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=deep)
                try:
                    duplicate = key in seen
                except TypeError:  # an unhashable key: the constructor says so below
                    break
                if duplicate:
                    raise yaml.constructor.ConstructorError(
                        "while reading a mapping",
                        node.start_mark,
                        f"found the key {key!r} twice",
                        key_node.start_mark,
                    )
                seen.add(key)
            return super().construct_mapping(node, deep)

    return Loader


def _parse(text: str, format: str, file: str | None) -> Any:
    if format == "json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise PlanFileError(f"not valid JSON: {exc.msg}", f"line {exc.lineno}", file) from None
        except RecursionError:
            raise PlanFileError("not a plan: JSON nested too deeply", "", file) from None
    if format == "yaml":
        import yaml

        try:
            return yaml.load(text, Loader=yaml_loader())
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"line {mark.line + 1}" if mark is not None else ""
            problem = getattr(exc, "problem", None) or str(exc)
            raise PlanFileError(f"not valid YAML: {problem}", where, file) from None
        except RecursionError:
            raise PlanFileError("not a plan: YAML nested too deeply", "", file) from None
        except (ValueError, OverflowError) as exc:
            # a tag with a value it cannot take: "!!timestamp 2024-13-45"
            raise PlanFileError(f"not valid YAML: a tagged value: {exc}", "", file) from None
        except (TypeError, AttributeError):
            raise PlanFileError(
                "not valid YAML: a tagged value that cannot be read (e.g. '!!timestamp' "
                "without a date)",
                "",
                file,
            ) from None
    if format == "toml":
        import tomllib

        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise PlanFileError(f"not valid TOML: {exc}", "", file) from None
        except RecursionError:
            raise PlanFileError("not a plan: TOML nested too deeply", "", file) from None
    raise PlanFileError(f"unknown format {format!r}; expected json, yaml or toml", file=file)


def load_plan(
    path: str | os.PathLike[str], *, format: str | None = None, catalog: Catalog | None = None
) -> Plan:
    """Read a plan file (``.json``, ``.yaml``/``.yml`` or ``.toml``).

    Raises :class:`~yte_targets.PlanFileError` for a file that cannot be read
    or does not fit, naming the path inside the file.
    """
    path = Path(path)
    kind = _format_of(path, format)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PlanFileError(f"cannot read the file: {exc}", file=str(path)) from None
    return loads_plan(text, kind, catalog=catalog, file=str(path))


def dumps_plan(plan: Plan, format: str, *, catalog: Catalog | None = None) -> str:
    """The text of ``plan`` in ``format``; loading it gives back an equal plan."""
    data = plan_to_dict(plan, catalog=catalog)
    if format == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if format == "yaml":
        import yaml

        return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    if format == "toml":
        import tomli_w

        return tomli_w.dumps(data)
    raise PlanFileError(f"unknown format {format!r}; expected json, yaml or toml")


def dump_plan(
    plan: Plan,
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    catalog: Catalog | None = None,
) -> Path:
    """Write ``plan`` to ``path`` in the format its suffix names; returns the path."""
    path = Path(path)
    text = dumps_plan(plan, _format_of(path, format), catalog=catalog)
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise PlanFileError(f"cannot write the file: {exc.strerror}", file=str(path)) from None
    return path
