"""The customer's change history (the timeline's Changes filter) names fields, seeded stages,
statuses, dates and amounts in Bengali in the Bengali window; what is stored stays as it was."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from crm_desktop.services.audit import history
from crm_desktop.services.customers import load_input, update_customer
from crm_desktop.services.pipeline import move_deal
from tests.ui.conftest import wait_for_background
from tests.ui.customers_helpers import customers_view
from tests.ui.pipeline_helpers import add_customer, add_deal, stage_ids
from ui.customers.timeline_model import TimelineModel


def changes_shown(window, qtbot, customer_id: int) -> list[tuple[str, str]]:  # noqa: ANN001
    view = customers_view(window, qtbot)
    window.open_customer(customer_id)
    page = view.detail_page
    qtbot.waitUntil(lambda: page.profile is not None and page.profile.id == customer_id)
    wait_for_background(qtbot, window.ctx)
    changes = next(b for b in page.kind_buttons.buttons() if b.property("kind") == "audit")
    qtbot.mouseClick(changes, Qt.MouseButton.LeftButton)
    model = page.timeline
    qtbot.waitUntil(lambda: model.rowCount() == 4 and not model.loading)
    return [
        (model.data(model.index(r, 0)), model.data(model.index(r, 0), TimelineModel.DetailRole))
        for r in range(model.rowCount())
    ]


def a_won_deal_and_an_edit() -> int:
    customer = add_customer("Karim Stores")
    deal = add_deal(customer, "Ceiling fans", "New lead", value_minor=1_500_00)
    move_deal(deal, stage_ids()["Won"])
    data = load_input(customer)
    data.kind, data.birthday = "business", date(1990, 3, 4)
    update_customer(customer, data)
    return customer


def test_the_changes_read_in_bengali(bengali: None, window, qtbot) -> None:  # noqa: ANN001
    customer = a_won_deal_and_an_edit()
    shown = changes_shown(window, qtbot, customer)
    assert shown == [
        ("বিবরণ বদলানো হয়েছে · মালিক-এর হাতে", "ধরন: ব্যক্তি → প্রতিষ্ঠান · জন্মদিন: — → ৪ মার্চ, ১৯৯০"),
        ("ডিল “Ceiling fans” জেতা হয়েছে · মালিক-এর হাতে", "ধাপ: নতুন লিড → জেতা · অবস্থা: খোলা → জেতা"),
        (
            "ডিল “Ceiling fans” যোগ করা হয়েছে · মালিক-এর হাতে",
            "শিরোনাম: — → Ceiling fans · মূল্য: — → ১,৫০০.০০\xa0৳ · ধাপ: — → নতুন লিড · অবস্থা: — → খোলা",
        ),
        ("বিবরণ যোগ করা হয়েছে · মালিক-এর হাতে", "নাম: — → Karim Stores · ধরন: — → ব্যক্তি"),
    ]
    stored = {(f, old, new) for record in history(customer) for f, old, new in record.values}
    assert ("stage", "New lead", "Won") in stored and ("kind", "person", "business") in stored


def test_in_english_the_fields_have_names_and_the_values_read_as_before(window, qtbot) -> None:  # noqa: ANN001
    customer = a_won_deal_and_an_edit()
    shown = dict(changes_shown(window, qtbot, customer))
    assert shown["Deal “Ceiling fans” won · by Owner"] == "Stage: New lead → Won · Status: Open → Won"
    assert shown["Details changed · by Owner"] == "Kind: Person → Business · Birthday: — → 4 Mar 1990"
