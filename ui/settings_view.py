"""The Settings view: phone country, when a deal counts as stale, the database file, stages.

Settings that belong to the data (phone region, stale days) are stored in the
database, so they travel with the file; each is saved as soon as it changes.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import phonenumbers
from babel import Locale
from PySide6.QtCore import QCollator, QLocale, QProcess, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.db.store import StoreError, check_file
from crm_desktop.services import audit
from crm_desktop.services import pipeline as pipeline_service
from crm_desktop.services.customer_list import owners
from crm_desktop.services.settings import get_setting, set_setting
from ui import acting_user
from ui.context import AppContext
from ui.i18n import current_locale, number_text, stage_name, user_name
from ui.icons import icon
from ui.pipeline.board import stale_days_setting

SAVED_NOTE_MS = 2500
LABEL_WIDTH = 190
TYPING_PAUSE_MS = 600  # a spin box saves once the arrows or keys have paused


def phone_regions() -> list[tuple[str, str]]:
    """(region code, "Bangladesh (+880)") for every region phonenumbers knows, by country name,
    in the window's language ("বাংলাদেশ (+880)"; the code in the digits phone numbers are shown in)."""
    return _phone_regions(current_locale())


@cache
def _phone_regions(language: str) -> list[tuple[str, str]]:
    names = Locale(language).territories
    collator = QCollator(QLocale(language))
    regions = [
        (code, f"{names.get(code, code)} (+{phonenumbers.country_code_for_region(code)})")
        for code in phonenumbers.SUPPORTED_REGIONS
    ]
    return sorted(regions, key=lambda item: collator.sortKey(item[1]))


