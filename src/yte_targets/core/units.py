"""Health units: the one Pint registry, conversions, and unit spellings from documents.

The registry :data:`ureg` is built once, at import, from the package's own
definitions file (``health_units.txt``), not from Pint's default file of a
thousand units: it holds what health targets need and builds in milliseconds.

Rates per N of a denominator are real units over a dimension for the
denominator, so Pint itself keeps populations apart:

>>> from yte_targets import Q_, convert
>>> convert(Q_(12.5, "per_1000_live_births"), "per_100000_live_births")
<Quantity(1250.0, 'per_100000_live_births')>
>>> convert(Q_(3, "per_10000_people"), "per_100000_people")
<Quantity(30.0, 'per_100000_people')>
>>> convert(Q_(12.5, "per_1000_live_births"), "per_10000_people")
Traceback (most recent call last):
...
yte_targets.errors.UnitMismatchError: cannot convert from 'per_1000_live_births' to ...

Documents name units in Vietnamese; :func:`parse_unit` reads those spellings:

>>> from yte_targets import parse_unit
>>> parse_unit("/vạn dân"), parse_unit("Trên 1.000 trẻ đẻ sống"), parse_unit("‰")
(<Unit('per_10000_people')>, <Unit('per_1000_live_births')>, <Unit('permille')>)
"""

from __future__ import annotations

import math
import re
import unicodedata
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any, Final, TypeAlias

import pint

from ..errors import (
    InvalidValueError,
    ParseError,
    UnitMismatchError,
    UnknownUnitError,
    YteTargetsError,
)
from . import labels
from .numbers import parse_number

if TYPE_CHECKING:
    from pint.facets.plain import PlainQuantity, PlainUnit

    Quantity: TypeAlias = PlainQuantity[Any]
    Unit: TypeAlias = PlainUnit
else:
    Quantity = pint.Quantity
    Unit = pint.Unit

__all__ = [
    "Q_",
    "Quantity",
    "Unit",
    "UnitLike",
    "as_quantity",
    "check_bounds",
    "check_not_bare",
    "convert",
    "magnitude_in",
    "natural_bounds",
    "parse_unit",
    "to_unit",
    "unit_label",
    "ureg",
]

UnitLike: TypeAlias = "Unit | str"


if TYPE_CHECKING:
    _Base = pint.UnitRegistry[Any]
else:
    _Base = pint.UnitRegistry


class _Registry(_Base):
    """Pint's registry, reading unit text strictly: one unit of the registry (a name or
    symbol, to the first power), never an expression, and only this library's errors."""

    def parse_units(
        self,
        input_string: str,
        as_delta: bool | None = None,
        case_sensitive: bool | None = None,
    ) -> Any:
        text = input_string if isinstance(input_string, str) else repr(input_string)
        try:
            unit = super().parse_units(input_string, as_delta, case_sensitive)
        except YteTargetsError:
            raise
        except Exception as exc:  # Pint's parser raises what its tokenizer meets
            raise UnknownUnitError(
                _clip(text),
                "expected a unit of the yte_targets registry, e.g. 'percent', "
                "'per_1000_live_births' (for a Vietnamese spelling use parse_unit)",
            ) from exc
        powers = list(unit._units.values())
        expression = not powers and text.strip() not in ("", "dimensionless")
        if expression or len(powers) > 1 or any(power != 1 for power in powers):
            raise UnknownUnitError(
                _clip(text), "expected one unit of the registry, not an expression of units"
            )
        return unit


def _clip(text: str, width: int = 80) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _build_registry() -> pint.UnitRegistry[Any]:
    registry: pint.UnitRegistry[Any] = _Registry(
        filename=None, autoconvert_offset_to_baseunit=False
    )
    definitions = resources.files(__package__).joinpath("health_units.txt")
    with resources.as_file(definitions) as path:
        registry.load_definitions(str(path))
    return registry


#: The one unit registry of yte_targets. Every quantity the library makes or
#: accepts belongs to it. (Not installed as Pint's application registry: the
#: library changes no global state of Pint.)
ureg: Final[pint.UnitRegistry[Any]] = _build_registry()

#: Shorthand for ``ureg.Quantity``: ``Q_(10, "permille")``.
Q_: Final = ureg.Quantity

# Denominators of rates: their dimension and the unit name stem.
_DENOMINATOR_DIMENSIONS: Final = {
    "[population]": "people",
    "[live_birth]": "live_births",
}


