"""Whole documents measured against the gold files (``tests/scoring.py`` says how), and the
extractor's promises: it returns a plan or raises a YteTargetsError, on any text."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import yte_targets as yt
from tests.gold import gold_file
from tests.scoring import extract, score_assignments, score_targets

STEMS = ("000_9f49aac2b4a91be7", "001_690141d03c170952", "002_1d2db8ccb91c3f66")
#: The issue's aim: at least 95% precision and recall on each document.
AIM = 0.95


@pytest.mark.parametrize("stem", STEMS)
def test_targets_of_the_seed_documents(shared_dir: Path, stem: str) -> None:
    plan = extract(shared_dir, stem)
    score = score_targets(plan, gold_file(shared_dir, stem))
    assert score.recall >= AIM, [m["id"] for m in score.missed]
    assert score.precision >= AIM, [str(t) for t in score.extra]
    for target in plan.targets:
        assert target.source is not None
        assert target.source.line is not None
        assert target.source.quote


def test_metadata_of_the_dong_nai_plan(shared_dir: Path) -> None:
    text = (shared_dir / "seeds" / "001_690141d03c170952.txt").read_text(encoding="utf-8")
    plan = yt.extract_plan(text)
    gold = gold_file(shared_dir, "001_690141d03c170952")["plan"]
    assert plan.number == gold["number"]
    assert plan.issued is not None
    assert plan.issued.isoformat() == gold["issued"]
    assert plan.jurisdiction == gold["province"]
    assert [d.number for d in plan.implements] == ["173-KH/TU", "199-KH/BCS", "20-NQ/TW"]


def test_extract_command_writes_a_plan_that_loads(
    shared_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from yte_targets.__main__ import main

    out = tmp_path / "plan.yaml"
    assert (
        main(["extract", str(shared_dir / "seeds" / "000_9f49aac2b4a91be7.txt"), "-o", str(out)])
        == 0
    )
    assert "chỉ tiêu" in capsys.readouterr().out
    plan = yt.load_plan(out)
    assert len(plan.targets) >= 29
    assert main(["extract", str(tmp_path / "missing.txt")]) == 1


def test_not_a_document() -> None:
    with pytest.raises(yt.ParseError):
        yt.extract_plan("   ")
    with pytest.raises(yt.ParseError):
        yt.extract_plan(None)  # type: ignore[arg-type]


@settings(max_examples=60)
@given(st.text(max_size=300))
def test_any_text_gives_a_plan_or_a_yte_targets_error(text: str) -> None:
    try:
        plan = yt.extract_plan(text)
    except yt.YteTargetsError:
        return
    assert isinstance(plan, yt.Plan)


@settings(max_examples=30)
@given(st.data())
def test_mutated_seed_documents_never_crash(shared_dir: Path, data: st.DataObject) -> None:
    text = (shared_dir / "seeds" / "000_9f49aac2b4a91be7.txt").read_text(encoding="utf-8")
    lines = text.splitlines()[50:95]
    for _ in range(data.draw(st.integers(1, 5))):
        index = data.draw(st.integers(0, len(lines) - 1))
        junk = data.draw(st.text(alphabet="0123456789.,;:%‰/|#*- đăâ", max_size=6))
        cut = data.draw(st.integers(0, max(0, len(lines[index]) - 1)))
        lines[index] = lines[index][:cut] + junk + lines[index][cut + 3 :]
    with contextlib.suppress(yt.YteTargetsError):
        yt.extract_plan("\n".join(lines))


@pytest.mark.parametrize("stem", STEMS)
def test_assignments_of_the_seed_documents(shared_dir: Path, stem: str) -> None:
    """Tables (Đồng Nai's appendix, one cell per line; Kiên Giang's projects, Markdown), the
    numbered tasks of the implementation part and the paragraphs under an agency's heading."""
    plan = extract(shared_dir, stem)
    score = score_assignments(plan, gold_file(shared_dir, stem))
    assert score.recall >= AIM, [m["id"] for m in score.missed]
    assert score.precision >= AIM, score.extra
    for assignment in plan.assignments:
        assert assignment.source is not None
        assert assignment.source.line is not None
        assert assignment.source.quote


def test_split_agencies() -> None:
    from yte_targets.parse import split_agencies

    def names(cell: str) -> list[str]:
        return [str(a) for a in split_agencies(cell)]

    assert names("Sở Nội vụ, Ban Thi đua khen thưởng tỉnh") == [
        "Sở Nội vụ",
        "Ban Thi đua khen thưởng tỉnh",
    ]
    assert names("Các sở, ban, ngành và địa phương liên quan") == [
        "Các sở, ban, ngành",
        "địa phương liên quan",
    ]
    assert names("Sở Văn hóa, thể dục thể thao và Du lịch") == [
        "Sở Văn hóa, thể dục thể thao và Du lịch"
    ]
    assert names(" ") == []
