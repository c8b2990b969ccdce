"""Plans shipped as data.

>>> import yte_targets as yt
>>> national = yt.datasets.national_20nq()
>>> national.number, national.milestone_years
('20-NQ/TW', (2025, 2030))
>>> print(national.targets_of("imr")[0])
Tỷ suất tử vong trẻ em dưới 1 tuổi: tối đa 12,5‰ (2025)
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ...core.plan import Plan
from ..convert import loads_plan

__all__ = ["national_20nq"]


@lru_cache(maxsize=1)
def national_20nq() -> Plan:
    """The national targets of Nghị quyết số 20-NQ/TW (25/10/2017) for 2025 and 2030.

    Every target carries its source: the resolution, the quoted words, and
    ``source.verified``, False for a figure that could not be checked against
    the published text (see the file's notes).
    """
    text = (
        resources.files(__package__).joinpath("national-20-nq-tw.yaml").read_text(encoding="utf-8")
    )
    return loads_plan(text, "yaml", file="national-20-nq-tw.yaml")
