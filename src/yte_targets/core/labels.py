"""Every word of the model a person reads, in Vietnamese and English, in one place.

Text reports, HTML, plots, the command line and the types' own ``str()`` take
their words from here: statuses, directions, comparators, timeframes, units,
report headings. Keys are the stable codes of the model (``Status.value``,
``Direction.value``, comparator symbols, unit names), so this module imports
nothing of the package and every layer can use it.

>>> from yte_targets.core import labels
>>> labels.status("off_track", "vi"), labels.status("off_track", "en")
('Chậm tiến độ', 'off track')
>>> labels.comparator(">=", "vi"), labels.comparator("=", "en", sense=1)
('tối thiểu', 'at least')
>>> labels.unit("per_10000_people", "vi"), labels.unit("per_10000_people", "en")
('/10.000 dân', '/10,000 people')
"""

from __future__ import annotations

from typing import Final

from ..errors import InvalidValueError

__all__ = [
    "LANGUAGES",
    "check_lang",
    "comparator",
    "direction",
    "status",
    "timeframe",
    "unit",
    "unit_names",
    "word",
]

#: The languages every label exists in.
LANGUAGES: Final = ("vi", "en")


def check_lang(lang: str) -> str:
    """``lang`` itself when it is one of :data:`LANGUAGES`; otherwise an error naming it."""
    if lang not in LANGUAGES:
        raise InvalidValueError(f"lang must be 'vi' or 'en', got {lang!r}")
    return lang


# ---- statuses ----------------------------------------------------------------------------------

_STATUS: Final[dict[str, tuple[str, str]]] = {
    "achieved": ("Đạt", "achieved"),
    "on_track": ("Đúng tiến độ", "on track"),
    "off_track": ("Chậm tiến độ", "off track"),
    "regressing": ("Đi lùi", "regressing"),
    "missed": ("Không đạt", "missed"),
    "no_data": ("Chưa đủ dữ liệu", "insufficient data"),
}

#: The finer categories of the progress methods (``SeriesResult.method_status``).
_METHOD_STATUS: Final[dict[str, tuple[str, str]]] = {
    "target_achieved": ("Đã đạt mục tiêu", "target achieved"),
    "substantial_progress": ("Tiến bộ rõ rệt", "substantial progress"),
    "moderate_progress": ("Tiến bộ vừa phải", "moderate progress"),
    "limited_progress": ("Tiến bộ hạn chế", "limited progress"),
    "deterioration": ("Đi xuống", "deterioration"),
    "not_available": ("Không có dữ liệu", "not available"),
    "achieved": ("Đã đạt", "achieved"),
    "maintain_progress": ("Duy trì tiến độ", "maintain progress"),
    "accelerate_progress": ("Cần đẩy nhanh", "accelerate progress"),
    "reverse_trend": ("Cần đảo ngược xu hướng", "reverse trend"),
    "on_track": ("Đúng tiến độ", "on track"),
    "off_track": ("Chậm tiến độ", "off track"),
    "regressing": ("Đi lùi", "regressing"),
    "missed": ("Không đạt", "missed"),
    "no_data": ("Chưa đủ dữ liệu", "insufficient data"),
}


def status(code: str, lang: str = "vi") -> str:
    """The label of a status (``Status.value``) or of a method's own category.

    >>> status("substantial_progress", "vi")
    'Tiến bộ rõ rệt'
    """
    words = _STATUS.get(code) or _METHOD_STATUS.get(code)
    if words is None:
        raise InvalidValueError(f"no label for status {code!r}")
    return words[LANGUAGES.index(check_lang(lang))]


# ---- directions and comparators ----------------------------------------------------------------

_DIRECTION: Final[dict[str, tuple[str, str]]] = {
    "increase": ("tăng", "increase"),
    "decrease": ("giảm", "decrease"),
    "band": ("trong khoảng", "within a band"),
    "eliminate": ("loại trừ", "eliminate"),
}


def direction(code: str, lang: str = "vi") -> str:
    """The label of a direction (``Direction.value``)."""
    return _DIRECTION[code][LANGUAGES.index(check_lang(lang))]


