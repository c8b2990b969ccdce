"""The repository's own entry points: the README commands, examples and benchmarks run."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def _run(*args: str) -> str:
    result = subprocess.run(
        [sys.executable, *args], cwd=ROOT, check=True, capture_output=True, text=True, timeout=300
    )
    return result.stdout


def test_example_script_runs() -> None:
    out = _run("examples/targets.py")
    assert "10‰  =  10/1.000 trẻ đẻ sống" in out
    assert "Refused" in out


def test_benchmarks_run_and_end_with_one_json_line() -> None:
    out = _run("benchmarks/run.py", "--quick")
    figures = json.loads(out.strip().splitlines()[-1])
    for key in (
        "import_ms",
        "import_baseline_ms",
        "format_number_us",
        "format_decimal_us",
        "parse_number_us",
        "float_parse_us",
    ):
        assert figures[key] > 0, key


def test_readme_opens_with_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```(?:bash|sh|console)\n(.*?)```", readme, flags=re.S)
    assert blocks, "README has no shell block"
    commands = [line for line in blocks[0].splitlines() if line and not line.startswith("#")]
    assert len(commands) == 2
    assert "examples/" in commands[0] or "yte-targets" in commands[0]
    assert "pytest" in commands[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pytest" in readme
    assert "README.md" in ci


def test_dask_example_runs_on_a_local_cluster_and_agrees() -> None:
    out = _run("examples/dask_evaluate.py", "30000")
    assert "same result as one frame: yes" in out


def test_scenario_notebook_runs(tmp_path: Path) -> None:
    out = _run("examples/scenario.py", str(tmp_path))
    assert "Đồng Nai - 41 chỉ tiêu" in out
    assert (tmp_path / "dong-nai-progress.png").stat().st_size > 1000
    assert (tmp_path / "kien-giang-vs-national.png").stat().st_size > 1000
