"""The search box at the top of the window: customers, deals and tickets at once.

Customers go through the customer search (trigram index, phone digits).
Deals and tickets match their title or subject as a substring; only live
rows of live customers are found, open ones first.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from crm_desktop.db.models import Customer, Deal, Ticket, tuples
from crm_desktop.domain import TICKET_OPEN_STATUSES
from crm_desktop.search import clean_query, search_customer_ids

DEFAULT_LIMIT = 6


@dataclass(frozen=True)
class SearchHit:
    kind: str  # customer | deal | ticket
    id: int
    customer_id: int
    title: str
    subtitle: str  # customers: company or phone; deals and tickets: the customer's name
    status: str = ""  # deals: open/won/lost; tickets: their status


@dataclass(frozen=True)
class SearchResults:
    query: str
    customers: list[SearchHit] = field(default_factory=list)
    deals: list[SearchHit] = field(default_factory=list)
    tickets: list[SearchHit] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.customers) + len(self.deals) + len(self.tickets)


def search_everything(text: str, *, limit: int = DEFAULT_LIMIT) -> SearchResults:
    """At most ``limit`` hits of each kind for what the user typed (any text is safe)."""
    query = clean_query(text)
    if not query:
        return SearchResults(query)
    return SearchResults(query, _customers(text, limit), _deals(query, limit), _tickets(query, limit))


def _customers(text: str, limit: int) -> list[SearchHit]:
    ids = search_customer_ids(text, limit=limit)
    if not ids:
        return []
    rows = {
        cid: (name, company, phone, email)
        for cid, name, company, phone, email in tuples(
            Customer.select(
                Customer.id,
                Customer.display_name,
                Customer.company,
                Customer.primary_phone,
                Customer.primary_email,
            ).where(Customer.id.in_(ids))
        )
    }
    hits = []
    for cid in ids:
        if cid in rows:
            name, company, phone, email = rows[cid]
            hits.append(SearchHit("customer", cid, cid, name, company or phone or email))
    return hits


def _deals(query: str, limit: int) -> list[SearchHit]:
    rows = (
        Deal.select(Deal.id, Deal.customer, Deal.title, Customer.display_name, Deal.status)
        .join(Customer)
        .where(Deal.title.contains(query) & Deal.deleted_at.is_null() & Customer.deleted_at.is_null())
        .order_by((Deal.status != "open"), Deal.last_activity_at.desc(), Deal.id.desc())
        .limit(limit)
    )
    return [SearchHit("deal", i, c, t, n, s) for i, c, t, n, s in tuples(rows)]


def _tickets(query: str, limit: int) -> list[SearchHit]:
    rows = (
        Ticket.select(Ticket.id, Ticket.customer, Ticket.subject, Customer.display_name, Ticket.status)
        .join(Customer)
        .where(Ticket.subject.contains(query) & Ticket.deleted_at.is_null() & Customer.deleted_at.is_null())
        .order_by(Ticket.status.not_in(list(TICKET_OPEN_STATUSES)), Ticket.opened_at.desc(), Ticket.id.desc())
        .limit(limit)
    )
    return [SearchHit("ticket", i, c, t, n, s) for i, c, t, n, s in tuples(rows)]
