"""Plans and assignments: who issued what, which targets, which tasks for whom.

>>> import datetime
>>> import yte_targets as yt
>>> task = yt.Assignment(
...     task="Triển khai thực hiện Kế hoạch, định kỳ báo cáo kết quả",
...     lead=["Sở Y tế"], partners=["Sở Tài chính", "Bảo hiểm xã hội tỉnh"],
...     timeframe=yt.Timeframe.yearly(), funding="Ngân sách",
...     reporting=yt.ReportingDuty.yearly(day=10, month=12, to="Sở Y tế"))
>>> plan = yt.Plan(title="Kế hoạch thực hiện Nghị quyết số 20-NQ/TW", number="7315/KH-UBND",
...                issued=datetime.date(2018, 7, 16), jurisdiction="Đồng Nai",
...                assignments=[task])
>>> [str(a) for a in plan.assignments_of("sở tài chính")[0].partners]
['Sở Tài chính', 'Bảo hiểm xã hội tỉnh']
>>> plan.reporting_calendar(2024)[0].due
datetime.date(2024, 12, 10)
"""

from __future__ import annotations

import datetime
import enum
import os
import pathlib
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, cast

import attrs

from ..errors import InvalidValueError
from . import delegates, labels
from .indicator import Indicator
from .target import Observation, Source, Target
from .validators import (
    check_instance,
    check_items,
    check_optional_text,
    check_optional_year,
    check_text,
    text_key,
    to_enum,
    to_str_tuple,
    to_tuple,
)

if TYPE_CHECKING:
    import pandas as pd

    from ..evaluate.ambition import Comparison
    from ..evaluate.report import Report
    from ..evaluate.status import Path

__all__ = [
    "Agency",
    "Assignment",
    "DocumentRef",
    "MonthDay",
    "Plan",
    "ReportingDeadline",
    "ReportingDuty",
    "Timeframe",
    "TimeframeKind",
]


@attrs.frozen
class Agency:
    """A body named in a plan, as written ("Sở Y tế", "UBND các huyện, thành phố").

    ``str(agency)`` is the name as written; two agencies are the same when
    their names match ignoring case, spacing and Unicode normal form.
    """

    name: str = attrs.field(validator=check_text, eq=text_key)

    def __str__(self) -> str:
        return self.name

    @property
    def key(self) -> str:
        return text_key(self.name)


def _to_agency(value: Agency | str) -> Agency:
    return value if isinstance(value, Agency) else Agency(value)


def _to_recipients(value: Agency | str | Iterable[Agency | str] | None) -> tuple[Agency, ...]:
    if isinstance(value, Agency | str):
        return (_to_agency(value),)
    return _to_agencies(value)


def _to_agencies(values: Iterable[Agency | str] | None) -> tuple[Agency, ...]:
    return tuple(_to_agency(v) for v in to_tuple(values))


class TimeframeKind(enum.Enum):
    """The kinds of timeframe plans give their tasks."""

    ONGOING = "ongoing"  #: "Thường xuyên"
    YEARLY = "yearly"  #: "Hàng năm", "Hằng năm"
    YEAR = "year"  #: "2024"
    RANGE = "range"  #: "2018 - 2025"
    UNSPECIFIED = "unspecified"  #: no timeframe stated


def _to_timeframe_kind(value: TimeframeKind | str) -> TimeframeKind:
    return to_enum(TimeframeKind)(value)


