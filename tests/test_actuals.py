"""Actual values from CSV: numbers in either style, errors naming row and column."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import yte_targets as yt
from tests.conftest import ROOT

HEADER = "indicator,year,value,unit\n"


def read(text: str, **kw: object) -> list[yt.Observation]:
    return yt.read_actuals(io.StringIO(text), **kw)  # type: ignore[arg-type]


def test_vietnamese_and_plain_numbers() -> None:
    vi = read(HEADER + 'imr,2020,"12,5",‰\nhospital_beds,2020,10.000,/100.000 dân\n')
    assert [o.value_in_unit for o in vi] == [12.5, 1000.0]
    plain = read(HEADER + "imr,2020,12.5,permille\nhospital_beds,2021,30,\n")
    assert [o.value_in_unit for o in plain] == [12.5, 30.0]
    assert plain[1].value == yt.Q_(30.0, "per_10000_people")  # empty unit: the indicator's


def test_ambiguous_numbers_are_refused_unless_told() -> None:
    text = HEADER + "hospital_beds,2020,10.000,/100.000 dân\n"
    with pytest.raises(yt.PlanFileError, match="ambiguous") as info:
        read(text)
    assert info.value.path == "row 2, column value"
    assert read(text, decimal="vi")[0].value_in_unit == 1000.0
    assert read(text, decimal="plain")[0].value_in_unit == pytest.approx(1.0)


def test_yes_no_and_optional_columns() -> None:
    rows = read(
        "indicator,year,value,unit,jurisdiction,subgroup,source\n"
        "malaria_elimination,2024,có,,Hưng Yên,,Báo cáo\n"
        'height_18,2024,"166,2",cm,Hưng Yên,nam,\n'
    )
    assert rows[0].value is True
    assert rows[0].jurisdiction == "Hưng Yên"
    assert rows[0].source == yt.Source(quote="Báo cáo")
    assert rows[1].subgroup == "nam"
    assert rows[1].source is None


@pytest.mark.parametrize(
    ("text", "path", "message"),
    [
        ("imx,2020,1,%\n", "row 2, column indicator", "did you mean 'imr'"),
        ("imr,20,1,‰\n", "row 2, column year", "year like 2024"),
        ("imr,1850,1,‰\n", "row 2, column year", "out of range"),
        ('imr,2020,"1,2,3",‰\n', "row 2, column value", "position 3"),
        ("imr,2020,abc,‰\n", "row 2, column value", "position 0"),
        ("imr,2020,5,dặm\n", "row 2, column unit", "dặm"),
        ("imr,2020,5,/10.000 dân\n", "row 2, column value", "cannot convert"),
        ("imr,2020,5,‰\nimr,2021,nan,‰\n", "row 3, column value", "nan"),
    ],
)
def test_errors_name_row_and_column(text: str, path: str, message: str) -> None:
    with pytest.raises(yt.PlanFileError) as info:
        read(HEADER + text)
    assert info.value.path == path
    assert message in str(info.value)


def test_header_problems() -> None:
    with pytest.raises(yt.PlanFileError, match="missing column value"):
        read("indicator,year,unit\nimr,2020,‰\n")
    with pytest.raises(yt.PlanFileError, match="unknown column 'note'"):
        read("indicator,year,value,note\nimr,2020,1,x\n")
    with pytest.raises(yt.PlanFileError, match="decimal must be"):
        read(HEADER, decimal="comma")


def test_plan_indicators_come_first() -> None:
    own = yt.Indicator(
        code="imr", name_vi="IMR tỉnh", unit="per_100000_live_births", direction="decrease"
    )
    rows = read(HEADER + 'imr,2020,"12,5",‰\n', indicators=[own])
    assert rows[0].indicator is own
    assert rows[0].value_in_unit == 1250.0


def test_files(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes(("\ufeff" + HEADER + 'imr,2020,"12,5",‰\n').encode("utf-8"))
    assert yt.load_actuals(path)[0].value_in_unit == 12.5
    with pytest.raises(yt.PlanFileError, match="cannot read"):
        yt.load_actuals(tmp_path / "missing.csv")
    path.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(yt.PlanFileError, match="UTF-8"):
        yt.load_actuals(path)


@pytest.mark.parametrize("name", ["hung-yen", "dong-nai", "kien-giang"])
def test_example_actuals_evaluate_against_their_plans(name: str) -> None:
    plan = yt.load_plan(ROOT / "examples" / "plans" / f"{name}.yaml")
    observations = yt.load_actuals(
        ROOT / "examples" / "actuals" / f"{name}.csv", indicators=plan.indicators
    )
    assert observations
    for observation in observations:
        assert observation.source is not None
        assert observation.source.quote  # every value says where it comes from
        real = "minh họa" not in observation.source.quote
        assert real or "illustrative" in observation.source.quote
    report = plan.evaluate(observations)
    assert len(report.rows) == len(plan.targets)
    assert sum(report.counts.values()) == len(plan.targets)
    assert report.counts[yt.Status.NO_DATA] < len(plan.targets)


from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_cell = st.sampled_from(
    [
        "imr",
        "doctors",
        "2020",
        "20",
        "12,5",
        "1.2.3",
        "có",
        "‰",
        "%",
        "",
        "/10.000 dân",
        "nan",
        "1e9",
        "dặm",
        '"',
        "x,y",
    ]
)


@given(st.lists(st.lists(_cell, min_size=1, max_size=5), max_size=5))
def test_any_csv_gives_observations_or_a_plan_file_error(rows: list[list[str]]) -> None:
    text = HEADER + "".join(",".join(row) + "\n" for row in rows)
    try:
        observations = read(text)
    except yt.PlanFileError as exc:
        assert exc.path.startswith("row ") or exc.path == ""
    else:
        assert all(isinstance(o, yt.Observation) for o in observations)
