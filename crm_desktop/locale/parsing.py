"""Reading amounts (and, re-exported from :mod:`.date_parsing`, dates) typed by people.

:func:`parse_amount` accepts what shows up in Bangladeshi shops and their files:

* Bengali or Latin digits (or any Unicode decimal digits): "১,৫০০", "1,500".
* Thousands separators, Western "1,234,567.50" or South Asian "12,34,567.50";
  the groups must be consistent with one of the two ("1,23,4567" is refused).
  The decimal separator is always "." — a comma is never a decimal point
  ("12,50" is refused rather than guessed).
* A currency sign or code before or after, with or without spaces: ৳, Tk,
  Tk., Taka, টাকা, BDT, $, US$, USD, €, £, ₹, ¥ or any ISO 4217 code. If the
  text names a currency other than ``currency``, that is an error; use
  :func:`detect_currency` first when a column may mix currencies.
* Negatives as a leading minus ("-500", "৳-500", "-৳500") or parentheses
  ("(500)", "৳ (500.00)").
* The Bangladeshi "/-" or "/=" after the amount ("1,500/-"), and a trailing
  "only" or "মাত্র" ("৫০০ টাকা মাত্র").

More decimal places than the currency has is an error, never rounding:
"1.500" as BDT is refused (it may well be a European "1500").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from crm_desktop.locale import errors as e
from crm_desktop.locale.date_parsing import (
    detect_day_first,
    expand_two_digit_year,
    parse_date,
    parse_datetime,
)
from crm_desktop.locale.digits import to_latin_digits
from crm_desktop.locale.errors import MAX_INPUT_CHARS, ParseError
from crm_desktop.locale.timezones import local_to_utc, utc_to_local
from crm_desktop.money import DEFAULT_CURRENCY, Money, is_known_currency, minor_units

__all__ = [
    "ParseError",
    "detect_currency",
    "detect_day_first",
    "expand_two_digit_year",
    "local_to_utc",
    "parse_amount",
    "parse_date",
    "parse_datetime",
    "utc_to_local",
]

_AMOUNT = e.AN_AMOUNT

# Currency marks other than ISO codes (which are matched separately), lower case.
_CURRENCY_MARKS = {
    "৳": "BDT",
    "টাকা": "BDT",
    "tk": "BDT",
    "tk.": "BDT",
    "taka": "BDT",
    "$": "USD",
    "us$": "USD",
    "€": "EUR",
    "£": "GBP",
    "₹": "INR",
    "¥": "JPY",
    "jp¥": "JPY",
}
_FILLERS = {"only", "মাত্র"}

_WORD = re.compile(
    r"টাকা|মাত্র|us\$|jp¥|tk\.?(?![a-z])|taka(?![a-z])|only(?![a-z])|[৳$€£₹¥]|[a-z]{3}(?![a-z])",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"[0-9.,]+")
_SLASH_DASH = re.compile(r"/\s*[-=]")
_MINUS = "-−–"  # hyphen-minus, minus sign, en dash (spreadsheets use all three)


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # "sign", "open", "close", "number", "currency", "slash", "filler"
    raw: str
    value: str = ""


def _fail(text: str, reason: str) -> ParseError:
    return ParseError(text, _AMOUNT, reason)


def _scan(text: str, s: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c.isspace():
            i += 1
        elif c in _MINUS or c == "+":
            tokens.append(_Token("sign", c, "+" if c == "+" else "-"))
            i += 1
        elif c in "()":
            tokens.append(_Token("open" if c == "(" else "close", c))
            i += 1
        elif c == "/" and (m := _SLASH_DASH.match(s, i)):
            tokens.append(_Token("slash", m.group()))
            i = m.end()
        elif (m := _NUMBER.match(s, i)) is not None:
            tokens.append(_Token("number", m.group()))
            i = m.end()
        elif (m := _WORD.match(s, i)) is not None:
            word = m.group().lower()
            if word in _FILLERS:
                tokens.append(_Token("filler", m.group()))
            elif word in _CURRENCY_MARKS:
                tokens.append(_Token("currency", m.group(), _CURRENCY_MARKS[word]))
            elif is_known_currency(word.upper()):
                tokens.append(_Token("currency", m.group(), word.upper()))
            else:
                raise _fail(text, e.UNEXPECTED_TEXT.format(text=_run(s, i)))
            i = m.end()
        else:
            raise _fail(text, e.UNEXPECTED_TEXT.format(text=_run(s, i)))
    return tokens


def _run(s: str, i: int) -> str:
    """The stretch of non-space text starting at ``i``, for error messages."""
    j = i
    while j < len(s) and not s[j].isspace():
        j += 1
    return s[i:j]


def _clean(text: str) -> str:
    s = unicodedata.normalize("NFC", to_latin_digits(text))
    s = s.replace("\u200c", "").replace("\u200d", "")  # zero-width (non-)joiners
    return s.strip()


def detect_currency(text: str) -> str | None:
    """The ISO code the text names ("$12" → "USD", "১২ টাকা" → "BDT"), or None."""
    try:
        tokens = _scan(text, _clean(text))
    except ParseError:
        return None
    return next((t.value for t in tokens if t.kind == "currency"), None)


def _check_grouping(text: str, integer: str) -> None:
    groups = integer.split(",")
    if any(not g for g in groups):
        raise _fail(text, e.COMMA_MISPLACED)
    first, rest = groups[0], groups[1:]
    western = len(first) <= 3 and all(len(g) == 3 for g in rest)
    south_asian = len(first) <= 2 and all(len(g) == 2 for g in rest[:-1]) and len(rest[-1]) == 3
    if western or south_asian:
        return
    if len(groups) == 2 and len(rest[0]) < 3:
        raise _fail(text, e.COMMA_AS_DECIMAL)
    raise _fail(text, e.BAD_GROUPING)


# At most 16 digits of minor units (৳9,99,99,99,99,99,999.99): more is a
# typing slip, not a sale, and no 64-bit database column could hold much more.
_MAX_MINOR_DIGITS = 16


def _to_minor(text: str, number: str, currency: str) -> int:
    if not any(ch.isdigit() for ch in number):
        raise _fail(text, e.NO_DIGITS)
    if number.count(".") > 1:
        raise _fail(text, e.TWO_DECIMAL_POINTS)
    integer, _, fraction = number.partition(".")
    if "," in fraction:
        raise _fail(text, e.COMMA_AFTER_POINT)
    if integer and "," in integer:
        _check_grouping(text, integer)
    digits = minor_units(currency)
    if len(fraction) > digits:
        if digits == 0:
            raise _fail(text, e.NO_DECIMALS.format(currency=currency))
        raise _fail(text, e.TOO_MANY_DECIMALS.format(count=len(fraction), currency=currency, digits=digits))
    if len(integer.replace(",", "").lstrip("0")) + digits > _MAX_MINOR_DIGITS:
        raise _fail(text, e.NUMBER_TOO_LARGE)
    whole = int(integer.replace(",", "") or "0")
    return whole * 10**digits + int(fraction.ljust(digits, "0") or "0")


def parse_amount(text: str, currency: str = DEFAULT_CURRENCY) -> Money:
    """Parse money typed by a person into :class:`Money` of ``currency``.

    >>> parse_amount("১,২৩,৪৫৬.৫০ ৳")
    Money(minor=12345650, currency='BDT')

    Raises :class:`ParseError` with a sentence saying what is wrong.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_amount takes a str, not {type(text).__name__}")
    if not is_known_currency(currency):
        raise ValueError(f"unknown currency code {currency!r}")
    shown = text.strip()
    if len(shown) > MAX_INPUT_CHARS:
        raise _fail(shown, e.TOO_LONG.format(length=len(shown)))
    tokens = _scan(shown, _clean(text))
    kinds = [t.kind for t in tokens]
    if not tokens:
        raise _fail(shown, e.EMPTY)
    numbers = [i for i, k in enumerate(kinds) if k == "number"]
    if not numbers:
        raise _fail(shown, e.NO_DIGITS)
    if len(numbers) > 1:
        raise _fail(shown, e.TWO_NUMBERS)
    at = numbers[0]
    before, after = tokens[:at], tokens[at + 1 :]

    signs = [t for t in tokens if t.kind == "sign"]
    if any(t.kind == "sign" for t in after):
        raise _fail(shown, e.SIGN_AFTER)
    if len(signs) > 1:
        raise _fail(shown, e.TWO_SIGNS)
    opens, closes = kinds.count("open"), kinds.count("close")
    if opens or closes:
        if not (
            opens == 1
            and closes == 1
            and any(t.kind == "open" for t in before)
            and any(t.kind == "close" for t in after)
        ):
            raise _fail(shown, e.UNBALANCED)
        if signs:
            raise _fail(shown, e.PARENTHESES_AND_SIGN)
    if any(t.kind in ("slash", "filler") for t in before):
        raise _fail(shown, e.SLASH_DASH_FIRST)
    if kinds.count("slash") > 1:
        raise _fail(shown, e.TWO_SLASH_DASHES)

    marks = [t for t in tokens if t.kind == "currency"]
    if sum(t.kind == "currency" for t in before) > 1 or sum(t.kind == "currency" for t in after) > 1:
        raise _fail(shown, e.TWO_CURRENCY_SIGNS)
    codes = sorted({t.value for t in marks})
    if len(codes) > 1:
        raise _fail(shown, e.TWO_CURRENCIES.format(first=codes[0], second=" and ".join(codes[1:])))
    if codes and codes[0] != currency:
        raise _fail(shown, e.OTHER_CURRENCY.format(found=codes[0], currency=currency))

    minor = _to_minor(shown, tokens[at].raw, currency)
    negative = bool(opens) or (bool(signs) and signs[0].value == "-")
    return Money(-minor if negative else minor, currency)
