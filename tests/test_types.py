"""Construction and validation of the domain types."""

from __future__ import annotations

import datetime

import attrs
import pytest
from hypothesis import given

import yte_targets as yt
from tests.strategies import Scenario, scenarios

IMR = yt.Indicator(
    code="imr",
    name_vi="Tỷ suất tử vong trẻ em dưới 1 tuổi",
    name_en="Infant mortality rate",
    unit="per_1000_live_births",
    direction=yt.Direction.DECREASE,
    category="outcome",
    references=["SDG 3.2"],
)


# ---- Indicator ---------------------------------------------------------------------------


def test_indicator_contract_example() -> None:
    assert IMR.unit == yt.ureg.per_1000_live_births
    assert IMR.direction is yt.Direction.DECREASE
    assert IMR.category is yt.Category.OUTCOME
    assert str(IMR) == "Tỷ suất tử vong trẻ em dưới 1 tuổi"
    assert IMR.catalogued


def test_indicator_accepts_a_unit_object_and_an_alias_name() -> None:
    a = yt.Indicator(
        code="beds", name_vi="Giường bệnh", unit=yt.ureg.per_10000_people, direction="increase"
    )
    b = yt.Indicator(
        code="beds", name_vi="Giường bệnh", unit="per_10000_population", direction="increase"
    )
    assert a == b
    assert hash(a) == hash(b)


def test_indicator_with_unknown_unit_raises() -> None:
    with pytest.raises(yt.UnknownUnitError, match="furlongs"):
        yt.Indicator(code="x", name_vi="X", unit="furlongs", direction="increase")


def test_band_reversed_raises() -> None:
    with pytest.raises(yt.InvalidValueError, match="reversed"):
        yt.Indicator(
            code="srb",
            name_vi="Tỷ số giới tính khi sinh",
            unit="boys_per_100_girls",
            direction="band",
            band=yt.Band(107, 103),
        )


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"direction": "band"}, "no band"),
        ({"direction": "increase", "band": yt.Band(1, 2)}, "band goes with"),
        ({"direction": "sideways"}, "not a Direction"),
        ({"direction": "increase", "code": "Bad Code"}, "code"),
        ({"direction": "increase", "name_vi": " "}, "name_vi"),
        ({"direction": "increase", "aliases": "one string"}, "sequence"),
        ({"direction": "increase", "aliases": [1]}, r"aliases\[0\]"),
        ({"direction": "increase", "category": "impact"}, "not a Category"),
        ({"direction": "increase", "catalogued": "yes"}, "catalogued"),
    ],
)
def test_indicator_validation(kwargs: dict[str, object], match: str) -> None:
    fields: dict[str, object] = {"code": "x", "name_vi": "X", "unit": "percent"}
    fields.update(kwargs)
    with pytest.raises(yt.InvalidValueError, match=match):
        yt.Indicator(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), "1", None])
def test_band_bounds_are_finite_numbers(bad: object) -> None:
    with pytest.raises(yt.InvalidValueError):
        yt.Band(bad, 2)  # type: ignore[arg-type]


def test_indicator_names_match_ignoring_case_and_normal_form() -> None:
    ind = attrs.evolve(IMR, aliases=("Tỷ suất chết trẻ em dưới 1 tuổi",))
    assert ind.matches_name("tỷ suất chết  trẻ em dưới 1 tuổi")
    assert not ind.matches_name("Tỷ suất chết trẻ em dưới 5 tuổi")


# ---- Comparator ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("symbol", "member"),
    [
        ("<", "LT"),
        ("<=", "LE"),
        (">", "GT"),
        (">=", "GE"),
        ("=", "EQ"),
        ("~", "APPROX"),
        ("≤", "LE"),
        ("≥", "GE"),
        ("≈", "APPROX"),
        ("==", "EQ"),
    ],
)
def test_comparator_from_symbol(symbol: str, member: str) -> None:
    assert yt.Comparator(symbol) is getattr(yt.Comparator, member)


def test_unknown_comparator() -> None:
    with pytest.raises(ValueError, match="!="):
        yt.Comparator("!=")
    with pytest.raises(yt.InvalidValueError, match="not a Comparator"):
        yt.Target(indicator=IMR, comparator="!=", value=yt.Q_(1, "permille"))


# ---- Target ----------------------------------------------------------------------------------


def test_target_contract_example_and_text() -> None:
    t = yt.Target(
        indicator=IMR,
        comparator=yt.Comparator.LT,
        value=yt.Q_(10, "permille"),
        year=2030,
        baseline=yt.Baseline(value=yt.Q_(14, "permille"), year=2020),
    )
    assert str(t) == "Tỷ suất tử vong trẻ em dưới 1 tuổi: dưới 10‰ (2030)"
    assert t.value_in_unit == 10.0
    assert t.baseline_in_unit == 14.0
    assert t.sense == -1
    assert not t.qualitative


