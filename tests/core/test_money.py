"""Money: integer minor units plus a currency code, no floats anywhere."""

from __future__ import annotations

from decimal import Decimal

import pytest

from crm_desktop.money import CurrencyMismatchError, Money, minor_units


def test_default_currency_is_taka() -> None:
    assert Money(100).currency == "BDT"


@pytest.mark.parametrize(("currency", "digits"), [("BDT", 2), ("USD", 2), ("EUR", 2), ("JPY", 0), ("KWD", 3)])
def test_minor_units_come_from_cldr(currency: str, digits: int) -> None:
    assert minor_units(currency) == digits


def test_minor_units_rejects_unknown_code() -> None:
    with pytest.raises(ValueError, match="unknown currency code 'XXY'"):
        minor_units("XXY")


@pytest.mark.parametrize(
    ("amount", "currency", "minor"),
    [
        ("1234.5", "BDT", 123450),
        ("1234.50", "BDT", 123450),
        (Decimal("0.01"), "BDT", 1),
        (7, "BDT", 700),
        ("-12.30", "BDT", -1230),
        (" 15 ", "BDT", 1500),
        ("500", "JPY", 500),
        ("1.234", "KWD", 1234),
    ],
)
def test_from_major(amount: Decimal | str | int, currency: str, minor: int) -> None:
    assert Money.from_major(amount, currency) == Money(minor, currency)


def test_from_major_refuses_to_round() -> None:
    with pytest.raises(ValueError, match="more decimal places than BDT allows"):
        Money.from_major("1.005")
    with pytest.raises(ValueError, match="more decimal places than JPY allows"):
        Money.from_major("1.5", "JPY")


def test_from_major_refuses_floats_and_garbage() -> None:
    with pytest.raises(TypeError, match="not float"):
        Money.from_major(0.1)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not a number"):
        Money.from_major("twelve")
    with pytest.raises(ValueError, match="not a finite amount"):
        Money.from_major("NaN")


def test_constructor_validates() -> None:
    with pytest.raises(TypeError, match="must be an int"):
        Money(1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="must be an int"):
        Money(True)
    with pytest.raises(ValueError, match="unknown currency code 'bdt'"):
        Money(1, "bdt")


def test_major_and_decimal_string() -> None:
    assert Money(12345650).major == Decimal("123456.50")
    assert Money(123450).to_decimal_string() == "1234.50"
    assert Money(-5).to_decimal_string() == "-0.05"
    assert Money(0).to_decimal_string() == "0.00"
    assert Money(500, "JPY").to_decimal_string() == "500"
    assert Money(1234, "KWD").to_decimal_string() == "1.234"
    assert str(Money(150000)) == "1500.00 BDT"


def test_addition_and_subtraction_same_currency() -> None:
    assert Money(150) + Money(250) == Money(400)
    assert Money(150) - Money(250) == Money(-100)
    assert -Money(150) == Money(-150)
    assert abs(Money(-150)) == Money(150)
    assert sum([Money(1), Money(2), Money(3)]) == Money(6)
    assert Money(250) * 3 == Money(750)
    assert 3 * Money(250) == Money(750)


def test_mixing_currencies_raises() -> None:
    with pytest.raises(CurrencyMismatchError, match="cannot add BDT and USD"):
        Money(100) + Money(100, "USD")
    with pytest.raises(CurrencyMismatchError, match="cannot subtract"):
        Money(100) - Money(100, "USD")
    with pytest.raises(CurrencyMismatchError, match="cannot compare"):
        _ = Money(100) < Money(100, "USD")


def test_no_arithmetic_with_plain_numbers() -> None:
    with pytest.raises(TypeError):
        Money(100) + 1
    with pytest.raises(TypeError):
        Money(100) * 1.5


def test_ordering_and_truth() -> None:
    assert Money(1) < Money(2) <= Money(2) < Money(3)
    assert Money(3) > Money(2) >= Money(2)
    assert sorted([Money(3), Money(-1), Money(2)]) == [Money(-1), Money(2), Money(3)]
    assert not Money(0)
    assert Money(-1)


def test_is_frozen_and_hashable() -> None:
    amount = Money(100)
    with pytest.raises(AttributeError):
        amount.minor = 5  # type: ignore[misc]
    assert {Money(100), Money(100), Money(100, "USD")} == {Money(100), Money(100, "USD")}
