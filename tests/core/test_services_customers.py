"""Customers through the services: what is refused (and why, by field), what is
kept exactly as typed, and what the list, search and trash show afterwards."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

import pytest

from crm_desktop.db.models import (
    Customer,
    CustomerEmail,
    CustomerPhone,
    CustomerTag,
    CustomField,
    Deal,
    DealStageChange,
    Interaction,
    Purchase,
    Tag,
    Task,
    Ticket,
)
from crm_desktop.db.store import Store
from crm_desktop.search import search_customer_ids
from crm_desktop.services import stats
from crm_desktop.services.customer_list import (
    CustomerFilter,
    count_customers,
    customer_ids,
    customer_rows,
    tag_names,
)
from crm_desktop.services.customers import (
    CustomerInput,
    add_tags,
    create_customer,
    empty_trash,
    load_input,
    remove_tags,
    restore_customers,
    trash_customers,
    update_customer,
)
from crm_desktop.services.errors import NotFoundError, ValidationError
from crm_desktop.services.interactions import log_interaction
from crm_desktop.services.pipeline import DealInput, create_deal
from crm_desktop.services.purchases import record_purchase
from crm_desktop.services.tasks import TaskInput, create_task
from crm_desktop.services.tickets import open_ticket

COUNTED = (Customer, CustomerPhone, CustomerEmail, CustomerTag, CustomField, Tag)


def row_counts() -> dict[str, int]:
    return {m.__name__: m.select().count() for m in COUNTED}


def refused(data: CustomerInput, customer_id: int | None = None) -> ValidationError:
    """Call create (or update) expecting a refusal; check nothing was written."""
    before = row_counts()
    typed_before = load_input(customer_id) if customer_id else None
    with pytest.raises(ValidationError) as info:
        if customer_id is None:
            create_customer(data)
        else:
            update_customer(customer_id, data)
    assert row_counts() == before
    if customer_id is not None:
        assert load_input(customer_id) == typed_before
    return info.value


# --- refusals name the field -----------------------------------------------------


def test_a_customer_needs_something_to_call_them(store: Store) -> None:
    error = refused(CustomerInput())
    assert [(e.field, e.index) for e in error.errors] == [("display_name", None)]
    assert "name" in str(error)
    error = refused(CustomerInput(display_name="   ", phones=["  "], emails=[""]))
    assert [e.field for e in error.errors] == ["display_name"]


def test_the_second_bad_phone_is_named_with_its_index(store: Store) -> None:
    error = refused(CustomerInput(display_name="রহিম", phones=["01712345678", "none", "০১৮১২৩৪৫৬৭৮"]))
    [problem] = error.errors
    assert (problem.field, problem.index) == ("phones", 1)
    assert "'none'" in problem.message
    assert str(problem).startswith("phones 2:")


def test_the_index_of_a_bad_phone_counts_blank_rows_too(store: Store) -> None:
    """The edit form has one row per phone; a blank row still takes a place,
    so the index must point at the row the user sees as wrong."""
    error = refused(CustomerInput(display_name="রহিম", phones=["01712345678", "", "ask"]))
    assert [(e.field, e.index) for e in error.errors] == [("phones", 2)]
    error = refused(CustomerInput(display_name="রহিম", emails=["  ", "ok@example.com", "bad\x07@"]))
    assert [(e.field, e.index) for e in error.errors] == [("emails", 2)]


def test_every_problem_is_reported_at_once(store: Store) -> None:
    error = refused(
        CustomerInput(
            display_name="x" * 256,
            kind="alien",
            phones=["not a phone"],
            emails=["rahim\x07@", "ok@example.com", "@example.com\x00"],
            birthday=date.today() + timedelta(days=1),
            tags=["ঠিক আছে", "t" * 61],
            owner_id=999,
        )
    )
    got = {(e.field, e.index) for e in error.errors}
    assert got == {
        ("display_name", None),
        ("kind", None),
        ("phones", 0),
        ("emails", 0),
        ("emails", 2),
        ("birthday", None),
        ("tags", None),
        ("owner_id", None),
    }
    assert error.for_field("emails")[1].index == 2
    assert "999" in error.for_field("owner_id")[0].message
    assert "alien" in error.for_field("kind")[0].message


def test_a_refused_update_changes_nothing(store: Store) -> None:
    cid = create_customer(
        CustomerInput(display_name="রহিম", phones=["01712345678"], emails=["r@example.com"], tags=["VIP"])
    ).value
    error = refused(CustomerInput(display_name="রহিম উদ্দিন", phones=["no phone"], tags=["নতুন"]), cid)
    assert [e.field for e in error.errors] == ["phones"]
    assert search_customer_ids("রহিম উদ্দিন") == []
    assert tag_names() == ["VIP"]


def test_updating_a_trashed_or_missing_customer_is_not_found(store: Store) -> None:
    cid = create_customer(CustomerInput(display_name="রহিম")).value
    trash_customers([cid])
    with pytest.raises(NotFoundError):
        update_customer(cid, CustomerInput(display_name="নতুন"))
    with pytest.raises(NotFoundError):
        load_input(cid)
    with pytest.raises(NotFoundError):
        update_customer(12345, CustomerInput(display_name="নতুন"))
    assert Customer.get_by_id(cid).display_name == "রহিম"


# --- what is kept ------------------------------------------------------------------


def test_round_trip_keeps_what_was_typed(store: Store) -> None:
    typed = CustomerInput(
        display_name="রহিম উদ্দিন",
        given_name="রহিম",
        family_name="উদ্দিন",
        kind="business",
        company="রহিম ট্রেডার্স",
        phones=["01712-345678", "০১৮১২ ৩৪৫৬৭৮", "+1 415 555 2671"],
        emails=["Rahim.Uddin@Example.COM"],
        address="বাড়ি ১২, রোড ৪\nমিরপুর",
        city="ঢাকা",
        birthday=date(1985, 4, 14),
        source="Facebook",
        interests="চাল, ডাল",
        notes="বাকিতে কেনে\nমাসের শেষে দেয়",
        facebook="fb.com/rahim",
        tags=["পাইকারি", "VIP"],
        external_id="EXT-7",
        custom_fields={"NID": "1234567890", "ট্রেড লাইসেন্স": "TL-9"},
    )
    outcome = create_customer(typed)
    loaded = load_input(outcome.value)
    expected = CustomerInput(**{**typed.__dict__, "emails": ["Rahim.Uddin@example.com"]})
    assert loaded == expected
    # saving the dialog again without changes changes nothing
    update_customer(outcome.value, loaded)
    assert load_input(outcome.value) == expected


def test_phones_keep_the_typed_text_and_get_e164(store: Store) -> None:
    cid = create_customer(
        CustomerInput(display_name="A", phones=[" 01712-345678 ", "০১৮১২৩৪৫৬৭৮", "+8801712345678"])
    ).value
    rows = [(p.raw_text, p.e164) for p in CustomerPhone.select().order_by(CustomerPhone.position)]
    # the third is the first number again, written another way: kept once
    assert rows == [("01712-345678", "+8801712345678"), ("০১৮১২৩৪৫৬৭৮", "+8801812345678")]
    assert [p for p in load_input(cid).phones] == ["01712-345678", "০১৮১২৩৪৫৬৭৮"]


def test_emails_are_normalized_and_deduplicated(store: Store) -> None:
    cid = create_customer(
        CustomerInput(display_name="A", emails=[" Rahim@Example.COM ", "rahim@example.com", "b@Test.org"])
    ).value
    assert load_input(cid).emails == ["Rahim@example.com", "b@test.org"]


def test_tags_are_deduplicated_ignoring_case_and_spaces(store: Store) -> None:
    first = create_customer(
        CustomerInput(display_name="A", tags=["VIP", "vip", "  Wholesale   buyer "])
    ).value
    assert load_input(first).tags == ["VIP", "Wholesale buyer"]
    second = create_customer(CustomerInput(display_name="B", tags=["Vip", "wholesale buyer", "নতুন"])).value
    assert tag_names() == ["VIP", "Wholesale buyer", "নতুন"]  # existing tags reused, whatever the case
    assert load_input(second).tags == [
        "Vip",
        "wholesale buyer",
        "নতুন",
    ]  # the customer's cache keeps the typed
    assert set(customer_ids(CustomerFilter(tag="VIP"))) == {first, second}


def test_blank_custom_field_names_are_dropped(store: Store) -> None:
    cid = create_customer(CustomerInput(display_name="A", custom_fields={" NID ": "1", "  ": ""})).value
    assert load_input(cid).custom_fields == {"NID": "1"}


def test_a_custom_value_without_a_name_is_refused_not_dropped(store: Store) -> None:
    error = refused(CustomerInput(display_name="A", custom_fields={"NID": "1", "  ": "লিখে রাখা"}))
    assert [e.field for e in error.errors] == ["custom_fields"]
    assert "'লিখে রাখা' has no field name" in str(error)


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        (CustomerInput(given_name="রহিম", family_name="উদ্দিন"), "রহিম উদ্দিন"),
        (CustomerInput(company="করিম স্টোর"), "করিম স্টোর"),
        (CustomerInput(emails=["who@example.com"]), "who@example.com"),
        (CustomerInput(phones=["01712-345678"]), "01712-345678"),
    ],
)
def test_a_name_is_made_from_what_is_there(store: Store, typed: CustomerInput, shown: str) -> None:
    cid = create_customer(typed).value
    assert customer_rows([cid])[cid].name == shown


def test_bengali_text_is_stored_in_one_normal_form(store: Store) -> None:
    cid = create_customer(CustomerInput(display_name="ম\u09dfনা", tags=["বড়\u09dc"], notes="পা\u09dfেল")).value
    customer = Customer.get_by_id(cid)
    for text in (customer.display_name, customer.tag_names, customer.notes):
        assert text == unicodedata.normalize("NFC", text)


def test_caches_are_right_after_an_update(store: Store) -> None:
    cid = create_customer(
        CustomerInput(display_name="zeta", phones=["01712345678"], emails=["z@example.com"], tags=["B"])
    ).value
    other = create_customer(CustomerInput(display_name="Mid")).value
    update_customer(
        cid,
        CustomerInput(
            display_name="  Alpha Traders",
            phones=["01911-222333", "01712345678"],
            emails=["a@x.org"],
            tags=["C", "A"],
        ),
    )
    row = customer_rows([cid])[cid]
    assert (row.name, row.phone, row.email, row.tags) == (
        "Alpha Traders",
        "+8801911222333",
        "a@x.org",
        "C, A",
    )
    assert customer_ids(sort="name") == [cid, other]
    assert customer_ids(sort="name", descending=True) == [other, cid]
    update_customer(cid, CustomerInput(display_name="Zulu"))
    row = customer_rows([cid])[cid]
    assert (row.phone, row.email, row.tags) == ("", "", "")
    assert customer_ids(sort="name") == [other, cid]
    assert CustomerPhone.select().count() == 0


def test_the_list_sorts_names_ignoring_case(store: Store) -> None:
    ids = {n: create_customer(CustomerInput(display_name=n)).value for n in ["banana", "Apple", "cherry"]}
    assert customer_ids(sort="name") == [ids["Apple"], ids["banana"], ids["cherry"]]


# --- tags on many -------------------------------------------------------------------


def test_add_and_remove_tags_on_many_customers(store: Store) -> None:
    a = create_customer(CustomerInput(display_name="A", tags=["VIP"])).value
    b = create_customer(CustomerInput(display_name="B")).value
    c = create_customer(CustomerInput(display_name="C")).value
    added = add_tags([a, b], ["vip", "ঈদ অফার"])
    assert added.value == 3  # a already had VIP
    assert added.changes.customer_ids == {a, b}
    assert added.changes.touches("tag") and added.changes.touches("customer")
    rows = customer_rows([a, b, c])
    assert (rows[a].tags, rows[b].tags, rows[c].tags) == ("VIP, ঈদ অফার", "VIP, ঈদ অফার", "")
    assert set(customer_ids(CustomerFilter(tag="ঈদ অফার"))) == {a, b}
    assert search_customer_ids("অফার") == [a, b]
    assert add_tags([a, b], ["VIP"]).value == 0

    removed = remove_tags([a, b, c], ["Vip"])
    assert removed.value == 2
    rows = customer_rows([a, b])
    assert (rows[a].tags, rows[b].tags) == ("ঈদ অফার", "ঈদ অফার")
    assert customer_ids(CustomerFilter(tag="VIP")) == []
    assert search_customer_ids("VIP") == []


def test_tagging_the_same_customer_twice_in_one_go(store: Store) -> None:
    """A selection (or a command line) may name a customer twice."""
    a = create_customer(CustomerInput(display_name="A")).value
    assert add_tags([a, a], ["VIP"]).value == 1
    assert customer_rows([a])[a].tags == "VIP"


def test_adding_no_tag_is_refused(store: Store) -> None:
    a = create_customer(CustomerInput(display_name="A")).value
    with pytest.raises(ValidationError) as info:
        add_tags([a], ["  ", ""])
    assert info.value.errors[0].field == "tags"


# --- trash ------------------------------------------------------------------------


@pytest.fixture
def busy_customer(store: Store) -> int:
    """A customer with something in every table that belongs to them."""
    cid = create_customer(
        CustomerInput(
            display_name="রহিম", phones=["01712345678"], emails=["r@example.com"], tags=["VIP"],
            custom_fields={"NID": "1"},
        )
    ).value  # fmt: skip
    log_interaction(cid, "call", body="দাম জানতে চাইলেন")
    record_purchase(cid, 150_000)
    deal = create_deal(DealInput(customer_id=cid, title="চাল")).value
    create_task(TaskInput(title="ফোন করুন", customer_id=cid, deal_id=deal))
    open_ticket(cid, "চাল ভেজা")
    return cid


def test_trash_hides_and_restore_brings_back(busy_customer: int) -> None:
    other = create_customer(CustomerInput(display_name="করিম")).value
    outcome = trash_customers([busy_customer, 999])
    assert outcome.value == [busy_customer]
    assert outcome.changes.customer_ids == {busy_customer}
    assert outcome.changes.touches("customer", "deal")
    assert customer_ids() == [other]
    assert count_customers() == 1
    assert stats.counts() == {
        "customers": 1, "interactions": 0, "deals": 0, "purchases": 0, "tasks": 0, "tickets": 0,
    }  # fmt: skip
    assert count_customers(trashed=True) == 1
    assert customer_ids(CustomerFilter(trashed=True)) == [busy_customer]
    assert search_customer_ids("রহিম") == []
    assert search_customer_ids("01712") == []
    assert trash_customers([busy_customer]).value == []  # already there

    restored = restore_customers([busy_customer, other])
    assert restored.value == [busy_customer]
    assert set(customer_ids()) == {busy_customer, other}
    assert stats.counts() == {
        "customers": 2, "interactions": 1, "deals": 1, "purchases": 1, "tasks": 1, "tickets": 1,
    }  # fmt: skip
    assert search_customer_ids("রহিম") == [busy_customer]
    assert load_input(busy_customer).phones == ["01712345678"]


def test_empty_trash_deletes_everything_that_belonged_to_them(busy_customer: int) -> None:
    keep = create_customer(CustomerInput(display_name="করিম", phones=["01812345678"])).value
    log_interaction(keep, "visit")
    trash_customers([busy_customer])
    outcome = empty_trash()
    assert outcome.value == 1
    assert outcome.changes.customer_ids == {busy_customer}
    assert outcome.changes.touches("interaction", "purchase", "deal", "task", "ticket")
    assert [c.id for c in Customer.select()] == [keep]
    for model in (
        CustomerPhone,
        CustomerEmail,
        CustomerTag,
        CustomField,
        Interaction,
        Purchase,
        Deal,
        Task,
        Ticket,
    ):
        owners = {row.customer_id for row in model.select()}
        assert owners <= {keep}, model.__name__
    assert DealStageChange.select().count() == 0
    assert CustomerPhone.select().count() == 1
    assert Interaction.select().count() == 1
    assert count_customers(trashed=True) == 0
    assert empty_trash().value == 0


def test_changes_name_what_changed(store: Store) -> None:
    created = create_customer(CustomerInput(display_name="A"))
    assert created.changes.kinds == {"customer", "tag"}
    assert created.changes.customer_ids == {created.value}
    updated = update_customer(created.value, CustomerInput(display_name="B"))
    assert updated.changes.customer_ids == {created.value}
    assert updated.changes.touches("customer")
    assert not updated.changes.touches("deal", "purchase")
