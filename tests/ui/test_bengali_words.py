"""The Bengali window does not fall back to English for sizes and times (issue 17, item 17)."""

from __future__ import annotations

from ui.dialogs.task_dialog import TaskDialog
from ui.i18n import size_text


def test_a_file_size_in_bengali(bengali) -> None:  # noqa: ANN001
    assert size_text(2_600_000) == "২.৬ মেগাবাইট"


def test_a_file_size_in_english() -> None:
    assert size_text(2_600_000) == "2.6 MB"


def test_the_task_time_has_no_english_am_pm(ctx, qtbot, bengali) -> None:  # noqa: ANN001
    dialog = TaskDialog(ctx)
    qtbot.addWidget(dialog)
    shown = dialog.due_time.text()
    assert "AM" not in shown and "PM" not in shown
    assert any("০" <= ch <= "৯" for ch in shown)


def test_qts_file_dialog_speaks_bengali(qtbot, bengali) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QFileDialog, QLabel

    dialog = QFileDialog(None, "x", "")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Look in" not in labels and "Files of type" not in labels.replace("&", "")
    assert "যেখানে খুঁজবেন" in labels and "ফাইলের ধরন" in labels
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QFileSystemModel", "Date Modified") == "বদলানোর তারিখ"
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "ফোল্ডার"


def test_labels_a_shopkeeper_understands(bengali) -> None:  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication

    def said(context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)

    assert said("Kpis", "Weighted forecast") == "সম্ভাবনা অনুযায়ী পূর্বাভাস"  # not "ভারযুক্ত"
    assert said("CampaignsTab", "Send to the segment") == "দলের সবাইকে পাঠান"  # a button says what it does
    assert "RFM" not in said("SegmentsTab", "RFM segment")
