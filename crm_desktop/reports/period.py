"""The date range a report covers, and the calendar months inside it.

A :class:`Period` is a range of local calendar days, ``start`` to ``end``
inclusive. The database stores naive UTC times, so a period also carries the
local zone's offset from UTC (``utc_offset_minutes``: +360 in Bangladesh):
"March" then means March in the shop's clock, not in Greenwich. The core
defaults to 0 (UTC) so results never depend on the machine; the window and
the command line pass the machine's offset (:func:`local_utc_offset_minutes`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

PRESETS = ("this_month", "last_3_months", "last_12_months", "this_year")

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def local_utc_offset_minutes(when: datetime | None = None) -> int:
    """The machine's current offset from UTC in minutes (+360 for Asia/Dhaka)."""
    aware = (when or datetime.now()).astimezone()
    offset = aware.utcoffset() or timedelta(0)
    return int(offset.total_seconds() // 60)


def month_key(day: date) -> str:
    """``date(2026, 3, 9)`` → "2026-03"."""
    return f"{day.year:04d}-{day.month:02d}"


def parse_month(text: str) -> date:
    """ "2026-03" → ``date(2026, 3, 1)``; raises ``ValueError`` for anything else."""
    match = _MONTH.match(text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ValueError(f"'{text}' is not a month written as YYYY-MM")
    return date(int(match.group(1)), int(match.group(2)), 1)


def add_months(day: date, months: int) -> date:
    """The first day of the month ``months`` after (or before) ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def month_end(day: date) -> date:
    """The last day of ``day``'s month."""
    return add_months(day, 1) - timedelta(days=1)


@dataclass(frozen=True)
class Period:
    """Local calendar days ``start`` … ``end`` (both included)."""

    start: date
    end: date
    utc_offset_minutes: int = 0

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError(f"the period starts ({self.start}) after it ends ({self.end})")

    # -- construction -------------------------------------------------------

    @classmethod
    def preset(cls, name: str, today: date, utc_offset_minutes: int = 0) -> Period:
        """One of :data:`PRESETS`, ending today.

        ``last_3_months`` and ``last_12_months`` are whole calendar months
        counting the current one (so 12 bars on a monthly chart).
        """
        starts = {
            "this_month": today.replace(day=1),
            "last_3_months": add_months(today, -2),
            "last_12_months": add_months(today, -11),
            "this_year": date(today.year, 1, 1),
        }
        if name not in starts:
            raise ValueError(f"unknown period '{name}'; one of {', '.join(PRESETS)}")
        return cls(starts[name], today, utc_offset_minutes)

    @classmethod
    def month(cls, month: str, utc_offset_minutes: int = 0) -> Period:
        """The whole calendar month "YYYY-MM"."""
        first = parse_month(month)
        return cls(first, month_end(first), utc_offset_minutes)

    # -- views --------------------------------------------------------------

    @property
    def months(self) -> list[str]:
        """Every month the period touches, oldest first: ["2025-12", "2026-01", …]."""
        out = []
        day = self.start.replace(day=1)
        while day <= self.end:
            out.append(month_key(day))
            day = add_months(day, 1)
        return out

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def bounds(self) -> tuple[datetime, datetime]:
        """Naive UTC ``[start, stop)`` for comparing stored times."""
        return self.utc(self.start), self.utc(self.end + timedelta(days=1))

    def utc(self, day: date) -> datetime:
        """Local midnight at the start of ``day``, as naive UTC."""
        return datetime(day.year, day.month, day.day) - timedelta(minutes=self.utc_offset_minutes)

    def with_dates(self, start: date, end: date) -> Period:
        return Period(start, end, self.utc_offset_minutes)

    def __str__(self) -> str:
        return f"{self.start.isoformat()} – {self.end.isoformat()}"
