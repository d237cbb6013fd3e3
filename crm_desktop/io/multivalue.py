"""Cells that hold several values: Google's ``:::``, comma-separated tags."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["dedupe_values", "split_multi"]

_SPLITTERS: dict[str, re.Pattern[str]] = {
    "phone": re.compile(r"\s*:::\s*|[;,|\n]|\s+/\s+"),
    "email": re.compile(r"\s*:::\s*|[;,\s]+"),
    "tags": re.compile(r"\s*:::\s*|[,;\n]"),
}
_SPLITTERS["customer_phone"] = _SPLITTERS["phone"]
_SPLITTERS["customer_email"] = _SPLITTERS["email"]


def _dedupe_key(value: str, fld: str) -> str:
    if fld.endswith("phone"):
        digits = re.sub(r"[^\d+]", "", value)
        return digits or value
    return value.casefold()


def split_multi(value: str, field: str) -> list[str]:
    """Split a cell that may hold several values for ``field``.

    Phones: Google's `` ::: ``, ``;``, ``,``, ``|``, newline, `` / ``.
    Emails: `` ::: ``, ``;``, ``,``, whitespace. Tags: `` ::: ``, ``,``, ``;``,
    newline; Google's system group ``* myContacts`` is dropped and the ``* ``
    marking other system groups (``* starred``) is removed. Other fields: the
    trimmed text. Parts are trimmed, empty ones dropped, duplicates dropped
    (phones compared by digits, the rest case-insensitively), order kept.
    """
    splitter = _SPLITTERS.get(field)
    parts = splitter.split(value) if splitter else [value]
    return dedupe_values(parts, field)


def dedupe_values(values: Iterable[str], field: str) -> list[str]:
    """Trim, drop empties and duplicates, keep order (see :func:`split_multi`)."""
    out: list[str] = []
    seen: set[str] = set()
    for raw in values:
        part = raw.strip()
        if field == "tags":
            if part.casefold() == "* mycontacts":
                continue
            part = part.removeprefix("* ").strip()
        if not part:
            continue
        key = _dedupe_key(part, field)
        if key not in seen:
            seen.add(key)
            out.append(part)
    return out
