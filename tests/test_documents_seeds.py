"""The shared seed plans as PDF and Word documents give the targets and the assignments of
their text.

The seeds (``shared/seeds/*.txt`` beside the repository) are written as a PDF with
fpdf2 and as a Word document with python-docx, their tables as real tables (Markdown
rows, and the tables a conversion left one cell per line); ``extract_plan`` of what
``read_document`` reads must find the same targets and assignments. The PDF's pages
are wide enough that no line wraps: joining the lines a PDF wraps is the reader's work
(``yte_targets.read``), not the document reader's.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import yte_targets as yt
from yte_targets.read.assignments import cell_per_line_tables

from .test_documents import make_docx, make_pdf

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
PATHS = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []

pytestmark = pytest.mark.skipif(not PATHS, reason=f"no seed plans in {SEEDS}")


def targets(plan: yt.Plan) -> Counter[tuple[object, ...]]:
    """The plan's targets, without where they stand in the text (its lines differ)."""
    return Counter(
        (t.indicator.code, t.comparator, str(t.value), t.year, t.subgroup, t.qualifier)
        for t in plan.targets
    )


def assignments(plan: yt.Plan) -> Counter[tuple[object, ...]]:
    """The plan's assignments, without where they stand in the text."""

    def words(text: str | None) -> str | None:  # "hoá" read from a file is "hóa"
        return None if text is None else yt.normalise_text(text)

    return Counter(
        (
            tuple(words(str(b)) for b in a.lead),
            tuple(words(str(b)) for b in a.partners),
            words(a.timeframe.text),
            words(a.task),
        )
        for a in plan.assignments
    )


def as_written(text: str) -> str:
    """``text`` with the tables a conversion left one cell per line as the tables they were
    (Markdown rows), as the document that the text came from had them."""
    lines = text.splitlines()
    for table in reversed(cell_per_line_tables(lines)):
        rows = [table.header, *table.rows]
        lines[table.start : table.stop] = [
            "| " + " | ".join(cell or " " for cell in row) + " |" for row in rows
        ]
    return "\n".join(lines)


def longest_line(text: str) -> int:
    return max(len(line) for line in text.splitlines())


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_a_seed_as_pdf_and_word_gives_the_plan_of_its_text(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    plan = yt.extract_plan(text)
    assert targets(plan)
    written = as_written(text)
    # about 1.6 mm a character at 6 points: no line of the text wraps
    pdf = yt.read_document(
        make_pdf(written, header="Kế hoạch", font_size=6, width=longest_line(written) * 1.6 + 40)
    )
    assert pdf.kind == "pdf"
    assert max(line.page or 0 for line in pdf.lines) >= 2
    word = yt.read_document(make_docx(written))
    for document in (pdf, word):
        read = yt.extract_plan(document.text)
        assert targets(read) == targets(plan)
        assert assignments(read) == assignments(plan)
