"""The reader's language data (``read/lang/vi/*.toml``) and the patterns compiled from it."""

from __future__ import annotations

import ast
import itertools
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import yte_targets as yt
from yte_targets.read.lang import language, phrase_pattern
from yte_targets.read.ocr import damaged, tolerant, trie

READ = Path(yt.__file__).parent / "read"
VIETNAMESE = re.compile(
    "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.IGNORECASE
)
WORDS = ["năm", "đến", "chỉ tiêu", "mục tiêu", "tỷ lệ", "đã đạt", "đạt được", "trên", "giảm còn"]


def _strings_outside_docstrings(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


@pytest.mark.parametrize("path", sorted(READ.rglob("*.py")), ids=lambda p: p.name)
def test_no_vietnamese_word_in_the_readers_code(path: Path) -> None:
    """Every Vietnamese word the reader knows is language data; its code quotes them in
    docstrings and comments only."""
    found = [(n, s) for n, s in _strings_outside_docstrings(path) if VIETNAMESE.search(s)]
    assert found == []


def test_every_data_file_loads() -> None:
    vi = language("vi")
    assert {"comparators", "parts", "time", "aims", "values", "names", "numbers", "bodies"} <= set(
        vi.files
    )
    assert vi.words("time", "year") == ("năm",)


def test_unknown_language_and_key_are_errors() -> None:
    with pytest.raises(yt.YteTargetsError, match="'xx'"):
        language("xx")
    with pytest.raises(yt.YteTargetsError, match="no 'nothing'"):
        language("vi").words("time", "nothing")
    with pytest.raises(yt.YteTargetsError, match="no file 'nothing'"):
        language("vi").words("nothing", "year")


def _spellings(phrase: str) -> set[str]:
    return {" ".join(words) for words in itertools.product(*(damaged(w) for w in phrase.split()))}


@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4, unique=True), st.data())
def test_tolerant_patterns_match_exactly_the_spellings_a_scan_gives(
    phrases: list[str], data: st.DataObject
) -> None:
    """A phrase as written or with one letter carrying a diacritic lost per word; nothing
    else (the trie the patterns are written as changes no match)."""
    pattern = re.compile(tolerant(*phrases), re.IGNORECASE)
    spellings = set().union(*(_spellings(p) for p in phrases))
    assert all(pattern.fullmatch(s) for s in spellings)
    other = data.draw(st.sampled_from(sorted(set().union(*(_spellings(w) for w in WORDS)))))
    assert bool(pattern.fullmatch(other)) == (other in spellings)


@given(st.lists(st.text(alphabet="abcđăơ ", min_size=1, max_size=6), min_size=1, max_size=8))
def test_a_trie_matches_its_words_and_no_other(words: list[str]) -> None:
    pattern = re.compile(trie(words))
    assert all(pattern.fullmatch(w) for w in words)
    assert not pattern.fullmatch("".join(words) + "x")


def test_whole_phrases_end_where_a_word_ends() -> None:
    pattern = re.compile(phrase_pattern(["trên", "đạt"]), re.IGNORECASE)
    assert pattern.match("trên 95%")
    assert not pattern.match("trênh")
    assert pattern.match("đ t 95%")  # a scan's lost letter
