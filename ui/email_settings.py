"""Email sending settings: the shop's own SMTP account (the password goes to the OS keyring only).

Without an account, emails wait in the outbox and "Open in my mail program"
(mailto:) still works for any of them.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.email.account import DEFAULT_PORTS, SmtpAccount
from crm_desktop.email.credentials import CredentialError
from crm_desktop.email.setup_form import MailSetup, load_setup, save_setup
from crm_desktop.services.conflicts import ConflictError
from crm_desktop.services.errors import ValidationError
from ui.context import AppContext
from ui.dialogs.fields import ErrorLabel, mark_invalid
from ui.i18n import error_sentences

log = logging.getLogger(__name__)


class EmailSettingsDialog(QDialog):
    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("formDialog")
        self.setWindowTitle(self.tr("Email sending"))
        self.setMinimumWidth(520)
        self.shop_name = QLineEdit()
        self.shop_name.setPlaceholderText(self.tr("Shown as {shop_name} in emails"))
        self.host = QLineEdit()
        self.host.setPlaceholderText("smtp.gmail.com")
        self.security = QComboBox()
        self.security.addItem(self.tr("STARTTLS (port 587)"), "starttls")
        self.security.addItem(self.tr("SSL/TLS (port 465)"), "ssl")
        self.security.addItem(self.tr("None (not encrypted)"), "none")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.security.currentIndexChanged.connect(
            lambda: self.port.setValue(DEFAULT_PORTS[str(self.security.currentData())])
        )
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.from_address = QLineEdit()
        self.from_address.setPlaceholderText("shop@example.com")
        self.from_name = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Shop name"), self.shop_name)
        form.addRow(self.tr("Mail server"), self.host)
        form.addRow(self.tr("Security"), self.security)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("From address"), self.from_address)
        form.addRow(self.tr("From name"), self.from_name)
        note = QLabel(
            self.tr(
                "The password is kept in this computer's keyring (Credential Manager, Keychain), "
                "never in the data file. Leave it empty to keep the saved one."
            )
        )
        note.setObjectName("muted")
        note.setWordWrap(True)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.started_from = load_setup()  # what a save compares with: another window may save meanwhile
        self._show(self.started_from)

    def _show(self, setup: MailSetup) -> None:
        self.shop_name.setText(setup.shop_name)
        self.host.setText(setup.host)
        self.security.setCurrentIndex(max(0, self.security.findData(setup.security)))
        self.port.setValue(setup.port)  # after the security, which suggests its own port
        self.username.setText(setup.username)
        self.from_address.setText(setup.from_address)
        self.from_name.setText(setup.from_name)

    def setup(self) -> MailSetup:
        account = self.account()
        return MailSetup(**{**vars(account), "shop_name": self.shop_name.text()})

    def account(self) -> SmtpAccount:
        return SmtpAccount(
            self.host.text(),
            self.port.value(),
            str(self.security.currentData()),
            self.username.text(),
            self.from_address.text(),
            self.from_name.text(),
        )

    def save(self) -> None:
        mine, started_from = self.setup(), self.started_from
        password = self.password.text() or None  # kept in its field until saved: a refusal loses nothing
        self.ctx.write(
            lambda: save_setup(mine, password, started_from=started_from),
            self._saved,
            parent=self,
            on_error=self._refused,
        )

    def _saved(self, _account: SmtpAccount) -> None:
        self.password.clear()  # the typed password lives no longer than it must
        self.saved.emit()
        self.accept()

    def _refused(self, error: BaseException) -> None:
        fields = {  # a refused field (a bad value, or one also changed elsewhere) is marked
            "shop_name": self.shop_name,
            "host": self.host,
            "port": self.port,
            "username": self.username,
            "from_address": self.from_address,
            "from_name": self.from_name,
        }
        for widget in fields.values():
            mark_invalid(widget, False)
        if isinstance(error, ConflictError):
            # saved elsewhere meanwhile: show theirs where only they changed, keep the user's where
            # both did (named in the message); saving again from here keeps the user's
            assert isinstance(error.current, MailSetup) and isinstance(error.merged, MailSetup)
            self.started_from = error.current
            self._show(error.merged)
        if isinstance(error, ValidationError):
            for e in error.errors:
                if e.field in fields:
                    mark_invalid(fields[e.field], True)
            self.error.show_error(error_sentences(error))  # the fields themselves are marked
        elif isinstance(error, CredentialError):
            log.warning("the keychain cannot keep the email password: %s", error)  # the library's words
            self.error.show_error(self._keychain_text(getattr(error, "kind", "refused")))
            self.adjustSize()  # grow to fit the message rather than squeeze the fields
        else:
            self.ctx.report_error(error, self)

    def _keychain_text(self, kind: str) -> str:
        """What is missing and what to do, in the user's language (not keyring's "install
        keyrings.alt from pypi.org")."""
        if kind == "missing":
            return self.tr(
                "This computer has no password keyring, so the email password cannot be kept safely. "
                "On Linux, install and unlock GNOME Keyring (or KWallet), then save again. "
                "The password is never written anywhere else."
            )
        if kind == "locked":
            return self.tr(
                "The password keyring is locked. Unlock it (for example by logging in again), "
                "then save again."
            )
        return self.tr(
            "The password keyring did not accept the password. Save again; the log has the details."
        )
