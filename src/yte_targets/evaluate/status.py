"""The verdicts of evaluation: :class:`Status` and the :class:`Path` a target is expected
to follow. Their words, in Vietnamese and English, are in :mod:`yte_targets.core.labels`.

>>> import yte_targets as yt
>>> yt.Status.OFF_TRACK.label_vi, yt.Status.OFF_TRACK.label_en, yt.Status.OFF_TRACK.rank
('Chậm tiến độ', 'off track', 2)
"""

from __future__ import annotations

import enum
from typing import Final

from ..core import labels
from ..errors import InvalidValueError

__all__ = ["Path", "Status", "to_path"]


class Status(enum.Enum):
    """Where a target stands, from best to worst (``NO_DATA`` apart).

    The order of the members is the order of their codes in the vectorised
    rules (:data:`yte_targets.evaluate.rules.STATUS_CODES`).
    """

    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    OFF_TRACK = "off_track"
    REGRESSING = "regressing"
    MISSED = "missed"
    NO_DATA = "no_data"

    @property
    def label_vi(self) -> str:
        return labels.status(self.value, "vi")

    @property
    def label_en(self) -> str:
        return labels.status(self.value, "en")

    def label(self, lang: str = "vi") -> str:
        """The label in ``lang`` (``"vi"`` or ``"en"``)."""
        return labels.status(self.value, lang)

    @property
    def rank(self) -> int | None:
        """Order of merit: 4 for ``ACHIEVED`` down to 0 for ``MISSED``; None for ``NO_DATA``."""
        return _RANK[self]


_RANK: Final = {
    Status.ACHIEVED: 4,
    Status.ON_TRACK: 3,
    Status.OFF_TRACK: 2,
    Status.REGRESSING: 1,
    Status.MISSED: 0,
    Status.NO_DATA: None,
}


class Path(enum.Enum):
    """The path from baseline to target along which progress is expected."""

    LINEAR = "linear"  #: equal absolute steps each year
    COMPOUND = "compound"  #: equal relative steps each year (a constant annual rate)


_PATHS: Final = {p.value: p for p in Path}


def to_path(path: Path | str) -> Path:
    """``path`` as a :class:`Path`; an unknown name raises an error that lists the known ones."""
    if isinstance(path, Path):
        return path
    found = _PATHS.get(path)
    if found is not None:
        return found
    try:
        return Path(path)
    except ValueError:
        raise InvalidValueError(f"unknown path {path!r}; expected 'linear' or 'compound'") from None
