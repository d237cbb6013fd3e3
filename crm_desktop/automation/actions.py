"""What a rule does: create a task, email the customer, tag, note, move the deal.

Each action takes its params and the occurrence, does its work through the
services (inside the engine's transaction) and returns one line for the
rule's history. An action that does not apply (no email address, the
customer asked not to be contacted, no deal to move) raises :class:`Skip`:
the run goes on with the next action.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from crm_desktop.automation.clock import Clock
from crm_desktop.automation.triggers import Occurrence
from crm_desktop.db.models import Customer, Deal, EmailTemplate, Stage
from crm_desktop.email import outbox, templates
from crm_desktop.reports.text import QT_TRANSLATE_NOOP
from crm_desktop.services import customers, interactions, pipeline, tasks


class Skip(Exception):
    """This action does not apply to this occurrence; the message says why."""


@dataclass
class ActionContext:
    rule_name: str
    occurrence: Occurrence
    clock: Clock
    _values: dict[str, str] | None = field(default=None, repr=False)

    @property
    def values(self) -> dict[str, str]:
        if self._values is None:
            occ = self.occurrence
            self._values = templates.values_for(occ.customer_id, deal_id=occ.deal_id, ticket_id=occ.ticket_id)
        return self._values

    def fill(self, text: str) -> str:
        return templates.render(text, self.values)


Run = Callable[[Mapping[str, Any], ActionContext], str]


def _create_task(params: Mapping[str, Any], ctx: ActionContext) -> str:
    occ = ctx.occurrence
    assignee = params.get("assignee_id")
    if assignee == "owner" or assignee is None:
        assignee = Customer.select(Customer.owner).where(Customer.id == occ.customer_id).scalar()
    title = ctx.fill(str(params["title"])).strip()[:255]
    task_id = tasks.create_task(
        tasks.TaskInput(
            title=title,
            due_at=ctx.clock.now() + timedelta(days=int(params.get("due_days", 0))),
            notes=ctx.fill(str(params.get("notes", ""))),
            priority=int(params.get("priority", 1)),
            customer_id=occ.customer_id,
            deal_id=occ.deal_id,
            assignee_id=int(assignee) if assignee is not None else None,
        )
    ).value
    return f"task {task_id}: {title}"


def _send_email(params: Mapping[str, Any], ctx: ActionContext) -> str:
    template = EmailTemplate.get_or_none(EmailTemplate.id == int(params["template_id"]))
    if template is None:
        raise LookupError(f"the email template {params['template_id']} was deleted")
    customer = Customer.get_by_id(ctx.occurrence.customer_id)
    if customer.do_not_contact:
        raise Skip("the customer asked not to be contacted")
    if not customer.primary_email:
        raise Skip("the customer has no email address")
    message_id = outbox.queue_email(
        customer.primary_email,
        ctx.fill(template.subject),
        ctx.fill(template.body),
        customer_id=customer.id,
        to_name=customer.display_name,
        origin="rule",
        now=ctx.clock.now(),
    ).value
    return f"email {message_id} queued to {customer.primary_email}"


def _add_tag(params: Mapping[str, Any], ctx: ActionContext) -> str:
    customers.add_tags([ctx.occurrence.customer_id], [str(params["tag"])])
    return f"tagged '{params['tag']}'"


def _remove_tag(params: Mapping[str, Any], ctx: ActionContext) -> str:
    removed = customers.remove_tags([ctx.occurrence.customer_id], [str(params["tag"])]).value
    if not removed:
        raise Skip(f"the customer was not tagged '{params['tag']}'")
    return f"untagged '{params['tag']}'"


def _log_note(params: Mapping[str, Any], ctx: ActionContext) -> str:
    text = ctx.fill(str(params["text"])).strip()
    interactions.log_interaction(ctx.occurrence.customer_id, "note", body=text, occurred_at=ctx.clock.now())
    return f"note: {text[:60]}"


def _move_deal(params: Mapping[str, Any], ctx: ActionContext) -> str:
    deal_id = ctx.occurrence.deal_id
    if deal_id is None:
        deal_id = (
            Deal.select(Deal.id)
            .where(
                (Deal.customer == ctx.occurrence.customer_id)
                & (Deal.status == "open")
                & Deal.deleted_at.is_null()
            )
            .order_by(Deal.updated_at.desc())
            .scalar()
        )
    if deal_id is None:
        raise Skip("there is no open deal to move")
    stage = Stage.get_or_none(Stage.id == int(params["stage_id"]))
    if stage is None:
        raise LookupError(f"the stage {params['stage_id']} was deleted")
    if Deal.get_by_id(deal_id).stage_id == stage.id:
        raise Skip(f"the deal is already in '{stage.name}'")
    pipeline.move_deal(deal_id, stage.id, lost_reason=f"moved by the rule '{ctx.rule_name}'")
    return f"deal {deal_id} moved to '{stage.name}'"


@dataclass(frozen=True)
class Action:
    key: str
    label: str
    params: tuple[str, ...]
    run: Run


ACTIONS: dict[str, Action] = {
    a.key: a
    for a in (
        Action(
            "create_task",
            QT_TRANSLATE_NOOP("Automation", "Create a task"),
            ("title", "due_days", "assignee_id", "priority", "notes"),
            _create_task,
        ),
        Action("send_email", QT_TRANSLATE_NOOP("Automation", "Send an email"), ("template_id",), _send_email),
        Action("add_tag", QT_TRANSLATE_NOOP("Automation", "Add a tag"), ("tag",), _add_tag),
        Action("remove_tag", QT_TRANSLATE_NOOP("Automation", "Remove a tag"), ("tag",), _remove_tag),
        Action(
            "log_note", QT_TRANSLATE_NOOP("Automation", "Log a note on the timeline"), ("text",), _log_note
        ),
        Action(
            "move_deal",
            QT_TRANSLATE_NOOP("Automation", "Move the deal to a stage"),
            ("stage_id",),
            _move_deal,
        ),
    )
}
