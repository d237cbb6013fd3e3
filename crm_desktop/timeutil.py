"""Time helpers. Times are stored as naive UTC datetimes and shown in local time."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """The current time as a naive UTC datetime (what the database stores)."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def to_local(dt: datetime) -> datetime:
    """A stored naive-UTC datetime as an aware datetime in the machine's zone."""
    return dt.replace(tzinfo=UTC).astimezone()


def local_to_utc(dt: datetime) -> datetime:
    """A naive local datetime (as a user typed it) to naive UTC for storage."""
    aware = dt.astimezone() if dt.tzinfo is None else dt
    return aware.astimezone(UTC).replace(tzinfo=None)
