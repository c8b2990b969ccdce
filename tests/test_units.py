"""Health units: the registry, conversions inside and across families, document spellings."""

from __future__ import annotations

import json
import pickle
import re
from pathlib import Path

import pint
import pytest
from hypothesis import given
from hypothesis import strategies as st

import yte_targets as yt
from tests.gold import GOLD_UNITS
from tests.strategies import UNIT_FAMILIES, decimals, families

CONTRACT_UNITS = (
    "percent",
    "permille",
    "per_1000_live_births",
    "per_100000_live_births",
    "per_10000_people",
    "per_100000_people",
)


def test_one_registry() -> None:
    assert yt.Q_ is yt.ureg.Quantity
    assert isinstance(yt.ureg, pint.UnitRegistry)
    # the library does not replace Pint's application registry
    assert pint.get_application_registry().get() is not yt.ureg  # type: ignore[no-untyped-call]


@pytest.mark.parametrize("name", CONTRACT_UNITS)
def test_contract_unit_names(name: str) -> None:
    assert str(yt.Q_(1, name).units) == name


@pytest.mark.parametrize(
    "name",
    [
        "year_of_age",
        "year",
        "centimeter",
        "cm",
        "case",
        "point",
        "children_per_woman",
        "boys_per_100_girls",
        "bed",
        "person",
        "per_year",
    ],
)
def test_other_units_needed_by_the_gold_targets(name: str) -> None:
    yt.Q_(1, name)


def test_permille_symbol() -> None:
    assert yt.Q_(12.5, "‰").units == yt.ureg.permille
    assert yt.Q_(95, "%").units == yt.ureg.percent


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (yt.Q_(12.5, "per_1000_live_births"), "per_100000_live_births", 1250.0),
        (yt.Q_(3, "per_10000_people"), "per_100000_people", 30.0),
        (yt.Q_(46, "per_100000_live_births"), "per_1000_live_births", 0.46),
        (yt.Q_(10, "permille"), "percent", 1.0),
        (yt.Q_(74.5, "year_of_age"), "year", 74.5),
        (yt.Q_(168.5, "cm"), "meter", 1.685),
    ],
)
def test_conversions_inside_a_family_are_exact(
    value: yt.Quantity, unit: str, expected: float
) -> None:
    converted = yt.convert(value, unit)
    assert converted.magnitude == expected
    assert converted.units == yt.to_unit(unit)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("per_1000_live_births", "per_10000_people"),
        ("per_100000_people", "per_100000_live_births"),
        ("percent", "per_1000_live_births"),
        ("case", "percent"),
        ("point", "percent"),
        ("year", "centimeter"),
        ("boys_per_100_girls", "percent"),
    ],
)
def test_conversions_across_families_raise(source: str, target: str) -> None:
    with pytest.raises(yt.UnitMismatchError) as info:
        yt.convert(yt.Q_(1, source), target)
    assert source in str(info.value)
    assert target in str(info.value)
    assert isinstance(info.value, ValueError)


def test_mismatch_message_explains_denominators() -> None:
    with pytest.raises(yt.UnitMismatchError, match="live birth is not a rate per person"):
        yt.convert(yt.Q_(1, "per_1000_live_births"), "per_10000_people")


def test_ratio_coercion_is_explicit_and_narrow() -> None:
    # a per-mille value given for a per-1,000-live-births indicator
    assert (
        yt.magnitude_in(yt.Q_(12.5, "permille"), "per_1000_live_births", accept_ratio=True) == 12.5
    )
    assert (
        yt.magnitude_in(yt.Q_(12.5, "permille"), "per_100000_live_births", accept_ratio=True)
        == 1250.0
    )
    with pytest.raises(yt.UnitMismatchError):
        yt.magnitude_in(yt.Q_(12.5, "permille"), "per_1000_live_births")
    # never the other way round, and never into a non-rate
    with pytest.raises(yt.UnitMismatchError):
        yt.magnitude_in(yt.Q_(12.5, "per_1000_live_births"), "permille", accept_ratio=True)
    with pytest.raises(yt.UnitMismatchError):
        yt.magnitude_in(yt.Q_(12.5, "percent"), "case", accept_ratio=True)
    with pytest.raises(yt.UnitMismatchError):
        yt.magnitude_in(yt.Q_(12.5, "percent"), "children_per_woman", accept_ratio=True)


