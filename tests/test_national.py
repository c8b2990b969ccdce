"""National documents as data: 20-NQ/TW, 72-NQ/TW, 262/2025/QH15; each shipped figure against
the shared table of sources; the ambition check against several documents at once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import yte_targets as yt
from tests.conftest import ROOT
from yte_targets.cli import main
from yte_targets.evaluate.ambition import disagreements

NEW = ("72-NQ/TW", "262/2025/QH15")


def test_available_and_lookup() -> None:
    assert yt.datasets.available() == ("20-NQ/TW", "72-NQ/TW", "262/2025/QH15")
    assert yt.datasets.national("72-nq/tw") is yt.datasets.national("72-NQ/TW")
    assert yt.datasets.national_20nq() is yt.datasets.national("20-NQ/TW")
    with pytest.raises(yt.UnknownDocumentError, match="available: 20-NQ/TW"):
        yt.datasets.national("21-NQ/TW")


@pytest.mark.parametrize("number", yt.datasets.available())
def test_every_figure_keeps_its_source(number: str) -> None:
    plan = yt.datasets.national(number)
    assert plan.targets
    for target in plan.targets:
        assert target.source is not None
        assert target.source.quote
        assert target.source.document
        if number in NEW:
            assert target.source.verified is False  # read in news pages, not the text itself
            assert target.source.address is not None
            assert target.source.address.startswith("https://")


def _rows(text: str) -> list[list[str]]:
    rows = []
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 6 and (re.fullmatch(r"72\.\d+", cells[0]) or cells[0] == "262/2025/QH15"):
            rows.append(cells)
    return rows


def _readings(words: str, value: str, indicator: yt.Indicator) -> set[yt.Comparator]:
    found = set()
    for alternative in words.split("/"):
        plain = re.sub(r"\([^)]*\)", "", alternative).replace("…", " ").strip(" '\"")
        plain = plain or re.sub(r"[()]", "", alternative).strip()
        if plain.isascii() and plain not in ("≥", "<", ">"):
            continue  # an English rendering ("increasing to over"): not the document's words
        try:
            found.add(yt.parse_target_value(f"{plain} {value}", indicator)[0])
        except yt.YteTargetsError:
            continue
    return found


NOT_SHIPPED = {"72.12"}  # a flow of doctors, read only in the solutions (task) section


def test_shipped_figures_agree_with_the_shared_table(shared_dir: Path) -> None:
    table = (shared_dir / "national" / "72-nq-tw.md").read_text(encoding="utf-8")
    rows = _rows(table)
    assert len(rows) >= 20
    checked = 0
    for cells in rows:
        if cells[0] in NOT_SHIPPED:
            continue
        number = "72-NQ/TW" if cells[0].startswith("72") else "262/2025/QH15"
        plan = yt.datasets.national(number)
        default_year = re.search(r"(?:19|20)\d\d", cells[5])
        for part in cells[4].split(";"):
            number_text = re.search(r"\d[\d.,]*", part)
            if number_text is None or default_year is None:
                continue  # "toàn dân": a qualitative target, checked below
            year_text = re.search(r"\((\d{4})\)", part)
            year = int(year_text.group(1) if year_text else default_year.group())
            value = float(yt.parse_number(number_text.group().rstrip(".,")))
            candidates = [
                t
                for t in plan.targets
                if t.year == year
                and (
                    t.value_in_unit == value
                    or (t.relative is not None and abs(t.relative.change) == value)
                )
            ]
            assert candidates, (cells[0], cells[1], year, value)
            target = candidates[0]
            if "thêm" in cells[3]:  # "tăng thêm": a change, never a level
                assert target.relative is not None, cells
            else:
                readings = _readings(cells[3], part.split("(")[0], target.indicator)
                if readings:
                    assert target.comparator in readings, (cells, target.comparator, readings)
            unit_text = part[number_text.end() :].split("(")[0].strip()
            try:
                unit = yt.parse_unit(unit_text) if unit_text else None
            except yt.UnknownUnitError:
                unit = None
            if unit is not None and target.value is not None:
                assert yt.convert(yt.Q_(1, unit), target.indicator.unit, accept_ratio=True)
            checked += 1
    assert checked >= 20


def test_qualitative_and_change_targets_are_typed_as_such() -> None:
    plan = yt.datasets.national("72-NQ/TW")
    (height,) = plan.targets_of("height_gain_1_18")
    assert height.value is None
    assert height.relative == yt.Relative(change=1.5, kind="absolute")
    assert str(height) == (
        "Mức tăng chiều cao trung bình của trẻ em và thanh thiếu niên từ 1-18 tuổi: "
        "tăng thêm tối thiểu 1,5 cm (2030)"
    )
    waiver = plan.targets_of("basic_hospital_fee_waiver")[0]
    assert waiver.qualitative
    universal = [t for t in plan.targets_of("health_insurance_coverage") if t.year == 2030]
    assert universal[0].qualitative


def test_a_change_without_its_base_is_measured_from_the_stated_baseline() -> None:
    import attrs

    (height,) = yt.datasets.national("72-NQ/TW").targets_of("height_gain_1_18")
    indicator = height.indicator
    series = [
        yt.Observation(indicator=indicator, value=yt.Q_(v, "centimeter"), year=y)
        for y, v in [(2010, 150.0), (2026, 151.0), (2030, 151.6)]
    ]
    # the document states no base: an old observation is none, so no data
    assert height.evaluate_series(series).status is yt.Status.NO_DATA
    # a plan that implements it states its own baseline (2025: 150 cm)
    own = attrs.evolve(height, baseline=yt.Baseline(value=yt.Q_(150, "centimeter"), year=2025))
    result = own.evaluate_series(series)
    assert result.result.reference == 151.5
    assert result.status is yt.Status.ACHIEVED
    assert (
        own.evaluate_series(series[:2]).status is yt.Status.ON_TRACK
    )  # 1 of 1,5 cm in 1 of 5 years


def test_a_province_against_two_documents_at_once() -> None:
    plan = yt.load_plan(ROOT / "examples" / "plans" / "kien-giang.yaml")
    nationals = [yt.datasets.national("20-NQ/TW"), yt.datasets.national("72-NQ/TW")]
    comparisons = plan.compare_with(nationals)
    documents = {c.parent_document for c in comparisons}
    assert documents == {"20-NQ/TW", "72-NQ/TW"}
    life = [c for c in comparisons if c.indicator.code == "life_expectancy" and c.year == 2030]
    assert [(c.parent_document, c.standing) for c in life] == [
        ("20-NQ/TW", "equal"),
        ("72-NQ/TW", "below"),
    ]
    assert plan.compare_with(nationals[0]) == [
        c for c in comparisons if c.parent_document == "20-NQ/TW"
    ]


def test_where_the_documents_disagree() -> None:
    found = disagreements([yt.datasets.national("20-NQ/TW"), yt.datasets.national("72-NQ/TW")])
    by_code = {(c.indicator.code, c.year): c for c in found}
    assert by_code[("life_expectancy", 2030)].standing == "above"  # 75 -> 75,5
    assert by_code[("health_insurance_coverage", 2030)].standing is None  # universal, no number
    assert ("healthy_life_years", 2030) not in by_code  # both at least 68


def test_compare_on_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    plan = str(ROOT / "examples" / "plans" / "dong-nai.yaml")
    assert main(["compare", plan, "--with", "20-NQ/TW", "--with", "72-NQ/TW"]) == 0
    out = capsys.readouterr().out
    assert "72-NQ/TW" in out
    assert "Các văn bản trung ương đặt mục tiêu khác nhau" in out
    assert main(["compare", plan, "--with", "72-NQ/TW", "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("indicator,year,subgroup,parent_document")
    assert main(["compare", plan, "--with", "99-NQ/TW"]) == 1
    assert "available" in capsys.readouterr().err


def test_compare_frame_and_plot(tmp_path: Path) -> None:
    from yte_targets.frame.tables import comparison_frame

    plan = yt.load_plan(ROOT / "examples" / "plans" / "hung-yen.yaml")
    nationals = [yt.datasets.national(n) for n in ("20-NQ/TW", "72-NQ/TW")]
    frame = comparison_frame(plan.compare_with(nationals))
    assert set(frame["parent_document"]) <= {"20-NQ/TW", "72-NQ/TW"}
    assert set(frame["standing"].dropna()) <= {"above", "equal", "below"}
    figure = plan.plot_compare(nationals)
    figure.savefig(tmp_path / "compare.png", dpi=50)
    names = [t.get_text() for t in figure.axes[0].get_yticklabels()]
    assert any("72-NQ/TW" in n for n in names)
