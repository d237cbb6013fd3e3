"""Everything the customer page shows above the timeline, in one read.

Contact points, tags, lifetime value, the last purchase, open deals and open
tickets of one live customer. A handful of small indexed queries, so the page
can ask for it again whenever something about the customer changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from crm_desktop.db.models import (
    DEFAULT_CURRENCY,
    Customer,
    CustomerEmail,
    CustomerPhone,
    CustomField,
    Deal,
    Purchase,
    Stage,
    Ticket,
    User,
    tuples,
)
from crm_desktop.domain import TICKET_OPEN_STATUSES
from crm_desktop.services import input_rules
from crm_desktop.services.customers import UNVERIFIED_EMAIL, UNVERIFIED_PHONE, kept_values
from crm_desktop.services.errors import NotFoundError


@dataclass(frozen=True)
class PhoneNumber:
    raw: str  # as typed
    e164: str  # "" when it could not be parsed


@dataclass(frozen=True)
class LastPurchase:
    at: datetime
    amount_minor: int
    currency: str
    description: str


@dataclass(frozen=True)
class OpenDeal:
    id: int
    title: str
    value_minor: int
    currency: str
    stage: str


@dataclass(frozen=True)
class OpenTicket:
    id: int
    subject: str
    kind: str
    status: str
    priority: int


@dataclass(frozen=True)
class CustomerProfile:
    id: int
    display_name: str
    kind: str
    company: str
    phones: list[PhoneNumber]
    emails: list[str]
    facebook: str
    address: str
    city: str
    notes: str
    tags: list[str]
    owner_name: str
    created_at: datetime
    last_contact_at: datetime | None
    lifetime_value_minor: int
    lifetime_value_currency: str
    last_purchase: LastPurchase | None
    open_deals: list[OpenDeal]
    open_tickets: list[OpenTicket]
    # kept as typed, not verified: shown, marked, never dialled or written to
    unverified_phones: list[str]
    unverified_emails: list[str]


def customer_profile(customer_id: int) -> CustomerProfile:
    """The profile of a live customer; :class:`NotFoundError` if missing or in the trash."""
    c = Customer.get_or_none((Customer.id == customer_id) & Customer.deleted_at.is_null())
    if c is None:
        raise NotFoundError(input_rules.CUSTOMER_GONE.format(id=customer_id))
    owner = User.get_or_none(User.id == c.owner_id) if c.owner_id else None
    return CustomerProfile(
        id=c.id,
        display_name=c.display_name,
        kind=c.kind,
        company=c.company,
        phones=_phones(c.id),
        emails=[
            e
            for (e,) in tuples(
                CustomerEmail.select(CustomerEmail.email)
                .where(CustomerEmail.customer == c.id)
                .order_by(CustomerEmail.position, CustomerEmail.id)
            )
        ],
        facebook=c.facebook,
        address=c.address,
        city=c.city,
        notes=c.notes,
        tags=[t.strip() for t in c.tag_names.split(",") if t.strip()],
        owner_name=owner.name if owner else "",
        created_at=c.created_at,
        last_contact_at=c.last_contact_at,
        lifetime_value_minor=c.lifetime_value_minor,
        lifetime_value_currency=DEFAULT_CURRENCY,
        last_purchase=_last_purchase(c.id),
        open_deals=_open_deals(c.id),
        open_tickets=_open_tickets(c.id),
        unverified_phones=_kept(c.id, UNVERIFIED_PHONE),
        unverified_emails=_kept(c.id, UNVERIFIED_EMAIL),
    )


def _kept(customer_id: int, key: str) -> list[str]:
    """The values kept unverified in the custom field ``key`` (see services.customers)."""
    query = CustomField.select(CustomField.value).where(
        (CustomField.customer == customer_id) & (CustomField.key == key)
    )
    return [value for (text,) in tuples(query) for value in kept_values(text)]


def _phones(customer_id: int) -> list[PhoneNumber]:
    query = (
        CustomerPhone.select(CustomerPhone.raw_text, CustomerPhone.e164)
        .where(CustomerPhone.customer == customer_id)
        .order_by(CustomerPhone.position, CustomerPhone.id)
    )
    return [PhoneNumber(raw, e164 or "") for raw, e164 in tuples(query)]


def _last_purchase(customer_id: int) -> LastPurchase | None:
    row = (
        Purchase.select(Purchase.occurred_at, Purchase.amount_minor, Purchase.currency, Purchase.description)
        .where((Purchase.customer == customer_id) & Purchase.deleted_at.is_null())
        .order_by(Purchase.occurred_at.desc(), Purchase.id.desc())
        .limit(1)
        .tuples()
        .first()
    )
    return LastPurchase(*row) if row else None


def _open_deals(customer_id: int) -> list[OpenDeal]:
    query = (
        Deal.select(Deal.id, Deal.title, Deal.value_minor, Deal.currency, Stage.name)
        .join(Stage)
        .where((Deal.customer == customer_id) & Deal.deleted_at.is_null() & (Deal.status == "open"))
        .order_by(Deal.created_at.desc(), Deal.id.desc())
    )
    return [OpenDeal(*row) for row in tuples(query)]


def _open_tickets(customer_id: int) -> list[OpenTicket]:
    query = (
        Ticket.select(Ticket.id, Ticket.subject, Ticket.kind, Ticket.status, Ticket.priority)
        .where(
            (Ticket.customer == customer_id)
            & Ticket.deleted_at.is_null()
            & Ticket.status.in_(list(TICKET_OPEN_STATUSES))
        )
        .order_by(Ticket.priority.desc(), Ticket.opened_at.desc())
    )
    return [OpenTicket(*row) for row in tuples(query)]
