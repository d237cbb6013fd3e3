"""A guard on the Qt binding the board's models stand on.

PySide6 6.12.0 on CPython 3.11 drops a reference to ``None`` each time a
Python ``data()`` override answers ``None`` (and to ``True`` on each
``Signal.emit``); after some thousands of calls the interpreter aborts with
"Fatal Python error: none_dealloc". 6.11.3 is clean. The board paints
thousands of cards, so this is marked as a known failure on that pair
rather than skipped: when the binding is fixed or pinned, it passes.
"""

from __future__ import annotations

import sys

import PySide6
import pytest
from PySide6.QtCore import QObject, Qt, Signal

from ui.pipeline.cards_model import StageCardsModel

BROKEN_PAIR = PySide6.__version__ == "6.12.0" and sys.version_info < (3, 12)
CALLS = 200  # few enough not to bring the known-broken pair down


@pytest.mark.xfail(BROKEN_PAIR, reason="PySide6 6.12.0 + CPython 3.11 refcount bug", strict=True)
def test_a_model_answering_none_keeps_none_alive(qapp) -> None:  # noqa: ANN001
    model = StageCardsModel(1, "open")
    model.insert_card(0, _card())
    index = model.index(0)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        assert index.data(Qt.ItemDataRole.DecorationRole) is None  # a role the model does not answer
    assert sys.getrefcount(None) - before > -CALLS // 2  # a broken binding loses one per call


@pytest.mark.xfail(BROKEN_PAIR, reason="PySide6 6.12.0 + CPython 3.11 refcount bug", strict=True)
def test_emitting_a_signal_keeps_true_alive(qapp) -> None:  # noqa: ANN001
    class Sender(QObject):
        sent = Signal(int)

    sender = Sender()
    before = sys.getrefcount(True)
    for i in range(CALLS):
        sender.sent.emit(i)
    assert sys.getrefcount(True) - before > -CALLS // 2


def _card():  # noqa: ANN202
    from datetime import datetime

    from crm_desktop.services.pipeline import Card

    when = datetime(2025, 3, 1)
    return Card(1, "Fans", 1, "Rahim", 100, "BDT", when, when, "")
