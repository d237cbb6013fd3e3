"""Time helpers. Times are stored as naive UTC datetimes and shown in local time."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

_frozen_at: datetime | None = None


def utcnow() -> datetime:
    """The current time as a naive UTC datetime (what the database stores)."""
    if _frozen_at is not None:
        return _frozen_at
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


@contextmanager
def frozen_clock(at: datetime) -> Iterator[None]:
    """Every stamp the core writes (created, updated, imported …) reads ``at`` until the block ends.

    For runs that must give the same rows twice (tests comparing two databases), not for the app.
    """
    global _frozen_at
    before, _frozen_at = _frozen_at, at.replace(tzinfo=None, microsecond=0)
    try:
        yield
    finally:
        _frozen_at = before


def to_local(dt: datetime) -> datetime:
    """A stored naive-UTC datetime as an aware datetime in the machine's zone."""
    return dt.replace(tzinfo=UTC).astimezone()


def local_to_utc(dt: datetime) -> datetime:
    """A naive local datetime (as a user typed it) to naive UTC for storage."""
    aware = dt.astimezone() if dt.tzinfo is None else dt
    return aware.astimezone(UTC).replace(tzinfo=None)
