"""Plan documents as people have them, PDF, Word, web pages and text, as lines of text.

:func:`read_document` reads a file (or its bytes) into a :class:`DocumentText`:
its :class:`Line` objects, each with its source position (page and line of a
PDF, paragraph or table cell of a Word document, line of a text file or of a web
page's source), and ``.text``, ready for :func:`~yte_targets.extract_plan`.
Tables become Markdown rows (``| TT | Chỉ tiêu | Đơn vị | Năm 2027 |``), and the
text is normalised by :func:`normalise_text` (NFC, one tone placement, legacy
TCVN3 and VNI text converted).

PDFs are read with pdfplumber. Measured on PDFs written with fpdf2 in DejaVu Sans,
pdfplumber, pypdf and pypdfium2 all give the same Vietnamese text (NFC, every
diacritic), but only pdfplumber finds the tables: it builds the grid of a table
from its ruling lines and tells merged cells, while pypdf and pypdfium2 give the
cells as words on a line, to be split on guesses. pdfplumber is also pure Python
(over pdfminer.six) and gives every line's position, which the running headers and
the tables continued over two pages need. Its price is speed: 100 to 140 ms a page
against about 8 ms for pypdf and 1 ms for pypdfium2, which is a second or two for
a plan read once. Word documents are read with python-docx, web pages with the
standard library's ``html.parser``.

>>> import yte_targets as yt
>>> yt.normalise_text("Sở Y tế hoà nhập, khoẻ mạnh")
'Sở Y tế hòa nhập, khỏe mạnh'
"""

from __future__ import annotations

from .legacy import ENCODINGS, decode_legacy, detect_legacy, encode_legacy
from .model import KINDS, DocumentText, Line
from .normalise import modern_tones, normalise_text
from .reader import read_document

__all__ = [
    "ENCODINGS",
    "KINDS",
    "DocumentText",
    "Line",
    "decode_legacy",
    "detect_legacy",
    "encode_legacy",
    "modern_tones",
    "normalise_text",
    "read_document",
]
