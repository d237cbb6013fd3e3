"""Reading amounts typed by people: every accepted shape, every refusal."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.locale import ParseError, detect_currency, format_money, parse_amount
from crm_desktop.money import Money


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        # the examples, and the same with a plain or no-break space
        ("১,২৩,৪৫৬.৫০ ৳", 12345650),
        ("১,২৩,৪৫৬.৫০\u00a0৳", 12345650),
        ("৳1,23,456.50", 12345650),
        # digits and grouping
        ("1500", 150000),
        ("১৫০০", 150000),
        ("١٥٠٠", 150000),  # Arabic-Indic digits
        ("1,234,567.50", 123456750),  # Western grouping
        ("12,34,567.50", 123456750),  # South Asian grouping
        ("1,23,45,678.00", 1234567800),  # crore
        ("1,234", 123400),
        ("0.5", 50),
        (".5", 50),
        ("12.", 1200),
        ("007", 700),
        ("0", 0),
        # currency signs and codes, before or after, spaced or not
        ("৳1500", 150000),
        ("৳ 1500", 150000),
        ("1500৳", 150000),
        ("Tk 1500", 150000),
        ("Tk.1,500", 150000),
        ("TK. 1,500", 150000),
        ("tk1500", 150000),
        ("1500 Tk", 150000),
        ("1500 Tk.", 150000),
        ("BDT 1500", 150000),
        ("1500 BDT", 150000),
        ("bdt1500", 150000),
        ("১৫০০ টাকা", 150000),
        ("টাকা ১৫০০", 150000),
        ("Taka 1500", 150000),
        # Bangladeshi "/-" and "/=", "only" and "মাত্র"
        ("1,500/-", 150000),
        ("1,500 /-", 150000),
        ("1,500/=", 150000),
        ("Tk. 1,500/-", 150000),
        ("১৫০০/- টাকা মাত্র", 150000),
        ("Taka 500 only", 50000),
        # spaces around
        ("  1500  ", 150000),
        ("\t৳ 1500\n", 150000),
        # negatives and explicit plus
        ("-1500", -150000),
        ("−1500", -150000),  # U+2212 minus sign
        ("–1500", -150000),  # en dash, as spreadsheets write it
        ("-৳1,500.00", -150000),
        ("৳-1,500.00", -150000),
        ("-১,২৩,৪৫৬.৫০ ৳", -12345650),
        ("(1,500.00)", -150000),
        ("(৳1,500.00)", -150000),
        ("৳ (1,500.00)", -150000),  # spreadsheet accounting format
        ("(1,500) টাকা", -150000),
        ("+1500", 150000),
        ("-0", 0),
    ],
)
def test_accepted_taka(text: str, minor: int) -> None:
    assert parse_amount(text) == Money(minor)


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("$1,234.50", "USD", 123450),
        ("US$1,234.50", "USD", 123450),
        ("1,234.50 USD", "USD", 123450),
        ("USD 1234.5", "USD", 123450),
        ("-$1,234.50", "USD", -123450),
        ("€5", "EUR", 500),
        ("5 EUR", "EUR", 500),
        ("£12.99", "GBP", 1299),
        ("₹1,00,000", "INR", 10000000),
        ("¥500", "JPY", 500),
        ("500", "JPY", 500),
        ("1.234 KWD", "KWD", 1234),
    ],
)
def test_accepted_other_currencies(text: str, currency: str, minor: int) -> None:
    assert parse_amount(text, currency) == Money(minor, currency)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "'' is not an amount: it is empty"),
        ("   ", "'' is not an amount: it is empty"),
        ("12.34.56", "'12.34.56' is not an amount: more than one decimal point"),
        ("1.234.567", "'1.234.567' is not an amount: more than one decimal point"),
        ("1.500", "'1.500' is not an amount: 3 decimal places, but BDT has only 2"),
        ("12.345", "'12.345' is not an amount: 3 decimal places, but BDT has only 2"),
        ("12,50", "'12,50' is not an amount: a comma cannot be a decimal point; use '.' for decimals"),
        ("1,5", "'1,5' is not an amount: a comma cannot be a decimal point; use '.' for decimals"),
        (
            "1,23,4567",
            "'1,23,4567' is not an amount: digits grouped wrongly; use 1,234,567.50 or 12,34,567.50",
        ),
        (
            "123,45,678",
            "'123,45,678' is not an amount: digits grouped wrongly; use 1,234,567.50 or 12,34,567.50",
        ),
        ("1,2345", "'1,2345' is not an amount: digits grouped wrongly; use 1,234,567.50 or 12,34,567.50"),
        (",123", "',123' is not an amount: a comma in the wrong place"),
        ("1,,234", "'1,,234' is not an amount: a comma in the wrong place"),
        ("1234,", "'1234,' is not an amount: a comma in the wrong place"),
        ("12,345.6,7", "'12,345.6,7' is not an amount: a comma after the decimal point"),
        ("1 500", "'1 500' is not an amount: more than one number (no spaces inside a number)"),
        ("abc", "'abc' is not an amount: unexpected text 'abc'"),
        ("12 apples", "'12 apples' is not an amount: unexpected text 'apples'"),
        ("1e5", "'1e5' is not an amount: unexpected text 'e5'"),
        ("Rs.500", "'Rs.500' is not an amount: unexpected text 'Rs.500'"),
        ("৳", "'৳' is not an amount: it has no digits"),
        (".", "'.' is not an amount: it has no digits"),
        ("Tk /-", "'Tk /-' is not an amount: it has no digits"),
        ("500-", "'500-' is not an amount: a sign after the number; put the minus first"),
        ("--500", "'--500' is not an amount: more than one sign"),
        ("-+500", "'-+500' is not an amount: more than one sign"),
        ("(500", "'(500' is not an amount: unbalanced parentheses"),
        ("500)", "'500)' is not an amount: unbalanced parentheses"),
        (")500(", "')500(' is not an amount: unbalanced parentheses"),
        ("(-500)", "'(-500)' is not an amount: both parentheses and a sign"),
        ("/-500", "'/-500' is not an amount: '/-' or 'only' before the number"),
        ("500/-/-", "'500/-/-' is not an amount: more than one '/-'"),
        ("৳ ৳ 500", "'৳ ৳ 500' is not an amount: more than one currency sign on one side"),
        ("৳500 $", "'৳500 $' is not an amount: two different currencies (BDT and USD)"),
        ("$500", "'$500' is not an amount: it is in USD, not BDT"),
        ("500 EUR", "'500 EUR' is not an amount: it is in EUR, not BDT"),
    ],
)
def test_rejected_with_a_clear_message(text: str, message: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_amount(text)
    assert str(caught.value) == message
    assert caught.value.text == text.strip()
    assert message.endswith(caught.value.reason)


def test_too_many_decimals_for_the_currency() -> None:
    with pytest.raises(ParseError, match="JPY amounts have no decimal places"):
        parse_amount("500.5", "JPY")
    with pytest.raises(ParseError, match="3 decimal places, but USD has only 2"):
        parse_amount("$1.999", "USD")


def test_parse_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="not an amount"):
        parse_amount("x")


def test_bad_arguments() -> None:
    with pytest.raises(TypeError, match="takes a str"):
        parse_amount(12.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown currency code 'TAKA'"):
        parse_amount("12", "TAKA")


def test_detect_currency() -> None:
    assert detect_currency("$5") == "USD"
    assert detect_currency("৫০০ টাকা") == "BDT"
    assert detect_currency("Tk. 500/-") == "BDT"
    assert detect_currency("EUR 5") == "EUR"
    assert detect_currency("500") is None
    assert detect_currency("garbage") is None
    text = "£12.99"
    assert parse_amount(text, detect_currency(text) or "BDT") == Money(1299, "GBP")


# -- round trips: what we show, we read back -----------------------------------

LOCALES = ["bn", "bn_BD", "en", "en_BD", "en_US", "en_GB"]
amounts = st.integers(min_value=-(10**15), max_value=10**15)


@given(minor=amounts, locale=st.sampled_from(LOCALES), bengali=st.sampled_from([None, True, False]))
def test_round_trip_taka(minor: int, locale: str, bengali: bool | None) -> None:
    money = Money(minor)
    assert parse_amount(format_money(money, locale, bengali_digits=bengali)) == money


@given(
    minor=amounts,
    locale=st.sampled_from(LOCALES),
    currency=st.sampled_from(["USD", "EUR", "GBP", "INR", "JPY"]),
)
def test_round_trip_other_currencies(minor: int, locale: str, currency: str) -> None:
    money = Money(minor, currency)
    assert parse_amount(format_money(money, locale), currency) == money


@given(minor=amounts)
def test_round_trip_decimal_string(minor: int) -> None:
    money = Money(minor)
    assert parse_amount(money.to_decimal_string()) == money
