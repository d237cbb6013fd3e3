"""Phone numbers and email addresses: parsing, normalizing, validating (offline)."""

from __future__ import annotations

from dataclasses import dataclass

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from crm_desktop.locale.digits import to_latin_digits

DEFAULT_REGION = "BD"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    return text


class ContactPointError(ValueError):
    """A phone or email that cannot be used; the message says why.

    ``template`` and ``params`` let the window say it in its own language:
    ``translate("ContactPoints", template).format(**params)``.
    """

    def __init__(self, message: str, template: str = "", **params: str) -> None:
        super().__init__(message)
        self.template = template
        self.params = params


def _error(template: str, **params: str) -> ContactPointError:
    return ContactPointError(template.format(**params), template, **params)


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
        raise _error(QT_TRANSLATE_NOOP("ContactPoints", "the phone number is empty"))
    try:
        number = phonenumbers.parse(to_latin_digits(text), region)
    except phonenumbers.NumberParseException as exc:
        raise _error(QT_TRANSLATE_NOOP("ContactPoints", "'{text}' is not a phone number"), text=text) from exc
    if not phonenumbers.is_possible_number(number):
        raise _error(
            QT_TRANSLATE_NOOP("ContactPoints", "'{text}' has the wrong number of digits for a phone number"),
            text=text,
        )
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
        raise _error(QT_TRANSLATE_NOOP("ContactPoints", "the email address is empty"))
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise _error(
            QT_TRANSLATE_NOOP("ContactPoints", "'{text}' is not a valid email address: {reason}"),
            text=text,
            reason=str(exc),
        ) from exc
    return result.normalized
