"""yte_targets: targets of Vietnamese public-health plans as typed, checkable objects.

>>> import yte_targets as yt
>>> yt.format_quantity(yt.convert(yt.Q_(12.5, "per_1000_live_births"), "per_100000_live_births"))
'1.250/100.000 trẻ đẻ sống'
"""

from __future__ import annotations

from .errors import (
    IndicatorMismatchError,
    InvalidValueError,
    ParseError,
    UnitError,
    UnitMismatchError,
    UnknownUnitError,
    YteTargetsError,
)
from .units import Q_, Quantity, Unit, convert, magnitude_in, parse_unit, to_unit, unit_label, ureg
from .vi import format_number, format_quantity, parse_number, parse_quantity

__version__ = "0.1.0.dev0"

__all__ = [
    "Q_",
    "IndicatorMismatchError",
    "InvalidValueError",
    "ParseError",
    "Quantity",
    "Unit",
    "UnitError",
    "UnitMismatchError",
    "UnknownUnitError",
    "YteTargetsError",
    "__version__",
    "convert",
    "format_number",
    "format_quantity",
    "magnitude_in",
    "parse_number",
    "parse_quantity",
    "parse_unit",
    "to_unit",
    "unit_label",
    "ureg",
]
