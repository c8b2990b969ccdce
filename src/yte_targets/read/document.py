"""Whole plan documents: the assembly pass of the reader.

``extract_plan(text)`` reads a plan's number, date, issuer, province and the documents it
implements; its targets wherever they are stated, block by block as the layout pass
(:mod:`~yte_targets.read.layout`) gives them with their context (a block in a list of
targets through :func:`~yte_targets.read.parse_target`, any other through the prose reader
:mod:`~yte_targets.read.prose`); its indicator tables; its assignment tables and the tasks
of its implementation part. Every item keeps its line and its words. A file (PDF, Word,
web page, text) is read first with :func:`~yte_targets.read_document`.
"""

from __future__ import annotations

import datetime
import os
import re
from pathlib import Path
from typing import Final, TypeVar

import attrs

from ..catalog import Catalog, default
from ..core.plan import Assignment, DocumentRef, Plan
from ..core.target import Source, Target
from ..documents import read_document
from ..errors import ParseError, PlanFileError, YteTargetsError
from .agencies import UPPER
from .assignments import read_assignment_tables
from .caseless import caseless
from .lang import language
from .layout import blocks
from .markup import html_table_rows
from .ocr import tolerant
from .outline import Paragraph, Part, paragraphs, parts
from .prose import read_prose_block
from .table import cell_table_lines, read_indicator_tables
from .target import parse_target
from .tasks import read_assignment_paragraphs
from .value import clean_text

__all__ = ["extract_plan", "read_plan_document"]

_VI: Final = language("vi")


def _t(key: str, name: str = "documents") -> str:
    """The phrases under ``key`` of ``lang/vi/<name>.toml``, as scans damage them, in order."""
    return tolerant(*_VI.words(name, key))


def _as_written(key: str) -> str:
    """The phrases under ``key`` of ``lang/vi/documents.toml``, as written, in order."""
    return _VI.literal("documents", key)


_YEAR: Final = r"(?:19|20|21)\d{2}"
_LETTERS: Final = "".join(_VI.words("letters", "extra"))
_FILE_NAME: Final = caseless(r"^\S+\.(?:txt|md|docx?|pdf|html?)$")
_NUMBERING: Final = rf"(?:[a-z{_LETTERS}]\)\s*|\d+(?:\.\d+)*[.)]?\s*)?"
_BULLET: Final = re.compile(rf"^(?:[-+•*–]\s*|[a-z{_LETTERS}]\)\s*|\d+(?:\.\d+)*[.)]\s+)")
_NUMBER: Final = re.compile(rf"(?:{_as_written('number')})\s*:?\s*(\d+[\w./-]*/[\w.-]+)")
_DATE: Final = caseless(
    rf"(?:{_t('day')})\s+(\d{{1,2}})\s+(?:{_t('month')})\s+(\d{{1,2}})\s+"
    rf"(?:{_t('year', 'time')})\s+(\d{{4}})",
)
_PROVINCE: Final = re.compile(
    # "TỈNH ĐỒNG NAI", "tỉnh Kiên Giang", "TỈNH ỦY BÌNH LÂM" (the party committee of the province)
    rf"\b(?:{_as_written('province')})[ \t]+(?:(?:{_as_written('committee')})[ \t]+)?"
    rf"([{UPPER}][^\W\d_]+(?:[ \t]+[{UPPER}][^\W\d_]+){{0,2}})"
)
# The national motto and the party's name stand beside the issuer in the header and run into
# it when a two-column header is flattened.
_MOTTO: Final = caseless(r"\s*(?:" + _t("motto") + r")\s*")
_IMPLEMENTS: Final = re.compile(
    rf"((?:{_as_written('implements')})\s+(?:{_as_written('numbered')})\s+(\d+[\w./-]*/[\w.-]+)"
    rf"(?:\s+(?:{_as_written('day')})\s+(\d{{1,2}})/(\d{{1,2}})/(\d{{4}}))?)"
)
# The issuer heads the document, in capitals ("ỦY BAN NHÂN DÂN" / "TỈNH ĐỒNG NAI"); a line
# that names a body in running text ("Ban Chấp hành Trung ương Đảng khóa XII về ...") is none.
_ISSUER: Final = re.compile(rf"^(?:{_as_written('issuers')})\b")
# A department under it ("UBND TỈNH ..." / "SỞ Y TẾ") is the issuer itself.
_DEPARTMENTS: Final = tuple(f"{word} " for word in _VI.words("documents", "department"))
# Titles in capitals ("KẾ HOẠCH"), a plan's default title, and the titles that end a header.
_TITLE: Final = re.compile(rf"^({_as_written('titles')})\b")
_DEFAULT_TITLE: Final[str] = _VI.get("documents", "default_title")
_HEADER_ENDS: Final = _VI.words("documents", "header_ends")