def test_target_value_in_another_rate_unit_is_converted_once() -> None:
    t = yt.Target(
        indicator=IMR, comparator="<", value=yt.Q_(1250, "per_100000_live_births"), year=2025
    )
    assert t.value_in_unit == 12.5
    assert str(t).endswith("dưới 1.250/100.000 trẻ đẻ sống (2025)")


@pytest.mark.parametrize(
    ("value", "error"),
    [
        (yt.Q_(10, "per_10000_people"), yt.UnitMismatchError),
        (yt.Q_(10, "year"), yt.UnitMismatchError),
        (yt.Q_(float("nan"), "permille"), yt.InvalidValueError),
        (10, yt.InvalidValueError),
    ],
)
def test_target_value_must_fit_the_indicator(value: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        yt.Target(indicator=IMR, comparator="<", value=value, year=2030)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"year": 1850}, "out of range"),
        ({"year": 3000}, "out of range"),
        ({"year": 2030.0}, "year"),
        ({"comparator": None}, "no comparator"),
        ({"baseline": yt.Baseline(value=yt.Q_(14, "permille"), year=2030)}, "not before"),
        ({"relative": yt.Relative(base_year=2020, change=-10)}, "either a value or a relative"),
        ({"tolerance": yt.Q_(1, "permille")}, "tolerance applies"),
        ({"source": "page 3"}, "Source"),
    ],
)
def test_target_validation(kwargs: dict[str, object], match: str) -> None:
    fields: dict[str, object] = {
        "indicator": IMR,
        "comparator": "<",
        "value": yt.Q_(10, "permille"),
        "year": 2030,
    }
    fields.update(kwargs)
    with pytest.raises(yt.InvalidValueError, match=match):
        yt.Target(**fields)  # type: ignore[arg-type]


def test_negative_tolerance_is_refused() -> None:
    with pytest.raises(yt.InvalidValueError, match="negative"):
        yt.Target(
            indicator=IMR,
            comparator="~",
            value=yt.Q_(10, "permille"),
            tolerance=yt.Q_(-1, "permille"),
        )


def test_approx_tolerance_default_and_explicit() -> None:
    t = yt.Target(indicator=IMR, comparator="~", value=yt.Q_(10, "permille"), year=2030)
    assert t.tolerance_in_unit == pytest.approx(0.1)
    t2 = attrs.evolve(t, tolerance=yt.Q_(50, "per_100000_live_births"))
    assert t2.tolerance_in_unit == 0.5


def test_relative_and_qualitative_targets_and_their_text() -> None:
    coverage = yt.Indicator(
        code="cov", name_vi="Tỷ lệ khám sàng lọc", unit="percent", direction="increase"
    )
    relative = yt.Target(
        indicator=coverage,
        comparator=">=",
        relative=yt.Relative(base_year=2022, change=10),
        year=2025,
    )
    assert str(relative) == "Tỷ lệ khám sàng lọc: tăng tối thiểu 10% so với năm 2022 (2025)"
    flat = yt.Target(
        indicator=attrs.evolve(coverage, direction="decrease"),
        comparator="<=",
        relative=yt.Relative(base_year=2022),
        year=2025,
    )
    assert str(flat).endswith("không tăng so với năm 2022 (2025)")
    malaria = yt.Indicator(code="malaria", name_vi="Sốt rét", direction="eliminate")
    qualitative = yt.Target(indicator=malaria, statement="loại trừ sốt rét", year=2030)
    assert qualitative.qualitative
    assert str(qualitative) == "Sốt rét: loại trừ sốt rét (2030)"


def test_qualifier_and_subgroup_read_in_the_text() -> None:
    epi = yt.Indicator(
        code="epi", name_vi="Tỷ lệ tiêm chủng mở rộng", unit="percent", direction="increase"
    )
    t = yt.Target(
        indicator=epi,
        comparator="=",
        value=yt.Q_(95, "percent"),
        year=2030,
        qualifier="với 14 loại vắc xin",
    )
    assert str(t) == "Tỷ lệ tiêm chủng mở rộng: đạt 95% với 14 loại vắc xin (2030)"
    height = yt.Indicator(
        code="height18",
        name_vi="Chiều cao trung bình thanh niên 18 tuổi",
        unit="cm",
        direction="increase",
        disaggregation="sex",
    )
    t = yt.Target(
        indicator=height, comparator="=", value=yt.Q_(168.5, "cm"), year=2030, subgroup="nam"
    )
    assert str(t) == "Chiều cao trung bình thanh niên 18 tuổi (nam): đạt 168,5 cm (2030)"


