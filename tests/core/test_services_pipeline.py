"""The deal board: cards stay in the order the user dragged them (also after
reopening the file), closing a deal records why and when, totals add up."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import crm_desktop.services.pipeline as pipeline_module
from crm_desktop.db.models import Deal, DealStageChange, Pipeline, Stage, User
from crm_desktop.db.store import Store, open_store
from crm_desktop.services.customers import CustomerInput, create_customer, trash_customers
from crm_desktop.services.errors import NotFoundError, ValidationError
from crm_desktop.services.pipeline import (
    POSITION_GAP,
    DealInput,
    add_stage,
    board,
    create_deal,
    delete_stage,
    mark_lost,
    mark_won,
    move_deal,
    pipelines,
    reorder_stages,
    restore_deals,
    stages,
    step_deal,
    trash_deals,
    update_stage,
)

# --- helpers -------------------------------------------------------------------------


def sales_id() -> int:
    return pipelines()[0].id


def stage_id(name: str) -> int:
    return {s.name: s.id for s in stages(sales_id())}[name]


def cards(stage: str) -> list[int]:
    """The card ids of one column, top to bottom, as the board shows them."""
    [column] = [c for c in board(sales_id()) if c.name == stage]
    return [card.id for card in column.cards]


def layout() -> dict[str, list[int]]:
    return {c.name: [card.id for card in c.cards] for c in board(sales_id())}


@pytest.fixture
def rahim(store: Store) -> int:
    return create_customer(CustomerInput(display_name="রহিম")).value


def new_deal(customer: int, title: str, value: int = 0, **kwargs) -> int:
    return create_deal(DealInput(customer_id=customer, title=title, value_minor=value, **kwargs)).value


# --- creating ---------------------------------------------------------------------------


def test_a_new_deal_goes_on_top_of_the_first_open_stage_with_history(rahim: int) -> None:
    first = new_deal(rahim, "চাল ৫০ বস্তা", 2_500_000)
    outcome = create_deal(DealInput(customer_id=rahim, title="  তেল  ", value_minor=120_000, currency="bdt"))
    second = outcome.value
    assert outcome.changes.kinds == {"deal"}
    assert outcome.changes.customer_ids == {rahim}
    assert cards("New lead") == [second, first]
    deal = Deal.get_by_id(second)
    assert (deal.title, deal.currency, deal.status, deal.closed_at) == ("তেল", "BDT", "open", None)
    [history] = DealStageChange.select().where(DealStageChange.deal == second)
    assert (history.from_stage_id, history.to_stage_id) == (None, stage_id("New lead"))


def test_a_deal_created_in_the_won_stage_is_closed(rahim: int) -> None:
    deal = Deal.get_by_id(new_deal(rahim, "নগদ বিক্রি", 5_000, stage_id=stage_id("Won")))
    assert deal.status == "won"
    assert deal.closed_at is not None


def test_a_bad_deal_is_refused_by_field_and_not_written(rahim: int) -> None:
    trash_customers([rahim])
    with pytest.raises(ValidationError) as info:
        create_deal(DealInput(customer_id=rahim, title="  ", value_minor=-1))
    assert {e.field for e in info.value.errors} == {"title", "value", "customer_id"}
    with pytest.raises(ValidationError) as info:
        create_deal(DealInput(customer_id=4242, title="ok"))
    assert [e.field for e in info.value.errors] == ["customer_id"]
    assert Deal.select().count() == 0
    assert DealStageChange.select().count() == 0


# --- moving -------------------------------------------------------------------------------


def test_moving_within_a_column_keeps_the_order_after_reopening(
    rahim: int, store: Store, db_path: Path
) -> None:
    d = [new_deal(rahim, t) for t in "dcba"]  # created on top: the column reads a, b, c, d
    a, b, c, dd = d[3], d[2], d[1], d[0]
    assert cards("New lead") == [a, b, c, dd]
    new_lead = stage_id("New lead")
    move_deal(a, new_lead, 2)
    assert cards("New lead") == [b, c, a, dd]
    move_deal(dd, new_lead, 0)
    assert cards("New lead") == [dd, b, c, a]
    move_deal(b, new_lead, 99)  # past the end: the bottom
    assert cards("New lead") == [dd, c, a, b]
    move_deal(a, new_lead, None)  # no index: the top
    assert cards("New lead") == [a, dd, c, b]
    before = layout()
    store.close()
    with open_store(db_path):
        assert layout() == before
        assert cards("New lead") == [a, dd, c, b]


def test_moving_across_columns_keeps_order_status_and_history(
    rahim: int, store: Store, db_path: Path
) -> None:
    a, b, c = (new_deal(rahim, t) for t in "abc")
    qualified = stage_id("Qualified")
    move_deal(a, qualified, 0)
    move_deal(c, qualified, 1)
    move_deal(b, qualified, 1)
    assert cards("Qualified") == [a, b, c]
    assert cards("New lead") == []
    history = [
        (h.from_stage_id, h.to_stage_id)
        for h in DealStageChange.select().where(DealStageChange.deal == b).order_by(DealStageChange.id)
    ]
    assert history == [(None, stage_id("New lead")), (stage_id("New lead"), qualified)]
    entered = Deal.get_by_id(b).stage_entered_at
    move_deal(b, qualified, 0)  # a reorder inside the column is not a stage change
    assert DealStageChange.select().where(DealStageChange.deal == b).count() == 2
    assert Deal.get_by_id(b).stage_entered_at == entered
    store.close()
    with open_store(db_path):
        assert cards("Qualified") == [b, a, c]


def test_many_drops_into_the_same_gap_renumber_and_keep_the_order(rahim: int) -> None:
    ids = [new_deal(rahim, f"deal {i}") for i in range(4)]
    model = list(reversed(ids))
    column = stage_id("New lead")
    assert cards("New lead") == model
    renumbered = False
    for _ in range(40):  # each drop halves the gap between the first two cards
        moving = model.pop()
        model.insert(1, moving)
        move_deal(moving, column, 1)
        assert cards("New lead") == model
        positions = [Deal.get_by_id(i).position for i in model]
        assert positions == sorted(positions) and len(set(positions)) == len(positions)
        renumbered |= positions == [i * POSITION_GAP for i in range(len(model))]
    assert renumbered  # the test really went through the "no room left" path


def test_moving_to_lost_needs_a_reason(rahim: int) -> None:
    deal = new_deal(rahim, "চাল")
    lost = stage_id("Lost")
    for reason in ("", "   "):
        with pytest.raises(ValidationError) as info:
            move_deal(deal, lost, 0, lost_reason=reason)
        assert [e.field for e in info.value.errors] == ["lost_reason"]
    assert cards("New lead") == [deal]
    assert Deal.get_by_id(deal).status == "open"
    with pytest.raises(ValidationError):
        mark_lost(deal, "")
    move_deal(deal, lost, 0, lost_reason=" দাম বেশি ")
    assert Deal.get_by_id(deal).lost_reason == "দাম বেশি"
    other = new_deal(rahim, "তেল")
    mark_lost(other, "অন্য দোকান")
    move_deal(deal, lost, 0)  # reordering inside Lost asks for nothing new
    assert cards("Lost") == [deal, other]
    assert Deal.get_by_id(deal).lost_reason == "দাম বেশি"


def test_won_and_lost_set_status_time_and_reason_and_reopening_clears_them(rahim: int) -> None:
    won, lost = new_deal(rahim, "won"), new_deal(rahim, "lost")
    mark_won(won)
    mark_lost(lost, "বাজেট নেই")
    w, l_ = Deal.get_by_id(won), Deal.get_by_id(lost)
    assert (w.status, w.lost_reason) == ("won", "")
    assert w.closed_at is not None
    assert (l_.status, l_.lost_reason) == ("lost", "বাজেট নেই")
    assert l_.closed_at is not None
    assert cards("Won") == [won] and cards("Lost") == [lost]
    move_deal(lost, stage_id("Negotiation"), 0)
    reopened = Deal.get_by_id(lost)
    assert (reopened.status, reopened.closed_at, reopened.lost_reason) == ("open", None, "")


def test_moving_to_another_pipelines_stage_is_refused(rahim: int) -> None:
    other = Pipeline.create(name="Service", position=1)
    foreign = Stage.create(pipeline=other, name="Booked", position=0, probability=50, kind="open")
    deal = new_deal(rahim, "চাল")
    with pytest.raises(ValidationError) as info:
        move_deal(deal, foreign.id, 0)
    assert info.value.errors[0].field == "stage_id"
    assert cards("New lead") == [deal]
    with pytest.raises(NotFoundError):
        move_deal(deal, 9999, 0)
    with pytest.raises(NotFoundError):
        move_deal(9999, stage_id("Qualified"), 0)


def test_step_deal_walks_the_open_stages(rahim: int) -> None:
    deal = new_deal(rahim, "চাল")

    def where() -> str:
        return Deal.get_by_id(deal).stage.name

    assert step_deal(deal, -1).changes.kinds == frozenset()  # already at the first stage
    assert where() == "New lead"
    for expected in ("Qualified", "Quote sent", "Negotiation"):
        assert step_deal(deal, +1).changes.kinds == {"deal"}
        assert where() == expected
    step_deal(deal, +1)  # "next" never closes a deal: winning is a choice of its own
    assert where() == "Negotiation"
    assert Deal.get_by_id(deal).status == "open"
    step_deal(deal, -1)
    assert where() == "Quote sent"


def test_step_deal_from_a_closed_stage(rahim: int) -> None:
    """Previous from Won reopens into the stage just before it; next does nothing."""
    deal = new_deal(rahim, "চাল")
    mark_won(deal)
    assert step_deal(deal, +1).changes.kinds == frozenset()
    assert Deal.get_by_id(deal).stage.name == "Won"
    assert Deal.get_by_id(deal).status == "won"
    step_deal(deal, -1)
    assert Deal.get_by_id(deal).stage.name == "Negotiation"
    assert Deal.get_by_id(deal).status == "open"


# --- the board's numbers --------------------------------------------------------------------


def test_totals_and_weighted_values_per_currency(rahim: int) -> None:
    karim = create_customer(CustomerInput(display_name="করিম")).value
    gone = create_customer(CustomerInput(display_name="চলে গেছে")).value
    quote = stage_id("Quote sent")  # 50 %
    new_deal(rahim, "a", 100_000, stage_id=quote)
    new_deal(karim, "b", 50_001, stage_id=quote)
    new_deal(rahim, "c", 2_000, currency="USD", stage_id=quote)
    trashed = new_deal(rahim, "trashed", 999_999, stage_id=quote)
    trash_deals([trashed])
    new_deal(gone, "customer trashed", 777_777, stage_id=quote)
    trash_customers([gone])
    new_deal(rahim, "d", 40_000, stage_id=stage_id("Negotiation"))  # 75 %
    columns = {c.name: c for c in board(sales_id())}
    q = columns["Quote sent"]
    assert q.count == 3
    assert q.totals == {"BDT": 150_001, "USD": 2_000}
    assert q.weighted == {"BDT": 75_000, "USD": 1_000}
    assert columns["Negotiation"].weighted == {"BDT": 30_000}
    assert columns["New lead"].totals == {}
    restore_deals([trashed])
    assert {c.name: c for c in board(sales_id())}["Quote sent"].totals["BDT"] == 1_150_000


def test_board_can_hide_closed_deals_and_filter_by_owner(rahim: int) -> None:
    seller = User.create(name="সেলিম").id
    mine = new_deal(rahim, "mine", owner_id=seller)
    theirs = new_deal(rahim, "theirs")
    closed = new_deal(rahim, "closed", owner_id=seller)
    mark_won(closed)
    assert {c.name: [x.id for x in c.cards] for c in board(sales_id(), owner_id=seller)}["New lead"] == [mine]
    open_only = {c.name: [x.id for x in c.cards] for c in board(sales_id(), include_closed=False)}
    assert open_only["Won"] == [] and set(open_only["New lead"]) == {mine, theirs}
    [card] = [x for c in board(sales_id()) for x in c.cards if x.id == mine]
    assert (card.owner_name, card.customer_name) == ("সেলিম", "রহিম")


# --- the stage editor ---------------------------------------------------------------------


def test_a_new_stage_goes_after_the_open_stages(store: Store) -> None:
    outcome = add_stage(sales_id(), "  Delivery  ", 90)
    assert outcome.changes.kinds == {"stage"}
    assert [s.name for s in stages(sales_id())] == [
        "New lead", "Qualified", "Quote sent", "Negotiation", "Delivery", "Won", "Lost",
    ]  # fmt: skip


def test_stage_input_is_checked_by_field(store: Store) -> None:
    with pytest.raises(ValidationError) as info:
        add_stage(sales_id(), " ", 101, kind="maybe")
    assert {e.field for e in info.value.errors} == {"name", "probability", "kind"}
    with pytest.raises(ValidationError) as info:
        update_stage(stage_id("Qualified"), name="ok", probability=-1)
    assert [e.field for e in info.value.errors] == ["probability"]
    assert len(stages(sales_id())) == 6


def test_renaming_a_stage_and_changing_its_probability_shows_on_the_board(rahim: int) -> None:
    new_deal(rahim, "a", 10_000, stage_id=stage_id("Qualified"))
    update_stage(stage_id("Qualified"), name="যোগ্য", probability=60)
    [column] = [c for c in board(sales_id()) if c.name == "যোগ্য"]
    assert column.weighted == {"BDT": 6_000}


def test_reordering_stages(store: Store) -> None:
    ids = [s.id for s in stages(sales_id())]
    new_order = [ids[1], ids[0], *ids[2:]]
    reorder_stages(sales_id(), new_order)
    assert [s.id for s in stages(sales_id())] == new_order
    with pytest.raises(ValidationError):
        reorder_stages(sales_id(), new_order[:-1])
    with pytest.raises(ValidationError):
        reorder_stages(sales_id(), [*new_order, 9999])
    assert [s.id for s in stages(sales_id())] == new_order


def test_a_stage_with_deals_cannot_be_deleted(rahim: int) -> None:
    deal = new_deal(rahim, "a", stage_id=stage_id("Quote sent"))
    with pytest.raises(ValidationError, match="Quote sent"):
        delete_stage(stage_id("Quote sent"))
    trash_deals([deal])  # a deal in the trash still lives in its stage
    with pytest.raises(ValidationError):
        delete_stage(stage_id("Quote sent"))
    restore_deals([deal])
    move_deal(deal, stage_id("Qualified"), 0)
    delete_stage(stage_id("Quote sent"))
    assert "Quote sent" not in [s.name for s in stages(sales_id())]


def test_the_last_won_or_lost_stage_cannot_be_deleted(store: Store) -> None:
    with pytest.raises(ValidationError, match="won"):
        delete_stage(stage_id("Won"))
    with pytest.raises(ValidationError, match="lost"):
        delete_stage(stage_id("Lost"))
    delete_stage(stage_id("Negotiation"))
    assert len(stages(sales_id())) == 5


# --- property: any sequence of drags matches a plain list model -----------------------------

STAGE_NAMES = ("New lead", "Qualified", "Quote sent", "Negotiation", "Won", "Lost")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    count=st.integers(1, 7),
    moves=st.lists(
        st.tuples(st.integers(0, 6), st.integers(0, 5), st.none() | st.integers(0, 9)), max_size=40
    ),
)
def test_any_sequence_of_moves_gives_the_order_the_user_made(
    rahim: int, monkeypatch: pytest.MonkeyPatch, count: int, moves: list[tuple[int, int, int | None]]
) -> None:
    # a tiny gap makes "no room left, renumber the column" happen all the time
    monkeypatch.setattr(pipeline_module, "POSITION_GAP", 4)
    Deal.delete().execute()  # each example starts from an empty board (stage history cascades)
    ids = [new_deal(rahim, f"d{i}") for i in range(count)]
    model: dict[str, list[int]] = {name: [] for name in STAGE_NAMES}
    model["New lead"] = list(reversed(ids))
    for deal_index, stage_index, index in moves:
        deal = ids[deal_index % count]
        target = STAGE_NAMES[stage_index]
        for column in model.values():
            if deal in column:
                column.remove(deal)
        at = 0 if index is None else min(index, len(model[target]))
        model[target].insert(at, deal)
        move_deal(deal, stage_id(target), index, lost_reason="কারণ")
        assert layout() == model