@attrs.frozen(kw_only=True)
class Timeframe:
    """When a task is done: ongoing, every year, one year, or a range of years.

    ``start``/``end`` bound an ongoing or yearly task when the plan says so;
    ``text`` keeps the words as written.

    >>> str(Timeframe.between(2018, 2025)), Timeframe.between(2018, 2025).covers(2020)
    ('2018 - 2025', True)
    """

    kind: TimeframeKind = attrs.field(converter=_to_timeframe_kind)
    start: int | None = attrs.field(default=None, validator=check_optional_year)
    end: int | None = attrs.field(default=None, validator=check_optional_year)
    text: str | None = attrs.field(default=None, validator=check_optional_text)

    def __attrs_post_init__(self) -> None:
        kind = self.kind
        if kind is TimeframeKind.YEAR and (self.start is None or self.end != self.start):
            raise InvalidValueError(
                "a one-year timeframe needs start == end (use Timeframe.in_year)"
            )
        if kind is TimeframeKind.RANGE and (self.start is None or self.end is None):
            raise InvalidValueError("a range of years needs both start and end")
        if kind is TimeframeKind.UNSPECIFIED and (self.start is not None or self.end is not None):
            raise InvalidValueError("an unspecified timeframe has no years")
        if self.start is not None and self.end is not None and self.start > self.end:
            raise InvalidValueError(f"timeframe starts after it ends: {self.start} > {self.end}")

    @classmethod
    def ongoing(
        cls, text: str | None = None, *, start: int | None = None, end: int | None = None
    ) -> Timeframe:
        """An ongoing task: "Thường xuyên"."""
        return cls(kind=TimeframeKind.ONGOING, start=start, end=end, text=text)

    @classmethod
    def yearly(
        cls, text: str | None = None, *, start: int | None = None, end: int | None = None
    ) -> Timeframe:
        """A task done every year: "Hàng năm"."""
        return cls(kind=TimeframeKind.YEARLY, start=start, end=end, text=text)

    @classmethod
    def in_year(cls, year: int, text: str | None = None) -> Timeframe:
        """One year: "2024"."""
        return cls(kind=TimeframeKind.YEAR, start=year, end=year, text=text)

    @classmethod
    def between(cls, start: int, end: int, text: str | None = None) -> Timeframe:
        """A range of years: "2018 - 2025"."""
        return cls(kind=TimeframeKind.RANGE, start=start, end=end, text=text)

    @classmethod
    def unspecified(cls) -> Timeframe:
        return cls(kind=TimeframeKind.UNSPECIFIED)

    def covers(self, year: int) -> bool:
        """Whether the task runs in ``year`` (an unspecified timeframe covers every year)."""
        if self.start is not None and year < self.start:
            return False
        return not (self.end is not None and year > self.end)

    def __str__(self) -> str:
        if self.text:
            return self.text
        if self.kind is TimeframeKind.YEAR:
            return str(self.start)
        if self.kind is TimeframeKind.RANGE:
            return f"{self.start} - {self.end}"
        words = labels.timeframe(self.kind.value)
        if self.start is not None or self.end is not None:
            words += f" ({self.start or ''} - {self.end or ''})"
        return words


@attrs.frozen
class MonthDay:
    """A day of the year without a year (10/12: the 10th of December)."""

    day: int = attrs.field()
    month: int = attrs.field()

    def __attrs_post_init__(self) -> None:
        for name, value in (("day", self.day), ("month", self.month)):
            if isinstance(value, bool) or not isinstance(value, int):
                raise InvalidValueError(f"{name} must be an int, got {value!r}")
        try:
            datetime.date(2000, self.month, self.day)  # a leap year: 29/2 is allowed
        except ValueError:
            raise InvalidValueError(f"{self.day}/{self.month} is not a day of the year") from None

    def in_year(self, year: int) -> datetime.date:
        """The date in ``year`` (29/2 falls on 28/2 in a common year)."""
        try:
            return datetime.date(year, self.month, self.day)
        except ValueError:
            return datetime.date(year, self.month, self.day - 1)

    def __str__(self) -> str:
        return f"{self.day}/{self.month}"


def _to_month_days(values: Iterable[MonthDay | tuple[int, int]] | None) -> tuple[MonthDay, ...]:
    items = []
    for value in to_tuple(values):
        if isinstance(value, MonthDay):
            items.append(value)
        elif isinstance(value, tuple) and len(value) == 2:
            items.append(MonthDay(*value))
        else:
            raise InvalidValueError(f"expected a MonthDay or a (day, month) pair, got {value!r}")
    return tuple(sorted(items, key=lambda md: (md.month, md.day)))


@attrs.frozen(kw_only=True)
class ReportingDuty:
    """A duty to report: to whom (one or more agencies), and by which days of each year.

    "Định kỳ hằng năm trước 10/12 báo cáo Sở Y tế" is
    ``ReportingDuty.yearly(day=10, month=12, to="Sở Y tế")``; a half-yearly
    duty has two days, a quarterly one four.
    """

    to: tuple[Agency, ...] = attrs.field(default=(), converter=_to_recipients)
    due: tuple[MonthDay, ...] = attrs.field(default=(), converter=_to_month_days)
    text: str | None = attrs.field(default=None, validator=check_optional_text)

    @classmethod
    def yearly(
        cls,
        *,
        day: int,
        month: int,
        to: Agency | str | Iterable[Agency | str] | None = None,
        text: str | None = None,
    ) -> ReportingDuty:
        return cls(to=to, due=(MonthDay(day, month),), text=text)

    @property
    def frequency(self) -> str:
        """How often the duty falls due: yearly, half-yearly, quarterly, monthly, ..."""
        names = {0: "unscheduled", 1: "yearly", 2: "half-yearly", 4: "quarterly", 12: "monthly"}
        return names.get(len(self.due), f"{len(self.due)} times a year")


