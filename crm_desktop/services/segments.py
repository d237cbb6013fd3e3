"""Segments: saved customer filters, usable wherever the customer list is.

A :class:`SegmentFilter` is tags (any of them), source, owner, interests (a
word in them), RFM segment, last purchase before/after a date, total spent
(lifetime value, default currency) and "has an email / a phone". Saved as
JSON; :func:`customer_ids` gives the live customers it matches.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta

from peewee import IntegrityError, fn

from crm_desktop.db.models import Customer, CustomerTag, Segment, Tag, database_proxy
from crm_desktop.reports.period import Period
from crm_desktop.reports.rfm import SEGMENTS, customers_in_segment
from crm_desktop.services.changes import Changes, Outcome
from crm_desktop.services.errors import FieldError, NotFoundError, ValidationError
from crm_desktop.timeutil import utcnow
from crm_desktop.translatable import QT_TRANSLATE_NOOP

NOT_RFM = QT_TRANSLATE_NOOP("InputRules", "'{value}' is not an RFM segment")
AFTER_BEFORE = QT_TRANSLATE_NOOP("InputRules", "the 'after' date is later than the 'before' date")
MIN_MAX = QT_TRANSLATE_NOOP("InputRules", "the minimum spent is more than the maximum")
NO_SEGMENT = QT_TRANSLATE_NOOP("InputRules", "segment {id} does not exist")
SEGMENT_NEEDS_NAME = QT_TRANSLATE_NOOP("InputRules", "a segment needs a name")
SEGMENT_EXISTS = QT_TRANSLATE_NOOP("InputRules", "there is already a segment called '{name}'")


@dataclass
class SegmentFilter:
    tags: list[str] = field(default_factory=list)  # any of these
    source: str = ""
    owner_id: int | None = None
    interests: str = ""  # a word or phrase found in the interests
    rfm_segment: str = ""  # over the last 12 months
    last_purchase_after: date | None = None
    last_purchase_before: date | None = None
    min_spent_minor: int | None = None
    max_spent_minor: int | None = None
    has_email: bool | None = None
    has_phone: bool | None = None

    def to_json(self) -> str:
        data = asdict(self)
        for key in ("last_purchase_after", "last_purchase_before"):
            data[key] = data[key].isoformat() if data[key] else None
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> SegmentFilter:
        data = json.loads(text)
        for key in ("last_purchase_after", "last_purchase_before"):
            data[key] = date.fromisoformat(data[key]) if data.get(key) else None
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass(frozen=True)
class SegmentRow:
    id: int
    name: str
    filters: SegmentFilter


def validate(f: SegmentFilter) -> None:
    errors = []
    if f.rfm_segment and f.rfm_segment not in SEGMENTS:
        errors.append(FieldError("rfm_segment", NOT_RFM.format(value=f.rfm_segment)))
    if f.last_purchase_after and f.last_purchase_before and f.last_purchase_after > f.last_purchase_before:
        errors.append(FieldError("last_purchase_after", AFTER_BEFORE))
    low, high = f.min_spent_minor, f.max_spent_minor
    if low is not None and high is not None and low > high:
        errors.append(FieldError("min_spent_minor", MIN_MAX))
    if errors:
        raise ValidationError(errors)


def customer_ids(
    f: SegmentFilter, *, today: date | None = None, utc_offset_minutes: int = 0
) -> frozenset[int]:
    """The live customers matching every part of the filter that is set."""
    validate(f)
    query = Customer.select(Customer.id).where(Customer.deleted_at.is_null())
    if f.tags:
        names = [t.strip().lower() for t in f.tags if t.strip()]
        tagged = CustomerTag.select(CustomerTag.customer).join(Tag).where(fn.lower(Tag.name).in_(names))
        query = query.where(Customer.id.in_(tagged))
    if f.source.strip():
        query = query.where(fn.lower(Customer.source) == f.source.strip().lower())
    if f.owner_id is not None:
        query = query.where(Customer.owner == f.owner_id)
    if f.interests.strip():
        query = query.where(Customer.interests.contains(f.interests.strip()))
    offset = timedelta(minutes=utc_offset_minutes)
    if f.last_purchase_after:
        query = query.where(
            Customer.last_purchase_at >= datetime.combine(f.last_purchase_after, time.min) - offset
        )
    if f.last_purchase_before:
        query = query.where(
            Customer.last_purchase_at < datetime.combine(f.last_purchase_before, time.min) - offset
        )
    if f.min_spent_minor is not None:
        query = query.where(Customer.lifetime_value_minor >= f.min_spent_minor)
    if f.max_spent_minor is not None:
        query = query.where(Customer.lifetime_value_minor <= f.max_spent_minor)
    if f.has_email is not None:
        query = query.where((Customer.primary_email != "") if f.has_email else (Customer.primary_email == ""))
    if f.has_phone is not None:
        query = query.where((Customer.primary_phone != "") if f.has_phone else (Customer.primary_phone == ""))
    # plain cursor rows: a Peewee object per customer cost ~20x the query (issue 13)
    sql, params = query.sql()
    ids = frozenset(row[0] for row in database_proxy.execute_sql(sql, params))
    if f.rfm_segment:
        period = Period.preset("last_12_months", today or utcnow().date(), utc_offset_minutes)
        ids &= customers_in_segment(period, f.rfm_segment)
    return ids


def list_segments() -> list[SegmentRow]:
    return [
        SegmentRow(s.id, s.name, SegmentFilter.from_json(s.filters))
        for s in Segment.select().order_by(Segment.name)
    ]


def get_segment(segment_id: int) -> SegmentRow:
    s = Segment.get_or_none(Segment.id == segment_id)
    if s is None:
        raise NotFoundError(NO_SEGMENT.format(id=segment_id))
    return SegmentRow(s.id, s.name, SegmentFilter.from_json(s.filters))


def save_segment(name: str, filters: SegmentFilter, segment_id: int | None = None) -> Outcome[int]:
    if not name.strip():
        raise ValidationError.single("name", SEGMENT_NEEDS_NAME)
    validate(filters)
    values = {"name": name.strip()[:255], "filters": filters.to_json(), "updated_at": utcnow()}
    try:
        if segment_id is None:
            segment_id = Segment.create(**values).id
        elif not Segment.update(**values).where(Segment.id == segment_id).execute():
            raise NotFoundError(NO_SEGMENT.format(id=segment_id))
    except IntegrityError as exc:
        raise ValidationError.single("name", SEGMENT_EXISTS.format(name=name.strip())) from exc
    return Outcome(segment_id, Changes.of("segment"))


def delete_segment(segment_id: int) -> Outcome[int]:
    Segment.delete().where(Segment.id == segment_id).execute()
    return Outcome(segment_id, Changes.of("segment"))