_COMPARATOR: Final[dict[str, tuple[str, str]]] = {
    "<": ("dưới", "below"),
    "<=": ("tối đa", "at most"),
    ">": ("trên", "above"),
    ">=": ("tối thiểu", "at least"),
    "=": ("đạt", "reach"),
    "~": ("khoảng", "about"),
}
# What "=" means once read through the direction (English has no word that keeps both).
_EQUAL_BY_SENSE: Final[dict[int, str]] = {1: "at least", -1: "at most", 0: "within"}


def comparator(symbol: str, lang: str = "vi", *, sense: int | None = None) -> str:
    """The word of a comparator in a target: ``"dưới"``, ``"tối thiểu"``; in English,
    ``"="`` is said as the rule means it when ``sense`` (the target's) is given.

    >>> comparator("=", "en", sense=-1), comparator("<", "en")
    ('at most', 'below')
    """
    index = LANGUAGES.index(check_lang(lang))
    if symbol == "=" and lang == "en" and sense is not None:
        return _EQUAL_BY_SENSE[sense]
    return _COMPARATOR[symbol][index]


# ---- timeframes --------------------------------------------------------------------------------

_TIMEFRAME: Final[dict[str, tuple[str, str]]] = {
    "ongoing": ("Thường xuyên", "Ongoing"),
    "yearly": ("Hàng năm", "Yearly"),
    "unspecified": ("", ""),
}


def timeframe(kind: str, lang: str = "vi") -> str:
    """The words of a kind of timeframe without years (``TimeframeKind.value``)."""
    return _TIMEFRAME[kind][LANGUAGES.index(check_lang(lang))]


# ---- units ---------------------------------------------------------------------------------------

_RATE_UNITS: Final = (
    "per_100_people",
    "per_1000_people",
    "per_10000_people",
    "per_100000_people",
    "per_1000000_people",
    "per_100_live_births",
    "per_1000_live_births",
    "per_10000_live_births",
    "per_100000_live_births",
)
_DENOMINATORS: Final[dict[str, tuple[str, str]]] = {
    "people": ("dân", "people"),
    "live_births": ("trẻ đẻ sống", "live births"),
}


def _rate(name: str, lang: str) -> str:
    _, count, denominator = name.split("_", 2)
    number = f"{int(count):,}"
    if lang == "vi":
        number = number.replace(",", ".")
    return f"/{number} {_DENOMINATORS[denominator][LANGUAGES.index(lang)]}"


_UNITS: Final[dict[str, tuple[str, str]]] = {
    "dimensionless": ("", ""),
    "percent": ("%", "%"),
    "permille": ("‰", "‰"),
    "year_of_age": ("tuổi", "years"),
    "year": ("năm", "years"),
    "month": ("tháng", "months"),
    "week": ("tuần", "weeks"),
    "day": ("ngày", "days"),
    "hour": ("giờ", "hours"),
    "minute": ("phút", "minutes"),
    "second": ("giây", "seconds"),
    "per_year": ("lần/năm", "times/year"),
    "meter": ("m", "m"),
    "centimeter": ("cm", "cm"),
    "millimeter": ("mm", "mm"),
    "kilometer": ("km", "km"),
    "gram": ("g", "g"),
    "kilogram": ("kg", "kg"),
    "person": ("người", "people"),
    "live_birth": ("trẻ đẻ sống", "live births"),
    "case": ("ca", "cases"),
    "bed": ("giường", "beds"),
    "point": ("điểm", "points"),
    "child": ("trẻ", "children"),
    "woman": ("phụ nữ", "women"),
    "children_per_woman": ("con/phụ nữ", "children/woman"),
    "boy": ("bé trai", "boys"),
    "girl": ("bé gái", "girls"),
    "boys_per_100_girls": ("bé trai/100 bé gái", "boys/100 girls"),
    **{name: (_rate(name, "vi"), _rate(name, "en")) for name in _RATE_UNITS},
}


