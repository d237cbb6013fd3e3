"""Numbers, money, months and words for charts, in the active language.

Built on :mod:`crm_desktop.locale`: compact money for axes ("৳1.2L",
"১.২ লাখ ৳"), full money for labels, Bengali digits under Bengali. Words go
through ``translate(context, text)`` (Qt's translator in the window, the
English text on the command line).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from crm_desktop.locale import (
    format_money,
    format_money_compact,
    format_month,
    format_number,
    format_percent,
    month_name,
    resolve_locale,
    to_bengali_digits,
)
from crm_desktop.money import Money, is_known_currency
from crm_desktop.reports.records import amount
from crm_desktop.reports.text import QT_TRANSLATE_NOOP, Translate, no_translation

CHANNEL_NAMES = {
    "call": QT_TRANSLATE_NOOP("Channels", "Call"),
    "email": QT_TRANSLATE_NOOP("Channels", "Email"),
    "sms": QT_TRANSLATE_NOOP("Channels", "SMS"),
    "whatsapp": QT_TRANSLATE_NOOP("Channels", "WhatsApp"),
    "facebook": QT_TRANSLATE_NOOP("Channels", "Facebook"),
    "chat": QT_TRANSLATE_NOOP("Channels", "Chat"),
    "meeting": QT_TRANSLATE_NOOP("Channels", "Meeting"),
    "visit": QT_TRANSLATE_NOOP("Channels", "Visit"),
    "note": QT_TRANSLATE_NOOP("Channels", "Note"),
}


@dataclass(frozen=True)
class ChartFormat:
    locale: str = "en"
    translate: Translate = field(default=no_translation, compare=False)

    def __post_init__(self) -> None:
        resolve_locale(self.locale)  # fail early on an unknown locale

    @property
    def bengali(self) -> bool:
        return resolve_locale(self.locale).is_bengali

    def tr(self, text: str, context: str = "Charts") -> str:
        return self.translate(context, text)

    def money(self, minor: int, currency: str) -> str:
        if not is_known_currency(currency):
            return f"{self.digits(str(amount(minor, currency)))} {currency}"
        return format_money(Money(minor, currency), self.locale)

    def money_compact(self, minor: int, currency: str, *, symbol: bool = True) -> str:
        if not is_known_currency(currency):
            return f"{self.number(minor // 100)} {currency}"
        return format_money_compact(Money(int(minor), currency), self.locale, symbol=symbol)

    def number(self, value: int | float) -> str:
        """A count ("1,234") or, for a float, one decimal ("12.5"); numpy scalars welcome."""
        if isinstance(value, int) or float(value).is_integer() and not isinstance(value, float):
            return format_number(int(value), self.locale, decimal_places=0)
        return format_number(float(value), self.locale, decimal_places=1)

    def percent(self, ratio: float, decimal_places: int = 0) -> str:
        return format_percent(float(ratio), self.locale, decimal_places=decimal_places)

    def digits(self, text: str) -> str:
        return to_bengali_digits(text) if self.bengali else text

    def month(self, key: str) -> str:
        """ "2026-03" → "Mar 2026" / "মার্চ ২০২৬"."""
        return format_month(key, self.locale)

    def month_tick(self, key: str, with_year: bool) -> str:
        """A short axis label: "Mar", or "Mar\\n2026" where the year should be shown."""
        name = month_name(int(key[5:7]), self.locale, width="abbreviated")
        return f"{name}\n{self.digits(key[:4])}" if with_year else name

    def month_ticks(self, keys: list[str]) -> list[str]:
        """Labels for a run of months: the year under the first month and under each January."""
        return [self.month_tick(k, i == 0 or k.endswith("-01")) for i, k in enumerate(keys)]

    def channel(self, key: str) -> str:
        return self.tr(CHANNEL_NAMES[key], "Channels") if key in CHANNEL_NAMES else key
