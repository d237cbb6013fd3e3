"""Write contacts as vCard 3.0 text that phones and mail programs read.

CRLF line endings; lines folded at 75 octets without splitting a UTF-8
sequence; ``\\`` ``,`` ``;`` and line breaks escaped; UTF-8 text (encode the
returned string as UTF-8 when saving). Control characters other than tab and
line breaks are dropped, and every line break is written as ``\\n``, so a
note with ``\\r\\n`` reads back with ``\\n``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from crm_desktop.io.vcard_model import TypedValue, VCardContact

__all__ = ["escape_text", "fold_line", "write_vcards"]

CRLF = "\r\n"
MAX_OCTETS = 75
_PARAM_WORD = re.compile(r"^[A-Za-z0-9-]+$")


def _clean(value: str) -> str:
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    if value.isprintable():
        return value
    return "".join(ch for ch in value if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs"))


def escape_text(value: str) -> str:
    """Escape a TEXT value (or one component of N/ADR/ORG) for vCard 3.0."""
    value = _clean(value)
    return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def fold_line(line: str) -> str:
    """Fold one content line at 75 octets; continuation lines start with a space."""
    if len(line) * 4 <= MAX_OCTETS or len(line.encode("utf-8")) <= MAX_OCTETS:
        return line
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    limit = MAX_OCTETS
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, MAX_OCTETS - 1
        current.append(ch)
        size += width
    pieces.append("".join(current))
    return (CRLF + " ").join(pieces)


_NOT_A_TYPE = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})


def _params(types: list[str]) -> str:
    words = [t.upper() for t in types if _PARAM_WORD.match(t)]
    words = [w for w in words if w not in _NOT_A_TYPE]
    return ";TYPE=" + ",".join(words) if words else ""


def _typed(name: str, items: list[TypedValue], escape: bool = True) -> list[str]:
    lines = []
    for item in items:
        value = escape_text(item.value) if escape else _clean(item.value).replace("\n", " ")
        if value.strip():
            lines.append(f"{name}{_params(item.types)}:{value}")
    return lines


def _contact_lines(contact: VCardContact) -> list[str]:
    lines = ["BEGIN:VCARD", "VERSION:3.0"]
    lines.append("FN:" + escape_text(contact.formatted_name or contact.display_name))
    name_parts = (
        contact.family_name,
        contact.given_name,
        contact.additional_names,
        contact.honorific_prefixes,
        contact.honorific_suffixes,
    )
    lines.append("N:" + ";".join(escape_text(p) for p in name_parts))
    if contact.nickname:
        lines.append("NICKNAME:" + escape_text(contact.nickname))
    if contact.organization or contact.org_units:
        org = [contact.organization, *contact.org_units]
        lines.append("ORG:" + ";".join(escape_text(p) for p in org))
    if contact.title:
        lines.append("TITLE:" + escape_text(contact.title))
    lines += _typed("TEL", contact.phones)
    lines += _typed("EMAIL", contact.emails)
    for adr in contact.addresses:
        parts = (
            adr.po_box,
            adr.extended,
            adr.street,
            adr.city,
            adr.region,
            adr.postal_code,
            adr.country,
        )
        lines.append(f"ADR{_params(adr.types)}:" + ";".join(escape_text(p) for p in parts))
    lines += _typed("URL", contact.urls, escape=False)
    if contact.birthday:
        lines.append("BDAY:" + escape_text(contact.birthday))
    if contact.note:
        lines.append("NOTE:" + escape_text(contact.note))
    categories = [escape_text(c) for c in contact.categories if c.strip()]
    if categories:
        lines.append("CATEGORIES:" + ",".join(categories))
    if contact.uid:
        lines.append("UID:" + escape_text(contact.uid))
    lines.append("END:VCARD")
    return lines


def write_vcards(contacts: Iterable[VCardContact]) -> str:
    """All contacts as one vCard 3.0 text (CRLF line endings, ends with CRLF)."""
    out: list[str] = []
    for contact in contacts:
        out.extend(fold_line(line) for line in _contact_lines(contact))
    return "".join(line + CRLF for line in out)
