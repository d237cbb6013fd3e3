"""Words the import screens show for the engine's names (fields, kinds, choices)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportLabels", text)


def entity_labels() -> dict[str, str]:
    return {
        "customers": tr("Customers"),
        "purchases": tr("Purchases (sales)"),
        "deals": tr("Deals"),
        "interactions": tr("Interactions (calls, messages, visits)"),
    }


def field_label(name: str) -> str:
    labels = {
        "display_name": tr("Name"),
        "given_name": tr("Given name"),
        "family_name": tr("Family name"),
        "company": tr("Company"),
        "phone": tr("Phone"),
        "email": tr("Email"),
        "address": tr("Address"),
        "city": tr("City"),
        "birthday": tr("Birthday"),
        "source": tr("Source"),
        "interests": tr("Interests"),
        "notes": tr("Notes"),
        "tags": tr("Tags"),
        "external_id": tr("External ID"),
        "kind": tr("Person or business"),
        "facebook": tr("Facebook"),
        "owner": tr("Owner (staff)"),
        "created_at": tr("Created on"),
        "purchase_date": tr("Date"),
        "amount": tr("Amount"),
        "currency": tr("Currency"),
        "description": tr("Description"),
        "reference": tr("Receipt number"),
        "customer_email": tr("Customer's email"),
        "customer_phone": tr("Customer's phone"),
        "customer_external_id": tr("Customer's ID"),
        "title": tr("Title"),
        "value": tr("Value"),
        "stage": tr("Stage"),
        "expected_close": tr("Expected close"),
        "channel": tr("Channel"),
        "direction": tr("In or out"),
        "occurred_at": tr("Date and time"),
        "subject": tr("Subject"),
        "body": tr("Text"),
    }
    return labels.get(name, name)


def match_choices() -> list[tuple[str, tuple[str, ...]]]:
    return [
        (tr("ID, email or phone (recommended)"), ("external_id", "email", "phone")),
        (tr("Email only"), ("email",)),
        (tr("Phone only"), ("phone",)),
        (tr("ID only"), ("external_id",)),
        (tr("Never (always add new)"), ()),
    ]


def on_match_choices() -> list[tuple[str, str]]:
    return [
        (tr("Update it with the file's values"), "update"),
        (tr("Leave it as it is (skip the row)"), "skip"),
        (tr("Add a new one anyway"), "create"),
    ]


def extra_choices() -> list[tuple[str, str]]:
    return [
        (tr("Keep them as custom fields"), "custom_fields"),
        (tr("Add them to the notes"), "notes"),
        (tr("Leave them out"), "ignore"),
    ]


def day_first_choices() -> list[tuple[str, bool | None]]:
    return [
        (tr("Detect from the file (day first if unsure)"), None),
        (tr("Day first: 25/12/2024"), True),
        (tr("Month first: 12/25/2024"), False),
    ]


ENCODINGS = (
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "cp1252",
    "latin-1",
    "cp1251",
    "gb18030",
)
DELIMITERS = ((",", "comma"), (";", "semicolon"), ("\t", "tab"), ("|", "pipe"))


def delimiter_label(delimiter: str) -> str:
    names = {",": tr("Comma ( , )"), ";": tr("Semicolon ( ; )"), "\t": tr("Tab"), "|": tr("Pipe ( | )")}
    return names.get(delimiter, repr(delimiter))
