"""Matching existing customers: create, update or skip; the same file twice changes nothing."""

from __future__ import annotations

import pytest

from crm_desktop.db.store import Store
from crm_desktop.services.customers import CustomerInput, create_customer
from tests.core.importing.conftest import counts, dump, problems, rows, run

FILE = (
    "Name,Phone,Email,Tags,City,Notes,Birthday,Source\n"
    'Rahim Uddin,01712345678,rahim@example.com,"VIP, Retail",Dhaka,first,25/12/1980,Facebook\n'
    "করিম মিয়া,01812345678 ::: 01912345678,,Wholesale,চট্টগ্রাম,,,\n"
    "Salma Begum,,salma@example.com,,,,,\n"
).encode()


def test_the_same_file_twice_changes_nothing_the_second_time(store: Store) -> None:
    assert counts(run(FILE)) == (3, 0, 0, 0)
    before = dump(store)
    again = run(FILE)
    assert counts(again) == (0, 0, 3, 0)
    assert again.counts.unchanged == 3
    assert again.status == "unchanged" and again.batch_id is None
    assert dump(store) == before
    assert rows(store, "SELECT count(*) FROM import_batch") == [(1,)]


@pytest.mark.parametrize("on_match", ["update", "skip", "create"])
def test_matches_by_email_or_phone_follow_the_choice(store: Store, on_match: str) -> None:
    rahim = create_customer(
        CustomerInput(display_name="Rahim", emails=["RAHIM@example.com"], notes="old")
    ).value
    karim = create_customer(CustomerInput(display_name="করিম", phones=["+880 1912-345678"])).value
    result = run(FILE, on_match=on_match)
    if on_match == "update":
        assert counts(result) == (1, 2, 0, 0)
        assert rows(
            store, "SELECT display_name, notes, tag_names, city FROM customer WHERE id = ?", rahim
        ) == [("Rahim Uddin", "first", "VIP, Retail", "Dhaka")]
        # the phone already there stays first; the file's other phone is added after it
        assert rows(
            store, "SELECT e164 FROM customer_phone WHERE customer_id = ? ORDER BY position", karim
        ) == [
            ("+8801912345678",),
            ("+8801812345678",),
        ]
        assert rows(store, "SELECT email FROM customer_email WHERE customer_id = ?", rahim) == [
            ("RAHIM@example.com",)
        ]
    elif on_match == "skip":
        assert counts(result) == (1, 0, 2, 0)
        assert rows(store, "SELECT display_name, notes FROM customer WHERE id = ?", rahim) == [
            ("Rahim", "old")
        ]
    else:
        assert counts(result) == (3, 0, 0, 0)
        assert rows(store, "SELECT count(*) FROM customer") == [(5,)]


def test_a_blank_cell_never_erases_what_is_stored(store: Store) -> None:
    run(FILE)
    result = run(b"Email,City,Notes\nrahim@example.com,,\n")
    assert counts(result) == (0, 0, 1, 0)
    assert rows(store, "SELECT city, notes FROM customer WHERE primary_email = 'rahim@example.com'") == [
        ("Dhaka", "first")
    ]


def test_match_on_external_id_only(store: Store) -> None:
    run(b"ID,Name,Email\nA-1,Rahim,rahim@example.com\n")
    result = run(b"ID,Name,Email\nA-1,Rahim Uddin,other@example.com\nA-2,Rahim,rahim@example.com\n",
                 match=("external_id",))  # fmt: skip
    assert counts(result) == (1, 1, 0, 0)
    assert rows(store, "SELECT external_id, display_name, primary_email FROM customer ORDER BY id") == [
        ("A-1", "Rahim Uddin", "rahim@example.com"),
        ("A-2", "Rahim", "rahim@example.com"),
    ]


def test_duplicates_inside_the_file_are_merged_not_doubled(store: Store) -> None:
    raw = (
        b"Name,Phone,Email,Tags\n"
        b"Rahim,01712345678,,VIP\n"
        b"Rahim Uddin,+880 1712-345678,rahim@example.com,Retail\n"  # same phone as line 2
        b"R. Uddin,,RAHIM@example.com,\n"  # same email as line 3, so the same customer
    )
    result = run(raw)
    assert counts(result) == (1, 0, 2, 0)
    assert result.counts.merged == 2
    assert [(n.line, n.reason) for n in result.notes] == [
        (3, "repeats the customer of line 2 (same phone); merged into it"),
        (4, "repeats the customer of line 2 (same email); merged into it"),
    ]
    assert rows(store, "SELECT display_name, tag_names, primary_email FROM customer") == [
        ("R. Uddin", "VIP, Retail", "rahim@example.com")
    ]
    assert rows(store, "SELECT count(*) FROM customer_phone") == [(1,)]


