"""The command line and the people-facing report formats."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

import yte_targets as yt
from tests.conftest import ROOT
from yte_targets.cli import main

PLAN = str(ROOT / "examples" / "plans" / "hung-yen.yaml")
ACTUALS = str(ROOT / "examples" / "actuals" / "hung-yen.csv")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_report_text_is_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "report", PLAN, "--actuals", ACTUALS)
    assert code == 0
    assert err == ""
    assert "Chỉ tiêu" in out
    assert "dưới 10‰ (2025)" in out
    assert "8,6‰ (2024)" in out
    assert "92,4% (2024)" in out
    assert re.search(r"31 chỉ tiêu: Đạt \d+ · Đúng tiến độ \d+", out)


def test_report_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "report", PLAN, "--actuals", ACTUALS, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert set(data) >= {"rows", "summary"}
    row = next(r for r in data["rows"] if r["indicator"] == "imr" and r["year"] == 2025)
    assert row["comparator"] == "<"
    assert row["target"] == 10.0
    assert row["actual"] == 8.6
    assert row["gap"] == pytest.approx(1.4)
    assert row["status"] == "achieved"
    for r in data["rows"]:
        assert {
            "indicator",
            "year",
            "comparator",
            "target",
            "actual",
            "gap",
            "progress",
            "status",
        } <= set(r)
        assert r["status"] in {s.value for s in yt.Status}
        for key in ("target", "actual", "gap", "progress"):
            assert r[key] is None or isinstance(r[key], float)
    assert sum(data["summary"].values()) == len(data["rows"]) == 31


def test_report_csv_english_and_year(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "report", PLAN, "--actuals", ACTUALS, "--format", "csv", "--year", "2020"
    )
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 31
    assert all(not r["actual_year"] or int(r["actual_year"]) <= 2020 for r in rows)
    code, out, _ = run(capsys, "report", PLAN, "--actuals", ACTUALS, "--lang", "en")
    assert "Indicator" in out
    assert "Infant mortality rate" in out
    assert "achieved" in out.lower()
    assert "31/10,000 people (2024)" in out
    assert "73.8 years (2024)" in out
    assert "/10.000 dân" not in out


def test_report_html_is_self_contained(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    code, out, _ = run(
        capsys, "report", PLAN, "--actuals", ACTUALS, "--format", "html", "-o", str(target)
    )
    assert code == 0
    assert out == ""
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="vi">' in page
    assert "<script" not in page
    assert "http://" not in page
    assert "https://" not in page
    assert "@import" not in page
    assert "Tỷ suất tử vong trẻ em dưới 1 tuổi" in page
    for status in yt.Status:
        if status in (yt.Status.MISSED,):
            continue
        assert f"status-{status.value}" in page


def test_validate_schema_and_catalog(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "validate", PLAN)
    assert code == 0
    assert "31 chỉ tiêu" in out
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: X\ntargets:\n- indicator: imx\n", encoding="utf-8")
    code, out, err = run(capsys, "validate", str(bad))
    assert code == 1
    assert out == ""
    assert "targets[0].indicator" in err
    assert "Traceback" not in err
    code, out, _ = run(capsys, "schema")
    assert json.loads(out)["title"] == "yte_targets plan file"
    code, out, _ = run(capsys, "catalog", "ty suat chet tre em duoi 1 tuoi")
    assert out.split()[0] == "imr"
    code, out, _ = run(capsys, "catalog")
    assert len(out.splitlines()) == len(yt.catalog.default())


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["report"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["report", PLAN, "--format", "pdf"])
    assert info.value.code == 2


def test_bad_actuals_exit_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "a.csv"
    bad.write_text("indicator,year,value\nimr,2020,abc\n", encoding="utf-8")
    code, _, err = run(capsys, "report", PLAN, "--actuals", str(bad))
    assert code == 1
    assert "row 2, column value" in err


def test_notebook_representations() -> None:
    plan = yt.load_plan(PLAN)
    report = plan.evaluate(yt.load_actuals(ACTUALS))
    assert "<table>" in report._repr_html_()
    assert "Hưng Yên" in plan._repr_html_()
    assert "dưới 10‰ (2025)" in plan.targets_of("imr")[0]._repr_html_()
    frame = report.to_frame()
    assert str(frame["status"].dtype) == "category"
    assert str(frame["year"].dtype) == "Int64"
    assert str(frame["met"].dtype) == "boolean"
    assert len(plan.to_frame()) == len(plan.targets)
    with pytest.raises(yt.InvalidValueError, match="lang"):
        report.to_text(lang="fr")


def test_python_dash_m_runs() -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "yte_targets", "catalog", "tỉ số tử vong mẹ"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert result.stdout.startswith("mmr")


def test_scenario_command_shows_progress_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys,
        "scenario",
        PLAN,
        "--actuals",
        ACTUALS,
        "--assume",
        "imr=-0.04:compound:0.02",
        "--paths",
        "500",
        "--seed",
        "1",
    )
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 31
    imr = next(r for r in rows if r["indicator"] == "imr" and r["target_year"] == "2030")
    assert 0.0 <= float(imr["probability"]) <= 1.0
    assert "scenario" in err  # the tqdm bar
    code, out, err = run(
        capsys, "scenario", PLAN, "--actuals", ACTUALS, "--assume", "imr=-0.04", "--no-progress"
    )
    assert code == 0
    assert err == ""
    code, _, err = run(capsys, "scenario", PLAN, "--actuals", ACTUALS, "--assume", "imr")
    assert code == 1
    assert "--assume 'imr'" in err
