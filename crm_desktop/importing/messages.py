"""Every sentence the import engine says about a file, its rows and its undo.

Each one is marked with ``QT_TRANSLATE_NOOP`` (see :mod:`crm_desktop.translatable`):
at run time it is the English template as a :class:`Message`, and
``MESSAGE.format(value=...)`` gives a message that reads in English as
before (the command line, the rejected-rows file) and that the import window
says in Bengali. Words that go into a sentence ("the title", "customers")
are messages too, so they are translated with it.

A problem is always shown with its line number and column, so the texts
here say only *what* is wrong.
"""

from __future__ import annotations

from typing import Final

from crm_desktop.translatable import QT_TRANSLATE_NOOP, Message

NO_IDENTITY: Final = QT_TRANSLATE_NOOP(
    "ImportMessages", "a customer needs a name, a company, a phone or an email"
)
NAME_TOO_LONG: Final = QT_TRANSLATE_NOOP("ImportMessages", "the name is longer than {limit} characters")
TAG_TOO_LONG: Final = QT_TRANSLATE_NOOP(
    "ImportMessages", "the tag '{tag}…' is longer than {limit} characters"
)
BIRTHDAY_FUTURE: Final = QT_TRANSLATE_NOOP("ImportMessages", "the birthday {value} is in the future")
NOT_A_PHONE: Final = QT_TRANSLATE_NOOP("ImportMessages", "'{value}' is not a phone number")
NOT_A_PHONE_DIGITS: Final = QT_TRANSLATE_NOOP(
    "ImportMessages", "'{value}' is not a phone number (has the wrong number of digits)"
)
NOT_A_PHONE_BECAUSE: Final = QT_TRANSLATE_NOOP("ImportMessages", "'{value}' is not a phone number ({reason})")
NOT_AN_EMAIL: Final = QT_TRANSLATE_NOOP("ImportMessages", "'{value}' is not an email address ({reason})")
PHONE_NOT_VALID: Final = QT_TRANSLATE_NOOP(
    "ImportMessages", "'{value}' is not a phone number in use in {region} (write it with its country code)"
)
KEPT_UNVERIFIED: Final = QT_TRANSLATE_NOOP(
    "ImportMessages", "{reason}; kept as written in '{field}', not verified and not used for matching"
)
KEPT_AS_WRITTEN: Final = QT_TRANSLATE_NOOP("ImportMessages", "{reason}; kept as written in '{field}'")
OWNER_NOT_A_USER: Final = QT_TRANSLATE_NOOP(
    "ImportMessages", "there is no user called '{value}'; kept in '{field}', no user was created"
)
OWNER_LEFT_OUT: Final = QT_TRANSLATE_NOOP(
    "ImportMessages", "there is no user called '{value}'; the deal has no owner, no user was created"
)
SAME_KEY_OTHER_NAME: Final = QT_TRANSLATE_NOOP(
    "ImportMessages",
    "shares {what} '{value}' with '{other}' but the names differ; imported as a separate customer "
    "(see Duplicates…)",
)
NAME_CHANGED: Final = QT_TRANSLATE_NOOP(
    "ImportMessages", "the name of customer {id} changes from '{old}' to '{new}'"
)
PLACEHOLDERS_EMPTY: Final = QT_TRANSLATE_NOOP(
    "ImportMessages",
    "{count} cells held only a placeholder such as '-', 'N/A' or 'null' and were read as empty.",
)
ALREADY_IMPORTED: Final = QT_TRANSLATE_NOOP(
    "ImportMessages", "This file was imported on {date} (batch {batch})."
)
UNKNOWN_KIND: Final = QT_TRANSLATE_NOOP(
    "ImportMessages", "'{value}' is not a kind of customer; use person or business"
)
UNKNOWN_CHANNEL: Final = QT_TRANSLATE_NOOP(
    "ImportMessages", "'{value}' is not a channel; use one of {choices}"
)
UNKNOWN_DIRECTION: Final = QT_TRANSLATE_NOOP("ImportMessages", "'{value}' is not a direction; use in or out")
UNKNOWN_CURRENCY: Final = QT_TRANSLATE_NOOP(
    "ImportMessages", "'{value}' is not a currency code such as BDT or USD"
)
UNKNOWN_STAGE: Final = QT_TRANSLATE_NOOP(
    "ImportMessages", "there is no pipeline stage called '{value}'; stages are: {choices}"
)
NO_OPEN_STAGE: Final = QT_TRANSLATE_NOOP(
    "ImportMessages", "there is no open pipeline stage to put the deal in"
)
AMBIGUOUS_MATCH: Final = QT_TRANSLATE_NOOP(
    "ImportMessages",
    "{what} '{value}' belongs to {count} customers (ids {ids}); merge them first or match on another column",
)
AMBIGUOUS_CUSTOMER: Final = QT_TRANSLATE_NOOP(
    "ImportMessages",
    "{what} '{value}' belongs to {count} customers (ids {ids}), so the row cannot be linked to one",
)
NO_CUSTOMER: Final = QT_TRANSLATE_NOOP("ImportMessages", "no customer has {what} '{value}'")
NO_CUSTOMER_COLUMN: Final = QT_TRANSLATE_NOOP(
    "ImportMessages", "the row names no customer (no customer email, phone or ID)"
)
REQUIRED: Final = QT_TRANSLATE_NOOP("ImportMessages", "{what} is required")
CHARACTER_REPLACED: Final = QT_TRANSLATE_NOOP(
    "ImportMessages", "an invisible control character or half a character was replaced"
)
SHORT_ROW: Final = QT_TRANSLATE_NOOP(
    "ImportMessages", "the row has {count} fields, the header {expected}; the missing ones were read as empty"
)
NOT_A_SALE: Final = QT_TRANSLATE_NOOP(
    "ImportMessages", "the payment is '{value}', so it is no sale; not imported"
)
NOT_A_QUANTITY: Final = QT_TRANSLATE_NOOP("ImportMessages", "'{value}' is not a quantity")
AMOUNT_ZERO: Final = QT_TRANSLATE_NOOP("ImportMessages", "the amount is zero")
VALUE_NEGATIVE: Final = QT_TRANSLATE_NOOP("ImportMessages", "a deal's value cannot be negative")
NOTE_EMPTY: Final = QT_TRANSLATE_NOOP("ImportMessages", "a note needs some text")
TOO_LONG: Final = QT_TRANSLATE_NOOP("ImportMessages", "the text is longer than {limit} characters")
DUPLICATE_MERGED: Final = QT_TRANSLATE_NOOP(
    "ImportMessages", "repeats the {kind} of line {line} (same {key}); merged into it"
)

