"""What text and amounts the services accept, and what they say when they refuse them.

One set of rules for every service, so a name, a note or a deal title is
either stored exactly as typed (stripped and in NFC, as the services always
did) or refused with a message naming the field, the problem and where it is
— never silently cut short, never a crash.

* **One-line fields** (names, company, city, phones, emails, tags, titles,
  subjects, stage names, custom field names): at most :data:`MAX_LINE`
  characters, no line breaks, and at least one visible character.
* **Long text** (notes, address, interests, bodies, descriptions, lost
  reasons, custom field values): at most :data:`MAX_TEXT` characters (a
  million: a 1 MB note saves in well under a second and stays searchable in
  a millisecond, see ``bench/bench_hostile_input.py``); line breaks and tabs
  are fine.
* **Nowhere**: NUL (SQLite's full-text index, ``LIKE`` and ``length()`` stop
  reading at it, so whatever followed would be unsearchable), other control
  characters (terminal escape codes, form feeds…; tab, CR and LF are fine in
  long text) and unpaired surrogates (half a character from a damaged UTF-16
  source: it cannot be stored as UTF-8 at all).

Everything else is kept as typed: right-to-left and left-to-right marks,
zero-width joiners (Bengali conjuncts such as র‍্যা need them), emoji, any
script or mix of scripts.

Amounts are whole numbers of minor units (never floats) of at most
:data:`MAX_AMOUNT_MINOR` in size — far beyond any shop's sale, and far enough
below SQLite's 64-bit limit that sums over millions of rows cannot overflow
— in a currency code CLDR knows.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

from crm_desktop.money import is_known_currency
from crm_desktop.services.errors import FieldError, ValidationError, escape_unprintable

MAX_LINE = 255
MAX_TEXT = 1_000_000
MAX_AMOUNT_MINOR = 10**14  # 1 000 000 000 000.00 (a trillion taka)

# The first character a field may not hold (one regex scan: a 1 MB note is
# checked in about a millisecond). Cc is U+0000-U+001F and U+007F-U+009F.
_BAD_IN_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_BAD_IN_LINE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_LINE_BREAKS = {"\n", "\r", "\x85", "\u2028", "\u2029", "\x0b", "\x0c"}
_INVISIBLE = {"Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "Me"}


def _at(position: int) -> str:
    return f"at character {position + 1}"


def problem(value: str, *, multiline: bool = False, limit: int | None = None) -> str | None:
    """What is wrong with ``value`` as a one-line field (or long text), or None."""
    found = (_BAD_IN_TEXT if multiline else _BAD_IN_LINE).search(value)
    if found:
        i, ch = found.start(), found.group()
        code = ord(ch)
        if 0xD800 <= code <= 0xDFFF:
            return (
                f"contains a broken character (U+{code:04X}, half of a pair) {_at(i)}; "
                "it was probably damaged in copying: type it again"
            )
        if ch == "\x00":
            return f"contains a NUL character (U+0000) {_at(i)}; remove it"
        if ch in _LINE_BREAKS:
            return f"must be one line, but has a line break {_at(i)}"
        return f"contains an invisible control character (U+{code:04X}) {_at(i)}; remove it"
    text = value.strip()
    top = limit if limit is not None else (MAX_TEXT if multiline else MAX_LINE)
    if len(text) > top:
        return f"is {len(text):,} characters long; at most {top:,} are allowed"
    if not multiline and text and not visible(text):
        return "has only invisible characters (spaces, joiners or direction marks)"
    return None


def visible(text: str) -> bool:
    """True if ``text`` has a character that shows (not only spaces, marks or joiners)."""
    return any(unicodedata.category(ch) not in _INVISIBLE for ch in text)


def check_lines(**fields: str | None) -> list[FieldError]:
    """Errors for one-line fields given by name (None counts as empty)."""
    return _check(fields, multiline=False)


def check_texts(**fields: str | None) -> list[FieldError]:
    """Errors for long-text fields given by name (None counts as empty)."""
    return _check(fields, multiline=True)


def _check(fields: Mapping[str, str | None], *, multiline: bool) -> list[FieldError]:
    errors = []
    for name, value in fields.items():
        found = problem(value or "", multiline=multiline)
        if found:
            errors.append(FieldError(name, found))
    return errors


def check_tags(values: Iterable[str], *, limit: int) -> list[FieldError]:
    """Tags are one-line values without commas (commas separate tags where they are typed)."""
    errors = []
    for value in values:
        found = problem(value, limit=limit)
        if not found and "," in value:
            found = "has a comma; commas separate tags, so it would come back as two"
        if found:
            errors.append(FieldError("tags", f"the tag {shown(value)} {found}"))
    return errors


def refused(errors: list[FieldError], field: str, value: str, index: int | None = None) -> bool:
    """Add the error for one one-line value to ``errors``; True if there was one."""
    found = problem(value)
    if found:
        errors.append(FieldError(field, found, index))
    return found is not None


def check_custom_fields(fields: Mapping[str, str]) -> list[FieldError]:
    """Custom field names are one-line fields; their values long text."""
    errors = []
    seen: set[str] = set()
    for key, value in fields.items():
        name = key.strip() if isinstance(key, str) else ""
        if not name and isinstance(value, str) and value.strip():
            errors.append(FieldError("custom_fields", f"the value {shown(value)} has no field name"))
        elif name and name in seen:
            errors.append(FieldError("custom_fields", f"the field name {shown(name)} is there twice"))
        seen.add(name)
        found = problem(key)
        if found:
            errors.append(FieldError("custom_fields", f"the field name {shown(key)} {found}"))
        found = problem(value if isinstance(value, str) else "", multiline=True)
        if found:
            errors.append(FieldError("custom_fields", f"the value of {shown(key)} {found}"))
    return errors


def raise_if(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationError(errors)


def shown(text: str, width: int = 40) -> str:
    """``text`` quoted for a message: short, with unprintable characters as ``\\uXXXX``."""
    short = text if len(text) <= width else text[: width - 1] + "…"
    return "'" + escape_unprintable(short) + "'"


def amount_problem(minor: object, *, negative: bool = False) -> str | None:
    """What is wrong with an amount in minor units, or None (zero is fine here)."""
    if isinstance(minor, bool) or not isinstance(minor, int):
        return "the amount must be a whole number of minor units (paisa, cents)"
    if not negative and minor < 0:
        return "the amount cannot be negative"
    if abs(minor) > MAX_AMOUNT_MINOR:
        return f"the amount is too large (at most {MAX_AMOUNT_MINOR:,} minor units)"
    return None


def currency_problem(code: object) -> str | None:
    if not isinstance(code, str) or not is_known_currency(code.upper()):
        shown_code = shown(code) if isinstance(code, str) else repr(code)
        return f"{shown_code} is not a currency code (three letters, such as BDT or USD)"
    return None
