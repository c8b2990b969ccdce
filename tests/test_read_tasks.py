"""Assignments written as paragraphs, the names of bodies, and the outline of a document."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import yte_targets as yt
from yte_targets.read import read_assignment_paragraphs, split_agencies
from yte_targets.read.agencies import read_agencies, starts_with_agency
from yte_targets.read.outline import Part, paragraphs, parts


def names(agencies: object) -> list[str]:
    return [str(a) for a in agencies]  # type: ignore[attr-defined]


def described(lines: list[str]) -> list[tuple[int | None, list[str], list[str], str | None]]:
    return [
        (a.source.line if a.source else None, names(a.lead), names(a.partners), a.timeframe.text)
        for a in read_assignment_paragraphs(lines)
    ]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Sở Nội vụ, Ban Thi đua khen thưởng tỉnh", ["Sở Nội vụ", "Ban Thi đua khen thưởng tỉnh"]),
        (
            "Các sở, ban, ngành và địa phương liên quan",
            ["Các sở, ban, ngành", "địa phương liên quan"],
        ),
        (
            "các sở, ngành, địa phương, đơn vị liên quan",
            ["các sở, ngành, địa phương, đơn vị liên quan"],
        ),
        ("Sở Văn hóa, thể dục thể thao và Du lịch", ["Sở Văn hóa, thể dục thể thao và Du lịch"]),
        (
            "UBND các huyện, thị xã Long Khánh, thành phố Biên Hòa",
            ["UBND các huyện, thị xã Long Khánh, thành phố Biên Hòa"],
        ),
        ("Cấp ủy, chính quyền các cấp", ["Cấp ủy", "chính quyền các cấp"]),
        (
            "Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội biên phòng tỉnh",
            ["Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Bộ đội biên phòng tỉnh"],
        ),
        (
            "đảng đoàn; lãnh đạo các sở, ban, ngành MTTQ",
            ["đảng đoàn", "lãnh đạo các sở, ban, ngành", "MTTQ"],
        ),
        ("Ban cán sự đảng UBND tỉnh", ["Ban cán sự đảng UBND tỉnh"]),
        ("Sở Y tế và Báo cáo viên", ["Sở Y tế và Báo cáo viên"]),  # "Báo cáo" is no newspaper
        (" ", []),
    ],
)
def test_split_agencies(cell: str, expected: list[str]) -> None:
    assert names(split_agencies(cell)) == expected


@pytest.mark.parametrize(
    ("text", "bodies", "rest"),
    [
        ("Sở Y tế kịp thời rà soát số lượng", ["Sở Y tế"], "kịp thời rà soát số lượng"),
        ("Sở Xây dựng chủ trì", ["Sở Xây dựng"], "chủ trì"),  # a name, not the verb
        (
            "các sở, ngành liên quan trong việc xây dựng",
            ["các sở, ngành liên quan"],
            "trong việc xây dựng",
        ),
        (
            "Ban cán sự đảng UBND tỉnh chủ trì, phối hợp với các cơ quan tham mưu, giúp việc",
            ["Ban cán sự đảng UBND tỉnh"],
            "chủ trì, phối hợp với các cơ quan tham mưu, giúp việc",
        ),
        ("Tăng cường phối hợp", [], "Tăng cường phối hợp"),
        ("Phòng, chống dịch bệnh", [], "Phòng, chống dịch bệnh"),
        ("Báo cáo kết quả", [], "Báo cáo kết quả"),
        # names end at the verbs of other plans' tasks too
        ("Sở Tài chính cân đối, bố trí kinh phí", ["Sở Tài chính"], "cân đối, bố trí kinh phí"),
        (
            "Sở Nội vụ, Sở Y tế kiện toàn tổ chức bộ máy",
            ["Sở Nội vụ", "Sở Y tế"],
            "kiện toàn tổ chức bộ máy",
        ),
        ("Bảo hiểm xã hội tỉnh chi trả chi phí", ["Bảo hiểm xã hội tỉnh"], "chi trả chi phí"),
        # "tổ chức đảng" is a body, "lãnh đạo UBND tỉnh" a task
        (
            "Các cấp ủy, tổ chức đảng tổ chức quán triệt",
            ["Các cấp ủy, tổ chức đảng"],
            "tổ chức quán triệt",
        ),
        (
            "Ban Cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh ban hành kế hoạch",
            ["Ban Cán sự đảng UBND tỉnh"],
            "lãnh đạo UBND tỉnh ban hành kế hoạch",
        ),
    ],
)
def test_read_agencies(text: str, bodies: list[str], rest: str) -> None:
    found, after = read_agencies(text)
    assert (names(found), after) == (bodies, rest)


def test_starts_with_agency() -> None:
    assert starts_with_agency("Ủy ban nhân dân các huyện")
    assert starts_with_agency("**Sở Y tế**")
    assert not starts_with_agency("ban hành văn bản")
    assert not starts_with_agency("Bộ máy tổ chức")


IMPLEMENTATION = [
    "III. NHIỆM VỤ VÀ GIẢI PHÁP",  # 1
    "- Các cơ quan báo chí tổ chức tuyên truyền các nội dung của Kế hoạch.",
    "- Tăng cường phối hợp liên ngành.",
    "IV. TỔ CHỨC THỰC HIỆN",  # 4
    "1. Sở Y tế",
    "- Chủ trì, phối hợp với Sở Tài chính và các sở, ngành liên quan triển khai Kế hoạch.",
    "- Định kỳ hằng năm tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12.",
    "2. Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Y tế tham mưu kế hoạch 05 năm, "
    "hằng năm của tỉnh.",
    "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội",  # 9
    "Tuyên truyền, vận động Nhân dân tham gia",
    "",
    "bảo hiểm y tế giai đoạn 2021 - 2030.",  # continues line 10
    "4. Các sở, ban, ngành và UBND các huyện, thành phố:",  # 13
    "a) Xây dựng kế hoạch hàng năm và giai đoạn đến năm 2030.",
    "b) Chỉ đạo các xã phối hợp tốt với ngành y tế.",
    "Trong quá trình thực hiện, nếu có khó khăn, các sở báo cáo UBND tỉnh.",  # 16: a rule
    "5. Căn cứ Kế hoạch này, Sở Y tế và UBND các huyện xây dựng kế hoạch chi tiết.",
    "6. Trong quá trình triển khai thực hiện, khi có vướng mắc, giao Ban Thường vụ Tỉnh ủy "
    "chỉ đạo điều chỉnh Kế hoạch.",
    "Nơi nhận:",
    "- Sở Y tế;",
]


def test_the_ways_plans_write_their_implementation() -> None:
    assert described(IMPLEMENTATION) == [
        (2, ["Các cơ quan báo chí"], [], None),
        (6, ["Sở Y tế"], ["Sở Tài chính", "các sở, ngành liên quan"], None),
        (7, ["Sở Y tế"], [], "Định kỳ hằng năm"),
        (8, ["Sở Kế hoạch và Đầu tư"], ["Sở Y tế"], None),  # "hằng năm của tỉnh": a noun's
        (10, ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội"], [],
         "giai đoạn 2021 - 2030"),
        (14, ["Các sở, ban, ngành", "UBND các huyện, thành phố"], [],
         "hàng năm và giai đoạn đến năm 2030"),
        (15, ["Các sở, ban, ngành", "UBND các huyện, thành phố"], [], None),
        (17, ["Sở Y tế", "UBND các huyện"], [], None),
        (18, ["Ban Thường vụ Tỉnh ủy"], [], "Trong quá trình triển khai thực hiện"),
    ]  # fmt: skip


def test_tasks_keep_their_words_and_reporting_duties() -> None:
    found = read_assignment_paragraphs(IMPLEMENTATION)
    assert found[1].task == "Triển khai Kế hoạch."
    duty = found[2].reporting
    assert duty is not None
    assert names(duty.to) == ["Ủy ban nhân dân tỉnh"]
    assert [str(d) for d in duty.due] == ["15/12"]
    assert found[0].reporting is None
    assert found[4].source is not None
    assert found[4].source.quote is not None
    assert found[4].source.quote.endswith("giai đoạn 2021 - 2030.")


def test_agency_headings_in_markdown() -> None:
    lines = [
        "## **V. PHÂN CÔNG NHIỆM VỤ**",
        "##### **1. Sở Y tế**",
        "Trên cơ sở dự toán, tham mưu bố trí kinh phí.",
        "#### **2. Sở Xây dựng**",
        "Phối hợp Sở Y tế kịp thời rà soát các công trình.",
        "### **3. Nâng cao năng lực**",  # a heading that names no body
        "Tham mưu xây dựng kế hoạch.",
    ]
    assert described(lines) == [
        (3, ["Sở Y tế"], [], None),
        (5, ["Sở Xây dựng"], ["Sở Y tế"], None),
    ]


def test_the_parts_of_a_document() -> None:
    lines = [
        "KẾ HOẠCH",
        "I. ĐÁNH GIÁ KẾT QUẢ",
        "II. MỤC TIÊU",
        "III. NHIỆM VỤ, GIẢI PHÁP",
        "IV. KINH PHÍ",
        "V. PHÂN CÔNG TRÁCH NHIỆM",
        "Nơi nhận:",
        "PHỤ LỤC",
        "I. Nhiệm vụ",
    ]
    assert [p.value for p in parts(lines)] == [
        "preamble",
        "assessment",
        "objectives",
        "tasks",
        "funding",
        "organisation",
        "closing",
        "appendix",
        "appendix",
    ]


def test_a_document_numbered_without_roman_numerals() -> None:
    lines = [
        "## 1. MỤC TIÊU",
        "1. Sở Y tế",  # not a heading: no part of its own
        "## 2. Nhiệm vụ và giải pháp",
        "**3. Tổ chức thực hiện**",
        "1. Sở Y tế",
    ]
    assert parts(lines) == [
        Part.OBJECTIVES,
        Part.OBJECTIVES,
        Part.TASKS,
        Part.ORGANISATION,
        Part.ORGANISATION,
    ]


def test_paragraphs_join_what_conversion_broke() -> None:
    lines = ["- Tăng cường", "", "công tác y tế.", "2. Sở Y tế", "a) Chủ trì", "| a | b |"]
    assert [(p.line, p.text) for p in paragraphs(lines, first_line=10)] == [
        (10, "- Tăng cường công tác y tế."),
        (13, "2. Sở Y tế"),
        (14, "a) Chủ trì"),
        (15, "| a | b |"),
    ]


@given(st.lists(st.text(alphabet="IVX12.-–:)a Sở Yếtchủrìphốihợpvớiác,;#*\n", max_size=40)))
def test_any_lines_give_assignments_or_nothing(lines: list[str]) -> None:
    for assignment in read_assignment_paragraphs(lines):
        assert isinstance(assignment, yt.Assignment)
        assert assignment.lead


def test_paragraphs_that_hand_over_a_task() -> None:
    lines = [
        "VI. TỔ CHỨC THỰC HIỆN",
        "Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính theo dõi, đôn đốc việc thực hiện.",
        "Sở Tài chính có trách nhiệm bố trí kinh phí thực hiện Kế hoạch.",
        "Trong quá trình thực hiện, nếu có khó khăn, các sở báo cáo UBND tỉnh để xem xét.",
    ]
    assert described(lines) == [
        (2, ["Sở Y tế"], ["Sở Tài chính"], None),
        (3, ["Sở Tài chính"], [], None),
    ]


_VOCABULARY = ["chỉ tiêu", "mục tiêu cụ thể", "tổ chức thực hiện", "đến năm", "phối hợp với",
               "khám bệnh", "giải pháp", "dưới", "trên", "tối thiểu"]  # fmt: skip


@given(st.sampled_from(_VOCABULARY), st.data())
def test_tolerant_patterns_accept_every_damaged_spelling(phrase: str, data: st.DataObject) -> None:
    import re

    from yte_targets.read.ocr import damaged, tolerant

    pattern = re.compile(tolerant(phrase), re.IGNORECASE)
    words = [data.draw(st.sampled_from(damaged(word))) for word in phrase.split()]
    assert pattern.fullmatch(" ".join(words))
    assert pattern.fullmatch(phrase.upper())
    assert not pattern.fullmatch(" ".join(w[:1] for w in phrase.split()))


def test_assignment_tables_with_other_headers() -> None:
    rows = [
        "| TT | Nhiệm vụ | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian thực hiện | Kinh phí |",
        "|---|---|---|---|---|---|",
        "| I | Nâng cao năng lực | | | | |",
        "| 1 | Xây dựng đề án | Sở Y tế | Sở Tài chính, Sở Nội vụ | Năm 2025 | Ngân sách tỉnh |",
    ]
    (task,) = yt.parse.read_assignment_tables(rows, first_line=20)
    assert (task.task, names(task.lead), names(task.partners)) == (
        "Xây dựng đề án",
        ["Sở Y tế"],
        ["Sở Tài chính", "Sở Nội vụ"],
    )
    assert (task.timeframe.start, task.funding) == (2025, "Ngân sách tỉnh")
    assert task.source is not None
    assert task.source.line == 23


def test_names_end_at_a_colon_partners_at_the_task_and_deadlines_are_times() -> None:
    lines = [
        "IV. TỔ CHỨC THỰC HIỆN",
        "1. UBND các huyện, thị xã, thành phố: Xây dựng kế hoạch thực hiện tại địa phương,"
        " hoàn thành trong quý II/2024.",
        "2. Công an tỉnh phối hợp với Sở Y tế trong công tác phòng, chống dịch bệnh.",
        "3. Trường Cao đẳng Y tế tỉnh phối hợp với Sở Y tế đào tạo nhân viên y tế thôn bản.",
        "4. Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Tài chính rà soát đối"
        " tượng; hoàn thành trước ngày 30/6/2024.",
    ]
    assert described(lines) == [
        (2, ["UBND các huyện, thị xã, thành phố"], [], "hoàn thành trong quý II/2024"),
        (3, ["Công an tỉnh"], ["Sở Y tế"], None),
        (4, ["Trường Cao đẳng Y tế tỉnh"], ["Sở Y tế"], None),
        (5, ["Sở Lao động - Thương binh và Xã hội"], ["Sở Tài chính"],
         "hoàn thành trước ngày 30/6/2024"),
    ]  # fmt: skip
    deadline = yt.parse.parse_timeframe("hoàn thành trước ngày 30/6/2024")
    assert (deadline.kind, deadline.end) == (yt.TimeframeKind.YEAR, 2024)


def test_more_timeframes_of_tasks() -> None:
    lines = [
        "IV. TỔ CHỨC THỰC HIỆN",
        "1. Sở Y tế chủ trì triển khai trong năm 2025.",
        "2. Sở Tài chính bố trí kinh phí từ năm 2024 đến năm 2030.",
        "3. Sở Nội vụ báo cáo định kỳ hằng quý.",
        "4. Sở Xây dựng hoàn thành trước 31/12/2023.",
    ]
    found = [
        (a.timeframe.kind, a.timeframe.start, a.timeframe.end)
        for a in read_assignment_paragraphs(lines)
    ]
    assert found == [
        (yt.TimeframeKind.YEAR, 2025, 2025),
        (yt.TimeframeKind.RANGE, 2024, 2030),
        (yt.TimeframeKind.ONGOING, None, None),
        (yt.TimeframeKind.YEAR, 2023, 2023),
    ]


def test_bullets_with_their_own_bodies_rules_for_all_and_lines_broken_before_names() -> None:
    lines = [
        "IV. TỔ CHỨC THỰC HIỆN",
        "1. Huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy",  # 2
        "- Xây dựng kế hoạch cụ thể hóa Chương trình hành động; hoàn thành trước ngày 30/6/2018.",
        "- UBND cấp huyện bố trí kinh phí cho trạm y tế xã.",  # 4: a body of its own
        "2. Ủy ban Kiểm tra Tỉnh ủy",  # 5
        "Chủ trì, phối hợp với các ban đảng của Tỉnh ủy kiểm tra, giám sát việc thực hiện",
        "Chương trình hành động; sơ kết vào năm 2025.",  # continues line 6
        "3. Phòng Kế hoạch - Tài chính xây dựng kế hoạch đào tạo nhân lực giai đoạn",  # 8
        "2022 - 2025.",  # continues line 8: a period, not an item
        "",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về",
        "Sở Y tế để xem xét, giải quyết./.",  # a rule for all, not a task
    ]
    assert described(lines) == [
        (3, ["Huyện ủy", "thành ủy", "đảng ủy trực thuộc Tỉnh ủy"], [],
         "hoàn thành trước ngày 30/6/2018"),
        (4, ["UBND cấp huyện"], [], None),
        (6, ["Ủy ban Kiểm tra Tỉnh ủy"], ["các ban đảng của Tỉnh ủy"], None),
        (8, ["Phòng Kế hoạch - Tài chính"], [], "giai đoạn 2022 - 2025"),
    ]  # fmt: skip
    task = read_assignment_paragraphs(lines)[2].task
    assert task.endswith("Chương trình hành động; sơ kết vào năm 2025.")


def test_bodies_and_times_that_look_like_others() -> None:
    assert read_agencies("lãnh đạo Sở Nội vụ chủ trì xây dựng đề án")[0] == []
    names, _ = read_agencies("Sở Y tế (đầu mối: Phòng Nghiệp vụ) chủ trì xây dựng đề án")
    assert [str(a) for a in names] == ["Sở Y tế (đầu mối: Phòng Nghiệp vụ)"]
    lines = [
        "IV. TỔ CHỨC THỰC HIỆN",
        "1. Sở Y tế chủ trì kiểm tra mỗi quận, huyện.",
        "2. Sở Nội vụ xây dựng đề án trong 16 tháng.",
        "3. Kiểm tra, đánh giá",  # among the tasks: no assessment part
        "- Sở Tài chính kiểm tra việc sử dụng kinh phí.",
    ]
    assert described(lines) == [
        (2, ["Sở Y tế"], [], None),
        (3, ["Sở Nội vụ"], [], None),
        (5, ["Sở Tài chính"], [], None),
    ]
