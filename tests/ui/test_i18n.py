"""The window in Bengali: the translator, --lang, the Language setting, formatting."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton

from ui import i18n
from ui.context import AppContext


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    yield
    i18n.install("en")  # later tests expect the English text and locale


def nav_texts(window) -> list[str]:  # noqa: ANN001
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def test_the_catalogue_is_compiled_into_the_cache_and_reused(english_afterwards: None) -> None:
    qm = i18n.qm_path("bn")
    assert qm is not None and qm.is_file() and qm.stat().st_size > 10_000
    assert qm.stat().st_mtime >= i18n.ts_path("bn").stat().st_mtime
    assert i18n.qm_path("bn") == qm  # fresh: not compiled again


def test_bengali_turns_a_real_widget_bengali(qtbot, english_afterwards: None) -> None:  # noqa: ANN001
    assert i18n.install("bn") == "bn"
    assert i18n.current_locale() == "bn" and i18n.ui_locale() == "bn_BD"
    label = QLabel()
    qtbot.addWidget(label)
    label.setText(QCoreApplication.translate("MainWindow", "Customers"))
    assert label.text() == "গ্রাহক"
    # a module-level helper (lupdate sees no context) finds its text too
    assert QCoreApplication.translate("App", "Quit") == "বন্ধ করুন"
    # plural forms keep the count, in Bengali digits
    assert QCoreApplication.translate("Reminders", "%n task(s) due", "", 3) == "৩টি কাজের সময় হয়েছে"
    assert QCoreApplication.translate("Tickets", "%n days late", "", 2) == "২ দিন দেরি"
    # Qt's own buttons: Qt ships no Bengali, the app's qtbase_bn stands in
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "বাতিল"
    # a string with no translation stays English
    assert QCoreApplication.translate("Nowhere", "Not a real string") == "Not a real string"
    assert QLocale().language() == QLocale.Language.Bengali

    i18n.install("en")
    assert QCoreApplication.translate("MainWindow", "Customers") == "Customers"
    assert QCoreApplication.translate("Reminders", "%n task(s) due", "", 1) == "1 task due"
    assert QCoreApplication.translate("Reminders", "%n task(s) due", "", 4) == "4 tasks due"
    assert i18n.current_locale() == "en"
    assert QLocale().language() != QLocale.Language.Bengali


def test_lang_bn_makes_the_main_window_bengali(ctx: AppContext, qtbot, english_afterwards: None) -> None:  # noqa: ANN001
    from ui.main_window import MainWindow

    i18n.install(i18n.choose_language("bn"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert nav_texts(window) == [
        "গ্রাহক", "পাইপলাইন", "কাজ", "টিকেট", "নিয়ম", "ক্যাম্পেইন", "রিপোর্ট", "সেটিংস"
    ]  # fmt: skip
    assert window.file_menu.title() == "ফাইল (&F)"
    assert window.undo_button.text() == "ফিরিয়ে নিন"
    window._show_counts({"customers": 123456, "deals": 2, "tasks": 0, "tickets": 7})
    assert window.counts_label.text() == "১,২৩,৪৫৬ জন গ্রাহক · ২টি ডিল · ০টি কাজ · ৭টি টিকেট"


def test_pipeline_money_follows_the_language(english_afterwards: None) -> None:
    from ui.pipeline.format import money_text

    assert money_text(12345600, "BDT") == "৳1,23,456.00"
    i18n.install("bn")
    bengali = money_text(12345600, "BDT")
    assert "১,২৩,৪৫৬" in bengali and "৳" in bengali


def test_the_choice_order_is_command_line_then_setting_then_system() -> None:
    assert i18n.saved_choice() == "system"
    assert i18n.choose_language(None) == i18n.system_language()
    i18n.save_choice("bn")
    assert i18n.choose_language(None) == "bn"
    assert i18n.choose_language("en") == "en"
    QSettings().setValue(i18n.SETTING_KEY, "klingon")
    assert i18n.saved_choice() == "system"
    with pytest.raises(ValueError):
        i18n.save_choice("fr")


def test_the_settings_view_stores_the_language_for_the_next_start(ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    from ui.settings_view import SettingsView

    view = SettingsView(ctx)
    qtbot.addWidget(view)
    combo = view.language_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["system", "en", "bn"]
    assert combo.itemText(2) == "বাংলা"
    assert combo.currentData() == "system"
    combo.setCurrentIndex(2)
    combo.activated.emit(2)
    assert i18n.saved_choice() == "bn"
    assert "restart" in view.saved_label.text()
    assert i18n.current_locale() == "en"  # applied on restart, not now
    notes = [label.text() for label in view.findChildren(QLabel)]
    assert any("next time" in text for text in notes)
    assert not any(
        isinstance(b, QPushButton) and "Restart" in b.text() for b in view.findChildren(QPushButton)
    )


def test_a_packaged_qm_next_to_the_ts_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ts = tmp_path / "crm_desktop_bn.ts"
    ts.write_bytes(i18n.ts_path("bn").read_bytes())
    monkeypatch.setattr(i18n, "ts_path", lambda lang: ts)
    built = i18n.qm_path("bn")
    assert built is not None and built.parent != tmp_path  # a checkout: built in the cache
    beside = ts.with_suffix(".qm")
    assert i18n.compile_ts(ts, beside)
    assert i18n.qm_path("bn") == beside


def test_phone_and_email_problems_are_said_in_bengali(english_afterwards: None) -> None:
    from crm_desktop.contact_points import ContactPointError, normalize_email, parse_phone

    with pytest.raises(ContactPointError) as phone:
        parse_phone("01712")
    with pytest.raises(ContactPointError) as email:
        normalize_email("rahim@@example")
    assert i18n.translated_error(phone.value) == str(phone.value)  # English until Bengali is chosen
    assert str(phone.value) == "'01712' has the wrong number of digits for a phone number"
    i18n.install("bn")
    assert i18n.translated_error(phone.value) == "'01712' ফোন নম্বরে অঙ্কের সংখ্যা ঠিক নেই"
    assert i18n.translated_error(email.value).startswith("'rahim@@example' সঠিক ইমেইল ঠিকানা নয়: ")
    assert i18n.translated_error(ValueError("plain")) == "plain"