@pytest.mark.parametrize("bad", [float("nan"), float("inf")])
def test_conversion_refuses_non_finite(bad: float) -> None:
    with pytest.raises(yt.InvalidValueError, match="finite"):
        yt.convert(yt.Q_(bad, "percent"), "permille")


def test_conversion_refuses_non_quantities() -> None:
    with pytest.raises(yt.InvalidValueError, match="Quantity"):
        yt.convert(12, "percent")  # type: ignore[arg-type]


def test_quantity_of_another_registry_is_read_by_unit_name() -> None:
    other: pint.UnitRegistry[float] = pint.UnitRegistry()
    assert yt.magnitude_in(other.Quantity(12, "percent"), "permille") == 120.0


@pytest.mark.parametrize(
    "name", ["furlong_per_fortnight", "per_7_people", "1/(1000*person)", "meter +"]
)
def test_unknown_unit_names(name: str) -> None:
    with pytest.raises(yt.UnknownUnitError) as info:
        yt.to_unit(name)
    assert repr(name) in str(info.value)


# ---- Vietnamese spellings ----------------------------------------------------------------

#: Every unit spelling used in the target statements of the three shared seeds,
#: with the unit it names. (The gold's notes record where a table's unit column is
#: wrong, e.g. "Người" for a rate per 10,000 people: the spelling still parses, to
#: what it says.)
SEED_SPELLINGS: list[tuple[str, str]] = [
    ("‰", "permille"),
    ("%", "percent"),
    ("% dân số", "percent"),
    ("/10.000 dân", "per_10000_people"),
    ("trên 10.000 dân", "per_10000_people"),
    ("/vạn dân", "per_10000_people"),
    ("trên 01 vạn dân", "per_10000_people"),
    ("/01 vạn dân", "per_10000_people"),
    ("trên 100.000 dân", "per_100000_people"),
    ("Trên 1.000 trẻ đẻ sống", "per_1000_live_births"),
    ("Trên 100.000 trẻ đẻ sống", "per_100000_live_births"),
    ("tuổi", "year_of_age"),
    ("năm", "year"),
    ("Năm", "year"),
    ("cm", "centimeter"),
    ("Ca", "case"),
    ("Con/phụ nữ", "children_per_woman"),
    ("Điểm", "point"),
    ("Người", "person"),
]

OTHER_SPELLINGS: list[tuple[str, str]] = [
    ("/100.000 trẻ đẻ sống", "per_100000_live_births"),
    ("/1.000 trẻ đẻ sống", "per_1000_live_births"),
    ("trên 1000 trẻ sinh ra sống", "per_1000_live_births"),
    ("/100.000 dân", "per_100000_people"),
    ("/ 10.000 dân", "per_10000_people"),
    ("trên 1 vạn dân", "per_10000_people"),
    ("/1.000 dân", "per_1000_people"),
    ("bé trai/100 bé gái", "boys_per_100_girls"),
    ("trẻ trai/100 trẻ gái", "boys_per_100_girls"),
    ("con / phụ nữ", "children_per_woman"),
    ("ca", "case"),
    ("điểm", "point"),
    ("giường", "bed"),
    ("lần/năm", "per_year"),
    ("phần nghìn", "permille"),
    ("per_1000_live_births", "per_1000_live_births"),
    ("percent", "percent"),
    ("TUỔI", "year_of_age"),
    ("tuo\u0302\u0309i", "year_of_age"),  # decomposed Unicode (NFD)
]


@pytest.mark.parametrize(("text", "unit"), SEED_SPELLINGS + OTHER_SPELLINGS)
def test_parse_unit(text: str, unit: str) -> None:
    assert yt.parse_unit(text) == yt.ureg.Unit(unit)


def _seed_text(shared: Path) -> str:
    return "\n".join(
        p.read_text(encoding="utf-8") for p in sorted((shared / "seeds").glob("*.txt"))
    )