def unit(name: str, lang: str = "vi") -> str | None:
    """The label of a registry unit by its name, or None when it has none of its own."""
    words = _UNITS.get(name)
    return None if words is None else words[LANGUAGES.index(check_lang(lang))]


def unit_names(*, rates: bool | None = None) -> tuple[str, ...]:
    """The unit names that have labels (``rates=True``: only the rates per N people or
    live births; ``False``: all but those)."""
    if rates is None:
        return tuple(_UNITS)
    return tuple(n for n in _UNITS if (n in _RATE_UNITS) is rates)


# ---- words of reports, plots and notebooks ------------------------------------------------------

_WORDS: Final[dict[str, tuple[str, str]]] = {
    # report columns and titles
    "indicator": ("Chỉ tiêu", "Indicator"),
    "target": ("Mục tiêu", "Target"),
    "baseline": ("Cơ sở", "Baseline"),
    "actual": ("Thực tế", "Actual"),
    "gap": ("Chênh lệch", "Gap"),
    "progress": ("Tiến độ", "Progress"),
    "status": ("Tình trạng", "Status"),
    "method_status": ("Đánh giá", "Assessment"),
    "targets": ("chỉ tiêu", "targets"),
    "tasks": ("nhiệm vụ", "tasks"),
    "title": ("Báo cáo tiến độ thực hiện các chỉ tiêu", "Progress report on the targets"),
    "as_of": ("tính đến năm", "as of"),
    "plan": ("Kế hoạch", "Plan"),
    "code": ("Mã", "Code"),
    "number": ("Số", "Number"),
    "issuer": ("Cơ quan ban hành", "Issued by"),
    "jurisdiction": ("Địa phương", "Jurisdiction"),
    "issued": ("Ngày ban hành", "Issued on"),
    "yes": ("có", "yes"),
    "no": ("không", "no"),
    "qualitative": ("định tính", "qualitative"),
    "valid": ("hợp lệ", "valid"),
    "no_indicator_found": ("không tìm thấy chỉ tiêu nào cho", "no indicator found for"),
    # plots
    "path": ("Lộ trình", "Path"),
    "year": ("Năm", "Year"),
    "this_plan": ("Kế hoạch này", "This plan"),
    "parent_plan": ("Kế hoạch cấp trên", "Parent plan"),
    "above": ("cao hơn", "above"),
    "equal": ("ngang bằng", "equal"),
    "below": ("thấp hơn", "below"),
    "not_comparable": ("không so sánh được", "not comparable"),
    "year_column": ("Năm", "Year"),
    "document": ("Văn bản", "Document"),
    "this_target": ("Mục tiêu của kế hoạch", "This plan's target"),
    "national_target": ("Mục tiêu của văn bản", "The document's target"),
    "standing": ("So sánh", "Standing"),
    "national_disagree": (
        "Các văn bản trung ương đặt mục tiêu khác nhau",
        "Where the national documents disagree",
    ),
    "compare_axis": (
        "Mục tiêu {child} / mục tiêu {parent} (xanh: tham vọng bằng hoặc hơn)",
        "{child} target / {parent} target (green: as ambitious or more)",
    ),
    # relative targets
    "increase": ("tăng", "increase"),
    "decrease": ("giảm", "decrease"),
    "no_increase": ("không tăng", "no increase"),
    "no_decrease": ("không giảm", "no decrease"),
    "unchanged": ("giữ nguyên", "unchanged"),
    "compared_with_year": ("so với năm", "compared with"),
    "at_least": ("tối thiểu", "at least"),
    "at_most": ("tối đa", "at most"),
    "more_than": ("hơn", "more than"),
    "more": ("thêm", "more"),
}


def word(key: str, lang: str = "vi") -> str:
    """A word of the reports, plots and notebooks by its key (``"actual"``, ``"title"``).

    >>> word("actual", "vi"), word("actual", "en")
    ('Thực tế', 'Actual')
    """
    try:
        words = _WORDS[key]
    except KeyError:
        raise InvalidValueError(f"no label {key!r}") from None
    return words[LANGUAGES.index(check_lang(lang))]
