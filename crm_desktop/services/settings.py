"""Settings stored in the database (they travel with the data file)."""

from __future__ import annotations

from crm_desktop.contact_points import DEFAULT_REGION
from crm_desktop.db.models import Setting
from crm_desktop.services.changes import Changes, Outcome

DEFAULTS = {
    "phone_region": DEFAULT_REGION,
    "stale_deal_days": "14",
}


def get_setting(key: str) -> str:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row else DEFAULTS.get(key, "")


def set_setting(key: str, value: str) -> Outcome[str]:
    Setting.insert(key=key, value=value).on_conflict_replace().execute()
    return Outcome(value, Changes.of("setting"))


def phone_region() -> str:
    return get_setting("phone_region") or DEFAULT_REGION
