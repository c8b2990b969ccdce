"""Vietnamese numbers and quantities: examples from the seed plans and round-trip laws."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

import pytest
from babel.numbers import format_decimal, parse_decimal
from hypothesis import given
from hypothesis import strategies as st

import yte_targets as yt
from tests.strategies import decimals, floats, labelled_units, quantities


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1234567.891, "1.234.567,891"),
        (74.5, "74,5"),
        (10000, "10.000"),
        (0.95, "0,95"),
        (Decimal("33.49"), "33,49"),
        (Decimal("3.0"), "3,0"),
        (3.0, "3"),
        (-12.5, "-12,5"),
        (0, "0"),
        (-0.0, "0"),
        (Decimal("-0.00"), "0,00"),
        (Decimal("1E+3"), "1.000"),
        (1e20, "100.000.000.000.000.000.000"),
    ],
)
def test_format_number_examples(value: yt.vi.Number, text: str) -> None:
    assert yt.format_number(value) == text


@pytest.mark.parametrize(
    ("value", "decimals", "rounding", "text"),
    [
        (2.25, 1, ROUND_HALF_UP, "2,3"),
        (2.25, 1, ROUND_HALF_EVEN, "2,2"),
        (-2.25, 1, ROUND_HALF_UP, "-2,3"),
        (0.125, 2, ROUND_HALF_UP, "0,13"),
        (10, 2, ROUND_HALF_UP, "10,00"),
        (1234.5, 0, ROUND_HALF_UP, "1.235"),
        (Decimal("-0.04"), 1, ROUND_HALF_UP, "0,0"),
        (12.5, 0, "ROUND_DOWN", "12"),
    ],
)
def test_format_number_rounding_is_explicit(
    value: yt.vi.Number, decimals: int, rounding: str, text: str
) -> None:
    assert yt.format_number(value, decimals, rounding=rounding) == text


@pytest.mark.parametrize(
    "bad",
    [
        float("nan"),
        float("inf"),
        -float("inf"),
        Decimal("NaN"),
        Decimal("-Infinity"),
        Decimal("sNaN"),
    ],
)
def test_format_number_refuses_non_finite(bad: yt.vi.Number) -> None:
    with pytest.raises(yt.InvalidValueError, match="finite"):
        yt.format_number(bad)


@pytest.mark.parametrize("bad", ["1", None, True, [1], complex(1, 1)])
def test_format_number_refuses_non_numbers(bad: object) -> None:
    with pytest.raises(yt.InvalidValueError, match="expected"):
        yt.format_number(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("decimals", [-1, 1.5, True])
def test_format_number_refuses_bad_decimals(decimals: object) -> None:
    with pytest.raises(yt.InvalidValueError, match="decimals"):
        yt.format_number(1, decimals)  # type: ignore[arg-type]


def test_format_number_refuses_unknown_rounding() -> None:
    with pytest.raises(yt.InvalidValueError, match="ROUND_SIDEWAYS"):
        yt.format_number(1.5, 0, rounding="ROUND_SIDEWAYS")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("10.000", Decimal(10000)),
        ("74,5", Decimal("74.5")),
        ("0,95", Decimal("0.95")),
        ("1.234", Decimal(1234)),
        ("1,234", Decimal("1.234")),
        ("1.234.567,891", Decimal("1234567.891")),
        ("05", Decimal(5)),
        ("01", Decimal(1)),
        ("33,49", Decimal("33.49")),
        ("90,26", Decimal("90.26")),
        ("0,08", Decimal("0.08")),
        ("10,31", Decimal("10.31")),
        ("168,5", Decimal("168.5")),
        ("-3,2", Decimal("-3.2")),
        ("−3,2", Decimal("-3.2")),
        ("+7", Decimal(7)),
        ("  42 ", Decimal(42)),
        ("\u00a0100.000\u00a0", Decimal(100000)),
        ("10000", Decimal(10000)),
    ],
)
def test_parse_number_examples(text: str, value: Decimal) -> None:
    assert yt.parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("1.2.3,4,5", 3),
        ("", 0),
        ("abc", 0),
        ("   ", 3),
        ("1.23", 4),
        ("1.2345", 5),
        ("1234.567", 4),
        ("1,234.5", 5),
        ("1,2,3", 3),
        ("12,", 3),
        (",5", 0),
        ("12,5‰", 4),
        ("95%", 2),
        ("-", 1),
        ("1 000", 2),
        ("٣", 0),  # Arabic-Indic digit: not a Vietnamese number
        ("1.000,", 6),
    ],
)
def test_parse_number_errors_carry_the_position(text: str, position: int) -> None:
    with pytest.raises(yt.ParseError) as info:
        yt.parse_number(text)
    assert info.value.position == position
    assert info.value.text == text
    assert repr(text) in str(info.value)
    assert isinstance(info.value, ValueError)


def test_parse_number_refuses_non_text() -> None:
    with pytest.raises(yt.InvalidValueError, match="expected text"):
        yt.parse_number(12)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "magnitude", "unit"),
    [
        ("12,5‰", 12.5, "permille"),
        ("95%", 95.0, "percent"),
        ("42/100.000 trẻ đẻ sống", 42.0, "per_100000_live_births"),
        ("30/10.000 dân", 30.0, "per_10000_people"),
        ("74,5 tuổi", 74.5, "year_of_age"),
        ("67 năm", 67.0, "year"),
        ("168,5 cm", 168.5, "centimeter"),
        ("2,1 con/phụ nữ", 2.1, "children_per_woman"),
        ("70 điểm", 70.0, "point"),
        ("60 ca", 60.0, "case"),
        ("6,76/vạn dân", 6.76, "per_10000_people"),
        ("7,8/01 vạn dân", 7.8, "per_10000_people"),
        ("112 bé trai/100 bé gái", 112.0, "boys_per_100_girls"),
        ("95% dân số", 95.0, "percent"),
    ],
)
def test_parse_quantity_examples(text: str, magnitude: float, unit: str) -> None:
    quantity = yt.parse_quantity(text)
    assert quantity.magnitude == magnitude
    assert quantity.units == yt.ureg.Unit(unit)


@pytest.mark.parametrize(
    ("quantity", "text"),
    [
        (yt.Q_(12.5, "permille"), "12,5‰"),
        (yt.Q_(95, "percent"), "95%"),
        (yt.Q_(42, "per_100000_live_births"), "42/100.000 trẻ đẻ sống"),
        (yt.Q_(30, "per_10000_people"), "30/10.000 dân"),
        (yt.Q_(74.5, "year_of_age"), "74,5 tuổi"),
        (yt.Q_(1250, "per_100000_live_births"), "1.250/100.000 trẻ đẻ sống"),
        (yt.Q_(2.1, "children_per_woman"), "2,1 con/phụ nữ"),
        (yt.Q_(0.5, "dimensionless"), "0,5"),
    ],
)
def test_format_quantity_examples(quantity: yt.Quantity, text: str) -> None:
    assert yt.format_quantity(quantity) == text


def test_format_quantity_of_an_unlabelled_unit_falls_back_to_pint() -> None:
    text = yt.format_quantity(yt.Q_(3, "case") / yt.Q_(1, "bed"))
    assert text.startswith("3 ")
    assert "ca" in text or "case" in text


@pytest.mark.parametrize(
    ("text", "error", "position"),
    [
        ("abc", yt.ParseError, 0),
        ("", yt.ParseError, 0),
        ("1.2.3‰", yt.ParseError, 3),
        ("12,5 dặm", yt.UnknownUnitError, None),
        ("12,5 / 7 dân", yt.UnknownUnitError, None),
    ],
)
def test_parse_quantity_errors(text: str, error: type[Exception], position: int | None) -> None:
    with pytest.raises(error) as info:
        yt.parse_quantity(text)
    if position is not None:
        assert isinstance(info.value, yt.ParseError)
        assert info.value.position == position


# ---- laws ----------------------------------------------------------------------------------


@given(decimals)
def test_decimal_round_trip(value: Decimal) -> None:
    assert yt.parse_number(yt.format_number(value)) == value


@given(decimals)
def test_decimal_round_trip_keeps_the_digits(value: Decimal) -> None:
    text = yt.format_number(value)
    assert yt.format_number(yt.parse_number(text)) == text


@given(floats)
def test_float_round_trip(value: float) -> None:
    assert float(yt.parse_number(yt.format_number(value))) == value


@given(decimals, st.integers(min_value=0, max_value=6))
def test_rounded_round_trip(value: Decimal, places: int) -> None:
    text = yt.format_number(value, places)
    expected = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    assert yt.parse_number(text) == expected
    assert text.count(",") == (1 if places else 0)
    if places:
        assert len(text.rsplit(",", 1)[1]) == places


@given(decimals)
def test_format_number_agrees_with_babel(value: Decimal) -> None:
    normal = value.normalize() if value else Decimal(0)
    expected = format_decimal(normal, locale="vi", decimal_quantization=False)
    assert yt.format_number(normal) == expected


@given(decimals)
def test_babel_strict_parser_agrees(value: Decimal) -> None:
    text = yt.format_number(value)
    assert parse_decimal(text, locale="vi", strict=True) == yt.parse_number(text)


@given(st.text(alphabet="0123456789.,-+ ‰%x", max_size=14) | st.text(max_size=14))
def test_parse_number_returns_or_raises_parse_error(text: str) -> None:
    try:
        value = yt.parse_number(text)
    except yt.ParseError as exc:
        assert 0 <= exc.position <= len(text)
        assert exc.text == text
    else:
        assert value.is_finite()
        # what parses also parses back from its own formatting
        assert yt.parse_number(yt.format_number(value)) == value


@given(quantities())
def test_quantity_round_trip(quantity: yt.Quantity) -> None:
    text = yt.format_quantity(quantity)
    back = yt.parse_quantity(text)
    assert back.units == quantity.units
    assert back.magnitude == quantity.magnitude


@given(labelled_units)
def test_every_label_parses_back_to_its_unit(unit: str) -> None:
    label = yt.unit_label(unit)
    assert yt.parse_unit(label) == yt.ureg.Unit(unit)
