"""Storing rules: validate, create, edit, switch on and off, delete, and their history.

A rule is a :class:`RuleSpec`: a trigger with its params, conditions and
actions (dicts with a ``"type"``), kept as JSON. Everything is checked when
saved, so a stored rule names only templates, stages and users that existed
then; one deleted later makes that run fail (reported), never the save.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from peewee import Case, fn

from crm_desktop.automation.actions import ACTIONS
from crm_desktop.automation.conditions import CONDITIONS
from crm_desktop.automation.triggers import TRIGGERS
from crm_desktop.db.models import AutomationRule, EmailTemplate, RuleRun, Stage, User, database_proxy, tuples
from crm_desktop.domain import PRIORITIES, TICKET_KINDS
from crm_desktop.email import templates
from crm_desktop.reports.rfm import SEGMENTS
from crm_desktop.services import input_rules
from crm_desktop.services.changes import Changes, Outcome
from crm_desktop.services.errors import FieldError, NotFoundError, ValidationError
from crm_desktop.timeutil import utcnow
from crm_desktop.translatable import QT_TRANSLATE_NOOP

Params = dict[str, Any]
MAX_DAYS = 3650

# What the rules editor is told when a rule is refused (translatable, see crm_desktop.translatable).
RULE_NEEDS_NAME = QT_TRANSLATE_NOOP("InputRules", "a rule needs a name")
NEEDS_ACTION = QT_TRANSLATE_NOOP("InputRules", "a rule needs at least one action")
NAME_THE_TAG = QT_TRANSLATE_NOOP("InputRules", "name the tag")
NAME_THE_SOURCE = QT_TRANSLATE_NOOP("InputRules", "name the source")
MIN_OR_MAX = QT_TRANSLATE_NOOP("InputRules", "give a minimum, a maximum or both")


@dataclass
class RuleSpec:
    name: str
    trigger: str
    trigger_params: Params = field(default_factory=dict)
    conditions: list[Params] = field(default_factory=list)
    actions: list[Params] = field(default_factory=list)


@dataclass(frozen=True)
class RuleRow:
    id: int
    spec: RuleSpec
    enabled: bool
    enabled_at: datetime | None
    preset: str | None
    last_run_at: datetime | None
    runs: int
    failures: int


@dataclass(frozen=True)
class RunRow:
    id: int
    rule_id: int
    event_key: str
    customer_id: int | None
    at: datetime
    status: str
    detail: str


def _int(
    params: Mapping[str, Any], key: str, where: str, errors: list[FieldError], low: int, high: int
) -> None:
    value = params.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        errors.append(
            FieldError(where, f"{key.replace('_', ' ')} must be a whole number from {low} to {high}")
        )


def _exists(model: Any, value: Any, where: str, what: str, errors: list[FieldError]) -> None:
    if not isinstance(value, int) or not model.select().where(model.id == value).exists():
        errors.append(FieldError(where, f"{what} {value} does not exist"))


def _check_trigger(spec: RuleSpec, errors: list[FieldError]) -> None:
    params = spec.trigger_params
    if spec.trigger not in TRIGGERS:
        errors.append(FieldError("trigger", f"'{spec.trigger}' is not a trigger ({', '.join(TRIGGERS)})"))
    elif spec.trigger == "deal_stage_entered":
        _exists(Stage, params.get("stage_id"), "trigger", "stage", errors)
    elif spec.trigger in ("no_interaction", "no_purchase"):
        _int(params, "days", "trigger", errors, 1, MAX_DAYS)
    elif spec.trigger == "birthday":
        params.setdefault("days_before", 0)
        _int(params, "days_before", "trigger", errors, 0, 30)
    elif spec.trigger == "ticket_opened" and params.get("kind", "") not in ("", *TICKET_KINDS):
        errors.append(
            FieldError("trigger", f"ticket kind '{params.get('kind')}' is not one of {TICKET_KINDS}")
        )


def _check_condition(i: int, c: Params, errors: list[FieldError]) -> None:
    kind = c.get("type")
    where = f"condition {i + 1}"
    if kind not in CONDITIONS:
        errors.append(FieldError(where, f"'{kind}' is not a condition ({', '.join(CONDITIONS)})"))
    elif kind == "tag" and not str(c.get("tag", "")).strip():
        errors.append(FieldError(where, NAME_THE_TAG))
    elif kind == "owner":
        _exists(User, c.get("owner_id"), where, "user", errors)
    elif kind == "source" and not str(c.get("source", "")).strip():
        errors.append(FieldError(where, NAME_THE_SOURCE))
    elif kind == "amount" and c.get("min_minor") is None and c.get("max_minor") is None:
        errors.append(FieldError(where, MIN_OR_MAX))
    elif kind == "rfm_segment" and c.get("segment") not in SEGMENTS:
        errors.append(FieldError(where, f"'{c.get('segment')}' is not an RFM segment"))


def _check_action(i: int, a: Params, errors: list[FieldError]) -> None:
    kind = a.get("type")
    where = f"action {i + 1}"
    if kind not in ACTIONS:
        errors.append(FieldError(where, f"'{kind}' is not an action ({', '.join(ACTIONS)})"))
    elif kind == "create_task":
        if not str(a.get("title", "")).strip():
            errors.append(FieldError(where, input_rules.TASK_NEEDS_TITLE))
        a.setdefault("due_days", 0)
        _int(a, "due_days", where, errors, 0, MAX_DAYS)
        if a.get("priority", 1) not in PRIORITIES:
            errors.append(FieldError(where, input_rules.PRIORITY_CHOICES))
        if a.get("assignee_id") not in (None, "owner"):
            _exists(User, a.get("assignee_id"), where, "user", errors)
        _placeholders(where, errors, str(a.get("title", "")), str(a.get("notes", "")))
    elif kind == "send_email":
        _exists(EmailTemplate, a.get("template_id"), where, "email template", errors)
    elif kind in ("add_tag", "remove_tag") and not str(a.get("tag", "")).strip():
        errors.append(FieldError(where, NAME_THE_TAG))
    elif kind == "log_note":
        if not str(a.get("text", "")).strip():
            errors.append(FieldError(where, input_rules.NEEDS_TEXT))
        _placeholders(where, errors, str(a.get("text", "")))
    elif kind == "move_deal":
        _exists(Stage, a.get("stage_id"), where, "stage", errors)


def _placeholders(where: str, errors: list[FieldError], *texts: str) -> None:
    try:
        templates.check(**{f"text{i}": t for i, t in enumerate(texts)})
    except ValidationError as exc:
        errors += [FieldError(where, e.message) for e in exc.errors]


def validate(spec: RuleSpec) -> RuleSpec:
    errors: list[FieldError] = []
    if not spec.name.strip():
        errors.append(FieldError("name", RULE_NEEDS_NAME))
    elif len(spec.name) > 255:
        errors.append(FieldError("name", input_rules.NAME_TOO_LONG.format(limit=255)))
    _check_trigger(spec, errors)
    for i, condition in enumerate(spec.conditions):
        _check_condition(i, condition, errors)
    if not spec.actions:
        errors.append(FieldError("actions", NEEDS_ACTION))
    for i, action in enumerate(spec.actions):
        _check_action(i, action, errors)
    if errors:
        raise ValidationError(errors)
    spec.name = spec.name.strip()
    return spec


def _columns(spec: RuleSpec) -> dict[str, Any]:
    return {
        "name": spec.name,
        "trigger": spec.trigger,
        "trigger_params": json.dumps(spec.trigger_params, ensure_ascii=False),
        "conditions": json.dumps(spec.conditions, ensure_ascii=False),
        "actions": json.dumps(spec.actions, ensure_ascii=False),
        "updated_at": utcnow(),
    }


def spec_of(rule: AutomationRule) -> RuleSpec:
    return RuleSpec(
        rule.name,
        rule.trigger,
        json.loads(rule.trigger_params),
        json.loads(rule.conditions),
        json.loads(rule.actions),
    )


def create_rule(
    spec: RuleSpec, *, enabled: bool = False, preset: str | None = None, now: datetime | None = None
) -> Outcome[int]:
    validate(spec)
    now = now or utcnow()
    rule = AutomationRule.create(
        **_columns(spec), enabled=enabled, enabled_at=now if enabled else None, preset=preset, created_at=now
    )
    return Outcome(rule.id, Changes.of("rule"))


def _rule(rule_id: int) -> AutomationRule:
    rule = AutomationRule.get_or_none(AutomationRule.id == rule_id)
    if rule is None:
        raise NotFoundError(f"rule {rule_id} does not exist")
    return rule


def update_rule(rule_id: int, spec: RuleSpec) -> Outcome[int]:
    _rule(rule_id)
    validate(spec)
    AutomationRule.update(**_columns(spec)).where(AutomationRule.id == rule_id).execute()
    return Outcome(rule_id, Changes.of("rule"))


def set_enabled(rule_id: int, enabled: bool, *, now: datetime | None = None) -> Outcome[int]:
    """Switching a rule on starts it from now: it never acts on what happened while it was off."""
    rule = _rule(rule_id)
    if rule.enabled != enabled:
        now = now or utcnow()
        AutomationRule.update(
            enabled=enabled, enabled_at=now if enabled else None, checked_until=None, updated_at=now
        ).where(AutomationRule.id == rule_id).execute()
    return Outcome(rule_id, Changes.of("rule"))


def delete_rule(rule_id: int) -> Outcome[int]:
    with database_proxy.atomic():
        AutomationRule.delete().where(AutomationRule.id == rule_id).execute()
    return Outcome(rule_id, Changes.of("rule"))


def list_rules() -> list[RuleRow]:
    failed = fn.SUM(Case(None, [(RuleRun.status == "failed", 1)], 0))
    stats = {
        rule_id: (last, runs, failures)
        for rule_id, last, runs, failures in tuples(
            RuleRun.select(RuleRun.rule, fn.MAX(RuleRun.at), fn.COUNT(RuleRun.id), failed).group_by(
                RuleRun.rule
            )
        )
    }
    rows = []
    for rule in AutomationRule.select().order_by(fn.lower(AutomationRule.name), AutomationRule.id):
        last, runs, failures = stats.get(rule.id, (None, 0, 0))
        rows.append(
            RuleRow(
                rule.id,
                spec_of(rule),
                bool(rule.enabled),
                rule.enabled_at,
                rule.preset,
                _as_datetime(last),
                int(runs or 0),
                int(failures or 0),
            )
        )
    return rows


def _as_datetime(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def history(rule_id: int | None = None, *, limit: int = 200) -> list[RunRow]:
    """The runs of one rule (or all), newest first."""
    query = RuleRun.select().order_by(RuleRun.at.desc(), RuleRun.id.desc()).limit(limit)
    if rule_id is not None:
        query = query.where(RuleRun.rule == rule_id)
    return [RunRow(r.id, r.rule_id, r.event_key, r.customer_id, r.at, r.status, r.detail) for r in query]
