"""Case-blind patterns that search fast.

The reader's patterns are lists of words (the language data, as tries) that it looks for
anywhere in a clause, whatever their case: ``re.IGNORECASE``. With that flag, Python's regular
expression engine cannot skip ahead to the letters a match may begin with, and tries the whole
pattern at every position of the text; a clause of two hundred characters then costs more than
ten times what it costs without the flag.

:func:`caseless` compiles such a pattern twice: as written, with ``re.IGNORECASE``, and as a
*scan*: the same pattern in lower case, without the flag and without its groups, what its
opening asks of the text before it ("at the start of a word") asked after its first letter
instead (``(?<!x)c`` as ``c(?<!x.)``), and what it asks of the text after it left out. The
scan runs over the text in lower case, where the engine skips ahead to the letters a match
may begin with; where it finds something, the pattern as written decides, at that position,
on the text as written. The scan matches wherever the pattern does (it asks no more of the
same letters), so the matches are the pattern's own, found in the same order:
:class:`Caseless` is a drop-in for a compiled pattern.

The scan is made the first time the pattern is searched, not when it is compiled: importing
the reader costs no more than its patterns as written.

A pattern that opens with no letter to skip ahead to ("\\s*[,;]?\\s*(?:và\\s+)?duy trì")
gets a *gate* instead: a part every match holds ("duy trì"), scanned for in the same way; a
text without it holds no match, and a text with it is searched as written. A pattern neither
can serve (one that may match the empty string, opens with ``^``, refers back to a group)
is used as written; so is a text whose letters do not fold one to one (a dotless "ı", a long
"ſ", a Greek final sigma, digits other than 0-9).

>>> words = caseless(r"(?<![^\\W\\d_])(?:chỉ tiêu|mục tiêu)")
>>> words.search("1. MỤC TIÊU chung").span()
(3, 11)
>>> words.sub("…", "Chỉ tiêu 1; chỉ tiêu 2; hệ chỉ tiêu")
'… 1; … 2; hệ …'
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any, Final

__all__ = ["Caseless", "caseless"]

try:  # the engine's own parser: private, so a change of it only costs the speed-up
    _parser: Any = importlib.import_module("re._parser")
    _compiler: Any = importlib.import_module("re._compiler")
    _c: Any = importlib.import_module("re._constants")
    _casefix: Any = importlib.import_module("re._casefix")
    _EXTRA_CASES: dict[int, tuple[int, ...]] = dict(_casefix._EXTRA_CASES)
except (ImportError, AttributeError):  # pragma: no cover - another Python
    _parser = _compiler = _c = None
    _EXTRA_CASES = {}

#: Letters that fold together though they are not each other's lower case ("i" and "ı"):
#: each class is read as its first letter; a text holding any other is searched as written.
_CANON: Final[dict[int, int]] = {}
for _code, _others in _EXTRA_CASES.items():
    _least = min((_code, *_others))
    for _member in (_code, *_others):
        _CANON[_member] = min(_least, _CANON.get(_member, _least))
_OTHER_FOLDS: Final = re.compile(
    "[" + "".join(re.escape(chr(c)) for c, first in sorted(_CANON.items()) if c != first) + "]"
    if any(c != first for c, first in _CANON.items())
    else r"(?!)"
)
_REPEATS: Final = (
    frozenset(
        getattr(_c, name)
        for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
        if hasattr(_c, name)
    )
    if _c is not None
    else frozenset()
)
#: Digits other than 0-9 ("٣", "३"): a text holding one is searched as written.
_OTHER_DIGITS: Final = re.compile(r"[^\D0-9]")
#: A range of a class larger than this holding letters with a case is not folded.
_WIDEST_RANGE: Final = 1024


class _RefusedError(Exception):
    """The pattern has something the scan cannot stand in for."""


def _folded(code: int) -> int:
    lower = chr(code).lower()
    if len(lower) != 1:
        raise _RefusedError
    return _CANON.get(ord(lower), ord(lower))


def _folded_set(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is _c.LITERAL:
            out.append((op, _folded(av)))
        elif op is _c.RANGE:
            low, high = av
            cased = [ch for ch in range(low, high + 1) if _folded(ch) != ch]
            if not cased:
                out.append((op, av))
            elif high - low > _WIDEST_RANGE:
                raise _RefusedError
            else:
                out.extend(
                    (_c.LITERAL, code)
                    for code in sorted({_folded(ch) for ch in range(low, high + 1)})
                )
        elif op is _c.NEGATE or op is _c.CATEGORY:
            out.append((op, av))
        else:
            raise _RefusedError
    return out


def _lowered(items: Any, state: Any) -> list[tuple[Any, Any]]:
    """The ops of ``items`` over folded text: letters folded, groups not captured."""

    def sub(inner: Any) -> Any:
        return _parser.SubPattern(state, _lowered(inner, state))

    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is _c.LITERAL or op is _c.NOT_LITERAL:
            out.append((op, _folded(av)))
        elif op is _c.IN:
            out.append((op, _folded_set(av)))
        elif op is _c.BRANCH:
            out.append((op, (av[0], [sub(item) for item in av[1]])))
        elif op is _c.SUBPATTERN:
            _group, add_flags, del_flags, inner = av
            # "(?-i:[A-Z])" asks for a capital: the scan, over text in lower case, for a letter
            add_flags &= ~re.IGNORECASE
            del_flags &= ~re.IGNORECASE
            if (add_flags | del_flags) & (re.LOCALE | re.ASCII):
                raise _RefusedError
            out.append((op, (None, add_flags, del_flags, sub(inner))))
        elif op in _REPEATS:
            low, high, inner = av
            out.append((op, (low, high, sub(inner))))
        elif op is _c.ASSERT or op is _c.ASSERT_NOT:
            direction, inner = av
            out.append((op, (direction, sub(inner))))
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            out.append((op, sub(av)))
        elif op is _c.ANY or op is _c.AT or op is _c.CATEGORY:
            out.append((op, av))
        else:  # GROUPREF, GROUPREF_EXISTS, ...
            raise _RefusedError
    return out


#: A class at the opening of a pattern is spread over this many letters at most.
_MOST_CODES: Final = 64
_ASCII_DIGITS: Final = tuple(range(ord("0"), ord("9") + 1))


def _first_codes(items: list[tuple[Any, Any]]) -> list[int] | None:
    """The letters a class at the opening stands for: its letters, small ranges, and the
    digits 0-9 for ``\\d`` (a text with other digits is searched as written); None for
    another class."""
    codes: set[int] = set()
    for op, av in items:
        if op is _c.LITERAL:
            codes.add(av)
        elif op is _c.RANGE and av[1] - av[0] < _MOST_CODES:
            codes.update(range(av[0], av[1] + 1))
        elif op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            codes.update(_ASCII_DIGITS)
        else:
            return None
    return sorted(codes) if len(codes) <= _MOST_CODES else None


def _opening(
    items: list[tuple[Any, Any]], state: Any, behind: tuple[tuple[Any, Any], ...] = ()
) -> list[list[tuple[Any, Any]]]:
    """The alternatives ``items`` may open with, each beginning with a letter where it can:
    groups opened, an opening class or alternation spread over its alternatives; what the
    opening asserts of the text before it ("at the start of a word") is asked after the first
    letter instead, and what it asserts of the text after it is left out."""
    items = list(items)
    while items and (
        items[0][0] in (_c.ASSERT, _c.ASSERT_NOT)
        or (items[0][0] is _c.AT and items[0][1] in (_c.AT_BOUNDARY, _c.AT_NON_BOUNDARY))
    ):
        op, av = items[0]
        if op is _c.AT or av[0] < 0:  # before the opening: asked after its first letter
            behind = (*behind, items[0])
        items = items[1:]
    if not items:
        return [items]
    op, av = items[0]
    rest = items[1:]
    if op is _c.SUBPATTERN:
        return _opening([*av[3].data, *rest], state, behind)
    if op is _c.BRANCH and len(av[1]) * max(1, len(rest)) <= 4096:
        return [alt for item in av[1] for alt in _opening([*item.data, *rest], state, behind)]
    if op is _c.LITERAL:
        return [_first(av, behind, rest, state)]
    if op is _c.IN and (codes := _first_codes(av)) is not None:
        return [_first(code, behind, rest, state) for code in codes]
    if op in _REPEATS and av[0] == 0 and av[1] == 1:  # "(?:năm\s+)?2030": with it, without
        return [*_opening([*av[2].data, *rest], state, behind), *_opening(rest, state, behind)]
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1 and len(av[2].data) == 1:
        # "\d+": one, then the others
        high = av[1] if av[1] == _c.MAXREPEAT else av[1] - 1
        return _opening([av[2].data[0], (op, (av[0] - 1, high, av[2])), *rest], state, behind)
    return [items]


def _first(
    code: int, behind: tuple[tuple[Any, Any], ...], rest: list[tuple[Any, Any]], state: Any
) -> list[tuple[Any, Any]]:
    """``code``, then what was asserted before it, asked of the text before it and it: a
    lookbehind ``(?<!x)`` becomes ``(?<!x.)``, and a word's edge ``\\b`` before a letter
    ``(?<!\\w.)``."""
    anything = (_c.IN, [(_c.CATEGORY, _c.CATEGORY_SPACE), (_c.CATEGORY, _c.CATEGORY_NOT_SPACE)])
    word = (_c.IN, [(_c.CATEGORY, _c.CATEGORY_WORD)])
    asked: list[tuple[Any, Any]] = []
    for op, av in behind:
        if op is _c.AT:  # "\b" before a letter: none before it; before a sign: one before it
            edge = (av is _c.AT_BOUNDARY) is not bool(re.match(r"\w", chr(code)))
            data = [word, anything]
            asked.append(
                (_c.ASSERT if edge else _c.ASSERT_NOT, (-1, _parser.SubPattern(state, data)))
            )
        else:
            data = [*av[1].data, anything]
            asked.append((op, (-1, _parser.SubPattern(state, data))))
    return [(_c.LITERAL, code), *asked, *rest]


_ANCHORS: Final = (
    frozenset({_c.AT_BEGINNING, _c.AT_BEGINNING_STRING}) if _c is not None else frozenset()
)


def _letters_first(alternatives: list[list[tuple[Any, Any]]]) -> bool:
    return all(alt and alt[0][0] is _c.LITERAL for alt in alternatives)


def _required(items: list[tuple[Any, Any]], state: Any) -> list[list[tuple[Any, Any]]] | None:
    """The alternatives of a part every match of ``items`` holds, each opening with a letter
    ("duy trì" in "\\s*[,;]?\\s*(?:và\\s+)?duy trì ..."), best two letters or more; None
    when there is none."""
    if len(items) == 1 and items[0][0] is _c.BRANCH:  # each alternative its own part
        found: list[list[tuple[Any, Any]]] = []
        for item in items[0][1][1]:
            part = _required(list(item.data), state)
            if part is None:
                return None
            found += part
        return found
    fallback = None
    for op, av in items:
        if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT) or (op in _REPEATS and av[0] == 0):
            continue  # zero-width, or may be left out
        part = _opening(list(av[2].data) if op in _REPEATS else [(op, av)], state)
        if not _letters_first(part):
            continue
        if all(len(alt) > 1 and alt[1][0] is _c.LITERAL for alt in part):
            return part
        fallback = fallback or part
    return fallback


def _compiled(alternatives: list[list[tuple[Any, Any]]], state: Any, flags: int) -> Any:
    branch = (
        alternatives[0]
        if len(alternatives) == 1
        else [(_c.BRANCH, (None, [_parser.SubPattern(state, a) for a in alternatives]))]
    )
    return _compiler.compile(_parser.SubPattern(state, branch), flags & ~re.IGNORECASE)


def _scan_of(source: str, flags: int) -> tuple[re.Pattern[str] | None, bool]:
    """The scan of a case-blind pattern (see the module), and whether it only tells that
    the text holds no match (a *gate*: a part every match holds, where the opening has no
    letter to skip ahead to); (None, False) when there is neither."""
    if _parser is None or flags & (re.LOCALE | re.ASCII):
        return None, False
    try:
        tree = _parser.parse(source, flags & ~re.IGNORECASE)
        if tree.state.flags & (re.IGNORECASE | re.LOCALE | re.ASCII) or tree.getwidth()[0] == 0:
            return None, False  # an inline "(?i)" or "(?a)", or a pattern that may match nothing
        written = tree.state.flags | re.IGNORECASE  # the same tree, read case-blind
        if _compiler._get_literal_prefix(tree, written)[0] or (
            _compiler._get_charset_prefix(tree, written)
        ):
            return None, False  # it skips ahead as written ("<table"): no need
        state = tree.state
        folded = _lowered(tree.data, state)
        if folded and folded[0][0] is _c.AT and folded[0][1] in _ANCHORS:
            return None, False  # tried at the start only: nothing to skip
        alternatives = _opening(folded, state)
        if _letters_first(alternatives):
            return _compiled(alternatives, state, flags), False
        part = _required(folded, state)
        if part is not None:
            return _compiled(part, state, flags), True
        return None, False
    except (_RefusedError, re.error, RecursionError, TypeError, AttributeError, ValueError):
        return None, False


def _plain_letters() -> re.Pattern[str]:
    """A letter outside the blocks of Vietnamese text (Latin, its extensions, punctuation) or
    one of them that folds in an unusual way: a text without any is folded simply."""
    plain = [
        code
        for low, high in ((0x00, 0x24F), (0x1E00, 0x1EFF), (0x2000, 0x206F))
        for code in range(low, high + 1)
        if _CANON.get(code, code) == code and len(chr(code).lower()) == 1
    ]
    ranges: list[list[int]] = []
    for code in plain:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    kept = "".join(f"{re.escape(chr(low))}-{re.escape(chr(high))}" for low, high in ranges)
    return re.compile(f"[^{kept}]")


_BEYOND_PLAIN: Final = _plain_letters()


@lru_cache(maxsize=2048)
def _folded_text(text: str) -> str | None:
    """``text`` in lower case, letter for letter; None when its letters do not fold so."""
    lower = text.lower()
    if _BEYOND_PLAIN.search(text) is None:  # Vietnamese, as nearly every text is
        return lower
    if len(lower) != len(text) or _OTHER_FOLDS.search(lower) or _OTHER_DIGITS.search(text):
        return None
    return lower


class Caseless:
    """A pattern compiled with ``re.IGNORECASE`` that searches fast (see the module).

    It has the methods of a compiled pattern the reader uses, and gives the same results.
    """

    __slots__ = (
        "_flags",
        "_gate",
        "_ready",
        "_real",
        "_scan",
        "findall",
        "finditer",
        "fullmatch",
        "groupindex",
        "groups",
        "match",
        "pattern",
        "search",
        "split",
        "sub",
    )

    #: As :meth:`re.Pattern.match` (and so on for each method).
    match: Callable[..., re.Match[str] | None]
    fullmatch: Callable[..., re.Match[str] | None]
    search: Callable[..., re.Match[str] | None]
    finditer: Callable[..., Iterator[re.Match[str]]]
    findall: Callable[..., list[Any]]
    sub: Callable[..., str]
    split: Callable[..., list[str | Any]]

    def __init__(self, source: str, flags: int = 0) -> None:
        real = self._real = re.compile(source, flags | re.IGNORECASE)
        self._flags = flags
        self._scan: re.Pattern[str] | None = None
        self._gate = False
        self._ready = False
        self.pattern = source
        self.groups = real.groups
        self.groupindex = real.groupindex
        self.match = real.match
        self.fullmatch = real.fullmatch
        # the scan is made when the pattern is first searched (not all are, in every process)
        self.search, self.finditer, self.findall = (
            self._first_search,
            self._first_iter,
            self._first_all,
        )
        self.sub, self.split = self._first_sub, self._first_split

    def _prepare(self) -> None:
        if self._ready:
            return
        self._scan, self._gate = _scan_of(self.pattern, self._flags)
        self._ready = True
        real = self._real
        if self._scan is None:  # the pattern's own methods, no step between
            self.search, self.finditer, self.findall = real.search, real.finditer, real.findall
            self.sub, self.split = real.sub, real.split
        else:
            self.search, self.finditer, self.findall = self._search, self._finditer, self._findall
            self.sub, self.split = self._sub, self._split

    def _first_search(self, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        self._prepare()
        return self.search(*args, **kwargs)

    def _first_iter(self, *args: Any, **kwargs: Any) -> Iterator[re.Match[str]]:
        self._prepare()
        return self.finditer(*args, **kwargs)

    def _first_all(self, *args: Any, **kwargs: Any) -> list[Any]:
        self._prepare()
        return self.findall(*args, **kwargs)

    def _first_sub(self, *args: Any, **kwargs: Any) -> str:
        self._prepare()
        return self.sub(*args, **kwargs)

    def _first_split(self, *args: Any, **kwargs: Any) -> list[str | Any]:
        self._prepare()
        return self.split(*args, **kwargs)

    @property
    def flags(self) -> int:
        return self._real.flags

    @property
    def scans(self) -> bool:
        """Whether searches go through a scan or a gate (see the module)."""
        self._prepare()
        return self._scan is not None

    @property
    def gated(self) -> bool:
        """Whether the scan is a gate (see the module)."""
        self._prepare()
        return self._gate

    def __repr__(self) -> str:
        return f"caseless({self.pattern!r})"

    def _search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        scan = self._scan
        folded = _folded_text(string)
        if scan is None or folded is None:
            return self._real.search(string, pos, endpos)
        if self._gate:  # no match without the part the gate looks for
            if scan.search(folded, pos, endpos) is None:
                return None
            return self._real.search(string, pos, endpos)
        match = self._real.match
        while True:
            hit = scan.search(folded, pos, endpos)
            if hit is None:
                return None
            found = match(string, hit.start(), endpos)
            if found is not None:
                return found
            pos = hit.start() + 1

    def _finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if self._gate:
            folded = _folded_text(string)
            if folded is None or self._scan is None or self._scan.search(folded, pos, endpos):
                yield from self._real.finditer(string, pos, endpos)
            return
        while True:
            found = self._search(string, pos, endpos)
            if found is None:
                return
            yield found
            pos = found.end()  # never empty: a pattern that may match nothing has no scan

    def _findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        if self.groups == 0:
            return [m.group() for m in self._finditer(string, pos, endpos)]
        if self.groups == 1:
            return [m.group(1) or "" for m in self._finditer(string, pos, endpos)]
        return [m.groups("") for m in self._finditer(string, pos, endpos)]

    def _sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        pieces: list[str] = []
        last = 0
        for done, found in enumerate(self._finditer(string), 1):
            pieces.append(string[last : found.start()])
            if callable(repl):
                pieces.append(repl(found))
            else:
                pieces.append(found.expand(repl) if "\\" in repl else repl)
            last = found.end()
            if done == count:
                break
        if not pieces:
            return string
        pieces.append(string[last:])
        return "".join(pieces)

    def _split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        pieces: list[str | Any] = []
        last = 0
        for done, found in enumerate(self._finditer(string), 1):
            pieces.append(string[last : found.start()])
            pieces.extend(found.groups())
            last = found.end()
            if done == maxsplit:
                break
        pieces.append(string[last:])
        return pieces


def caseless(source: str, flags: int = 0) -> Caseless:
    """``re.compile(source, flags | re.IGNORECASE)``, searching fast (see the module)."""
    return Caseless(source, flags)
