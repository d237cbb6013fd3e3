"""Links that start a conversation: tel:, mailto:, WhatsApp and Facebook.

``open_link`` is the one place the app hands a URL to the system (tests
replace it, so nothing is launched while they run).
"""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from crm_desktop.contact_points import digits_only


def tel_url(e164_or_raw: str) -> str:
    number = e164_or_raw.strip()
    plus = "+" if number.startswith("+") else ""
    return f"tel:{plus}{digits_only(number)}"


def sms_url(e164_or_raw: str) -> str:
    return "sms:" + tel_url(e164_or_raw).removeprefix("tel:")


def whatsapp_url(e164: str) -> str:
    """wa.me wants the full international number, digits only."""
    return f"https://wa.me/{digits_only(e164)}"


def mailto_url(email: str) -> str:
    return "mailto:" + quote(email.strip(), safe="@.+-_")


def facebook_url(value: str) -> str:
    """A profile link as stored (full URL, ``fb.com/x``, ``facebook.com/x``) or a bare username."""
    text = value.strip()
    if text.startswith(("http://", "https://")):
        return text
    lowered = text.lower()
    if lowered.startswith(("facebook.com/", "www.facebook.com/", "fb.com/", "m.facebook.com/")):
        return "https://" + text
    return "https://www.facebook.com/" + quote(text.lstrip("@/"), safe="._-")


def open_link(url: str) -> bool:
    return QDesktopServices.openUrl(QUrl(url))
