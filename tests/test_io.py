"""Plan files: lossless round trips, strict reading, error paths, the JSON Schema."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import attrs
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import yte_targets as yt
from tests.strategies import scenarios
from yte_targets.io.schema import generate_plan_schema

IMR = yt.catalog.get("imr")
OWN = yt.Indicator(
    code="cs_ncd_local",
    name_vi="Tỷ lệ trạm y tế xã quản lý bệnh không lây nhiễm",
    unit="percent",
    direction="increase",
    catalogued=False,
    aliases=["trạm y tế"],
)
SRB = yt.Indicator(
    code="srb_local",
    name_vi="Tỷ số giới tính khi sinh",
    unit="boys_per_100_girls",
    direction="band",
    band=yt.Band(103, 107),
    category="outcome",
)


def full_plan() -> yt.Plan:
    source = yt.Source(document="seed.txt", line=53, quote="dưới 01 tuổi còn dưới 5‰")
    targets = [
        yt.Target(
            indicator=IMR,
            comparator="<",
            value=yt.Q_(5, "permille"),
            year=2025,
            source=source,
            id="T1",
        ),
        yt.Target(
            indicator=IMR,
            comparator="<=",
            value=yt.Q_(1250, "per_100000_live_births"),
            year=2030,
            baseline=yt.Baseline(
                value=yt.Q_(14.5, "permille"), year=2020, source=yt.Source(line=17, quote="14,5‰")
            ),
        ),
        yt.Target(
            indicator=OWN,
            comparator="=",
            value=yt.Q_(100, "percent"),
            year=2025,
            qualifier="một số bệnh không lây nhiễm",
        ),
        yt.Target(
            indicator=OWN,
            comparator=">=",
            year=2025,
            relative=yt.Relative(base_year=2022, change=10),
        ),
        yt.Target(indicator=SRB, statement="về mức cân bằng tự nhiên", year=2030),
        yt.Target(
            indicator=SRB,
            comparator="~",
            value=yt.Q_(105, "boys_per_100_girls"),
            tolerance=yt.Q_(1.5, "boys_per_100_girls"),
            year=2030,
            subgroup="toàn tỉnh",
        ),
        yt.Target(indicator=IMR, comparator="~", value=yt.Q_(0.1 + 0.2, "permille"), year=2026),
    ]
    assignments = [
        yt.Assignment(
            task="Xây dựng kế hoạch",
            lead=["Sở Y tế"],
            partners=["Sở Tài chính", "Sở Văn hóa, Thể thao và Du lịch"],
            timeframe=yt.Timeframe.between(2018, 2025, text="2018 - 2025"),
            funding="Ngân sách và xã hội hóa",
            targets=["imr"],
            source=yt.Source(document="seed.txt", line=401),
        ),
        yt.Assignment(
            task="Báo cáo",
            lead=["UBND các huyện"],
            timeframe=yt.Timeframe.yearly(text="Hàng năm", end=2030),
            reporting=yt.ReportingDuty(
                to=["Sở Y tế", "UBND tỉnh"], due=[(10, 12), (15, 6)], text="trước 10/12"
            ),
        ),
        yt.Assignment(task="Thường xuyên", timeframe=yt.Timeframe.ongoing()),
        yt.Assignment(task="Năm 2024", timeframe=yt.Timeframe.in_year(2024)),
    ]
    return yt.Plan(
        title="Kế hoạch thực hiện Nghị quyết số 20-NQ/TW",
        number="7315/KH-UBND",
        kind="KH",
        issuer="UBND tỉnh Đồng Nai",
        jurisdiction="Đồng Nai",
        issued=datetime.date(2018, 7, 16),
        implements=[
            yt.DocumentRef(
                title="Nghị quyết số 20-NQ/TW ngày 25/10/2017",
                number="20-NQ/TW",
                issued=datetime.date(2017, 10, 25),
            )
        ],
        targets=targets,
        assignments=assignments,
        source=yt.Source(document="seed.txt"),
    )


@pytest.mark.parametrize("suffix", [".json", ".yaml", ".yml", ".toml"])
def test_round_trip_through_every_format(tmp_path: Path, suffix: str) -> None:
    plan = full_plan()
    path = plan.dump(tmp_path / f"plan{suffix}")
    back = yt.load_plan(path)
    assert back == plan
    assert back.dump(tmp_path / f"again{suffix}").read_text(encoding="utf-8") == path.read_text(
        encoding="utf-8"
    )


def test_dict_round_trip_and_shape() -> None:
    plan = full_plan()
    data = plan.to_dict()
    assert yt.Plan.from_dict(data) == plan
    assert json.loads(json.dumps(data)) == data  # plain data only
    assert data["targets"][0] == {
        "indicator": "imr",
        "comparator": "<",
        "value": 5,
        "unit": "permille",
        "year": 2025,
        "source": {"document": "seed.txt", "line": 53, "quote": "dưới 01 tuổi còn dưới 5‰"},
        "id": "T1",
    }
    assert [i["code"] for i in data["indicators"]] == ["cs_ncd_local", "srb_local"]
    assert data["assignments"][1]["reporting"]["due"] == ["15/6", "10/12"]
    assert data["issued"] == "2018-07-16"


def test_catalogue_indicators_are_referenced_by_code_and_changed_ones_written_out() -> None:
    changed = attrs.evolve(IMR, aliases=(*IMR.aliases, "IMR tỉnh"))
    plan = yt.Plan(
        title="X",
        targets=[
            yt.Target(indicator=changed, comparator="<", value=yt.Q_(5, "permille"), year=2025)
        ],
    )
    data = plan.to_dict()
    assert data["indicators"][0]["code"] == "imr"
    back = yt.Plan.from_dict(data)
    assert back.targets[0].indicator == changed
    assert back == plan


def test_two_indicators_with_one_code_cannot_be_written() -> None:
    other = attrs.evolve(IMR, name_vi="Khác")
    plan = yt.Plan(
        title="X",
        targets=[
            yt.Target(indicator=IMR, comparator="<", value=yt.Q_(5, "permille"), year=2025),
            yt.Target(indicator=other, comparator="<", value=yt.Q_(5, "permille"), year=2030),
        ],
    )
    with pytest.raises(yt.PlanFileError, match="share the code 'imr'"):
        plan.to_dict()


def _problems(data: object) -> dict[str, str]:
    with pytest.raises(yt.PlanFileError) as info:
        yt.Plan.from_dict(data)
    return dict(info.value.problems)


def test_errors_name_the_path_inside_the_file() -> None:
    data = full_plan().to_dict()
    data["targets"][3] = {
        "indicator": "imr",
        "comparator": "<",
        "value": 10,
        "unit": "per_10000_people",
        "year": 2030,
    }
    problems = _problems(data)
    assert list(problems) == ["targets[3].value"]
    assert "cannot convert from 'per_10000_people'" in problems["targets[3].value"]


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        (lambda d: d["targets"][0].update(year="2025"), "targets[0].year", "whole number"),
        (lambda d: d["targets"][0].update(year=2025.5), "targets[0].year", "whole number"),
        (lambda d: d["targets"][0].update(yeer=2025), "targets[0].yeer", "unknown field"),
        (
            lambda d: d["targets"][0].update(indicator="imx"),
            "targets[0].indicator",
            "did you mean 'imr'",
        ),
        (lambda d: d["targets"][0].update(comparator="!="), "targets[0].comparator", "!="),
        (lambda d: d["targets"][0].update(value="5‰"), "targets[0].value", "number"),
        (lambda d: d["targets"][0].update(value=float("nan")), "targets[0].value", "finite"),
        (lambda d: d["targets"][0].update(unit="dặm"), "targets[0].value", "unknown unit"),
        (lambda d: d["targets"][0].pop("indicator"), "targets[0].indicator", "missing"),
        (lambda d: d["targets"][1]["baseline"].update(year=2031), "targets[1]", "not before"),
        (
            lambda d: d["targets"][1]["baseline"].update(unit="cm"),
            "targets[1].baseline.value",
            "cannot convert",
        ),
        (lambda d: d["assignments"][0].update(leed=["x"]), "assignments[0]", "unknown field"),
        (lambda d: d["assignments"][0]["lead"].append(3), "assignments[0].lead[1]", "text"),
        (
            lambda d: d["assignments"][0]["timeframe"].update(kind="sometimes"),
            "assignments[0].timeframe.kind",
            "sometimes",
        ),
        (
            lambda d: d["assignments"][1]["reporting"].update(due=["31/4"]),
            "assignments[1].reporting.due[0]",
            "31/4",
        ),
        (
            lambda d: d["assignments"][1]["reporting"].update(due=["ngày 10"]),
            "assignments[1].reporting.due[0]",
            "day/month",
        ),
        (lambda d: d.update(issued="16/7/2018"), "issued", "YYYY-MM-DD"),
        (lambda d: d.update(implements="NQ 20"), "implements", "list"),
        (lambda d: d.update(targets={"a": 1}), "targets", "list"),
        (lambda d: d.update(extra=1), "extra", "unknown field"),
        (lambda d: d.pop("title"), "title", "missing"),
        (lambda d: d["indicators"][0].update(unit="furlong"), "indicators[0].unit", "furlong"),
        (lambda d: d["indicators"].append(d["indicators"][0]), "indicators[2]", "twice"),
    ],
)
def test_each_kind_of_bad_data_is_reported_at_its_path(change, path: str, message: str) -> None:  # type: ignore[no-untyped-def]
    data = full_plan().to_dict()
    change(data)
    problems = _problems(data)
    assert path in problems, problems
    assert message in problems[path], problems


def test_all_problems_are_reported_at_once() -> None:
    data = full_plan().to_dict()
    data["targets"][0]["year"] = "x"
    data["assignments"][0]["leed"] = 1
    data["issued"] = "yesterday"
    with pytest.raises(yt.PlanFileError) as info:
        yt.Plan.from_dict(data)
    assert len(info.value.problems) == 3
    assert "(and 2 more problems)" in str(info.value)


def test_not_a_mapping() -> None:
    with pytest.raises(yt.PlanFileError, match="expected a mapping"):
        yt.Plan.from_dict(["title"])


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("bad.json", "{", "not valid JSON"),
        ("bad.yaml", "title: [", "not valid YAML"),
        ("bad.toml", "title = ", "not valid TOML"),
        ("bad.txt", "", "cannot tell the format"),
        ("unsafe.yaml", "!!python/object/apply:os.system ['echo hi']", "not valid YAML"),
    ],
)
def test_unreadable_files(tmp_path: Path, name: str, text: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(yt.PlanFileError, match=message) as info:
        yt.load_plan(path)
    assert info.value.file == str(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(yt.PlanFileError, match="cannot read"):
        yt.load_plan(tmp_path / "nowhere.yaml")


def test_yaml_dates_and_lone_agency_names_are_read() -> None:
    plan = yt.loads_plan(
        "title: X\nissued: 2018-07-16\nassignments:\n- task: T\n  lead: Sở Y tế\n", "yaml"
    )
    assert plan.issued == datetime.date(2018, 7, 16)
    assert [str(a) for a in plan.assignments[0].lead] == ["Sở Y tế"]


# ---- JSON Schema ---------------------------------------------------------------------------


def test_shipped_schema_is_the_generated_one() -> None:
    assert yt.plan_schema() == json.loads(json.dumps(generate_plan_schema()))


def test_schema_is_valid_and_accepts_what_we_write() -> None:
    schema = yt.plan_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(full_plan().to_dict(), schema)


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["targets"][0].update(yeer=2025),
        lambda d: d["targets"][0].update(value="5"),
        lambda d: d["targets"][0].update(comparator="!="),
        lambda d: d["assignments"][0]["timeframe"].update(kind="sometimes"),
        lambda d: d["assignments"][1]["reporting"].update(due=["ngày 10"]),
        lambda d: d.pop("title"),
        lambda d: d.update(issued=20180716),
    ],
)
def test_schema_rejects_broken_plans(change) -> None:  # type: ignore[no-untyped-def]
    data = full_plan().to_dict()
    change(data)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, yt.plan_schema())


# ---- generated plans --------------------------------------------------------------------------


@given(st.lists(scenarios(), max_size=6), st.sampled_from(["json", "yaml", "toml"]))
def test_generated_plans_round_trip(scenarios_: list[object], fmt: str) -> None:
    targets = []
    for index, s in enumerate(scenarios_):
        target, _ = s.build()  # type: ignore[attr-defined]
        code = f"x{index}"
        targets.append(attrs.evolve(target, indicator=attrs.evolve(target.indicator, code=code)))
    plan = yt.Plan(title="Sinh tự động", targets=targets)
    text = yt.dumps_plan(plan, fmt)
    back = yt.loads_plan(text, fmt)
    assert back == plan
    assert yt.dumps_plan(back, fmt) == text
    jsonschema.validate(plan.to_dict(), yt.plan_schema())


_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 3000)
    | st.floats(allow_nan=True)
    | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(
            st.sampled_from(
                [
                    "title",
                    "targets",
                    "indicator",
                    "value",
                    "unit",
                    "year",
                    "comparator",
                    "assignments",
                    "task",
                    "lead",
                    "timeframe",
                    "kind",
                    "baseline",
                    "issued",
                    "indicators",
                    "code",
                    "name_vi",
                    "direction",
                    "due",
                    "reporting",
                    "x",
                ]
            ),
            children,
            max_size=5,
        )
    ),
    max_leaves=12,
)


@given(_json)
def test_any_data_gives_a_plan_or_a_plan_file_error(data: object) -> None:
    try:
        plan = yt.Plan.from_dict(data)
    except yt.PlanFileError as exc:
        assert exc.problems
    else:
        assert isinstance(plan, yt.Plan)


@given(
    st.dictionaries(
        st.sampled_from(
            [
                "indicator",
                "comparator",
                "value",
                "unit",
                "year",
                "baseline",
                "tolerance",
                "relative",
                "statement",
            ]
        ),
        st.one_of(
            st.sampled_from(["imr", "<", "permille", "~", 2030, 10, -1.5]),
            st.none(),
            st.text(max_size=4),
        ),
        max_size=6,
    )
)
def test_any_target_record_gives_a_target_or_a_plan_file_error(record: dict[str, object]) -> None:
    try:
        yt.Plan.from_dict({"title": "X", "targets": [record]})
    except yt.PlanFileError as exc:
        assert all(path.startswith("targets[0]") for path, _ in exc.problems)
