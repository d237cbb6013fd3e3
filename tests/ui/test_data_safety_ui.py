"""Backups in the window: automatic, by hand, restore that reopens on the restored data;
one window per database file."""

from __future__ import annotations

from pathlib import Path

from crm_desktop.backup import list_backups
from crm_desktop.db.store import open_store
from crm_desktop.services import stats
from crm_desktop.services.customers import CustomerInput, create_customer
from ui.auto_backup import AutoBackup
from ui.backups_dialog import BackupsDialog
from ui.session import Session
from ui.single_instance import InstanceServer, ask_to_focus, connect_to_running_instance


def test_back_up_now_lists_the_new_backup(ctx, qtbot, store) -> None:  # noqa: ANN001
    create_customer(CustomerInput(display_name="রহিম"))
    auto = AutoBackup(ctx)
    dialog = BackupsDialog(ctx, auto)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    with qtbot.waitSignal(auto.finished, timeout=10_000):
        dialog._back_up_now()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert dialog.table.item(0, 2).text() == "1"  # one customer in it
    assert list_backups(store.path.parent / "backups")[0].reason == "manual"


def test_automatic_backup_only_when_due(ctx, qtbot, store) -> None:  # noqa: ANN001
    auto = AutoBackup(ctx)
    with qtbot.waitSignal(auto.finished, timeout=10_000):
        auto.back_up_if_due()
    auto.back_up_if_due()  # the newest is minutes old: nothing to do
    qtbot.wait(200)
    assert len(list_backups(store.path.parent / "backups")) == 1


def test_closing_backs_up_only_after_changes(ctx, qtbot, store) -> None:  # noqa: ANN001
    auto = AutoBackup(ctx)
    assert auto.back_up_now_blocking() is None
    assert list_backups(store.path.parent / "backups") == []
    ctx.write(lambda: create_customer(CustomerInput(display_name="Karim")))
    qtbot.waitUntil(lambda: auto.dirty)
    assert auto.back_up_now_blocking() is None
    [backup] = list_backups(store.path.parent / "backups")
    assert backup.reason == "on-close" and backup.counts["customers"] == 1


def test_restore_reopens_the_window_on_the_restored_data(qtbot, tmp_path: Path, qapp) -> None:  # noqa: ANN001
    db = tmp_path / "shop.sqlite3"
    with open_store(db):
        for name in ("রহিম", "করিম", "Nusrat"):
            create_customer(CustomerInput(display_name=name))
    session = Session(db)
    assert session.start()
    qtbot.addWidget(session.window)
    assert session.auto_backup is not None
    with qtbot.waitSignal(session.auto_backup.finished, timeout=10_000):
        session.auto_backup.back_up(reason="manual")
    [backup] = list_backups(tmp_path / "backups")
    session.ctx.store.db.execute_sql("DELETE FROM customer")
    first_window = session.window

    session.restore(backup.path)

    assert session.window is not first_window and session.window.isVisible()
    qtbot.addWidget(session.window)
    assert stats.counts()["customers"] == 3
    assert "Restored 3 customers" in session.window.message_label.text()
    reasons = sorted(b.reason for b in list_backups(tmp_path / "backups"))
    assert reasons == ["before-restore", "manual"]
    session.close(back_up=False)


def test_a_second_start_on_the_same_file_finds_the_first(qtbot, tmp_path: Path, qapp) -> None:  # noqa: ANN001
    db = tmp_path / "shop.sqlite3"
    assert connect_to_running_instance(db, timeout_ms=100) is None
    server = InstanceServer(db)
    assert server.listening
    socket = connect_to_running_instance(db)
    assert socket is not None
    with qtbot.waitSignal(server.focus_requested, timeout=3000):
        ask_to_focus(socket)
    del socket
    assert connect_to_running_instance(tmp_path / "other.sqlite3", timeout_ms=100) is None
    server.close()
    server.deleteLater()


def test_a_save_into_a_read_only_database_says_so(ctx, qtbot, monkeypatch) -> None:  # noqa: ANN001
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    ctx.report_error(sqlite3.OperationalError("attempt to write a readonly database"), None)
    assert shown and "read-only" in shown[0] and str(ctx.store.path) in shown[0]


def test_a_damaged_file_can_be_replaced_by_a_backup_from_the_open_dialog(
    qtbot,
    tmp_path: Path,
    qapp,
    monkeypatch,  # noqa: ANN001
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from crm_desktop.backup import make_backup
    from ui.app import open_store_interactively

    db = tmp_path / "shop.sqlite3"
    with open_store(db) as store:
        for name in ("রহিম", "করিম"):
            create_customer(CustomerInput(display_name=name))
        backup = make_backup(store, tmp_path / "backups").path
    db.write_bytes(b"this file was damaged by a power cut" * 200)

    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    monkeypatch.setattr(  # the user clicks "Restore a backup…"
        QMessageBox,
        "clickedButton",
        lambda self: next(b for b in self.buttons() if b.text() == "Restore a backup…"),
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))

    store = open_store_interactively(db)

    assert store is not None
    assert stats.counts()["customers"] == 2
    store.close()
    assert told and "Restored 2 customers" in told[0]
    [kept] = [p for p in (tmp_path / "backups").iterdir() if p.name.startswith("damaged-")]
    assert kept.read_bytes().startswith(b"this file was damaged")  # the damaged file, kept aside
