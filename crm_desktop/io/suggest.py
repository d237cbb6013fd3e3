"""Guess which field each column of a file holds, from its header text.

Knows the headers of Google Contacts, Outlook, Thunderbird, HubSpot,
Salesforce and Odoo exports and plain English and Bengali words; the alias
tables are in :mod:`crm_desktop.io.fields`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from crm_desktop.io.errors import MappingError
from crm_desktop.io.fields import ALIASES, ENTITIES, FIELDS, JOINED, MULTI_VALUED

__all__ = ["check_entity", "is_known_header", "normalize_header", "suggest_mapping"]

_VALUE_SUFFIX = re.compile(r"\s*\d*\s*-\s*value\s*$")
_GOOGLE_GROUP = re.compile(r"^\D*?(\d+)\s*-\s*\S")


def normalize_header(text: str) -> str:
    """A comparison key for a header: ``"E-mail 1 - Value"`` → ``"email"``.

    Case-folded; Google's ``N - Value`` suffix dropped; only letters and
    combining marks kept (so Bengali vowel signs survive, digits, spaces and
    punctuation go).
    """
    folded = unicodedata.normalize("NFKC", text).casefold().strip()
    folded = _VALUE_SUFFIX.sub("", folded)
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] in "LM")


def _alias_index(entity: str) -> dict[str, tuple[str, int]]:
    index: dict[str, tuple[str, int]] = {}
    for fld, aliases in ALIASES[entity].items():
        for rank, alias in enumerate(aliases):
            index.setdefault(alias, (fld, rank))
    return index


_INDEX: dict[str, dict[str, tuple[str, int]]] = {e: _alias_index(e) for e in ENTITIES}
_ALL_KEYS: frozenset[str] = frozenset(k for idx in _INDEX.values() for k in idx)
_NOT_A_VALUE = (
    "type", "label", "display", "fax", "pager", "verified", "status", "phonetic", "accepts",
    "marketing", "include", "optin", "optout", "optedout", "consent", "subscri", "bounce",
)  # fmt: skip


def _fallback(key: str, entity: str) -> tuple[str, int] | None:
    """Headers not in the tables but clearly holding a phone or an email."""
    if any(word in key for word in _NOT_A_VALUE):
        return None
    phone_field = "phone" if entity == "customers" else "customer_phone"
    email_field = "email" if entity == "customers" else "customer_email"
    if "email" in key or ("mail" in key and "address" in key):
        return email_field, 100
    if any(word in key for word in ("phone", "mobile", "cell", "ফোন", "মোবাইল")):
        return phone_field, 100
    return None


def candidate(header: str, entity: str) -> tuple[str, int] | None:
    """The field a header suggests and its rank among that field's names (lower: more specific)."""
    return _candidate(header, entity)


def _candidate(header: str, entity: str) -> tuple[str, int] | None:
    key = normalize_header(header)
    if not key:
        return None
    return _INDEX[entity].get(key) or _fallback(key, entity)


def is_known_header(text: str) -> bool:
    """True if ``text`` names a field of any import kind (used to spot header rows)."""
    key = normalize_header(text)
    return bool(key) and (key in _ALL_KEYS or _fallback(key, "customers") is not None)


def check_entity(entity: str) -> None:
    if entity not in FIELDS:
        raise MappingError(f"Unknown import kind {entity!r}; use one of {', '.join(ENTITIES)}.")


def suggest_mapping(headers: Sequence[str], entity: str = "customers") -> dict[int, str | None]:
    """Guess a field for every column index (None: no field fits).

    Phones, emails and tags may come from several columns. A single-valued
    field goes to the column whose header is the most specific alias (then
    the leftmost); address and notes also take equally good further columns
    (``Street`` + ``Street2``), but not Google's second address group.
    """
    check_entity(entity)
    candidates: dict[int, tuple[str, int]] = {}
    for i, header in enumerate(headers):
        cand = _candidate(header, entity)
        if cand is None:
            continue
        group = _GOOGLE_GROUP.match(header.strip())
        if group and int(group.group(1)) > 1 and cand[0] not in MULTI_VALUED:
            continue  # "Address 2 - Formatted" is a second address, not line 2
        candidates[i] = cand
    if any(normalize_header(h) in ("birthyear", "birthmonth") for h in headers):
        # Thunderbird's "Birth Day" is only the day of the month
        candidates = {i: c for i, c in candidates.items() if normalize_header(headers[i]) != "birthday"}
    best: dict[str, int] = {}
    for fld, rank in candidates.values():
        best[fld] = min(rank, best.get(fld, rank))
    result: dict[int, str | None] = {i: None for i in range(len(headers))}
    taken: set[str] = set()
    for i, (fld, rank) in sorted(candidates.items()):
        if fld in MULTI_VALUED:
            result[i] = fld
        elif rank == best[fld] and (fld in JOINED or fld not in taken):
            result[i] = fld
            taken.add(fld)
    return result
