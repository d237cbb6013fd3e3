"""Who is using this computer: their name goes on every change in the history.

Kept per computer (QSettings), since a shop's staff may share one database
file over the years but each PC is usually one person's. Unset, or naming a
user who no longer exists, the shop's owner is recorded (see services.audit).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from crm_desktop.services import audit

KEY = "history/acting_user"


def remembered() -> int | None:
    value = QSettings().value(KEY)
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def apply_remembered() -> None:
    """At start: changes from now on are recorded under the remembered user."""
    audit.set_acting_user(remembered())


def remember(user_id: int | None) -> None:
    QSettings().setValue(KEY, "" if user_id is None else user_id)
    audit.set_acting_user(user_id)
