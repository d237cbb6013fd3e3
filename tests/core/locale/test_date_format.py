"""Dates and times as people read them; stored datetimes are naive UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from crm_desktop.locale import (
    format_date,
    format_datetime,
    format_month,
    format_relative,
    format_time,
    month_name,
)

DAY = date(2010, 12, 1)
STORED = datetime(2010, 12, 1, 8, 26)  # 08:26 UTC = 14:26 in Dhaka
NNBSP = "\u202f"  # CLDR puts a narrow no-break space before English AM/PM


@pytest.mark.parametrize(
    ("locale", "length", "expected"),
    [
        ("bn", "short", "১/১২/১০"),
        ("bn", "medium", "১ ডিসে, ২০১০"),
        ("bn", "long", "১ ডিসেম্বর, ২০১০"),
        ("bn", "full", "বুধবার, ১ ডিসেম্বর, ২০১০"),
        ("en", "short", "12/1/10"),
        ("en", "medium", "Dec 1, 2010"),
        ("en", "long", "December 1, 2010"),
        ("en_US", "full", "Wednesday, December 1, 2010"),
        ("en_BD", "short", "01/12/10"),
        ("en_BD", "medium", "1 Dec 2010"),
        ("en_GB", "short", "01/12/2010"),
        ("en_GB", "long", "1 December 2010"),
    ],
)
def test_format_date(locale: str, length: str, expected: str) -> None:
    assert format_date(DAY, locale, length) == expected  # type: ignore[arg-type]


def test_format_date_latin_digits_in_bengali() -> None:
    assert format_date(DAY, "bn", bengali_digits=False) == "1 ডিসে, 2010"


def test_format_date_refuses_datetimes() -> None:
    with pytest.raises(TypeError, match="use format_datetime"):
        format_date(STORED, "en")


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("bn", "১ ডিসে, ২০১০ ২:২৬:০০ দুপুর"),  # the time of day in Bengali words, not Latin PM
        ("en", "Dec 1, 2010, 2:26:00" + NNBSP + "PM"),
        ("en_BD", "1 Dec 2010, 2:26:00" + NNBSP + "pm"),
        ("en_GB", "1 Dec 2010, 14:26:00"),
    ],
)
def test_format_datetime_shows_local_time(locale: str, expected: str) -> None:
    assert format_datetime(STORED, locale, "Asia/Dhaka") == expected


def test_format_datetime_lengths_and_zones() -> None:
    assert format_datetime(STORED, "en", "UTC", length="short") == "12/1/10, 8:26" + NNBSP + "AM"
    assert format_datetime(STORED, "en", "America/New_York") == "Dec 1, 2010, 3:26:00" + NNBSP + "AM"
    assert (
        format_datetime(STORED, "en_BD", "Asia/Dhaka", length="full")
        == "Wednesday, 1 December 2010, 2:26:00" + NNBSP + "pm Bangladesh Standard Time"
    )


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
    assert format_time(STORED, "bn", "Asia/Dhaka") == "২:২৬ দুপুর"
    assert format_time(STORED, "en_GB", "Asia/Dhaka") == "14:26"
    assert format_time(STORED, "en", "UTC", length="medium") == "8:26:00" + NNBSP + "AM"


@pytest.mark.parametrize(
    ("delta", "en", "bn"),
    [
        (timedelta(days=-3), "3 days ago", "৩ দিন আগে"),
        (timedelta(hours=-5), "5 hours ago", "৫ ঘন্টা আগে"),
        (timedelta(days=-35), "1 month ago", "১ মাস আগে"),
        (timedelta(days=2), "in 2 days", "২ দিনের মধ্যে"),
    ],
)
def test_format_relative(delta: timedelta, en: str, bn: str) -> None:
    now = datetime(2026, 3, 10, 12, 0)
    assert format_relative(now + delta, "en", now=now) == en
    assert format_relative(now + delta, "bn", now=now) == bn


def test_format_relative_defaults_to_now_in_utc() -> None:
    three_days_ago = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=3)
    assert format_relative(three_days_ago, "en") == "3 days ago"


def test_month_names() -> None:
    assert month_name(3, "en") == "March"
    assert month_name(3, "bn") == "মার্চ"
    assert month_name(1, "bn") == "জানুয়ারী"
    assert month_name(12, "en", width="abbreviated") == "Dec"
    with pytest.raises(ValueError, match="month must be 1-12"):
        month_name(13, "en")


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("en", "Mar 2026"), ("en_GB", "Mar 2026"), ("bn", "মার্চ ২০২৬")],
)
def test_format_month_for_chart_labels(locale: str, expected: str) -> None:
    assert format_month("2026-03", locale) == expected
    assert format_month(date(2026, 3, 17), locale) == expected


def test_format_month_wide_and_latin() -> None:
    assert format_month("2026-01", "en", width="wide") == "January 2026"
    assert format_month("2026-12", "bn", bengali_digits=False) == "ডিসে 2026"


@pytest.mark.parametrize("bad", ["2026-13", "2026-3", "March 2026", ""])
def test_format_month_rejects_bad_keys(bad: str) -> None:
    with pytest.raises(ValueError, match="expected a month as 'YYYY-MM'"):
        format_month(bad, "en")


@pytest.mark.parametrize(
    ("hour", "expected"),
    [
        (0, "১২:০৫ রাত্রি"), (4, "৪:০৫ ভোর"), (7, "৭:০৫ সকাল"), (12, "১২:০৫ দুপুর"), (15, "৩:০৫ দুপুর"),
        (16, "৪:০৫ বিকাল"), (18, "৬:০৫ সন্ধ্যা"), (20, "৮:০৫ রাত্রি"), (23, "১১:০৫ রাত্রি"),
    ],
)  # fmt: skip
def test_bengali_times_say_the_time_of_day_in_words(hour: int, expected: str) -> None:
    """CLDR's Bengali day periods (its "B" field) instead of the Latin AM/PM of its "h:mm a"."""
    shown = format_time(datetime(2010, 12, 1, hour, 5), "bn", "UTC")
    assert shown == expected
    assert not any("a" <= ch.lower() <= "z" for ch in shown)
    assert not any(
        "a" <= ch.lower() <= "z" for ch in format_datetime(datetime(2010, 12, 1, hour, 5), "bn", "UTC")
    )
