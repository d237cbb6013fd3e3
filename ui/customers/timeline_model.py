"""A customer's timeline as a list model that loads more pages as the view scrolls.

Pages come from :func:`crm_desktop.services.timeline.timeline_page` on the
reader thread (keyset cursor: the first page of 10,000 events is as quick as
the last). The view asks for more through ``canFetchMore``/``fetchMore``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from crm_desktop.domain import TIMELINE_KINDS
from crm_desktop.money import Money
from crm_desktop.services.audit import CUSTOM_FIELD_PREFIX, shorten
from crm_desktop.services.timeline import Event, timeline_page
from ui.context import AppContext
from ui.customers.formatting import datetime_text, formatter, money_text
from ui.i18n import number_text, stage_name, user_name
from ui.icons import icon

PAGE_SIZE = 50
MAX_RELOAD = 500  # a reload keeps what was already scrolled into view, up to this many

# Channels with no "incoming/outgoing": a note is written, a visit or a meeting is shared.
UNDIRECTED = frozenset({"note", "meeting", "visit"})

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


def _tr(text: str) -> str:
    return QCoreApplication.translate("Timeline", text)


def channel_label(channel: str) -> str:
    return {
        "call": _tr("Call"),
        "email": _tr("Email"),
        "sms": _tr("SMS"),
        "whatsapp": _tr("WhatsApp"),
        "facebook": _tr("Facebook"),
        "chat": _tr("Chat"),
        "meeting": _tr("Meeting"),
        "visit": _tr("Visit"),
        "note": _tr("Note"),
    }.get(channel, channel)


def status_label(status: str) -> str:
    return {
        "open": _tr("Open"),
        "in_progress": _tr("In progress"),
        "resolved": _tr("Resolved"),
        "closed": _tr("Closed"),
        "done": _tr("Done"),
    }.get(status, status)


def describe(event: Event) -> tuple[str, str, str]:
    """The title, the detail line and the badge a timeline row shows."""
    if event.kind == "interaction":
        channel = event.channel or "note"
        title = channel_label(channel)
        if channel not in UNDIRECTED:
            title = (
                _tr("{channel}, incoming") if event.direction == "in" else _tr("{channel}, outgoing")
            ).format(channel=title)
        if event.title:
            title += " · " + event.title
        return title, event.detail, ""
    if event.kind == "purchase":
        title = _tr("Purchase: {what}").format(what=event.title) if event.title else _tr("Purchase")
        detail = _tr("Receipt {reference}").format(reference=event.detail) if event.detail else ""
        if event.items:  # the lines of an imported sale
            lines = [
                _tr("{quantity} × {item}").format(quantity=_quantity(q), item=d)
                for q, d in event.items[:SHOWN_ITEMS]
            ]
            if len(event.items) > SHOWN_ITEMS:
                lines.append(_tr("{count} more").format(count=number_text(len(event.items) - SHOWN_ITEMS)))
            detail = " · ".join([detail, *lines] if detail else lines)
        return title, detail, ""
    if event.kind == "stage_change":
        if event.detail:
            title = _tr("Deal “{deal}” moved to {stage}")
            detail = _tr("from {stage}").format(stage=stage_name(event.detail))
        else:
            title, detail = _tr("Deal “{deal}” added in {stage}"), ""
        return title.format(deal=event.title, stage=stage_name(event.status or "")), detail, ""
    if event.kind == "task":
        return _tr("Task: {title}").format(title=event.title), event.detail, status_label(event.status or "")
    if event.kind == "ticket":
        kind = _tr("Request") if event.channel == "request" else _tr("Complaint")
        return f"{kind}: {event.title}", event.detail, status_label(event.status or "")
    if event.kind == "audit":
        return _describe_change(event)
    return event.title, event.detail, ""


SHOWN_ITEMS = 5


def _quantity(text: str) -> str:
    """A quantity in the window's digits (2 → ২ in Bengali); a fraction as written."""
    return number_text(int(text)) if text.lstrip("-").isdigit() else text


def _describe_change(event: Event) -> tuple[str, str, str]:
    """A change from the audit trail: what and by whom, then each ``field: old → new``."""
    actions = {
        "created": _tr("added"),
        "updated": _tr("changed"),
        "trashed": _tr("moved to the Trash"),
        "restored": _tr("restored from the Trash"),
        "tagged": _tr("tagged"),
        "untagged": _tr("tag removed"),
        "moved": _tr("moved"),
        "won": _tr("won"),
        "lost": _tr("lost"),
        "reopened": _tr("reopened"),
        "merged": _tr("merged with a duplicate"),
        "unmerged": _tr("merge undone"),
        "imported": _tr("changed by an import"),
    }
    subject = _tr("Deal “{deal}”").format(deal=event.title) if event.channel == "deal" else _tr("Details")
    title = _tr("{subject} {action}").format(subject=subject, action=actions.get(event.status or "", ""))
    if event.by:  # in the title: a name is too long for the badge
        title = f"{title.strip()} · " + _tr("by {user}").format(user=user_name(event.by))
    if event.changes:
        detail = " · ".join(change_text(*change) for change in event.changes)
    else:
        detail = event.detail.replace("\n", " · ")
    return title.strip(), detail, ""


