"""A real database, a clock the test moves, and helpers to make a small shop."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from crm_desktop.automation import events
from crm_desktop.automation.clock import ManualClock
from crm_desktop.automation.engine import run_for_event
from crm_desktop.automation.rules import RuleSpec, create_rule
from crm_desktop.db.models import Stage
from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.timeutil import utcnow


@pytest.fixture
def clock(store) -> ManualClock:  # noqa: ANN001
    """Starts a minute ago (so rules switched on now see what the test saves next)."""
    return ManualClock(utcnow() - timedelta(minutes=1), offset_minutes=360)


@pytest.fixture
def live_events(clock: ManualClock) -> Iterator[list[events.Event]]:
    """Run the rules an event concerns as soon as a service emits it (as the window does)."""
    seen: list[events.Event] = []

    def listener(event: events.Event) -> None:
        seen.append(event)
        clock.current = max(clock.current, utcnow())
        run_for_event(event, clock)

    unsubscribe = events.subscribe(listener)
    yield seen
    unsubscribe()


def add_customer(name: str = "Rahim Uddin", **kwargs: object) -> int:
    data = CustomerInput(display_name=name, **kwargs)  # type: ignore[arg-type]
    return create_customer(data).value


def stage_id(name: str) -> int:
    return Stage.get(Stage.name == name).id


def rule(
    clock: ManualClock, trigger: str, actions: list[dict], params: dict | None = None, conditions=None
) -> int:  # noqa: ANN001
    spec = RuleSpec(f"rule on {trigger}", trigger, params or {}, conditions or [], actions)
    return create_rule(spec, enabled=True, now=clock.now()).value