# whole-file messages (ImportRefused)
NOTHING_MAPPED: Final = QT_TRANSLATE_NOOP(
    "ImportMessages", "No column is mapped to a field of {entity}; choose at least one column to import."
)
MAPPING_IS_FOR: Final = QT_TRANSLATE_NOOP("ImportMessages", "The mapping is for {saved}, not {entity}.")
EMPTY_FILE: Final = QT_TRANSLATE_NOOP("ImportMessages", "The file has no rows to import.")
NO_CARDS: Final = QT_TRANSLATE_NOOP("ImportMessages", "The file holds no contacts.")
DATABASE_REFUSED: Final = QT_TRANSLATE_NOOP(
    "ImportMessages",
    "The database refused a row ({detail}); nothing was imported. The file was read up to line {line}.",
)
ROWS_HAVE_PROBLEMS: Final = QT_TRANSLATE_NOOP(
    "ImportMessages",
    "{count} row(s) have problems, so nothing was imported. Fix them, or import the other "
    "rows and save the rejected ones to a file (skip invalid rows).",
)
COLUMN_NOT_IMPORTED: Final = QT_TRANSLATE_NOOP(
    "ImportMessages", "The column '{header}' is not imported: {entity} have no place for it."
)
DEAL_NOTES_DROPPED: Final = QT_TRANSLATE_NOOP(
    "ImportMessages", "Deals have no notes field, so the column '{header}' is not imported."
)
CANCELLED: Final = QT_TRANSLATE_NOOP("ImportMessages", "The import was cancelled; nothing was changed.")
UNKNOWN_MAPPING: Final = QT_TRANSLATE_NOOP("ImportMessages", "There is no saved mapping called '{name}'.")
MAPPING_OTHER_ENTITY: Final = QT_TRANSLATE_NOOP(
    "ImportMessages", "The saved mapping '{name}' is for {saved}, not {entity}."
)
MAPPING_NAME_EMPTY: Final = QT_TRANSLATE_NOOP("ImportMessages", "A saved mapping needs a name.")

