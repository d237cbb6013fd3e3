"""``LocaleFormatter``: the module functions bound to one locale and zone.

The UI makes one from the user's settings and passes it around, so views do
not each repeat the locale, the digit choice and the time zone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from crm_desktop.locale import date_formatting as _dates
from crm_desktop.locale import formatting as _numbers
from crm_desktop.locale.date_formatting import Length
from crm_desktop.locale.date_parsing import day_first_for_locale
from crm_desktop.locale.locales import resolve_locale
from crm_desktop.locale.timezones import TzLike
from crm_desktop.money import Money

__all__ = ["LocaleFormatter"]


@dataclass(frozen=True)
class LocaleFormatter:
    """Format numbers, money and dates for one ``locale`` ("bn", "en_BD", ...).

    ``bengali_digits=None`` means the locale's default (Bengali digits for
    bn); ``tz=None`` means the machine's zone.
    """

    locale: str = "bn_BD"
    bengali_digits: bool | None = None
    tz: TzLike = None

    def __post_init__(self) -> None:
        resolve_locale(self.locale)  # fail early on an unknown locale

    @property
    def day_first(self) -> bool:
        """The ``day_first`` to pass to ``parse_date`` for dates typed in this locale."""
        return day_first_for_locale(self.locale)

    @property
    def first_weekday(self) -> int:
        return _dates.first_weekday(self.locale)

    def money(self, money: Money) -> str:
        return _numbers.format_money(money, self.locale, bengali_digits=self.bengali_digits)

    def money_compact(self, money: Money, *, symbol: bool = True) -> str:
        return _numbers.format_money_compact(
            money, self.locale, symbol=symbol, bengali_digits=self.bengali_digits
        )

    def number(self, value: int | Decimal | float, *, decimal_places: int | None = None) -> str:
        return _numbers.format_number(
            value, self.locale, decimal_places=decimal_places, bengali_digits=self.bengali_digits
        )

    def compact_number(self, value: int | Decimal | float) -> str:
        return _numbers.format_compact_number(value, self.locale, bengali_digits=self.bengali_digits)

    def percent(self, value: int | Decimal | float, *, decimal_places: int = 0) -> str:
        return _numbers.format_percent(
            value, self.locale, decimal_places=decimal_places, bengali_digits=self.bengali_digits
        )

    def date(self, value: dt.date, length: Length = "medium") -> str:
        return _dates.format_date(value, self.locale, length, bengali_digits=self.bengali_digits)

    def datetime(self, value: dt.datetime, *, length: Length = "medium") -> str:
        return _dates.format_datetime(
            value, self.locale, self.tz, length=length, bengali_digits=self.bengali_digits
        )

    def time(self, value: dt.datetime, *, length: Length = "short") -> str:
        return _dates.format_time(
            value, self.locale, self.tz, length=length, bengali_digits=self.bengali_digits
        )

    def relative(self, value: dt.datetime, *, now: dt.datetime | None = None) -> str:
        return _dates.format_relative(value, self.locale, now=now, bengali_digits=self.bengali_digits)

    def month(self, value: str | dt.date) -> str:
        return _dates.format_month(value, self.locale, bengali_digits=self.bengali_digits)

    def month_name(self, month: int) -> str:
        return _dates.month_name(month, self.locale)