def to_unit(unit: UnitLike) -> Unit:
    """Return the registry unit for ``unit`` (a :class:`Unit` or a registry name).

    Vietnamese spellings are read by :func:`parse_unit`; this function takes the
    registry's own names (``"per_1000_live_births"``, ``"percent"``, ``"cm"``).

    >>> to_unit("per_10000_population")
    <Unit('per_10000_people')>
    >>> to_unit("furlong")
    Traceback (most recent call last):
    ...
    yte_targets.errors.UnknownUnitError: unknown unit 'furlong'; ...
    """
    if isinstance(unit, pint.Unit):
        if unit._REGISTRY is not ureg:
            return _unit_by_name(str(unit))
        return unit
    if isinstance(unit, str):
        return _unit_by_name(unit)
    raise UnknownUnitError(repr(unit), "expected a yte_targets unit or its name (a str)")


@lru_cache(maxsize=512)
def _unit_by_name(name: str) -> Unit:
    try:
        return ureg.Unit(name)
    except UnknownUnitError:
        raise
    except Exception as exc:  # pragma: no cover - the registry's parse_units wraps them
        raise UnknownUnitError(
            _clip(name),
            "expected a unit of the yte_targets registry, e.g. 'percent', "
            "'per_1000_live_births' (for a Vietnamese spelling use parse_unit)",
        ) from exc


@lru_cache(maxsize=1024)
def _factor(source: Unit, target: Unit) -> float:
    """Multiplicative factor from ``source`` to ``target``, snapped to 15 digits.

    All factors between the units of this registry are exact decimal ratios
    (100, 0.001, 365.25 ...); Pint computes them in binary floating point and
    can miss by one unit in the last place (99.99999999999999 instead of 100).
    Rounding the factor to 15 significant digits removes that error, so
    ``12,5 per 1,000 -> 1.250 per 100,000`` is exact.
    """
    try:
        raw = ureg.Quantity(1.0, source).to(target).magnitude
    except pint.errors.DimensionalityError as exc:
        raise UnitMismatchError(str(source), str(target), _mismatch_reason(source, target)) from exc
    return float(f"{raw:.15g}")


def _mismatch_reason(source: Unit, target: Unit) -> str:
    have, want = source.dimensionality, target.dimensionality
    denominators = {"[population]": "person", "[live_birth]": "live birth"}
    have_d = [name for key, name in denominators.items() if key in have]
    want_d = [name for key, name in denominators.items() if key in want]
    if have_d and want_d and have_d != want_d:
        return (
            f"a rate per {have_d[0]} is not a rate per {want_d[0]}: "
            "the denominators count different populations"
        )
    return f"{have} is not {want}"


def _ratio_factor(source: Unit, target: Unit) -> float | None:
    """Factor reading a dimensionless ratio (‰, %) as a rate per one denominator.

    ``10‰`` given for a unit of dimension ``1/[live_birth]`` means ten per
    1,000 live births. Only a dimensionless source and a target whose dimension
    is exactly one over a denominator qualify; anything else returns None.
    """
    if not source.dimensionless:
        return None
    dims = dict(target.dimensionality)
    if len(dims) != 1:
        return None
    ((dim, power),) = dims.items()
    if power != -1 or dim not in _DENOMINATOR_DIMENSIONS:
        return None
    # dimensionless -> "per one denominator": 1 (ratio) == 1 / denominator.
    base = ureg.Quantity(1.0, source).to("dimensionless").magnitude
    one_per = ureg.Quantity(1.0, target).to_base_units().magnitude  # target in 1/denominator
    return float(f"{base / one_per:.15g}")


def magnitude_in(value: Quantity, unit: UnitLike, *, accept_ratio: bool = False) -> float:
    """The magnitude of ``value`` expressed in ``unit``, as a float.

    Raises :class:`~yte_targets.UnitMismatchError` when the units do not convert
    and :class:`~yte_targets.InvalidValueError` for NaN or infinite magnitudes.
    With ``accept_ratio=True`` a dimensionless ratio (percent, per mille) is
    read as a rate per one of the target's denominator: ``10‰`` in
    ``per_1000_live_births`` is ``10``. This is the one coercion the library
    makes, and only where asked.

    >>> magnitude_in(Q_(10, "permille"), "per_1000_live_births", accept_ratio=True)
    10.0
    >>> magnitude_in(Q_(10, "permille"), "per_1000_live_births")
    Traceback (most recent call last):
    ...
    yte_targets.errors.UnitMismatchError: cannot convert from 'permille' to ...
    """
    if not isinstance(value, pint.Quantity):
        raise InvalidValueError(f"expected a Quantity, got {value!r} ({type(value).__name__})")
    target = to_unit(unit)
    source = value.units
    if source._REGISTRY is not ureg:
        source = _unit_by_name(str(source))
    magnitude = _finite_float(value.magnitude)
    if source == target:
        return magnitude
    factor, reason = _conversion(source, target, accept_ratio)
    if factor is None:
        raise UnitMismatchError(str(source), str(target), reason)
    return magnitude if factor == 1.0 else _snap(magnitude * factor)


