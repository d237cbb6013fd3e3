"""Every sentence the import engine says about a file, its rows and its undo.

English for now; kept in one place so a translation can replace them later.
A problem is always shown with its line number and column, so the texts
here say only *what* is wrong.
"""

from __future__ import annotations

from typing import Final

NO_IDENTITY: Final = "a customer needs a name, a company, a phone or an email"
NAME_TOO_LONG: Final = "the name is longer than {limit} characters"
TAG_TOO_LONG: Final = "the tag '{tag}…' is longer than {limit} characters"
BIRTHDAY_FUTURE: Final = "the birthday {value} is in the future"
NOT_A_PHONE: Final = "'{value}' is not a phone number{detail}"
NOT_AN_EMAIL: Final = "'{value}' is not an email address{detail}"
NOT_A_DATE: Final = "{reason}"
NOT_AN_AMOUNT: Final = "{reason}"
UNKNOWN_KIND: Final = "'{value}' is not a kind of customer; use person or business"
UNKNOWN_CHANNEL: Final = "'{value}' is not a channel; use one of {choices}"
UNKNOWN_DIRECTION: Final = "'{value}' is not a direction; use in or out"
UNKNOWN_CURRENCY: Final = "'{value}' is not a currency code such as BDT or USD"
UNKNOWN_STAGE: Final = "there is no pipeline stage called '{value}'; stages are: {choices}"
NO_OPEN_STAGE: Final = "there is no open pipeline stage to put the deal in"
AMBIGUOUS_MATCH: Final = (
    "{what} '{value}' belongs to {count} customers (ids {ids}); merge them first or match on another column"
)
AMBIGUOUS_CUSTOMER: Final = (
    "{what} '{value}' belongs to {count} customers (ids {ids}), so the row cannot be linked to one"
)
NO_CUSTOMER: Final = "no customer has {what} '{value}'"
NO_CUSTOMER_COLUMN: Final = "the row names no customer (no customer email, phone or ID)"
REQUIRED: Final = "{what} is required"
AMOUNT_ZERO: Final = "the amount is zero"
VALUE_NEGATIVE: Final = "a deal's value cannot be negative"
NOTE_EMPTY: Final = "a note needs some text"
TOO_LONG: Final = "the text is longer than {limit} characters"
DUPLICATE_MERGED: Final = "repeats the {kind} of line {line} (same {key}); merged into it"

# whole-file messages (ImportRefused)
NOTHING_MAPPED: Final = "No column is mapped to a field of {entity}; choose at least one column to import."
EMPTY_FILE: Final = "The file has no rows to import."
NO_CARDS: Final = "The file holds no contacts."
DATABASE_REFUSED: Final = (
    "The database refused a row ({detail}); nothing was imported. The file was read up to line {line}."
)
ROWS_HAVE_PROBLEMS: Final = (
    "{count} row(s) have problems, so nothing was imported. Fix them, or import the other "
    "rows and save the rejected ones to a file (skip invalid rows)."
)
COLUMN_NOT_IMPORTED: Final = "The column '{header}' is not imported: {entity} have no place for it."
DEAL_NOTES_DROPPED: Final = "Deals have no notes field, so the column '{header}' is not imported."
CANCELLED: Final = "The import was cancelled; nothing was changed."
UNKNOWN_MAPPING: Final = "There is no saved mapping called '{name}'."
MAPPING_OTHER_ENTITY: Final = "The saved mapping '{name}' is for {saved}, not {entity}."
MAPPING_NAME_EMPTY: Final = "A saved mapping needs a name."

# undo
NO_BATCH: Final = "There is no import number {batch_id}."
ALREADY_UNDONE: Final = "Import {batch_id} was already undone on {when}."
EDITED_AFTER: Final = "{what} (id {row_id}) was edited after the import"
HAS_NEWER_RECORDS: Final = "{what} (id {row_id}) has records added after the import ({kinds})"
LATER_IMPORT: Final = "{what} (id {row_id}) was changed again by import {later}; undo that one first"
UNDO_CONFLICTS: Final = (
    "Import {batch_id} cannot be undone safely: {count} row(s) changed after it. {first}. "
    "Undo anyway to put the imported rows back as they were (those changes are lost; "
    "customers with newer records are kept)."
)
