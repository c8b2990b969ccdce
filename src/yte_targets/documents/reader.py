"""``read_document``: a file or its bytes to lines of text, whatever the kind of document.

The kind is told by the content first: ``%PDF`` is a PDF, a zip holding
``word/document.xml`` a Word document, ``<html`` or ``<!doctype html`` a web
page, anything else text. The file's suffix decides between a web page and text
when the content does not, and a suffix that the content contradicts (a
``.pdf`` that is no PDF) is an error, as is a Word 97-2003 ``.doc``.

>>> import yte_targets as yt
>>> doc = yt.read_document("Kế hoạch\\n- Tỷ lệ tiêm chủng đạt 95%.\\n".encode())
>>> doc.kind, doc.text
('txt', 'Kế hoạch\\n- Tỷ lệ tiêm chủng đạt 95%.')
"""

from __future__ import annotations

import codecs
import io
import os
import re
import zipfile
from pathlib import Path
from typing import Final

from ..errors import InvalidValueError, PlanFileError, shown
from .legacy import detect_legacy
from .model import KINDS, DocumentText, Line
from .normalise import drop_running_lines, normalise_lines

__all__ = ["decode_bytes", "read_document", "sniff_kind"]

_SUFFIXES: Final = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": "txt",
    ".md": "txt",
    ".text": "txt",
}
_HTML_START: Final = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
    re.IGNORECASE | re.DOTALL,
)
_META_CHARSET: Final = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
_OLE: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff_kind(data: bytes) -> str | None:
    """The kind of document ``data`` holds by its first bytes: "pdf", "docx", "html", or
    ``None`` (text, or a web page that does not say so).

    >>> sniff_kind(b"%PDF-1.7 ..."), sniff_kind(b"<!DOCTYPE html><html>"), sniff_kind(b"abc")
    ('pdf', 'html', None)
    """
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    if _HTML_START.match(data[:4096]):
        return "html"
    return None


def _check_zip(data: bytes, name: str | None) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile:
        raise PlanFileError(
            "the file starts as a zip archive but is not one (damaged?); expected a Word "
            "document (.docx)",
            file=name,
        ) from None
    if "word/document.xml" not in names:
        listed = ", ".join(sorted(names)[:5]) or "nothing"
        raise PlanFileError(
            f"a zip archive that is no Word document (it holds {listed}); expected a .docx "
            "file, which holds word/document.xml",
            file=name,
        )