def test_seed_spellings_are_real(shared_dir: Path) -> None:
    """The listed spellings are copied from the seeds, not invented."""
    text = _seed_text(shared_dir).casefold()
    for spelling, _ in SEED_SPELLINGS:
        assert spelling.casefold() in text, spelling


def test_every_gold_unit_text_parses(shared_dir: Path) -> None:
    gold_to_unit = GOLD_UNITS
    seen = 0
    for path in sorted((shared_dir / "gold").glob("*.json")):
        for target in json.loads(path.read_text(encoding="utf-8"))["targets"]:
            text = target["unit_text"]
            if not text:
                continue
            text = text.split(" (")[0]  # 'lần/năm (mỗi năm một lần)': the note is the annotator's
            unit = yt.parse_unit(text)
            seen += 1
            expected = gold_to_unit.get(target["unit"])
            if expected is None:
                continue
            try:
                assert yt.magnitude_in(yt.Q_(1, unit), expected, accept_ratio=True) > 0
            except yt.UnitMismatchError:
                # A table's unit column names what is counted ("Người", "Ca") where the
                # indicator is a rate per 10,000 or 100,000 people; the gold records the rate.
                assert text in ("Người", "Ca"), text
                assert expected.startswith("per_")
    assert seen >= 100


@pytest.mark.parametrize(
    "text", ["dặm", "/7 dân", "/10.000 mèo", "trên 1,5 vạn dân", "trên 10.000", "kg/m", "%%"]
)
def test_unknown_spellings_raise_naming_the_text(text: str) -> None:
    with pytest.raises(yt.UnknownUnitError) as info:
        yt.parse_unit(text)
    assert repr(text) in str(info.value)


def test_parse_unit_refuses_non_text() -> None:
    with pytest.raises(yt.UnknownUnitError):
        yt.parse_unit(None)  # type: ignore[arg-type]


# ---- laws ----------------------------------------------------------------------------------


@st.composite
def same_family(draw: st.DrawFn) -> tuple[str, str]:
    family = UNIT_FAMILIES[draw(families)]
    return draw(st.sampled_from(family)), draw(st.sampled_from(family))


@st.composite
def different_families(draw: st.DrawFn) -> tuple[str, str]:
    first, second = draw(st.lists(families, min_size=2, max_size=2, unique=True))
    return (
        draw(st.sampled_from(UNIT_FAMILIES[first])),
        draw(st.sampled_from(UNIT_FAMILIES[second])),
    )


@given(same_family(), decimals)
def test_conversion_inside_a_family_round_trips(units: tuple[str, str], value: object) -> None:
    source, target = units
    quantity = yt.Q_(float(value), source)  # type: ignore[arg-type]
    there = yt.convert(quantity, target)
    back = yt.convert(there, source)
    assert back.magnitude == pytest.approx(quantity.magnitude, rel=1e-12, abs=1e-12)
    # and it agrees with Pint's own conversion
    assert there.magnitude == pytest.approx(quantity.to(target).magnitude, rel=1e-12, abs=1e-12)


@given(different_families(), decimals)
def test_conversion_across_families_always_raises(units: tuple[str, str], value: object) -> None:
    source, target = units
    with pytest.raises(yt.UnitMismatchError):
        yt.convert(yt.Q_(float(value), source), target)  # type: ignore[arg-type]


@given(st.text(max_size=30))
def test_parse_unit_returns_or_raises_unknown_unit(text: str) -> None:
    try:
        unit = yt.parse_unit(text)
    except yt.UnknownUnitError as exc:
        assert repr(text) in str(exc)
    else:
        assert isinstance(unit, pint.Unit)


def test_errors_pickle() -> None:
    for error in (
        yt.ParseError("1.2", 3, "a digit", what="Vietnamese number"),
        yt.UnknownUnitError("dặm", "hint"),
        yt.UnitMismatchError("a", "b", "reason"),
    ):
        back = pickle.loads(pickle.dumps(error))
        assert type(back) is type(error)
        assert str(back) == str(error)


def test_every_error_is_a_yte_targets_error() -> None:
    names = [n for n in yt.__all__ if n.endswith("Error")]
    assert names
    for name in names:
        assert issubclass(getattr(yt, name), yt.YteTargetsError)
    assert re.search("YteTargetsError", " ".join(names))