@attrs.frozen(kw_only=True)
class Assignment:
    """A task given to a lead agency (chủ trì) with partner agencies (phối hợp).

    ``targets`` names the indicator codes whose targets the task serves.
    """

    task: str = attrs.field(validator=check_text)
    lead: tuple[Agency, ...] = attrs.field(default=(), converter=_to_agencies)
    partners: tuple[Agency, ...] = attrs.field(default=(), converter=_to_agencies)
    timeframe: Timeframe = attrs.field(
        factory=Timeframe.unspecified, validator=check_instance(Timeframe)
    )
    funding: str | None = attrs.field(default=None, validator=check_optional_text)
    reporting: ReportingDuty | None = attrs.field(
        default=None, validator=check_instance(ReportingDuty, optional=True)
    )
    targets: tuple[str, ...] = attrs.field(
        default=(), converter=to_str_tuple, validator=check_items(str)
    )
    source: Source | None = attrs.field(
        default=None, validator=check_instance(Source, optional=True)
    )

    def involves(self, agency: Agency | str, *, role: str = "any") -> bool:
        """Whether ``agency`` leads (``role="lead"``), partners (``"partner"``) or either."""
        key = _to_agency(agency).key
        if role not in ("any", "lead", "partner"):
            raise InvalidValueError(f"role must be 'any', 'lead' or 'partner', got {role!r}")
        in_lead = role != "partner" and any(a.key == key for a in self.lead)
        return in_lead or (role != "lead" and any(a.key == key for a in self.partners))


@attrs.frozen(kw_only=True)
class DocumentRef:
    """A document a plan implements: "Nghị quyết số 20-NQ/TW ngày 25/10/2017"."""

    title: str = attrs.field(validator=check_text)
    number: str | None = attrs.field(default=None, validator=check_optional_text)
    issued: datetime.date | None = attrs.field(
        default=None, validator=check_instance(datetime.date, optional=True)
    )

    def __str__(self) -> str:
        return self.title


def _to_documents(values: Iterable[DocumentRef | str] | None) -> tuple[DocumentRef, ...]:
    return tuple(
        v if isinstance(v, DocumentRef) else DocumentRef(title=v) for v in to_tuple(values)
    )


@attrs.frozen(kw_only=True)
class ReportingDeadline:
    """One due date of the reporting calendar."""

    due: datetime.date
    assignment: Assignment
    duty: ReportingDuty


def _to_targets(values: Iterable[Target] | None) -> tuple[Target, ...]:
    return to_tuple(values)


def _to_assignments(values: Iterable[Assignment] | None) -> tuple[Assignment, ...]:
    return to_tuple(values)