def _heading_text(line: str) -> str:
    return clean_text(line).strip(" #*:").strip()


def extract_plan(
    text: str | bytes | os.PathLike[str],
    *,
    catalog: Catalog | None = None,
    document: str | None = None,
) -> Plan:
    """Read a plan document into a :class:`~yte_targets.Plan` (metadata, targets and
    assignments).

    ``text`` is the document's text, or a file (a path, or its bytes): a PDF, a Word
    document (``.docx``), a web page or a text file, read with
    :func:`~yte_targets.read_document` (chosen by content as well as by suffix).

    Raises :class:`~yte_targets.ParseError` for text that is not a document
    (not text, or empty); otherwise returns what it could read.
    """
    if isinstance(text, (bytes, bytearray, os.PathLike)):
        return _extract_file(text, catalog=catalog, document=document)
    if not isinstance(text, str):
        raise ParseError(repr(text), 0, "the text of a plan document", what="plan document")
    if not text.strip():
        raise ParseError(text, 0, "the text of a plan document", what="plan document")
    if "\n" not in text.strip() and _FILE_NAME.search(text.strip()):
        if Path(text.strip()).is_file():
            return _extract_file(Path(text.strip()), catalog=catalog, document=document)
        raise ParseError(
            text,
            0,
            "the text of a plan document, or the name of a file that exists (no such file "
            "here; read a file with yte_targets.read_plan_document(path))",
            what="plan document",
        )
    catalog = catalog or default()
    lines, origin = html_table_rows(text.splitlines())
    outline = parts(lines)
    issued = _issued(text)
    paragraphed = paragraphs(lines)
    targets = _targets(
        lines, outline, paragraphed, catalog, document, issued.year if issued else None
    )
    targets += read_indicator_tables(
        lines, catalog=catalog, document=document, issued=issued.year if issued else None
    )
    assignments = read_assignment_paragraphs(
        lines, document=document, outline=outline, doer=_doer(lines), paragraphed=paragraphed
    )
    assignments += read_assignment_tables(lines, document=document)
    if origin != list(range(len(origin))):  # HTML tables were rewritten: the document's lines
        targets = [_at_origin(t, origin) for t in targets]
        assignments = [_at_origin(a, origin) for a in assignments]
    number = _number(text)
    return Plan(
        title=_title(lines),
        number=number,
        kind=_kind(number, lines),
        issuer=_issuer(lines),
        jurisdiction=_province(text),
        issued=issued,
        # the documents a plan implements are named before its objectives ("Căn cứ ...",
        # "Thực hiện ...", its purpose), not those its targets and tasks cite
        implements=_implements(
            "\n".join(
                line
                for line, part in zip(lines, outline, strict=True)
                if part in (Part.PREAMBLE, Part.PURPOSE)
            )
        ),
        targets=targets,
        assignments=assignments,
        source=Source(document=document) if document else None,
    )


_Item = TypeVar("_Item", Target, Assignment)