def decode_bytes(data: bytes, *, html: bool = False) -> str:
    """The text of ``data``: by its byte-order mark, by the charset a web page declares,
    as UTF-8, else as Windows-1252 (where TCVN3 and VNI text shows its legacy codes,
    which :func:`~yte_targets.documents.normalise_text` converts)."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if html and (declared := _META_CHARSET.search(data[:4096])):
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1").translate(_CP1252)


# Windows-1252 in place of Latin-1's control codes 0x80-0x9F (its five undefined bytes kept).
_CP1252: Final = {
    byte: bytes([byte]).decode("cp1252")
    for byte in range(0x80, 0xA0)
    if byte not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}


def _read_text(text: str, name: str | None, kind: str) -> DocumentText:
    """Lines of a text file; pages split by form feeds (as pdftotext writes them) lose
    their running headers and page numbers."""
    raw = re.split(r"\r\n|\r|\n", text)
    if raw and raw[-1] == "":
        raw.pop()
    encoding = detect_legacy("\n".join(raw)) or ""
    lines = normalise_lines([line.replace("\f", "") for line in raw], legacy=encoding)
    keep = [True] * len(lines)
    if sum(line.count("\f") for line in raw) >= 1:
        pages: list[list[int]] = [[]]
        for index, line in enumerate(raw):
            if "\f" in line and pages[-1]:
                pages.append([])
            pages[-1].append(index)
        kept = drop_running_lines([[lines[i] for i in page] for page in pages])
        for page, flags in zip(pages, kept, strict=True):
            for index, flag in zip(page, flags, strict=True):
                keep[index] = flag
    return DocumentText(
        lines=[
            Line(line, line=number)
            for number, (line, wanted) in enumerate(zip(lines, keep, strict=True), start=1)
            if wanted
        ],
        kind=kind,
        name=name,
        legacy=encoding or None,
    )


def read_document(
    source: str | os.PathLike[str] | bytes, *, kind: str | None = None
) -> DocumentText:
    """Read a plan document as people have it, a PDF, a Word document (``.docx``), a web
    page or a text file, into lines of text with their source positions.

    ``source`` is the file's path or its bytes; ``kind`` ("pdf", "docx", "html",
    "txt") overrides what the content and the suffix say. The text is normalised
    (:func:`~yte_targets.documents.normalise_text`): Unicode NFC, TCVN3 and VNI
    converted, one tone placement. The result's ``.text`` is ready for
    :func:`~yte_targets.extract_plan`.

    PDFs and Word documents need the extra ``documents``
    (``pip install 'yte_targets[documents]'``). Raises
    :class:`~yte_targets.PlanFileError` for a file that does not exist or cannot be
    read as its kind, :class:`~yte_targets.NoTextLayerError` for a scanned PDF
    without text (the library does no OCR), and
    :class:`~yte_targets.MissingDependencyError` without the extra.
    """
    if kind is not None and kind not in KINDS:
        raise InvalidValueError(
            f"unknown document kind {kind!r}; expected one of "
            + ", ".join(map(repr, KINDS))
            + " or None (told by the content)"
        )
    data, name, suffix = _load(source)
    sniffed = sniff_kind(data)
    if sniffed == "docx":
        _check_zip(data, name)
    by_suffix = _SUFFIXES.get(suffix)
    if kind is None:
        if data.startswith(_OLE):
            raise PlanFileError(
                "a Word 97-2003 document (.doc) or another OLE file cannot be read; expected "
                "a .docx, PDF, HTML or text file (save the document as .docx)",
                file=name,
            )
        if by_suffix in ("pdf", "docx") and sniffed != by_suffix:
            raise PlanFileError(
                f"the file is named {suffix} but does not hold a {by_suffix.upper()} "
                f"document (it starts with {shown(data[:16])}); expected a {suffix} file",
                file=name,
            )
        kind = sniffed or (by_suffix if by_suffix == "html" else "txt")
    return _read(data, name, kind)


def _load(source: str | os.PathLike[str] | bytes) -> tuple[bytes, str | None, str]:
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source), None, ""
    if not isinstance(source, str | os.PathLike):
        raise InvalidValueError(
            f"cannot read a document from {shown(source)}; expected a file's path (str or "
            "os.PathLike) or its bytes"
        )
    path = Path(source)
    hint = ""
    if isinstance(source, str) and ("\n" in source or len(source) > 260):
        hint = " (to read a plan's text, pass the text to yte_targets.extract_plan)"
    try:
        if not path.is_file():
            reason = "is a folder" if path.is_dir() else "does not exist"
            raise PlanFileError(
                f"no document at {shown(str(source))}: the path {reason}; expected the path "
                f"of a PDF, Word (.docx), HTML or text file, or the file's bytes{hint}",
                file=path.name or None,
            )
        data = path.read_bytes()
    except OSError as exc:
        raise PlanFileError(
            f"cannot read the document at {shown(str(source))}: {exc.strerror or exc}{hint}",
            file=path.name or None,
        ) from None
    return data, path.name, path.suffix.casefold()


def _read(data: bytes, name: str | None, kind: str) -> DocumentText:
    if kind == "pdf":
        from .pdf import read_pdf

        return read_pdf(data, name)
    if kind == "docx":
        from .word import read_docx

        return read_docx(data, name)
    if kind == "html":
        from .web import read_html

        return read_html(decode_bytes(data, html=True), name)
    return _read_text(decode_bytes(data), name, "txt")
