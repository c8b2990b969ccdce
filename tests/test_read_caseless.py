"""Case-blind patterns that search fast (``read/caseless.py``): the same matches as
``re.compile(source, re.IGNORECASE)``, for every pattern of the reader, on every text."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import yte_targets.read as read
from yte_targets.read.caseless import Caseless, caseless

ROOT = Path(__file__).resolve().parent
LANG = Path(read.__file__).parent / "lang" / "vi"


def _reader_patterns() -> dict[str, Caseless]:
    found: dict[str, Caseless] = {}
    for module in pkgutil.walk_packages(read.__path__, f"{read.__name__}."):
        loaded = importlib.import_module(module.name)
        for name, value in vars(loaded).items():
            if isinstance(value, Caseless):
                found.setdefault(f"{module.name.rsplit('.', 1)[-1]}.{name}", value)
    return found


PATTERNS = _reader_patterns()
NAMES = sorted(PATTERNS)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


#: Every phrase of the language data, so that the texts hold what the patterns look for.
PHRASES = sorted(
    {s for path in LANG.glob("*.toml") for s in _strings(tomllib.loads(path.read_text("utf-8")))}
)
#: Letters that fold in unusual ways, digits that are not 0-9, marks of tables and values.
ODD = ["ı", "İ", "ſ", "K", "ß", "ẞ", "Σ", "ς", "٣", "۲", "²", "Đ", "đ", "<td>", "%", "‰", "/"]
PIECES = st.one_of(
    st.sampled_from(PHRASES),
    st.sampled_from(ODD),
    st.from_regex(r"[0-9]{1,4}([.,][0-9]{1,3})?", fullmatch=True),
    st.text(alphabet="abcdeghiklmnopqrstuvxyàáảãạăâđêôơưệộờữỹ", min_size=1, max_size=6),
)
SEPARATORS = st.sampled_from([" ", "  ", ", ", "; ", ": ", " - ", "/", "\n", "", ". "])
CASES: st.SearchStrategy[Callable[[str], str]] = st.sampled_from(
    [str, str.upper, str.title, str.capitalize, str.swapcase]
)


@st.composite
def texts(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.tuples(PIECES, CASES, SEPARATORS), max_size=12))
    return "".join(case(piece) + sep for piece, case, sep in pieces)


def _as_written(pattern: Caseless) -> re.Pattern[str]:
    return re.compile(pattern.pattern, pattern.flags)


def _seen(match: re.Match[str] | None) -> object:
    return None if match is None else (match.span(), match.groups())


def _same(pattern: Caseless, text: str) -> None:
    written = _as_written(pattern)
    assert _seen(pattern.search(text)) == _seen(written.search(text))
    for pos, endpos in ((1, len(text)), (len(text) // 2, len(text) - 1)):
        assert _seen(pattern.search(text, pos, endpos)) == _seen(written.search(text, pos, endpos))
    assert [_seen(m) for m in pattern.finditer(text)] == [_seen(m) for m in written.finditer(text)]
    assert pattern.findall(text) == written.findall(text)
    assert pattern.sub(lambda m: f"<{m.start()}>", text) == written.sub(
        lambda m: f"<{m.start()}>", text
    )
    assert pattern.sub(r"[\g<0>]", text, count=2) == written.sub(r"[\g<0>]", text, count=2)
    assert pattern.split(text) == written.split(text)
    assert pattern.split(text, 1) == written.split(text, 1)


@given(st.sampled_from(NAMES), texts())
def test_every_pattern_matches_as_written(name: str, text: str) -> None:
    _same(PATTERNS[name], text)


def _corpus_texts() -> list[str]:
    found = []
    for path in sorted((ROOT / "corpus" / "passages").glob("*.json")):
        found += [case["text"] for case in json.loads(path.read_text("utf-8"))]
    for path in sorted((ROOT / "corpus" / "documents").glob("*.txt")):
        found += path.read_text("utf-8").splitlines()
    return found


@pytest.mark.parametrize("name", NAMES)
def test_every_pattern_matches_as_written_on_the_corpus(name: str) -> None:
    pattern, written = PATTERNS[name], _as_written(PATTERNS[name])
    for text in _corpus_texts():
        assert _seen(pattern.search(text)) == _seen(written.search(text)), text
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in written.finditer(text)
        ], text


def test_most_reader_patterns_scan() -> None:
    # the speed-up reaches the patterns searched most (see benchmarks/bench_extract.py)
    assert sum(p.scans for p in PATTERNS.values()) >= len(PATTERNS) // 2
    for name in ("prose._CUE_WORDS", "prose._CUES", "phrases._WORD_RUN", "value._NOT_VALUES"):
        assert PATTERNS[name].scans, name


@pytest.mark.parametrize(
    ("source", "scans", "gated"),
    [
        (r"(?<![^\W\d_])(?:chỉ tiêu|mục tiêu)", True, False),
        (r"(?:năm\s+)?20\d\d", True, False),  # with the optional word, and without
        (r"\d[\d.,]*\s*(?:tỷ đồng)", False, False),  # it skips ahead to a digit as written
        (r"\d+\s*(?:tỷ đồng)", True, False),  # it does not: the scan does
        (r"<\s*td\b", False, False),  # and to "<"
        (r"^(?:chỉ tiêu)", False, False),  # anchored: nothing to skip
        (r"\s*(?:năm)", True, True),  # spaces first: a gate on "năm"
        (r"\s*[,;]?\s*(?:và\s+)?duy trì", True, True),  # a gate on the word every match holds
        (r"\s+\d", True, True),  # a gate on a digit
        (r"\s+[^\W\d_]", False, False),  # no letter to gate on
        (r"(a)\1b", False, False),  # a group referred back to
        (r"x*", False, False),  # may match nothing
        (r"(?x) chỉ \s tiêu", True, False),  # verbose: read before the scan is made
        (r"(?a)chỉ\s+tiêu", False, False),  # ASCII letters only
    ],
)
def test_when_a_pattern_scans(source: str, scans: bool, gated: bool) -> None:
    pattern = caseless(source)
    assert (pattern.scans, pattern.gated) == (scans, gated)
    for text in ("Duy trì 2030 và NĂM x", "  ,  và duy trì", "chỉ tiêu; 20 30", "ab", ""):
        _same(pattern, text)


@pytest.mark.parametrize(
    "text",
    [
        "MỤC TIÊU",
        "Mục Tiêu",
        "mục tiêu",
        "MỤC TİÊU",  # a capital dotted I folds to two letters: searched as written
        "chỉ tiêu ı",  # a dotless i
        "muc tieu ſ",  # a long s
        "٣ mục tiêu",  # a digit that is not 0-9
    ],
)
def test_texts_whose_letters_fold_oddly_are_read_as_written(text: str) -> None:
    pattern = caseless(r"(?<![^\W\d_])(?:chỉ tiêu|mục tiêu|s\d|i)")
    _same(pattern, text)


def test_a_caseless_pattern_is_a_compiled_pattern_for_the_reader() -> None:
    pattern = caseless(r"(?P<word>năm)\s+(?P<year>20\d\d)")
    assert pattern.flags & re.IGNORECASE
    assert pattern.groups == 2
    assert pattern.groupindex == {"word": 1, "year": 2}
    assert repr(pattern) == "caseless('(?P<word>năm)\\\\s+(?P<year>20\\\\d\\\\d)')"
    match = pattern.search("Đến NĂM 2030 đạt")
    assert match is not None
    assert match.group("year") == "2030"
    assert pattern.match("NĂM 2030") is not None
    assert pattern.fullmatch("năm 2030x") is None
    assert pattern.sub("", "Năm 2027, năm 2030") == ", "
    assert pattern.split("a năm 2027 b") == ["a ", "năm", "2027", " b"]
    assert pattern.findall("năm 2027; NĂM 2030") == [("năm", "2027"), ("NĂM", "2030")]


@pytest.mark.parametrize(
    ("source", "opening"),
    [
        (r"(?<![\w/])\d+(?:tỷ|x)", r"(?<![\w/])\d"),
        (r"\b\d+\s*(?:tỷ|x)", r"\b\d"),
        (r"\B\d+x", r"\B\d"),
        (r"(?<=[%‰])\d{1,2}", r"(?<=[%‰])\d"),
        (r"(?<![^\W\d_])(?:năm|NĂM học)\b", r"(?<![^\W\d_])năm"),
    ],
)
@given(st.text(alphabet="1x %‰/aăNnĂMmhọc tỷ", max_size=40))
def test_the_scan_asks_what_the_opening_asks_of_the_text_before_it(
    source: str, opening: str, text: str
) -> None:
    # the scan stops wherever the pattern matches, and only where its opening does, what
    # that asks of the text before it included: a long run of digits ("1" * 1_000_000) is
    # read in one pass, not one per digit
    pattern = caseless(source)
    assert pattern.scans
    scan = pattern._scan
    assert scan is not None
    folded = text.lower()
    hits = {p for p in range(len(text) + 1) if scan.match(folded, p)}
    written = _as_written(pattern)
    assert hits >= {p for p in range(len(text) + 1) if written.match(text, p)}
    opens = re.compile(opening, re.IGNORECASE)
    assert hits <= {p for p in range(len(text) + 1) if opens.match(text, p)}
