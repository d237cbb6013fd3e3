"""Dates and times as people read them; stored datetimes are naive UTC."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest
from babel import Locale
from babel.dates import format_timedelta, get_month_names

from crm_desktop.locale import (
    day_first_for_locale,
    format_date,
    format_datetime,
    format_month,
    format_relative,
    format_time,
    month_name,
    parse_date,
    parse_datetime,
    to_bengali_digits,
)

DAY = date(2010, 12, 1)
STORED = datetime(2010, 12, 1, 8, 26)  # 08:26 UTC = 14:26 in Dhaka
DHAKA_WALL_CLOCK = datetime(2010, 12, 1, 14, 26)


LENGTHS = ("short", "medium", "long", "full")
LOCALES = ("bn", "en", "en_US", "en_BD", "en_GB")
LATIN = re.compile("[A-Za-z0-9]")


def babel_month(month: int, locale: str, width: str = "wide") -> str:
    """The month's name as this Babel release spells it (CLDR changes spellings between releases)."""
    return get_month_names(width, locale=locale)[month]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("length", LENGTHS)
def test_a_formatted_date_reads_back_as_the_same_day(locale: str, length: str) -> None:
    shown = format_date(DAY, locale, length)  # type: ignore[arg-type]
    assert parse_date(shown, day_first=day_first_for_locale(locale)) == DAY


@pytest.mark.parametrize("length", LENGTHS)
def test_bengali_dates_have_bengali_digits_and_month_names(length: str) -> None:
    shown = format_date(DAY, "bn", length)  # type: ignore[arg-type]
    assert not LATIN.search(shown)
    assert "২০১০" in shown or "১০" in shown  # the year, in Bengali digits
    if length in ("long", "full"):
        assert babel_month(12, "bn") in shown


def test_day_and_month_order_follows_the_country() -> None:
    assert format_date(DAY, "en_US", "short").startswith("12/1/")  # month first
    assert format_date(DAY, "en_GB", "short").startswith("01/12/")  # day first
    assert format_date(DAY, "en_BD", "short").startswith("01/12/")
    assert babel_month(12, "en") in format_date(DAY, "en_GB", "long")


def test_format_date_latin_digits_in_bengali() -> None:
    shown = format_date(DAY, "bn", bengali_digits=False)
    assert "2010" in shown and babel_month(12, "bn", "abbreviated") in shown
    assert not re.search("[০-৯]", shown)


def test_format_date_refuses_datetimes() -> None:
    with pytest.raises(TypeError, match="use format_datetime"):
        format_date(STORED, "en")


@pytest.mark.parametrize(
    ("locale", "clock"),
    [("bn", "২:২৬:০০"), ("en", "2:26:00"), ("en_BD", "2:26:00"), ("en_GB", "14:26:00")],
)
def test_format_datetime_shows_local_time(locale: str, clock: str) -> None:
    shown = format_datetime(STORED, locale, "Asia/Dhaka")
    assert clock in shown  # 08:26 UTC is 14:26 in Dhaka
    assert shown.startswith(format_date(DAY, locale, "medium"))
    assert parse_datetime(shown, day_first=day_first_for_locale(locale)) == DHAKA_WALL_CLOCK


def test_english_twelve_hour_clocks_say_am_or_pm() -> None:
    """Whatever case CLDR writes it in ("PM", "pm"), the time of day is there."""
    assert re.search(r"2:26:00\s?pm$", format_datetime(STORED, "en", "Asia/Dhaka"), re.IGNORECASE)
    assert re.search(r"2:26:00\s?pm$", format_datetime(STORED, "en_BD", "Asia/Dhaka"), re.IGNORECASE)
    assert not re.search("am|pm", format_datetime(STORED, "en_GB", "Asia/Dhaka"), re.IGNORECASE)


def test_format_datetime_lengths_and_zones() -> None:
    assert re.fullmatch(r"12/1/10, 8:26\s?am", format_datetime(STORED, "en", "UTC", length="short"), re.I)
    assert re.search(r"3:26:00\s?am$", format_datetime(STORED, "en", "America/New_York"), re.I)
    full = format_datetime(STORED, "en_BD", "Asia/Dhaka", length="full")
    assert full.startswith(format_date(DAY, "en_BD", "full"))
    assert re.search(r"2:26:00\s?pm Bangladesh Standard Time$", full, re.I)


def test_format_datetime_defaults_to_machine_zone() -> None:
    machine = datetime.now().astimezone().tzinfo
    assert format_datetime(STORED, "en") == format_datetime(STORED, "en", machine)


