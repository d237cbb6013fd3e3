"""First run: an empty customer book. Add the first customer, import a file, or try sample data."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QVBoxLayout, QWidget

from crm_desktop.services.changes import KINDS, Changes, Outcome
from ui.context import AppContext
from ui.icons import icon

SAMPLE_CUSTOMERS = 2000


class _ProgressRelay(QObject):
    """Carries the generator's progress from the writer thread to the GUI thread."""

    progressed = Signal(str, int, int)

    def report(self, phase: str, done: int, total: int) -> None:
        self.progressed.emit(phase, done, total)


def _card(icon_name: str, title: str, text: str) -> QToolButton:
    """A big button: icon, a bold title and a line of explanation (labels inside a tool button,
    so clicks, the keyboard and the disabled look come from the button)."""
    card = QToolButton()
    card.setObjectName("welcomeCard")
    card.setFixedSize(QSize(240, 150))
    card.setAccessibleName(title)
    glyph = QLabel()
    glyph.setPixmap(icon(icon_name).pixmap(36, 36))
    heading = QLabel(title)
    heading.setObjectName("welcomeCardTitle")
    detail = QLabel(text)
    detail.setObjectName("muted")
    detail.setWordWrap(True)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(16, 18, 16, 14)
    layout.setSpacing(6)
    for label in (glyph, heading, detail):
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addWidget(label)
    layout.addStretch(1)
    return card


class WelcomePage(QWidget):
    add_requested = Signal()
    import_requested = Signal()
    sample_loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("welcome")
        title = QLabel(self.tr("Welcome to CRM Desktop"))
        title.setObjectName("welcomeTitle")
        intro = QLabel(
            self.tr(
                "Your customer book is empty. Everything stays on this computer, in one file.\n"
                "How would you like to start?"
            )
        )
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro.setMaximumWidth(620)
        intro_row = QHBoxLayout()  # centred, yet free to wrap onto more lines in a narrow window
        intro_row.addStretch(1)
        intro_row.addWidget(intro, 4)
        intro_row.addStretch(1)

        self.add_card = _card("add", self.tr("Add your first customer"), self.tr("Name, phone, email"))
        self.add_card.clicked.connect(lambda: self.add_requested.emit())
        self.import_card = _card("import", self.tr("Import a file"), self.tr("Contacts from CSV or vCard"))
        self.import_card.setToolTip(
            self.tr("Opens the import wizard: choose a file, match its columns, check, import.")
        )
        self.import_card.clicked.connect(lambda: self.import_requested.emit())
        self.sample_card = _card(
            "customers", self.tr("Load sample data"), self.tr("A demo shop to try things on")
        )
        self.sample_card.setToolTip(
            self.tr("Adds {n} made-up customers with their history. Start a new file for real data.").format(
                n=SAMPLE_CUSTOMERS
            )
        )
        self.sample_card.clicked.connect(self.load_sample)
        cards = QHBoxLayout()
        cards.setSpacing(16)
        cards.addStretch(1)
        for card in (self.add_card, self.import_card, self.sample_card):
            cards.addWidget(card)
        cards.addStretch(1)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setFixedWidth(480)
        self.progress.hide()
        self.progress_label = QLabel()
        self.progress_label.setObjectName("muted")
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress_label.hide()

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(6)
        layout.addLayout(intro_row)
        layout.addSpacing(28)
        layout.addLayout(cards)
        layout.addSpacing(24)
        layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.progress_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self._progressed)

    @property
    def loading(self) -> bool:
        return not self.sample_card.isEnabled()

    def load_sample(self) -> None:
        """Fill the database with the demo shop, on the writer thread, showing progress."""
        from crm_desktop.demo import generate

        store, size, relay = self.ctx.store, SAMPLE_CUSTOMERS, self._relay

        def op() -> Outcome[int]:
            generate(store, customers=size, seed=1, progress=relay.report)
            return Outcome(size, Changes.of(*KINDS))

        for card in (self.add_card, self.import_card, self.sample_card):
            card.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.progress_label.setText(self.tr("Making sample customers…"))
        self.progress_label.show()
        self.ctx.write(op, lambda _n: self._finished(True), parent=self, on_error=self._failed)

    def _progressed(self, phase: str, done: int, total: int) -> None:
        labels = {
            "customer": self.tr("Making sample customers…"),
            "interaction": self.tr("Writing their calls and messages…"),
            "purchase": self.tr("Recording their purchases…"),
            "deal": self.tr("Opening deals…"),
            "search": self.tr("Indexing for search…"),
        }
        order = list(labels)
        if phase in labels:
            self.progress_label.setText(labels[phase])
            step = order.index(phase)
            fraction = done / total if total else 1.0
            self.progress.setValue(int(100 * (step + fraction) / len(order)))

    def _failed(self, error: BaseException) -> None:
        self._finished(False)
        self.ctx.report_error(error, self)

    def _finished(self, ok: bool) -> None:
        for card in (self.add_card, self.import_card, self.sample_card):
            card.setEnabled(True)
        self.progress.hide()
        self.progress_label.hide()
        if ok:
            self.sample_loaded.emit()
