"""The Reports view: KPI tiles and the dashboard's charts for a chosen date range.

Every number is computed off the GUI thread (one :func:`build_bundle` call
on the reader); while it runs the view shows a quiet "Updating…" and keeps
the previous charts. Charts are then drawn one per turn of the event loop,
so the window keeps answering. The view refreshes itself, debounced, when
purchases, deals, customers, tickets or tasks change. Clicking a bar opens
the customer list filtered to exactly the customers behind it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.charts.export import pdf_pages
from crm_desktop.charts.fmt import ChartFormat
from crm_desktop.charts.kpis import kpi_tiles
from crm_desktop.charts.registry import CHARTS
from crm_desktop.output_files import check_output_path
from crm_desktop.reports.dashboard import ReportBundle, build_bundle
from crm_desktop.reports.drilldown import DrillTarget, customers_for
from crm_desktop.services.changes import Changes
from ui.context import AppContext
from ui.i18n import current_locale, translated
from ui.icons import icon
from ui.reports.chart_card import ChartCard
from ui.reports.goals_dialog import GoalsDialog
from ui.reports.kpi_tiles import KpiStrip
from ui.reports.range_picker import RangePicker

REFRESH_ON = ("purchase", "deal", "customer", "ticket", "task", "stage", "setting")
REFRESH_DELAY_MS = 600
COLUMNS = 2


def qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class ReportsView(QWidget):
    first_screen = Signal()  # the KPIs and the charts in sight are drawn
    loaded = Signal()  # every number and chart of the current range is drawn
    pdf_written = Signal(object)  # Path

    def __init__(
        self,
        ctx: AppContext,
        language: Callable[[], str] | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__()
        self.setObjectName("viewRoot")
        self.ctx = ctx
        self._language = language or current_locale
        self._today = today
        self.bundle: ReportBundle | None = None
        self._busy = False
        self._again = False
        self._dirty = True
        self._draw_queue: list[ChartCard] = []
        self._in_sight_left = 0

        title = QLabel(self.tr("Reports"))
        title.setObjectName("viewTitle")
        self.picker = RangePicker(today)
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.goals_button = QPushButton(self.tr("Goals…"))
        self.goals_button.clicked.connect(self.edit_goals)
        self.pdf_button = QPushButton(icon("export"), self.tr("Export PDF…"))
        self.pdf_button.clicked.connect(self._ask_pdf)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(16)
        header.addWidget(self.picker)
        header.addWidget(self.status, 1)
        header.addWidget(self.goals_button)
        header.addWidget(self.pdf_button)

        self.kpis = KpiStrip()
        self.cards = {spec.id: ChartCard(spec) for spec in CHARTS}
        grid_host = QWidget()
        grid_host.setObjectName("viewRoot")
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        for i, card in enumerate(self.cards.values()):
            last_alone = i == len(self.cards) - 1 and i % COLUMNS == 0
            grid.addWidget(card, i // COLUMNS, i % COLUMNS, 1, COLUMNS if last_alone else 1)
            card.drill.connect(self.open_customers)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(grid_host)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.kpis)
        layout.addWidget(scroll, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(REFRESH_DELAY_MS)
        self._debounce.timeout.connect(self._reload_if_shown)
        self.picker.changed.connect(lambda _period: self.reload())
        ctx.bus.changed.connect(self._on_changes)

    # --- loading ---------------------------------------------------------------

    @property
    def ready(self) -> bool:
        """Every number and chart of the chosen range is on screen."""
        return self.bundle is not None and not self._busy and not self._draw_queue

    def chart_format(self) -> ChartFormat:
        return ChartFormat(self._language(), qt_translate)

    def activated(self) -> None:
        if self._dirty:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._dirty and not self._busy:
            QTimer.singleShot(0, self.activated)

    def _on_changes(self, changes: Changes) -> None:
        if not changes.touches(*REFRESH_ON):
            return
        self._dirty = True
        if self.isVisible():
            self._debounce.start()

    def _reload_if_shown(self) -> None:
        """A change came while the view was in sight; if it was closed since, showing it reloads."""
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Compute every number of the chosen range in the background, then draw."""
        if self._busy:
            self._again = True  # the range or the data changed meanwhile: go again when done
            return
        self._busy, self._dirty = True, False
        self.status.setText(self.tr("Updating…"))
        period, today = self.picker.period(), self._today()
        self.ctx.reader.submit(lambda: build_bundle(period, today), self._computed, self._failed)

    def _computed(self, bundle: ReportBundle) -> None:
        self._busy = False
        if self._again:
            self._again = False
            self.reload()
            return
        self.bundle = bundle
        fmt = self.chart_format()
        self.kpis.show_tiles(kpi_tiles(bundle.kpis, fmt))
        # The charts in sight first, then the rest (scrolled out of sight) after them.
        cards = list(self.cards.values())
        self._draw_queue = [c for c in cards if self._in_sight(c)] + [
            c for c in cards if not self._in_sight(c)
        ]
        self._in_sight_left = sum(1 for c in cards if self._in_sight(c))
        QTimer.singleShot(0, self._draw_next)

    def _in_sight(self, card: ChartCard) -> bool:
        return card.isVisible() and not card.visibleRegion().isEmpty()

    def _draw_next(self) -> None:
        if not self._draw_queue or self.bundle is None:
            return
        card = self._draw_queue.pop(0)
        card.show_bundle(self.bundle, self.chart_format())
        self._in_sight_left -= 1
        if self._in_sight_left == 0:
            self.first_screen.emit()
        if self._draw_queue:
            QTimer.singleShot(0, self._draw_next)
        else:
            self.status.setText("")
            self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.status.setText(self.tr("The reports could not be computed."))
        self.ctx.report_error(error, self)

    # --- drill-down ------------------------------------------------------------

    def open_customers(self, target: DrillTarget) -> None:
        """Show the customer list filtered to exactly the customers behind ``target``."""
        if self.bundle is None or self.ctx.navigator is None:
            return
        period = self.bundle.period
        card = next((c for c in self.cards.values() if target in c.targets.values()), None)
        chart = self.chart_format().tr(card.spec.name) if card else ""
        title = f"{chart}: {target.label}" if chart else target.label
        navigator = self.ctx.navigator
        self.ctx.read(
            lambda: customers_for(target, period),
            lambda ids: navigator.show_customers(ids=frozenset(ids), title=title),
        )

    # --- goals and the PDF -----------------------------------------------------

    def edit_goals(self) -> None:
        month = min(self._today(), self.picker.period().end)
        dialog = GoalsDialog(self.ctx, month, self._language(), self)
        dialog.accepted.connect(self.reload)
        dialog.open()

    def _ask_pdf(self) -> None:
        if self.bundle is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF"), "report.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            self.export_pdf(Path(path))

    def export_pdf(self, path: Path) -> None:
        """Write the dashboard as a PDF, one page per turn of the event loop; emits :attr:`pdf_written`."""
        if self.bundle is None:
            return
        pages = pdf_pages(self.bundle, self.chart_format())
        try:
            check_output_path(path)  # never over the database or a backup
            pdf = PdfPages(str(path), metadata={"Creator": "CRM Desktop"})
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), translated(exc.strerror or str(exc)))
            return
        self.pdf_button.setEnabled(False)
        self.status.setText(self.tr("Writing the PDF…"))
        QTimer.singleShot(0, lambda: self._write_page(pdf, pages, path))

    def _write_page(self, pdf: PdfPages, pages: Iterator[Figure], path: Path) -> None:
        page = next(pages, None)
        if page is not None:
            pdf.savefig(page)
            QTimer.singleShot(0, lambda: self._write_page(pdf, pages, path))
            return
        pdf.close()
        self.pdf_button.setEnabled(True)
        self.status.setText(self.tr("Saved {file}").format(file=path.name))
        self.pdf_written.emit(path)
