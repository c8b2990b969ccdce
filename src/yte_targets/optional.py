"""Optional dependencies: import them when needed, or say which extra brings them.

>>> from yte_targets.optional import require
>>> require("math", "pandas").__name__
'math'
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from types import ModuleType

from .errors import MissingDependencyError

__all__ = ["progress_bar", "require"]


def require(module: str, extra: str) -> ModuleType:
    """Import ``module``; without it, :class:`~yte_targets.MissingDependencyError` names
    the extra to install (``pip install 'yte_targets[extra]'``)."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingDependencyError(
            f"this needs {module.partition('.')[0]}: pip install 'yte_targets[{extra}]'"
        ) from None


def progress_bar(steps: range, label: str) -> Iterable[int]:
    """``steps`` wrapped in a tqdm progress bar (on standard error; extra ``pandas``)."""
    tqdm = require("tqdm.auto", "pandas").tqdm
    bar: Iterable[int] = tqdm(steps, total=len(steps), desc=label, unit="block")
    return bar
