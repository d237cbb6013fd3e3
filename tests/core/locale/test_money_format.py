"""Money, numbers and percentages as people read them.

NBSP is U+00A0, the no-break space between a Bengali amount and its sign.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from crm_desktop.locale import (
    MONEY_SPACE,
    format_compact_number,
    format_money,
    format_money_compact,
    format_number,
    format_percent,
)
from crm_desktop.money import Money

NBSP = "\u00a0"


def test_space_is_no_break() -> None:
    assert MONEY_SPACE == NBSP


# -- the issue's examples: 12345650 paisa --------------------------------


def test_issue_example_bengali() -> None:
    assert format_money(Money(12345650), "bn") == "১,২৩,৪৫৬.৫০" + NBSP + "৳"
    assert format_money(Money(12345650), "bn_BD") == "১,২৩,৪৫৬.৫০" + NBSP + "৳"


def test_issue_example_english() -> None:
    assert format_money(Money(12345650), "en") == "৳1,23,456.50"
    assert format_money(Money(12345650), "en_BD") == "৳1,23,456.50"
    assert format_money(Money(12345650), "en_US") == "৳1,23,456.50"


def test_bengali_with_latin_digits() -> None:
    assert format_money(Money(12345650), "bn", bengali_digits=False) == "1,23,456.50" + NBSP + "৳"


def test_english_with_bengali_digits() -> None:
    assert format_money(Money(12345650), "en", bengali_digits=True) == "৳১,২৩,৪৫৬.৫০"


@pytest.mark.parametrize(
    ("minor", "bn", "en"),
    [
        (123456700, "১২,৩৪,৫৬৭.০০", "৳12,34,567.00"),
        (1234567800, "১,২৩,৪৫,৬৭৮.০০", "৳1,23,45,678.00"),  # crore
        (123456789000, "১,২৩,৪৫,৬৭,৮৯০.০০", "৳1,23,45,67,890.00"),
        (100000, "১,০০০.০০", "৳1,000.00"),
        (99, "০.৯৯", "৳0.99"),
        (5, "০.০৫", "৳0.05"),
        (0, "০.০০", "৳0.00"),
    ],
)
def test_lakh_crore_grouping(minor: int, bn: str, en: str) -> None:
    assert format_money(Money(minor), "bn") == bn + NBSP + "৳"
    assert format_money(Money(minor), "en") == en


def test_negative_amounts_lead_with_minus() -> None:
    assert format_money(Money(-12345650), "bn") == "-১,২৩,৪৫৬.৫০" + NBSP + "৳"
    assert format_money(Money(-12345650), "en") == "-৳1,23,456.50"
    assert format_money(Money(-5), "en") == "-৳0.05"
    assert format_money(Money(-123450, "USD"), "en") == "-$1,234.50"


def test_other_currencies_follow_their_locale() -> None:
    assert format_money(Money(123450, "USD"), "en") == "$1,234.50"
    assert format_money(Money(123456789, "USD"), "en_US") == "$1,234,567.89"
    assert format_money(Money(123450, "USD"), "en_GB") == "US$1,234.50"
    assert format_money(Money(123450, "EUR"), "en") == "€1,234.50"
    assert format_money(Money(500, "JPY"), "en") == "¥500"
    # Bengali: "$", not CLDR's "US$" with its Latin letters (issue 17, item 17)
    assert format_money(Money(123450, "USD"), "bn") == "১,২৩৪.৫০" + NBSP + "$"
    assert format_money(Money(123456789, "USD"), "bn") == "১২,৩৪,৫৬৭.৮৯" + NBSP + "$"


def test_format_money_wants_money() -> None:
    with pytest.raises(TypeError, match="takes Money"):
        format_money(12.5, "en")  # type: ignore[arg-type]


# -- plain numbers and percentages ------------------------------------------


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("bn", "১২,৩৪,৫৬৭"),
        ("en_BD", "12,34,567"),
        ("en", "1,234,567"),
        ("en_US", "1,234,567"),
        ("en_GB", "1,234,567"),
    ],
)
def test_number_grouping(locale: str, expected: str) -> None:
    assert format_number(1234567, locale) == expected


def test_number_decimals() -> None:
    assert format_number(Decimal("1234.5"), "en") == "1,234.5"
    assert format_number(1234.5678, "en") == "1,234.568"
    assert format_number(12, "en", decimal_places=2) == "12.00"
    assert format_number(Decimal("2.345"), "bn", decimal_places=2) == "২.৩৫"  # half up
    assert format_number(-1234567, "bn", bengali_digits=False) == "-12,34,567"
    assert format_number(0, "bn") == "০"


def test_percent() -> None:
    assert format_percent(0.125, "en") == "13%"
    assert format_percent(Decimal("0.125"), "en", decimal_places=1) == "12.5%"
    assert format_percent(0.5, "bn") == "৫০%"
    assert format_percent(-0.034, "en_BD", decimal_places=1) == "-3.4%"
    assert format_percent(12.5, "bn") == "১,২৫০%"


# -- compact forms for chart axes -------------------------------------------


@pytest.mark.parametrize(
    ("taka", "en", "bn"),
    [
        (0, "৳0", "০ ৳"),
        (950, "৳950", "৯৫০ ৳"),
        (45_000, "৳45K", "৪৫ হাজার ৳"),
        (99_999, "৳1L", "১ লাখ ৳"),  # rounds up into the next unit
        (1_23_456, "৳1.2L", "১.২ লাখ ৳"),
        (12_50_000, "৳12.5L", "১২.৫ লাখ ৳"),
        (3_40_00_000, "৳3.4Cr", "৩.৪ কোটি ৳"),
        (1000_00_00_000, "৳1,000Cr", "১,০০০ কোটি ৳"),
        (-3_40_00_000, "-৳3.4Cr", "-৩.৪ কোটি ৳"),
    ],
)
def test_compact_taka_uses_lakh_and_crore(taka: int, en: str, bn: str) -> None:
    money = Money(taka * 100)
    assert format_money_compact(money, "en") == en
    assert format_money_compact(money, "bn") == bn.replace(" ", NBSP)


def test_compact_without_symbol() -> None:
    assert format_money_compact(Money(1_23_456_00), "bn", symbol=False) == "১.২" + NBSP + "লাখ"
    assert format_money_compact(Money(3_40_00_000_00), "bn", symbol=False) == "৩.৪" + NBSP + "কোটি"
    assert format_money_compact(Money(1_23_456_00), "en", symbol=False) == "1.2L"


def test_compact_other_currency_under_english_uses_millions() -> None:
    assert format_money_compact(Money(123_456_789, "USD"), "en") == "$1.2M"
    assert format_money_compact(Money(4_500_000, "USD"), "en") == "$45K"
    assert format_money_compact(Money(999_999_00, "USD"), "en") == "$1M"


def test_compact_numbers() -> None:
    assert format_compact_number(1_234_567, "en") == "1.2M"
    assert format_compact_number(1_234_567, "en_BD") == "12.3L"
    assert format_compact_number(1_234_567, "bn") == "১২.৩" + NBSP + "লাখ"
    assert format_compact_number(812, "bn") == "৮১২"
    assert format_compact_number(-0.2, "en") == "0"
