"""Phone numbers and email addresses: parsing, normalizing, validating (offline)."""

from __future__ import annotations

from dataclasses import dataclass

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from crm_desktop.locale.digits import to_latin_digits

DEFAULT_REGION = "BD"


class ContactPointError(ValueError):
    """A phone or email that cannot be used; the message says why."""


@dataclass(frozen=True)
class Phone:
    raw: str
    e164: str
    search_digits: str  # international and national digits, space-separated

    @property
    def digits(self) -> str:
        return self.e164.lstrip("+")


def digits_only(text: str) -> str:
    return "".join(ch for ch in to_latin_digits(text) if ch.isdigit() and ch.isascii())


def parse_phone(raw: str, region: str = DEFAULT_REGION) -> Phone:
    """Parse what a user typed into E.164, keeping the typed text.

    Bengali digits are accepted. Raises :class:`ContactPointError` when the
    text is not a possible phone number for ``region`` (or, with a leading
    ``+``, for its own country).
    """
    text = raw.strip()
    if not text:
        raise ContactPointError("the phone number is empty")
    try:
        number = phonenumbers.parse(to_latin_digits(text), region)
    except phonenumbers.NumberParseException as exc:
        raise ContactPointError(f"'{text}' is not a phone number") from exc
    if not phonenumbers.is_possible_number(number):
        raise ContactPointError(f"'{text}' has the wrong number of digits for a phone number")
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    national = digits_only(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))
    search = e164.lstrip("+")
    if national and national != search:
        search += " " + national
    return Phone(raw=text, e164=e164, search_digits=search)


def normalize_email(raw: str) -> str:
    """Syntax-check an email address (no network) and return its normal form."""
    text = raw.strip()
    if not text:
        raise ContactPointError("the email address is empty")
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise ContactPointError(f"'{text}' is not a valid email address: {exc}") from exc
    return result.normalized
