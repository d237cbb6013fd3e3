"""Reading dates and times typed by people or found in files."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.locale import (
    ParseError,
    day_first_for_locale,
    detect_day_first,
    expand_two_digit_year,
    format_date,
    format_datetime,
    local_to_utc,
    parse_date,
    parse_datetime,
    utc_to_local,
)

TODAY = date(2026, 5, 1)  # fixes the two-digit-year window for these tests
DEC_1 = date(2010, 12, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ISO, with or without a time
        ("2010-12-01", DEC_1),
        ("2010-12-01 08:26:00", DEC_1),
        ("2010-12-01T08:26:00", DEC_1),
        ("2010-12-01T23:30:00+06:00", DEC_1),  # the written date, not converted
        ("2010-12-01T08:26:00Z", DEC_1),
        ("2010/12/01", DEC_1),
        ("2010-12-1", DEC_1),
        ("20101201", DEC_1),
        # numeric, day first
        ("01/12/2010", DEC_1),
        ("1/12/2010", DEC_1),
        ("01-12-2010", DEC_1),
        ("1.12.2010", DEC_1),
        ("01/12/10", DEC_1),
        ("9/1/08", date(2008, 1, 9)),
        ("09-01-08", date(2008, 1, 9)),
        ("01/12/2010 8:26", DEC_1),
        ("12/1/2010 8:26", date(2010, 1, 12)),  # day first: 12 January
        # month names, English
        ("1 Dec 2010", DEC_1),
        ("1 December 2010", DEC_1),
        ("December 1, 2010", DEC_1),
        ("Dec 1, 2010", DEC_1),
        ("Dec. 1st, 2010", DEC_1),
        ("1st of December 2010", DEC_1),
        ("01-Dec-2010", DEC_1),
        ("1-Dec-10", DEC_1),
        ("2010 Dec 1", DEC_1),
        ("DECEMBER 1 2010", DEC_1),
        ("1 Sept 2010", date(2010, 9, 1)),
        ("Wednesday, 1 December 2010", DEC_1),
        ("Wed, Dec 1, 2010", DEC_1),
        ("Dec 1, 2010, 2:26:00\u202fPM", DEC_1),
        # Bengali digits and month names
        ("১/১২/২০১০", DEC_1),
        ("২০১০-১২-০১", DEC_1),
        ("১ ডিসেম্বর ২০১০", DEC_1),
        ("১লা ডিসেম্বর, ২০১০", DEC_1),
        ("১ ডিসে, ২০১০", DEC_1),
        ("বুধবার, ১ ডিসেম্বর, ২০১০", DEC_1),
        ("১ ডিসেম্বর ২০১০ ইং", DEC_1),
        ("২১শে ফেব্রুয়ারি ১৯৫২", date(1952, 2, 21)),
        ("২১শে ফেব্রুয়ারী ১৯৫২", date(1952, 2, 21)),  # the other common spelling
        ("১ জানুয়ারি ২০২০", date(2020, 1, 1)),
        ("১ জানুয়ারী ২০২০", date(2020, 1, 1)),
        ("১৫ আগস্ট ১৯৭৫", date(1975, 8, 15)),
        ("১৫ আগষ্ট ১৯৭৫", date(1975, 8, 15)),
        ("২৬ মার্চ ১৯৭১", date(1971, 3, 26)),
        ("১৬ ডিসেম্বর ১৯৭১", date(1971, 12, 16)),
        ("৫ মে ২০২৪", date(2024, 5, 5)),
        ("১ এপ্রিল ২০২৪", date(2024, 4, 1)),
        ("১ জুন ২০২৪", date(2024, 6, 1)),
        ("১ জুলাই ২০২৪", date(2024, 7, 1)),
        ("১ সেপ্টেম্বর ২০২৪", date(2024, 9, 1)),
        ("১ অক্টোবর ২০২৪", date(2024, 10, 1)),
        ("১ নভেম্বর ২০২৪", date(2024, 11, 1)),
        # leap day
        ("29/02/2024", date(2024, 2, 29)),
    ],
)
def test_accepted_shapes(text: str, expected: date) -> None:
    assert parse_date(text, today=TODAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12/01/2010", date(2010, 12, 1)),
        ("9/1/08", date(2008, 9, 1)),
        ("12/25/2010", date(2010, 12, 25)),
        ("2010-12-01", DEC_1),  # ISO is always year-month-day
        ("1 Dec 2010", DEC_1),  # month names are never ambiguous
    ],
)
def test_month_first_for_us_files(text: str, expected: date) -> None:
    assert parse_date(text, day_first=False, today=TODAY) == expected


@pytest.mark.parametrize(
    ("yy", "year"),
    [(0, 2000), (8, 2008), (26, 2026), (46, 2046), (47, 1947), (75, 1975), (99, 1999)],
)
def test_two_digit_years_in_2026(yy: int, year: int) -> None:
    assert expand_two_digit_year(yy, today=TODAY) == year
    assert parse_date(f"1/1/{yy:02d}", today=TODAY).year == year


def test_two_digit_year_window_moves_with_today() -> None:
    assert expand_two_digit_year(50, today=date(2040, 1, 1)) == 2050
    assert expand_two_digit_year(61, today=date(2040, 1, 1)) == 1961
    with pytest.raises(ValueError, match="not a two-digit year"):
        expand_two_digit_year(100)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31/02/2024", "'31/02/2024' is not a real date: February 2024 has 29 days"),
        ("29/02/2023", "'29/02/2023' is not a real date: February 2023 has 28 days"),
        ("31/04/2024", "'31/04/2024' is not a real date: April 2024 has 30 days"),
        ("0/1/2010", "'0/1/2010' is not a real date: there is no day 0"),
        ("1/0/2010", "'1/0/2010' is not a real date: there is no month 0 (read as day/month/year)"),
        ("13/13/2010", "'13/13/2010' is not a real date: there is no month 13 (read as day/month/year)"),
        ("12/25/2010", "'12/25/2010' is not a real date: there is no month 25 (read as day/month/year)"),
        ("2010-13-01", "'2010-13-01' is not a real date: there is no month 13"),
        ("0000-01-01", "'0000-01-01' is not a real date: year 0 is out of range"),
        ("32 Dec 2010", "'32 Dec 2010' is not a real date: December 2010 has 31 days"),
        (
            "Monday, 1 December 2010",
            "'Monday, 1 December 2010' is not a real date: 1 December 2010 is a Wednesday, not a Monday",
        ),
        ("", "'' is not a date: it is empty"),
        ("   ", "'' is not a date: it is empty"),
        ("foo", "'foo' is not a date: unknown word 'foo'"),
        ("1 Foo 2010", "'1 Foo 2010' is not a date: unknown word 'foo'"),
        ("1 Dec", "'1 Dec' is not a date: it needs a day and a year"),
        ("Dec 2010", "'Dec 2010' is not a date: it needs a day and a year"),
        ("December", "'December' is not a date: no day or year"),
        ("1 2 Dec 2010", "'1 2 Dec 2010' is not a date: too many numbers"),
        ("1 Dec Jan 2010", "'1 Dec Jan 2010' is not a date: more than one month name"),
        ("Mon Tue 1 Dec 2010", "'Mon Tue 1 Dec 2010' is not a date: more than one weekday name"),
        ("2010 Dec 2011", "'2010 Dec 2011' is not a date: two years and no day"),
        ("1 Dec 201", "'1 Dec 201' is not a date: the year '201' should have 2 or 4 digits"),
        ("1/1/123", "'1/1/123' is not a date: the year '123' should have 2 or 4 digits"),
        ("123/1/1", "'123/1/1' is not a date: the year '123' should have 2 or 4 digits"),
        ("2010-12-123", "'2010-12-123' is not a date: the day '123' has too many digits"),
        (
            "01/12-2010",
            "'01/12-2010' is not a date: expected a date like 2010-12-01, 01/12/2010 or 1 Dec 2010",
        ),
        ("1 2 3", "'1 2 3' is not a date: expected a date like 2010-12-01, 01/12/2010 or 1 Dec 2010"),
        ("8:26", "'8:26' is not a date: only a time, no date"),
        ("1 Dec 2010 25:00", "'1 Dec 2010 25:00' is not a real time: there is no hour 25"),
        ("2010-12-01 08:61", "'2010-12-01 08:61' is not a real time: there is no minute 61"),
        ("2010-12-01 08:26:60", "'2010-12-01 08:26:60' is not a real time: there is no second 60"),
        ("1 Dec 2010 13:00 PM", "'1 Dec 2010 13:00 PM' is not a real time: hour 13 with PM"),
        ("1 Dec 2010 9:00 দুপুর", "'1 Dec 2010 9:00 দুপুর' is not a real time: hour 9 with দুপুর"),
    ],
)
def test_rejected_with_a_clear_message(text: str, message: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_date(text, today=TODAY)
    assert str(caught.value) == message


def test_month_first_message_names_the_order() -> None:
    with pytest.raises(ParseError, match=r"there is no month 25 \(read as month/day/year\)"):
        parse_date("25/12/2010", day_first=False)


# -- datetimes: naive local out, helpers to and from stored UTC ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2010-12-01", datetime(2010, 12, 1)),
        ("2010-12-01 08:26:00", datetime(2010, 12, 1, 8, 26)),
        ("2010-12-01T08:26", datetime(2010, 12, 1, 8, 26)),
        ("2010-12-01 08:26:00.5", datetime(2010, 12, 1, 8, 26, 0, 500000)),
        ("01/12/2010 8:26", datetime(2010, 12, 1, 8, 26)),
        ("1 Dec 2010, 2:26 pm", datetime(2010, 12, 1, 14, 26)),
        ("1 Dec 2010 12:05 AM", datetime(2010, 12, 1, 0, 5)),
        ("1 Dec 2010 12:05 p.m.", datetime(2010, 12, 1, 12, 5)),
        ("Dec 1, 2010, 2:26:00\u202fPM", datetime(2010, 12, 1, 14, 26)),
        ("১ ডিসে, ২০১০ ২:২৬:০০ PM", datetime(2010, 12, 1, 14, 26)),
        # the Bengali time of day, after the time (as the app writes it) or before it
        ("১ ডিসে, ২০১০ ২:২৬:০০ দুপুর", datetime(2010, 12, 1, 14, 26)),
        ("১ ডিসে, ২০১০ ১২:০৫ রাত্রি", datetime(2010, 12, 1, 0, 5)),
        ("০১/১২/২০১০ বিকেল ৪:৩০", datetime(2010, 12, 1, 16, 30)),
        ("০১/১২/২০১০ রাত ১১:০৫", datetime(2010, 12, 1, 23, 5)),
        ("০১/১২/২০১০ ৩:০৫ রাতে", datetime(2010, 12, 1, 3, 5)),
        ("০১/১২/২০১০ সকাল ৯:১৫", datetime(2010, 12, 1, 9, 15)),
        # explicit offsets are converted into local time (Dhaka, +06:00)
        ("2010-12-01T08:26:00Z", datetime(2010, 12, 1, 14, 26)),
        ("2010-12-01T08:26:00+06:00", datetime(2010, 12, 1, 8, 26)),
        ("2010-12-01T08:26:00+0000", datetime(2010, 12, 1, 14, 26)),
        ("2010-12-01 20:00 UTC", datetime(2010, 12, 2, 2, 0)),
        ("2010-12-01T08:26:00-05:00", datetime(2010, 12, 1, 19, 26)),
    ],
)
def test_parse_datetime(text: str, expected: datetime) -> None:
    assert parse_datetime(text, tz="Asia/Dhaka") == expected


def test_local_and_utc_helpers() -> None:
    local = datetime(2010, 12, 1, 14, 26)
    assert local_to_utc(local, "Asia/Dhaka") == datetime(2010, 12, 1, 8, 26)
    assert utc_to_local(datetime(2010, 12, 1, 8, 26), "Asia/Dhaka") == local
    # machine zone by default: the two helpers undo each other
    assert utc_to_local(local_to_utc(local)) == local


# -- round trips: the dates we show, we read back -----------------------------

dates = st.dates(min_value=date(1950, 1, 1), max_value=date(2045, 12, 31))


@given(
    day=dates,
    locale=st.sampled_from(["bn", "bn_BD", "en", "en_BD", "en_US", "en_GB"]),
    length=st.sampled_from(["short", "medium", "long", "full"]),
    bengali=st.sampled_from([None, True, False]),
)
def test_round_trip_dates(day: date, locale: str, length: str, bengali: bool | None) -> None:
    shown = format_date(day, locale, length, bengali_digits=bengali)  # type: ignore[arg-type]
    assert parse_date(shown, day_first=day_first_for_locale(locale), today=TODAY) == day


@given(
    # From 2010: Dhaka tried daylight saving in 2009, when a local hour repeats.
    moment=st.datetimes(min_value=datetime(2010, 1, 1), max_value=datetime(2045, 1, 1)),
    locale=st.sampled_from(["bn", "en", "en_BD", "en_GB"]),
)
def test_round_trip_datetimes_to_the_second(moment: datetime, locale: str) -> None:
    stored = moment.replace(microsecond=0)
    shown = format_datetime(stored, locale, "Asia/Dhaka")
    local = parse_datetime(shown, day_first=day_first_for_locale(locale), tz="Asia/Dhaka")
    assert local_to_utc(local, "Asia/Dhaka") == stored


def test_day_first_for_locale() -> None:
    assert day_first_for_locale("bn") is True
    assert day_first_for_locale("en_BD") is True
    assert day_first_for_locale("en_GB") is True
    assert day_first_for_locale("en_US") is False
    assert day_first_for_locale("en") is False


def test_detect_day_first_from_a_column() -> None:
    assert detect_day_first(["01/02/2010", "25/02/2010"]) is True
    assert detect_day_first(["02/01/2010", "02/25/2010 8:26"]) is False
    assert detect_day_first(["01/02/2010", "03/04/2010"]) is None  # nothing decides
    assert detect_day_first(["25/02/2010", "02/25/2010"]) is None  # contradictory
    assert detect_day_first(["2010-12-25", "1 Dec 2010", ""]) is None
    assert detect_day_first(["২৫/১২/২০১০"]) is True
