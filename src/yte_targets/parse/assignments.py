"""Assignment tables: Nội dung nhiệm vụ / Cơ quan chủ trì / Cơ quan phối hợp / Thời gian / Kinh phí.

Two layouts are read: Markdown tables, and tables whose cells stand one per
line (as documents converted from Word often come: a blank line between cells,
a no-break space for an empty cell). Rows numbered with Roman numerals are
section headings; rows numbered 1, 2, ... are tasks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from ..plan import Agency, Assignment
from ..target import Source
from .assignment import parse_timeframe
from .value import clean_text

__all__ = ["read_assignment_tables", "split_agencies"]

_COLUMNS: Final = (
    ("number", re.compile(r"^(?:stt|tt)$", re.IGNORECASE)),
    ("task", re.compile(r"nội dung|nhiệm vụ|tên đề án|chương trình", re.IGNORECASE)),
    ("lead", re.compile(r"chủ trì", re.IGNORECASE)),
    ("partners", re.compile(r"phối hợp", re.IGNORECASE)),
    ("timeframe", re.compile(r"thời gian|tiến độ", re.IGNORECASE)),
    ("funding", re.compile(r"kinh phí|nguồn vốn", re.IGNORECASE)),
)
_ROW_NUMBER: Final = re.compile(r"^\d+(?:\.\d+)*\.?$")
_SECTION_NUMBER: Final = re.compile(r"^[IVXLC]+\.?$")
# Words that open the name of a body: a comma or "và" before them separates two bodies.
_HEADS: Final = re.compile(
    r"^(?:Ban\s+[A-ZĐ]|(?:Sở|UBND|Ủy ban|Uỷ ban|ủy ban|uỷ ban|Báo|Đài|Bảo hiểm|Công an|Bộ|Hội|"
    r"Liên đoàn|Trường|Bệnh viện|Trung tâm|Các|Mặt trận|mặt trận|MTTQ|Tỉnh đoàn|Tỉnh ủy|"
    r"Chi cục|Cục|Văn phòng|Thanh tra|Kho bạc|Ngân hàng|Viện|Phòng|Quỹ|Liên minh|Cơ quan|"
    r"Đơn vị|các cơ quan|các đơn vị|các tổ chức|các địa phương|các sở|các ngành|"
    r"địa phương|đơn vị)\b)"
)


def split_agencies(cell: str) -> list[Agency]:
    """The bodies a cell names, as written: split at commas and "và" only where the next words
    open a body's name ("Sở Y tế, Sở Tài chính"), not inside a name ("Các sở, ban, ngành",
    "UBND các huyện, thị xã Long Khánh, thành phố Biên Hòa").

    >>> [str(a) for a in split_agencies("Các sở, ban, ngành và UBND các huyện, thị xã Long Khánh")]
    ['Các sở, ban, ngành', 'UBND các huyện, thị xã Long Khánh']
    """
    text = clean_text(cell).strip(" .;")
    if not text:
        return []
    pieces = re.split(r"(\s*,\s*|\s+và\s+)", text)
    names: list[str] = [pieces[0]]
    for separator, piece in zip(pieces[1::2], pieces[2::2], strict=False):
        if _HEADS.match(piece):
            names.append(piece)
        else:
            names[-1] += separator + piece
    return [Agency(name.strip()) for name in names if name.strip()]


def _header(cells: Sequence[str]) -> dict[str, int] | None:
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        for name, pattern in _COLUMNS:
            if name not in columns and pattern.search(cell):
                columns[name] = index
                break
    if {"task", "lead"} <= set(columns):
        return columns
    return None


def _assignment(
    row: Sequence[str], columns: dict[str, int], line: int, document: str | None
) -> Assignment | None:
    def cell(name: str) -> str:
        index = columns.get(name)
        return clean_text(row[index]) if index is not None and index < len(row) else ""

    task = cell("task")
    if not task:
        return None
    return Assignment(
        task=task,
        lead=split_agencies(cell("lead")),
        partners=split_agencies(cell("partners")),
        timeframe=parse_timeframe(cell("timeframe") or None),
        funding=cell("funding") or None,
        source=Source(document=document, line=line, quote=task),
    )


def read_assignment_tables(
    lines: Sequence[str], *, first_line: int = 1, document: str | None = None
) -> list[Assignment]:
    """The tasks of every assignment table in ``lines`` (Markdown, or one cell per line).

    Each assignment's source is the line of its task.
    """
    found = _markdown(lines, first_line, document)
    found += _cell_per_line(lines, first_line, document)
    return found


def _markdown(lines: Sequence[str], first_line: int, document: str | None) -> list[Assignment]:
    found: list[Assignment] = []
    columns: dict[str, int] | None = None
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line.startswith("|"):
            columns = None
            continue
        cells = [clean_text(c) for c in line.strip("|").split("|")]
        if all(re.fullmatch(r"[\s:\-]*", c) for c in cells):
            continue
        header = _header(cells)
        if header is not None and not any(_ROW_NUMBER.match(c) for c in cells[:1]):
            columns = header
            continue
        if columns is None:
            continue
        number = cells[columns.get("number", 0)] if cells else ""
        if _SECTION_NUMBER.match(number):
            continue
        assignment = _assignment(cells, columns, first_line + index, document)
        if assignment is not None:
            found.append(assignment)
    return found


def _cell_per_line(lines: Sequence[str], first_line: int, document: str | None) -> list[Assignment]:
    # cells: every line that is not truly empty (a no-break space is an empty cell)
    cells = [
        (index, raw.replace("\u00a0", " ").strip())
        for index, raw in enumerate(lines)
        if raw != "" and not raw.lstrip().startswith("|")
    ]
    found: list[Assignment] = []
    position = 0
    while position < len(cells):
        window = [text for _, text in cells[position : position + 6]]
        columns = _header(window) if window and re.fullmatch(r"(?:STT|TT)", window[0]) else None
        if columns is None:
            position += 1
            continue
        width = max(columns.values()) + 1
        position += width
        while position < len(cells):
            number = cells[position][1]
            if _SECTION_NUMBER.match(number):
                position += 2  # the numeral and the section's title
                continue
            if not _ROW_NUMBER.match(number) or position + width > len(cells):
                break
            row = [text for _, text in cells[position : position + width]]
            task_index = cells[position + columns["task"]][0]
            assignment = _assignment(row, columns, first_line + task_index, document)
            if assignment is not None:
                found.append(assignment)
            position += width
    return found


# ---- assignments written as paragraphs -----------------------------------------------------

_SECTION_START: Final = re.compile(
    r"tổ chức thực hiện|phân công (?:nhiệm vụ|trách nhiệm)", re.IGNORECASE
)
_SECTION_STOP: Final = re.compile(r"^(?:nơi nhận|phụ lục|kt\.|tm\.)", re.IGNORECASE)
_ITEM: Final = re.compile(r"^(?:#{1,6}\s*)?(?:\d+(?:\.\d+)*[.\-)]\s*|[a-zđ]\)\s*|[-+•]\s*)")
# Verbs that begin the task after the names of the bodies that do it.
_VERBS: Final = re.compile(
    r"\b(?:chủ trì|phối hợp|tham mưu|chỉ đạo|xem xét|xây dựng|tăng cường|triển khai|theo dõi|"
    r"(?<!các )(?<!và )tổ chức|hướng dẫn|thực hiện|căn cứ|rà soát|đôn đốc|nghiên cứu|"
    r"bố trí|đẩy mạnh|"
    r"đảm bảo|bảo đảm|kiểm tra|cung cấp|chịu trách nhiệm|có trách nhiệm|chủ động|tập trung|"
    r"phát huy|giám sát|vận động|tuyên truyền|định kỳ|báo cáo|lồng ghép|cụ thể hóa)\b",
    re.IGNORECASE,
)
_PARTNERS: Final = re.compile(
    r"\bphối hợp(?:\s+với)?\s+(?P<names>.+?)(?=\s+" + _VERBS.pattern[2:-2] + r"\b|[;.]|$)",
    re.IGNORECASE,
)


def _agencies_then_task(text: str) -> tuple[str, str]:
    """Split "Sở Tài chính xem xét, thẩm định ..." into the bodies and the task."""
    verb = _VERBS.search(text)
    if verb is None or verb.start() == 0:
        return "", text
    return text[: verb.start()].strip(" ,:"), text[verb.start() :]


def read_assignment_paragraphs(
    lines: Sequence[str], *, first_line: int = 1, document: str | None = None
) -> list[Assignment]:
    """Tasks written as numbered or bulleted items in the "Tổ chức thực hiện" section: "3. Sở
    Kế hoạch và Đầu tư chủ trì, phối hợp với ... tham mưu ...", or bullets under an agency's
    heading ("1. Sở Y tế", then "- Chủ trì, phối hợp với ...")."""
    found: list[Assignment] = []
    active = False
    lead: list[Agency] = []
    for index, raw in enumerate(lines):
        text = clean_text(raw).strip()
        if not text:
            continue
        plain = text.strip("# *")
        if _SECTION_STOP.match(plain):
            active = False
            continue
        item = _ITEM.match(text)
        heading = text.startswith("#") or (
            raw.strip().startswith("**") and raw.strip().endswith("**")
        )
        if re.match(r"^(?:#{1,6}\s*)?[IVX]+[.\-–]\s", text) or (
            heading and _SECTION_START.search(plain)
        ):
            active = bool(_SECTION_START.search(plain))
            lead = []
            continue
        if not active or text.startswith("|"):
            continue
        body = (_ITEM.sub("", text) if item else text).strip(" *#")
        names, task = _agencies_then_task(body)
        if not names and _VERBS.search(body) is None and _HEADS.match(body):
            lead = split_agencies(body.rstrip(":"))  # an agency's heading: "1. Sở Y tế"
            continue
        if names and (not task or len(task.split()) < 3 or body.endswith(":")):
            lead = split_agencies(names.rstrip(":"))
            continue
        if item is None and not names and not (lead and _VERBS.match(body.casefold())):
            continue
        if (names and _HEADS.match(names)) or names.casefold().startswith(
            ("các ", "ubnd", "ủy ban")
        ):
            doers = split_agencies(names)
        elif not names and lead:
            doers = lead
        else:
            if body.endswith(":") and len(body.split()) <= 12:
                lead = split_agencies(body.rstrip(":"))
            continue
        partners = []
        joint = _PARTNERS.search(task)
        if joint is not None:
            partners = split_agencies(joint.group("names"))
        found.append(
            Assignment(
                task=task[0].upper() + task[1:],
                lead=doers,
                partners=partners,
                source=Source(document=document, line=first_line + index, quote=text),
            )
        )
    return found
