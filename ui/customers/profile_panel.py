"""The left side of the customer page: who they are, how to reach them, what they are worth.

Each phone, email and Facebook link is an action (call, WhatsApp, SMS,
email, open): it opens the system handler and tells the page which channel
was used, so the page can offer to log the contact on the timeline.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.customer_profile import CustomerProfile
from ui.customers import contact_links
from ui.customers.formatting import date_text, money_text, phone_text, relative_text
from ui.customers.timeline_model import status_label
from ui.i18n import stage_name, user_name
from ui.icons import icon


def _tr(text: str) -> str:
    return QCoreApplication.translate("CustomerProfile", text)


def initials(name: str) -> str:
    words = [w for w in name.split() if w[:1].isalnum()]
    letters = "".join(w[0] for w in words[:2])
    return letters.upper() or "?"


def _label(text: str, name: str = "", *, wrap: bool = False, selectable: bool = False) -> QLabel:
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CustomerHeader(QWidget):
    """Initials, name, and what kind of customer: the top of the customer page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.avatar = _label("", "avatar")
        self.avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.avatar.setFixedSize(44, 44)
        self.name = _label("", "viewTitle", selectable=True)
        self.subtitle = _label("", "muted")
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.name)
        text.addWidget(self.subtitle)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addWidget(self.avatar)
        row.addLayout(text, 1)
        self.avatar.hide()

    def show_profile(self, p: CustomerProfile | None) -> None:
        self.avatar.setVisible(p is not None)
        if p is None:
            self.name.clear()
            self.subtitle.clear()
            return
        self.avatar.setText(initials(p.display_name))
        self.name.setText(p.display_name)
        kind = _tr("Business") if p.kind == "business" else _tr("Person")
        owner = _tr("Owner: {name}").format(name=user_name(p.owner_name)) if p.owner_name else ""
        self.subtitle.setText(" · ".join(x for x in (p.company, kind, owner) if x))


