"""Running the rules: find each enabled rule's occurrences, check, act, remember.

For each (rule, occurrence) not yet in ``rule_run``, in one transaction: the
conditions are checked, the actions run, and the run is recorded under the
unique (rule, event key) — so a rule acts once per event, even when the same
event is found twice (by its event and by the periodic check) or after a
restart. A failing action rolls back that run's work; the failure is
recorded with its reason and the other rules and occurrences go on.

:func:`run_due` is the periodic check (every rule, events included, from the
rule's last check on); :func:`run_for_event` runs the rules an event concerns
right after it was saved.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from peewee import IntegrityError

from crm_desktop.automation import actions, conditions
from crm_desktop.automation.clock import Clock, SystemClock
from crm_desktop.automation.events import Event
from crm_desktop.automation.rules import spec_of
from crm_desktop.automation.triggers import TRIGGERS, Occurrence
from crm_desktop.db.models import AutomationRule, RuleRun, database_proxy
from crm_desktop.services.changes import Changes, Outcome

log = logging.getLogger(__name__)

RECHECK_MARGIN = timedelta(days=1)  # the periodic check looks back this far past its last run
CHANGES = Changes.of("rule", "task", "customer", "interaction", "deal", "tag", "email")


@dataclass(frozen=True)
class RunResult:
    rule_id: int
    rule_name: str
    event_key: str
    customer_id: int
    status: str  # done | skipped | failed
    detail: str


@dataclass
class RunReport:
    results: list[RunResult] = field(default_factory=list)
    limit: int | None = None
    more: bool = False  # stopped at the limit: there is more to do

    def full(self) -> bool:
        if self.limit is not None and len(self.results) >= self.limit:
            self.more = True
        return self.more

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def customer_ids(self) -> set[int]:
        return {r.customer_id for r in self.results if r.status == "done"}


def run_due(clock: Clock | None = None, *, limit: int | None = None) -> Outcome[RunReport]:
    """The periodic check: every enabled rule, from where its last check ended.

    With ``limit``, it stops after that many runs and sets ``report.more``: call
    again for the rest (the window does, as a new job, so saves are not held up).
    """
    clock = clock or SystemClock()
    report = RunReport(limit=limit)
    cache = conditions.CheckCache(clock)
    now = clock.now()
    for rule in AutomationRule.select().where(AutomationRule.enabled).order_by(AutomationRule.id):
        if report.full():
            break
        since = rule.enabled_at or now
        if rule.checked_until is not None:
            since = max(since, rule.checked_until - RECHECK_MARGIN)
        if _run_rule(rule, since, clock, None, cache, report):
            AutomationRule.update(checked_until=now).where(AutomationRule.id == rule.id).execute()
    return _outcome(report)


def run_for_event(event: Event, clock: Clock | None = None) -> Outcome[RunReport]:
    """The rules whose trigger this event can fire, on that one row."""
    clock = clock or SystemClock()
    report = RunReport()
    cache = conditions.CheckCache(clock)
    keys = [t.key for t in TRIGGERS.values() if t.event_kind == event.kind]
    query = AutomationRule.select().where(AutomationRule.enabled & AutomationRule.trigger.in_(keys))
    for rule in query.order_by(AutomationRule.id):
        _run_rule(rule, rule.enabled_at or clock.now(), clock, event, cache, report)
    return _outcome(report)


def _outcome(report: RunReport) -> Outcome[RunReport]:
    changes = CHANGES if report.results else Changes()
    return Outcome(report, Changes(changes.kinds, frozenset(report.customer_ids)))


def _run_rule(
    rule: AutomationRule,
    since: datetime,
    clock: Clock,
    scope: Event | None,
    cache: conditions.CheckCache,
    report: RunReport,
) -> bool:
    """Run one rule over its new occurrences; False when the rule itself is broken."""
    try:
        spec = spec_of(rule)
        trigger = TRIGGERS[spec.trigger]
        found = trigger.find(spec.trigger_params, since, clock, scope)
        done = {
            run.event_key
            for run in RuleRun.select(RuleRun.event_key).where(
                (RuleRun.rule == rule.id) & RuleRun.event_key.in_([o.key for o in found])
            )
        }
    except Exception as exc:  # a rule that cannot even be read is reported, the others run
        log.warning("rule %s (%s) is broken: %s", rule.id, rule.name, exc)
        report.results.append(RunResult(rule.id, rule.name, "", 0, "failed", f"the rule is broken: {exc}"))
        return False
    for occurrence in found:
        if report.full():
            return False  # not finished: the next check goes on from the same place
        if occurrence.key not in done:
            result = _run_once(rule.id, spec.name, spec.conditions, spec.actions, occurrence, clock, cache)
            if result is not None:
                report.results.append(result)
    return True


def _run_once(
    rule_id: int,
    name: str,
    checks: list[dict[str, object]],
    todo: list[dict[str, object]],
    occ: Occurrence,
    clock: Clock,
    cache: conditions.CheckCache,
) -> RunResult | None:
    """One rule on one occurrence; None when another run got there first."""
    try:
        with database_proxy.atomic():
            failed = conditions.check(checks, occ, cache)
            if failed:
                status, lines = "skipped", [failed]
            else:
                lines = _act(name, todo, occ, clock)
                acted = any(not line.startswith("skipped:") for line in lines)
                status = "done" if acted else "skipped"
            RuleRun.create(
                rule=rule_id,
                event_key=occ.key,
                customer=occ.customer_id,
                at=clock.now(),
                status=status,
                detail="\n".join(lines),
            )
    except IntegrityError:
        return None  # already handled (the unique (rule, event key))
    except Exception as exc:
        log.warning("rule %s failed on %s: %s", rule_id, occ.key, exc)
        detail = f"{exc.__class__.__name__}: {exc}" if not str(exc).strip() else str(exc)
        try:
            RuleRun.create(
                rule=rule_id,
                event_key=occ.key,
                customer=occ.customer_id,
                at=clock.now(),
                status="failed",
                detail=detail,
            )
        except IntegrityError:
            return None
        return RunResult(rule_id, name, occ.key, occ.customer_id, "failed", detail)
    return RunResult(rule_id, name, occ.key, occ.customer_id, status, "\n".join(lines))


def _act(name: str, todo: list[dict[str, object]], occ: Occurrence, clock: Clock) -> list[str]:
    ctx = actions.ActionContext(name, occ, clock)
    lines = []
    for action in todo:
        try:
            lines.append(actions.ACTIONS[str(action["type"])].run(action, ctx))
        except actions.Skip as skip:
            lines.append(f"skipped: {skip}")
    return lines
