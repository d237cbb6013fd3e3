"""Campaigns: a template sent to a segment through the outbox, and what came of it.

Sending skips customers who asked not to be contacted and those without an
email address, and records every customer of the segment with what happened
(queued, no_email, do_not_contact). :func:`results` counts afterwards how many
recipients bought within N days of the sending and for how much.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from peewee import fn

from crm_desktop.db.models import (
    DEFAULT_CURRENCY,
    Campaign,
    CampaignRecipient,
    Customer,
    EmailTemplate,
    OutboxMessage,
    Purchase,
    database_proxy,
    tuples,
)
from crm_desktop.email import outbox, templates
from crm_desktop.services.changes import Changes, Outcome
from crm_desktop.services.errors import NotFoundError, ValidationError
from crm_desktop.services.segments import customer_ids, get_segment
from crm_desktop.timeutil import utcnow


def set_do_not_contact(customer_ids_: Sequence[int], flag: bool) -> Outcome[int]:
    """The customer's "no campaigns, no automatic emails" wish."""
    ids = list(customer_ids_)
    count = Customer.update(do_not_contact=flag).where(Customer.id.in_(ids)).execute()
    return Outcome(count, Changes.of("customer", "campaign", customers=ids))


def do_not_contact(customer_id: int) -> bool:
    return bool(Customer.select(Customer.do_not_contact).where(Customer.id == customer_id).scalar())


@dataclass(frozen=True)
class SendSummary:
    campaign_id: int
    queued: int
    no_email: int
    do_not_contact: int


def send_campaign(
    name: str, segment_id: int, template_id: int, *, now: datetime | None = None
) -> Outcome[SendSummary]:
    """Queue the template for every reachable customer of the segment, in one transaction."""
    if not name.strip():
        raise ValidationError.single("name", "a campaign needs a name")
    template = EmailTemplate.get_or_none(EmailTemplate.id == template_id)
    if template is None:
        raise NotFoundError(f"email template {template_id} does not exist")
    segment = get_segment(segment_id)
    now = now or utcnow()
    members = sorted(customer_ids(segment.filters, today=now.date()))
    counts = {"queued": 0, "no_email": 0, "do_not_contact": 0}
    with database_proxy.atomic():
        campaign = Campaign.create(
            name=name.strip()[:255],
            segment=segment_id,
            template=template_id,
            subject=template.subject,
            body=template.body,
            created_at=now,
            sent_at=now,
        )
        people = {c.id: c for c in Customer.select().where(Customer.id.in_(members))}
        for cid in members:
            customer = people[cid]
            status, message_id = "queued", None
            if customer.do_not_contact:
                status = "do_not_contact"
            elif not customer.primary_email:
                status = "no_email"
            else:
                values = templates.values_for(cid)
                message_id = outbox.queue_email(
                    customer.primary_email,
                    templates.render(template.subject, values),
                    templates.render(template.body, values),
                    customer_id=cid,
                    to_name=customer.display_name,
                    origin="campaign",
                    campaign_id=campaign.id,
                    now=now,
                ).value
            counts[status] += 1
            CampaignRecipient.create(campaign=campaign.id, customer=cid, outbox=message_id, status=status)
    summary = SendSummary(campaign.id, counts["queued"], counts["no_email"], counts["do_not_contact"])
    return Outcome(summary, Changes.of("campaign", "email"))


@dataclass(frozen=True)
class CampaignResult:
    campaign_id: int
    name: str
    sent_at: datetime | None
    recipients: int  # emails queued
    delivered: int  # of those, sent by the outbox
    failed: int
    buyers: int  # recipients who bought within the window
    revenue_minor: int  # what they bought for (sales in the default currency; refunds not counted)
    days: int


def results(campaign_id: int, days: int = 14) -> CampaignResult:
    campaign = Campaign.get_or_none(Campaign.id == campaign_id)
    if campaign is None:
        raise NotFoundError(f"campaign {campaign_id} does not exist")
    start = campaign.sent_at or campaign.created_at
    end = start + timedelta(days=days)
    queued = CampaignRecipient.select(CampaignRecipient.customer).where(
        (CampaignRecipient.campaign == campaign_id) & (CampaignRecipient.status == "queued")
    )
    statuses: dict[str, int] = dict(
        tuples(
            OutboxMessage.select(OutboxMessage.status, fn.COUNT(OutboxMessage.id))
            .where(OutboxMessage.campaign == campaign_id)
            .group_by(OutboxMessage.status)
        )
    )
    row: tuple[int, int] = next(
        tuples(
            Purchase.select(
                fn.COUNT(fn.DISTINCT(Purchase.customer)), fn.COALESCE(fn.SUM(Purchase.amount_minor), 0)
            ).where(
                Purchase.customer.in_(queued)
                & (Purchase.occurred_at >= start)
                & (Purchase.occurred_at < end)
                & Purchase.deleted_at.is_null()
                & (Purchase.currency == DEFAULT_CURRENCY)
                & (Purchase.amount_minor > 0)
            )
        )
    )
    buyers, revenue = row
    return CampaignResult(
        campaign_id,
        campaign.name,
        campaign.sent_at,
        queued.count(),
        int(statuses.get("sent", 0)),
        int(statuses.get("failed", 0)),
        int(buyers),
        int(revenue),
        days,
    )


def list_campaigns() -> list[CampaignResult]:
    return [results(c.id) for c in Campaign.select(Campaign.id).order_by(Campaign.id.desc())]


def recipients(campaign_id: int) -> list[tuple[int, str, str]]:
    """(customer id, name, status) of everyone the campaign considered."""
    query = (
        CampaignRecipient.select(CampaignRecipient.customer, Customer.display_name, CampaignRecipient.status)
        .join(Customer)
        .where(CampaignRecipient.campaign == campaign_id)
        .order_by(Customer.sort_name)
    )
    return [(cid, name, status) for cid, name, status in tuples(query)]
