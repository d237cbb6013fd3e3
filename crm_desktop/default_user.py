"""The user a new database starts with, shown in the window's language.

The first start (migration 3, ``crm_desktop/db/migrations/__init__.py``)
stores one user named "Owner", in English: the shop's owner, who gets every
change until other people are added. The name is data: the database keeps it
as stored, and every view shows a user's name through :func:`display_name`,
which translates it while it is still the seeded name and leaves any other
name (typed, or the seeded one renamed) exactly as it is — as
:mod:`crm_desktop.default_pipeline` does for the seeded stages.
"""

from __future__ import annotations

from typing import Final

from crm_desktop.translatable import QT_TRANSLATE_NOOP, Translate, no_translation

CONTEXT: Final = "DefaultUser"
OWNER: Final = QT_TRANSLATE_NOOP("DefaultUser", "Owner")


def is_default(name: str) -> bool:
    """Whether ``name`` is the name the first start gave the shop's owner."""
    return name == OWNER


def display_name(name: str, translate: Translate = no_translation) -> str:
    """A user's name as a view shows it: the seeded name translated, any other as typed."""
    return translate(CONTEXT, name) if name == OWNER else name
