"""Cell text → stored value, for every kind of field an import reads.

Each function returns the value to store or raises :class:`FieldProblem`
with the reason (the caller adds the line and the column). Times are
returned as the text SQLite stores (``YYYY-MM-DD HH:MM:SS``, UTC), dates as
``YYYY-MM-DD``.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from functools import lru_cache
from typing import Final

import phonenumbers

from crm_desktop import contact_points as cp
from crm_desktop.contact_points import ContactPointError, Phone
from crm_desktop.domain import CHANNELS
from crm_desktop.importing import fastpaths
from crm_desktop.importing import messages as m
from crm_desktop.locale import ParseError, detect_currency, local_to_utc, parse_amount, parse_date
from crm_desktop.locale import parse_datetime as _parse_datetime
from crm_desktop.money import Money, is_known_currency
from crm_desktop.translatable import Message

KIND_WORDS: Final[dict[str, str]] = {
    **dict.fromkeys(
        (
            "person",
            "individual",
            "contact",
            "people",
            "false",
            "no",
            "0",
            "ব্যক্তি",
            "einzelperson",
            "person/kontakt",
            "falsch",
            "nein",
        ),
        "person",
    ),
    **dict.fromkeys(
        (
            "business",
            "company",
            "organization",
            "organisation",
            "true",
            "yes",
            "1",
            "ব্যবসা",
            "প্রতিষ্ঠান",
            "unternehmen",
            "firma",
            "wahr",
            "ja",
        ),
        "business",
    ),
}
CHANNEL_WORDS: Final[dict[str, str]] = {
    **{c: c for c in CHANNELS},
    **dict.fromkeys(("phone", "phone call", "telephone", "ফোন", "কল"), "call"),
    **dict.fromkeys(("e-mail", "mail", "ইমেইল"), "email"),
    **dict.fromkeys(("text", "text message", "message", "এসএমএস"), "sms"),
    **dict.fromkeys(("whats app", "wa", "হোয়াটসঅ্যাপ"), "whatsapp"),
    **dict.fromkeys(("messenger", "facebook messenger", "fb", "ফেসবুক"), "facebook"),
    **dict.fromkeys(("live chat", "web chat"), "chat"),
    **dict.fromkeys(("appointment", "মিটিং"), "meeting"),
    **dict.fromkeys(("store visit", "shop visit", "in person", "ভিজিট"), "visit"),
    **dict.fromkeys(("comment", "memo", "নোট"), "note"),
}
DIRECTION_WORDS: Final[dict[str, str]] = {
    **dict.fromkeys(("in", "inbound", "incoming", "received", "আগত"), "in"),
    **dict.fromkeys(("out", "outbound", "outgoing", "sent", "বহির্গামী"), "out"),
}


# what spreadsheets and phones write in a cell that has no value
PLACEHOLDERS: Final = frozenset(
    {"-", "--", "—", "–", "n/a", "none", "null", "#n/a", "0/0/00", "00/00/0000", "0000-00-00"}
)  # Outlook writes 0/0/00 for "no birthday"


_FIRST = frozenset("-—–nN#0 \t")  # how a placeholder can start (a name or a phone mostly cannot)


def is_placeholder(cell: str) -> bool:
    """True for a cell that means "no value": ``-``, ``N/A``, ``null``, ``#N/A``, ``0/0/00`` …"""
    return len(cell) <= 12 and cell[:1] in _FIRST and bool(cell) and cell.strip().casefold() in PLACEHOLDERS


class FieldProblem(ValueError):
    """A cell that cannot be stored; ``str()`` is the reason (a translatable message)."""

    def __str__(self) -> str:
        return self.args[0] if self.args and isinstance(self.args[0], str) else super().__str__()


def text(value: str) -> str:
    """Trimmed and in NFC (the services store text this way); ASCII is NFC already."""
    return value.strip() if value.isascii() else unicodedata.normalize("NFC", value).strip()


# a payment or order in one of these states took no money (Stripe, Shopify, PayPal exports)
NO_SALE: Final = frozenset(
    {"failed", "declined", "canceled", "cancelled", "voided", "void", "expired", "incomplete",
     "requires_payment_method", "denied", "reversed"}
)  # fmt: skip


def no_sale(status: str) -> bool:
    return " ".join(status.casefold().replace("_", " ").split()).replace(" ", "_") in NO_SALE


_HAS_ZONE = re.compile(r"(Z|[+-]\d\d:?\d\d)\s*$")
_FLOAT_ID = re.compile(r"(\d+)\.0+")


def identifier(value: str) -> str:
    """An id as text: ``17243.0`` (a spreadsheet's number) is ``17243``."""
    found = _FLOAT_ID.fullmatch(value.strip())
    return found[1] if found else text(value)