def _at_origin(item: _Item, origin: list[int]) -> _Item:
    """``item`` with its source line the document's, not the rewritten text's."""
    source = item.source
    if source is None or source.line is None or not 0 < source.line <= len(origin):
        return item
    return attrs.evolve(item, source=attrs.evolve(source, line=origin[source.line - 1] + 1))


def _extract_file(
    source: bytes | bytearray | os.PathLike[str],
    *,
    catalog: Catalog | None,
    document: str | None,
) -> Plan:
    found = read_document(bytes(source) if isinstance(source, bytearray) else source)
    return extract_plan(found.text, catalog=catalog, document=document or found.name)


def read_plan_document(
    path: str | os.PathLike[str], *, catalog: Catalog | None = None, encoding: str | None = None
) -> Plan:
    """Read a plan document from a file, a PDF, a Word document (``.docx``), a web page or a
    text file (:func:`~yte_targets.read_document`): :func:`extract_plan` of its text, with
    the file's name as every item's ``source.document``.

    >>> import yte_targets as yt
    >>> plan = yt.read_plan_document("examples/documents/an-binh.txt")
    >>> plan.jurisdiction, len(plan.targets), plan.targets[0].source.document
    ('An Bình', 10, 'an-binh.txt')

    ``encoding`` reads a text file in that encoding (by default its encoding is told from
    its bytes: UTF-8, UTF-16, or the legacy TCVN3 and VNI of older Vietnamese documents).
    Raises :class:`~yte_targets.PlanFileError` for a file that cannot be read.
    """
    file = Path(path)
    if encoding is None:
        return extract_plan(file, catalog=catalog, document=file.name)
    try:
        text = file.read_text(encoding=encoding)
    except (OSError, UnicodeDecodeError, LookupError) as exc:
        raise PlanFileError(f"cannot read the document: {exc}", file=str(file)) from None
    return extract_plan(text, catalog=catalog, document=file.name)


#: The parts whose prose is read for targets: not past results, the budget, nor the end.
_PROSE_PARTS: Final = frozenset(
    {Part.PREAMBLE, Part.PURPOSE, Part.OBJECTIVES, Part.TASKS, Part.ORGANISATION, Part.OTHER}
)


def _targets(
    lines: list[str],
    outline: list[Part],
    paragraphed: list[Paragraph],
    catalog: Catalog,
    document: str | None,
    issued: int | None,
) -> list[Target]:
    """Targets wherever the layout pass finds them: a block in a list of targets is read as
    one (:func:`~yte_targets.read.parse_target`, with the year its context gives); any other
    block of the parts that state aims is read as prose, where only the words of a
    commitment make a target (:func:`~yte_targets.read.prose.read_prose_block`). A target for
    a year before the plan was issued is a past result, not a target."""
    targets: list[Target] = []
    cells = cell_table_lines(lines)  # a table's cells are read by the table reader
    for block in blocks(lines, outline, paragraphed):
        if block.line - 1 in cells:
            continue
        if block.listing:
            statement = _BULLET.sub("", block.text).strip()
            source = Source(document=document, line=block.line, quote=statement)
            try:
                found = parse_target(statement, block.year, catalog=catalog, source=source)
            except YteTargetsError:
                continue
        elif block.part in _PROSE_PARTS:
            found = read_prose_block(
                block.text, line=block.line, year=block.year, catalog=catalog, document=document
            )
        else:
            continue
        targets += [t for t in found if issued is None or t.year is None or t.year >= issued]
    return targets


def _title(lines: list[str]) -> str:
    for index, raw in enumerate(lines):
        line = _heading_text(raw)
        if _TITLE.match(line):
            following = next(
                (_heading_text(n) for n in lines[index + 1 : index + 4] if _heading_text(n)), ""
            )
            if line.upper() == line and len(line.split()) <= 3 and following:
                return following
            return line
    for raw in lines:
        line = _heading_text(raw)
        if len(line.split()) >= 4:
            return line
    return _DEFAULT_TITLE


