"""One chart of the dashboard: a matplotlib canvas, clickable bars, and an export menu."""

from __future__ import annotations

import warnings
from pathlib import Path

from matplotlib.backend_bases import MouseEvent, PickEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.charts.common import Targets
from crm_desktop.charts.export import save_figure, write_chart_csv
from crm_desktop.charts.fmt import ChartFormat
from crm_desktop.charts.registry import ChartSpec
from crm_desktop.charts.style import new_figure
from crm_desktop.reports.dashboard import ReportBundle
from crm_desktop.reports.drilldown import DrillTarget
from ui.icons import icon

REDRAW_AFTER_RESIZE_MS = 250


class ChartCanvas(FigureCanvasQTAgg):
    """Matplotlib's Qt canvas, drawing a card squeezed smaller than its labels without complaint.

    A narrow window, long Bengali labels or the first paint before the layout has settled can
    leave no room for the axes: matplotlib then skips its layout pass and warns. The drawing is
    still right, and the next resize lays the card out again, so the warning is not passed on
    (from an explicit redraw or from matplotlib's own redraw after a resize).
    """

    def draw(self) -> None:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", "constrained_layout not applied", UserWarning)
            super().draw()


class ChartCard(QFrame):
    """Draws ``spec`` for the current bundle; a click on a bar emits :attr:`drill`."""

    drill = Signal(object)  # DrillTarget

    def __init__(self, spec: ChartSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartCard")
        self.spec = spec
        self.bundle: ReportBundle | None = None
        self.fmt = ChartFormat()
        self.targets: Targets = {}
        self.figure = new_figure()
        self.canvas = ChartCanvas(self.figure)
        self.canvas.setObjectName(f"chart-{spec.id}")
        self.canvas.setAccessibleName(QCoreApplication.translate("Charts", spec.name))
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(300)
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.canvas.customContextMenuRequested.connect(self._context_menu)
        self.canvas.mpl_connect("pick_event", self._picked)
        self.canvas.mpl_connect("motion_notify_event", self._hover)
        self.menu_button = QToolButton(self)
        self.menu_button.setObjectName("chartMenu")
        self.menu_button.setIcon(icon("export"))
        self.menu_button.setToolTip(self.tr("Save this chart or its data"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setMenu(self._export_menu())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.canvas)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(REDRAW_AFTER_RESIZE_MS)
        self._resize_timer.timeout.connect(self.redraw)

    # --- drawing -------------------------------------------------------------

    def show_bundle(self, bundle: ReportBundle, fmt: ChartFormat) -> None:
        self.bundle, self.fmt = bundle, fmt
        self.redraw()

    def redraw(self) -> None:
        if self.bundle is None:
            return
        self.targets = self.spec.draw(self.figure, self.bundle, self.fmt)
        self.canvas.draw()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.menu_button.move(self.width() - self.menu_button.width() - 10, 8)
        self.menu_button.raise_()
        if self.bundle is not None:
            self._resize_timer.start()  # labels are thinned for the width: lay out again

    # --- clicks --------------------------------------------------------------

    def target_at(self, event: MouseEvent) -> DrillTarget | None:
        for artist, target in self.targets.items():
            if artist.contains(event)[0]:
                return target
        return None

    def _picked(self, event: PickEvent) -> None:
        mouse = getattr(event, "mouseevent", None)
        if mouse is not None and getattr(mouse, "button", None) not in (1, None):
            return
        target = self.targets.get(event.artist)
        if target is not None:
            self.drill.emit(target)

    def _hover(self, event: MouseEvent) -> None:
        target = self.target_at(event) if event.inaxes is not None else None
        if target is None:
            self.canvas.unsetCursor()
            QToolTip.hideText()
            return
        self.canvas.setCursor(Qt.CursorShape.PointingHandCursor)
        QToolTip.showText(
            QCursor.pos(), self.tr("{label} — click to see these customers").format(label=target.label)
        )

    # --- export --------------------------------------------------------------

    def _export_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Save as PNG image…"), lambda: self._ask_and_save("png"))
        menu.addAction(self.tr("Save as SVG image…"), lambda: self._ask_and_save("svg"))
        menu.addAction(self.tr("Save data as CSV…"), lambda: self._ask_and_save("csv"))
        return menu

    def _context_menu(self, at: QPoint) -> None:
        self._export_menu().exec(self.canvas.mapToGlobal(at))

    def _ask_and_save(self, kind: str) -> None:
        filters = {
            "png": self.tr("PNG image (*.png)"),
            "svg": self.tr("SVG image (*.svg)"),
            "csv": self.tr("CSV file (*.csv)"),
        }
        name = f"{self.spec.id}.{kind}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save"), name, filters[kind])
        if not path:
            return
        try:
            self.save(Path(path) if Path(path).suffix else Path(f"{path}.{kind}"))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), self.tr("Cannot write {file}: {reason}").format(
                file=path, reason=exc.strerror or exc))  # fmt: skip

    def save(self, path: Path) -> None:
        """The chart as shown (.png, .svg) or its numbers (.csv), to ``path``."""
        if self.bundle is None:
            return
        if path.suffix.lower() == ".csv":
            write_chart_csv(self.spec.id, self.bundle, path)
        else:
            save_figure(self.figure, path)
