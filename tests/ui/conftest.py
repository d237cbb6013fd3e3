"""UI fixtures: a real database, a real AppContext and MainWindow, offscreen."""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from crm_desktop.db.store import Store
from ui.context import AppContext


@pytest.fixture(scope="session", autouse=True)
def collect_on_the_gui_thread(qapp) -> Iterator[None]:  # noqa: ANN001
    """As in the app: Python's cycle collector runs only on the GUI thread, never
    in the writer or reader thread, where freeing a Qt object can hang Qt."""
    from ui.gc_guard import MainThreadCollector

    collector = MainThreadCollector()
    yield
    collector.stop()


@pytest.fixture(autouse=True)
def collect_after_each_test(collect_on_the_gui_thread) -> Iterator[None]:  # noqa: ANN001
    yield
    gc.collect()  # what a test left behind goes now, on this thread
    # What survived is alive (modules, caches, the application): set it aside, so that the next
    # test's collection looks only at what that test made. A full collection over everything the
    # run had ever loaded took ~0.4 s a test late in the run, a third of the suite's time.
    gc.freeze()


@pytest.fixture(autouse=True)
def qt_settings_isolated(isolated_home, qapp) -> Iterator[None]:  # noqa: ANN001
    """QSettings go to the temp home, never to the real user's config."""
    QCoreApplication.setOrganizationName("CRM Desktop Tests")
    QCoreApplication.setApplicationName("CRM Desktop Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(isolated_home))
    QSettings().clear()
    yield


STUCK_AFTER_SECONDS = 20


def _describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QMessageBox) else ""
    return f"{type(widget).__name__} “{widget.windowTitle()}” {text}".strip()


@pytest.fixture(autouse=True)
def nothing_waits_for_a_user(qapp) -> Iterator[None]:  # noqa: ANN001
    """A dialog or menu left open waits for a user who is not there, and the whole
    run would hang. A watchdog closes anything modal still open after
    STUCK_AFTER_SECONDS (its timer runs inside the dialog's own event loop),
    and the test fails saying what was left open."""
    stuck: list[str] = []
    first_seen: dict[int, float] = {}

    def check() -> None:
        widget = QApplication.activeModalWidget() or QApplication.activePopupWidget()
        if widget is None:
            first_seen.clear()
            return
        since = first_seen.setdefault(id(widget), time.monotonic())
        if time.monotonic() - since < STUCK_AFTER_SECONDS:
            return
        stuck.append(_describe(widget))
        first_seen.pop(id(widget))
        if isinstance(widget, QDialog):
            widget.done(QDialog.DialogCode.Rejected)
        else:
            widget.close()

    watchdog = QTimer()
    watchdog.setInterval(1000)
    watchdog.timeout.connect(check)
    watchdog.start()
    yield
    watchdog.stop()
    assert not stuck, f"left open, waiting for a user: {stuck}"


@pytest.fixture
def ctx(store: Store, qapp) -> Iterator[AppContext]:  # noqa: ANN001
    context = AppContext(store)
    yield context
    context.shutdown()


@pytest.fixture
def window(ctx: AppContext, qtbot):  # noqa: ANN001, ANN201
    from ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    return win


@pytest.fixture
def bengali() -> Iterator[None]:
    """The window in Bengali for one test; later tests expect the English text and locale."""
    from ui import i18n

    i18n.install("bn")
    yield
    i18n.install("en")


@pytest.fixture
def dhaka() -> Iterator[None]:
    """Run the test in Asia/Dhaka, whatever the machine's zone."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Dhaka"
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()


def wait_for_background(qtbot, ctx: AppContext, timeout: int = 5000) -> None:  # noqa: ANN001
    """Wait until the reader and writer threads have delivered everything."""
    qtbot.waitUntil(lambda: ctx.reader.pending == 0 and ctx.writer.pending == 0, timeout=timeout)