# undo
NO_BATCH: Final = QT_TRANSLATE_NOOP("ImportMessages", "There is no import number {batch_id}.")
ALREADY_UNDONE: Final = QT_TRANSLATE_NOOP("ImportMessages", "Import {batch_id} was already undone on {when}.")
EDITED_AFTER: Final = QT_TRANSLATE_NOOP("ImportMessages", "{what} (id {row_id}) was edited after the import")
HAS_NEWER_RECORDS: Final = QT_TRANSLATE_NOOP(
    "ImportMessages", "{what} (id {row_id}) has records added after the import ({kinds})"
)
LATER_IMPORT: Final = QT_TRANSLATE_NOOP(
    "ImportMessages", "{what} (id {row_id}) was changed again by import {later}; undo that one first"
)
UNDO_CONFLICTS: Final = QT_TRANSLATE_NOOP(
    "ImportMessages",
    "Import {batch_id} cannot be undone safely: {count} row(s) changed after it. {first}. "
    "Undo anyway to put the imported rows back as they were (those changes are lost; "
    "customers with newer records are kept).",
)

# words that go into the sentences above
ENTITY_WORDS: Final[dict[str, Message]] = {
    "customers": QT_TRANSLATE_NOOP("ImportMessages", "customers"),
    "purchases": QT_TRANSLATE_NOOP("ImportMessages", "purchases"),
    "deals": QT_TRANSLATE_NOOP("ImportMessages", "deals"),
    "interactions": QT_TRANSLATE_NOOP("ImportMessages", "interactions"),
    "tasks": QT_TRANSLATE_NOOP("ImportMessages", "tasks"),
    "tickets": QT_TRANSLATE_NOOP("ImportMessages", "tickets"),
}
THING_WORDS: Final[dict[str, Message]] = {  # one row of a table (DUPLICATE_MERGED's {kind})
    "customer": QT_TRANSLATE_NOOP("ImportMessages", "customer"),
    "purchase": QT_TRANSLATE_NOOP("ImportMessages", "purchase"),
    "deal": QT_TRANSLATE_NOOP("ImportMessages", "deal"),
    "interaction": QT_TRANSLATE_NOOP("ImportMessages", "interaction"),
}
ROW_LABELS: Final[dict[str, Message]] = {  # a row named at the start of an undo conflict
    "customer": QT_TRANSLATE_NOOP("ImportMessages", "Customer"),
    "purchase": QT_TRANSLATE_NOOP("ImportMessages", "Purchase"),
    "deal": QT_TRANSLATE_NOOP("ImportMessages", "Deal"),
    "interaction": QT_TRANSLATE_NOOP("ImportMessages", "Interaction"),
}
NAMED_ROW_LABELS: Final[dict[str, Message]] = {
    "customer": QT_TRANSLATE_NOOP("ImportMessages", "Customer '{name}'"),
    "deal": QT_TRANSLATE_NOOP("ImportMessages", "Deal '{name}'"),
}
KEY_WORDS: Final[dict[str, Message]] = {  # what a customer is matched by (DUPLICATE_MERGED's {key})
    "external_id": QT_TRANSLATE_NOOP("ImportMessages", "external ID"),
    "email": QT_TRANSLATE_NOOP("ImportMessages", "email"),
    "phone": QT_TRANSLATE_NOOP("ImportMessages", "phone"),
    "deal": QT_TRANSLATE_NOOP("ImportMessages", "deal"),
    "details": QT_TRANSLATE_NOOP("ImportMessages", "details"),
}
MATCH_WORDS: Final[dict[str, Message]] = {  # at the start of AMBIGUOUS_MATCH / AMBIGUOUS_CUSTOMER
    "external_id": QT_TRANSLATE_NOOP("ImportMessages", "External ID"),
    "email": QT_TRANSLATE_NOOP("ImportMessages", "Email"),
    "phone": QT_TRANSLATE_NOOP("ImportMessages", "Phone"),
}
THE_WORDS: Final[dict[str, Message]] = {  # NO_CUSTOMER's and REQUIRED's {what}
    "external_id": QT_TRANSLATE_NOOP("ImportMessages", "the ID"),
    "email": QT_TRANSLATE_NOOP("ImportMessages", "the email"),
    "phone": QT_TRANSLATE_NOOP("ImportMessages", "the phone"),
    "title": QT_TRANSLATE_NOOP("ImportMessages", "the title"),
    "date": QT_TRANSLATE_NOOP("ImportMessages", "the date"),
    "amount": QT_TRANSLATE_NOOP("ImportMessages", "the amount"),
}


def word(table: dict[str, Message], key: str) -> str:
    """``table[key]``, or the key itself for one the table lacks."""
    return table.get(key, key)
