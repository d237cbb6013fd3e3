"""The Bengali calendar (বঙ্গাব্দ) as Bangladesh has kept it since the 2019 revision.

A pure function of the Gregorian date, no tables to update:

* the year starts on 14 April (১ বৈশাখ);
* বৈশাখ to আশ্বিন (months 1–6) have 31 days, কার্তিক to মাঘ and চৈত্র 30,
  ফাল্গুন 29 — 30 when the Gregorian year it falls in is a leap year (its
  extra day sits where 29 February does, so ১ চৈত্র is always 15 March);
* the year number is the Gregorian year − 593 from 14 April, − 594 before.

So the national days land on fixed Bengali dates: 21 February = ৮ ফাল্গুন,
26 March = ১২ চৈত্র, 16 December = ১ পৌষ.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from crm_desktop.locale.digits import to_bengali_digits

__all__ = ["BENGALI_MONTHS", "LATIN_MONTHS", "BengaliDate", "bengali_date", "format_bengali_date"]

BENGALI_MONTHS = (
    "বৈশাখ",
    "জ্যৈষ্ঠ",
    "আষাঢ়",
    "শ্রাবণ",
    "ভাদ্র",
    "আশ্বিন",
    "কার্তিক",
    "অগ্রহায়ণ",
    "পৌষ",
    "মাঘ",
    "ফাল্গুন",
    "চৈত্র",
)
LATIN_MONTHS = (
    "Boishakh",
    "Joishtho",
    "Asharh",
    "Shrabon",
    "Bhadro",
    "Ashwin",
    "Kartik",
    "Ogrohayon",
    "Poush",
    "Magh",
    "Falgun",
    "Choitro",
)
NEW_YEAR = (4, 14)  # 14 April: ১ বৈশাখ
YEAR_OFFSET = 593  # বঙ্গাব্দ = Gregorian year − 593 from 14 April on


@dataclass(frozen=True, order=True)
class BengaliDate:
    year: int  # বঙ্গাব্দ
    month: int  # 1 = বৈশাখ … 12 = চৈত্র
    day: int

    @property
    def month_name(self) -> str:
        return BENGALI_MONTHS[self.month - 1]


def month_lengths(year: int) -> tuple[int, ...]:
    """Days of each month of the Bengali year ``year`` (বঙ্গাব্দ)."""
    gregorian_of_falgun = year + YEAR_OFFSET + 1
    falgun = 30 if calendar.isleap(gregorian_of_falgun) else 29
    return (31, 31, 31, 31, 31, 31, 30, 30, 30, 30, falgun, 30)


def bengali_date(day: date) -> BengaliDate:
    """The revised Bangladesh calendar's date for a Gregorian ``day``."""
    start_year = day.year if (day.month, day.day) >= NEW_YEAR else day.year - 1
    offset = (day - date(start_year, *NEW_YEAR)).days
    year = start_year - YEAR_OFFSET
    for month, length in enumerate(month_lengths(year), start=1):
        if offset < length:
            return BengaliDate(year, month, offset + 1)
        offset -= length
    raise AssertionError("a Bengali year always ends on 13 April")  # pragma: no cover


def format_bengali_date(day: date, locale: str = "bn") -> str:
    """``"১ বৈশাখ ১৪৩২"`` in Bengali; ``"1 Boishakh 1432"`` in any other locale."""
    b = bengali_date(day)
    if locale.split("_")[0] == "bn":
        return to_bengali_digits(f"{b.day} {BENGALI_MONTHS[b.month - 1]} {b.year}")
    return f"{b.day} {LATIN_MONTHS[b.month - 1]} {b.year}"
