"""The revised Bangladesh calendar (2019): the dates a shopkeeper knows by heart."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from crm_desktop.locale.bengali_calendar import BengaliDate, bengali_date, format_bengali_date, month_lengths


@pytest.mark.parametrize("year", [2019, 2023, 2024, 2025, 2028, 2100])
@pytest.mark.parametrize(
    ("month", "day", "expected"),
    [
        (4, 14, "১ বৈশাখ"),  # পহেলা বৈশাখ
        (12, 16, "১ পৌষ"),  # বিজয় দিবস
        (2, 21, "৮ ফাল্গুন"),  # শহীদ দিবস
        (3, 26, "১২ চৈত্র"),  # স্বাধীনতা দিবস
        (4, 13, "৩০ চৈত্র"),  # the last day of the year
        (10, 16, "৩১ আশ্বিন"),
        (10, 17, "১ কার্তিক"),
        (3, 15, "১ চৈত্র"),
    ],
)
def test_national_days_fall_on_their_bengali_dates(year: int, month: int, day: int, expected: str) -> None:
    assert format_bengali_date(date(year, month, day)).startswith(expected + " ")


def test_year_number_changes_on_14_april() -> None:
    assert bengali_date(date(2025, 4, 13)) == BengaliDate(1431, 12, 30)
    assert bengali_date(date(2025, 4, 14)) == BengaliDate(1432, 1, 1)
    assert format_bengali_date(date(2025, 4, 14)) == "১ বৈশাখ ১৪৩২"
    assert format_bengali_date(date(2025, 4, 14), "en") == "1 Boishakh 1432"
    assert format_bengali_date(date(2026, 1, 1)) == "১৭ পৌষ ১৪৩২"


def test_falgun_has_30_days_in_a_leap_year() -> None:
    # 1430 বঙ্গাব্দ: its ফাল্গুন falls in February 2024, a leap year
    assert month_lengths(1430)[10] == 30 and month_lengths(1431)[10] == 29
    assert bengali_date(date(2024, 2, 29)) == BengaliDate(1430, 11, 16)
    assert bengali_date(date(2024, 3, 14)) == BengaliDate(1430, 11, 30)
    assert bengali_date(date(2025, 3, 14)) == BengaliDate(1431, 11, 29)
    assert sum(month_lengths(1430)) == 366 and sum(month_lengths(1431)) == 365


def test_every_day_follows_the_one_before_for_a_century() -> None:
    day, previous = date(2000, 1, 1), bengali_date(date(1999, 12, 31))
    while day < date(2100, 1, 1):
        current = bengali_date(day)
        if current.day == 1:
            assert previous.day == month_lengths(previous.year)[previous.month - 1]
            assert (current.month, current.year) in (
                (previous.month + 1, previous.year),
                (1, previous.year + 1),
            )
        else:
            assert (current.year, current.month, current.day) == (
                previous.year,
                previous.month,
                previous.day + 1,
            )
        previous, day = current, day + timedelta(days=1)
