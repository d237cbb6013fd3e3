"""Asking why a deal was lost: the common reasons one click away, plus free text."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class LostReasonDialog(QDialog):
    def __init__(self, deal_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Why was this deal lost?"))
        self.setMinimumWidth(420)
        question = QLabel(self.tr("Why was “{deal}” lost?").format(deal=deal_title))
        question.setWordWrap(True)
        self.reasons = [
            self.tr("Price too high"),
            self.tr("Went to a competitor"),
            self.tr("No response"),
            self.tr("Not needed now"),
            self.tr("Other"),
        ]
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        for i, reason in enumerate(self.reasons):
            button = QRadioButton(reason)
            self.group.addButton(button, i)
            layout.addWidget(button)
        self.details = QLineEdit()
        self.details.setPlaceholderText(self.tr("Details (optional)"))
        self.details.setMaxLength(500)
        layout.addWidget(self.details)
        self.hint = QLabel()
        self.hint.setObjectName("fieldError")
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark as lost"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.group.idToggled.connect(lambda *_: self._validate())
        self.details.textChanged.connect(lambda *_: self._validate())
        self._validate()

    def choose(self, index: int) -> None:
        self.group.button(index).setChecked(True)

    def reason(self) -> str:
        """What is stored: "Went to a competitor — cheaper at Rahim's", or the details alone for Other."""
        chosen, details = self.group.checkedId(), self.details.text().strip()
        if chosen < 0:
            return details
        if chosen == len(self.reasons) - 1:  # Other
            return details
        return f"{self.reasons[chosen]} — {details}" if details else self.reasons[chosen]

    def _validate(self) -> None:
        chosen = self.group.checkedId()
        is_other = chosen == len(self.reasons) - 1
        missing_details = is_other and not self.details.text().strip()
        self.hint.setText(self.tr("Say what happened in the details.") if missing_details else "")
        self.hint.setVisible(missing_details)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            chosen >= 0 and not missing_details
        )
        self.details.setPlaceholderText(
            self.tr("What happened?") if is_other else self.tr("Details (optional)")
        )
