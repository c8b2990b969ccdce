"""The JSON Schema of plan files, derived from the attrs classes (cattrs has no generator).

>>> import yte_targets as yt
>>> schema = yt.plan_schema()
>>> schema["required"], sorted(schema["$defs"])[:3]
(['title'], ['Agency', 'Assignment', 'Band'])

The schema describes what :func:`yte_targets.io.plan_to_dict` writes and
:func:`yte_targets.io.plan_from_dict` reads (JSON types: dates are strings).
It is generated from the types when asked for and shipped as
``plan.schema.json``, which a test keeps equal to the generated one.
"""

from __future__ import annotations

import datetime
import enum
import json
import types
import typing
from functools import lru_cache
from importlib import resources
from typing import Any, Final

import attrs

from ..core.indicator import Band, Indicator
from ..core.plan import Agency, Assignment, DocumentRef, MonthDay, Plan, ReportingDuty, Timeframe
from ..core.target import Baseline, Relative, Source, Target
from ..core.units import Quantity, Unit

__all__ = ["SCHEMA_ID", "generate_plan_schema", "plan_schema"]

SCHEMA_ID: Final = "https://yte-targets.example/schema/plan.schema.json"

_SPECIAL: Final[dict[Any, dict[str, Any]]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    float: {"type": "number"},
    bool: {"type": "boolean"},
    datetime.date: {"type": "string", "format": "date"},
    Unit: {"type": "string", "description": "a unit name of the yte_targets registry"},
    Agency: {"type": "string", "minLength": 1, "description": "an agency, as written"},
    MonthDay: {"type": "string", "pattern": r"^\d{1,2}/\d{1,2}$", "description": "day/month"},
    Quantity: {
        "type": "object",
        "properties": {"value": {"type": "number"}, "unit": {"type": "string"}},
        "required": ["value"],
        "additionalProperties": False,
    },
}
_CLASSES: Final = (
    Band,
    Indicator,
    Source,
    Relative,
    DocumentRef,
    Timeframe,
    ReportingDuty,
    Assignment,
)


def _type_schema(kind: Any, defs: dict[str, Any]) -> dict[str, Any]:
    if kind in _SPECIAL:
        if kind is Agency:
            defs.setdefault("Agency", _SPECIAL[Agency])
            return {"$ref": "#/$defs/Agency"}
        return dict(_SPECIAL[kind])
    origin = typing.get_origin(kind)
    args = typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in args if a is not type(None)]
        if len(options) == 1:
            return _type_schema(options[0], defs)
        return {"anyOf": [_type_schema(a, defs) for a in options]}
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        array = {"type": "array", "items": _type_schema(args[0], defs)}
        if args[0] is Agency:  # a lone agency may be written without a list
            return {"anyOf": [array, {"$ref": "#/$defs/Agency"}]}
        return array
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return {"enum": [member.value for member in kind]}
    if attrs.has(kind):
        name = kind.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            defs[name] = _class_schema(kind, defs)
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no JSON Schema for {kind!r}")  # pragma: no cover - a new field type


def _class_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        if not field.init:
            continue
        properties[field.name] = _type_schema(hints[field.name], defs)
        if field.default is attrs.NOTHING:
            required.append(field.name)
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    if cls.__doc__:
        schema["description"] = " ".join(cls.__doc__.strip().split("\n\n")[0].split())
    if required:
        schema["required"] = required
    schema["additionalProperties"] = False
    return schema


def _flat_quantity(schema: dict[str, Any]) -> dict[str, Any]:
    """A class whose Quantity ``value`` is written as ``value`` and ``unit`` beside it."""
    properties = dict(schema["properties"])
    properties["value"] = {"type": "number"}
    properties["unit"] = {"type": "string", "description": "a unit name of the registry"}
    return {**schema, "properties": properties}


def generate_plan_schema() -> dict[str, Any]:
    """Build the schema from the types (what :func:`plan_schema` ships)."""
    defs: dict[str, Any] = {}
    for cls in _CLASSES:
        _type_schema(cls, defs)
    defs["Baseline"] = _flat_quantity(_class_schema(Baseline, defs))
    target = _flat_quantity(_class_schema(Target, defs))
    target["properties"]["indicator"] = {
        "type": "string",
        "description": "the code of an indicator of the catalogue or of the plan's indicators",
    }
    target["properties"]["comparator"] = {"enum": ["<", "<=", ">", ">=", "=", "~"]}
    target["properties"] = {
        name: target["properties"][name]
        for name in ("indicator", "comparator", "value", "unit", *target["properties"])
        if name in target["properties"]
    }
    defs["Target"] = target
    plan = _class_schema(Plan, defs)
    properties = dict(plan["properties"])
    properties["indicators"] = {"type": "array", "items": {"$ref": "#/$defs/Indicator"}}
    properties["targets"] = {"type": "array", "items": {"$ref": "#/$defs/Target"}}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "yte_targets plan file",
        **{k: v for k, v in plan.items() if k != "properties"},
        "properties": properties,
        "$defs": dict(sorted(defs.items())),
    }


@lru_cache(maxsize=1)
def _shipped() -> str:
    return resources.files(__package__).joinpath("plan.schema.json").read_text(encoding="utf-8")


def plan_schema() -> dict[str, Any]:
    """The JSON Schema of plan files, as shipped in the package (a fresh copy)."""
    result: dict[str, Any] = json.loads(_shipped())
    return result
