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

__all__ = ["Comparison", "compare_plans", "compare_targets", "disagreements"]


@attrs.frozen(kw_only=True)
class Comparison:
    """A child plan's target beside its parent's, for one indicator, subgroup and year.

    ``at_least_as_ambitious`` is None when the two cannot be compared (a
    qualitative or relative target, opposite senses, a band); ``margin`` is
    how much better the child's value is, in the parent indicator's unit
    (negative: less ambitious); ``reason`` says why a pair was not compared;
    ``parent_document`` names the parent plan (its number, else its title), and
    ``child_document`` the child's where :func:`disagreements` compares two documents.
    """

    indicator: Indicator
    year: int
    subgroup: str | None
    child: Target
    parent: Target
    at_least_as_ambitious: bool | None
    margin: float | None = None
    reason: str | None = None
    parent_document: str | None = None
    child_document: str | None = None

    @property
    def standing(self) -> str | None:
        """``"above"``, ``"equal"`` or ``"below"`` the parent's figure, direction-aware
        (above: more ambitious); None when the two cannot be compared."""
        if self.margin is None:
            return None
        if self.margin > 0:
            return "above"
        if self.margin < 0:
            return "below"
        # the same number: "trên 95%" is above "đạt 95%", "tối đa 10" below "dưới 10"
        child_strict = self.child.comparator is not None and self.child.comparator.strict
        parent_strict = self.parent.comparator is not None and self.parent.comparator.strict
        if child_strict != parent_strict:
            return "above" if child_strict else "below"
        return "equal"


def _key(target: Target) -> tuple[str, int | None, str | None]:
    subgroup = None if target.subgroup is None else text_key(target.subgroup)
    return target.indicator.code, target.year, subgroup


def _name(plan: Plan) -> str:
    return plan.number or plan.title


def compare_plans(plan: Plan, parents: Plan | Iterable[Plan]) -> list[Comparison]:
    """:meth:`Plan.compare_with <yte_targets.Plan.compare_with>`: ``plan``'s targets
    against those of one parent plan, or of several (each comparison names its parent
    in ``parent_document``), in the order of the plan's targets, then of the parents."""
    group = [parents] if isinstance(parents, Plan) else list(parents)
    found = [
        (index, attrs.evolve(c, parent_document=_name(parent)))
        for index, parent in enumerate(group)
        for c in compare_targets(plan.targets, parent.targets)
    ]
    order = {id(t): i for i, t in enumerate(plan.targets)}
    found.sort(key=lambda pair: (order.get(id(pair[1].child), 0), pair[0]))
    return [c for _, c in found]


def disagreements(plans: Iterable[Plan]) -> list[Comparison]:
    """Where national documents set different figures for one indicator, subgroup and
    year: each later plan's target (``child``) beside each earlier plan's (``parent``),
    kept when the values differ, the comparators differ, or they cannot be compared.

    >>> import yte_targets as yt
    >>> both = [yt.datasets.national("20-NQ/TW"), yt.datasets.national("72-NQ/TW")]
    >>> [(c.indicator.code, c.year, c.standing) for c in disagreements(both)][:2]
    [('life_expectancy', 2030, 'above'), ('epi_full_immunization', 2030, 'above')]
    """
    group = list(plans)
    found: list[Comparison] = []
    for i, earlier in enumerate(group):
        for later in group[i + 1 :]:
            found.extend(
                attrs.evolve(c, parent_document=_name(earlier), child_document=_name(later))
                for c in compare_targets(later.targets, earlier.targets)
                if c.margin != 0
                or c.child.comparator != c.parent.comparator
                or c.at_least_as_ambitious is None
            )
    return found


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
