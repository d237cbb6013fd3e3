"""Presets made in English (the demo, the CLI) read in the window's language, unless edited (issue 17)."""

from __future__ import annotations

import json

from crm_desktop.automation.presets import ensure_presets, localize_presets
from crm_desktop.db.models import AutomationRule, EmailTemplate

BENGALI = {
    "Thank-you email after a purchase": "কেনাকাটার পর ধন্যবাদ ইমেইল",
    "No contact for 30 days \u2192 call task": "৩০ দিন যোগাযোগ নেই \u2192 ফোনের কাজ",
    "Call {name}": "{name}-কে ফোন করুন",
    "Birthday greeting": "জন্মদিনের শুভেচ্ছা",
    "Happy birthday, {first_name}!": "শুভ জন্মদিন, {first_name}!",
}


def bengali(_context: str, text: str) -> str:
    return BENGALI.get(text, text)


def test_untouched_presets_are_said_in_the_window_language_edited_ones_are_kept(store) -> None:  # noqa: ANN001
    ensure_presets()  # in English, as `crm-desktop demo` makes them
    edited = AutomationRule.get(AutomationRule.preset == "thank_you_email")
    edited.name = "My own thank-you"
    edited.save()

    assert localize_presets(bengali).value >= 2
    names = {r.preset: r.name for r in AutomationRule.select()}
    assert names["no_contact_30"] == "৩০ দিন যোগাযোগ নেই \u2192 ফোনের কাজ"
    assert names["thank_you_email"] == "My own thank-you"  # the user's words stay
    task = json.loads(AutomationRule.get(AutomationRule.preset == "no_contact_30").actions)[0]
    assert task["title"] == "{name}-কে ফোন করুন"
    birthday = EmailTemplate.get(EmailTemplate.preset == "birthday")
    assert (birthday.name, birthday.subject) == ("জন্মদিনের শুভেচ্ছা", "শুভ জন্মদিন, {first_name}!")

    assert localize_presets(bengali).value == 0  # nothing left to change
