"""Every bad input ends in a YteTargetsError (the CLI: one message, exit 1), never a foreign
exception from Pint, cattrs, PyYAML, json or the file system."""

from __future__ import annotations

from pathlib import Path

import pytest

import yte_targets as yt
from tests.conftest import ROOT
from yte_targets.cli import main

PLAN = ROOT / "examples" / "plans" / "hung-yen.yaml"


@pytest.mark.parametrize("field", ["yr", "years", "valeu"])
def test_a_typo_in_a_nested_mapping_names_its_path(field: str) -> None:
    text = (
        "title: X\ntargets:\n  - indicator: imr\n    comparator: '<'\n    value: 10\n"
        "    unit: permille\n    year: 2030\n"
        f"    baseline: {{value: 14, unit: permille, {field}: 1}}\n"
    )
    with pytest.raises(yt.PlanFileError, match=rf"targets\[0\]\.baseline\.{field}: unknown field"):
        yt.loads_plan(text, "yaml")


@pytest.mark.parametrize(
    "unit", ["(", ")", "1/0", "**", "%%", "permille / permille", "m^2", "bogus"]
)
def test_unit_text_is_one_registry_unit(unit: str) -> None:
    for call in (
        lambda: yt.Q_(1, unit),
        lambda: yt.convert(yt.Q_(1, "percent"), unit),
        lambda: yt.Indicator(code="x", name_vi="X", unit=unit, direction="increase"),
        lambda: yt.to_unit(unit),
    ):
        with pytest.raises(yt.UnknownUnitError):
            call()


@pytest.mark.parametrize(
    ("text", "format"),
    [
        ("[" * 100_000 + "]" * 100_000, "json"),
        ("a: " + "[" * 5_000 + "]" * 5_000, "yaml"),
        ("x = " + "[" * 5_000 + "]" * 5_000, "toml"),
        ("title: X\nissued: !!timestamp foo\n", "yaml"),
        ("title: X\nissued: !!timestamp 2024-13-45\n", "yaml"),
        ("title: X\ntitle: Y\n", "yaml"),
        ("title: X\ntargets:\n  - {indicator: imr, value: 1, value: 2}\n", "yaml"),
        (
            "title: X\ntargets:\n  - {indicator: imr, comparator: '<', value: "
            + "9" * 400
            + ", unit: permille, year: 2030}\n",
            "yaml",
        ),
    ],
)
def test_malformed_plan_files(text: str, format: str) -> None:
    with pytest.raises(yt.PlanFileError):
        yt.loads_plan(text, format)


def test_duplicate_keys_name_the_line() -> None:
    with pytest.raises(yt.PlanFileError, match=r"line 3.*'title' twice"):
        yt.loads_plan("title: X\nnumber: '1'\ntitle: Y\n", "yaml")


def test_writing_to_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "missing" / "x.html"
    assert main(["report", str(PLAN), "--format", "html", "-o", str(out)]) == 1
    assert "cannot write" in capsys.readouterr().err
    with pytest.raises(yt.PlanFileError, match="cannot write"):
        yt.load_plan(PLAN).dump(tmp_path / "missing" / "plan.yaml")


@pytest.mark.parametrize("year", ["20250", "1200", "two"])
def test_cli_years_in_range(year: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["report", str(PLAN), "--year", year])
    assert exit_.value.code == 2
    assert "year" in capsys.readouterr().err


def test_problem_lists_are_capped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = "".join(
        f"  - {{indicator: imr, comparator: '<', value: -{i + 1}, unit: permille, year: 2030}}\n"
        for i in range(200)
    )
    path = tmp_path / "bad.yaml"
    path.write_text(f"title: X\ntargets:\n{rows}", encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) <= 23
    assert err[-1].strip() == "... and 179 more"


def test_messages_cut_long_inputs() -> None:
    big = "1" * 1_000_000 + "x"
    for call in (
        lambda: yt.parse_number(big),
        lambda: yt.parse_target_value(big),
        lambda: yt.loads_plan('{"title": 5, "number": ' + '"' + "9" * 1_000_000 + '"}', "json"),
    ):
        with pytest.raises(yt.YteTargetsError) as error:
            call()
        assert len(str(error.value)) < 600
