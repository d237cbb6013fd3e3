"""Campaign money follows the window's language, like every other amount (it was fixed to English)."""

from __future__ import annotations

from datetime import datetime, timedelta

from crm_desktop.email.template_store import save_template
from crm_desktop.services.campaigns import send_campaign
from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.services.purchases import record_purchase
from crm_desktop.services.segments import SegmentFilter, save_segment
from tests.ui.conftest import wait_for_background
from ui.campaigns.view import CampaignsView
from ui.context import AppContext

SENT = datetime(2026, 3, 1, 6, 0)


def shop(ctx: AppContext, qtbot) -> CampaignsView:  # noqa: ANN001
    rahim = create_customer(CustomerInput(display_name="রহিম", emails=["r@example.com"])).value
    record_purchase(rahim, 1_234_567_00, occurred_at=SENT - timedelta(days=30))
    segment = save_segment(
        "Big spenders", SegmentFilter(min_spent_minor=1_500_00, max_spent_minor=12_345_678_90)
    )
    template = save_template("Eid", "Eid Mubarak {first_name}", "Hello {name}")
    send_campaign("Eid 2026", segment.value, template.value, now=SENT)
    record_purchase(rahim, 2_500_00, occurred_at=SENT + timedelta(days=2))
    view = CampaignsView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    wait_for_background(qtbot, ctx)
    return view


def campaign_row(view: CampaignsView, qtbot, ctx: AppContext) -> list[str]:  # noqa: ANN001
    tab = view.show_tab("campaigns")
    tab.reload()
    wait_for_background(qtbot, ctx)
    return [tab.table.item(0, c).text() for c in range(tab.table.columnCount())]


def test_segment_amounts_and_campaign_revenue_in_bengali(ctx: AppContext, qtbot, bengali: None) -> None:  # noqa: ANN001
    view = shop(ctx, qtbot)
    segments = view.show_tab("segments")
    segments.reload()
    wait_for_background(qtbot, ctx)
    assert segments.min_spent.text() == "১,৫০০.০০\xa0৳"
    assert segments.max_spent.text() == "১,২৩,৪৫,৬৭৮.৯০\xa0৳"  # lakh grouping, as every other amount
    f, errors = segments.current_filter()  # what is shown reads back as the same amounts
    assert errors == [] and (f.min_spent_minor, f.max_spent_minor) == (1_500_00, 12_345_678_90)

    row = campaign_row(view, qtbot, ctx)
    assert row[0] == "Eid 2026"
    assert row[1] == "১ মার্চ, ২০২৬"
    assert row[2:6] == ["১", "০", "০", "১"]
    assert row[6] == "২,৫০০.০০\xa0৳"


def test_in_english_the_same_amounts_read_the_english_way(ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    view = shop(ctx, qtbot)
    segments = view.show_tab("segments")
    segments.reload()
    wait_for_background(qtbot, ctx)
    assert segments.min_spent.text() == "৳1,500.00"
    assert segments.max_spent.text() == "৳1,23,45,678.90"
    row = campaign_row(view, qtbot, ctx)
    assert row[1:] == ["1 Mar 2026", "1", "0", "0", "1", "৳2,500.00"]