@lru_cache(maxsize=1024)
def _conversion(source: Unit, target: Unit, accept_ratio: bool) -> tuple[float | None, str]:
    """The factor from ``source`` to ``target`` (or None and why not), cached both ways:
    a plan file of 50,000 targets asks the same few questions 50,000 times."""
    try:
        return _factor(source, target), ""
    except UnitMismatchError as exc:
        ratio = _ratio_factor(source, target) if accept_ratio else None
        return ratio, exc.reason


def check_not_bare(value: Quantity, unit: UnitLike) -> None:
    """Refuse a bare number (a dimensionless quantity) given for an indicator with a unit:
    ``Q_(95, "")`` for a share would silently be 9.500%; the message suggests ``95%``."""
    target = to_unit(unit)
    if not isinstance(value, pint.Quantity) or value.units._units or not target._units:
        return
    magnitude = _finite_float(value.magnitude)
    label = labels.unit(str(target), "vi") or str(target)
    raise InvalidValueError(
        f"a bare number {magnitude:g} for a value in {target}: did you mean "
        f"{magnitude:g}{label if label[:1] in '%‰/' else ' ' + label}? "
        f"(e.g. yt.Q_({magnitude:g}, {str(target)!r}))"
    )


def _snap(value: float) -> float:
    """Round a converted value to 15 significant digits.

    A value given with at most 15 significant decimal digits, times an exact
    decimal factor, then comes out as the float nearest to the exact decimal
    result: ``9,99‰`` in per 100,000 is exactly ``999.0``, so conversion never
    moves a value across a target's boundary.
    """
    return float(f"{value:.15g}")


def convert(value: Quantity, unit: UnitLike, *, accept_ratio: bool = False) -> Quantity:
    """Convert ``value`` to ``unit`` with exact decimal factors and clear errors.

    See :func:`magnitude_in` for ``accept_ratio``.

    >>> convert(Q_(10, "permille"), "percent")
    <Quantity(1.0, 'percent')>
    """
    target = to_unit(unit)
    return ureg.Quantity(magnitude_in(value, target, accept_ratio=accept_ratio), target)


_WHOLE_UNITS: Final = frozenset(
    {"case", "bed", "person", "child", "woman", "boy", "girl", "live_birth"}
)
_SHARES: Final = {"percent": 100.0, "permille": 1000.0}


@lru_cache(maxsize=256)
def unit_name(unit: Unit) -> str:
    """The registry's name of ``unit`` (``str(unit)``, which Pint formats anew each time).

    >>> unit_name(to_unit("percent"))
    'percent'
    """
    return str(unit)


def natural_bounds(unit: UnitLike) -> tuple[float | None, float | None, bool]:
    """``(lower, upper, whole)``: the values an indicator in ``unit`` can take.

    A share lies in 0-100% (0-1000‰); a rate per people or live births, an age,
    a length, a time, a count or a ratio of counts is never negative; a count
    (cases, beds, people) is a whole number. A dimensionless number has no bounds.

    >>> natural_bounds("percent"), natural_bounds("per_1000_live_births"), natural_bounds("bed")
    ((0.0, 100.0, False), (0.0, None, False), (0.0, None, True))
    """
    name = unit_name(to_unit(unit))
    if name == "dimensionless":
        return None, None, False
    return 0.0, _SHARES.get(name), name in _WHOLE_UNITS


def check_bounds(value: float, unit: UnitLike, what: str) -> None:
    """Raise :class:`~yte_targets.InvalidValueError` when ``value`` (in ``unit``) is
    outside :func:`natural_bounds`; ``what`` names the value in the message."""
    lower, upper, whole = natural_bounds(unit)
    label = labels.unit(unit_name(to_unit(unit)), "vi") or str(unit)
    shown = f"{value:g}{label if label[:1] in '%‰/' else ' ' + label}"
    if lower is not None and value < lower:
        raise InvalidValueError(f"{what} is {shown}: a value in {unit} is never negative")
    if upper is not None and value > upper:
        raise InvalidValueError(f"{what} is {shown}: a share lies between 0 and {upper:g}{label}")
    if whole and value != int(value):
        raise InvalidValueError(f"{what} is {shown}: a count is a whole number")


