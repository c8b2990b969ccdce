"""Ambition check: is a plan's target at least as ambitious as its parent's?

>>> import yte_targets as yt
>>> imr = yt.catalog.get("imr")
>>> province = yt.Plan(title="Tỉnh", targets=[
...     yt.Target(indicator=imr, comparator="<", value=yt.Q_(5, "permille"), year=2025)])
>>> nation = yt.Plan(title="Trung ương", targets=[
...     yt.Target(indicator=imr, comparator="<", value=yt.Q_(12.5, "permille"), year=2025)])
>>> [(c.indicator.code, c.year, c.at_least_as_ambitious, c.margin)
...  for c in province.compare_with(nation)]
[('imr', 2025, True, 7.5)]
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from ..core.indicator import Indicator
from ..core.plan import Plan
from ..core.target import Target
from ..core.units import magnitude_in
from ..core.validators import text_key
from ..errors import YteTargetsError

__all__ = ["Comparison", "compare_plans", "compare_targets"]


@attrs.frozen(kw_only=True)
class Comparison:
    """A child plan's target beside its parent's, for one indicator, subgroup and year.

    ``at_least_as_ambitious`` is None when the two cannot be compared (a
    qualitative or relative target, opposite senses, a band); ``margin`` is
    how much better the child's value is, in the parent indicator's unit
    (negative: less ambitious); ``reason`` says why a pair was not compared.
    """

    indicator: Indicator
    year: int
    subgroup: str | None
    child: Target
    parent: Target
    at_least_as_ambitious: bool | None
    margin: float | None = None
    reason: str | None = None


def _key(target: Target) -> tuple[str, int | None, str | None]:
    subgroup = None if target.subgroup is None else text_key(target.subgroup)
    return target.indicator.code, target.year, subgroup


def compare_plans(plan: Plan, parent: Plan) -> list[Comparison]:
    """:meth:`Plan.compare_with <yte_targets.Plan.compare_with>`: ``plan``'s targets
    against ``parent``'s."""
    return compare_targets(plan.targets, parent.targets)


def compare_targets(children: Iterable[Target], parents: Iterable[Target]) -> list[Comparison]:
    """Compare each child target with the parent target of the same indicator, subgroup and
    year (targets without a year are not compared), in the child's order."""
    by_key = {_key(p): p for p in parents if p.year is not None}
    comparisons = []
    for child in children:
        parent = by_key.get(_key(child))
        if parent is None or child.year is None:
            continue
        comparisons.append(_compare(child, parent, child.year))
    return comparisons


def _compare(child: Target, parent: Target, year: int) -> Comparison:
    def result(
        ambitious: bool | None, margin: float | None = None, reason: str | None = None
    ) -> Comparison:
        return Comparison(
            indicator=parent.indicator,
            year=year,
            subgroup=child.subgroup,
            child=child,
            parent=parent,
            at_least_as_ambitious=ambitious,
            margin=margin,
            reason=reason,
        )

    if child.value is None or parent.value is None or parent.value_in_unit is None:
        return result(None, reason="a qualitative or relative target has no value to compare")
    sense = parent.sense
    if sense == 0:
        return result(None, reason="band targets are not ranked by ambition")
    if child.sense != sense:
        return result(None, reason="the two targets point in opposite directions")
    try:
        child_value = magnitude_in(child.value, parent.indicator.unit, accept_ratio=True)
    except YteTargetsError as exc:
        return result(None, reason=str(exc))
    margin = (child_value - parent.value_in_unit) * sense
    if margin == 0:
        # the same number: a strict child ("dưới 10") is as ambitious as anything at 10,
        # a non-strict one ("tối đa 10") is less ambitious than a strict parent
        parent_strict = parent.comparator is not None and parent.comparator.strict
        child_strict = child.comparator is not None and child.comparator.strict
        return result(child_strict or not parent_strict, 0.0)
    return result(margin > 0, margin)
