"""Add or edit a customer. Problems show under the field they are about; nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCollator
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from crm_desktop.contact_points import ContactPointError, digits_only, normalize_email, parse_phone
from crm_desktop.locale import ParseError, parse_date
from crm_desktop.services import customers
from crm_desktop.services.changes import Outcome
from crm_desktop.services.conflicts import ConflictError
from crm_desktop.services.customer_list import owners
from crm_desktop.services.customers import CustomerInput
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.settings import phone_region
from ui.context import AppContext
from ui.customers.formatting import formatter
from ui.dialogs.fields import FormDialog, MultiValueField
from ui.i18n import translated_error, user_name


def _problem(check: Callable[[str], object]) -> Callable[[str], str | None]:
    def run(text: str) -> str | None:
        try:
            check(text)
        except ContactPointError as exc:
            return translated_error(exc)
        return None

    return run


class CustomerDialog(FormDialog):
    """``customer_id=None`` adds a new customer; ``saved`` carries its id."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, customer_id: int | None = None
    ) -> None:
        title = self.tr("New customer") if customer_id is None else self.tr("Edit customer")
        super().__init__(ctx, parent, title, columns=2)
        self.customer_id = customer_id
        self.region = phone_region()
        self.loaded = customers.load_input(customer_id) if customer_id is not None else CustomerInput()
        self.setMinimumWidth(860)
        self._build()
        self._fill(self.loaded)

    def _build(self) -> None:
        self.name = self.add_field("display_name", self.tr("Name"), QLineEdit())
        self.name.setPlaceholderText(self.tr("e.g. Rahim Uddin or রহিম উদ্দিন"))
        self.kind = self.add_field("kind", self.tr("Kind"), QComboBox())
        self.kind.addItem(self.tr("Person"), "person")
        self.kind.addItem(self.tr("Business"), "business")
        self.company = self.add_field("company", self.tr("Company"), QLineEdit())
        self.phones = self.add_field(
            "phones",
            self.tr("Phones"),
            MultiValueField(
                placeholder=self.tr("e.g. 01712-345678"),
                add_text=self.tr("Add another phone"),
                check=self._phone_problem,
                note=self._phone_note,
            ),
        )
        self.emails = self.add_field(
            "emails",
            self.tr("Emails"),
            MultiValueField(
                placeholder=self.tr("name@example.com"),
                add_text=self.tr("Add another email"),
                note=self._email_note,
            ),
        )
        self.tags = self.add_field("tags", self.tr("Tags"), QLineEdit())
        self.tags.setPlaceholderText(self.tr("Separated by commas, e.g. VIP, Wholesale"))

        self.facebook = self.add_field("facebook", self.tr("Facebook"), QLineEdit(), column=1)
        self.facebook.setPlaceholderText(self.tr("Profile link or username"))
        self.address = self.add_field("address", self.tr("Address"), QLineEdit(), column=1)
        self.city = self.add_field("city", self.tr("City"), QLineEdit(), column=1)
        self.birthday = self.add_field("birthday", self.tr("Birthday"), QLineEdit(), column=1)
        self.birthday.setPlaceholderText(self.tr("Day/month/year, optional"))
        self.source = self.add_field("source", self.tr("Source"), QLineEdit(), column=1)
        self.source.setPlaceholderText(self.tr("How they found you, e.g. Facebook page"))
        self.owner = self.add_field("owner_id", self.tr("Owner"), QComboBox(), column=1)
        self._fill_owners()
        self.notes = self.add_field("notes", self.tr("Notes"), QPlainTextEdit(), column=1)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(84)

    # A number or address we cannot verify is saved as typed, marked "not verified" (issue 15):
    # a note under its line, not an error. Only a "phone" without a digit is refused.
    def _phone_problem(self, text: str) -> str | None:
        return None if digits_only(text) else _problem(lambda t: parse_phone(t, self.region))(text)

    def _phone_note(self, text: str) -> str | None:
        reason = _problem(lambda t: parse_phone(t, self.region))(text)
        if reason is None or not digits_only(text):
            return None
        return self.tr(
            "{reason} It will be saved as typed, marked “not verified”, and never dialled or matched."
        ).format(reason=reason)

    def _email_note(self, text: str) -> str | None:
        reason = _problem(normalize_email)(text)
        if reason is None:
            return None
        return self.tr(
            "{reason} It will be saved as typed, marked “not verified”, and never written to."
        ).format(reason=reason)

    def _fill_owners(self) -> None:
        people = [(user_id, user_name(name)) for user_id, name in owners()]
        collator = QCollator()
        self.owner.addItem(self.tr("Nobody"), None)
        for user_id, name in sorted(people, key=lambda p: collator.sortKey(p[1])):
            self.owner.addItem(name, user_id)
        if len(people) <= 1 and self.loaded.owner_id is None:  # a one-person shop: no choice to make
            field = self.fields["owner_id"]
            self.forms[1].setRowVisible(field, False)

    def _fill(self, data: CustomerInput) -> None:
        self.name.setText(data.display_name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        self.company.setText(data.company)
        self.phones.set_values(data.phones)
        self.emails.set_values(data.emails)
        self.tags.setText(", ".join(data.tags))
        self.facebook.setText(data.facebook)
        self.address.setText(data.address)
        self.city.setText(data.city)
        self.birthday.setText(formatter().date(data.birthday, "short") if data.birthday else "")
        self.source.setText(data.source)
        self.owner.setCurrentIndex(max(0, self.owner.findData(data.owner_id)))
        self.notes.setPlainText(data.notes)

    # --- saving ---------------------------------------------------------------

    def _birthday(self) -> date | None:
        text = self.birthday.text().strip()
        if not text:
            return None
        try:
            return parse_date(text, day_first=formatter().day_first)
        except ParseError as exc:
            raise ValidationError.single("birthday", str(exc)) from exc

    def input(self) -> CustomerInput:
        return CustomerInput(
            display_name=self.name.text(),
            given_name=self.loaded.given_name,
            family_name=self.loaded.family_name,
            kind=str(self.kind.currentData()),
            company=self.company.text(),
            phones=self.phones.values(),
            emails=self.emails.values(),
            address=self.address.text(),
            city=self.city.text(),
            birthday=self._birthday(),
            source=self.source.text(),
            interests=self.loaded.interests,
            notes=self.notes.toPlainText(),
            facebook=self.facebook.text(),
            tags=self.tags.text().split(","),
            owner_id=self.owner.currentData(),
            external_id=self.loaded.external_id,
            custom_fields=dict(self.loaded.custom_fields),
        )

    def operation(self) -> Callable[[], Outcome[Any]]:
        data, region, customer_id, opened = self.input(), self.region, self.customer_id, self.loaded
        if customer_id is None:
            return lambda: customers.create_customer(data, region=region)
        # a field another window changed meanwhile is kept; one both changed refuses the save
        return lambda: customers.update_customer(customer_id, data, region=region, expected=opened)

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, ConflictError) and isinstance(error.current, CustomerInput):
            # the other's changes to fields not touched here are shown; saving again keeps what
            # is typed here in the fields both changed (the user has seen both values)
            self.loaded = error.current
            if isinstance(error.merged, CustomerInput):
                self._fill(error.merged)
        super()._refused(error)