def test_format_datetime_refuses_aware_datetimes() -> None:
    with pytest.raises(ValueError, match="naive UTC"):
        format_datetime(STORED.replace(tzinfo=UTC), "en")


def test_unknown_zone() -> None:
    with pytest.raises(ValueError, match="unknown time zone 'Mars/Base'"):
        format_datetime(STORED, "en", "Mars/Base")


def test_format_time() -> None:
    bengali = format_time(STORED, "bn", "Asia/Dhaka")
    assert bengali.startswith("২:২৬ ") and not LATIN.search(bengali)
    assert parse_datetime(f"1/12/2010 {bengali}") == DHAKA_WALL_CLOCK  # the word reads back as afternoon
    assert format_time(STORED, "en_GB", "Asia/Dhaka") == "14:26"
    assert re.fullmatch(r"8:26:00\s?am", format_time(STORED, "en", "UTC", length="medium"), re.I)


@pytest.mark.parametrize(
    ("delta", "en", "bn_number"),
    [
        (timedelta(days=-3), "3 days ago", "৩"),
        (timedelta(hours=-5), "5 hours ago", "৫"),
        (timedelta(days=-35), "1 month ago", "১"),
        (timedelta(days=2), "in 2 days", "২"),
    ],
)
def test_format_relative(delta: timedelta, en: str, bn_number: str) -> None:
    now = datetime(2026, 3, 10, 12, 0)
    assert format_relative(now + delta, "en", now=now) == en
    bengali = format_relative(now + delta, "bn", now=now)
    assert bn_number in bengali and not LATIN.search(bengali)
    # the words are CLDR's, which this Babel release spells its own way ("ঘন্টা" or "ঘণ্টা")
    assert bengali == to_bengali_digits(format_timedelta(delta, add_direction=True, locale="bn"))


def test_format_relative_defaults_to_now_in_utc() -> None:
    three_days_ago = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=3)
    assert format_relative(three_days_ago, "en") == "3 days ago"


def test_month_names() -> None:
    assert month_name(3, "en") == "March"
    assert month_name(3, "bn") == "মার্চ"
    assert month_name(1, "bn") == babel_month(1, "bn")  # জানুয়ারী or জানুয়ারি, by CLDR release
    assert parse_date(f"৫ {month_name(1, 'bn')} ২০২৬") == date(2026, 1, 5)
    assert month_name(12, "en", width="abbreviated") == "Dec"
    with pytest.raises(ValueError, match="month must be 1-12"):
        month_name(13, "en")


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en", "Mar 2026"),
        ("en_GB", "Mar 2026"),
        ("bn", f"{get_month_names('abbreviated', locale='bn')[3]} ২০২৬"),
    ],
)
def test_format_month_for_chart_labels(locale: str, expected: str) -> None:
    assert format_month("2026-03", locale) == expected
    assert format_month(date(2026, 3, 17), locale) == expected


def test_format_month_wide_and_latin() -> None:
    assert format_month("2026-01", "en", width="wide") == "January 2026"
    assert (
        format_month("2026-12", "bn", bengali_digits=False) == f"{babel_month(12, 'bn', 'abbreviated')} 2026"
    )


@pytest.mark.parametrize("bad", ["2026-13", "2026-3", "March 2026", ""])
def test_format_month_rejects_bad_keys(bad: str) -> None:
    with pytest.raises(ValueError, match="expected a month as 'YYYY-MM'"):
        format_month(bad, "en")


BENGALI_DAY_PERIODS = {
    name for names in Locale.parse("bn").day_periods["format"].values() for name in names.values()
}


@pytest.mark.parametrize("hour", [0, 4, 7, 12, 15, 16, 18, 20, 23])
def test_bengali_times_say_the_time_of_day_in_words(hour: int) -> None:
    """CLDR's Bengali day periods (its "B" field: ভোর, সকাল, দুপুর …) instead of the Latin AM/PM of "h:mm a"."""
    stored = datetime(2010, 12, 1, hour, 5)
    shown = format_time(stored, "bn", "UTC")
    clock, word = shown.split(" ", 1)
    assert clock == to_bengali_digits(f"{(hour - 1) % 12 + 1}:05")
    assert word in BENGALI_DAY_PERIODS
    assert parse_datetime(f"1/12/2010 {shown}") == stored  # the word alone tells morning from night
    assert not LATIN.search(shown) and not LATIN.search(format_datetime(stored, "bn", "UTC"))
