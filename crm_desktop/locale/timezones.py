"""Stored UTC ↔ shown local time.

The database holds naive datetimes in UTC. People see and type local time.
``tz`` everywhere here may be a ``tzinfo``, an IANA name ("Asia/Dhaka") or
``None`` for the machine's own zone.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = ["TzLike", "local_to_utc", "resolve_tz", "utc_to_local"]

TzLike = tzinfo | str | None


def resolve_tz(tz: TzLike) -> tzinfo | None:
    """A ``tzinfo`` for ``tz``; ``None`` stands for the machine's local zone."""
    if tz is None or isinstance(tz, tzinfo):
        return tz
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {tz!r}") from None


def _to_aware_local(dt_utc: datetime, tz: TzLike) -> datetime:
    if dt_utc.tzinfo is not None:
        raise ValueError("expected a naive UTC datetime, as stored; got an aware one")
    aware = dt_utc.replace(tzinfo=UTC)
    zone = resolve_tz(tz)
    return aware.astimezone(zone) if zone is not None else aware.astimezone()


def utc_to_local(dt_utc: datetime, tz: TzLike = None) -> datetime:
    """A stored naive-UTC datetime as naive local time in ``tz``."""
    return _to_aware_local(dt_utc, tz).replace(tzinfo=None)


def local_to_utc(dt_local: datetime, tz: TzLike = None) -> datetime:
    """A naive local datetime (as typed, or from ``parse_datetime``) as naive UTC.

    An aware datetime is converted from its own zone and ``tz`` is ignored.
    """
    if dt_local.tzinfo is None:
        zone = resolve_tz(tz)
        aware = dt_local.replace(tzinfo=zone) if zone is not None else dt_local.astimezone()
    else:
        aware = dt_local
    return aware.astimezone(UTC).replace(tzinfo=None)
