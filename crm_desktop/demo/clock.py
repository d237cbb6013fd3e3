"""Demo time: every moment is a whole number of seconds relative to one anchor.

The anchor (``now``) fixes the data: the same seed and anchor give the same
rows. Times are written as the strings Peewee stores for naive UTC
datetimes (``YYYY-MM-DD HH:MM:SS``), dates as ``YYYY-MM-DD``.
"""

from __future__ import annotations

from datetime import datetime, timedelta

DAY = 86_400
HOUR = 3_600
# Shop hours, 09:00-21:00 in Bangladesh (UTC+6), as UTC seconds into the day.
OPEN_AT = 3 * HOUR
OPEN_FOR = 12 * HOUR


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now.replace(microsecond=0, tzinfo=None)
        self._midnight = self.now.time() == datetime.min.time()
        self._days: dict[int, str] = {}

    def at(self, seconds: int) -> str:
        """The stored form of ``now + seconds``."""
        if not self._midnight:
            return (self.now + timedelta(seconds=seconds)).isoformat(" ")
        day, rest = divmod(seconds, DAY)
        prefix = self._days.get(day)
        if prefix is None:
            prefix = self._days[day] = (self.now + timedelta(days=day)).strftime("%Y-%m-%d")
        hours, rest = divmod(rest, HOUR)
        minutes, secs = divmod(rest, 60)
        return f"{prefix} {hours:02d}:{minutes:02d}:{secs:02d}"

    def date_at(self, seconds: int) -> str:
        """The stored form of the date of ``now + seconds``."""
        return (self.now + timedelta(seconds=seconds)).date().isoformat()


def shop_time(day: int, fraction: float) -> int:
    """A moment during shop hours on ``day`` (days relative to the anchor)."""
    return day * DAY + OPEN_AT + int(fraction * OPEN_FOR)
