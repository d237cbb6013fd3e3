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
