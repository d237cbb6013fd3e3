"""Placeholders in an email's subject and body: ``Dear {first_name}, …``.

Only the names in :data:`PLACEHOLDERS` are allowed; anything else in braces
(a typo, ``{name.upper}``, ``{name:>10}``) is refused with a message naming
it, so a template never fails at send time. ``{{`` and ``}}`` are literal
braces. Rendering never calls ``str.format`` on user text.
"""

from __future__ import annotations

import string
from collections.abc import Mapping

from crm_desktop.db.models import Customer, Deal, Setting, Ticket, User
from crm_desktop.locale import format_date, format_money
from crm_desktop.money import Money
from crm_desktop.reports.text import QT_TRANSLATE_NOOP
from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.timeutil import to_local, utcnow

PLACEHOLDERS: dict[str, str] = {
    "first_name": QT_TRANSLATE_NOOP("Placeholders", "the customer's first name"),
    "name": QT_TRANSLATE_NOOP("Placeholders", "the customer's full name"),
    "company": QT_TRANSLATE_NOOP("Placeholders", "the customer's company"),
    "city": QT_TRANSLATE_NOOP("Placeholders", "the customer's city"),
    "last_purchase_date": QT_TRANSLATE_NOOP("Placeholders", "the date of the last purchase"),
    "deal_title": QT_TRANSLATE_NOOP("Placeholders", "the deal's title"),
    "deal_value": QT_TRANSLATE_NOOP("Placeholders", "the deal's value"),
    "ticket_subject": QT_TRANSLATE_NOOP("Placeholders", "the ticket's subject"),
    "owner_name": QT_TRANSLATE_NOOP("Placeholders", "the name of the customer's owner"),
    "shop_name": QT_TRANSLATE_NOOP("Placeholders", "your shop's name (Settings)"),
    "today": QT_TRANSLATE_NOOP("Placeholders", "today's date"),
}

SHOP_NAME_SETTING = "shop_name"
EMAIL_LOCALE_SETTING = "email_locale"
DEFAULT_EMAIL_LOCALE = "en_BD"

Part = tuple[str, str | None]  # literal text, then the placeholder after it (None at the end)


UNBALANCED_BRACE = QT_TRANSLATE_NOOP(
    "Placeholders", "a brace is not closed or not opened ({reason}); write {{{{ or }}}} for a brace"
)
NOT_A_PLACEHOLDER = QT_TRANSLATE_NOOP("Placeholders", "not a placeholder: {what}")
UNKNOWN_ONE = QT_TRANSLATE_NOOP("Placeholders", "unknown placeholder {names}; use {known}")
UNKNOWN_MANY = QT_TRANSLATE_NOOP("Placeholders", "unknown placeholders {names}; use {known}")


class TemplateError(ValueError):
    """Braces that are no placeholder; ``str(error)`` says which (a translatable message)."""

    def __str__(self) -> str:
        if len(self.args) == 1 and isinstance(self.args[0], str):
            return self.args[0]
        return super().__str__()


def parse(text: str) -> list[Part]:
    """Split ``text`` into (literal, placeholder) parts; raises :class:`TemplateError`."""
    parts: list[Part] = []
    try:
        for literal, name, spec, conversion in string.Formatter().parse(text):
            if name is not None and (spec or conversion):
                raise TemplateError(
                    "{" + name + ("!" + conversion if conversion else "") + (":" + spec if spec else "") + "}"
                )
            parts.append((literal, name))
    except ValueError as exc:
        if isinstance(exc, TemplateError):
            raise
        raise TemplateError(UNBALANCED_BRACE.format(reason=str(exc))) from exc
    return parts


def unknown_placeholders(text: str) -> list[str]:
    return [name for _lit, name in parse(text) if name is not None and name not in PLACEHOLDERS]


def check(**texts: str) -> None:
    """Raise a :class:`ValidationError` naming every unknown placeholder, per field."""
    errors = []
    for field, text in texts.items():
        try:
            unknown = list(dict.fromkeys(unknown_placeholders(text)))
        except TemplateError as exc:
            errors.append(FieldError(field, NOT_A_PLACEHOLDER.format(what=str(exc))))
            continue
        if unknown:
            names = ", ".join("{" + name + "}" for name in unknown)
            known = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
            message = UNKNOWN_MANY if len(unknown) > 1 else UNKNOWN_ONE
            errors.append(FieldError(field, message.format(names=names, known=known)))
    if errors:
        raise ValidationError(errors)


def render(text: str, values: Mapping[str, str]) -> str:
    """Fill in the placeholders (checked first: call :func:`check` on user input)."""
    return "".join(
        literal + (values.get(name, "") if name is not None else "") for literal, name in parse(text)
    )


def _setting(key: str, default: str = "") -> str:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row else default


def email_locale() -> str:
    return _setting(EMAIL_LOCALE_SETTING, DEFAULT_EMAIL_LOCALE) or DEFAULT_EMAIL_LOCALE


def values_for(
    customer_id: int | None,
    *,
    deal_id: int | None = None,
    ticket_id: int | None = None,
    locale: str | None = None,
) -> dict[str, str]:
    """The placeholder values for a customer (and a deal or ticket), as text."""
    locale = locale or email_locale()
    values = dict.fromkeys(PLACEHOLDERS, "")
    values["shop_name"] = _setting(SHOP_NAME_SETTING)
    values["today"] = format_date(to_local(utcnow()).date(), locale)
    customer = Customer.get_or_none(Customer.id == customer_id) if customer_id is not None else None
    if customer is not None:
        values["name"] = customer.display_name
        values["first_name"] = customer.given_name or (customer.display_name.split() or [""])[0]
        values["company"] = customer.company
        values["city"] = customer.city
        if customer.last_purchase_at is not None:
            values["last_purchase_date"] = format_date(to_local(customer.last_purchase_at).date(), locale)
        if customer.owner_id is not None:
            owner = User.get_or_none(User.id == customer.owner_id)
            values["owner_name"] = owner.name if owner else ""
    deal = Deal.get_or_none(Deal.id == deal_id) if deal_id is not None else None
    if deal is not None:
        values["deal_title"] = deal.title
        values["deal_value"] = format_money(Money(deal.value_minor, deal.currency), locale)
    ticket = Ticket.get_or_none(Ticket.id == ticket_id) if ticket_id is not None else None
    if ticket is not None:
        values["ticket_subject"] = ticket.subject
    return values


def sample_values(locale: str = DEFAULT_EMAIL_LOCALE) -> dict[str, str]:
    """Made-up values for the live preview when no customer is picked."""
    return {
        "first_name": "Rahim",
        "name": "Rahim Uddin",
        "company": "Rahim Traders",
        "city": "Dhaka",
        "last_purchase_date": format_date(to_local(utcnow()).date(), locale),
        "deal_title": "20 sacks of rice",
        "deal_value": format_money(Money(4_500_000, "BDT"), locale),
        "ticket_subject": "Late delivery",
        "owner_name": "Owner",
        "shop_name": _setting(SHOP_NAME_SETTING) or "Your shop",
        "today": format_date(to_local(utcnow()).date(), locale),
    }
