"""The reader on its corpus (``tests/corpus/``): every case is read as it should be, except the
known misses listed in ``tests/corpus/known-misses.txt`` (strict: a known miss that now passes
fails, so that the list only shrinks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus import CORPUS, Case, documents, passages, passed

KNOWN = {
    line.split("#")[0].strip()
    for line in (CORPUS / "known-misses.txt").read_text("utf-8").splitlines()
    if line.split("#")[0].strip()
}
CASES = [*passages(), *documents()]


def _param(case: Case) -> object:
    marks = [pytest.mark.xfail(strict=True, reason="known miss")] if case.id in KNOWN else []
    return pytest.param(case, id=case.id, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_case_reads_as_expected(case: Case) -> None:
    assert passed(case)


def test_known_misses_are_cases() -> None:
    assert {c.id for c in CASES} >= KNOWN


def test_corpus_is_large_enough() -> None:
    assert len([c for c in CASES if not c.document]) >= 400
    assert len([c for c in CASES if c.document]) >= 20
    assert Path(CORPUS / "README.md").exists()
