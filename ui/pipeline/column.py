"""One stage on screen: a header with the count, total and weighted value, and its cards."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import number_text, stage_name
from ui.pipeline.board import CLOSED_WINDOW_DAYS, ColumnSummary, StageInfo
from ui.pipeline.card_delegate import CardDelegate
from ui.pipeline.cards_model import DEAL_ID_ROLE, StageCardsModel
from ui.pipeline.format import totals_text

OPEN_MIN_WIDTH, OPEN_MAX_WIDTH, CLOSED_WIDTH = 228, 360, 232
STEP_KEYS = {Qt.Key.Key_Right: +1, Qt.Key.Key_Left: -1}


class ElidingLabel(QLabel):
    """A one-line label that shortens its text with "…" to fit, rather than widening its column."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.full_text = ""
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self.full_text, Qt.TextElideMode.ElideRight, max(0, self.width())
        )
        super().setText(shown)


class CardListView(QListView):
    """The cards of a column. Ctrl+→ / Ctrl+← send the selected card to the next / previous stage."""

    open_requested = Signal(int)  # deal id
    step_requested = Signal(int, int)  # deal id, +1 / -1
    menu_requested = Signal(int, QPoint)  # deal id, global position

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = empty_text
        self.setObjectName("cardList")
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        self.doubleClicked.connect(self._open_index)

    def selected_deal(self) -> int | None:
        index = self.currentIndex()
        return index.data(DEAL_ID_ROLE) if index.isValid() else None

    def select_deal(self, deal_id: int) -> bool:
        model = self.model()
        row = model.row_of(deal_id) if isinstance(model, StageCardsModel) else -1
        if row < 0:
            return False
        index = model.index(row, 0)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(index.data(DEAL_ID_ROLE))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        deal_id = self.selected_deal()
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if deal_id is not None and ctrl and event.key() in STEP_KEYS:
            self.step_requested.emit(deal_id, STEP_KEYS[Qt.Key(event.key())])
            return
        if deal_id is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit(deal_id)
            return
        if deal_id is not None and event.key() == Qt.Key.Key_Menu:
            self.menu_requested.emit(
                deal_id, self.viewport().mapToGlobal(self.visualRect(self.currentIndex()).center())
            )
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        index = self.indexAt(event.pos())
        if index.isValid():
            self.setCurrentIndex(index)
            self.menu_requested.emit(index.data(DEAL_ID_ROLE), event.globalPos())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            area = self.viewport().rect().adjusted(16, 24, -16, -16)
            painter.drawText(
                area,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                self.empty_text,
            )


class StageColumn(QFrame):
    """A stage's header and card list. ``kind`` is open, won or lost."""

    def __init__(self, stage: StageInfo, model: StageCardsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setObjectName("stageColumn")
        self.setProperty("kind", stage.kind)
        if stage.kind == "open":
            self.setMinimumWidth(OPEN_MIN_WIDTH)
            self.setMaximumWidth(OPEN_MAX_WIDTH)
        else:
            self.setFixedWidth(CLOSED_WIDTH)

        self.name_label = ElidingLabel(stage_name(stage.name))
        self.name_label.setObjectName("stageName")
        self.count_label = QLabel()
        self.count_label.setObjectName("stageCount")
        self.probability_label = QLabel(self.tr("{percent}%").format(percent=number_text(stage.probability)))
        self.probability_label.setObjectName("stageProbability")
        self.probability_label.setToolTip(self.tr("Chance of winning a deal in this stage"))
        self.probability_label.setVisible(stage.kind == "open")
        self.totals_label = ElidingLabel()
        self.totals_label.setObjectName("stageTotals")
        self.detail_label = ElidingLabel()  # the weighted value, or how far back Won and Lost go
        self.detail_label.setObjectName("stageDetail")
        title_row = QHBoxLayout()
        title_row.setSpacing(6)
        title_row.addWidget(self.name_label, 1)
        title_row.addWidget(self.count_label)
        title_row.addWidget(self.probability_label)
        header = QFrame()
        header.setObjectName("stageHeader")
        header.setProperty("kind", stage.kind)
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(12, 10, 12, 8)
        header_layout.setSpacing(2)
        header_layout.addLayout(title_row)
        header_layout.addWidget(self.totals_label)
        header_layout.addWidget(self.detail_label)

        self.view = CardListView(self._empty_text(stage.kind))
        self.view.setModel(model)
        self.view.setItemDelegate(CardDelegate(stage.kind, self.view))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.view, 1)

    def _empty_text(self, kind: str) -> str:
        if kind == "won":
            return self.tr("Drop a deal here to mark it won.")
        if kind == "lost":
            return self.tr("Drop a deal here to mark it lost.")
        return self.tr("No deals in this stage.")

    def show_summary(self, summary: ColumnSummary) -> None:
        self.count_label.setText(number_text(summary.count))
        self.count_label.setToolTip(self.tr("{count} deals").format(count=number_text(summary.count)))
        self.totals_label.set_full_text(totals_text(summary.totals))
        if self.stage.kind == "open":
            self.detail_label.set_full_text(
                self.tr("weighted {weighted}").format(weighted=totals_text(summary.weighted))
            )
            tip = self.tr("Total {total}\nWeighted by the stage's {percent}% chance: {weighted}").format(
                total=totals_text(summary.totals, compact=False),
                percent=self.stage.probability,
                weighted=totals_text(summary.weighted, compact=False),
            )
        else:
            self.detail_label.set_full_text(
                self.tr("closed in the last {days} days").format(days=number_text(CLOSED_WINDOW_DAYS))
            )
            tip = self.tr("Total {total}").format(total=totals_text(summary.totals, compact=False))
        self.totals_label.setToolTip(tip)
        self.detail_label.setToolTip(tip)
