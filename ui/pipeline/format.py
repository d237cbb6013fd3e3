"""How the pipeline and tasks views write money, counts and dates.

In the window's language (``ui.i18n.ui_locale()``): ``en_BD`` is English as
written in Bangladesh (lakh/crore grouping, ৳ first, day-first dates),
``bn_BD`` the same in Bengali digits.
"""

from __future__ import annotations

from functools import lru_cache

from crm_desktop.locale import LocaleFormatter
from crm_desktop.money import Money
from ui.i18n import ui_locale


@lru_cache(maxsize=2)
def _formatter(locale: str) -> LocaleFormatter:
    return LocaleFormatter(locale)


def app_formatter() -> LocaleFormatter:
    return _formatter(ui_locale())


def money_text(minor: int, currency: str) -> str:
    """ "৳1,23,456.00"; cached because card painting asks for the same amounts again and again."""
    return _money_text(minor, currency, ui_locale())


@lru_cache(maxsize=4096)
def _money_text(minor: int, currency: str, locale: str) -> str:
    return _formatter(locale).money(Money(minor, currency))


def totals_text(totals: dict[str, int], *, compact: bool = True) -> str:
    """Per-currency totals joined with " + " ("৳4.5L + $300"); "৳0" when empty."""
    if not totals:
        totals = {"BDT": 0}
    fmt = app_formatter()
    parts = []
    for currency, minor in sorted(totals.items(), key=lambda item: (item[0] != "BDT", item[0])):
        money = Money(minor, currency)
        parts.append(fmt.money_compact(money) if compact else fmt.money(money))
    return " + ".join(parts)
