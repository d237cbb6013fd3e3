"""UI fixtures: a real database, a real AppContext and MainWindow, offscreen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from crm_desktop.db.store import Store
from ui.context import AppContext


@pytest.fixture(autouse=True)
def qt_settings_isolated(isolated_home, qapp) -> Iterator[None]:  # noqa: ANN001
    """QSettings go to the temp home, never to the real user's config."""
    QCoreApplication.setOrganizationName("CRM Desktop Tests")
    QCoreApplication.setApplicationName("CRM Desktop Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(isolated_home))
    QSettings().clear()
    yield


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


def wait_for_background(qtbot, ctx: AppContext, timeout: int = 5000) -> None:  # noqa: ANN001
    """Wait until the reader and writer threads have delivered everything."""
    qtbot.waitUntil(lambda: ctx.reader.pending == 0 and ctx.writer.pending == 0, timeout=timeout)
