"""Reading dates and times typed by people or found in files.

Accepted shapes (digits may be Bengali; letter case does not matter):

* ISO: ``2010-12-01``, ``2010-12-01 08:26:00``, ``2010-12-01T08:26:00+06:00``,
  also ``2010/12/01`` and ``20101201``. A four-digit first number always
  means year-month-day, whatever ``day_first`` says.
* Numeric with "/", "-" or "." (the same one twice): ``01/12/2010``,
  ``9/1/08``, ``09-01-08``, ``1.12.2010``.
* Month names, English or Bengali, full or short, in any order around the
  day: ``1 Dec 2010``, ``December 1, 2010``, ``Dec. 1st 2010``,
  ``১লা ডিসেম্বর ২০১০``, ``১ ডিসে, ২০১০``. A weekday name may lead
  ("Wednesday, 1 December 2010"); it must be the right one.
* A time may follow the date: ``8:26``, ``08:26:00``, ``2:26 PM``, with an
  optional ``Z``/``UTC``/``+06:00``. In place of AM/PM the Bengali time of
  day may come after (as the app writes it, "২:২৬ দুপুর") or before the
  time ("বিকাল ৪:৩০", "রাত ১১:০৫"): ভোর, সকাল, দুপুর, বিকাল/বিকেল,
  সন্ধ্যা, রাত/রাত্রি, with the hours CLDR gives them (দুপুর 12–4, রাত 8–4…).

Rules:

* **Day/month order.** ``day_first=True`` (the default, as written in
  Bangladesh and most of the world) reads ``01/12/2010`` as 1 December;
  ``day_first=False`` reads it as January 12 (US files). The order is never
  guessed from one value: "13/01/2010" with ``day_first=False`` is an error.
  :func:`detect_day_first` looks at a whole column to choose.
* **Two-digit years** are read as the year ending in those digits that lies
  between 79 years before and 20 years after today: in 2026, 00–46 mean
  2000–2046 and 47–99 mean 1947–1999. Dates in a CRM are recent, due dates
  a little ahead, birthdays decades back.
* With a ``+06:00``/``Z`` suffix, :func:`parse_date` keeps the written
  calendar date; :func:`parse_datetime` converts to local time.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo

from babel import Locale

from crm_desktop.locale import errors as e
from crm_desktop.locale.digits import to_latin_digits
from crm_desktop.locale.errors import MAX_INPUT_CHARS, ParseError
from crm_desktop.locale.locales import resolve_locale
from crm_desktop.locale.timezones import TzLike, resolve_tz

__all__ = [
    "day_first_for_locale",
    "detect_day_first",
    "expand_two_digit_year",
    "parse_date",
    "parse_datetime",
]

_DATE = e.A_DATE
_REAL_DATE = e.A_REAL_DATE


def _norm(word: str) -> str:
    return unicodedata.normalize("NFC", word).lower().replace("\u200c", "").replace("\u200d", "")


def _name_tables() -> tuple[dict[str, int], dict[str, int]]:
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for tag in ("en", "en_IN", "bn"):
        data = Locale.parse(tag)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in data.months[context][width].items():
                    months[_norm(name).rstrip(".")] = int(number)
                for number, name in data.days[context][width].items():
                    weekdays[_norm(name).rstrip(".")] = int(number)
    extra_months = {
        1: ["জানুয়ারি", "জানুয়ারী"],
        2: ["ফেব্রুয়ারি", "ফেব্রুয়ারী", "ফেব্রু"],
        8: ["আগষ্ট"],
        9: ["সেপ্টে", "sept"],
    }
    for number, names in extra_months.items():
        for name in names:
            months[_norm(name)] = number
    return months, weekdays


_MONTHS, _WEEKDAYS = _name_tables()
_IGNORED = {_norm(w) for w in ("of", "the", "on", "ইং", "সাল", "খ্রি", "খ্রিস্টাব্দ", "খ্রিষ্টাব্দ")}

_ISO_T = re.compile(r"^(\d{4}-\d{1,2}-\d{1,2})t(?=\d)")


def _day_period_table() -> dict[str, tuple[int, int]]:
    """Bengali times of day -> the hours they cover (from, before), from CLDR, plus everyday spellings."""
    data = Locale.parse("bn")
    rules = data.day_period_rules[None]
    spans = {key: (rule[0]["from"] // 3600, rule[0]["before"] // 3600) for key, rule in rules.items()}
    words: dict[str, tuple[int, int]] = {}
    for width in ("abbreviated", "wide", "narrow"):
        for key, name in data.day_periods["format"].get(width, {}).items():
            if key in spans:
                words[_norm(name)] = spans[key]
    everyday = {
        "morning1": ["ভোরে"], "morning2": ["সকালে"], "afternoon1": ["দুপুরে"],
        "afternoon2": ["বিকেল", "বিকেলে", "বিকালে"], "evening1": ["সন্ধ্যায়", "সন্ধ্যে"],
        "night1": ["রাত", "রাতে", "রাত্রে"],
    }  # fmt: skip
    for key, names in everyday.items():
        for name in names:
            words[_norm(name)] = spans[key]
    return words


_DAY_PERIODS = _day_period_table()
_PERIOD = "|".join(sorted((re.escape(w) for w in _DAY_PERIODS), key=len, reverse=True))
_TIME = re.compile(
    rf"(?:(?P<before>{_PERIOD})\s*)?"
    r"(?<![0-9:./-])(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,](?P<fraction>\d{1,6}))?)?"
    rf"(?:\s*(?P<period>am|pm|a\.m\.|p\.m\.|{_PERIOD}))?"
    r"(?:\s*(?P<zone>z|utc|gmt|[+-]\d{2}:?\d{2}))?\s*$"
)
_NUMERIC = re.compile(r"^(\d{1,4})([-/.])(\d{1,2})\2(\d{1,4})$")
_COMPACT_ISO = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_NUMBER_WORD = re.compile(r"^(\d+)(?:st|nd|rd|th|লা|রা|ঠা|ই|শে)?$")


def expand_two_digit_year(yy: int, *, today: date | None = None) -> int:
    """The four-digit year for ``yy`` (0-99): within 79 years back and 20 ahead of today."""
    if not 0 <= yy <= 99:
        raise ValueError(f"not a two-digit year: {yy}")
    this_year = (today or date.today()).year
    year = this_year - this_year % 100 + yy
    return year - 100 if year > this_year + 20 else year


def _clean(text: str) -> str:
    s = _norm(to_latin_digits(text))
    return re.sub(r"\s+", " ", s).strip()


def _split_time(text: str, s: str) -> tuple[str, time | None, tzinfo | None]:
    s = _ISO_T.sub(r"\1 ", s)
    match = _TIME.search(s)
    if match is None:
        return s, None, None
    hour, minute = int(match.group("hour")), int(match.group("minute"))
    second = int(match.group("second") or 0)
    micro = int((match.group("fraction") or "0").ljust(6, "0"))
    period = (match.group("period") or match.group("before") or "").replace(".", "")
    if match.group("period") and match.group("before"):
        raise ParseError(
            text, e.A_REAL_TIME, e.HOUR_WITH_PERIOD.format(hour=hour, period=match.group("before"))
        )
    if period:
        if not 0 <= hour <= 12:
            shown = period.upper() if period in ("am", "pm") else period
            raise ParseError(text, e.A_REAL_TIME, e.HOUR_WITH_PERIOD.format(hour=hour, period=shown))
        hour = _with_period(text, hour, period)
    if hour > 23:
        raise ParseError(text, e.A_REAL_TIME, e.NO_HOUR.format(hour=hour))
    if minute > 59:
        raise ParseError(text, e.A_REAL_TIME, e.NO_MINUTE.format(minute=minute))
    if second > 59:
        raise ParseError(text, e.A_REAL_TIME, e.NO_SECOND.format(second=second))
    zone: tzinfo | None = None
    offset = match.group("zone")
    if offset:
        if offset in ("z", "utc", "gmt"):
            zone = UTC
        else:
            sign = -1 if offset[0] == "-" else 1
            digits = offset[1:].replace(":", "")
            delta = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
            if delta >= timedelta(hours=24):
                raise ParseError(text, e.A_REAL_TIME, e.OFFSET_TOO_LARGE.format(offset=offset))
            zone = timezone(sign * delta)
    rest = s[: match.start()].rstrip(" ,")
    return rest, time(hour, minute, second, micro), zone


def _with_period(text: str, hour: int, period: str) -> int:
    """A 12-hour clock hour as 0-23: AM/PM, or the Bengali time of day whose hours it falls in."""
    if period in ("am", "pm"):
        return hour % 12 + (12 if period == "pm" else 0)
    start, before = _DAY_PERIODS[period]
    for candidate in (hour % 12, hour % 12 + 12):
        if (start <= candidate < before) if start < before else (candidate >= start or candidate < before):
            return candidate
    raise ParseError(text, e.A_REAL_TIME, e.HOUR_WITH_PERIOD.format(hour=hour, period=period))


def _build(text: str, year: int, month: int, day: int, order_hint: str = "") -> date:
    if year < 1 or year > 9999:
        raise ParseError(text, _REAL_DATE, e.YEAR_OUT_OF_RANGE.format(year=year))
    if not 1 <= month <= 12:
        if order_hint:
            raise ParseError(text, _REAL_DATE, e.NO_MONTH_READ_AS.format(month=month, order=order_hint))
        raise ParseError(text, _REAL_DATE, e.NO_MONTH.format(month=month))
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        if day < 1:
            raise ParseError(text, _REAL_DATE, e.NO_DAY.format(day=day))
        raise ParseError(
            text, _REAL_DATE, e.MONTH_HAS_DAYS.format(month=e.MONTHS[month - 1], year=year, days=days)
        )
    return date(year, month, day)


def _year(text: str, digits: str, today: date | None) -> int:
    if len(digits) == 2:
        return expand_two_digit_year(int(digits), today=today)
    if len(digits) == 4:
        return int(digits)
    raise ParseError(text, _DATE, e.YEAR_DIGITS.format(digits=digits))


def _numeric_date(text: str, s: str, day_first: bool, today: date | None) -> date | None:
    if m := _COMPACT_ISO.match(s):
        return _build(text, int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _NUMERIC.match(s)
    if m is None:
        return None
    a, b, c = m.group(1), m.group(3), m.group(4)
    if len(a) == 4:
        if len(c) > 2:
            raise ParseError(text, _DATE, e.DAY_DIGITS.format(digits=c))
        return _build(text, int(a), int(b), int(c))
    if len(a) == 3:
        raise ParseError(text, _DATE, e.YEAR_DIGITS.format(digits=a))
    year = _year(text, c, today)
    if day_first:
        return _build(text, year, int(b), int(a), e.DAY_MONTH_YEAR)
    return _build(text, year, int(a), int(b), e.MONTH_DAY_YEAR)


def _worded_date(text: str, s: str, today: date | None) -> date:
    numbers: list[str] = []
    months: list[int] = []
    weekdays: list[int] = []
    for word in re.sub(r"[,/.\-]", " ", s).split():
        if m := _NUMBER_WORD.match(word):
            numbers.append(m.group(1))
        elif word in _MONTHS:
            months.append(_MONTHS[word])
        elif word in _WEEKDAYS:
            weekdays.append(_WEEKDAYS[word])
        elif word not in _IGNORED:
            raise ParseError(text, _DATE, e.UNKNOWN_WORD.format(word=word))
    if not months:
        raise ParseError(text, _DATE, e.EXAMPLES)
    if len(months) > 1:
        raise ParseError(text, _DATE, e.TWO_MONTHS)
    if len(weekdays) > 1:
        raise ParseError(text, _DATE, e.TWO_WEEKDAYS)
    if len(numbers) < 2:
        raise ParseError(text, _DATE, e.NEEDS_DAY_AND_YEAR if numbers else e.NO_DAY_OR_YEAR)
    if len(numbers) > 2:
        raise ParseError(text, _DATE, e.TOO_MANY_NUMBERS)
    long_ones = [n for n in numbers if len(n) > 2]
    if len(long_ones) == 2:
        raise ParseError(text, _DATE, e.TWO_YEARS)
    if long_ones:
        year_digits = long_ones[0]
        day_digits = numbers[1] if numbers[0] == year_digits else numbers[0]
    else:
        day_digits, year_digits = numbers  # both short: the later one is the year
    result = _build(text, _year(text, year_digits, today), months[0], int(day_digits))
    if weekdays and result.weekday() != weekdays[0]:
        reason = e.WRONG_WEEKDAY.format(
            day=result.day,
            month=e.MONTHS[result.month - 1],
            year=result.year,
            actual=e.WEEKDAYS[result.weekday()],
            said=e.WEEKDAYS[weekdays[0]],
        )
        raise ParseError(text, _REAL_DATE, reason)
    return result


def _parse(text: str, day_first: bool, today: date | None) -> tuple[date, time | None, tzinfo | None]:
    if not isinstance(text, str):
        raise TypeError(f"expected a str, not {type(text).__name__}")
    shown = text.strip()
    if len(shown) > MAX_INPUT_CHARS:
        raise ParseError(shown, _DATE, e.TOO_LONG.format(length=len(shown)))
    s = _clean(text)
    if not s:
        raise ParseError(shown, _DATE, e.EMPTY)
    date_part, clock, zone = _split_time(shown, s)
    if not date_part:
        raise ParseError(shown, _DATE, e.ONLY_A_TIME)
    day = _numeric_date(shown, date_part, day_first, today)
    if day is None:
        day = _worded_date(shown, date_part, today)
    return day, clock, zone


def parse_date(text: str, *, day_first: bool = True, today: date | None = None) -> date:
    """Parse a date typed by a person or read from a file (see the module notes).

    A time after the date is checked and then dropped. ``today`` fixes the
    two-digit-year window (tests); it defaults to the real today.
    """
    return _parse(text, day_first, today)[0]


def parse_datetime(
    text: str,
    *,
    day_first: bool = True,
    today: date | None = None,
    tz: TzLike = None,
) -> datetime:
    """Parse a date with an optional time into a naive *local* datetime.

    No time means midnight. With an explicit offset ("Z", "+06:00") the
    moment is converted into local time in ``tz`` (the machine's zone by
    default). Store the result with ``local_to_utc(result, tz)``.
    """
    day, clock, zone = _parse(text, day_first, today)
    result = datetime.combine(day, clock or time())
    if zone is None:
        return result
    local_zone = resolve_tz(tz)
    aware = result.replace(tzinfo=zone)
    local = aware.astimezone(local_zone) if local_zone is not None else aware.astimezone()
    return local.replace(tzinfo=None)


def detect_day_first(values: Iterable[str]) -> bool | None:
    """Day/month order of a column of numeric dates, or None if the values do not say.

    True if some value only makes sense day-first (``25/12/2010``) and none
    only month-first (``12/25/2010``); False for the reverse; None when no
    value decides or they contradict each other. ISO dates decide nothing.
    """
    day_first = month_first = False
    for value in values:
        if not isinstance(value, str):
            continue
        s = _clean(value)
        s = _TIME.sub("", _ISO_T.sub(r"\1 ", s)).rstrip(" ,")
        m = _NUMERIC.match(s)
        if m is None or len(m.group(1)) > 2:
            continue
        a, b = int(m.group(1)), int(m.group(3))
        if a > 12 >= b:
            day_first = True
        elif b > 12 >= a:
            month_first = True
    if day_first == month_first:
        return None
    return day_first


def day_first_for_locale(locale: str) -> bool:
    """Whether the locale writes short dates day first: bn, en_BD, en_GB yes; en_US no."""
    pattern = resolve_locale(locale).data.date_formats["short"].pattern
    day, month = pattern.find("d"), pattern.find("M")
    return day < month if day >= 0 and month >= 0 else True
