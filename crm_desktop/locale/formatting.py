"""Numbers and money for people to read, in Bengali or English.

Money conventions (the tests pin these exact strings):

* Bengali puts the sign after the number, as CLDR does, separated by a
  NO-BREAK SPACE (U+00A0) so a label never wraps between the two:
  ``১,২৩,৪৫৬.৫০\u00a0৳``. CLDR's own bn pattern has no space; the space is
  ours, for legibility, and matches the issue's example.
* English puts ``৳`` first with no space: ``৳1,23,456.50``. CLDR's English
  symbol for BDT is the code "BDT"; we use ``৳`` because a Bangladeshi shop
  reads it.
* BDT is always grouped in lakhs and crores (1,23,45,678.00), whatever the
  language. Other currencies follow their locale: ``$1,234.50`` under en.
* Negative amounts (refunds) get a leading minus: ``-৳1,500.00``.
* Bengali locales use Bengali digits unless ``bengali_digits=False``.

Date and time formatting is in :mod:`.date_formatting` and re-exported here,
so ``from crm_desktop.locale.formatting import format_date`` works.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, localcontext

from babel.numbers import format_currency as _babel_currency
from babel.numbers import format_decimal as _babel_decimal
from babel.numbers import format_percent as _babel_percent
from babel.numbers import get_currency_symbol

from crm_desktop.locale.date_formatting import (
    first_weekday,
    format_date,
    format_datetime,
    format_month,
    format_relative,
    format_time,
    month_name,
)
from crm_desktop.locale.digits import to_bengali_digits
from crm_desktop.locale.locales import LocaleInfo, resolve_locale
from crm_desktop.money import Money, minor_units

__all__ = [
    "MONEY_SPACE",
    "TAKA_SIGN",
    "first_weekday",
    "format_compact_number",
    "format_date",
    "format_datetime",
    "format_money",
    "format_money_compact",
    "format_month",
    "format_number",
    "format_percent",
    "format_relative",
    "format_time",
    "month_name",
]

TAKA_SIGN = "৳"
MONEY_SPACE = "\u00a0"  # between a Bengali amount and its sign, and before compact units

_LAKH_GROUPING = "#,##,##0"
_WESTERN_GROUPING = "#,##0"

# (factor, English unit, Bengali unit), smallest first.
_SOUTH_ASIAN_SCALE = (
    (1, "", ""),
    (10**3, "K", "হাজার"),
    (10**5, "L", "লাখ"),
    (10**7, "Cr", "কোটি"),
)
_WESTERN_SCALE = (
    (1, "", ""),
    (10**3, "K", "হাজার"),
    (10**6, "M", "মিলিয়ন"),
    (10**9, "B", "বিলিয়ন"),
)

Number = int | Decimal | float


def _digits(text: str, info: LocaleInfo, bengali_digits: bool | None) -> str:
    use = info.native_digits if bengali_digits is None else bengali_digits
    return to_bengali_digits(text) if use else text


def _grouping(info: LocaleInfo) -> str:
    return _LAKH_GROUPING if info.groups_in_lakhs else _WESTERN_GROUPING


def _fraction(min_digits: int, max_digits: int) -> str:
    if max_digits <= 0:
        return ""
    return "." + "0" * min_digits + "#" * (max_digits - min_digits)


def _as_decimal(value: Number) -> Decimal:
    if isinstance(value, bool):
        raise TypeError("a bool is not a number to format")
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, int | Decimal):
        return Decimal(value)
    raise TypeError(f"cannot format {type(value).__name__} as a number")


# -- plain numbers ---------------------------------------------------------


def format_number(
    value: Number,
    locale: str,
    *,
    decimal_places: int | None = None,
    bengali_digits: bool | None = None,
) -> str:
    """``1234567`` → "12,34,567" (bn, en_BD) or "1,234,567" (en, en_US).

    ``decimal_places=None`` shows up to 3 fraction digits, dropping trailing
    zeros; a number fixes exactly that many. Rounding is half up (2.345 → 2.35),
    not Babel's default half even.
    """
    info = resolve_locale(locale)
    number = _as_decimal(value)
    if decimal_places is None:
        pattern = _grouping(info) + _fraction(0, 3)
    else:
        pattern = _grouping(info) + _fraction(decimal_places, decimal_places)
    with localcontext(rounding=ROUND_HALF_UP):
        text = _babel_decimal(number, format=pattern, locale=info.data)
    return _digits(text, info, bengali_digits)


def format_percent(
    value: Number,
    locale: str,
    *,
    decimal_places: int = 0,
    bengali_digits: bool | None = None,
) -> str:
    """A ratio as a percentage: ``0.125`` → "13%", or "12.5%" with ``decimal_places=1``."""
    info = resolve_locale(locale)
    base = info.data.percent_formats[None].pattern.split(";", 1)[0]
    number_part = _grouping(info) + _fraction(decimal_places, decimal_places)
    pattern = re.sub(r"[#,0]*0(?:\.[0#]+)?", number_part, base, count=1)
    with localcontext(rounding=ROUND_HALF_UP):
        text = _babel_percent(_as_decimal(value), format=pattern, locale=info.data)
    return _digits(text, info, bengali_digits)


# -- money -----------------------------------------------------------------


# CLDR's Bengali writes "US$" (Latin letters in a Bengali sentence); a shop owner writes "$".
BENGALI_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "INR": "₹"}


def _symbol(currency: str, info: LocaleInfo) -> str:
    if currency == "BDT":
        return TAKA_SIGN
    if info.is_bengali and currency in BENGALI_SYMBOLS:
        return BENGALI_SYMBOLS[currency]
    return str(get_currency_symbol(currency, info.data))


def _south_asian_money(money: Money, info: LocaleInfo) -> bool:
    return money.currency == "BDT" or info.is_bengali


def format_money(
    money: Money,
    locale: str,
    *,
    bengali_digits: bool | None = None,
) -> str:
    """Money for display: 12345650 paisa → "১,২৩,৪৫৬.৫০\u00a0৳" (bn), "৳1,23,456.50" (en)."""
    if not isinstance(money, Money):
        raise TypeError(f"format_money takes Money, not {type(money).__name__}")
    info = resolve_locale(locale)
    digits = minor_units(money.currency)
    if info.language in ("bn", "en") and _south_asian_money(money, info):
        pattern = _LAKH_GROUPING + _fraction(digits, digits)
        number = _babel_decimal(abs(money.major), format=pattern, locale=info.data)
        sign = "-" if money.minor < 0 else ""
        symbol = _symbol(money.currency, info)
        text = f"{sign}{number}{MONEY_SPACE}{symbol}" if info.is_bengali else f"{sign}{symbol}{number}"
    else:
        text = _babel_currency(money.major, money.currency, locale=info.data)
    return _digits(text, info, bengali_digits)


def _compact(
    value: Decimal,
    info: LocaleInfo,
    south_asian: bool,
) -> tuple[str, str]:
    """(number text, unit): 123456 → ("1.2", "L"), 950 → ("950", ""), 99999 → ("1", "L").

    The largest unit the amount reaches, one decimal at most (half up); if
    rounding reaches the next unit, that unit is used instead ("1L", not "100K").
    Below a thousand the number is rounded to a whole.
    """
    scale = _SOUTH_ASIAN_SCALE if south_asian else _WESTERN_SCALE
    magnitude = abs(value)
    index = max(i for i, (factor, _, _) in enumerate(scale) if i == 0 or magnitude >= factor)

    def rounded(i: int) -> Decimal:
        quantum = Decimal("1") if i == 0 else Decimal("0.1")
        return (magnitude / scale[i][0]).quantize(quantum, rounding=ROUND_HALF_UP)

    scaled = rounded(index)
    while index + 1 < len(scale) and scaled * scale[index][0] >= scale[index + 1][0]:
        index += 1
        scaled = rounded(index)
    grouping = _LAKH_GROUPING if south_asian else _WESTERN_GROUPING
    number = _babel_decimal(scaled, format=grouping + ".#", locale=info.data)
    _, en_unit, bn_unit = scale[index]
    return number, bn_unit if info.is_bengali else en_unit


def format_compact_number(
    value: Number,
    locale: str,
    *,
    bengali_digits: bool | None = None,
) -> str:
    """Short numbers for chart axes: "1.2L", "3.4Cr" (en_BD), "1.2M" (en), "১.২\u00a0লাখ" (bn).

    Lakh/crore when the locale groups in lakhs (bn, en_BD), K/M/B otherwise.
    """
    info = resolve_locale(locale)
    number = _as_decimal(value)
    text, unit = _compact(number, info, info.groups_in_lakhs)
    sign = "-" if number < 0 and text.strip("0.,") else ""
    if unit and info.is_bengali:
        unit = MONEY_SPACE + unit
    return _digits(f"{sign}{text}{unit}", info, bengali_digits)


def format_money_compact(
    money: Money,
    locale: str,
    *,
    symbol: bool = True,
    bengali_digits: bool | None = None,
) -> str:
    """Short money for chart axes.

    BDT (and any currency under Bengali) uses lakh/crore, never K/M:
    en "৳1.2L", "৳3.4Cr", "৳45K", "৳950", "৳1L" for 99,999; bn "১.২ লাখ ৳", "৩.৪ কোটি ৳",
    "৪৫ হাজার ৳" (spaces are no-break). ``symbol=False`` leaves the sign off
    ("১.২ লাখ") for axes whose title already names the currency. Other
    currencies under English use K/M/B: "$1.2M".
    """
    if not isinstance(money, Money):
        raise TypeError(f"format_money_compact takes Money, not {type(money).__name__}")
    info = resolve_locale(locale)
    text, unit = _compact(money.major, info, _south_asian_money(money, info))
    sign = "-" if money.minor < 0 and text.strip("0.,") else ""
    sym = _symbol(money.currency, info) if symbol else ""
    if info.is_bengali:
        parts = [f"{sign}{text}"] + [p for p in (unit, sym) if p]
        out = MONEY_SPACE.join(parts)
    else:
        out = f"{sign}{sym}{text}{unit}"
    return _digits(out, info, bengali_digits)