_KIND_IN_NUMBER: Final = re.compile(rf"(?:^|[/-])({_as_written('kinds_in_number')})(?=[-/]|$)")
_KIND_TITLES: Final[tuple[tuple[str, str], ...]] = tuple(_VI.table("documents", "kinds").items())


def _kind(number: str | None, lines: list[str]) -> str | None:
    """The kind of document, as its number writes it ("7315/KH-UBND": "KH", "12/2024/NQ-HĐND":
    "NQ"), else from its title in capitals ("KẾ HOẠCH", "NGHỊ QUYẾT", "CHƯƠNG TRÌNH")."""
    if number is not None and (found := _KIND_IN_NUMBER.search(number)):
        return found.group(1)
    for raw in lines[:40]:
        line = _heading_text(raw)
        for title, kind in _KIND_TITLES:
            if line.startswith(title) and line.isupper():
                return kind
    return None


def _number(text: str) -> str | None:
    found = _NUMBER.search(text[:3000])
    return found.group(1) if found else None


def _issued(text: str) -> datetime.date | None:
    found = _DATE.search(text[:3000])
    if found is None:
        return None
    try:
        return datetime.date(int(found.group(3)), int(found.group(2)), int(found.group(1)))
    except ValueError:
        return None


def _province(text: str) -> str | None:
    found = _PROVINCE.search(text[:3000])
    if found is None:
        return None
    return " ".join(word.capitalize() for word in found.group(1).split())


_DOER: Final = caseless(rf"^(?:{_VI.pattern('bodies', 'doers')})\b")
_NUMBER_LINE: Final = caseless(rf"^(?:{_as_written('number')})\s*:")


def _doer(lines: list[str]) -> str | None:
    """The body that issues a plan of its own work (a department, a centre: "SỞ Y TẾ",
    "TRUNG TÂM KIỂM SOÁT BỆNH TẬT" in the header), as the text writes its name ("Sở Y tế");
    None for a plan that hands its tasks to others (a People's Committee's)."""
    header: list[str] = []
    for raw in lines[:12]:
        line = _heading_text(raw)
        if _NUMBER_LINE.match(line) or line.startswith(_HEADER_ENDS):
            break
        line = _MOTTO.sub(" ", line).strip(" -")
        if line and line.isupper():
            header.append(line)
    if not header or not _DOER.match(header[-1]):
        return None
    name = _MOTTO.sub(" ", header[-1]).strip()
    words = r"\s+".join(re.escape(w) for w in name.split())
    for found in re.finditer(words, "\n".join(lines), re.IGNORECASE):
        if not found.group().isupper():
            return found.group()
    return None


def _issuer(lines: list[str]) -> str | None:
    """The body that heads the document ("ỦY BAN NHÂN DÂN" / "TỈNH ĐỒNG NAI"); a department
    under it ("UBND TỈNH ..." / "SỞ Y TẾ") is the issuer itself."""
    for index, raw in enumerate(lines[:40]):
        line = _MOTTO.sub(" ", _heading_text(raw)).strip()
        if _ISSUER.match(line):
            following = _heading_text(lines[index + 1]) if index + 1 < len(lines) else ""
            following = _MOTTO.sub(" ", following).strip()
            if following.startswith(_DEPARTMENTS) and following.isupper():
                return following
            if following and following.isupper() and len(following.split()) <= 5:
                return f"{line} {following}".strip()
            return line
    return None


def _implements(text: str) -> tuple[DocumentRef, ...]:
    seen: dict[str, DocumentRef] = {}
    for found in _IMPLEMENTS.finditer(text[:6000]):
        number = found.group(2)
        if number in seen:
            continue
        issued = None
        if found.group(3):
            try:
                issued = datetime.date(
                    int(found.group(5)), int(found.group(4)), int(found.group(3))
                )
            except ValueError:
                issued = None
        seen[number] = DocumentRef(title=found.group(1), number=number, issued=issued)
    return tuple(seen.values())
