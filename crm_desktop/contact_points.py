"""Phone numbers and email addresses: parsing, normalizing, validating (offline)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from crm_desktop.locale.digits import to_latin_digits
from crm_desktop.translatable import QT_TRANSLATE_NOOP, Message

DEFAULT_REGION = "BD"


class ContactPointError(ValueError):
    """A phone or email that cannot be used; ``str(error)`` says why.

    The message is a :class:`~crm_desktop.translatable.Message` (English as a
    ``str``), so the window can say it in its own language; ``template`` and
    ``params`` are its parts.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
        self.template = message.template if isinstance(message, Message) else ""
        self.params = dict(message.params) if isinstance(message, Message) else {}

    def __str__(self) -> str:
        return self.message


def _error(template: Message, **params: str | Message) -> ContactPointError:
    return ContactPointError(template.format(**params) if params else template)


PHONE_EMPTY = QT_TRANSLATE_NOOP("ContactPoints", "the phone number is empty")
NOT_A_PHONE = QT_TRANSLATE_NOOP("ContactPoints", "'{text}' is not a phone number")
WRONG_DIGITS = QT_TRANSLATE_NOOP(
    "ContactPoints", "'{text}' has the wrong number of digits for a phone number"
)
EMAIL_EMPTY = QT_TRANSLATE_NOOP("ContactPoints", "the email address is empty")
NOT_AN_EMAIL = QT_TRANSLATE_NOOP("ContactPoints", "'{text}' is not a valid email address: {reason}")


# What email-validator says, word for word, so the window can translate it
# (the English text stays the library's). "{...}" parts are filled from its text.
EMAIL_REASONS = (
    QT_TRANSLATE_NOOP("ContactPoints", "An email address must have an @-sign."),
    QT_TRANSLATE_NOOP("ContactPoints", "There must be something before the @-sign."),
    QT_TRANSLATE_NOOP("ContactPoints", "There must be something after the @-sign."),
    QT_TRANSLATE_NOOP("ContactPoints", "There can't be anything after the email address."),
    QT_TRANSLATE_NOOP("ContactPoints", "The email address is not valid ASCII."),
    QT_TRANSLATE_NOOP("ContactPoints", "The email address contains an invalid character."),
    QT_TRANSLATE_NOOP(
        "ContactPoints", "The email address contains invalid characters before the @-sign: {chars}."
    ),
    QT_TRANSLATE_NOOP("ContactPoints", "The email address contains invalid characters before the @-sign."),
    QT_TRANSLATE_NOOP(
        "ContactPoints", "The email address contains invalid characters in quotes before the @-sign: {chars}."
    ),
    QT_TRANSLATE_NOOP("ContactPoints", "The email address contains unsafe characters: {chars}."),
    QT_TRANSLATE_NOOP("ContactPoints", "The part after the @-sign contains invalid characters: {chars}."),
    QT_TRANSLATE_NOOP(
        "ContactPoints",
        "The part after the @-sign contains invalid characters after Unicode normalization: {chars}.",
    ),
    QT_TRANSLATE_NOOP(
        "ContactPoints", "Internationalized characters before the @-sign are not supported: {chars}."
    ),
    QT_TRANSLATE_NOOP("ContactPoints", "Internationalized characters before the @-sign are not supported."),
    QT_TRANSLATE_NOOP("ContactPoints", "An email address cannot start with a period."),
    QT_TRANSLATE_NOOP("ContactPoints", "An email address cannot end with a period."),
    QT_TRANSLATE_NOOP("ContactPoints", "An email address cannot end with a hyphen."),
    QT_TRANSLATE_NOOP(
        "ContactPoints", "An email address cannot have a period immediately before the @-sign."
    ),
    QT_TRANSLATE_NOOP("ContactPoints", "An email address cannot have a period immediately after the @-sign."),
    QT_TRANSLATE_NOOP("ContactPoints", "An email address cannot have a hyphen immediately after the @-sign."),
    QT_TRANSLATE_NOOP("ContactPoints", "An email address cannot have two periods in a row."),
    QT_TRANSLATE_NOOP(
        "ContactPoints", "An email address cannot have a period and a hyphen next to each other."
    ),
    QT_TRANSLATE_NOOP("ContactPoints", "The part after the @-sign is not valid. It should have a period."),
    QT_TRANSLATE_NOOP(
        "ContactPoints", "The part after the @-sign is not valid. It is not within a valid top-level domain."
    ),
    QT_TRANSLATE_NOOP(
        "ContactPoints",
        "The part after the @-sign is a special-use or reserved name that cannot be used with email.",
    ),
    QT_TRANSLATE_NOOP(
        "ContactPoints", "The email address is too long before the @-sign ({count} character too many)."
    ),
    QT_TRANSLATE_NOOP(
        "ContactPoints", "The email address is too long before the @-sign ({count} characters too many)."
    ),
    QT_TRANSLATE_NOOP(
        "ContactPoints", "The email address is too long after the @-sign ({count} character too many)."
    ),
    QT_TRANSLATE_NOOP(
        "ContactPoints", "The email address is too long after the @-sign ({count} characters too many)."
    ),
    QT_TRANSLATE_NOOP(
        "ContactPoints",
        'The email address has the "full-width" at-sign (@) character instead of a regular at-sign.',
    ),
    QT_TRANSLATE_NOOP(
        "ContactPoints",
        'The email address has the "small commercial at" character instead of a regular at-sign.',
    ),
    QT_TRANSLATE_NOOP(
        "ContactPoints", "A display name and angle brackets around the email address are not permitted here."
    ),
    QT_TRANSLATE_NOOP("ContactPoints", "Quoting the part before the @-sign is not allowed here."),
    QT_TRANSLATE_NOOP("ContactPoints", "A bracketed IP address after the @-sign is not allowed here."),
)


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
    return re.compile(regex + r"\Z", re.DOTALL)


_EMAIL_PATTERNS = [(_pattern(t), t) for t in EMAIL_REASONS]


@lru_cache(maxsize=256)
def email_reason(text: str) -> str:
    """email-validator's reason as a translatable message (the same English text), if it is a known one."""
    for pattern, template in _EMAIL_PATTERNS:
        found = pattern.match(text)
        if found:
            params = {k: int(v) if k == "count" and v.isdigit() else v for k, v in found.groupdict().items()}
            message = template.format(**params) if params else template
            return message if message == text else text
    return text


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
        raise _error(PHONE_EMPTY)
    try:
        number = phonenumbers.parse(to_latin_digits(text), region)
    except phonenumbers.NumberParseException as exc:
        raise _error(NOT_A_PHONE, text=text) from exc
    if not phonenumbers.is_possible_number(number):
        raise _error(WRONG_DIGITS, text=text)
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
        raise _error(EMAIL_EMPTY)
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise _error(NOT_AN_EMAIL, text=text, reason=email_reason(str(exc))) from exc
    return result.normalized
