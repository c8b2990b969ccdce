"""Target sentences: one sentence to the targets it states."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import yte_targets as yt
from tests.gold import GOLD_UNITS, gold_targets


def texts(sentence: str, year: int | None = None, **kw: object) -> list[str]:
    return [str(t) for t in yt.parse_target(sentence, year, **kw)]  # type: ignore[arg-type]


def test_a_list_sharing_one_rate_is_four_targets() -> None:
    targets = yt.parse_target(
        "Đạt 30 giường bệnh và 12 bác sỹ, 3 dược sỹ đại học, 30 điều dưỡng viên/10.000 dân", 2025
    )
    assert [t.indicator.code for t in targets] == [
        "hospital_beds",
        "doctors",
        "pharmacists",
        "nurses",
    ]
    assert [t.value_in_unit for t in targets] == [30, 12, 3, 30]
    assert all(str(t.value.units) == "per_10000_people" for t in targets if t.value is not None)


def test_names_completed_from_the_clause_before() -> None:
    assert texts(
        "Dưới 05 tuổi còn dưới 10‰; dưới 01 tuổi còn dưới 5‰",
        2030,
        subject="Tỷ suất tử vong trẻ em",
    ) == [
        "Tỷ suất tử vong trẻ em dưới 5 tuổi: dưới 10‰ (2030)",
        "Tỷ suất tử vong trẻ em dưới 1 tuổi: dưới 5‰ (2030)",
    ]
    assert texts("Tỷ suất chết trẻ em dưới 1 tuổi dưới 10‰, dưới 5 tuổi dưới 15‰.", 2025) == [
        "Tỷ suất tử vong trẻ em dưới 1 tuổi: dưới 10‰ (2025)",
        "Tỷ suất tử vong trẻ em dưới 5 tuổi: dưới 15‰ (2025)",
    ]


def test_baseline_and_year_in_the_sentence() -> None:
    (target,) = yt.parse_target(
        "Tỷ lệ suy dinh dưỡng thể thấp còi từ 4,1% năm 2019 xuống còn 3,2% vào năm 2025"
    )
    assert target.year == 2025
    assert target.comparator is yt.Comparator.LE
    assert target.value_in_unit == 3.2
    assert target.baseline == yt.Baseline(value=yt.Q_(4.1, "percent"), year=2019)


def test_relative_targets() -> None:
    (up,) = yt.parse_target("Tỷ lệ tiêm chủng mở rộng tăng tối thiểu 10% so với năm 2022", 2025)
    assert up.relative == yt.Relative(base_year=2022, change=10)
    assert up.comparator is yt.Comparator.GE
    assert up.indicator.code == "epi_full_immunization"
    (flat,) = yt.parse_target("Tỷ lệ béo phì ở người trưởng thành không tăng so với năm 2022", 2025)
    assert flat.relative == yt.Relative(base_year=2022)
    assert flat.comparator is yt.Comparator.LE


def test_qualitative_targets() -> None:
    targets = yt.parse_target("Cơ bản chấm dứt các dịch bệnh AIDS, lao và loại trừ sốt rét", 2030)
    assert [t.indicator.code for t in targets] == ["aids_end", "tb_end", "malaria_elimination"]
    assert all(t.qualitative and t.year == 2030 for t in targets)
    assert yt.parse_target("Nâng cao chất lượng cuộc sống của người dân") == []


def test_subgroups_and_qualifiers() -> None:
    targets = yt.parse_target(
        "Chiều cao trung bình thanh niên 18 tuổi theo giới: Nam 167 cm, nữ 156 cm.", 2025
    )
    assert [(t.subgroup, t.value_in_unit) for t in targets] == [("nam", 167), ("nữ", 156)]
    (epi,) = yt.parse_target("Tỷ lệ tiêm chủng mở rộng đạt tối thiểu 95% với 12 loại vắc xin", 2025)
    assert (epi.comparator, epi.value_in_unit, epi.qualifier) == (
        yt.Comparator.GE,
        95,
        "với 12 loại vắc xin",
    )


def test_an_unknown_indicator_gets_its_own_words() -> None:
    (target,) = yt.parse_target("Tỷ lệ người dân sử dụng nước sạch đạt 98%", 2030)
    assert not target.indicator.catalogued
    assert target.indicator.name_vi == "Tỷ lệ người dân sử dụng nước sạch"
    assert target.indicator.direction is yt.Direction.INCREASE
    assert target.value_in_unit == 98


def test_seed_lines_read_targets(shared_dir: Path) -> None:
    """Measure, over the gold targets, how many the seed line alone yields (right indicator,
    year, value). Table rows and sentences split over lines need the document reader
    (issue 6), so this is a floor that guards what works, not the goal."""
    found = 0
    golds = gold_targets(shared_dir)
    lines: dict[str, list[str]] = {}
    for gold in golds:
        stem = gold["id"].rsplit("-", 1)[0]
        if stem not in lines:
            text = (shared_dir / "seeds" / f"{stem}.txt").read_text(encoding="utf-8")
            lines[stem] = text.splitlines()
        line = lines[stem][gold["line"] - 1].lstrip("-* ")
        code = yt.catalog.find(gold["indicator_vi"])[0].code
        for target in yt.parse_target(line, gold["year"]):
            if target.indicator.code != code or target.year != gold["year"]:
                continue
            if gold["value"] is None:
                found += target.qualitative
                break
            unit = GOLD_UNITS.get(gold["unit"])
            if (
                target.value is not None
                and unit is not None
                and yt.magnitude_in(target.value, unit, accept_ratio=True)
                == pytest.approx(gold["value"])
            ):
                found += 1
                break
    assert found >= 105, found


@given(st.text(max_size=80))
def test_any_text_gives_targets_or_a_yte_targets_error(text: str) -> None:
    try:
        targets = yt.parse_target(text, 2030)
    except yt.YteTargetsError:
        return
    assert all(isinstance(t, yt.Target) for t in targets)


SEED_LINES = [
    "Tỷ suất chết trẻ em dưới 1 tuổi dưới 10‰, dưới 5 tuổi dưới 15‰.",
    "Đạt 30 giường bệnh và 12 bác sỹ, 3 dược sỹ đại học, 30 điều dưỡng viên/10.000 dân.",
    "Tỷ lệ tham gia bảo hiểm y tế đạt 95% dân số. Tỷ lệ chi trực tiếp từ tiền túi giảm còn 35%.",
]


@given(st.sampled_from(SEED_LINES), st.data())
def test_mutated_seed_lines_never_crash(line: str, data: st.DataObject) -> None:
    position = data.draw(st.integers(0, len(line) - 1))
    junk = data.draw(st.text(alphabet="0123456789.,;:%‰/ -–*<>≤≥đaăâ", max_size=4))
    cut = data.draw(st.integers(0, 3))
    mutated = line[:position] + junk + line[position + cut :]
    with contextlib.suppress(yt.YteTargetsError):
        yt.parse_target(mutated, 2025)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Giảm tỷ suất tử vong trẻ em dưới 5 tuổi xuống còn 20‰",
         ("Tỷ suất tử vong trẻ em dưới 5 tuổi: tối đa 20‰", "u5mr")),
        ("Tỷ số tử vong mẹ giảm còn 40/100.000 trẻ đẻ sống",
         ("Tỷ số tử vong mẹ: tối đa 40/100.000 trẻ đẻ sống", "mmr")),
        # the denominator of a rate is not the value
        ("Tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái",
         ("Tỷ số giới tính khi sinh: dưới 109 bé trai/100 bé gái", "srb")),
        ("Tăng tỷ lệ người dân tham gia bảo hiểm y tế lên trên 95%",
         ("Tỷ lệ tham gia bảo hiểm y tế: trên 95%", "health_insurance_coverage")),
        ("Số giường bệnh/10.000 dân: 30 giường",
         ("Số giường bệnh trên 10.000 dân: đạt 30/10.000 dân", "hospital_beds")),
        # "100% X" is the share of X; a percentage is no rate per 10,000 people
        ("100% trạm y tế xã có bác sĩ làm việc",
         ("Tỷ lệ trạm y tế xã có bác sĩ làm việc: đạt 100%", None)),
        ("Tỷ lệ tăng dân số tự nhiên dưới 1%", ("Tỷ lệ tăng dân số tự nhiên: dưới 1%", None)),
    ],
)  # fmt: skip
def test_sentences_of_other_plans(sentence: str, expected: tuple[str, str | None]) -> None:
    (target,) = yt.parse_target(sentence, 2030)
    text, code = expected
    assert str(target) == f"{text} (2030)"
    assert target.indicator.catalogued is (code is not None)
    if code is not None:
        assert target.indicator.code == code


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the name after its value
        ("Có 2,5 dược sĩ đại học/10.000 dân",
         ("Số dược sĩ đại học trên 10.000 dân: đạt 2,5/10.000 dân", "pharmacists")),
        # the verb of an aim is no part of the indicator's name
        ("Duy trì tỷ lệ tăng dân số tự nhiên ở mức 1%",
         ("Tỷ lệ tăng dân số tự nhiên: đạt 1%", None)),
        ("Khống chế tốc độ tăng dân số dưới 1,1%/năm", ("Tốc độ tăng dân số: dưới 1,1%", None)),
        # "trở lên", "trở xuống"
        ("Tỷ lệ tiêm chủng đầy đủ đạt từ 95% trở lên",
         ("Tỷ lệ tiêm chủng mở rộng: tối thiểu 95%", "epi_full_immunization")),
        ("Tỷ suất tử vong trẻ em dưới 1 tuổi 10‰ trở xuống",
         ("Tỷ suất tử vong trẻ em dưới 1 tuổi: tối đa 10‰", "imr")),
        # the number of an item is no value
        ("1. Tuổi thọ trung bình đạt 75 tuổi",
         ("Tuổi thọ trung bình: đạt 75 tuổi", "life_expectancy")),
        # a period of years is no value
        ("Giai đoạn 2021 - 2025 tỷ lệ tham gia bảo hiểm y tế đạt 95%",
         ("Tỷ lệ tham gia bảo hiểm y tế: đạt 95%", "health_insurance_coverage")),
    ],
)  # fmt: skip
def test_more_sentences_of_other_plans(sentence: str, expected: tuple[str, str | None]) -> None:
    test_sentences_of_other_plans(sentence, expected)


def test_item_numbers_and_headings_are_no_targets() -> None:
    for heading in ("### **4. Một số chỉ tiêu y tế cơ bản**", "3. Mục tiêu định hướng năm 2045"):
        assert yt.parse_target(heading, 2030) == []


def test_each_clause_takes_its_own_year() -> None:
    assert texts("Tuổi thọ trung bình đến năm 2025 đạt 74,5 tuổi, đến năm 2030 đạt 75 tuổi.") == [
        "Tuổi thọ trung bình: đạt 74,5 tuổi (2025)",
        "Tuổi thọ trung bình: đạt 75 tuổi (2030)",
    ]
    assert texts("Tỷ lệ hài lòng của người dân đạt trên 80% năm 2025 và trên 90% năm 2030") == [
        "Tỷ lệ hài lòng của người dân với dịch vụ y tế: trên 80% (2025)",
        "Tỷ lệ hài lòng của người dân với dịch vụ y tế: trên 90% (2030)",
    ]
    # a year named once leads the clauses after it; one that trails leads the clauses before
    years = [
        t.year
        for t in yt.parse_target(
            "Đến năm 2025 đạt 30 giường bệnh và 10 bác sĩ/10.000 dân, đến năm 2030 đạt "
            "35 giường bệnh và 12 bác sĩ/10.000 dân"
        )
    ]
    assert years == [2025, 2025, 2030, 2030]
    years = [
        t.year
        for t in yt.parse_target(
            "Tỷ lệ tiêm chủng đạt 95%, tỷ lệ bao phủ bảo hiểm y tế đạt 93% vào năm 2025 và "
            "tỷ lệ bao phủ bảo hiểm y tế đạt 95% vào năm 2030",
            2024,
        )
    ]
    assert years == [2025, 2025, 2030]


@given(
    st.integers(min_value=2021, max_value=2035),
    st.integers(min_value=1, max_value=15),
    st.integers(min_value=50, max_value=91),  # a share stays at most 100%
    st.integers(min_value=0, max_value=9),
)
def test_two_years_in_one_sentence_property(first: int, gap: int, low: int, step: int) -> None:
    second = first + gap
    targets = yt.parse_target(
        f"Tỷ lệ tham gia bảo hiểm y tế năm {first} đạt {low}%, năm {second} đạt {low + step}%"
    )
    assert [(t.year, t.value_in_unit) for t in targets] == [(first, low), (second, low + step)]


def test_a_target_kept_to_a_later_year() -> None:
    assert texts("Tỷ lệ tiêm chủng đầy đủ đạt trên 95% vào năm 2025 và duy trì đến năm 2030") == [
        "Tỷ lệ tiêm chủng mở rộng: trên 95% (2025)",
        "Tỷ lệ tiêm chủng mở rộng: trên 95% (2030)",
    ]
    # kept to a year, with no other: the target is for that year
    assert texts("Tỷ lệ tiêm chủng đầy đủ đạt trên 95% và duy trì đến năm 2030") == [
        "Tỷ lệ tiêm chủng mở rộng: trên 95% (2030)"
    ]


def test_a_year_compared_with_is_not_the_target_year() -> None:
    (target,) = yt.parse_target("Số bác sĩ/10.000 dân tăng gấp 1,5 lần so với năm 2020", 2025)
    assert target.year == 2025
    assert target.relative == yt.Relative(base_year=2020, change=50.0)
    assert target.comparator is yt.Comparator.GE
    (target,) = yt.parse_target("Tỷ lệ tham gia bảo hiểm y tế cao hơn 90% như năm 2020", 2025)
    assert (target.year, target.value_in_unit) == (2025, 90)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi giảm bình quân 0,5-1%/năm",
        "Giảm tỷ suất sinh bình quân 0,1‰/năm",
        "Tỷ lệ hút thuốc lá ở nam giới giảm 10%",
        "Tỷ lệ tham gia bảo hiểm y tế tăng tối thiểu 2% mỗi năm",
    ],
)
def test_a_change_without_a_year_to_compare_is_no_level(sentence: str) -> None:
    # "giảm bình quân 0,5%/năm" is a step: reading it as the level 0,5% would be a wrong answer
    (target,) = yt.parse_target(sentence, 2025)
    assert target.value is None
    assert target.relative is None
    assert target.statement == sentence
    assert target.indicator.direction.sign == (-1 if "giảm" in sentence.casefold() else 1)


def test_a_level_after_a_change_verb_is_still_a_level() -> None:
    for sentence, comparator in [
        ("Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi giảm dưới 15%", "<"),
        ("Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi giảm xuống còn 15%", "<="),
        ("Giảm tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi xuống dưới 15%", "<"),
    ]:
        (target,) = yt.parse_target(sentence, 2025)
        assert target.indicator.code == "stunting_u5"
        assert (target.comparator.symbol, target.value_in_unit) == (comparator, 15)  # type: ignore[union-attr]


def test_ranges_of_values() -> None:
    assert texts("Tỷ lệ tiêm chủng đầy đủ đạt 90-95%", 2030) == [
        "Tỷ lệ tiêm chủng mở rộng: tối thiểu 90% trong khoảng 90-95% (2030)"
    ]
    assert texts("Tỷ suất tử vong trẻ em dưới 5 tuổi từ 15 đến 18‰", 2030) == [
        "Tỷ suất tử vong trẻ em dưới 5 tuổi: tối đa 18‰ trong khoảng 15 đến 18‰ (2030)"
    ]
    (band,) = yt.parse_target("Tỷ số giới tính khi sinh 107-109 bé trai/100 bé gái", 2030)
    assert band.comparator is yt.Comparator.APPROX
    assert (band.value_in_unit, band.tolerance_in_unit) == (108, 1)


@given(
    st.sampled_from(["epi_full_immunization", "stunting_u5", "srb"]),
    st.integers(min_value=1, max_value=90),
    st.integers(min_value=1, max_value=9),
)
def test_a_range_stands_for_the_end_that_matters(code: str, low: int, width: int) -> None:
    indicator = yt.catalog.default().get(code)
    high = low + width
    (target,) = yt.parse_target(f"{indicator.name_vi} đạt {low}-{high}", 2030)
    assert target.indicator == indicator
    expected = {
        yt.Direction.INCREASE: (yt.Comparator.GE, low),
        yt.Direction.DECREASE: (yt.Comparator.LE, high),
        yt.Direction.BAND: (yt.Comparator.APPROX, (low + high) / 2),
    }[indicator.direction]
    assert (target.comparator, target.value_in_unit) == expected
    # both ends of the range as written meet the target, whichever its direction
    for value in (low, high):
        observation = yt.Observation(
            indicator=indicator, value=yt.Q_(value, indicator.unit), year=2030
        )
        assert target.evaluate(observation).met


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a document's number or a date is no value
        ("Tỷ lệ tham gia bảo hiểm y tế đạt 95% vào năm 2025 theo Nghị quyết số 20-NQ/TW.",
         "Tỷ lệ tham gia bảo hiểm y tế: đạt 95% (2025)"),
        ("Tỷ lệ tham gia BHYT đạt 95% vào năm 2025 theo Quyết định số 546/QĐ-TTg ngày 29/4/2022.",
         "Tỷ lệ tham gia bảo hiểm y tế: đạt 95% (2025)"),
        # an aside in brackets is not the target; a bracketed year is its year
        ("Tỷ lệ tham gia bảo hiểm y tế đạt 95% (chỉ tiêu Trung ương giao 93%)",
         "Tỷ lệ tham gia bảo hiểm y tế: đạt 95% (2030)"),
        ("Số bác sĩ/vạn dân đạt 12 bác sĩ (trong đó bác sĩ y học cổ truyền đạt 1,5 bác sĩ)",
         "Số bác sĩ trên 10.000 dân: đạt 12/10.000 dân (2030)"),
        ("Tỷ lệ bao phủ bảo hiểm y tế: 93,5% (năm 2025)",
         "Tỷ lệ tham gia bảo hiểm y tế: đạt 93,5% (2025)"),
        # "dưới mức"
        ("Tỷ số giới tính khi sinh dưới mức 110 bé trai/100 bé gái",
         "Tỷ số giới tính khi sinh: dưới 110 bé trai/100 bé gái (2030)"),
        # the name of a set of criteria is not the deadline
        ("100% xã đạt Bộ tiêu chí quốc gia về y tế xã giai đoạn đến năm 2030",
         "Tỷ lệ xã, phường, đặc khu đạt Bộ tiêu chí quốc gia về y tế xã: đạt 100% (2030)"),
        # a share is no rate per 10.000 people; "Tỷ lệ ... 95" is in percent
        ("Tỷ lệ trạm y tế xã có bác sĩ làm việc đạt 95",
         "Tỷ lệ trạm y tế xã có bác sĩ làm việc: đạt 95% (2030)"),
        # a count where no rate is stated stays a count
        ("Số giường bệnh đạt 3.000 giường", "Số giường bệnh: đạt 3.000 giường (2030)"),
    ],
)  # fmt: skip
def test_numbers_that_are_not_the_target(sentence: str, expected: str) -> None:
    assert texts(sentence, 2030) == [expected]


def test_a_bracketed_past_value_is_the_baseline() -> None:
    for sentence, value, year in [
        ("Tỷ lệ tham gia bảo hiểm y tế đạt 95,5% vào năm 2025 (năm 2020 đạt 90,2%).", 90.2, 2020),
        ("Tuổi thọ trung bình đạt 75,5 tuổi vào năm 2030 (năm 2020 là 73,8 tuổi).", 73.8, 2020),
        ("Tỷ suất tử vong trẻ em dưới 1 tuổi còn 8‰ (năm 2022: 12,1‰) vào năm 2030", 12.1, 2022),
    ]:
        (target,) = yt.parse_target(sentence)
        assert target.baseline is not None
        assert (target.baseline_in_unit, target.baseline.year) == (value, year)
        assert target.year in (2025, 2030)


def test_a_part_of_an_indicator_is_not_the_indicator() -> None:
    first, part = yt.parse_target(
        "Tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 94% dân số, trong đó 100% trẻ em dưới"
        " 6 tuổi có thẻ bảo hiểm y tế",
        2025,
    )
    assert first.indicator.code == "health_insurance_coverage"
    assert not part.indicator.catalogued
    assert str(part) == "Tỷ lệ trẻ em dưới 6 tuổi có thẻ bảo hiểm y tế: đạt 100% (2025)"
    # a group of people the catalogue's indicator is not about: its own indicator
    (near_poor,) = yt.parse_target("Tỷ lệ người thuộc hộ cận nghèo tham gia bảo hiểm y tế 100%")
    assert not near_poor.indicator.catalogued
    (children,) = yt.parse_target("Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 95%")
    assert children.indicator.code == "epi_full_immunization"


def test_a_stated_rate_makes_a_count_a_rate() -> None:
    (beds,) = yt.parse_target("Số giường bệnh/vạn dân đạt 31 giường", 2025)
    assert (beds.indicator.code, beds.value_in_unit) == ("hospital_beds", 31)
    (cases,) = yt.parse_target("Số ca nhiễm HIV mới được phát hiện dưới 1.000 người", 2025)
    assert not cases.indicator.catalogued
    assert str(cases.value.units) == "person"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a part after a semicolon that goes on with the indicator before it
        ("Tỷ lệ tham gia BHYT: năm 2025 đạt 95%; năm 2030 đạt trên 97%.",
         ["Tỷ lệ tham gia bảo hiểm y tế: đạt 95% (2025)",
          "Tỷ lệ tham gia bảo hiểm y tế: trên 97% (2030)"]),
        ("Tuổi thọ trung bình đạt 74,5 tuổi vào năm 2025; 75 tuổi vào năm 2030.",
         ["Tuổi thọ trung bình: đạt 74,5 tuổi (2025)", "Tuổi thọ trung bình: đạt 75 tuổi (2030)"]),
        ("Tỷ lệ người mắc tăng huyết áp được phát hiện đạt 70%; được quản lý điều trị đạt 50%"
         " vào năm 2025.",
         ["Tỷ lệ người mắc tăng huyết áp được phát hiện: đạt 70%",
          "Tỷ lệ người mắc tăng huyết áp được quản lý điều trị: đạt 50% (2025)"]),
        # a level and a change against a base year: both
        ("Tỷ lệ dân số được quản lý sức khỏe đạt trên 90%, tăng 10% so với năm 2020, vào năm"
         " 2025.",
         ["Tỷ lệ dân số được quản lý sức khỏe: trên 90% (2025)",
          "Tỷ lệ dân số được quản lý sức khỏe: tăng tối thiểu 10% so với năm 2020 (2025)"]),
        # a period's end is the year, where no other is named
        ("Trong giai đoạn 2021-2025, tỷ lệ dân số tham gia BHYT đạt 93%.",
         ["Tỷ lệ tham gia bảo hiểm y tế: đạt 93% (2025)"]),
        # where, not how much
        ("Tỷ lệ tiêm chủng đầy đủ ở trẻ em dưới 1 tuổi đạt trên 95% tại 100% xã, phường",
         ["Tỷ lệ tiêm chủng mở rộng: trên 95%"]),
        # verbs and comparators of other plans
        ("Tỷ lệ người trưởng thành hút thuốc lá giảm xuống 36% vào năm 2025",
         ["Tỷ lệ người trưởng thành hút thuốc lá: tối đa 36% (2025)"]),
        ("Bảo đảm 100% chất thải y tế nguy hại được thu gom và xử lý theo quy định",
         ["Tỷ lệ chất thải y tế nguy hại được thu gom và xử lý theo quy định: đạt 100%"]),
        ("Phấn đấu đến năm 2025 có 95% người nhiễm HIV biết tình trạng nhiễm HIV của mình,"
         " 95% người được chẩn đoán nhiễm HIV được điều trị ARV",
         ["Tỷ lệ người nhiễm HIV biết tình trạng nhiễm HIV của mình: đạt 95% (2025)",
          "Tỷ lệ người được chẩn đoán nhiễm HIV được điều trị ARV: đạt 95% (2025)"]),
        # a part of a scheme or of the people is its own indicator
        ("Tỷ lệ tham gia bảo hiểm y tế bắt buộc đạt 100%",
         ["Tỷ lệ tham gia bảo hiểm y tế bắt buộc: đạt 100%"]),
        # a rate in an uncatalogued name is the unit of its count
        ("Số cán bộ y tế/vạn dân đạt 50 người", ["Số cán bộ y tế/vạn dân: đạt 50/10.000 dân"]),
        # a ratio of two counts is no percentage
        ("Tỷ lệ điều dưỡng/bác sĩ đạt 2,5", ["Tỷ lệ điều dưỡng/bác sĩ: đạt 2,5"]),
    ],
)  # fmt: skip
def test_more_shapes_of_target_sentences(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a period after the value is the years, not the value
        ("Tỷ lệ tham gia bảo hiểm y tế đạt 95% năm 2021 - 2025.",
         ["Tỷ lệ tham gia bảo hiểm y tế: đạt 95% (2025)"]),
        ("Số giường bệnh đạt 30 giường/vạn dân trong năm 2024-2025.",
         ["Số giường bệnh trên 10.000 dân: đạt 30/10.000 dân (2025)"]),
        # two years for one target
        ("Đến năm 2026 và 2027, tỷ lệ tham gia BHYT duy trì trên 94%.",
         ["Tỷ lệ tham gia bảo hiểm y tế: trên 94% (2026)",
          "Tỷ lệ tham gia bảo hiểm y tế: trên 94% (2027)"]),
        # a head count is no percentage; a restatement is no second target
        ("Số người tham gia bảo hiểm y tế đạt 1.250.000 người.",
         ["Số người tham gia bảo hiểm y tế: đạt 1.250.000 người"]),
        ("Tỷ lệ tham gia bảo hiểm y tế đạt 95%, tương đương khoảng 1.150.000 người.",
         ["Tỷ lệ tham gia bảo hiểm y tế: đạt 95%"]),
        # a place narrows the indicator before it
        ("Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi dưới 20%, riêng vùng cao"
         " dưới 25%.",
         ["Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi: dưới 20%",
          "Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi (vùng cao): dưới 25%"]),
        ("Tỷ lệ khám bệnh bằng y học cổ truyền đạt 30% tại tuyến tỉnh, 40% tại tuyến huyện.",
         ["Tỷ lệ khám bệnh bằng y học cổ truyền: đạt 30%",
          "Tỷ lệ khám bệnh bằng y học cổ truyền (tại tuyến huyện): đạt 40%"]),
        # a count of stations, or communes, is not a number of doctors
        ("Số trạm y tế xã có bác sĩ đạt 150 trạm", ["Số trạm y tế xã có bác sĩ: đạt 150"]),
        ("Bảo đảm mỗi xã có ít nhất 01 bác sĩ.", ["Bảo đảm mỗi xã: tối thiểu 1"]),
        # "xuống", "lên" before the value belong to no name
        ("Giảm tỷ lệ hút thuốc lá ở nam giới trưởng thành xuống dưới 38%",
         ["Tỷ lệ hút thuốc lá ở nam giới trưởng thành: dưới 38%"]),
        ("Nâng tỷ lệ tham gia bảo hiểm y tế lên 95%", ["Tỷ lệ tham gia bảo hiểm y tế: đạt 95%"]),
        # a form of malnutrition the catalogue has not
        ("Tỷ lệ suy dinh dưỡng thể gầy còm ở trẻ em dưới 5 tuổi dưới 5%",
         ["Tỷ lệ suy dinh dưỡng thể gầy còm ở trẻ em dưới 5 tuổi: dưới 5%"]),
    ],
)  # fmt: skip
def test_shapes_of_a_second_round_of_plans(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Số bác sĩ đạt 12/vạn dân vào năm 2025",
         ["Số bác sĩ trên 10.000 dân: đạt 12/10.000 dân (2025)"]),
        ("Tỷ lệ tham gia bảo hiểm y tế không ít hơn 90%",
         ["Tỷ lệ tham gia bảo hiểm y tế: tối thiểu 90%"]),
        ("Nâng cao tỷ lệ hài lòng của người dân với dịch vụ y tế hằng năm đạt trên 80%",
         ["Tỷ lệ hài lòng của người dân với dịch vụ y tế: trên 80%"]),
        ("Cơ bản loại trừ bệnh sốt rét", ["Loại trừ sốt rét: Cơ bản loại trừ bệnh sốt rét"]),
        ("Duy trì tổng tỷ suất sinh ở 2,1 con", ["Tổng tỷ suất sinh: đạt 2,1 con/phụ nữ"]),
        ("Tỷ lệ tiêm chủng mở rộng đạt 90-95%, tỷ lệ tham gia BHYT đạt 92%",
         ["Tỷ lệ tiêm chủng mở rộng: tối thiểu 90% trong khoảng 90-95%",
          "Tỷ lệ tham gia bảo hiểm y tế: đạt 92%"]),
        ("Tuổi thọ trung bình từ 75 tuổi trở lên tại tỉnh",
         ["Tuổi thọ trung bình: tối thiểu 75 tuổi"]),
        ("Tỷ lệ X đạt 95% theo Quyết định số 1234/QĐ-UBND ngày 10 tháng 7 năm 2024",
         ["Tỷ lệ X: đạt 95%"]),
        ("Số cán bộ y tế/100 000 dân đạt 50 người",
         ["Số cán bộ y tế/100 000 dân: đạt 50/100.000 dân"]),
    ],
)  # fmt: skip
def test_findings_of_a_code_review(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


def test_two_years_repeat_only_the_first_years_targets() -> None:
    found = yt.parse_target("Đến năm 2026 và 2027, tỷ lệ tham gia BHYT duy trì trên 94%")
    assert [t.year for t in found] == [2026, 2027]
    # a count after a year is no second year
    assert [t.year for t in yt.parse_target("Năm 2025, 2000 cán bộ y tế được đào tạo")] == [2025]