def as_quantity(value: Any) -> Any:
    """A quantity of :data:`ureg` with a finite float magnitude (other values unchanged).

    A quantity built from a :class:`~decimal.Decimal` (``parse_number``), an int, or in
    another Pint registry becomes the same value in ``ureg`` with a float magnitude, so
    that equal quantities are equal objects and hash alike.
    """
    if not isinstance(value, pint.Quantity):
        return value
    magnitude = _finite_float(value.magnitude)
    if value._REGISTRY is ureg and isinstance(value.magnitude, float):
        return value
    return ureg.Quantity(magnitude, to_unit(str(value.units)))


def _finite_float(magnitude: Any) -> float:
    try:
        result = float(magnitude)
    except (TypeError, ValueError) as exc:
        raise InvalidValueError(f"expected a real number as magnitude, got {magnitude!r}") from exc
    if not math.isfinite(result):
        raise InvalidValueError(f"expected a finite number, got {magnitude!r}")
    return result


# ---------------------------------------------------------------------------
# Vietnamese unit spellings
# ---------------------------------------------------------------------------

_KNOWN_RATES: Final = labels.unit_names(rates=True)


def unit_label(unit: UnitLike, lang: str = "vi") -> str:
    """The label of ``unit`` in reports: ``"‰"``, ``"/10.000 dân"``, ``"tuổi"``
    (``lang="en"``: ``"/10,000 people"``, ``"years"``), from :mod:`yte_targets.core.labels`.

    A unit without a label of its own (a product of units made by arithmetic)
    is written with Pint's short form.

    >>> unit_label("per_100000_live_births"), unit_label("year_of_age")
    ('/100.000 trẻ đẻ sống', 'tuổi')
    >>> unit_label("per_100000_live_births", "en"), unit_label("year_of_age", "en")
    ('/100,000 live births', 'years')
    """
    if lang not in labels.LANGUAGES:
        raise UnknownUnitError(str(unit), f"no labels in language {lang!r}; expected 'vi' or 'en'")
    return _label_of(to_unit(unit), lang)


@lru_cache(maxsize=256)
def _label_of(unit: Unit, lang: str) -> str:
    label = labels.unit(str(unit), lang)
    if label is None:
        return f"{unit:~P}"
    return label


# Spellings beyond the labels above (which parse_unit reads as well).
_EXTRA_SPELLINGS: Final[dict[str, str]] = {
    "phần trăm": "percent",
    "% dân số": "percent",
    "%o": "permille",
    "phần nghìn": "permille",
    "phần ngàn": "permille",
    "centimet": "centimeter",
    "xăng-ti-mét": "centimeter",
    "mét": "meter",
    "gam": "gram",
    "ca bệnh": "case",
    "trường hợp": "case",
    "con/1 phụ nữ": "children_per_woman",
    "con/01 phụ nữ": "children_per_woman",
    "con": "children_per_woman",
    "giường bệnh": "bed",
    "lần/người/năm": "per_year",
}

#: The Vietnamese words of a rate's denominator ("/10.000 dân", "trên 1.000 trẻ đẻ sống") and
#: what each counts; the reader's rate pattern (``yte_targets.read.value.RATE``) reads them too.
DENOMINATOR_WORDS: Final[dict[str, str]] = {
    "dân": "people",
    "dân số": "people",
    "người": "people",
    "người dân": "people",
    "trẻ đẻ sống": "live_births",
    "trẻ đẻ ra sống": "live_births",
    "trẻ sinh sống": "live_births",
    "trẻ sinh ra sống": "live_births",
    "trẻ em sinh ra sống": "live_births",
    "ca đẻ sống": "live_births",
    "ca sinh sống": "live_births",
}

# ... and the English ones parse_unit reads as well.
_DENOMINATOR_WORDS: Final[dict[str, str]] = {
    **DENOMINATOR_WORDS,
    "population": "people",
    "people": "people",
    "live births": "live_births",
}

#: The Vietnamese words of a rate's denominator in words ("/vạn dân", "trên 1 nghìn trẻ đẻ
#: sống") and their values; the reader's rate pattern reads them too.
MULTIPLIER_WORDS: Final[dict[str, int]] = {
    "trăm": 100,
    "nghìn": 1_000,
    "ngàn": 1_000,
    "vạn": 10_000,
    "triệu": 1_000_000,
}

