"""Files in and out: plan files (JSON, YAML, TOML) through one cattrs converter, their JSON
Schema, CSV actual values, and the plans shipped as data (:mod:`yte_targets.io.datasets`).

>>> import yte_targets as yt
>>> plan = yt.load_plan("examples/plans/hung-yen.yaml")
>>> yt.loads_plan(yt.dumps_plan(plan, "json"), "json") == plan
True
"""

from __future__ import annotations

from .actuals import load_actuals, read_actuals
from .convert import dump_plan, dumps_plan, load_plan, loads_plan, plan_from_dict, plan_to_dict
from .schema import plan_schema

__all__ = [
    "dump_plan",
    "dumps_plan",
    "load_actuals",
    "load_plan",
    "loads_plan",
    "plan_from_dict",
    "plan_schema",
    "plan_to_dict",
    "read_actuals",
]