# ---- Observation -----------------------------------------------------------------------------


def test_observation_accepts_per_mille_and_yes_no() -> None:
    o = yt.Observation(indicator=IMR, value=yt.Q_(12.5, "‰"), year=2024, jurisdiction="Hưng Yên")
    assert o.value_in_unit == 12.5
    malaria = yt.Indicator(code="malaria", name_vi="Sốt rét", direction="eliminate")
    assert yt.Observation(indicator=malaria, value=True, year=2024).value_in_unit is None


@pytest.mark.parametrize(
    ("value", "year", "error"),
    [
        (yt.Q_(5, "per_10000_people"), 2024, yt.UnitMismatchError),
        (5.0, 2024, yt.InvalidValueError),
        (yt.Q_(5, "permille"), 1800, yt.InvalidValueError),
        (yt.Q_(float("inf"), "permille"), 2024, yt.InvalidValueError),
    ],
)
def test_observation_validation(value: object, year: int, error: type[Exception]) -> None:
    with pytest.raises(error):
        yt.Observation(indicator=IMR, value=value, year=year)  # type: ignore[arg-type]


def test_observation_of_another_indicator_is_refused() -> None:
    other = attrs.evolve(IMR, code="u5mr", name_vi="Tỷ suất tử vong trẻ em dưới 5 tuổi")
    t = yt.Target(indicator=IMR, comparator="<", value=yt.Q_(10, "permille"), year=2030)
    with pytest.raises(yt.IndicatorMismatchError, match="u5mr"):
        t.evaluate(yt.Observation(indicator=other, value=yt.Q_(9, "permille"), year=2030))


def test_observation_of_an_equal_indicator_in_another_unit_is_converted() -> None:
    per_100k = attrs.evolve(IMR, unit="per_100000_live_births")
    t = yt.Target(indicator=IMR, comparator="<", value=yt.Q_(10, "permille"), year=2030)
    r = t.evaluate(
        yt.Observation(indicator=per_100k, value=yt.Q_(999, "per_100000_live_births"), year=2030)
    )
    assert r.met
    assert r.actual == 9.99


# ---- Plan, Assignment, Timeframe ----------------------------------------------------------


def test_timeframes() -> None:
    assert str(yt.Timeframe.ongoing()) == "Thường xuyên"
    assert str(yt.Timeframe.yearly()) == "Hàng năm"
    assert str(yt.Timeframe.in_year(2024)) == "2024"
    assert str(yt.Timeframe.between(2018, 2025, text="2018 - 2025")) == "2018 - 2025"
    assert yt.Timeframe.in_year(2024).covers(2024)
    assert not yt.Timeframe.in_year(2024).covers(2025)
    assert yt.Timeframe.yearly(end=2030).covers(2029)
    assert not yt.Timeframe.yearly(end=2030).covers(2031)
    with pytest.raises(yt.InvalidValueError, match="starts after"):
        yt.Timeframe.between(2025, 2018)
    with pytest.raises(yt.InvalidValueError, match="not a TimeframeKind"):
        yt.Timeframe(kind="sometimes")


def test_agencies_compare_by_name_ignoring_case_and_spacing() -> None:
    assert yt.Agency("Sở Y tế") == yt.Agency("sở  y tế")
    assert str(yt.Agency("Sở Y tế")) == "Sở Y tế"
    assert len({yt.Agency("Sở Y tế"), yt.Agency("SỞ Y TẾ")}) == 1
    with pytest.raises(yt.InvalidValueError):
        yt.Agency(" ")


def test_month_day_validation() -> None:
    assert yt.MonthDay(29, 2).in_year(2023) == datetime.date(2023, 2, 28)
    assert yt.MonthDay(29, 2).in_year(2024) == datetime.date(2024, 2, 29)
    with pytest.raises(yt.InvalidValueError, match="31/4"):
        yt.MonthDay(31, 4)


