"""Settings: phone country and stale-deal days saved in the database, switching database files."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from crm_desktop.db.sqlite import online_backup
from crm_desktop.db.store import open_store
from crm_desktop.services.settings import get_setting
from tests.ui.conftest import wait_for_background
from tests.ui.pipeline_helpers import RecordingNavigator
from ui.context import AppContext
from ui.settings_view import SettingsView, phone_regions, relaunch_command


def open_settings(ctx: AppContext, qtbot) -> SettingsView:  # noqa: ANN001
    ctx.navigator = RecordingNavigator()
    view = SettingsView(ctx)
    qtbot.addWidget(view)
    view.show()
    return view


def choose_region(view: SettingsView, code: str) -> None:
    index = view.region_combo.findData(code)
    view.region_combo.setCurrentIndex(index)
    view.region_combo.activated.emit(index)


def test_regions_have_country_names_and_bangladesh_is_the_default(ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    regions = dict(phone_regions())
    assert regions["BD"] == "Bangladesh (+880)" and regions["IN"] == "India (+91)"
    labels = [label for _, label in phone_regions()]
    assert labels.index("Bangladesh (+880)") < labels.index("India (+91)") < labels.index("Nepal (+977)")
    assert open_settings(ctx, qtbot).region_combo.currentData() == "BD"


def test_settings_are_saved_in_the_database_and_read_back_after_reopening(db_path: Path, qtbot) -> None:  # noqa: ANN001
    store = open_store(db_path)
    ctx = AppContext(store)
    try:
        view = open_settings(ctx, qtbot)
        choose_region(view, "IN")
        view.stale_spin.setValue(30)  # saved once the arrows pause
        qtbot.waitUntil(
            lambda: view.saved_label.text() == "Saved." and get_setting("stale_deal_days") == "30"
        )
        wait_for_background(qtbot, ctx)
    finally:
        ctx.shutdown()
        store.close()

    store = open_store(db_path)
    ctx = AppContext(store)
    try:
        assert (get_setting("phone_region"), get_setting("stale_deal_days")) == ("IN", "30")
        reopened = open_settings(ctx, qtbot)
        assert reopened.region_combo.currentData() == "IN" and reopened.stale_spin.value() == 30
    finally:
        ctx.shutdown()
        store.close()


def test_the_database_file_is_shown(ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    view = open_settings(ctx, qtbot)
    assert view.path_label.text() == str(ctx.store.path.resolve())


@pytest.fixture
def relaunched(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    calls: list[Path] = []
    monkeypatch.setattr(SettingsView, "relaunch", staticmethod(lambda path: calls.append(path) or True))
    return calls


def test_open_another_database_reopens_the_app_with_it(
    ctx: AppContext,
    qtbot,
    tmp_path: Path,
    relaunched: list[Path],
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    other = tmp_path / "branch.sqlite3"
    online_backup(ctx.store.raw_connection(), other)  # another real CRM database
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view = open_settings(ctx, qtbot)

    qtbot.mouseClick(view.open_other_button, Qt.MouseButton.LeftButton)

    assert relaunched == [other]
    assert not view.isVisible()  # its window closed


def test_a_file_that_is_not_a_database_is_refused_and_nothing_restarts(
    ctx: AppContext,
    qtbot,
    tmp_path: Path,
    relaunched: list[Path],
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("not a database", encoding="utf-8")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    view = open_settings(ctx, qtbot)

    view.switch_to(notes)

    assert relaunched == [] and "not a CRM Desktop database" in warnings[0]
    assert view.isVisible() and notes.read_text(encoding="utf-8") == "not a database"


def test_the_same_file_again_does_nothing(ctx: AppContext, qtbot, relaunched: list[Path]) -> None:  # noqa: ANN001
    view = open_settings(ctx, qtbot)
    view.switch_to(ctx.store.path)
    assert relaunched == [] and view.isVisible()


def test_relaunching_runs_this_python_on_the_other_file() -> None:
    program, arguments = relaunch_command(Path("/data/branch.sqlite3"))
    assert program == sys.executable
    assert arguments == ["-m", "crm_desktop.cli.main", "--db", "/data/branch.sqlite3"]


def test_edit_stages_opens_the_stage_editor(ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    view = open_settings(ctx, qtbot)
    qtbot.mouseClick(view.stages_button, Qt.MouseButton.LeftButton)
    assert view.stage_editor.isVisible()
    assert [s.name for s in view.stage_editor.model.stages()][0] == "New lead"


def test_who_uses_this_computer_is_recorded_on_changes(ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    from crm_desktop.db.models import User
    from crm_desktop.services import audit
    from crm_desktop.services.customers import CustomerInput, create_customer

    nusrat = User.create(name="নুসরাত").id
    view = open_settings(ctx, qtbot)
    assert view.user_combo.currentText() == "Owner"  # nobody chosen yet: the shop's owner
    view.user_combo.setCurrentIndex(view.user_combo.findData(nusrat))
    view.user_combo.activated.emit(view.user_combo.currentIndex())
    try:
        customer = create_customer(CustomerInput(display_name="Karim")).value
        assert [r.user_name for r in audit.history(customer)] == ["নুসরাত"]
        assert open_settings(ctx, qtbot).user_combo.currentText() == "নুসরাত"  # remembered
    finally:
        audit.set_acting_user(None)


def test_the_history_retention_is_chosen_in_settings(ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    from crm_desktop.services import audit

    view = open_settings(ctx, qtbot)
    assert view.retention_combo.currentText() == "For ever"
    view.retention_combo.setCurrentIndex(view.retention_combo.findData(365))
    view.retention_combo.activated.emit(view.retention_combo.currentIndex())
    wait_for_background(qtbot, ctx)
    assert audit.retention_days() == 365
    assert view.saved_label.text() == "Saved."


def test_countries_are_named_in_bengali_in_the_bengali_window(ctx: AppContext, qtbot, bengali) -> None:  # noqa: ANN001
    regions = dict(phone_regions())
    assert regions["BD"] == "বাংলাদেশ (+880)"
    view = open_settings(ctx, qtbot)
    assert view.region_combo.currentText() == "বাংলাদেশ (+880)"
