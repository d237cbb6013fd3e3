"""Peewee models: the shape of the data.

Every model is bound to :data:`database_proxy`; :mod:`crm_desktop.db.store`
points the proxy at a real database when a file is opened.

Conventions (see the engineering guide):

* Money is an integer number of minor units (paisa, cents) plus an ISO
  currency code. Never a float.
* Times are naive ``datetime`` values in UTC. The UI converts to local time.
* Rows users can delete have ``deleted_at``: set means "in the trash".
* A few columns on :class:`Customer` (``primary_phone``, ``primary_email``,
  ``tag_names``, ``last_contact_at``, ``last_purchase_at``,
  ``lifetime_value_minor``) are caches kept up to date by the services, so
  the customer list can sort 100,000 rows in SQL through an index.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from crm_desktop.timeutil import utcnow

database_proxy = DatabaseProxy()

DEFAULT_CURRENCY = "BDT"


class BaseModel(Model):
    id: AutoField[int]  # peewee adds the auto-increment key; declared here for type checkers

    class Meta:
        database = database_proxy
        legacy_table_names = False


class User(BaseModel):
    """A staff member: owns customers and deals, is assigned tasks."""

    name = CharField()
    email = CharField(null=True)
    created_at = DateTimeField(default=utcnow)


class Setting(BaseModel):
    key = CharField(primary_key=True)
    value = TextField()


class Tag(BaseModel):
    name = CharField(unique=True)


class Customer(BaseModel):
    kind = CharField(default="person")  # person | business
    display_name = CharField()
    sort_name = CharField(index=True)  # casefolded display name: the list's name order
    given_name = CharField(default="")
    family_name = CharField(default="")
    company = CharField(default="", index=True)
    address = TextField(default="")
    city = CharField(default="")
    birthday = DateField(null=True)
    source = CharField(default="", index=True)
    interests = TextField(default="")
    notes = TextField(default="")
    facebook = CharField(default="")
    external_id = CharField(null=True, index=True)
    owner = ForeignKeyField(User, null=True, backref="customers", on_delete="SET NULL")
    owner_id: AutoField[int]  # the foreign key column
    created_at = DateTimeField(default=utcnow, index=True)
    updated_at = DateTimeField(default=utcnow)
    deleted_at = DateTimeField(null=True)  # indexed for the trashed rows only (migration 11)
    # caches maintained by the services (see module docstring)
    primary_phone = CharField(default="", index=True)
    primary_email = CharField(default="", index=True)
    tag_names = CharField(default="", index=True)
    last_contact_at = DateTimeField(null=True, index=True)
    last_purchase_at = DateTimeField(null=True, index=True)
    lifetime_value_minor = IntegerField(default=0, index=True)
    do_not_contact = BooleanField(default=False)  # since schema 8: no campaign or automatic email


class CustomerPhone(BaseModel):
    customer = ForeignKeyField(Customer, backref="phones", on_delete="CASCADE")
    customer_id: AutoField[int]  # the foreign key column
    raw_text = CharField()  # exactly what the user typed
    e164 = CharField(default="", index=True)  # "" when it could not be parsed
    search_digits = CharField(default="")  # international and national digits, for search
    label = CharField(default="")
    position = IntegerField(default=0)


class CustomerEmail(BaseModel):
    customer = ForeignKeyField(Customer, backref="emails", on_delete="CASCADE")
    customer_id: AutoField[int]  # the foreign key column
    email = CharField(index=True)  # normalized (domain lower-cased)
    label = CharField(default="")
    position = IntegerField(default=0)


class CustomerTag(BaseModel):
    customer = ForeignKeyField(Customer, backref="tag_links", on_delete="CASCADE")
    customer_id: AutoField[int]  # the foreign key column
    tag = ForeignKeyField(Tag, backref="customer_links", on_delete="CASCADE")
    tag_id: AutoField[int]  # the foreign key column

    class Meta:
        indexes = ((("customer", "tag"), True),)


class CustomField(BaseModel):
    customer = ForeignKeyField(Customer, backref="custom_fields", on_delete="CASCADE")
    customer_id: AutoField[int]  # the foreign key column
    key = CharField()
    value = TextField(default="")

    class Meta:
        indexes = ((("customer", "key"), True),)


class Interaction(BaseModel):
    """One entry of the contact timeline: a call, a message, a visit, a note."""

    customer = ForeignKeyField(Customer, backref="interactions", on_delete="CASCADE")
    customer_id: AutoField[int]  # the foreign key column
    channel = CharField()  # see crm_desktop.domain.CHANNELS
    direction = CharField(default="out")  # in | out
    occurred_at = DateTimeField(default=utcnow)
    subject = CharField(default="")
    body = TextField(default="")
    user = ForeignKeyField(User, null=True, on_delete="SET NULL")
    user_id: AutoField[int]  # the foreign key column
    created_at = DateTimeField(default=utcnow)
    deleted_at = DateTimeField(null=True)
    external_id = CharField(null=True, index=True)  # since schema 4: the id in an imported file

    class Meta:
        indexes = ((("customer", "occurred_at"), False),)


class Pipeline(BaseModel):
    name = CharField()
    position = IntegerField(default=0)


class Stage(BaseModel):
    pipeline = ForeignKeyField(Pipeline, backref="stages", on_delete="CASCADE")
    pipeline_id: AutoField[int]  # the foreign key column
    name = CharField()
    position = IntegerField(default=0)
    probability = IntegerField(default=0)  # percent, 0..100
    kind = CharField(default="open")  # open | won | lost


class Deal(BaseModel):
    customer = ForeignKeyField(Customer, backref="deals", on_delete="CASCADE")
    customer_id: AutoField[int]  # the foreign key column
    title = CharField()
    value_minor = IntegerField(default=0)
    currency = CharField(default=DEFAULT_CURRENCY)
    pipeline = ForeignKeyField(Pipeline, backref="deals", on_delete="CASCADE")
    pipeline_id: AutoField[int]  # the foreign key column
    stage = ForeignKeyField(Stage, backref="deals", on_delete="RESTRICT")
    stage_id: AutoField[int]  # the foreign key column
    position = IntegerField(default=0)  # order inside its stage column
    expected_close = DateField(null=True)
    owner = ForeignKeyField(User, null=True, on_delete="SET NULL")
    owner_id: AutoField[int]  # the foreign key column
    status = CharField(default="open", index=True)  # open | won | lost
    closed_at = DateTimeField(null=True)
    lost_reason = TextField(default="")
    stage_entered_at = DateTimeField(default=utcnow)
    last_activity_at = DateTimeField(default=utcnow)
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)
    deleted_at = DateTimeField(null=True)
    external_id = CharField(null=True, index=True)  # since schema 4: the id in an imported file

    class Meta:
        indexes = ((("stage", "position"), False),)


class DealStageChange(BaseModel):
    deal = ForeignKeyField(Deal, backref="stage_changes", on_delete="CASCADE")
    deal_id: AutoField[int]  # the foreign key column
    from_stage = ForeignKeyField(Stage, null=True, on_delete="SET NULL")
    from_stage_id: AutoField[int]  # the foreign key column
    to_stage = ForeignKeyField(Stage, on_delete="CASCADE")
    to_stage_id: AutoField[int]  # the foreign key column
    changed_at = DateTimeField(default=utcnow, index=True)
    user = ForeignKeyField(User, null=True, on_delete="SET NULL")
    user_id: AutoField[int]  # the foreign key column


class Purchase(BaseModel):
    customer = ForeignKeyField(Customer, backref="purchases", on_delete="CASCADE")
    customer_id: AutoField[int]  # the foreign key column
    occurred_at = DateTimeField(default=utcnow)
    amount_minor = IntegerField()  # negative for a refund
    currency = CharField(default=DEFAULT_CURRENCY)
    description = TextField(default="")
    reference = CharField(default="")  # receipt number
    created_at = DateTimeField(default=utcnow)
    deleted_at = DateTimeField(null=True)
    external_id = CharField(null=True, index=True)  # since schema 4: the id in an imported file

    class Meta:
        indexes = ((("customer", "occurred_at"), False), (("occurred_at",), False))


class PurchaseItem(BaseModel):
    """One line of a purchase (since schema 13): what a point-of-sale or shop export lists."""

    purchase = ForeignKeyField(Purchase, backref="items", on_delete="CASCADE")
    purchase_id: AutoField[int]  # the foreign key column
    position = IntegerField()
    description = TextField(default="")
    sku = CharField(default="")
    quantity = CharField(default="1")  # decimal text, negative for a return
    unit_price_minor = IntegerField()
    total_minor = IntegerField()

    class Meta:
        table_name = "purchase_item"


class Task(BaseModel):
    title = CharField()
    notes = TextField(default="")
    due_at = DateTimeField(null=True, index=True)
    done = BooleanField(default=False)
    done_at = DateTimeField(null=True)
    priority = IntegerField(default=1)  # 0 low, 1 normal, 2 high
    customer = ForeignKeyField(Customer, null=True, backref="tasks", on_delete="CASCADE")
    customer_id: AutoField[int]  # the foreign key column
    deal = ForeignKeyField(Deal, null=True, backref="tasks", on_delete="SET NULL")
    deal_id: AutoField[int]  # the foreign key column
    assignee = ForeignKeyField(User, null=True, on_delete="SET NULL")
    assignee_id: AutoField[int]  # the foreign key column
    created_at = DateTimeField(default=utcnow)
    deleted_at = DateTimeField(null=True)
    snoozed_until = DateTimeField(null=True)  # since schema 8: remind again at this time
    reminded_at = DateTimeField(null=True)  # since schema 8: the reminder was shown then


class Ticket(BaseModel):
    """A complaint or a request."""

    customer = ForeignKeyField(Customer, backref="tickets", on_delete="CASCADE")
    customer_id: AutoField[int]  # the foreign key column
    kind = CharField(default="complaint")  # complaint | request
    subject = CharField()
    body = TextField(default="")
    status = CharField(default="open", index=True)  # open | in_progress | resolved | closed
    priority = IntegerField(default=1)
    assignee = ForeignKeyField(User, null=True, on_delete="SET NULL")
    assignee_id: AutoField[int]  # the foreign key column
    opened_at = DateTimeField(default=utcnow)
    closed_at = DateTimeField(null=True)
    deleted_at = DateTimeField(null=True)
    due_at = DateTimeField(null=True, index=True)  # since schema 8: see services/ticket_desk.py


class ImportBatch(BaseModel):
    """One import of one file: what it did, so it can be shown and undone as a whole."""

    entity = CharField()  # customers | purchases | deals | interactions
    file_name = CharField()
    created_at = DateTimeField(default=utcnow)
    created = IntegerField(default=0)
    updated = IntegerField(default=0)
    skipped = IntegerField(default=0)
    rejected = IntegerField(default=0)
    options = TextField(default="{}")  # JSON: mapping, match rule, encoding …
    undone_at = DateTimeField(null=True)


class ImportChange(BaseModel):
    """A row an import created or updated; ``before`` (JSON) restores an update on undo."""

    batch = ForeignKeyField(ImportBatch, backref="changes", on_delete="CASCADE")
    batch_id: AutoField[int]  # the foreign key column
    entity = CharField()
    row_id = IntegerField()
    action = CharField()  # created | updated
    before = TextField(null=True)


class SavedMapping(BaseModel):
    """A column mapping saved by name for the next import of the same kind of file."""

    name = CharField(unique=True)
    entity = CharField()
    mapping = TextField()  # JSON
    created_at = DateTimeField(default=utcnow)


class Goal(BaseModel):
    """A monthly target: revenue (minor units), deals won, or new customers."""

    month = CharField()  # YYYY-MM
    metric = CharField()  # revenue | deals_won | new_customers
    target = IntegerField()
    currency = CharField(default=DEFAULT_CURRENCY)

    class Meta:
        indexes = ((("month", "metric", "currency"), True),)


class AuditEntry(BaseModel):
    """One change to a customer or a deal: who, when, what kind (since schema 7).

    ``customer`` is the customer the change shows up for on the timeline (the
    deal's customer for a deal); its field-level old → new values are the
    :class:`AuditValue` rows. Deleting a customer for good deletes its trail.
    """

    at = DateTimeField(default=utcnow, index=True)
    user = ForeignKeyField(User, null=True, on_delete="SET NULL")
    user_id: AutoField[int]  # the foreign key column
    entity = CharField()  # customer | deal
    entity_id = IntegerField()
    customer = ForeignKeyField(Customer, on_delete="CASCADE", index=False)  # (customer, at) serves
    customer_id: AutoField[int]  # the foreign key column
    action = CharField()  # see crm_desktop.services.audit.ACTIONS
    label = CharField(default="")  # the customer's name or the deal's title at the time

    class Meta:
        indexes = ((("customer", "at"), False),)


class AuditValue(BaseModel):
    """One field of an :class:`AuditEntry`: its value before and after (text, None = unset)."""

    entry = ForeignKeyField(AuditEntry, backref="values", on_delete="CASCADE")
    entry_id: AutoField[int]  # the foreign key column
    field = CharField()
    old_value = TextField(null=True)
    new_value = TextField(null=True)


# --- follow-ups on autopilot (schema 8) -----------------------------------------


class EmailTemplate(BaseModel):
    """An email with placeholders ({first_name}, {shop_name} …; see crm_desktop.email.templates)."""

    name = CharField(unique=True)
    subject = CharField()
    body = TextField()
    preset = CharField(null=True, unique=True)  # the key of a shipped template
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)


class Segment(BaseModel):
    """A saved customer filter (JSON; see crm_desktop.services.segments)."""

    name = CharField(unique=True)
    filters = TextField()
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)


class Campaign(BaseModel):
    """A template sent to a segment; ``subject``/``body`` are the template as it was sent."""

    name = CharField()
    segment = ForeignKeyField(Segment, null=True, on_delete="SET NULL")
    segment_id: AutoField[int]  # the foreign key column
    template = ForeignKeyField(EmailTemplate, null=True, on_delete="SET NULL")
    template_id: AutoField[int]  # the foreign key column
    subject = CharField()
    body = TextField()
    created_at = DateTimeField(default=utcnow)
    sent_at = DateTimeField(null=True)


class OutboxMessage(BaseModel):
    """One email: queued -> sending -> sent | failed (see crm_desktop.email.outbox)."""

    customer = ForeignKeyField(Customer, null=True, on_delete="SET NULL")
    customer_id: AutoField[int]  # the foreign key column
    to_address = CharField()
    to_name = CharField()
    subject = CharField()
    body = TextField()
    message_id = CharField(unique=True)  # the Message-ID header, fixed when queued
    status = CharField()  # queued | sending | sent | failed
    attempts = IntegerField(default=0)
    attempt_id = CharField(null=True)
    claimed_at = DateTimeField(null=True)
    handed_over_at = DateTimeField(null=True)  # the last byte went to the server (then: maybe sent)
    next_attempt_at = DateTimeField(default=utcnow)
    last_error = TextField(default="")
    origin = CharField(default="manual")  # manual | rule | campaign
    campaign = ForeignKeyField(Campaign, null=True, on_delete="SET NULL")
    campaign_id: AutoField[int]  # the foreign key column
    created_at = DateTimeField(default=utcnow)
    sent_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("status", "next_attempt_at"), False),)


class CampaignRecipient(BaseModel):
    campaign = ForeignKeyField(Campaign, backref="recipients", on_delete="CASCADE")
    campaign_id: AutoField[int]  # the foreign key column
    customer = ForeignKeyField(Customer, on_delete="CASCADE")
    customer_id: AutoField[int]  # the foreign key column
    outbox = ForeignKeyField(OutboxMessage, null=True, on_delete="SET NULL")
    outbox_id: AutoField[int]  # the foreign key column
    status = CharField()  # queued | no_email | do_not_contact

    class Meta:
        indexes = ((("campaign", "customer"), True),)


class AutomationRule(BaseModel):
    """Trigger -> conditions -> actions, as JSON (see crm_desktop.automation)."""

    name = CharField()
    trigger = CharField()
    trigger_params = TextField(default="{}")
    conditions = TextField(default="[]")
    actions = TextField(default="[]")
    enabled = BooleanField(default=False)
    enabled_at = DateTimeField(null=True)  # the rule acts on what happens from then on
    checked_until = DateTimeField(null=True)  # the last periodic check
    preset = CharField(null=True, unique=True)
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)


class RuleRun(BaseModel):
    """A rule acting on one event; the unique (rule, event key) makes it happen once."""

    rule = ForeignKeyField(AutomationRule, backref="runs", on_delete="CASCADE")
    rule_id: AutoField[int]  # the foreign key column
    event_key = CharField()
    customer = ForeignKeyField(Customer, null=True, on_delete="SET NULL")
    customer_id: AutoField[int]  # the foreign key column
    at = DateTimeField(default=utcnow)
    status = CharField()  # done | skipped | failed
    detail = TextField(default="")

    class Meta:
        indexes = ((("rule", "event_key"), True), (("rule", "at"), False))


class CustomerMerge(BaseModel):
    """A merge of customers into one, kept so it can be undone (since schema 10).

    ``moved``: JSON {table: [[row id, customer it came from], ...]};
    ``kept_fields``: JSON {field: [before, after]}; ``merged_ids``: JSON list.
    """

    at = DateTimeField(default=utcnow)
    kept = ForeignKeyField(Customer, on_delete="CASCADE")
    kept_id: AutoField[int]  # the foreign key column
    merged_ids = TextField()
    moved = TextField()
    kept_fields = TextField()


class LedgerEntry(BaseModel):
    """One line of a customer's dues ledger (since schema 14). Append-only; see
    :mod:`crm_desktop.services.ledger`. ``amount_minor`` > 0 raises what the customer owes."""

    customer = ForeignKeyField(Customer, on_delete="CASCADE", index=False)
    customer_id: AutoField[int]  # the foreign key column
    kind = CharField()  # opening | sale | payment | adjustment | write_off | reversal
    occurred_at = DateTimeField()
    amount_minor = IntegerField()
    currency = CharField(default=DEFAULT_CURRENCY)
    method = CharField(default="")  # payments: cash | bkash | nagad | rocket | card | bank | other
    reference = CharField(default="")  # bKash/Nagad transaction id, receipt number
    note = TextField(default="")
    purchase = ForeignKeyField(Purchase, null=True, on_delete="SET NULL")
    purchase_id: AutoField[int]  # the foreign key column
    reverses = ForeignKeyField("self", null=True, on_delete="CASCADE")
    reverses_id: AutoField[int]  # the foreign key column
    created_at = DateTimeField(default=utcnow)
    user = ForeignKeyField(User, null=True, on_delete="SET NULL")
    user_id: AutoField[int]  # the foreign key column

    class Meta:
        indexes = ((("customer", "occurred_at"), False),)


class LedgerSettlement(BaseModel):
    """How much of a payment went to a named sale (since schema 14)."""

    payment = ForeignKeyField(LedgerEntry, on_delete="CASCADE")
    payment_id: AutoField[int]  # the foreign key column
    debit = ForeignKeyField(LedgerEntry, on_delete="CASCADE", index=False)
    debit_id: AutoField[int]  # the foreign key column
    amount_minor = IntegerField()


class CreditTerms(BaseModel):
    """A customer's credit limit and due days; no row = no limit, the default days (schema 14)."""

    customer = ForeignKeyField(Customer, primary_key=True, on_delete="CASCADE")
    customer_id: AutoField[int]  # the foreign key column
    limit_minor = IntegerField(null=True)
    due_days = IntegerField(null=True)


ALL_MODELS: tuple[type[BaseModel], ...] = (
    User,
    Setting,
    Tag,
    Customer,
    CustomerPhone,
    CustomerEmail,
    CustomerTag,
    CustomField,
    Interaction,
    Pipeline,
    Stage,
    Deal,
    DealStageChange,
    Purchase,
    Task,
    Ticket,
    ImportBatch,
    ImportChange,
    SavedMapping,
    Goal,
    AuditEntry,
    AuditValue,
    EmailTemplate,
    Segment,
    Campaign,
    OutboxMessage,
    CampaignRecipient,
    AutomationRule,
    RuleRun,
    CustomerMerge,
    PurchaseItem,
    LedgerEntry,
    LedgerSettlement,
    CreditTerms,
)


def tuples(query: Any) -> Iterator[tuple[Any, ...]]:
    """Rows of a query as plain tuples (typed loosely: the column list decides)."""
    return iter(query.tuples())
