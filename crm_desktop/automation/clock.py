"""The time the automation sees: the real clock, or one a test moves by hand.

Times are naive UTC (what the database stores); "today" is the shop's local
date, from the clock's offset to UTC (+360 minutes in Bangladesh).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Protocol

from crm_desktop.reports.period import local_utc_offset_minutes
from crm_desktop.timeutil import utcnow


class Clock(Protocol):
    def now(self) -> datetime: ...

    def utc_offset_minutes(self) -> int: ...


def local_today(clock: Clock) -> date:
    """The shop's calendar date at the clock's now."""
    return (clock.now() + timedelta(minutes=clock.utc_offset_minutes())).date()


class SystemClock:
    def now(self) -> datetime:
        return utcnow()

    def utc_offset_minutes(self) -> int:
        return local_utc_offset_minutes()


@dataclass
class ManualClock:
    """A clock that stands still until told to move (tests, ``--now`` on the command line)."""

    current: datetime = field(default_factory=utcnow)
    offset_minutes: int = 0

    def now(self) -> datetime:
        return self.current

    def utc_offset_minutes(self) -> int:
        return self.offset_minutes

    def advance(self, **delta: float) -> datetime:
        self.current += timedelta(**delta)
        return self.current
