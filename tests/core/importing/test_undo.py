"""Undoing an import as a whole: the exact previous state, or a clear refusal."""

from __future__ import annotations

from datetime import datetime

import pytest

from crm_desktop.db.store import Store
from crm_desktop.demo import generate
from crm_desktop.importing import ImportRefused, UndoConflict, list_batches, undo_import
from crm_desktop.services import customers as customer_service
from crm_desktop.services.customers import CustomerInput, create_customer, load_input, update_customer
from crm_desktop.services.interactions import log_interaction
from tests.core.importing.conftest import counts, dump, rows, run

FILE = (
    b"Name,Phone,Email,Tags,Owner,Blood group\n"
    b'Rahim Uddin,01712345678,rahim@example.com,"VIP, New tag",New Staff,B+\n'
    b"Karim,01812345678,,Wholesale,,\n"
)


@pytest.fixture
def shop(store: Store) -> Store:
    generate(store, customers=60, seed=7)
    return store


def _later(monkeypatch: pytest.MonkeyPatch) -> None:
    """Edits made after the import happen at a later second."""
    monkeypatch.setattr(customer_service, "utcnow", lambda: datetime(2099, 1, 1, 12, 0, 0))


def test_undo_restores_the_exact_previous_state(shop: Store) -> None:
    existing_email, name = rows(
        shop,
        "SELECT e.email, c.display_name FROM customer_email e JOIN customer c ON c.id = e.customer_id "
        "ORDER BY e.id LIMIT 1",
    )[0]
    before = dump(shop)
    raw = FILE + f"{name},,{existing_email},Another,,O-\n".encode()
    result = run(raw)
    assert counts(result) == (2, 1, 0, 0)
    assert dump(shop) != before
    outcome = undo_import(result.batch_id)
    # "VIP" and "Wholesale" existed; the owner the file names is no user, and none is created
    assert outcome.value.deleted == {"customer": 2, "tag": 2}
    assert outcome.value.restored == {"customer": 1}
    assert dump(shop) == before
    batch = list_batches()[0]
    assert batch.id == result.batch_id and batch.undone_at is not None
    with pytest.raises(ImportRefused, match="already undone"):
        undo_import(result.batch_id)


def test_undo_refuses_when_a_row_was_edited_after_the_import(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = run(FILE)
    rahim = rows(store, "SELECT id FROM customer WHERE display_name = 'Rahim Uddin'")[0][0]
    _later(monkeypatch)
    data = load_input(rahim)
    data.notes = "called on Sunday"
    update_customer(rahim, data)
    with pytest.raises(UndoConflict) as caught:
        undo_import(result.batch_id)
    assert caught.value.conflicts == [f"Customer 'Rahim Uddin' (id {rahim}) was edited after the import"]
    assert "cannot be undone safely" in str(caught.value)
    assert rows(store, "SELECT count(*) FROM customer") == [(2,)]  # nothing was undone
    undo_import(result.batch_id, force=True)
    assert rows(store, "SELECT count(*) FROM customer") == [(0,)]


def test_forced_undo_keeps_a_created_customer_that_has_newer_records(store: Store) -> None:
    result = run(FILE)
    karim = rows(store, "SELECT id FROM customer WHERE display_name = 'Karim'")[0][0]
    log_interaction(karim, "call", body="asked about prices")
    with pytest.raises(UndoConflict) as caught:
        undo_import(result.batch_id)
    assert caught.value.conflicts == [
        f"Customer 'Karim' (id {karim}) has records added after the import (interactions)"
    ]
    outcome = undo_import(result.batch_id, force=True)
    assert outcome.value.kept == caught.value.conflicts
    assert rows(store, "SELECT display_name FROM customer") == [("Karim",)]
    assert rows(store, "SELECT count(*) FROM interaction") == [(1,)]


def test_an_earlier_import_waits_for_the_later_one(store: Store) -> None:
    first = run(FILE)
    second = run(b"Email,City\nrahim@example.com,Sylhet\n")
    assert counts(second) == (0, 1, 0, 0)
    with pytest.raises(UndoConflict, match="changed again by import"):
        undo_import(first.batch_id)
    undo_import(second.batch_id)
    assert rows(store, "SELECT city FROM customer WHERE display_name = 'Rahim Uddin'") == [("",)]
    undo_import(first.batch_id)
    assert rows(store, "SELECT count(*) FROM customer") == [(0,)]


def test_a_tag_used_since_the_import_is_kept(store: Store) -> None:
    result = run(FILE)
    create_customer(CustomerInput(display_name="Other", tags=["New tag"]))
    undo_import(result.batch_id)
    assert rows(store, "SELECT name FROM tag ORDER BY name") == [("New tag",)]


def test_undo_of_an_unknown_batch(store: Store) -> None:
    with pytest.raises(ImportRefused, match="There is no import number 99"):
        undo_import(99)