class ProfilePanel(QScrollArea):
    contacted = Signal(str, str)  # channel, whom (the number or address used)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profilePanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.profile: CustomerProfile | None = None
        self.lifetime_note: QLabel | None = None  # says that lifetime value counts purchases

    def show_profile(self, profile: CustomerProfile) -> None:
        """Build the panel afresh (the old contents go with the old body widget)."""
        self.profile = profile
        body = QWidget()
        body.setObjectName("profileBody")
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(20, 18, 16, 18)
        self._layout.setSpacing(16)
        self._fill(profile)
        self.setWidget(body)

    def _fill(self, profile: CustomerProfile) -> None:
        self._layout.addWidget(self._contact_section(profile))
        self._layout.addWidget(self._value_section(profile))
        if profile.tags:
            self._layout.addWidget(self._section(_tr("Tags"), [self._tag_row(profile.tags)]))
        self._layout.addWidget(self._deals_section(profile))
        self._layout.addWidget(self._tickets_section(profile))
        if profile.notes:
            self._layout.addWidget(
                self._section(_tr("Notes"), [_label(profile.notes, wrap=True, selectable=True)])
            )
        self._layout.addStretch(1)

    # --- sections -------------------------------------------------------------

    def _section(self, title: str, rows: list[QWidget]) -> QFrame:
        frame = QFrame()
        frame.setObjectName("profileSection")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(_label(title.upper(), "sectionTitle"))
        for row in rows:
            layout.addWidget(row)
        return frame

    def _action(self, name: str, tip: str, url: str, channel: str, whom: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName("contactAction")
        button.setIcon(icon(name))
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setProperty("url", url)
        button.clicked.connect(lambda: self._use(url, channel, whom))
        return button

    def _use(self, url: str, channel: str, whom: str) -> None:
        contact_links.open_link(url)
        self.contacted.emit(channel, whom)

    def _contact_row(self, icon_name: str, text: str, actions: list[QToolButton]) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        glyph = QLabel()
        glyph.setPixmap(icon(icon_name).pixmap(16, 16))
        glyph.setFixedWidth(22)
        layout.addWidget(glyph)
        layout.addWidget(_label(text, "contactValue", selectable=True), 1)
        for action in actions:
            layout.addWidget(action)
        return row

    def _contact_section(self, p: CustomerProfile) -> QFrame:
        rows: list[QWidget] = []
        for phone in p.phones:
            number = phone.e164 or phone.raw
            shown = phone_text(phone.e164) if phone.e164 else phone.raw
            actions = [
                self._action(
                    "call",
                    _tr("Call {number}").format(number=shown),
                    contact_links.tel_url(number),
                    "call",
                    shown,
                )
            ]
            if phone.e164:
                actions.append(
                    self._action(
                        "whatsapp",
                        _tr("WhatsApp {number}").format(number=shown),
                        contact_links.whatsapp_url(phone.e164),
                        "whatsapp",
                        shown,
                    )
                )
            actions.append(
                self._action(
                    "sms",
                    _tr("Text {number}").format(number=shown),
                    contact_links.sms_url(number),
                    "sms",
                    shown,
                )
            )
            rows.append(self._contact_row("call", shown, actions))
        for number in p.unverified_phones:  # kept as typed: shown, marked, nothing to click
            row = self._contact_row("call", _tr("{number} (not verified)").format(number=number), [])
            row.setObjectName("unverifiedPhone")
            row.setToolTip(
                _tr("This number could not be verified: it is kept as typed, never dialled or matched.")
            )
            rows.append(row)
        for email in p.emails:
            tip = _tr("Write to {address}").format(address=email)
            rows.append(
                self._contact_row(
                    "email",
                    email,
                    [self._action("email", tip, contact_links.mailto_url(email), "email", email)],
                )
            )
        for address in p.unverified_emails:
            row = self._contact_row("email", _tr("{address} (not verified)").format(address=address), [])
            row.setObjectName("unverifiedEmail")
            row.setToolTip(_tr("This address could not be verified: it is kept as typed, never written to."))
            rows.append(row)
        if p.facebook:
            url = contact_links.facebook_url(p.facebook)
            tip = _tr("Open their Facebook page")
            rows.append(
                self._contact_row(
                    "facebook", p.facebook, [self._action("facebook", tip, url, "facebook", p.facebook)]
                )
            )
        place = ", ".join(x for x in (p.address, p.city) if x)
        if place:
            rows.append(self._contact_row("visit", place, []))
        if not rows:
            rows.append(
                _label(_tr("No phone or email yet. Edit the customer to add one."), "muted", wrap=True)
            )
        return self._section(_tr("Contact"), rows)

    def _value_section(self, p: CustomerProfile) -> QFrame:
        self.lifetime_note = None
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        last = p.last_purchase
        facts: list[tuple[str, str]] = [
            (_tr("Lifetime value"), money_text(p.lifetime_value_minor, p.lifetime_value_currency)),
            (
                _tr("Last purchase"),
                _tr("{amount} on {date}").format(
                    amount=money_text(last.amount_minor, last.currency), date=date_text(last.at)
                )
                if last
                else _tr("None yet"),
            ),
            (_tr("Last contact"), relative_text(p.last_contact_at) if p.last_contact_at else _tr("Never")),
            (_tr("Customer since"), date_text(p.created_at)),
        ]
        counts_purchases = _tr(
            "Lifetime value adds up this customer's purchases, refunds taken off. A won deal counts "
            "once its sale is recorded as a purchase."
        )
        for row, (name, value) in enumerate(facts):
            name_label = _label(name, "muted")
            value_label = _label(value, "factValue" if row == 0 else "", wrap=True)
            if row == 0:
                name_label.setToolTip(counts_purchases)
                value_label.setToolTip(counts_purchases)
            grid.addWidget(name_label, row, 0)
            grid.addWidget(value_label, row, 1)
        grid.setColumnStretch(1, 1)
        rows: list[QWidget] = [grid_host]
        if not p.lifetime_value_minor:  # "৳0.00" beside a won deal needs the why said
            self.lifetime_note = _label(counts_purchases, "muted", wrap=True)
            rows.append(self.lifetime_note)
        return self._section(_tr("Value"), rows)

    def _tag_row(self, tags: list[str]) -> QWidget:
        host = QWidget()
        layout = QHBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for tag in tags:
            layout.addWidget(_label(tag, "tagChip"))
        layout.addStretch(1)
        return host

    def _list_section(
        self, title: str, empty: str, items: list[tuple[str, str]], badge: Callable[[int], str]
    ) -> QFrame:
        rows: list[QWidget] = []
        for i, (text, right) in enumerate(items):
            row = QWidget()
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(_label(text, wrap=True), 1)
            if right:
                layout.addWidget(_label(right, "muted"))
            tag = badge(i)
            if tag:
                layout.addWidget(_label(tag, "statusChip"))
            rows.append(row)
        if not rows:
            rows.append(_label(empty, "muted"))
        return self._section(f"{title} ({len(items)})" if items else title, rows)

    def _deals_section(self, p: CustomerProfile) -> QFrame:
        items = [
            (d.title, money_text(d.value_minor, d.currency) if d.value_minor else "") for d in p.open_deals
        ]
        return self._list_section(
            _tr("Open deals"), _tr("No open deals."), items, lambda i: stage_name(p.open_deals[i].stage)
        )

    def _tickets_section(self, p: CustomerProfile) -> QFrame:
        items = [(t.subject, "") for t in p.open_tickets]
        return self._list_section(
            _tr("Open tickets"),
            _tr("No open tickets."),
            items,
            lambda i: status_label(p.open_tickets[i].status),
        )
