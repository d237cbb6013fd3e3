"""Merge duplicate customers: choose the one to keep; the others fold into it.

The suggested one (most contacts, purchases and deals, then the oldest) is
chosen at the start. What will happen is said before anything is done, and
the merge can be undone from the message that follows it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.merge import MergeCandidate
from ui.customers.formatting import count_text, date_text, phone_text


class MergeDialog(QDialog):
    def __init__(self, candidates: list[MergeCandidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.candidates = candidates
        self.setWindowTitle(self.tr("Merge customers"))
        self.setMinimumWidth(520)
        intro = QLabel(
            count_text(
                len(candidates),
                self.tr("Keep one of these customers."),
                self.tr("Keep one of these {n} customers."),
            )
            + " "
            + self.tr(
                "The others’ phones, emails, tags, contacts, deals, purchases, tasks and tickets "
                "move to the one you keep, its empty fields are filled from theirs, and the others "
                "go to the Trash. You can undo the merge."
            )
        )
        intro.setWordWrap(True)

        self.choices = QButtonGroup(self)
        rows = QWidget()
        rows_layout = QVBoxLayout(rows)
        rows_layout.setContentsMargins(4, 4, 4, 4)
        for position, candidate in enumerate(candidates):
            button = QRadioButton(self._describe(candidate))
            button.setObjectName("mergeChoice")
            self.choices.addButton(button, position)
            rows_layout.addWidget(button)
        rows_layout.addStretch(1)
        if candidates:
            self.choices.button(0).setChecked(True)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(rows)
        scroll.setMinimumHeight(min(60 + 52 * len(candidates), 360))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("primary")
        self.merge_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def _describe(self, c: MergeCandidate) -> str:
        details = [phone_text(c.phone) if c.phone else "", c.email]
        details.append(self.tr("added {date}").format(date=date_text(c.created_at)))
        details.append(
            count_text(
                c.activity,
                self.tr("1 contact, purchase or deal"),
                self.tr("{n} contacts, purchases or deals"),
            )
        )
        return c.name + "\n" + " · ".join(d for d in details if d)

    def kept(self) -> MergeCandidate:
        return self.candidates[max(self.choices.checkedId(), 0)]

    def merged(self) -> list[int]:
        keep = self.kept().id
        return [c.id for c in self.candidates if c.id != keep]
