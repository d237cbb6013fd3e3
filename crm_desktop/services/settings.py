"""Settings stored in the database (they travel with the data file)."""

from __future__ import annotations

import re

from crm_desktop import secrets
from crm_desktop.contact_points import DEFAULT_REGION
from crm_desktop.db.models import Setting
from crm_desktop.services.changes import Changes, Outcome
from crm_desktop.services.errors import ValidationError
from crm_desktop.translatable import QT_TRANSLATE_NOOP

DEFAULTS = {
    "phone_region": DEFAULT_REGION,
    "stale_deal_days": "14",
}


LOOKS_SECRET = QT_TRANSLATE_NOOP(
    "InputRules",
    "this looks like a password, token or key: settings travel with the data file and its "
    "backups, so secrets go to the system keychain instead (crm_desktop.secrets.set_secret)",
)


def get_setting(key: str) -> str:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row else DEFAULTS.get(key, "")


# Keys that name a secret: those belong in the keychain (crm_desktop.secrets), never here.
SECRET_KEY = re.compile(
    r"password|passwd|(?<![a-z])pass(?![a-z])|token|secret|api[_\-. ]?key|credential", re.IGNORECASE
)


def set_setting(key: str, value: str) -> Outcome[str]:
    """Store a setting; a password, token or API key is refused (see :mod:`crm_desktop.secrets`)."""
    if SECRET_KEY.search(key) or secrets.contains_secret(value):
        raise ValidationError.single(key, LOOKS_SECRET)
    Setting.insert(key=key, value=value).on_conflict_replace().execute()
    return Outcome(value, Changes.of("setting"))


def phone_region() -> str:
    return get_setting("phone_region") or DEFAULT_REGION