def field_label(name: str) -> str:
    """A recorded field's name as the change history shows it ("stage" → "Stage"); a custom
    field by its own name."""
    if name.startswith(CUSTOM_FIELD_PREFIX):
        return name[len(CUSTOM_FIELD_PREFIX) :]
    return {
        "display_name": _tr("Name"),
        "given_name": _tr("Given name"),
        "family_name": _tr("Family name"),
        "kind": _tr("Kind"),
        "company": _tr("Company"),
        "phones": _tr("Phones"),
        "emails": _tr("Emails"),
        "address": _tr("Address"),
        "city": _tr("City"),
        "birthday": _tr("Birthday"),
        "source": _tr("Source"),
        "interests": _tr("Interests"),
        "notes": _tr("Notes"),
        "facebook": _tr("Facebook"),
        "tags": _tr("Tags"),
        "owner": _tr("Owner"),
        "external_id": _tr("External ID"),
        "title": _tr("Title"),
        "value": _tr("Value"),
        "stage": _tr("Stage"),
        "status": _tr("Status"),
        "expected_close": _tr("Expected close"),
        "lost_reason": _tr("Reason lost"),
    }.get(name, name)


def value_text(name: str, value: str | None) -> str:
    """A recorded value as the change history shows it: words the program wrote (a seeded stage,
    a status, a kind, the seeded user) in the window's language, dates and amounts the locale's
    way, anything typed as typed (on one line, cut short)."""
    if not value:
        return shorten(value)
    if name == "stage":
        return shorten(stage_name(value))
    if name == "owner":
        return shorten(user_name(value))
    if name == "status":
        return {"open": _tr("Open"), "won": _tr("Won"), "lost": _tr("Lost")}.get(value, value)
    if name == "kind":
        return {"person": _tr("Person"), "business": _tr("Business")}.get(value, value)
    if name in ("birthday", "expected_close"):
        try:
            return formatter().date(date.fromisoformat(value), "medium")
        except ValueError:
            return shorten(value)
    if name == "value":
        amount, _, currency = value.partition(" ")
        try:
            return formatter().money(Money.from_major(amount, currency))
        except (ArithmeticError, TypeError, ValueError):  # "… (minor units)": a currency CLDR does not know
            return shorten(value)
    return shorten(value)


def change_text(name: str, old: str | None, new: str | None) -> str:
    """One recorded change: "Stage: New lead → Qualified", in the window's language."""
    return f"{field_label(name)}: {value_text(name, old)} → {value_text(name, new)}"


def event_icon_name(event: Event) -> str:
    return (event.channel or "note") if event.kind == "interaction" else event.kind


class TimelineModel(QAbstractListModel):
    EventRole = Qt.ItemDataRole.UserRole + 1
    DetailRole = Qt.ItemDataRole.UserRole + 2
    WhenRole = Qt.ItemDataRole.UserRole + 3
    BadgeRole = Qt.ItemDataRole.UserRole + 4
    AmountRole = Qt.ItemDataRole.UserRole + 5
    KindRole = Qt.ItemDataRole.UserRole + 6

    page_loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: int | None = None
        self.kinds: tuple[str, ...] = TIMELINE_KINDS
        self._events: list[Event] = []
        self._texts: list[tuple[str, str, str]] = []
        self._exhausted = True
        self._loading = False
        self._generation = 0

    # --- the Qt model interface ---------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._events)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._events):
            return None
        event = self._events[index.row()]
        title, detail, badge = self._texts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(t for t in (title, detail) if t)
        if role == Qt.ItemDataRole.DecorationRole:
            return icon(event_icon_name(event))
        if role == self.DetailRole:
            return detail
        if role == self.BadgeRole:
            return badge
        if role == self.WhenRole:
            return datetime_text(event.at)
        if role == self.AmountRole:
            return money_text(event.amount_minor, event.currency) if event.amount_minor is not None else ""
        if role == self.KindRole:
            return event.kind
        if role == self.EventRole:
            return event
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            after = self._events[-1].cursor if self._events else None
            self._request(after, PAGE_SIZE, replace=False)

    # --- loading --------------------------------------------------------------

    def show_customer(self, customer_id: int | None, kinds: Sequence[str] = TIMELINE_KINDS) -> None:
        """Start over for another customer or another kind filter."""
        self.beginResetModel()
        self.customer_id, self.kinds = customer_id, tuple(kinds)
        self._events, self._texts = [], []
        self._exhausted = customer_id is None
        self.endResetModel()
        if customer_id is not None:
            self._request(None, PAGE_SIZE, replace=True)

    def reload(self) -> None:
        """Something changed: fetch the top again, as many rows as are loaded now."""
        if self.customer_id is not None:
            self._request(None, min(MAX_RELOAD, max(PAGE_SIZE, len(self._events))), replace=True)

    def _request(self, after: tuple[str, str, int] | None, limit: int, *, replace: bool) -> None:
        self._generation += 1
        generation, customer_id, kinds = self._generation, self.customer_id, self.kinds
        if customer_id is None:
            return
        self._loading = True
        self.ctx.read(
            lambda: timeline_page(customer_id, after=after, kinds=kinds, limit=limit),
            lambda events: self._arrived(generation, events, limit, replace),
        )

    def _arrived(self, generation: int, events: list[Event], limit: int, replace: bool) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._exhausted = len(events) < limit
        texts = [describe(e) for e in events]
        if replace:
            self.beginResetModel()
            self._events, self._texts = events, texts
            self.endResetModel()
        elif events:
            first = len(self._events)
            self.beginInsertRows(ROOT, first, first + len(events) - 1)
            self._events += events
            self._texts += texts
            self.endInsertRows()
        self.page_loaded.emit()

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def exhausted(self) -> bool:
        return self._exhausted
