"""The user and the pipeline the first start creates ("Owner", "Sales") read in Bengali in the
Bengali window while they keep those names; a renamed one reads as typed."""

from __future__ import annotations

from crm_desktop.db.models import Pipeline, User
from tests.ui.pipeline_helpers import RecordingNavigator, add_customer
from ui.context import AppContext
from ui.dialogs.deal_dialog import DealDialog
from ui.settings_view import SettingsView


def combo_texts(combo) -> list[str]:  # noqa: ANN001
    return [combo.itemText(i) for i in range(combo.count())]


def open_settings(ctx: AppContext, qtbot) -> SettingsView:  # noqa: ANN001
    ctx.navigator = RecordingNavigator()
    view = SettingsView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.load()
    return view


def test_settings_name_the_seeded_user_and_pipeline_in_bengali(ctx: AppContext, qtbot, bengali: None) -> None:  # noqa: ANN001
    Pipeline.create(name="Wholesale", position=1)
    view = open_settings(ctx, qtbot)
    assert combo_texts(view.stages_pipeline_combo) == ["বিক্রয়", "Wholesale"]
    assert view.stages_pipeline_combo.isVisibleTo(view)
    assert view.user_combo.currentText() == "মালিক"


def test_the_deal_dialog_offers_the_owner_until_renamed(ctx: AppContext, qtbot, bengali: None) -> None:  # noqa: ANN001
    dialog = DealDialog(ctx, None, add_customer())
    qtbot.addWidget(dialog)
    assert "মালিক" in combo_texts(dialog.owner_combo)
    User.update(name="Owner Rahim").where(User.name == "Owner").execute()
    again = DealDialog(ctx, None, add_customer())
    qtbot.addWidget(again)
    assert "Owner Rahim" in combo_texts(again.owner_combo) and "মালিক" not in combo_texts(again.owner_combo)


def test_in_english_the_owner_is_owner(ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    view = open_settings(ctx, qtbot)
    assert view.user_combo.currentText() == "Owner"
    assert combo_texts(view.stages_pipeline_combo) == ["Sales"]


def test_the_owner_filter_names_the_owner_in_bengali(ctx: AppContext, qtbot, bengali: None) -> None:  # noqa: ANN001
    from tests.ui.conftest import wait_for_background
    from ui.customers.list_page import CustomerListPage

    User.create(name="Nusrat")  # with two users the filter shows
    page = CustomerListPage(ctx)
    qtbot.addWidget(page)
    wait_for_background(qtbot, ctx)
    assert combo_texts(page.owner_filter)[1:] == ["Nusrat", "মালিক"]
