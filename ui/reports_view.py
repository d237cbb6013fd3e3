"""The Reports view. The dashboard (charts, segments, goals) is its own piece of
work; until it lands this page says so plainly instead of showing made-up numbers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.context import AppContext


class ReportsView(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Reports"))
        title.setObjectName("viewTitle")
        note = QLabel(
            self.tr(
                "Sales, pipeline and customer-value reports are not available in this version yet. "
                "Your purchases, deals and interactions are already being recorded, so the reports "
                "will include everything from the start."
            )
        )
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addStretch(1)