def test_a_file_that_names_one_customer_twice_differently_and_back_is_unchanged(store: Store) -> None:
    run(b"Name,Phone\nRahim Uddin,01712345678\n")
    before = dump(store)
    result = run(b"Name,Phone\nRahim,01712345678\nRahim Uddin,01712345678\n")
    assert counts(result) == (0, 0, 2, 0)
    assert dump(store) == before


def test_an_email_shared_by_two_customers_is_reported_not_guessed(store: Store) -> None:
    first = create_customer(CustomerInput(display_name="A", emails=["shared@example.com"])).value
    second = create_customer(CustomerInput(display_name="A", emails=["shared@example.com"])).value
    result = run(b"Name,Email\nA,shared@example.com\n", skip_invalid=True)
    assert counts(result) == (0, 0, 0, 1)
    assert problems(result) == [(2, "Email")]
    assert result.problems[0].reason == (
        f"Email 'shared@example.com' belongs to 2 customers (ids {first}, {second}); "
        "merge them first or match on another column"
    )


def test_an_email_shared_by_people_of_other_names_adds_a_customer(store: Store) -> None:
    create_customer(CustomerInput(display_name="A", emails=["shared@example.com"]))
    create_customer(CustomerInput(display_name="B", emails=["shared@example.com"]))
    result = run(b"Name,Email\nC,shared@example.com\n")
    assert counts(result) == (1, 0, 0, 0)
    assert [(n.line, n.column) for n in result.notes] == [(2, "Email")]
    assert result.notes[0].reason.startswith(
        "shares the email 'shared@example.com' with 'A' but the names differ"
    )
    assert rows(store, "SELECT display_name FROM customer ORDER BY id") == [("A",), ("B",), ("C",)]


def test_custom_fields_and_notes_policy_for_unmapped_columns(store: Store) -> None:
    from crm_desktop.importing import ImportFile, ImportOptions, run_import
    from crm_desktop.io import build_mapping

    raw = b"Name,Blood group,Shoe size\nRahim,B+,42\n"
    run(raw)
    assert rows(store, "SELECT key, value FROM custom_field ORDER BY id") == [
        ("Blood group", "B+"),
        ("Shoe size", "42"),
    ]
    mapping = build_mapping(["Name", "Blood group", "Shoe size"], "customers", extra="notes")
    run_import(ImportFile(b"Name,Blood group,Shoe size\nKarim,O-,40\n"), ImportOptions(mapping=mapping))
    assert rows(store, "SELECT notes FROM customer WHERE display_name = 'Karim'") == [
        ("Blood group: O-\nShoe size: 40",)
    ]


def test_rows_without_any_identity_are_rejected(store: Store) -> None:
    result = run(b"Name,City\n,Dhaka\nRahim,\n", skip_invalid=True)
    assert counts(result) == (1, 0, 0, 1)
    assert [(p.line, p.column, p.reason) for p in result.problems] == [
        (2, None, "a customer needs a name, a company, a phone or an email")
    ]


def test_two_rows_far_apart_that_change_a_customer_and_change_it_back(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_desktop.importing import engine

    monkeypatch.setattr(engine, "CHUNK_ROWS", 2)
    run(b"Name,Phone\nRahim Uddin,01712345678\n")
    before = dump(store)
    raw = b"Name,Phone\nRahim,01712345678\nKarim,01812345678\nSalma,01912345678\nRahim Uddin,01712345678\n"
    result = run(raw)
    assert counts(result) == (2, 0, 2, 0)
    assert result.counts.unchanged == 1 and result.counts.merged == 1
    assert rows(
        store, "SELECT count(*) FROM import_change WHERE entity = 'customer' AND action = 'updated'"
    ) == [(0,)]
    after = dump(store)
    assert after["customer"][0] == before["customer"][0]
