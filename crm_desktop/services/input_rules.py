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
from crm_desktop.translatable import QT_TRANSLATE_NOOP, Message

MAX_LINE = 255
MAX_TEXT = 1_000_000
MAX_AMOUNT_MINOR = 10**14  # 1 000 000 000 000.00 (a trillion taka)

# The first character a field may not hold (one regex scan: a 1 MB note is
# checked in about a millisecond). Cc is U+0000-U+001F and U+007F-U+009F.
_BAD_IN_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_BAD_IN_LINE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_LINE_BREAKS = {"\n", "\r", "\x85", "\u2028", "\u2029", "\x0b", "\x0c"}
_INVISIBLE = {"Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "Me"}


# What the rules say (translatable: the window shows them in Bengali, see crm_desktop.translatable).
BROKEN_CHARACTER = QT_TRANSLATE_NOOP(
    "InputRules",
    "contains a broken character ({code}, half of a pair) at character {position}; "
    "it was probably damaged in copying: type it again",
)
NUL_CHARACTER = QT_TRANSLATE_NOOP(
    "InputRules", "contains a NUL character (U+0000) at character {position}; remove it"
)
LINE_BREAK = QT_TRANSLATE_NOOP("InputRules", "must be one line, but has a line break at character {position}")
CONTROL_CHARACTER = QT_TRANSLATE_NOOP(
    "InputRules", "contains an invisible control character ({code}) at character {position}; remove it"
)
TOO_LONG = QT_TRANSLATE_NOOP("InputRules", "is {length:,} characters long; at most {limit:,} are allowed")
INVISIBLE_ONLY = QT_TRANSLATE_NOOP(
    "InputRules", "has only invisible characters (spaces, joiners or direction marks)"
)
TAG_COMMA = QT_TRANSLATE_NOOP("InputRules", "has a comma; commas separate tags, so it would come back as two")
TAG_PROBLEM = QT_TRANSLATE_NOOP("InputRules", "the tag {tag} {problem}")
VALUE_WITHOUT_NAME = QT_TRANSLATE_NOOP("InputRules", "the value {value} has no field name")
NAME_TWICE = QT_TRANSLATE_NOOP("InputRules", "the field name {name} is there twice")
FIELD_NAME_PROBLEM = QT_TRANSLATE_NOOP("InputRules", "the field name {name} {problem}")
FIELD_VALUE_PROBLEM = QT_TRANSLATE_NOOP("InputRules", "the value of {name} {problem}")
AMOUNT_NOT_WHOLE = QT_TRANSLATE_NOOP(
    "InputRules", "the amount must be a whole number of minor units (paisa, cents)"
)
AMOUNT_NEGATIVE = QT_TRANSLATE_NOOP("InputRules", "the amount cannot be negative")
AMOUNT_TOO_LARGE = QT_TRANSLATE_NOOP("InputRules", "the amount is too large (at most {limit:,} minor units)")
NOT_A_CURRENCY = QT_TRANSLATE_NOOP(
    "InputRules", "{code} is not a currency code (three letters, such as BDT or USD)"
)
# Said by the customer service (kept here with the other rules' words).
NO_IDENTITY = QT_TRANSLATE_NOOP("InputRules", "a customer needs a name, a company, a phone or an email")
BIRTHDAY_FUTURE = QT_TRANSLATE_NOOP("InputRules", "the birthday is in the future")
NAME_TOO_LONG = QT_TRANSLATE_NOOP("InputRules", "the name is longer than {limit} characters")
NOT_A_KIND = QT_TRANSLATE_NOOP("InputRules", "'{value}' is not one of {choices}")
# Said by several services about the rows an input refers to.
PRIORITY_CHOICES = QT_TRANSLATE_NOOP("InputRules", "the priority must be low, normal or high")
NO_CUSTOMER = QT_TRANSLATE_NOOP("InputRules", "customer {id} does not exist")
CUSTOMER_GONE = QT_TRANSLATE_NOOP("InputRules", "customer {id} does not exist or is in the trash")
NO_DEAL = QT_TRANSLATE_NOOP("InputRules", "deal {id} does not exist")
DEAL_GONE = QT_TRANSLATE_NOOP("InputRules", "deal {id} does not exist or is in the trash")
NO_USER = QT_TRANSLATE_NOOP("InputRules", "there is no user with id {id}")
NEEDS_TEXT = QT_TRANSLATE_NOOP("InputRules", "a note needs some text")
TASK_NEEDS_TITLE = QT_TRANSLATE_NOOP("InputRules", "a task needs a title")
EMAIL_NEEDS_SUBJECT = QT_TRANSLATE_NOOP("InputRules", "an email needs a subject")
EMAIL_EMPTY = QT_TRANSLATE_NOOP("InputRules", "the email is empty")


def not_one_of(value: object, choices: Iterable[object]) -> Message:
    """ "'x' is not one of a, b, c" (translatable)."""
    return NOT_A_KIND.format(value=str(value), choices=", ".join(str(c) for c in choices))


def problem(value: str, *, multiline: bool = False, limit: int | None = None) -> Message | None:
    """What is wrong with ``value`` as a one-line field (or long text), or None."""
    found = (_BAD_IN_TEXT if multiline else _BAD_IN_LINE).search(value)
    if found:
        position, ch = found.start() + 1, found.group()
        code = f"U+{ord(ch):04X}"
        if 0xD800 <= ord(ch) <= 0xDFFF:
            return BROKEN_CHARACTER.format(code=code, position=position)
        if ch == "\x00":
            return NUL_CHARACTER.format(position=position)
        if ch in _LINE_BREAKS:
            return LINE_BREAK.format(position=position)
        return CONTROL_CHARACTER.format(code=code, position=position)
    text = value.strip()
    top = limit if limit is not None else (MAX_TEXT if multiline else MAX_LINE)
    if len(text) > top:
        return TOO_LONG.format(length=len(text), limit=top)
    if not multiline and text and not visible(text):
        return INVISIBLE_ONLY
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
            found = TAG_COMMA
        if found:
            errors.append(FieldError("tags", TAG_PROBLEM.format(tag=shown(value), problem=found)))
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
            errors.append(FieldError("custom_fields", VALUE_WITHOUT_NAME.format(value=shown(value))))
        elif name and name in seen:
            errors.append(FieldError("custom_fields", NAME_TWICE.format(name=shown(name))))
        seen.add(name)
        found = problem(key)
        if found:
            errors.append(
                FieldError("custom_fields", FIELD_NAME_PROBLEM.format(name=shown(key), problem=found))
            )
        found = problem(value if isinstance(value, str) else "", multiline=True)
        if found:
            errors.append(
                FieldError("custom_fields", FIELD_VALUE_PROBLEM.format(name=shown(key), problem=found))
            )
    return errors


def raise_if(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationError(errors)


def shown(text: str, width: int = 40) -> str:
    """``text`` quoted for a message: short, with unprintable characters as ``\\uXXXX``."""
    short = text if len(text) <= width else text[: width - 1] + "…"
    return "'" + escape_unprintable(short) + "'"


def amount_problem(minor: object, *, negative: bool = False) -> Message | None:
    """What is wrong with an amount in minor units, or None (zero is fine here)."""
    if isinstance(minor, bool) or not isinstance(minor, int):
        return AMOUNT_NOT_WHOLE
    if not negative and minor < 0:
        return AMOUNT_NEGATIVE
    if abs(minor) > MAX_AMOUNT_MINOR:
        return AMOUNT_TOO_LARGE.format(limit=MAX_AMOUNT_MINOR)
    return None


def currency_problem(code: object) -> Message | None:
    if not isinstance(code, str) or not is_known_currency(code.upper()):
        return NOT_A_CURRENCY.format(code=shown(code) if isinstance(code, str) else repr(code))
    return None
