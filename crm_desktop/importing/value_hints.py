"""A suggested mapping checked against the values: headers alone mislead.

``Accepts Email Marketing`` holds yes/no, not e-mails; ``Phonetic First Name``
holds a name, not a phone; Salesforce's ``OWNERID`` holds record ids, not a
person; QuickBooks' ``CustomerType`` holds "Independent Contractor", not
person/business. :func:`judge` looks at a sample of each column's values and
unmaps a column whose values cannot be what its header suggests (the column
then goes where unmapped columns go: a custom field), maps a nameless column
whose values are all e-mail addresses, and gives each mapped column a
confidence the import window shows.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from crm_desktop.importing import values as v
from crm_desktop.io.fields import MULTI_VALUED
from crm_desktop.io.suggest import candidate

SAMPLE = 200
KINDS = v.KIND_WORDS
# confidence of a suggestion
CONFIRMED = "high"  # header and values agree
HEADER_ONLY = "medium"  # a known header, no values to look at
GUESSED = "low"  # found from the values alone

YES_NO = frozenset(
    {"yes", "no", "y", "n", "true", "false", "0", "1", "t", "f", "subscribed", "unsubscribed",
     "not_subscribed", "pending", "opted in", "opted out", "ja", "nein", "হ্যাঁ", "না"}
)  # fmt: skip
_EMAILISH = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_RECORD_ID = re.compile(r"(?=.*\d)[0-9A-Za-z]{15,18}")  # Salesforce-style record ids
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_ORDER_NUMBER = re.compile(r"#\d[\w-]*")


@dataclass
class Judgement:
    """Columns to unmap or map (index → field or None) and the confidence of each mapped column."""

    overrides: dict[int, str | None] = field(default_factory=dict)
    confidence: dict[int, str] = field(default_factory=dict)
    reasons: dict[int, str] = field(default_factory=dict)


def samples(rows: Sequence[Sequence[str]], width: int) -> list[list[str]]:
    """Per column, its non-empty values (placeholders left out), from the first rows."""
    out: list[list[str]] = [[] for _ in range(width)]
    for cells in rows[:SAMPLE]:
        for i, cell in enumerate(cells[:width]):
            text = cell.strip()
            if text and not v.is_placeholder(text):
                out[i].append(text)
    return out


def _share(values: list[str], test: object) -> float:
    assert callable(test)
    return sum(1 for x in values if test(x)) / len(values)


def _fits(fld: str, values: list[str]) -> bool:
    """Could these values be what ``fld`` holds? (True when in doubt.)"""
    if fld in ("email", "customer_email"):
        return _share(values, lambda x: "@" in x) >= 0.5
    if fld in ("phone", "customer_phone"):
        if _share(values, lambda x: x.casefold() in YES_NO) >= 0.5:
            return False
        return _share(values, lambda x: _LETTERS.search(x.replace("ext", "").replace("x", "")) is None) >= 0.5
    if fld == "kind":
        return _share(values, lambda x: " ".join(x.casefold().replace("_", " ").split()) in KINDS) >= 0.8
    if fld in ("owner", "display_name", "given_name", "family_name", "company"):
        if _share(values, lambda x: x.casefold() in YES_NO) >= 0.5:
            return False  # Odoo's "Customer": TRUE/FALSE
        if _share(values, lambda x: _ORDER_NUMBER.fullmatch(x) is not None) >= 0.5:
            return False  # Shopify's order number "#1001" in a column called "Name"
        return _share(values, lambda x: _RECORD_ID.fullmatch(x) is not None) < 0.5
    if fld in ("birthday", "created_at"):
        return _share(values, lambda x: x.casefold() in YES_NO) < 0.5
    return True


_PHONE_LIKE = re.compile(r"\+?[\d০-৯][\d০-৯\s()-]{8,}[\d০-৯]")
_NAME_FIELDS = ("display_name", "given_name", "family_name", "company")


def _phone_like(value: str) -> bool:
    """Digits as a phone is written: starting with + or 0, or grouped ("017 1123 4567");
    a long plain number (a customer number) is not taken for one."""
    if _PHONE_LIKE.fullmatch(value) is None:
        return False
    return value[0] in "+0০" or any(ch in value for ch in " -()")


def _person_like(value: str) -> bool:
    """Two to five words of letters: "Rahim Uddin", "রহিম উদ্দিন", "Mary-Jane O'Neil"."""
    words = value.split()
    return 2 <= len(words) <= 5 and all(_name_word(w) for w in words)


def _name_word(word: str) -> bool:
    """Letters and their marks (Bengali vowel signs), with an inner . ' or -."""
    return unicodedata.category(word[0])[0] == "L" and all(
        unicodedata.category(ch)[0] in "LM" or ch in ".'’-" for ch in word
    )


def _guess_names_and_phones(
    headers: Sequence[str], columns: dict[int, str], found: list[list[str]], result: Judgement
) -> None:
    """A file without usable headers (a bare list of names and numbers, no header row): a column
    of people's names is the name, a column of phone numbers the phone — each a guess to check."""
    chosen = {**columns, **{i: f for i, f in result.overrides.items() if f}}
    free = [i for i in range(len(headers)) if i not in chosen and len(found[i]) >= 2]
    if not any(f in _NAME_FIELDS for f in chosen.values()):
        for index in free:
            values = found[index]
            if _share(values, _person_like) >= 0.6 and len(set(values)) >= 0.6 * len(values):
                result.overrides[index] = "display_name"
                result.confidence[index] = GUESSED
                free.remove(index)
                break
    if "phone" not in chosen.values():
        for index in free:
            if _share(found[index], _phone_like) >= 0.8:
                result.overrides[index] = "phone"
                result.confidence[index] = GUESSED
                break


def judge(
    headers: Sequence[str], columns: dict[int, str], rows: Sequence[Sequence[str]], entity: str
) -> Judgement:
    """Check the suggested ``columns`` (index → field) against the values of ``rows``."""
    result = Judgement()
    found = samples(rows, len(headers))
    for index, fld in columns.items():
        values = found[index] if index < len(found) else []
        if not values:
            result.confidence[index] = HEADER_ONLY
        elif _fits(fld, values):
            result.confidence[index] = CONFIRMED
        else:
            result.overrides[index] = None
            if fld not in MULTI_VALUED:  # the next column the header says, if its values fit
                taken = set(columns) | set(result.overrides)
                ranked = sorted(
                    (cand[1], i)
                    for i, h in enumerate(headers)
                    if i not in taken and (cand := candidate(h, entity)) is not None and cand[0] == fld
                )
                for _rank, other in ranked:
                    if found[other] and _fits(fld, found[other]):
                        result.overrides[other] = fld
                        result.confidence[other] = CONFIRMED
                        break
    if entity == "purchases" and "reference" not in columns.values():
        # Shopify's order number is in a column called "Name": #1001
        for index in range(len(headers)):
            values = found[index] if index < len(found) else []
            if values and _share(values, lambda x: _ORDER_NUMBER.fullmatch(x) is not None) >= 0.9:
                result.overrides[index] = "reference"
                result.confidence[index] = GUESSED
                break
    if entity == "customers" and found and any(found):
        _guess_names_and_phones(headers, columns, found, result)
        for index in range(len(headers)):
            values = found[index]
            if index in columns or len(values) < 2:
                continue
            if _share(values, lambda x: _EMAILISH.fullmatch(x) is not None) >= 0.9:
                result.overrides[index] = "email"
                result.confidence[index] = GUESSED
    return result