def _plan() -> yt.Plan:
    health = yt.Agency("Sở Y tế")
    tasks = [
        yt.Assignment(
            task="Xây dựng kế hoạch",
            lead=[health],
            partners=["Sở Tài chính"],
            timeframe=yt.Timeframe.in_year(2018),
            funding="Ngân sách",
        ),
        yt.Assignment(
            task="Báo cáo định kỳ",
            lead=["UBND các huyện"],
            partners=[health],
            timeframe=yt.Timeframe.yearly(),
            reporting=yt.ReportingDuty.yearly(day=10, month=12, to=health),
        ),
        yt.Assignment(
            task="Sơ kết 6 tháng",
            lead=["Sở Nội vụ"],
            timeframe=yt.Timeframe.ongoing(),
            reporting=yt.ReportingDuty(to=["UBND tỉnh", "Bộ Y tế"], due=[(15, 12), (15, 6)]),
        ),
        yt.Assignment(
            task="Đề án 2018 - 2020",
            lead=["Sở Nội vụ"],
            timeframe=yt.Timeframe.between(2018, 2020),
            reporting=yt.ReportingDuty.yearly(day=1, month=3),
        ),
    ]
    targets = [
        yt.Target(indicator=IMR, comparator="<", value=yt.Q_(10, "permille"), year=2030),
        yt.Target(indicator=IMR, comparator="<", value=yt.Q_(12, "permille"), year=2025),
    ]
    return yt.Plan(
        title="Kế hoạch thử",
        number="1/KH-UBND",
        issued=datetime.date(2018, 7, 16),
        jurisdiction="Đồng Nai",
        implements=["Nghị quyết số 20-NQ/TW"],
        targets=targets,
        assignments=tasks,
    )


def test_plan_queries() -> None:
    plan = _plan()
    assert plan.milestone_years == (2025, 2030)
    assert [t.year for t in plan.targets_for(2025)] == [2025]
    assert [t.year for t in plan.targets_of("imr")] == [2025, 2030]
    assert plan.targets_of(IMR) == plan.targets_of("imr")
    assert plan.indicators == (IMR,)
    assert len(plan.assignments_of("sở y tế")) == 2
    assert len(plan.assignments_of("Sở Y tế", role="lead")) == 1
    assert len(plan.assignments_of("Sở Y tế", role="partner")) == 1
    assert plan.assignments_of("Sở Giao thông") == ()
    assert str(plan.implements[0]) == "Nghị quyết số 20-NQ/TW"
    with pytest.raises(yt.InvalidValueError, match="role"):
        plan.assignments_of("Sở Y tế", role="boss")


def test_reporting_calendar() -> None:
    plan = _plan()
    due_2024 = [(d.due, d.assignment.task) for d in plan.reporting_calendar(2024)]
    assert due_2024 == [
        (datetime.date(2024, 6, 15), "Sơ kết 6 tháng"),
        (datetime.date(2024, 12, 10), "Báo cáo định kỳ"),
        (datetime.date(2024, 12, 15), "Sơ kết 6 tháng"),
    ]
    due_2019 = [d.due for d in plan.reporting_calendar(2019)]
    assert datetime.date(2019, 3, 1) in due_2019
    assert plan.assignments[2].reporting is not None
    assert plan.assignments[2].reporting.frequency == "half-yearly"
    assert [str(a) for a in plan.assignments[2].reporting.to] == ["UBND tỉnh", "Bộ Y tế"]


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"title": ""}, "title"),
        ({"issued": "2018-07-16"}, "date"),
        ({"issued": datetime.datetime(2018, 7, 16)}, "date"),
        ({"targets": ["not a target"]}, r"targets\[0\]"),
        ({"assignments": [1]}, r"assignments\[0\]"),
    ],
)
def test_plan_validation(kwargs: dict[str, object], match: str) -> None:
    fields: dict[str, object] = {"title": "Kế hoạch"}
    fields.update(kwargs)
    with pytest.raises(yt.InvalidValueError, match=match):
        yt.Plan(**fields)  # type: ignore[arg-type]


# ---- every class survives attrs.evolve and compares equal ------------------------------------


def test_every_class_round_trips_through_evolve() -> None:
    plan = _plan()
    objects: list[object] = [
        plan,
        plan.targets[0],
        plan.assignments[1],
        plan.assignments[1].reporting,
        plan.assignments[0].timeframe,
        plan.implements[0],
        IMR,
        yt.Band(1, 2),
        yt.MonthDay(1, 2),
        yt.Agency("Sở Y tế"),
        yt.Source(document="x.txt", line=3, quote="q"),
        yt.Baseline(value=yt.Q_(1, "percent"), year=2020),
        yt.Relative(base_year=2020, change=5),
        yt.Observation(indicator=IMR, value=yt.Q_(9, "permille"), year=2024),
    ]
    for obj in objects:
        copy = attrs.evolve(obj)  # type: ignore[misc]
        assert copy == obj
        assert hash(copy) == hash(obj)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            obj.__setattr__(attrs.fields(type(obj))[0].name, None)  # type: ignore[arg-type]


@given(scenarios())
def test_generated_targets_round_trip_through_evolve(s: Scenario) -> None:
    target, observation = s.build()
    assert attrs.evolve(target) == target
    assert attrs.evolve(observation) == observation
    changed = attrs.evolve(target, year=target.year + 1 if target.year else 2030)
    assert changed != target
    assert attrs.evolve(changed, year=target.year) == target
