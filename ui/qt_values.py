"""Qt's date and time values as Python's, typed (PySide6's ``toPython()`` is typed ``object``)."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QTime


def py_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def py_time(value: QTime) -> time:
    return time(value.hour(), value.minute(), value.second())


def py_datetime(value: QDateTime) -> datetime:
    """The local wall-clock time, whole seconds, without a time zone."""
    return datetime.combine(py_date(value.date()), py_time(value.time()))
