"""National plans shipped as data: the targets of Vietnam's national health documents.

>>> import yte_targets as yt
>>> yt.datasets.available()
('20-NQ/TW', '72-NQ/TW', '262/2025/QH15')
>>> national = yt.datasets.national("72-NQ/TW")
>>> national.issued, national.milestone_years
(datetime.date(2025, 9, 9), (2026, 2027, 2030, 2045))
>>> print(national.targets_of("life_expectancy")[0])
Tuổi thọ trung bình: đạt 75,5 tuổi (2030)
>>> national.targets_of("life_expectancy")[0].source.verified
False

Every target carries its source: the document, the words quoted, the address
they were read at, and ``source.verified``, False for a figure that was not read
in the document's own text (see ``docs/national-dataset.md``).
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Final

from ...core.plan import Plan
from ...errors import UnknownDocumentError
from ..convert import loads_plan

__all__ = ["available", "national", "national_20nq"]

#: The documents shipped, by number, and their files.
_FILES: Final = {
    "20-NQ/TW": "national-20-nq-tw.yaml",
    "72-NQ/TW": "national-72-nq-tw.yaml",
    "262/2025/QH15": "national-262-2025-qh15.yaml",
}


def available() -> tuple[str, ...]:
    """The numbers of the national documents shipped, oldest first."""
    return tuple(_FILES)


def _key(number: str) -> str:
    return "".join(number.split()).upper().replace("NQTW", "NQ/TW")


def national(number: str) -> Plan:
    """The shipped plan of the national document ``number`` (``"72-NQ/TW"``, ``"72-nq/tw"``,
    ``"262/2025/QH15"``), loaded once; an unknown number raises an error that lists the
    known ones."""
    found = {_key(known): known for known in _FILES}.get(_key(str(number)))
    if found is None:
        raise UnknownDocumentError(str(number), available())
    return _load(found)


@cache
def _load(number: str) -> Plan:
    name = _FILES[number]
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return loads_plan(text, "yaml", file=name)


def national_20nq() -> Plan:
    """The national targets of Nghị quyết số 20-NQ/TW (25/10/2017) for 2025 and 2030
    (``national("20-NQ/TW")``).

    Every target carries its source: the resolution, the quoted words, and
    ``source.verified``, False for a figure that could not be checked against
    the published text (see the file's notes).
    """
    return national("20-NQ/TW")
