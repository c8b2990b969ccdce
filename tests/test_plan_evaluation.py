"""Evaluating a real plan (Hưng Yên's 2025 and 2030 targets), built by hand from its text.

The targets and baselines are the plan's own (section 2.2, lines 63-86; baselines from the
assessment, lines 15-25). The actual values are made up to cover every status.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import yte_targets as yt

SEED = "000_9f49aac2b4a91be7.txt"


def ind(code: str, name: str, unit: str, direction: str) -> yt.Indicator:
    return yt.Indicator(code=code, name_vi=name, unit=unit, direction=direction)


LIFE = ind("life_expectancy", "Tuổi thọ trung bình", "year_of_age", "increase")
BHYT = ind("bhyt_coverage", "Tỷ lệ tham gia bảo hiểm y tế", "percent", "increase")
NCD = ind(
    "cs_ncd",
    "Tỷ lệ trạm y tế xã thực hiện dự phòng, quản lý, điều trị bệnh không lây nhiễm",
    "percent",
    "increase",
)
BEDS = ind("beds", "Số giường bệnh trên 10.000 dân", "per_10000_people", "increase")
DOCTORS = ind("doctors", "Số bác sỹ trên 10.000 dân", "per_10000_people", "increase")
PHARMACISTS = ind(
    "pharmacists", "Số dược sỹ đại học trên 10.000 dân", "per_10000_people", "increase"
)
NURSES = ind("nurses", "Số điều dưỡng viên trên 10.000 dân", "per_10000_people", "increase")
EPI = ind("epi", "Tỷ lệ tiêm chủng mở rộng", "percent", "increase")
IMR = ind("imr", "Tỷ suất chết trẻ em dưới 1 tuổi", "per_1000_live_births", "decrease")
U5MR = ind("u5mr", "Tỷ suất chết trẻ em dưới 5 tuổi", "per_1000_live_births", "decrease")
MANAGED = ind("health_managed", "Tỷ lệ dân số được quản lý sức khỏe", "percent", "increase")
STUNTING = ind("stunting_u5", "Tỷ lệ suy dinh dưỡng thể thấp còi", "percent", "decrease")
SATISFACTION = ind(
    "satisfaction", "Tỷ lệ hài lòng của người dân với dịch vụ y tế", "percent", "increase"
)
AIDS = ind("aids", "Dịch bệnh AIDS", "dimensionless", "eliminate")
TB = ind("tb", "Dịch bệnh lao", "dimensionless", "eliminate")
MALARIA = ind("malaria", "Sốt rét", "dimensionless", "eliminate")


def src(line: int, quote: str) -> yt.Source:
    return yt.Source(document=SEED, line=line, quote=quote)


BHYT_2017 = yt.Baseline(
    value=yt.Q_(81, "percent"),
    year=2017,
    source=src(17, "Tỷ lệ người dân tham gia BHYT đạt trên 81%"),
)
DOCTORS_BASE = yt.Baseline(
    value=yt.parse_quantity("6,76/vạn dân"), source=src(25, "tỷ lệ 6,76 bác sỹ/vạn dân")
)
LIFE_BASE = yt.Baseline(value=yt.Q_(74, "year_of_age"), source=src(15, "bình quân 74 tuổi"))


def t(
    indicator: yt.Indicator,
    comparator: str,
    value: str | None,
    year: int,
    line: int,
    quote: str,
    **kw: object,
) -> yt.Target:
    return yt.Target(
        indicator=indicator,
        comparator=comparator if value else None,
        value=yt.parse_quantity(value) if value else None,
        year=year,
        source=src(line, quote),
        **kw,  # type: ignore[arg-type]
    )


def hung_yen_targets() -> list[yt.Target]:
    targets = []
    for year, lines, v in [
        (
            2025,
            (65, 66, 67, 68, 69, 70, 71, 72, 73),
            {
                "life": "76 tuổi",
                "bhyt": "95%",
                "beds": "30",
                "doctors": "12",
                "ph": "3",
                "nurses": "30",
                "epi": "95%",
                "imr": "10‰",
                "u5": "15‰",
                "managed": "90%",
                "stunting": "21%",
                "sat": "80%",
            },
        ),
        (
            2030,
            (77, 78, 79, 80, 81, 82, 83, 84, 85),
            {
                "life": "76 tuổi",
                "bhyt": "98%",
                "beds": "32",
                "doctors": "12",
                "ph": "3",
                "nurses": "33",
                "epi": "98%",
                "imr": "8‰",
                "u5": "10‰",
                "managed": "95%",
                "stunting": "15%",
                "sat": "90%",
            },
        ),
    ]:
        per = "/10.000 dân"
        targets += [
            t(LIFE, ">", v["life"], year, lines[0], f"khoảng trên {v['life']}", baseline=LIFE_BASE),
            t(BHYT, "=", v["bhyt"], year, lines[1], f"đạt {v['bhyt']} dân số", baseline=BHYT_2017),
            t(NCD, "=", "100%", year, lines[2], "100% trạm y tế xã"),
            t(BEDS, "=", v["beds"] + per, year, lines[3], f"Đạt {v['beds']} giường bệnh"),
            t(
                DOCTORS,
                "=",
                v["doctors"] + per,
                year,
                lines[3],
                f"{v['doctors']} bác sỹ",
                baseline=DOCTORS_BASE,
            ),
            t(PHARMACISTS, "=", v["ph"] + per, year, lines[3], f"{v['ph']} dược sỹ đại học"),
            t(NURSES, "=", v["nurses"] + per, year, lines[3], f"{v['nurses']} điều dưỡng viên"),
            t(
                EPI,
                "=",
                v["epi"],
                year,
                lines[4],
                f"loại 14 vắc xin đạt {v['epi']}",
                qualifier="loại 14 vắc xin",
            ),
            t(IMR, "<", v["imr"], year, lines[5], f"dưới 1 tuổi dưới {v['imr']}"),
            t(U5MR, "<", v["u5"], year, lines[5], f"dưới 5 tuổi dưới {v['u5']}"),
            t(MANAGED, "=", v["managed"], year, lines[6], f"đạt {v['managed']}"),
            t(STUNTING, "=", v["stunting"], year, lines[7], f"thấp còi {v['stunting']}"),
            t(SATISFACTION, ">", v["sat"], year, lines[8], f"đạt trên {v['sat']}"),
        ]
    targets += [
        t(
            AIDS,
            "",
            None,
            2030,
            86,
            "Cơ bản chấm dứt các dịch bệnh AIDS",
            statement="cơ bản chấm dứt dịch bệnh AIDS",
        ),
        t(TB, "", None, 2030, 86, "lao", statement="cơ bản chấm dứt dịch bệnh lao"),
        t(MALARIA, "", None, 2030, 86, "loại trừ sốt rét", statement="loại trừ sốt rét"),
    ]
    return targets


PLAN = yt.Plan(
    title="Kế hoạch thực hiện Nghị quyết số 20-NQ/TW ngày 25/10/2017",
    issuer="Ban Chấp hành Đảng bộ tỉnh Hưng Yên",
    jurisdiction="Hưng Yên",
    implements=[
        "Nghị quyết số 20-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII"
    ],
    targets=hung_yen_targets(),
)


def o(indicator: yt.Indicator, value: str | bool, year: int) -> yt.Observation:
    if isinstance(value, bool):
        return yt.Observation(indicator=indicator, value=value, year=year)
    return yt.Observation(indicator=indicator, value=yt.parse_quantity(value), year=year)


def test_the_plan_holds_what_the_seed_states(shared_dir: Path) -> None:
    assert PLAN.milestone_years == (2025, 2030)
    assert len(PLAN.targets_for(2025)) == 13
    assert len(PLAN.targets_for(2030)) == 16
    lines = (shared_dir / "seeds" / SEED).read_text(encoding="utf-8").splitlines()
    for target in PLAN.targets:
        assert target.source is not None
        assert target.source.line is not None
        assert target.source.quote is not None
        line = lines[target.source.line - 1]
        for word in target.source.quote.split():
            assert word in line, (target.source.line, word, line)


def test_texts_read_as_vietnamese() -> None:
    texts = [str(target) for target in PLAN.targets_of("imr")]
    assert texts == [
        "Tỷ suất chết trẻ em dưới 1 tuổi: dưới 10‰ (2025)",
        "Tỷ suất chết trẻ em dưới 1 tuổi: dưới 8‰ (2030)",
    ]
    assert (
        str(PLAN.targets_of("beds")[0])
        == "Số giường bệnh trên 10.000 dân: đạt 30/10.000 dân (2025)"
    )


ACTUALS = [
    o(BHYT, "87%", 2021),  # 6/14 of the way to 95% by 2025 (off track: half expected),
    #                        6/17 of the way to 98% by 2030 (on track: 4/13 expected)
    o(BEDS, "31/10.000 dân", 2024),  # achieved early for 2025, not yet for 2030 (no baseline)
    o(IMR, "10,5‰", 2025),  # 2025 missed; 2030 no baseline either
    o(STUNTING, "22%", 2024),
    o(MALARIA, True, 2028),  # eliminated
    o(LIFE, "73,5 tuổi", 2024),  # below the assessment's 74: regressing (no base year: no pace)
]


def test_every_status_is_reached() -> None:
    report = PLAN.evaluate(ACTUALS)
    by_target = {(row.target.indicator.code, row.target.year): row.result for row in report.rows}
    assert by_target[("bhyt_coverage", 2025)].status is yt.Status.OFF_TRACK
    assert by_target[("bhyt_coverage", 2030)].status is yt.Status.ON_TRACK
    assert by_target[("beds", 2025)].status is yt.Status.ACHIEVED
    assert by_target[("beds", 2030)].status is yt.Status.NO_DATA
    assert by_target[("imr", 2025)].status is yt.Status.MISSED
    assert by_target[("malaria", 2030)].status is yt.Status.ACHIEVED
    assert by_target[("satisfaction", 2025)].status is yt.Status.NO_DATA
    assert by_target[("life_expectancy", 2025)].progress == pytest.approx(-0.25)
    counts = report.counts
    assert set(counts) == set(yt.Status)
    assert sum(counts.values()) == len(PLAN.targets)
    # regressing: a baseline with a year and a worse actual
    bhyt_2019 = PLAN.evaluate([o(BHYT, "80%", 2019)])
    statuses = {
        row.target.year: row.status for row in bhyt_2019.rows if row.target.indicator is BHYT
    }
    assert statuses == {2025: yt.Status.REGRESSING, 2030: yt.Status.REGRESSING}
    reached = {s for s in counts if counts[s]} | {yt.Status.REGRESSING}
    assert reached == set(yt.Status)


def test_report_as_of_a_year_ignores_later_observations() -> None:
    report = PLAN.evaluate([*ACTUALS, o(BHYT, "96%", 2024)], year=2022)
    row = next(r for r in report.rows if r.target.indicator is BHYT and r.target.year == 2025)
    assert row.observation is not None
    assert row.observation.year == 2021
    assert all(r.observation is None or r.observation.year <= 2022 for r in report.rows)
    assert not report.by_status("achieved")  # the beds and malaria results came later
