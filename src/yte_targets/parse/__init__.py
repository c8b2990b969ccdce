"""Reading Vietnamese plan text: timeframes, reporting duties (and, in time, targets)."""

from __future__ import annotations

from .assignment import parse_reporting, parse_timeframe

__all__ = ["parse_reporting", "parse_timeframe"]