def relaunch_command(db_path: Path) -> tuple[str, list[str]]:
    """How to start this app again on another file (a frozen bundle is its own executable)."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["--db", str(db_path)]
    return sys.executable, ["-m", "crm_desktop.cli.main", "--db", str(db_path)]


def relaunch_with(db_path: Path) -> bool:
    program, arguments = relaunch_command(db_path)
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)


class SettingsView(QWidget):
    relaunch = staticmethod(relaunch_with)  # tests replace it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("viewRoot")
        title = QLabel(self.tr("Settings"))
        title.setObjectName("viewTitle")
        self.saved_label = QLabel()
        self.saved_label.setObjectName("muted")
        self._saved_timer = QTimer(self, singleShot=True, interval=SAVED_NOTE_MS)
        self._saved_timer.timeout.connect(self.saved_label.clear)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.saved_label)

        groups_host = QWidget()
        groups_host.setObjectName("viewRoot")
        groups = QVBoxLayout(groups_host)
        groups.setContentsMargins(0, 0, 8, 0)
        groups.setSpacing(14)
        for group in (
            self._language_group(),
            self._phone_group(),
            self._pipeline_group(),
            self._history_group(),
            self._database_group(),
        ):
            groups.addWidget(group)
        groups.addStretch(1)
        scroll = QScrollArea()  # on a small screen (or in Bengali) the groups are taller than the window
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(groups_host)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(14)
        layout.addLayout(heading)
        layout.addWidget(scroll, 1)
        self.load()

    # --- building --------------------------------------------------------------

    def _group(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        group = QGroupBox(title)
        group.setObjectName("settingsGroup")
        group.setMaximumWidth(760)
        group.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # spare room: below
        form = QFormLayout(group)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return group, form

    def _label(self, text: str) -> QLabel:
        """Row labels share one width, so the fields of every group line up."""
        label = QLabel(text)
        label.setMinimumWidth(LABEL_WIDTH)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return label

    def _note(self, text: str) -> QLabel:
        note = QLabel(text)
        note.setObjectName("muted")
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return note

    def _language_group(self) -> QGroupBox:
        from ui import i18n

        group, form = self._group(self.tr("Language"))
        self.language_combo = QComboBox()
        self.language_combo.setMinimumWidth(200)
        self.language_combo.setMaximumWidth(280)
        self.language_combo.addItem(self.tr("System"), "system")
        self.language_combo.addItem("English", "en")
        self.language_combo.addItem("বাংলা", "bn")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(i18n.saved_choice())))
        self.language_combo.activated.connect(self.save_language)
        form.addRow(self._label(self.tr("Language of the window")), self.language_combo)
        form.addRow(
            "",
            self._note(
                self.tr("Applied the next time CRM Desktop starts. System follows this computer's language.")
            ),
        )
        return group

    def save_language(self) -> None:
        from ui import i18n

        i18n.save_choice(self.language_combo.currentData())
        self.saved_label.setText(self.tr("Saved. The new language shows after a restart."))
        self._saved_timer.start()

    def _phone_group(self) -> QGroupBox:
        group, form = self._group(self.tr("Phone numbers"))
        self.region_combo = QComboBox()
        self.region_combo.setMaxVisibleItems(20)
        self.region_combo.setMinimumWidth(320)
        self.region_combo.setMaximumWidth(420)
        for code, label in phone_regions():
            self.region_combo.addItem(label, code)
        self.region_combo.activated.connect(
            lambda *_: self._save("phone_region", self.region_combo.currentData())
        )
        form.addRow(self._label(self.tr("Country of local numbers")), self.region_combo)
        form.addRow(
            "",
            self._note(
                self.tr(
                    "Numbers typed without a country code, such as 01712-345678, are read as numbers "
                    "of this country. Numbers already saved keep what they were."
                )
            ),
        )
        return group

    def _pipeline_group(self) -> QGroupBox:
        group, form = self._group(self.tr("Pipeline"))
        self.stale_spin = QSpinBox()
        self.stale_spin.setRange(1, 365)
        self.stale_spin.setFixedWidth(120)
        self.stale_spin.setSuffix(self.tr(" days"))
        self.stale_spin.valueChanged.connect(
            lambda n: self.stale_spin.setSuffix(self.tr(" day") if n == 1 else self.tr(" days"))
        )
        self._stale_pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._stale_pause.timeout.connect(self.save_stale_days)
        self.stale_spin.valueChanged.connect(lambda *_: self._stale_pause.start())
        self.stale_spin.editingFinished.connect(self.save_stale_days)
        form.addRow(self._label(self.tr("Flag a deal after")), self.stale_spin)
        form.addRow(
            "", self._note(self.tr("A deal with no activity for this long gets a warning on its card."))
        )
        self.stages_pipeline_combo = QComboBox()
        self.stages_button = QPushButton(icon("stage_change"), self.tr("Edit stages…"))
        self.stages_button.clicked.connect(self.edit_stages)
        row = QHBoxLayout()
        row.addWidget(self.stages_pipeline_combo)
        row.addWidget(self.stages_button)
        row.addStretch(1)
        form.addRow(self._label(self.tr("Stages")), row)
        return group

    def _history_group(self) -> QGroupBox:
        group, form = self._group(self.tr("Change history"))
        self.user_combo = QComboBox()
        self.user_combo.setMinimumWidth(200)
        self.user_combo.setMaximumWidth(280)
        self.user_combo.activated.connect(self.save_acting_user)
        form.addRow(self._label(self.tr("Who uses this computer")), self.user_combo)
        form.addRow("", self._note(self.tr("Changes made here are recorded under this name.")))
        self.retention_combo = QComboBox()
        self.retention_combo.setMinimumWidth(200)
        self.retention_combo.setMaximumWidth(280)
        for days, text in (
            (0, self.tr("For ever")),
            (730, self.tr("2 years")),
            (365, self.tr("1 year")),
            (90, self.tr("90 days")),
        ):
            self.retention_combo.addItem(text, days)
        self.retention_combo.activated.connect(self.save_retention)
        form.addRow(self._label(self.tr("Keep the history of changes")), self.retention_combo)
        form.addRow(
            "",
            self._note(
                self.tr(
                    "Each customer's page shows who changed what (the Changes filter). Older changes "
                    "are removed when CRM Desktop starts; customers and deals themselves are never touched."
                )
            ),
        )
        return group

    def _database_group(self) -> QGroupBox:
        group, form = self._group(self.tr("Database"))
        self.path_label = QLabel(str(self.ctx.store.path.resolve()))
        self.path_label.setObjectName("pathLabel")
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self._label(self.tr("File")), self.path_label)
        self.open_other_button = QPushButton(self.tr("Open another database…"))
        self.open_other_button.clicked.connect(self.open_other_database)
        self.show_folder_button = QPushButton(self.tr("Show in folder"))
        self.show_folder_button.clicked.connect(self.show_folder)
        row = QHBoxLayout()
        row.addWidget(self.open_other_button)
        row.addWidget(self.show_folder_button)
        row.addStretch(1)
        form.addRow("", row)
        form.addRow(
            "",
            self._note(
                self.tr(
                    "All customers, deals and tasks are in this one file. Opening another file "
                    "closes this window and reopens CRM Desktop with that file."
                )
            ),
        )
        return group

    # --- reading and saving ---------------------------------------------------

    def load(self) -> None:
        """Settings are a handful of tiny rows: read them directly."""
        region = get_setting("phone_region")
        self.region_combo.setCurrentIndex(max(0, self.region_combo.findData(region)))
        self.stale_spin.blockSignals(True)
        self.stale_spin.setValue(stale_days_setting())
        self.stale_spin.blockSignals(False)
        self.stages_pipeline_combo.clear()
        for pipeline in pipeline_service.pipelines():
            self.stages_pipeline_combo.addItem(stage_name(pipeline.name), pipeline.id)
        self.stages_pipeline_combo.setVisible(self.stages_pipeline_combo.count() > 1)
        self.user_combo.clear()
        for user_id, name in owners():
            self.user_combo.addItem(user_name(name), user_id)
        chosen = acting_user.remembered()
        index = self.user_combo.findData(chosen) if chosen is not None else -1
        if index < 0:  # nobody chosen (or since removed): the shop's owner, the first user
            index = self.user_combo.findData(min((uid for uid, _ in owners()), default=None))
        self.user_combo.setCurrentIndex(max(index, 0))
        days = audit.retention_days()
        if self.retention_combo.findData(days) < 0:  # set from the command line to something else
            self.retention_combo.addItem(self.tr("{n} days").format(n=number_text(days)), days)
        self.retention_combo.setCurrentIndex(self.retention_combo.findData(days))

    def activated(self) -> None:
        self.load()

    def save_stale_days(self) -> None:
        self._stale_pause.stop()
        self._save("stale_deal_days", str(self.stale_spin.value()))

    def save_acting_user(self) -> None:
        acting_user.remember(self.user_combo.currentData())
        self._show_saved()

    def save_retention(self) -> None:
        days = int(self.retention_combo.currentData())
        if days != audit.retention_days():
            self.ctx.write(lambda: audit.set_retention_days(days), lambda _v: self._show_saved(), parent=self)

    def _save(self, key: str, value: str) -> None:
        if get_setting(key) == value:
            return
        self.ctx.write(lambda: set_setting(key, value), lambda _v: self._show_saved(), parent=self)

    def _show_saved(self) -> None:
        self.saved_label.setText(self.tr("Saved."))
        self._saved_timer.start()

    # --- actions ---------------------------------------------------------------

    def edit_stages(self) -> None:
        from ui.pipeline.stage_editor import StageEditorDialog

        pipeline_id = self.stages_pipeline_combo.currentData()
        if pipeline_id is None:
            return
        self.stage_editor = StageEditorDialog(self.ctx, pipeline_id, self)
        self.stage_editor.open()

    def show_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.store.path.parent)))

    def open_other_database(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open another database"),
            str(self.ctx.store.path.parent),
            self.tr("CRM databases (*.sqlite3 *.db);;All files (*)"),
        )
        if chosen:
            self.switch_to(Path(chosen))

    def switch_to(self, path: Path) -> None:
        if path.resolve() == self.ctx.store.path.resolve():
            return
        try:
            check_file(path)
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Cannot open that file"), str(error))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Open another database"),
            self.tr("CRM Desktop will close and open {file}. Everything here is already saved.").format(
                file=path.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if not self.relaunch(path):
            QMessageBox.warning(
                self, self.tr("Cannot open that file"), self.tr("CRM Desktop could not be started again.")
            )
            return
        self.window().close()
