"""The audit trail: who changed what and when, on the customer's timeline,
kept for as long as the user chose."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest

from crm_desktop.db import sqlite
from crm_desktop.db.models import AuditEntry, AuditValue, Customer, User, database_proxy
from crm_desktop.domain import ALL_TIMELINE_KINDS, TIMELINE_KINDS
from crm_desktop.services import audit
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
from crm_desktop.services.pipeline import (
    DealInput,
    create_deal,
    mark_lost,
    mark_won,
    move_deal,
    restore_deals,
    stages,
    step_deal,
    trash_deals,
)
from crm_desktop.services.settings import set_setting
from crm_desktop.services.timeline import timeline_page
from crm_desktop.timeutil import utcnow


@pytest.fixture(autouse=True)
def no_acting_user() -> Iterator[None]:
    audit.set_acting_user(None)
    yield
    audit.set_acting_user(None)


def rahim() -> int:
    return create_customer(
        CustomerInput(
            display_name="রহিম",
            phones=["01712-345678"],
            tags=["VIP"],
            notes="বাকিতে কেনে",
            custom_fields={"NID": "1234"},
        )
    ).value


def changes(customer_id: int) -> list[tuple[str, str, dict[str, tuple[str | None, str | None]]]]:
    """(entity, action, {field: (old, new)}) newest first."""
    return [(r.entity, r.action, {f: (o, n) for f, o, n in r.values}) for r in audit.history(customer_id)]


def test_an_edit_records_each_changed_field_old_and_new(store) -> None:
    cid = rahim()
    typed = load_input(cid)
    typed.notes = "নগদে কেনে"
    typed.phones.append("01812 345678")
    typed.tags = ["VIP", "পাইকারি"]
    typed.custom_fields = {"NID": "5678"}
    update_customer(cid, typed)
    entity, action, values = changes(cid)[0]
    assert (entity, action) == ("customer", "updated")
    assert values == {
        "notes": ("বাকিতে কেনে", "নগদে কেনে"),
        "phones": ("01712-345678", "01712-345678, 01812 345678"),
        "tags": ("VIP", "VIP, পাইকারি"),
        "custom: NID": ("1234", "5678"),
    }


def test_saving_without_a_change_records_nothing(store) -> None:
    cid = rahim()
    update_customer(cid, load_input(cid))
    assert [a for _, a, _ in changes(cid)] == ["created"]


def test_a_new_customer_records_the_fields_it_was_given(store) -> None:
    cid = rahim()
    [(entity, action, values)] = changes(cid)
    assert (entity, action) == ("customer", "created")
    assert values["display_name"] == (None, "রহিম")
    assert values["custom: NID"] == (None, "1234")
    assert "company" not in values  # empty fields are not noise in the trail


def test_who_made_the_change(store) -> None:
    owner = User.select().order_by(User.id).first()
    karim = User.create(name="করিম")
    cid = rahim()
    audit.set_acting_user(karim.id)
    typed = load_input(cid)
    typed.city = "ঢাকা"
    update_customer(cid, typed)
    deal = create_deal(DealInput(customer_id=cid, title="চাল"), user_id=owner.id).value
    records = audit.history(cid)
    assert [(r.action, r.user_name) for r in records] == [
        ("created", "Owner"),  # the deal: the user the service was told
        ("updated", "করিম"),  # the acting user
        ("created", "Owner"),  # nobody set: the owner
    ]
    assert records[0].entity_id == deal
    karim.delete_instance()  # the trail keeps the change, without a name
    assert [r.user_name for r in audit.history(cid)] == ["Owner", "", "Owner"]


def test_deals_record_moves_wins_losses_and_reopening(store) -> None:
    cid = rahim()
    did = create_deal(DealInput(customer_id=cid, title="৫০ বস্তা চাল", value_minor=150000)).value
    open_stages = [s for s in stages(1) if s.kind == "open"]
    move_deal(did, open_stages[1].id)
    move_deal(did, open_stages[1].id, 0)  # the same column: its place is not a change
    mark_won(did)
    mark_lost(did, "দাম বেশি")
    step_deal(did, -1)
    trash_deals([did])
    restore_deals([did])
    deal_changes = [(a, v) for e, a, v in changes(cid) if e == "deal"][::-1]
    assert [a for a, _ in deal_changes] == [
        "created",
        "moved",
        "won",
        "lost",
        "reopened",
        "trashed",
        "restored",
    ]
    assert deal_changes[0][1]["value"] == (None, "1500.00 BDT")
    assert deal_changes[1][1] == {"stage": ("New lead", "Qualified")}
    assert deal_changes[3][1]["lost_reason"] == ("", "দাম বেশি")
    assert deal_changes[4][1]["status"] == ("lost", "open")


def test_tagging_many_customers_records_only_those_it_changed(store) -> None:
    a, b = rahim(), create_customer(CustomerInput(display_name="করিম", tags=["নতুন"])).value
    add_tags([a, b], ["VIP"])  # a already has it
    assert [x for _, x, _ in changes(a)] == ["created"]
    assert changes(b)[0] == ("customer", "tagged", {"tags": ("নতুন", "VIP, নতুন")})
    remove_tags([a, b], ["vip"])
    assert changes(a)[0] == ("customer", "untagged", {"tags": ("VIP", "")})
    assert changes(b)[0][1] == "untagged"


def test_trash_and_restore_are_recorded(store) -> None:
    cid = rahim()
    trash_customers([cid, cid])
    trash_customers([cid])  # already in the trash: nothing happened, nothing recorded
    restore_customers([cid])
    assert [a for _, a, _ in changes(cid)] == ["restored", "trashed", "created"]


def test_a_refused_or_failed_change_leaves_no_trace(store, monkeypatch: pytest.MonkeyPatch) -> None:
    cid = rahim()
    trash_customers([cid])
    with pytest.raises(NotFoundError):
        update_customer(cid, CustomerInput(display_name="নাম"))
    restore_customers([cid])
    before = AuditEntry.select().count()
    with database_proxy.atomic() as txn:  # a caller's transaction that rolls back takes the trail with it
        update_customer(cid, CustomerInput(display_name="অন্য নাম"))
        txn.rollback()
    assert AuditEntry.select().count() == before

    def broken(*args: object, **kwargs: object) -> int:
        raise RuntimeError("disk trouble while writing the trail")

    monkeypatch.setattr(audit, "_write", broken)
    with pytest.raises(RuntimeError):
        update_customer(cid, CustomerInput(display_name="অন্য নাম"))
    assert Customer.get_by_id(cid).display_name == "রহিম"  # the change went with its record


def test_the_timeline_shows_changes_only_when_asked(store) -> None:
    cid = rahim()
    did = create_deal(DealInput(customer_id=cid, title="চাল")).value
    mark_won(did)
    assert "audit" not in TIMELINE_KINDS  # existing views keep what they render
    assert {e.kind for e in timeline_page(cid)} == {"stage_change"}
    events = [e for e in timeline_page(cid, kinds=ALL_TIMELINE_KINDS) if e.kind == "audit"]
    won = events[0]
    assert (won.title, won.channel, won.status, won.by) == ("চাল", "deal", "won", "Owner")
    assert won.detail.splitlines() == ["stage: New lead → Won", "status: open → won"]
    assert [(e.channel, e.status) for e in events] == [
        ("deal", "won"),
        ("deal", "created"),
        ("customer", "created"),
    ]
    only = timeline_page(cid, kinds=("audit",))
    assert [e.id for e in only] == [e.id for e in events]


def test_timeline_pages_through_many_changes_once_each(store) -> None:
    cid = rahim()
    typed = load_input(cid)
    for i in range(120):
        typed.city = f"শহর {i}"
        update_customer(cid, typed)
    seen: list[tuple[str, int]] = []
    after = None
    while page := timeline_page(cid, kinds=ALL_TIMELINE_KINDS, after=after, limit=7):
        seen += [(e.kind, e.id) for e in page]
        after = page[-1].cursor
    assert len(seen) == len(set(seen)) == 121


def test_a_huge_note_is_kept_shortened_in_the_trail(store) -> None:
    cid = rahim()
    typed = load_input(cid)
    typed.notes = "ক" * 200_000
    update_customer(cid, typed)
    [(_, old, new)] = audit.history(cid)[0].values
    assert old == "বাকিতে কেনে"
    assert new is not None and new.startswith("ক" * audit.MAX_VALUE_CHARS)
    assert new.endswith(f"(+{200_000 - audit.MAX_VALUE_CHARS} characters)")
    [event] = [e for e in timeline_page(cid, kinds=("audit",), limit=1)]
    assert len(event.detail) < 500


def test_emptying_the_trash_deletes_the_trail_of_those_customers(store) -> None:
    keep, gone = rahim(), rahim()
    create_deal(DealInput(customer_id=gone, title="চাল"))
    trash_customers([gone])
    empty_trash()
    assert AuditEntry.select().where(AuditEntry.customer == gone).count() == 0
    assert AuditValue.select().join(AuditEntry).where(AuditEntry.customer == keep).count() > 0
    assert sqlite.integrity_problems(store.db) == []


# --- retention -------------------------------------------------------------------


def age_everything(days: int) -> None:
    database_proxy.execute_sql("UPDATE audit_entry SET at = datetime(at, ?)", (f"-{days} days",))


def test_the_trail_is_kept_for_ever_by_default(store) -> None:
    cid = rahim()
    age_everything(5000)
    assert audit.retention_days() == 0
    assert audit.prune(utcnow()) == 0
    assert len(audit.history(cid)) == 1


def test_prune_deletes_only_what_is_older_than_the_setting(store) -> None:
    cid = rahim()
    age_everything(400)
    typed = load_input(cid)
    typed.city = "খুলনা"
    update_customer(cid, typed)
    audit.set_retention_days(365)
    assert audit.prune(utcnow()) == 1
    assert [r.action for r in audit.history(cid)] == ["updated"]
    assert AuditValue.select().count() == 1  # the old entry's values went with it
    assert audit.prune(utcnow() + timedelta(days=364)) == 0
    assert audit.prune(utcnow() + timedelta(days=366)) == 1
    assert audit.history(cid) == []


@pytest.mark.parametrize("days", [-1, 36_501, True, "365"])
def test_a_retention_that_makes_no_sense_is_refused(store, days: object) -> None:
    with pytest.raises(ValidationError) as info:
        audit.set_retention_days(days)  # type: ignore[arg-type]
    assert info.value.errors[0].field == "audit_retention_days"
    assert "365" in str(info.value)


def test_a_damaged_retention_setting_keeps_everything(store) -> None:
    rahim()
    age_everything(1000)
    set_setting("audit_retention_days", "a year")
    assert audit.retention_days() == 0
    assert audit.prune(datetime(2100, 1, 1)) == 0
    assert AuditEntry.select().count() == 1


# --- the command line ------------------------------------------------------------------


def test_the_command_line_shows_the_history_and_sets_how_long_it_is_kept(
    store, capsys: pytest.CaptureFixture[str]
) -> None:
    from crm_desktop.cli.main import main

    cid = rahim()
    typed = load_input(cid)
    typed.city = "ঢাকা"
    update_customer(cid, typed)
    age_everything(400)
    db = str(store.path)
    assert main(["--db", db, "history", "--customer", str(cid)]) == 0
    out = capsys.readouterr().out
    assert "Owner: customer 'রহিম' updated\n    city: — → ঢাকা\n" in out
    assert main(["--db", db, "history"]) == 0
    assert capsys.readouterr().out == "History of changes: 2 change(s), kept for ever.\n"
    assert main(["--db", db, "history", "--keep-days", "365", "--prune"]) == 0
    assert capsys.readouterr().out == (
        "History of changes: 0 change(s), kept for 365 days; 2 older change(s) deleted.\n"
    )
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", db, "history", "--keep-days", "-1"])
    assert exit_info.value.code == 2
