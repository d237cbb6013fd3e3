"""How the pipeline and tasks views write money, counts and dates.

Until the language setting lands, the window speaks English as written in
Bangladesh: ``en_BD`` (lakh/crore grouping, ৳ first, day-first dates).
"""

from __future__ import annotations

from functools import lru_cache

from crm_desktop.locale import LocaleFormatter
from crm_desktop.money import Money

UI_LOCALE = "en_BD"


@lru_cache(maxsize=1)
def app_formatter() -> LocaleFormatter:
    return LocaleFormatter(UI_LOCALE)


@lru_cache(maxsize=4096)
def money_text(minor: int, currency: str) -> str:
    """ "৳1,23,456.00"; cached because card painting asks for the same amounts again and again."""
    return app_formatter().money(Money(minor, currency))


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
