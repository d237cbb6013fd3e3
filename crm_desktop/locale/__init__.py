"""The one place the app formats and parses numbers, money and dates.

Built on Babel (CLDR data); no Qt. Locales are strings such as "bn",
"bn_BD", "en", "en_BD", "en_US" (see :mod:`.locales` for how they resolve).

Formatting::

    format_money(Money(12345650), "bn")   # '১,২৩,৪৫৬.৫০\\xa0৳' (no-break space)
    format_money(Money(12345650), "en")   # '৳1,23,456.50'
    format_date(date(2010, 12, 1), "en_BD")  # '1 Dec 2010'

Parsing (raises :class:`ParseError` with a sentence for the user)::

    parse_amount("১,৫০০/-")                # Money(minor=150000, currency='BDT')
    parse_date("01/12/2010")               # date(2010, 12, 1): day first by default
"""

from __future__ import annotations

from crm_desktop.locale.date_formatting import (
    first_weekday,
    format_date,
    format_datetime,
    format_month,
    format_relative,
    format_time,
    month_name,
)
from crm_desktop.locale.date_parsing import (
    day_first_for_locale,
    detect_day_first,
    expand_two_digit_year,
    parse_date,
    parse_datetime,
)
from crm_desktop.locale.digits import to_bengali_digits, to_latin_digits
from crm_desktop.locale.errors import ParseError
from crm_desktop.locale.formatter import LocaleFormatter
from crm_desktop.locale.formatting import (
    MONEY_SPACE,
    TAKA_SIGN,
    format_compact_number,
    format_money,
    format_money_compact,
    format_number,
    format_percent,
)
from crm_desktop.locale.locales import LocaleInfo, resolve_locale
from crm_desktop.locale.parsing import detect_currency, parse_amount
from crm_desktop.locale.timezones import local_to_utc, utc_to_local

__all__ = [
    "MONEY_SPACE",
    "TAKA_SIGN",
    "LocaleFormatter",
    "LocaleInfo",
    "ParseError",
    "day_first_for_locale",
    "detect_currency",
    "detect_day_first",
    "expand_two_digit_year",
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
    "local_to_utc",
    "month_name",
    "parse_amount",
    "parse_date",
    "parse_datetime",
    "resolve_locale",
    "to_bengali_digits",
    "to_latin_digits",
    "utc_to_local",
]