def phone(value: str, region: str) -> Phone:
    """A phone number that is *valid* (phonenumbers), with its E.164 form.

    A number that is only *possible* (the right length, but no such numbers
    are given out: ``905-555-1234`` read as Bangladeshi) raises too: it would
    otherwise get a made-up E.164 form and be used for matching.
    """
    try:
        found = fastpaths.phone(value, region)
    except ContactPointError as exc:
        shown = value.strip()
        if exc.template == cp.NOT_A_PHONE:
            raise FieldProblem(m.NOT_A_PHONE.format(value=shown)) from None
        if exc.template == cp.WRONG_DIGITS:
            raise FieldProblem(m.NOT_A_PHONE_DIGITS.format(value=shown)) from None
        raise FieldProblem(m.NOT_A_PHONE_BECAUSE.format(value=shown, reason=_inside(exc.message))) from None
    e164 = found.e164
    if not (len(e164) == 14 and e164.startswith("+8801") and e164[5] in "3456789") and not _valid(e164):
        raise FieldProblem(m.PHONE_NOT_VALID.format(value=value.strip(), region=region))
    return found


@lru_cache(maxsize=1 << 15)
def _valid(e164: str) -> bool:
    if e164.startswith("+8801") and len(e164) == 14 and e164[5] in "3456789":
        return True  # a Bangladeshi mobile (the fast path's shape): valid
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(e164, None))
    except phonenumbers.NumberParseException:
        return False


def email(value: str) -> str:
    try:
        return fastpaths.email(value)
    except ContactPointError as exc:
        reason = exc.params.get("reason") if exc.template == cp.NOT_AN_EMAIL else exc.message
        raise FieldProblem(m.NOT_AN_EMAIL.format(value=value.strip(), reason=_inside(reason))) from None


def _inside(reason: object) -> str:
    """A reason as it reads inside brackets: "The part … '@'." → "the part … '@'"."""
    if isinstance(reason, Message):
        return reason.as_clause()
    text = str(reason).strip().rstrip(".")
    return text[:1].lower() + text[1:]


def day(value: str, day_first: bool) -> str:
    ok, result = _day(value, day_first)
    if not ok:
        raise FieldProblem(result)
    return result


@lru_cache(maxsize=1 << 15)
def _day(value: str, day_first: bool) -> tuple[bool, str]:
    """Cached: a column of birthdays or order dates repeats its values a lot."""
    try:
        return True, parse_date(value, day_first=day_first).isoformat()
    except ParseError as exc:
        return False, str(exc)


def moment(value: str, day_first: bool, utc: bool = False) -> str:
    """A date with an optional time, read as local time (``utc``: as UTC, the column says so:
    Stripe's ``Created date (UTC)``), stored as UTC."""
    if utc and not _HAS_ZONE.search(value):
        value = value.strip() + " +0000"
    try:
        local = _parse_datetime(value, day_first=day_first)
    except ParseError as exc:
        raise FieldProblem(str(exc)) from None
    return stamp(local_to_utc(local))


def stamp(moment_utc: datetime) -> str:
    """A naive UTC datetime as SQLite (and Peewee) store it."""
    return moment_utc.replace(microsecond=0).isoformat(sep=" ")


_NO_YEAR = re.compile(r"--(\d\d)-?(\d\d)")


def birthday_without_year(value: str) -> str | None:
    """``--0203`` or ``--02-03`` (vCard, Google: a birthday whose year is not known) as ``--02-03``."""
    found = _NO_YEAR.fullmatch(value.strip())
    if found is None:
        return None
    month, day_ = int(found[1]), int(found[2])
    try:
        date(2000, month, day_)  # a leap year: 29 February is a birthday
    except ValueError:
        return None
    return f"--{month:02d}-{day_:02d}"


def birthday(value: str, day_first: bool, today: date) -> str:
    result = day(value, day_first)
    if result > today.isoformat():
        raise FieldProblem(m.BIRTHDAY_FUTURE.format(value=result))
    return result


def currency(value: str) -> str:
    code = value.strip().upper()
    detected = detect_currency(value) if not is_known_currency(code) else code
    if not detected:
        raise FieldProblem(m.UNKNOWN_CURRENCY.format(value=value.strip()))
    return detected


def money(value: str, currency_code: str | None, default: str) -> Money:
    """An amount; its currency from the currency column, else its own sign, else ``default``."""
    chosen = currency_code or detect_currency(value) or default
    try:
        return parse_amount(value, chosen)
    except ParseError as exc:
        raise FieldProblem(str(exc)) from None


def word(value: str, table: dict[str, str], message: Message, **extra: str) -> str:
    key = " ".join(value.casefold().replace("_", " ").split())
    found = table.get(key)
    if found is None:
        raise FieldProblem(message.format(value=value.strip(), **extra))
    return found


def kind(value: str) -> str:
    return word(value, KIND_WORDS, m.UNKNOWN_KIND)


def channel(value: str) -> str:
    return word(value, CHANNEL_WORDS, m.UNKNOWN_CHANNEL, choices=", ".join(CHANNELS))


def direction(value: str) -> str:
    return word(value, DIRECTION_WORDS, m.UNKNOWN_DIRECTION)
