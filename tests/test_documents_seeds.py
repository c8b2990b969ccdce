"""The shared seed plans as PDF and Word documents give the targets of their text.

The seeds (``shared/seeds/*.txt`` beside the repository) are written as a PDF with
fpdf2 and as a Word document with python-docx, their Markdown tables as real tables;
``extract_plan`` of what ``read_document`` reads must find the same targets. The PDF's
pages are wide enough that no line wraps: joining the lines a PDF wraps is the reader's
work (``yte_targets.read``), not the document reader's.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import yte_targets as yt

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


def longest_line(text: str) -> int:
    return max(len(line) for line in text.splitlines())


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_a_seed_as_pdf_and_word_gives_the_targets_of_its_text(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    expected = targets(yt.extract_plan(text))
    assert expected
    # about 1.6 mm a character at 6 points: no line of the text wraps
    pdf = yt.read_document(
        make_pdf(text, header="Kế hoạch", font_size=6, width=longest_line(text) * 1.6 + 40)
    )
    assert pdf.kind == "pdf"
    assert max(line.page or 0 for line in pdf.lines) >= 2
    assert targets(yt.extract_plan(pdf.text)) == expected
    word = yt.read_document(make_docx(text))
    assert targets(yt.extract_plan(word.text)) == expected
