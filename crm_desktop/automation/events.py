"""The one hook services call after they commit: ``emit("purchase", purchase_id)``.

Whoever runs the automation (the window, a test) subscribes a listener that
queues the event; the rules run later, on their own transaction. ``emit``
never raises and never waits: a broken listener is logged and the save that
emitted stays saved. Events are only a nudge: the periodic check finds from
the tables anything that happened without one (an import, a crash between a
save and its event), and a rule acts once per event whichever way it is found.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)

KINDS = ("customer", "deal", "purchase", "ticket")


@dataclass(frozen=True)
class Event:
    kind: str  # see KINDS
    entity_id: int


Listener = Callable[[Event], None]
_listeners: list[Listener] = []


def subscribe(listener: Listener) -> Callable[[], None]:
    """Call ``listener`` for every event from now on; returns the unsubscribe function."""
    _listeners.append(listener)

    def unsubscribe() -> None:
        if listener in _listeners:
            _listeners.remove(listener)

    return unsubscribe


def emit(kind: str, entity_id: int) -> None:
    """Tell the listeners that a ``kind`` row was saved. Never raises."""
    if kind not in KINDS:
        log.error("unknown automation event kind %r", kind)
        return
    event = Event(kind, int(entity_id))
    for listener in list(_listeners):
        try:
            listener(event)
        except Exception:  # a listener's bug must not undo or fail the save
            log.exception("automation listener failed on %s", event)
