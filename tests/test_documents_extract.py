"""extract_plan, read_plan_document and ``yte-targets extract`` take the files people have:
a PDF, a Word document, a web page or a text file, chosen by content as well as by suffix,
and read the same plan as from its text."""

from __future__ import annotations

from pathlib import Path

import pytest

import yte_targets as yt
from yte_targets.cli import main

from .test_documents import PLAN, make_docx, make_html, make_pdf, same_plan


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("documents")
    written = {
        "pdf": folder / "ke-hoach.pdf",
        "docx": folder / "ke-hoach.docx",
        "html": folder / "ke-hoach.html",
        "txt": folder / "ke-hoach.txt",
    }
    written["pdf"].write_bytes(make_pdf(PLAN))
    written["docx"].write_bytes(make_docx(PLAN))
    written["html"].write_text(make_html(PLAN), encoding="utf-8")
    written["txt"].write_text(PLAN, encoding="utf-8")
    return written


@pytest.mark.parametrize("kind", ["pdf", "docx", "html", "txt"])
def test_extract_plan_takes_a_file_of_every_kind(files: dict[str, Path], kind: str) -> None:
    from_text = yt.extract_plan(PLAN, document=files[kind].name)
    same_plan(yt.extract_plan(files[kind]), from_text)
    same_plan(yt.read_plan_document(files[kind]), from_text)
    source = yt.extract_plan(files[kind]).targets[0].source
    assert source is not None
    assert source.document == files[kind].name


def test_extract_plan_takes_a_files_bytes_and_its_name_as_text(files: dict[str, Path]) -> None:
    same_plan(yt.extract_plan(files["pdf"].read_bytes()), yt.extract_plan(PLAN))
    same_plan(yt.extract_plan(str(files["docx"])), yt.extract_plan(PLAN, document="ke-hoach.docx"))


def test_the_content_decides_over_the_suffix(files: dict[str, Path], tmp_path: Path) -> None:
    misnamed = tmp_path / "ke-hoach.txt"
    misnamed.write_bytes(files["docx"].read_bytes())
    same_plan(yt.extract_plan(misnamed), yt.extract_plan(PLAN, document="ke-hoach.txt"))


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_the_command_line_extracts_from_a_file(
    files: dict[str, Path], kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(files[kind])]) == 0
    written = yt.loads_plan(capsys.readouterr().out, "yaml")
    expected = yt.extract_plan(PLAN, document=files[kind].name)
    assert [str(t) for t in written.targets] == [str(t) for t in expected.targets]
