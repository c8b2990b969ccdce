"""Pickling the types that hold quantities: restored into :data:`yte_targets.ureg`.

Pint pickles a quantity by its unit's name and restores it into Pint's
*application* registry, which knows nothing of this library's units
(``per_1000_live_births``); setting that registry would change global state
for the user. So the types that hold quantities or units pickle themselves as
their plain constructor arguments, with quantities as (magnitude, unit name),
and are rebuilt, and validated, through their constructor: across processes
(multiprocessing, Dask, joblib), with ``copy`` and ``deepcopy`` alike.

>>> import pickle, yte_targets as yt
>>> t = yt.Target(indicator=yt.catalog.get("imr"), comparator="<",
...               value=yt.Q_(10, "permille"), year=2030)
>>> pickle.loads(pickle.dumps(t)) == t
True
"""

from __future__ import annotations

from typing import Any, NamedTuple

import attrs
import pint

from .units import ureg

__all__ = ["rebuild", "reduce"]


class _Quantity(NamedTuple):
    magnitude: Any
    unit: str


class _Unit(NamedTuple):
    name: str


def _plain(value: Any) -> Any:
    if isinstance(value, pint.Quantity):
        return _Quantity(value.magnitude, str(value.units))
    if isinstance(value, pint.Unit):
        return _Unit(str(value))
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    return value


def _restore(value: Any) -> Any:
    if isinstance(value, _Quantity):
        return ureg.Quantity(value.magnitude, value.unit)
    if isinstance(value, _Unit):
        return ureg.Unit(value.name)
    if isinstance(value, tuple) and not isinstance(value, _Quantity | _Unit):
        return tuple(_restore(v) for v in value)
    return value


def reduce(obj: Any) -> tuple[Any, tuple[type, dict[str, Any]]]:
    """``__reduce__`` of an attrs instance: its class and its constructor arguments, plain."""
    cls = type(obj)
    state = {
        field.alias: _plain(getattr(obj, field.name)) for field in attrs.fields(cls) if field.init
    }
    return rebuild, (cls, state)


def rebuild(cls: type, state: dict[str, Any]) -> Any:
    """The inverse of :func:`reduce`: the instance, built (and validated) again."""
    return cls(**{name: _restore(value) for name, value in state.items()})
