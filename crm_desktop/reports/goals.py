"""Goals against what each month achieved.

The actual for each metric (the targets are set with
:mod:`crm_desktop.services.goals`):

* ``revenue`` — net purchases of the month in the goal's currency (sales
  less refunds; won deals are not added, they are a forecast of purchases);
* ``deals_won`` — deals won (closed as won) in the month;
* ``new_customers`` — live customers created in the month.

Months are local calendar months, as everywhere in the reports.
"""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.reports.customers import NewCustomersReport, new_customers
from crm_desktop.reports.period import Period
from crm_desktop.reports.pipeline import WinRateReport, win_rate_by_month
from crm_desktop.reports.revenue import RevenueReport, revenue_by_month
from crm_desktop.services.goals import METRICS, GoalRow, goals_between


@dataclass(frozen=True)
class GoalProgress:
    month: str
    metric: str  # revenue | deals_won | new_customers
    currency: str  # meaningful for revenue only
    target: int
    actual: int

    @property
    def ratio(self) -> float:
        """Actual / target (1.0 = reached; may pass 1 or, with refunds, go below 0)."""
        return self.actual / self.target

    @property
    def reached(self) -> bool:
        return self.actual >= self.target


def match_goals(
    goals: list[GoalRow],
    revenue: RevenueReport,
    win_rate: WinRateReport,
    customers: NewCustomersReport,
) -> list[GoalProgress]:
    """Pair each goal with its month's actual, from reports already computed for the period."""
    won = {r.month: r.won for r in win_rate.rows}
    new = dict(customers.by_month())
    out = []
    for goal in goals:
        if goal.month not in won:  # outside the reports' period
            continue
        if goal.metric == "revenue":
            actual = revenue.month(goal.month, "purchases", goal.currency).total_minor
        elif goal.metric == "deals_won":
            actual = won[goal.month]
        else:
            actual = new[goal.month]
        out.append(GoalProgress(goal.month, goal.metric, goal.currency, goal.target, actual))
    return sorted(out, key=lambda g: (g.month, METRICS.index(g.metric), g.currency))


def goals_progress(period: Period) -> list[GoalProgress]:
    """Every goal set for a month of the period, with what the month achieved."""
    months = period.months
    goals = goals_between(months[0], months[-1])
    if not goals:
        return []
    return match_goals(goals, revenue_by_month(period), win_rate_by_month(period), new_customers(period))
