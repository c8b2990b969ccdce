"""Hooks by which the domain types reach the outer layers, without importing them.

``Target.evaluate``, ``Plan.to_frame``, ``Report.to_html`` and the other
conveniences of the types are one line each: they call a named delegate. The
package's ``__init__`` registers each name with the function of the outer
layer that does the work ("module:function"), which is imported on first use
only. So the types import nothing above :mod:`yte_targets.core`, the import
graph has no cycle, and a program that never renders never imports the
renderer. Pint reaches its formatter through its registry the same way.

>>> from yte_targets.core import delegates
>>> "plan.to_frame" in delegates.names()
True
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any, Final

from ..errors import YteTargetsError

__all__ = ["call", "names", "register"]

_TARGETS: Final[dict[str, str]] = {}
_RESOLVED: Final[dict[str, Callable[..., Any]]] = {}


def register(entries: Mapping[str, str]) -> None:
    """Name the function behind each delegate: ``{"plan.to_frame": "pkg.mod:function"}``."""
    for name, target in entries.items():
        if ":" not in target:
            raise YteTargetsError(f"delegate {name!r}: expected 'module:function', got {target!r}")
        _TARGETS[name] = target
        _RESOLVED.pop(name, None)


def names() -> tuple[str, ...]:
    """The registered delegate names."""
    return tuple(sorted(_TARGETS))


def call(name: str, *args: Any, **kwargs: Any) -> Any:
    """Call the function registered as ``name`` (imported on the first call)."""
    function = _RESOLVED.get(name)
    if function is None:
        target = _TARGETS.get(name)
        if target is None:
            raise YteTargetsError(f"no delegate {name!r} is registered")
        module, _, attribute = target.partition(":")
        function = getattr(importlib.import_module(module), attribute)
        _RESOLVED[name] = function
    return function(*args, **kwargs)
