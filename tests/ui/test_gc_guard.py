"""Cycles are collected on the GUI thread only: a background thread never frees a Qt object."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QWidget

from ui.gc_guard import MainThreadCollector


def test_a_cycle_holding_a_widget_is_freed_by_the_gui_thread_not_by_a_worker(qtbot) -> None:  # noqa: ANN001
    assert not gc.isenabled()  # the session runs as the app does
    freed_on: list[str] = []

    class Holder:
        def __init__(self) -> None:
            self.widget = QWidget()
            self.widget.destroyed.connect(lambda: None)
            self.me = self  # a cycle: only the cycle collector frees it

        def __del__(self) -> None:
            freed_on.append(threading.current_thread().name)

    holder = Holder()
    alive = weakref.ref(holder)
    del holder

    rows: list[list[object]] = []

    def allocate() -> None:  # a writer thread's work: a big result, enough to trigger a collection
        rows.extend([object()] for _ in range(50_000))

    worker = threading.Thread(target=allocate, name="crm-writer-test")
    worker.start()
    worker.join()
    assert alive() is not None and freed_on == []  # the worker never collected it

    qtbot.waitUntil(lambda: alive() is None, timeout=3000)  # the GUI thread's timer collects it
    assert freed_on == [threading.main_thread().name]


def test_the_collector_takes_the_generation_python_would(qtbot) -> None:  # noqa: ANN001
    collector = MainThreadCollector()
    try:
        gc.collect()
        collector.check()  # nothing allocated since: nothing to do
        assert gc.get_count()[0] <= collector.threshold[0]
        young = [[object()] for _ in range(collector.threshold[0] * 2)]  # tracked, and alive
        assert gc.get_count()[0] > collector.threshold[0]
        collector.check()
        assert gc.get_count()[0] < collector.threshold[0]  # a generation-0 collection ran
        del young
    finally:
        collector.stop()
        gc.disable()  # the session's own collector keeps running
