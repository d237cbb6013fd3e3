"""Core pieces the pipeline, tasks and settings views rely on: recent closed deals on the
board, a drop "just below this card" on a filtered board, task bucket counts, and checking
a database file before switching to it."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from crm_desktop.db.models import Deal
from crm_desktop.db.store import NotADatabaseError, Store, StoreError, check_file
from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.services.pipeline import DealInput, board, create_deal, mark_won, move_deal, stages
from crm_desktop.services.tasks import BUCKETS, TaskInput, bucket_counts, create_task, set_done, tasks_in
from crm_desktop.timeutil import utcnow


def _stage_ids(store: Store) -> dict[str, int]:
    return {s.name: s.id for s in stages(1)}


def _deal(customer: int, title: str, stage: int, owner: int | None = None) -> int:
    return create_deal(DealInput(customer, title, 100_00, stage_id=stage, owner_id=owner)).value


@pytest.fixture
def customer(store: Store) -> int:
    return create_customer(CustomerInput(display_name="রহিম আহমেদ")).value


def test_board_closed_since_keeps_open_deals_and_recent_wins_only(store: Store, customer: int) -> None:
    ids = _stage_ids(store)
    open_deal = _deal(customer, "Fans", ids["New lead"])
    old_win, new_win = _deal(customer, "Old", ids["New lead"]), _deal(customer, "New", ids["New lead"])
    mark_won(old_win)
    mark_won(new_win)
    Deal.update(closed_at=utcnow() - timedelta(days=90)).where(Deal.id == old_win).execute()

    columns = {c.name: c for c in board(1, closed_since=utcnow() - timedelta(days=30))}

    assert [c.id for c in columns["New lead"].cards] == [open_deal]
    assert [c.id for c in columns["Won"].cards] == [new_win]
    assert columns["Won"].totals == {"BDT": 100_00}
    assert {c.id for c in board(1)[4].cards} == {old_win, new_win}  # without the cut-off: every win


def test_move_after_a_card_lands_just_below_it_whatever_the_index(store: Store, customer: int) -> None:
    ids = _stage_ids(store)
    bottom, middle, top = (_deal(customer, t, ids["Qualified"]) for t in ("c", "b", "a"))
    moving = _deal(customer, "moving", ids["New lead"])

    move_deal(moving, ids["Qualified"], 0, after_id=middle)

    column = next(c for c in board(1) if c.stage_id == ids["Qualified"])
    assert [c.id for c in column.cards] == [top, middle, moving, bottom]


def test_move_after_a_card_that_left_falls_back_to_the_index(store: Store, customer: int) -> None:
    ids = _stage_ids(store)
    second, first = _deal(customer, "2", ids["Qualified"]), _deal(customer, "1", ids["Qualified"])
    gone = _deal(customer, "gone", ids["New lead"])
    moving = _deal(customer, "moving", ids["New lead"])

    move_deal(moving, ids["Qualified"], 1, after_id=gone)

    column = next(c for c in board(1) if c.stage_id == ids["Qualified"])
    assert [c.id for c in column.cards] == [first, moving, second]


def test_bucket_counts_match_the_buckets_and_ignore_the_row_limit(store: Store, customer: int) -> None:
    now = datetime(2025, 3, 10, 12, 0)
    day_start = datetime(2025, 3, 10, 0, 0)
    for hours in (-30, -1, 2, 5, 40):
        create_task(TaskInput(f"due {hours}", due_at=now + timedelta(hours=hours), customer_id=customer))
    create_task(TaskInput("no date"))
    set_done(create_task(TaskInput("finished", due_at=now)).value)

    counts = bucket_counts(now=now, day_start=day_start)

    assert counts == {"overdue": 2, "today": 2, "upcoming": 2, "done": 1}
    assert counts == {b: len(tasks_in(b, now=now, day_start=day_start)) for b in BUCKETS}


def test_check_file_accepts_ours_and_a_new_name_refuses_others_without_writing(
    store: Store, tmp_path: Path
) -> None:
    check_file(store.path)
    check_file(tmp_path / "new.sqlite3")
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("shopping list", encoding="utf-8")
    with pytest.raises(NotADatabaseError):
        check_file(notes)
    assert notes.read_text(encoding="utf-8") == "shopping list"
    with pytest.raises(StoreError):
        check_file(tmp_path)


def test_deals_of_a_trashed_customer_stay_off_the_board(store: Store, customer: int) -> None:
    from crm_desktop.services.customers import trash_customers

    ids = _stage_ids(store)
    other = create_customer(CustomerInput(display_name="Karim")).value
    kept = _deal(other, "Kept", ids["New lead"])
    _deal(customer, "Hidden", ids["New lead"])
    trash_customers([customer])

    column = next(c for c in board(1) if c.stage_id == ids["New lead"])
    assert [c.id for c in column.cards] == [kept]


def test_renumbering_a_long_column_keeps_the_order_in_few_statements(store: Store, customer: int) -> None:
    from crm_desktop.services import pipeline as pipeline_service

    ids = _stage_ids(store)
    column = [_deal(customer, f"d{i}", ids["Qualified"]) for i in range(700)][::-1]  # newest on top
    moving = _deal(customer, "moving", ids["New lead"])
    Deal.update(position=Deal.id).where(Deal.stage == ids["Qualified"]).execute()  # no room anywhere
    column.sort()
    statements: list[str] = []
    original = store.db.execute_sql
    store.db.execute_sql = lambda sql, *a, **k: (statements.append(sql), original(sql, *a, **k))[1]  # type: ignore[method-assign]
    try:
        pipeline_service.move_deal(moving, ids["Qualified"], 350)
    finally:
        store.db.execute_sql = original  # type: ignore[method-assign]

    shown = [c.id for c in next(c for c in board(1) if c.stage_id == ids["Qualified"]).cards]
    assert shown == column[:350] + [moving] + column[350:]
    assert sum(sql.startswith("UPDATE") for sql in statements) <= 4  # 3 chunks + the deal itself
