"""Targets stated in the prose of task parts, and indicator tables with one cell per line."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import yte_targets as yt
from yte_targets.read.prose import read_prose_targets


def described(text: str) -> list[tuple[str, int | None, str | None, float | None]]:
    return [
        (
            t.indicator.code,
            t.year,
            t.comparator.symbol if t.comparator else None,
            t.value_in_unit,
        )
        for t in read_prose_targets([text])
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aim after "mục tiêu", split into its indicators, with the clause's year
        (
            "- Tăng cường phòng, chống HIV/AIDS, bệnh lao, bệnh sốt rét để thực hiện mục tiêu "
            "cơ bản chấm dứt các dịch bệnh AIDS, lao và loại trừ sốt rét vào năm 2030.",
            [
                ("aids_end", 2030, None, None),
                ("tb_end", 2030, None, None),
                ("malaria_elimination", 2030, None, None),
            ],
        ),
        # each part between semicolons on its own; only commitments count
        (
            "Phấn đấu giảm nhanh tỷ lệ suy dinh dưỡng trẻ dưới 5 tuổi; duy trì kết quả thanh toán "
            "bệnh phong và bại liệt; loại trừ uốn ván sơ sinh; giảm số mắc các bệnh truyền nhiễm.",
            [
                ("leprosy_elimination", None, None, None),
                ("polio_eradication", None, None, None),
                ("neonatal_tetanus_elimination", None, None, None),
            ],
        ),
        # the name after the value
        (
            "Ưu tiên bố trí ngân sách; dành ít nhất 30% ngân sách y tế cho công tác y tế dự phòng.",
            [("preventive_budget_share", None, ">=", 30.0)],
        ),
        # a frequency in words
        (
            "Chú trọng sàng lọc; phấn đấu đến năm 2030, người có nguy cơ cao mắc bệnh được "
            "kiểm tra sức khỏe ít nhất mỗi năm một lần, hướng tới kiểm tra sức khỏe định kỳ "
            "cho toàn dân.",
            [("high_risk_checkup_frequency", 2030, ">=", 1.0)],
        ),
        # a comparison without a number
        (
            "- Bảo đảm tốc độ tăng chi cho y tế cao hơn tốc độ tăng chi ngân sách nhà nước.",
            [("health_budget_growth", None, None, None)],
        ),
        # mentions, not commitments
        ("- Tiếp tục hỗ trợ người dân tham gia bảo hiểm y tế.", []),
        ("- Triển khai các giải pháp để thực hiện bảo hiểm y tế toàn dân.", []),
        ("- Thực hiện Chương trình chăm sóc dinh dưỡng 1.000 ngày đầu đời.", []),
        # an aim whose indicator is not a yes/no one needs a number
        ("- Phấn đấu nâng cao tỷ lệ tham gia bảo hiểm y tế.", []),
        # an indicator the catalogue lacks: a declared aim with a share is a target ...
        (
            "- Phấn đấu đạt ít nhất 90% hộ gia đình có nhà tiêu hợp vệ sinh.",
            [("ty_le_ho_gia_dinh_co_nha_tieu_hop_ve_sinh", None, ">=", 90.0)],
        ),
        # ... a mention with a number is not, nor an age group taken for a value
        ("- Tăng tỷ lệ hộ gia đình dùng nước sạch đạt 95%.", []),
        ("- Phấn đấu giảm nhanh tỷ lệ suy dinh dưỡng trẻ dưới 5 tuổi.", []),
    ],
)
def test_prose_targets(
    text: str, expected: list[tuple[str, int | None, str | None, float | None]]
) -> None:
    assert described(text) == expected


def test_prose_targets_keep_their_paragraph_line_and_clause() -> None:
    lines = ["- Tăng cường phòng bệnh.", "", "- Chủ động phòng chống dịch; loại trừ sốt rét."]
    (target,) = read_prose_targets(lines, first_line=90, document="kh.txt")
    assert target.source == yt.Source(document="kh.txt", line=92, quote="loại trừ sốt rét.")


CELLS = [
    "TT", "", "Chỉ tiêu", "", "Đơn vị tính", "", "Mục tiêu năm 2025", "", "Năm 2030", "",
    "I", "", "Chỉ số đầu vào", "",
    "1", "", "Số giường bệnh trên 10.000 dân", "", "Giường", "", "32", "", "35", "",
    "2", "", "Tỷ lệ tham gia bảo hiểm y tế", "", "%", "", "95", "", ">98", "",
    "3", "", "Chiều cao trung bình thanh niên 18 tuổi", "", "\u00a0", "", "\u00a0", "",
    "\u00a0", "",
    "\u00a0", "", "- Nam", "", "cm", "", "168", "", "168,5", "",
    "Nơi nhận:",
]  # fmt: skip


def test_an_indicator_table_with_one_cell_per_line() -> None:
    found = [
        (t.indicator.code, t.year, t.subgroup, t.value_in_unit, t.source.line if t.source else 0)
        for t in yt.parse.read_indicator_tables(CELLS)
    ]
    assert found == [
        ("hospital_beds", 2025, None, 32.0, 15),
        ("hospital_beds", 2030, None, 35.0, 15),
        ("health_insurance_coverage", 2025, None, 95.0, 25),
        ("health_insurance_coverage", 2030, None, 98.0, 25),
        ("height_18", 2025, "nam", 168.0, 45),
        ("height_18", 2030, "nam", 168.5, 45),
    ]


@given(
    st.lists(st.text(alphabet="mục tiêu phấn đấu loại trừ ít nhất 0123456789%‰/,;.-", max_size=60))
)
def test_any_prose_gives_targets(lines: list[str]) -> None:
    assert all(isinstance(t, yt.Target) for t in read_prose_targets(lines))
