"""Python's cycle collector runs only in the GUI thread.

Left automatic, the collector runs in whichever thread happens to allocate,
and the writer and reader threads allocate a lot. A cycle that holds a Qt
object (a closed dialog and the lambda connected to it) is then destroyed
from a background thread, which Qt does not allow: it can crash or hang the
whole program at a random moment. So, as qutebrowser, pyqtgraph and Spyder
do, automatic collection is switched off and a timer on the GUI thread
collects, with the generation thresholds Python itself would use.
Reference counting (which frees almost everything) is untouched.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        gc.disable()
        self.timer.start()

    def check(self) -> None:
        """Collect the generations Python would have collected by now."""
        counts = gc.get_count()
        if counts[0] <= self.threshold[0]:
            return
        generation = 0
        if counts[1] > self.threshold[1]:
            generation = 1
            if counts[2] > self.threshold[2]:
                generation = 2
        gc.collect(generation)

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()
