"""Optional tests a rule's occurrence must pass: tag, owner, source, amount, RFM segment.

Each condition is a dict ``{"type": …, params…}``; :func:`check` returns None
when every condition holds, else a sentence saying which did not (shown in
the rule's history as the reason it was skipped).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from peewee import fn

from crm_desktop.automation.clock import Clock, local_today
from crm_desktop.automation.triggers import Occurrence
from crm_desktop.db.models import Customer, CustomerTag, Deal, Purchase, Tag
from crm_desktop.reports.period import Period
from crm_desktop.reports.rfm import SEGMENTS, customers_in_segment
from crm_desktop.reports.text import QT_TRANSLATE_NOOP


@dataclass
class CheckCache:
    """What several occurrences of one run share (RFM segments are costly to compute)."""

    clock: Clock
    segments: dict[str, frozenset[int]] = field(default_factory=dict)

    def segment(self, name: str) -> frozenset[int]:
        if name not in self.segments:
            period = Period.preset("last_12_months", local_today(self.clock), self.clock.utc_offset_minutes())
            self.segments[name] = customers_in_segment(period, name)
        return self.segments[name]


Test = Callable[[Mapping[str, Any], Occurrence, CheckCache], str | None]


def _has_tag(params: Mapping[str, Any], occ: Occurrence, cache: CheckCache) -> str | None:
    name = str(params["tag"])
    tagged = (
        CustomerTag.select()
        .join(Tag)
        .where((CustomerTag.customer == occ.customer_id) & (fn.lower(Tag.name) == name.lower()))
        .exists()
    )
    wanted = not params.get("absent", False)
    if tagged == wanted:
        return None
    return f"the customer is not tagged '{name}'" if wanted else f"the customer is tagged '{name}'"


def _customer_value(occ: Occurrence, column: Any) -> Any:
    return Customer.select(column).where(Customer.id == occ.customer_id).scalar()


def _owner(params: Mapping[str, Any], occ: Occurrence, cache: CheckCache) -> str | None:
    if occ.deal_id is not None:
        owner = Deal.select(Deal.owner).where(Deal.id == occ.deal_id).scalar()
    else:
        owner = _customer_value(occ, Customer.owner)
    return None if owner == int(params["owner_id"]) else "another user owns it"


def _source(params: Mapping[str, Any], occ: Occurrence, cache: CheckCache) -> str | None:
    source = str(_customer_value(occ, Customer.source) or "")
    wanted = str(params["source"]).strip()
    return None if source.casefold() == wanted.casefold() else f"the source is not '{wanted}'"


def _amount(params: Mapping[str, Any], occ: Occurrence, cache: CheckCache) -> str | None:
    """The deal's value for deal events, the purchase's amount for purchases."""
    if occ.deal_id is not None:
        value = Deal.select(Deal.value_minor).where(Deal.id == occ.deal_id).scalar()
    elif occ.purchase_id is not None:
        value = Purchase.select(Purchase.amount_minor).where(Purchase.id == occ.purchase_id).scalar()
    else:
        return "there is no deal or purchase to compare"
    low, high = params.get("min_minor"), params.get("max_minor")
    if low is not None and value < int(low):
        return "the amount is below the minimum"
    if high is not None and value > int(high):
        return "the amount is above the maximum"
    return None


def _segment(params: Mapping[str, Any], occ: Occurrence, cache: CheckCache) -> str | None:
    name = str(params["segment"])
    return (
        None
        if occ.customer_id in cache.segment(name)
        else f"the customer is not in the '{SEGMENTS[name]}' segment"
    )


@dataclass(frozen=True)
class Condition:
    key: str
    label: str
    params: tuple[str, ...]
    test: Test


CONDITIONS: dict[str, Condition] = {
    c.key: c
    for c in (
        Condition("tag", QT_TRANSLATE_NOOP("Automation", "Customer has tag"), ("tag", "absent"), _has_tag),
        Condition("owner", QT_TRANSLATE_NOOP("Automation", "Owner is"), ("owner_id",), _owner),
        Condition("source", QT_TRANSLATE_NOOP("Automation", "Customer came from"), ("source",), _source),
        Condition(
            "amount",
            QT_TRANSLATE_NOOP("Automation", "Deal value or purchase amount"),
            ("min_minor", "max_minor"),
            _amount,
        ),
        Condition("rfm_segment", QT_TRANSLATE_NOOP("Automation", "RFM segment is"), ("segment",), _segment),
    )
}


def check(conditions: Sequence[Mapping[str, Any]], occ: Occurrence, cache: CheckCache) -> str | None:
    """None when all hold; else why the first one that does not failed."""
    for condition in conditions:
        failed = CONDITIONS[str(condition["type"])].test(condition, occ, cache)
        if failed:
            return failed
    return None