def _check_issued(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
        raise InvalidValueError(f"{attribute.name} must be a date, got {value!r}")


@attrs.frozen(kw_only=True)
class Plan:
    """A plan (kế hoạch, nghị quyết): metadata, targets and assignments.

    ``number`` is the document number ("7315/KH-UBND"), ``issued`` the date of
    issue, ``issuer`` the body that issued it, ``jurisdiction`` the province,
    ``implements`` the documents it implements.
    """

    title: str = attrs.field(validator=check_text)
    number: str | None = attrs.field(default=None, validator=check_optional_text)
    kind: str | None = attrs.field(default=None, validator=check_optional_text)
    issuer: str | None = attrs.field(default=None, validator=check_optional_text)
    jurisdiction: str | None = attrs.field(default=None, validator=check_optional_text)
    issued: datetime.date | None = attrs.field(default=None, validator=_check_issued)
    implements: tuple[DocumentRef, ...] = attrs.field(default=(), converter=_to_documents)
    targets: tuple[Target, ...] = attrs.field(
        default=(), converter=_to_targets, validator=check_items(Target)
    )
    assignments: tuple[Assignment, ...] = attrs.field(
        default=(), converter=_to_assignments, validator=check_items(Assignment)
    )
    source: Source | None = attrs.field(
        default=None, validator=check_instance(Source, optional=True)
    )

    # ---- queries -----------------------------------------------------------------------------

    @property
    def milestone_years(self) -> tuple[int, ...]:
        """The distinct years the targets are set for, in order."""
        return tuple(sorted({t.year for t in self.targets if t.year is not None}))

    @property
    def indicators(self) -> tuple[Indicator, ...]:
        """The distinct indicators of the targets, in order of first appearance."""
        seen: dict[str, Indicator] = {}
        for target in self.targets:
            seen.setdefault(target.indicator.code, target.indicator)
        return tuple(seen.values())

    def targets_for(self, year: int) -> tuple[Target, ...]:
        """The targets set for ``year``."""
        return tuple(t for t in self.targets if t.year == year)

    def targets_of(self, indicator: Indicator | str) -> tuple[Target, ...]:
        """The targets of an indicator (or of its code), in year order."""
        code = indicator.code if isinstance(indicator, Indicator) else indicator
        found = [t for t in self.targets if t.indicator.code == code]
        return tuple(sorted(found, key=lambda t: (t.year is None, t.year or 0)))

    def assignments_of(self, agency: Agency | str, *, role: str = "any") -> tuple[Assignment, ...]:
        """The assignments an agency leads or partners in (``role``: any, lead, partner)."""
        return tuple(a for a in self.assignments if a.involves(agency, role=role))

    def reporting_calendar(self, year: int) -> tuple[ReportingDeadline, ...]:
        """The reporting due dates in ``year``, in date order, of the tasks running that year."""
        deadlines = [
            ReportingDeadline(
                due=day.in_year(year), assignment=assignment, duty=assignment.reporting
            )
            for assignment in self.assignments
            if assignment.reporting is not None and assignment.timeframe.covers(year)
            for day in assignment.reporting.due
        ]
        return tuple(sorted(deadlines, key=lambda d: d.due))

    def evaluate_frame(
        self,
        observations: Iterable[Observation],
        year: int | None = None,
        *,
        path: Path | str = "linear",
    ) -> pd.DataFrame:
        """Like :meth:`evaluate`, vectorised: one row per target, the inputs of
        :func:`yte_targets.evaluate_frame` and its results (needs the ``pandas`` extra)."""
        return cast(
            "pd.DataFrame",
            delegates.call("plan.evaluate_frame", self, observations, year, path=path),
        )

    def _repr_html_(self) -> str:
        return cast(str, delegates.call("plan.to_html", self))

    def to_frame(self) -> pd.DataFrame:
        """The targets as a pandas DataFrame, one typed row each (needs the ``pandas`` extra)."""
        return cast("pd.DataFrame", delegates.call("plan.to_frame", self))

    def plot_compare(self, parent: Plan | Iterable[Plan], **kwargs: Any) -> Any:
        """This plan's targets beside ``parent``'s (``plot`` extra); returns the Figure."""
        return delegates.call("plan.plot_compare", self, parent, **kwargs)

    def compare_with(self, parent: Plan | Iterable[Plan]) -> list[Comparison]:
        """For each indicator, subgroup and year this plan and ``parent`` (one plan, or
        several: a province against 20-NQ/TW and 72-NQ/TW at once) target, whether this
        plan's target is at least as ambitious, direction-aware (see
        :mod:`yte_targets.evaluate.ambition`)."""
        return cast("list[Comparison]", delegates.call("plan.compare_with", self, parent))

    # ---- files --------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """Plain data (what a plan file holds); see :mod:`yte_targets.io.convert`."""
        return cast("dict[str, Any]", delegates.call("plan.to_dict", self))

    @classmethod
    def from_dict(cls, data: Any) -> Plan:
        """A plan from plain data; :class:`~yte_targets.PlanFileError` names the bad path."""
        return cast(Plan, delegates.call("plan.from_dict", data))

    def dump(self, path: str | os.PathLike[str], *, format: str | None = None) -> pathlib.Path:
        """Write the plan to ``path`` (.json, .yaml/.yml or .toml); returns the path."""
        return cast(pathlib.Path, delegates.call("plan.dump", self, path, format=format))

    # ---- evaluation --------------------------------------------------------------------------

    def evaluate(
        self,
        observations: Iterable[Observation],
        year: int | None = None,
        *,
        path: Path | str | None = None,
        method: str | None = None,
        **options: Any,
    ) -> Report:
        """Evaluate every target against the observations (only those up to ``year``).

        Each target is judged by the latest observation of its indicator and
        subgroup, with the series giving the trend, by ``method`` (``"linear"``,
        ``"compound"``, ``"open_sdg"``, ``"escap"``; ``options`` are its ``limit``,
        ``thresholds``, ``base_year``: see
        :func:`yte_targets.evaluate.attainment.evaluate_series`).
        """
        return cast(
            "Report",
            delegates.call(
                "plan.evaluate", self, observations, year, path=path, method=method, **options
            ),
        )
