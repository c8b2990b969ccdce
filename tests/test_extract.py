"""Whole documents: metadata and targets measured against the gold files.

Assignments are not read yet (issue 6 is not finished); the figures below are
floors that guard what works, not the issue's 95% aim.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import yte_targets as yt
from tests.gold import GOLD_UNITS, gold_file

# stem: (targets found at least, precision: found of extracted at least)
FLOORS = {
    "000_9f49aac2b4a91be7": (29, 1.0),
    "001_690141d03c170952": (41, 1.0),
    "002_1d2db8ccb91c3f66": (53, 0.98),
}


def _match(plan: yt.Plan, gold: dict[str, object]) -> tuple[int, int]:
    used: set[int] = set()
    found = 0
    for entry in gold["targets"]:  # type: ignore[attr-defined]
        code = yt.catalog.find(entry["indicator_vi"])[0].code
        for index, target in enumerate(plan.targets):
            line = target.source.line if target.source and target.source.line else 0
            if index in used or abs(line - entry["line"]) > 3 or target.year != entry["year"]:
                continue
            if entry["value"] is None:
                if target.qualitative and target.indicator.code == code:
                    used.add(index)
                    found += 1
                    break
                continue
            unit = GOLD_UNITS.get(entry["unit"])
            if target.value is None or unit is None:
                continue
            try:
                value = yt.magnitude_in(target.value, unit, accept_ratio=True)
            except yt.YteTargetsError:
                continue
            if value == pytest.approx(entry["value"]):
                used.add(index)
                found += 1
                break
    return found, len(used)


@pytest.mark.parametrize("stem", sorted(FLOORS))
def test_targets_found_in_the_seed_documents(shared_dir: Path, stem: str) -> None:
    text = (shared_dir / "seeds" / f"{stem}.txt").read_text(encoding="utf-8")
    plan = yt.extract_plan(text, document=f"{stem}.txt")
    found, matched = _match(plan, gold_file(shared_dir, stem))
    least, precision = FLOORS[stem]
    assert found >= least
    assert matched / max(len(plan.targets), 1) >= precision
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


# stem: (assignments read exactly: lead, partners and timeframe as the gold has them, at least;
# share of what is read that is exact, at least). Floors of the current reader, not the aim.
ASSIGNMENT_FLOORS = {
    "000_9f49aac2b4a91be7": (1, 1.0),
    "001_690141d03c170952": (68, 0.9),
    "002_1d2db8ccb91c3f66": (21, 0.65),
}


@pytest.mark.parametrize("stem", sorted(ASSIGNMENT_FLOORS))
def test_assignment_tables_of_the_seed_documents(shared_dir: Path, stem: str) -> None:
    """Tables (Đồng Nai's appendix, one cell per line; Kiên Giang's projects, Markdown) and the
    numbered or bulleted tasks of the implementation section."""
    text = (shared_dir / "seeds" / f"{stem}.txt").read_text(encoding="utf-8")
    plan = yt.extract_plan(text)
    exact = 0
    for entry in gold_file(shared_dir, stem)["assignments"]:
        for assignment in plan.assignments:
            assert assignment.source is not None
            assert assignment.source.line is not None
            if abs(assignment.source.line - entry["line"]) > 3:
                continue
            if (
                [str(a) for a in assignment.lead] == entry["lead_vi"]
                and [str(a) for a in assignment.partners] == entry["partners_vi"]
                and assignment.timeframe.text == entry["timeframe_text"]
            ):
                exact += 1
                break
    least, precision = ASSIGNMENT_FLOORS[stem]
    assert exact >= least
    assert exact / max(len(plan.assignments), 1) >= precision


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
