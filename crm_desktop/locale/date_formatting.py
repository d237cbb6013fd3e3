"""Dates and times for people to read, from CLDR patterns through Babel.

Stored datetimes are naive UTC; :func:`format_datetime` and
:func:`format_time` show them in local time (the machine's zone unless ``tz``
says otherwise). Plain ``date`` values (birthdays, invoice dates) have no
zone and are shown as they are. Bengali locales get Bengali digits unless
``bengali_digits=False``.

Output is CLDR's, apart from digits and one choice: CLDR's Bengali time
patterns end in the Latin "AM"/"PM", which Bengali readers do not write;
Bengali times say the time of day in words instead, from CLDR's own Bengali
day periods ("২:২৬ দুপুর", "৮:১০ রাত্রি", "৭:০৫ সকাল": the "B" field in
place of "a"), which the parsers read back. Note that English times put a
NARROW NO-BREAK SPACE (U+202F) before AM/PM ("2:26\u202fPM"); the parsers
accept it like any space.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Literal

from babel.dates import format_date as _babel_date
from babel.dates import format_datetime as _babel_datetime
from babel.dates import format_skeleton as _babel_skeleton
from babel.dates import format_time as _babel_time
from babel.dates import format_timedelta as _babel_timedelta
from babel.dates import get_datetime_format

from crm_desktop.locale.digits import to_bengali_digits
from crm_desktop.locale.locales import LocaleInfo, resolve_locale
from crm_desktop.locale.timezones import TzLike, _to_aware_local

__all__ = [
    "Length",
    "first_weekday",
    "format_date",
    "format_datetime",
    "format_month",
    "format_relative",
    "format_time",
    "month_name",
]

Length = Literal["short", "medium", "long", "full"]
Width = Literal["wide", "abbreviated", "narrow"]

_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def _digits(text: str, info: LocaleInfo, bengali_digits: bool | None) -> str:
    use = info.native_digits if bengali_digits is None else bengali_digits
    return to_bengali_digits(text) if use else text


_AM_PM = re.compile(r"(?<![A-Za-z'])a+(?![A-Za-z'])")


def _time_format(info: LocaleInfo, length: Length) -> str:
    """The time pattern (or CLDR length name) to use: Bengali gets its time of day in words."""
    if not info.is_bengali:
        return length
    return _AM_PM.sub("B", info.data.time_formats[length].pattern)


def format_date(
    value: date,
    locale: str,
    length: Length = "medium",
    *,
    bengali_digits: bool | None = None,
) -> str:
    """A calendar date: 2010-12-01 → "Dec 1, 2010" (en), "১ ডিসে, ২০১০" (bn).

    Takes a ``date``, not a ``datetime``: stored datetimes are UTC, and their
    calendar day depends on the zone, so show those with :func:`format_datetime`
    or convert them with ``utc_to_local(dt).date()`` first.
    """
    if isinstance(value, datetime) or not isinstance(value, date):
        raise TypeError(
            f"format_date takes a date, not {type(value).__name__}; "
            "use format_datetime for stored (UTC) datetimes"
        )
    info = resolve_locale(locale)
    return _digits(_babel_date(value, format=length, locale=info.data), info, bengali_digits)


def format_datetime(
    value: datetime,
    locale: str,
    tz: TzLike = None,
    *,
    length: Length = "medium",
    bengali_digits: bool | None = None,
) -> str:
    """A stored naive-UTC datetime shown in local time.

    2010-12-01 08:26 UTC with tz="Asia/Dhaka" → "Dec 1, 2010, 2:26:00 PM" (en).
    """
    info = resolve_locale(locale)
    local = _to_aware_local(value, tz)
    if info.is_bengali:  # CLDR's own way of joining date and time, with the Bengali time of day
        clock = _babel_time(local, format=_time_format(info, length), tzinfo=local.tzinfo, locale=info.data)
        day = _babel_date(local, format=length, locale=info.data)
        joined = str(get_datetime_format(length, locale=info.data)).replace("'", "")
        text = joined.replace("{0}", clock).replace("{1}", day)
    else:
        text = _babel_datetime(local, format=length, tzinfo=local.tzinfo, locale=info.data)
    return _digits(text, info, bengali_digits)


def format_time(
    value: datetime,
    locale: str,
    tz: TzLike = None,
    *,
    length: Length = "short",
    bengali_digits: bool | None = None,
) -> str:
    """The local time of day of a stored naive-UTC datetime: "2:26 PM", "২:২৬ দুপুর"."""
    info = resolve_locale(locale)
    local = _to_aware_local(value, tz)
    text = _babel_time(local, format=_time_format(info, length), tzinfo=local.tzinfo, locale=info.data)
    return _digits(text, info, bengali_digits)


def format_relative(
    value: datetime,
    locale: str,
    *,
    now: datetime | None = None,
    bengali_digits: bool | None = None,
) -> str:
    """How long ago (or until): "3 days ago", "in 2 hours", "৩ দিন আগে".

    ``value`` and ``now`` are both naive UTC (as stored) or both aware;
    ``now`` defaults to the current time. Units round the CLDR way (Babel's
    threshold 0.85): 40 minutes reads "1 hour ago".
    """
    info = resolve_locale(locale)
    if now is None:
        now = datetime.now(UTC)
        if value.tzinfo is None:
            now = now.replace(tzinfo=None)
    text = _babel_timedelta(value - now, add_direction=True, locale=info.data)
    return _digits(text, info, bengali_digits)


def first_weekday(locale: str) -> int:
    """First day of the week, 0 = Monday ... 6 = Sunday (CLDR): bn/en_US 6, en_GB 0."""
    return int(resolve_locale(locale).data.first_week_day)


def month_name(
    month: int,
    locale: str,
    *,
    width: Width = "wide",
    standalone: bool = True,
) -> str:
    """Name of month 1-12: (3, "en") → "March"; (3, "bn") → "মার্চ".

    ``standalone`` picks the form used on its own (a column header) rather than
    inside a date; the two differ in some languages.
    """
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
        raise ValueError(f"month must be 1-12, not {month!r}")
    info = resolve_locale(locale)
    context = "stand-alone" if standalone else "format"
    return str(info.data.months[context][width][month])


def format_month(
    value: str | date,
    locale: str,
    *,
    width: Literal["wide", "abbreviated"] = "abbreviated",
    bengali_digits: bool | None = None,
) -> str:
    """A year and month for chart labels: "2026-03" → "Mar 2026" (en), "মার্চ ২০২৬" (bn).

    ``value`` is a "YYYY-MM" string (as reports group by) or any date in the month.
    """
    if isinstance(value, str):
        match = _YEAR_MONTH.match(value.strip())
        if not match or not 1 <= int(match.group(2)) <= 12:
            raise ValueError(f"expected a month as 'YYYY-MM', got {value!r}")
        day = date(int(match.group(1)), int(match.group(2)), 1)
    elif isinstance(value, date):
        day = value if not isinstance(value, datetime) else value.date()
    else:
        raise TypeError(f"format_month takes 'YYYY-MM' or a date, not {type(value).__name__}")
    info = resolve_locale(locale)
    skeleton = "yMMMM" if width == "wide" else "yMMM"
    text = _babel_skeleton(skeleton, day, locale=info.data)
    return _digits(text, info, bengali_digits)