_RATE = re.compile(
    r"^(?:/|trên|per)\s*"
    r"(?P<number>[0-9][0-9.,]*)?\s*"
    r"(?P<word>" + "|".join(MULTIPLIER_WORDS) + r")?\s*"
    r"(?P<denominator>.+)$"
)
_SEX_RATIO = re.compile(r"^(?:bé|trẻ|số bé|số trẻ) trai/(?P<n>100|1\.000) (?:bé|trẻ) gái$")
_WHITESPACE = re.compile(r"\s+")
_SLASH = re.compile(r"\s*/\s*")


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    text = text.replace("\u00a0", " ").replace("\u2215", "/")
    return _SLASH.sub("/", _WHITESPACE.sub(" ", text)).strip().rstrip(".;:").strip()


@lru_cache(maxsize=1)
def _spellings() -> dict[str, str]:
    spellings = {
        _normalise(labels.unit(name, "vi") or ""): name for name in labels.unit_names(rates=False)
    }
    spellings.update(_EXTRA_SPELLINGS)
    return spellings


def parse_unit(text: str) -> Unit:
    """Read a unit as Vietnamese documents write it.

    Accepts the sign forms (``"%"``, ``"‰"``), the rate forms ``"/10.000 dân"``,
    ``"trên 10.000 dân"``, ``"/vạn dân"``, ``"trên 01 vạn dân"``,
    ``"/100.000 trẻ đẻ sống"``, ``"Trên 1.000 trẻ đẻ sống"``, the words
    ``"tuổi"``, ``"năm"``, ``"cm"``, ``"ca"``, ``"điểm"``, ``"Con/phụ nữ"``,
    ``"bé trai/100 bé gái"``, ``"giường"``, ``"người"``, and the registry's own
    names. Case, spacing and Unicode normal form do not matter.

    >>> parse_unit("trên 01 vạn dân")
    <Unit('per_10000_people')>
    >>> parse_unit("Con/phụ nữ")
    <Unit('children_per_woman')>
    >>> parse_unit("tuổi"), parse_unit("năm")
    (<Unit('year_of_age')>, <Unit('year')>)
    >>> parse_unit("dặm")
    Traceback (most recent call last):
    ...
    yte_targets.errors.UnknownUnitError: unknown unit 'dặm'; ...
    """
    if not isinstance(text, str):
        raise UnknownUnitError(repr(text), "expected the unit as text (a str)")
    return _parse_unit_cached(text)


@lru_cache(maxsize=1024)
def _parse_unit_cached(text: str) -> Unit:
    key = _normalise(text)
    simple = _spellings().get(key)
    if simple is not None:
        return ureg.Unit(simple)
    sex_ratio = _SEX_RATIO.match(key)
    if sex_ratio is not None:
        if sex_ratio["n"] == "100":
            return ureg.Unit("boys_per_100_girls")
        raise UnknownUnitError(text, "expected the sex ratio at birth per 100 girls")
    rate = _RATE.match(key)
    if rate is not None:
        denominator = _DENOMINATOR_WORDS.get(rate["denominator"])
        if denominator is not None:
            return _rate_unit(text, rate["number"], rate["word"], denominator)
    if re.fullmatch(r"[a-z_][a-z0-9_]*", key):
        try:
            return _unit_by_name(key)
        except UnknownUnitError:
            pass
    raise UnknownUnitError(
        text,
        "expected a unit such as '%', '‰', '/10.000 dân', '/100.000 trẻ đẻ sống', "
        "'tuổi', 'năm', 'cm', 'ca', 'điểm', 'con/phụ nữ' or a registry name",
    )


def _rate_unit(text: str, number: str | None, word: str | None, denominator: str) -> Unit:
    count = Decimal(1)
    if number is not None:
        try:
            count = parse_number(number)
        except ParseError as exc:
            raise UnknownUnitError(text, f"the denominator {number!r} is not a number") from exc
    if word is not None:
        count *= MULTIPLIER_WORDS[word]
    if count != count.to_integral_value() or count <= 0:
        raise UnknownUnitError(text, "expected a whole, positive denominator")
    name = f"per_{int(count)}_{denominator}"
    try:
        return _unit_by_name(name)
    except UnknownUnitError:
        known = sorted(
            str(u) for u in (ureg.Unit(n) for n in _KNOWN_RATES) if str(u).endswith(denominator)
        )
        raise UnknownUnitError(
            text,
            f"no unit per {int(count):,} {denominator.replace('_', ' ')}; known: "
            + ", ".join(known),
        ) from None
