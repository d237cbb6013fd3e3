"""Segments (saved filters) and campaigns (a template to a segment, through the outbox, and the results)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from crm_desktop.db.models import OutboxMessage, User
from crm_desktop.email import outbox
from crm_desktop.email.template_store import save_template
from crm_desktop.services import purchases
from crm_desktop.services.campaigns import (
    do_not_contact,
    list_campaigns,
    recipients,
    results,
    send_campaign,
    set_do_not_contact,
)
from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.segments import SegmentFilter, customer_ids, list_segments, save_segment
from crm_desktop.timeutil import utcnow


def person(name: str, **kwargs: object) -> int:
    return create_customer(CustomerInput(display_name=name, **kwargs)).value  # type: ignore[arg-type]


@pytest.fixture
def shop(store) -> dict[str, int]:  # noqa: ANN001
    clerk = User.create(name="Clerk").id
    ids = {
        "rahim": person(
            "Rahim",
            tags=["VIP", "wholesale"],
            source="Facebook",
            emails=["r@example.com"],
            interests="rice, lentils",
        ),
        "karim": person(
            "Karim", tags=["wholesale"], source="walk-in", phones=["01712345678"], owner_id=clerk
        ),
        "salma": person("Salma", tags=["VIP"], emails=["s@example.com"], interests="saris"),
        "nobody": person("Nobody"),
    }
    purchases.record_purchase(ids["rahim"], 900_000, occurred_at=datetime(2026, 1, 10, 6))
    purchases.record_purchase(ids["karim"], 50_000, occurred_at=datetime(2026, 6, 1, 6))
    purchases.record_purchase(ids["salma"], 300_000, occurred_at=datetime(2026, 3, 3, 6))
    return ids | {"clerk": clerk}


def ids_of(shop: dict[str, int], *names: str) -> frozenset[int]:
    return frozenset(shop[n] for n in names)


def test_every_filter(shop: dict[str, int]) -> None:
    cases = [
        (SegmentFilter(tags=["vip"]), ("rahim", "salma")),
        (SegmentFilter(tags=["VIP", "wholesale"]), ("rahim", "karim", "salma")),
        (SegmentFilter(source="facebook"), ("rahim",)),
        (SegmentFilter(owner_id=shop["clerk"]), ("karim",)),
        (SegmentFilter(interests="sari"), ("salma",)),
        (SegmentFilter(last_purchase_after=date(2026, 3, 1)), ("karim", "salma")),
        (SegmentFilter(last_purchase_before=date(2026, 3, 1)), ("rahim",)),
        (SegmentFilter(min_spent_minor=300_000), ("rahim", "salma")),
        (SegmentFilter(max_spent_minor=300_000), ("karim", "salma", "nobody")),
        (SegmentFilter(has_email=True), ("rahim", "salma")),
        (SegmentFilter(has_phone=True, has_email=False), ("karim",)),
        (SegmentFilter(tags=["VIP"], has_email=True, min_spent_minor=500_000), ("rahim",)),
    ]
    for f, expected in cases:
        assert customer_ids(f) == ids_of(shop, *expected), f


def test_rfm_segment_filter(shop: dict[str, int]) -> None:
    found = customer_ids(SegmentFilter(rfm_segment="champions"), today=date(2026, 6, 30))
    assert found <= ids_of(shop, "rahim", "karim", "salma")
    with pytest.raises(ValidationError, match="not an RFM segment"):
        customer_ids(SegmentFilter(rfm_segment="vips"))


def test_segments_are_saved_and_read_back(shop: dict[str, int]) -> None:
    f = SegmentFilter(tags=["VIP"], last_purchase_after=date(2026, 1, 1), has_email=True)
    save_segment("VIP with email", f)
    [row] = list_segments()
    assert row.name == "VIP with email" and row.filters == f
    with pytest.raises(ValidationError, match="already a segment"):
        save_segment("VIP with email", SegmentFilter())


def test_a_campaign_respects_do_not_contact_and_reports_buyers(shop: dict[str, int]) -> None:
    segment = save_segment("Everyone", SegmentFilter()).value
    template = save_template("Eid", "Eid Mubarak, {first_name}", "Dear {name}, 20% off this week.").value
    set_do_not_contact([shop["salma"]], True)
    assert do_not_contact(shop["salma"]) and not do_not_contact(shop["rahim"])
    sent_at = utcnow() - timedelta(days=20)
    summary = send_campaign("Eid 2026", segment, template, now=sent_at).value
    assert (summary.queued, summary.no_email, summary.do_not_contact) == (1, 2, 1)
    assert [(m.to_address, m.subject, m.origin) for m in OutboxMessage.select()] == [
        ("r@example.com", "Eid Mubarak, Rahim", "campaign")
    ]
    who = {name: status for _cid, name, status in recipients(summary.campaign_id)}
    assert who == {"Rahim": "queued", "Karim": "no_email", "Salma": "do_not_contact", "Nobody": "no_email"}
    # Rahim buys twice within a week, once a month later; Karim (never emailed) buys too
    purchases.record_purchase(shop["rahim"], 100_000, occurred_at=sent_at + timedelta(days=2))
    purchases.record_purchase(shop["rahim"], 50_000, occurred_at=sent_at + timedelta(days=6))
    purchases.record_purchase(shop["rahim"], 70_000, occurred_at=sent_at + timedelta(days=19))
    purchases.record_purchase(shop["karim"], 10_000, occurred_at=sent_at + timedelta(days=1))
    result = results(summary.campaign_id, days=7)
    assert (result.recipients, result.buyers, result.revenue_minor) == (1, 1, 150_000)
    assert results(summary.campaign_id, days=30).revenue_minor == 220_000
    [message] = outbox.messages()
    assert list_campaigns()[0].delivered == 0 and message.status == "queued"
