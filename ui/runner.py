"""Database work off the GUI thread.

Two single-thread executors, each with its own SQLite connection: one for
writes (so writes are serialized, in the order they were asked for) and one
for reads that may take longer than a frame. Results come back to the GUI
thread through a queued Qt signal; callbacks always run on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

from crm_desktop.db.models import database_proxy

log = logging.getLogger(__name__)

Callback = Callable[[Any], object]  # a return value is ignored
ErrorCallback = Callable[[BaseException], None]


class _Relay(QObject):
    finished = Signal(object, object, object, object)  # on_done, on_error, result, error


class Runner(QObject):
    """Runs callables on one background thread; delivers results on the GUI thread."""

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self.pending = 0

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> Future[Any]:
        self.pending += 1
        future = self._pool.submit(fn)

        def finished(f: Future[Any]) -> None:
            error = f.exception()
            self._relay.finished.emit(on_done, on_error, None if error else f.result(), error)

        future.add_done_callback(finished)
        return future

    def _deliver(
        self,
        on_done: Callback | None,
        on_error: ErrorCallback | None,
        result: Any,
        error: BaseException | None,
    ) -> None:
        self.pending -= 1
        if error is not None:
            if on_error is not None:
                on_error(error)
            else:
                log.error("background work failed", exc_info=error)
            return
        if on_done is not None:
            on_done(result)

    def shutdown(self) -> None:
        """Finish queued work, close this thread's connection, stop the thread."""
        self._pool.submit(lambda: database_proxy.close() if not database_proxy.is_closed() else None)
        self._pool.shutdown(wait=True)
