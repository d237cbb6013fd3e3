"""Money and times as the customer views show them, in the app's language.

Bengali when the application locale is Bengali (Bengali digits, lakh
grouping), English for Bangladesh otherwise. Times are stored UTC and shown
in the machine's zone.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from functools import cache

import phonenumbers
from PySide6.QtCore import QLocale

from crm_desktop.contact_points import DEFAULT_REGION
from crm_desktop.locale import LocaleFormatter
from crm_desktop.money import Money, is_known_currency
from crm_desktop.timeutil import to_local


@cache
def _formatter(locale_name: str) -> LocaleFormatter:
    return LocaleFormatter("bn_BD" if locale_name.startswith("bn") else "en_BD")


def formatter() -> LocaleFormatter:
    return _formatter(QLocale().name())


def money_text(minor: int | None, currency: str | None = None) -> str:
    if minor is None:
        return ""
    code = (currency or "BDT").upper()
    if not is_known_currency(code):
        return f"{Decimal(minor).scaleb(-2):,} {code}"  # a code CLDR does not know: plain
    return formatter().money(Money(minor, code))


def datetime_text(value: datetime | None) -> str:
    """A stored naive-UTC time as a local date and time: "8 Nov 2026, 10:34 am"."""
    if value is None:
        return ""
    f = formatter()
    return f"{f.date(to_local(value).date(), 'medium')}, {f.time(value)}"


def date_text(value: datetime | None) -> str:
    """A stored naive-UTC time as a local calendar date ("2 Jan 2024")."""
    if value is None:
        return ""
    return formatter().date(to_local(value).date(), "medium")


def relative_text(value: datetime | None) -> str:
    return formatter().relative(value) if value is not None else ""


@cache
def phone_text(e164: str) -> str:
    """A stored E.164 number the way people write it: national at home, international abroad."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    home = phonenumbers.region_code_for_number(number) == DEFAULT_REGION
    style = phonenumbers.PhoneNumberFormat.NATIONAL if home else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(number, style)


def count_text(n: int, one: str, many: str) -> str:
    """``one`` for a single thing, else ``many`` with ``{n}`` as a localized number.

    Both strings come already translated; Bengali uses the same form for both.
    """
    return one if n == 1 else many.replace("{n}", formatter().number(n))
