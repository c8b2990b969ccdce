"""Reading Vietnamese plan text: target values, timeframes, reporting duties."""

from __future__ import annotations

from .agencies import split_agencies
from .assignment import parse_reporting, parse_timeframe
from .assignments import read_assignment_tables
from .document import extract_plan, read_plan_document
from .table import read_indicator_tables
from .target import parse_target
from .tasks import read_assignment_paragraphs
from .value import clean_text, parse_target_value

__all__ = [
    "clean_text",
    "extract_plan",
    "parse_reporting",
    "parse_target",
    "parse_target_value",
    "parse_timeframe",
    "read_assignment_paragraphs",
    "read_assignment_tables",
    "read_indicator_tables",
    "read_plan_document",
    "split_agencies",
]
