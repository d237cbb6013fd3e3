"""Monthly goals: targets for revenue, deals won and new customers.

A goal is one number for one calendar month ("YYYY-MM") and one metric:

* ``revenue`` — net purchases (sales less refunds), in minor units of a
  currency (BDT unless said otherwise); one goal per currency;
* ``deals_won`` — how many deals to win;
* ``new_customers`` — how many new customers to add.

Counts have no currency (stored with the default one, never shown). What
each month actually achieved is in :mod:`crm_desktop.reports.goals`.

Goals travel with the data file, like settings; a change is announced as a
``setting`` change (the change kinds have no ``goal`` of their own yet).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crm_desktop.db.models import DEFAULT_CURRENCY, Goal, database_proxy, tuples
from crm_desktop.money import is_known_currency
from crm_desktop.services import input_rules
from crm_desktop.services.changes import Changes, Outcome
from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.translatable import QT_TRANSLATE_NOOP

METRICS = ("revenue", "deals_won", "new_customers")
MAX_TARGET = 10**15  # far above any shop's month, far below SQLite's integer limit
GOAL_CHANGES = ("setting",)
NOT_A_CURRENCY = QT_TRANSLATE_NOOP("InputRules", "'{code}' is not a currency code such as BDT or USD")
TARGET_NOT_WHOLE = QT_TRANSLATE_NOOP("InputRules", "the target must be a whole number")
TARGET_NOT_POSITIVE = QT_TRANSLATE_NOOP(
    "InputRules", "the target must be more than zero (clear the goal instead)"
)
TARGET_TOO_LARGE = QT_TRANSLATE_NOOP("InputRules", "the target is too large")
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def parse_month(text: str) -> str:
    """ "2026-03" stays "2026-03"; anything else raises ``ValueError`` with a sentence."""
    if not _MONTH.match(text.strip()):
        raise ValueError(f"'{text}' is not a month written as YYYY-MM")
    return text.strip()


@dataclass(frozen=True)
class GoalRow:
    month: str
    metric: str
    target: int  # minor units for revenue, a count otherwise
    currency: str


def _checked(month: str, metric: str, currency: str, target: int | None = None) -> tuple[str, str]:
    """The cleaned (month, currency), or a ValidationError naming every bad field."""
    errors = []
    month = month.strip()
    try:
        parse_month(month)
    except ValueError as exc:
        errors.append(FieldError("month", str(exc)))
    if metric not in METRICS:
        errors.append(FieldError("metric", input_rules.not_one_of(metric, METRICS)))
    currency = currency.strip().upper()
    if metric != "revenue":
        currency = DEFAULT_CURRENCY
    elif not is_known_currency(currency):
        errors.append(FieldError("currency", NOT_A_CURRENCY.format(code=currency)))
    if target is not None:
        if isinstance(target, bool) or not isinstance(target, int):
            errors.append(FieldError(metric, TARGET_NOT_WHOLE))
        elif target <= 0:
            errors.append(FieldError(metric, TARGET_NOT_POSITIVE))
        elif target > MAX_TARGET:
            errors.append(FieldError(metric, TARGET_TOO_LARGE))
    if errors:
        raise ValidationError(errors)
    return month, currency


def set_goal(month: str, metric: str, target: int, currency: str = DEFAULT_CURRENCY) -> Outcome[int]:
    """Set (or replace) the target for ``metric`` in ``month``; returns the goal's id."""
    month, currency = _checked(month, metric, currency, target)
    with database_proxy.atomic():
        (
            Goal.insert(month=month, metric=metric, target=target, currency=currency)
            .on_conflict(
                conflict_target=[Goal.month, Goal.metric, Goal.currency], update={Goal.target: target}
            )
            .execute()
        )
        goal_id = (
            Goal.select(Goal.id)
            .where((Goal.month == month) & (Goal.metric == metric) & (Goal.currency == currency))
            .scalar()
        )
    return Outcome(int(goal_id), Changes.of(*GOAL_CHANGES))


def clear_goal(month: str, metric: str, currency: str = DEFAULT_CURRENCY) -> Outcome[bool]:
    """Remove a target; the value says whether there was one."""
    month, currency = _checked(month, metric, currency)
    removed = (
        Goal.delete()
        .where((Goal.month == month) & (Goal.metric == metric) & (Goal.currency == currency))
        .execute()
    )
    return Outcome(bool(removed), Changes.of(*GOAL_CHANGES) if removed else Changes())


def save_month_goals(
    month: str,
    *,
    revenue_minor: int | None,
    deals_won: int | None,
    new_customers: int | None,
    currency: str = DEFAULT_CURRENCY,
) -> Outcome[str]:
    """The goals editor's save: all three targets of a month at once (``None`` or 0 clears one).

    Every value is checked before anything is written; then all are written
    in one transaction.
    """
    targets = {"revenue": revenue_minor, "deals_won": deals_won, "new_customers": new_customers}
    errors: list[FieldError] = []
    for metric, target in targets.items():
        try:
            _checked(month, metric, currency, target or None)
        except ValidationError as exc:
            errors.extend(e for e in exc.errors if e not in errors)
    if errors:
        raise ValidationError(errors)
    changes = Changes()
    with database_proxy.atomic():
        for metric, target in targets.items():
            outcome = (
                set_goal(month, metric, target, currency) if target else clear_goal(month, metric, currency)
            )
            changes |= outcome.changes
    return Outcome(month.strip(), changes)


def goals_between(first_month: str, last_month: str) -> list[GoalRow]:
    """Every goal from ``first_month`` to ``last_month`` (both "YYYY-MM", included), in order."""
    for field, value in (("first_month", first_month), ("last_month", last_month)):
        try:
            parse_month(value)
        except ValueError as exc:
            raise ValidationError.single(field, str(exc)) from None
    query = (
        Goal.select(Goal.month, Goal.metric, Goal.target, Goal.currency)
        .where((Goal.month >= first_month.strip()) & (Goal.month <= last_month.strip()))
        .order_by(Goal.month, Goal.metric, Goal.currency)
    )
    return [GoalRow(m, metric, int(t), cur) for m, metric, t, cur in tuples(query)]
