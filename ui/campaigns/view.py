"""The Campaigns view: segments, email templates, campaigns and the outbox, one tab each."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from ui.campaigns.campaigns_tab import CampaignsTab
from ui.campaigns.outbox_tab import OutboxTab
from ui.campaigns.segments_tab import SegmentsTab
from ui.campaigns.templates_tab import TemplatesTab
from ui.context import AppContext
from ui.icons import icon

TAB_KEY = "campaigns/tab"


class CampaignsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("viewRoot")
        title = QLabel(self.tr("Campaigns"))
        title.setObjectName("viewTitle")
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("campaignTabs")
        self.segments = SegmentsTab(ctx)
        self.templates = TemplatesTab(ctx)
        self.campaigns = CampaignsTab(ctx)
        self.outbox = OutboxTab(ctx)
        self.tabs.addTab(self.segments, icon("customers"), self.tr("Segments"))
        self.tabs.addTab(self.templates, icon("email"), self.tr("Email templates"))
        self.tabs.addTab(self.campaigns, icon("campaigns"), self.tr("Campaigns"))
        self.tabs.addTab(self.outbox, icon("export"), self.tr("Outbox"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        saved = QSettings().value(TAB_KEY, 0)
        self.tabs.setCurrentIndex(int(str(saved)) if str(saved).isdigit() else 0)

    def activated(self) -> None:
        pass

    def show_tab(self, name: str) -> QWidget:
        widget = {
            "segments": self.segments,
            "templates": self.templates,
            "campaigns": self.campaigns,
            "outbox": self.outbox,
        }[name]
        self.tabs.setCurrentWidget(widget)
        return widget

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(TAB_KEY, self.tabs.currentIndex())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.outbox.shutdown()
        super().closeEvent(event)
