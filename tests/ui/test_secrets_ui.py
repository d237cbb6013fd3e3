"""The email password typed in the window ends up in the keychain and nowhere else:
not the database, not the window's settings file, not the log."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.core
import pytest
from PySide6.QtCore import QSettings

from crm_desktop import secrets
from tests.core.test_secrets import MemoryKeyring, leaks
from ui.email_settings import EmailSettingsDialog

PASSWORD = "জানালা-pass-4411"


@pytest.fixture
def keychain(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    keyring.set_keyring(backend)
    yield backend
    secrets.forget_registered()


def test_the_typed_email_password_is_only_in_the_keychain(
    window,
    ctx,
    qtbot,
    keychain: MemoryKeyring,
    isolated_home: Path,  # noqa: ANN001
) -> None:
    dialog = EmailSettingsDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.host.setText("smtp.example.com")
    dialog.username.setText("shop@example.com")
    dialog.from_address.setText("shop@example.com")
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    assert dialog.password.text() == ""
    assert list(keychain.passwords.values()) == [PASSWORD]
    logging.getLogger("ui.test").warning("saved the account")
    window.close()  # the window writes its settings (geometry, last file …)
    QSettings().sync()
    assert list(isolated_home.rglob("*.ini")) or list(isolated_home.rglob("*.conf"))
    assert leaks([ctx.store.path.parent, isolated_home], PASSWORD) == []


def test_email_settings_saved_elsewhere_meanwhile_are_not_overwritten(
    ctx,
    qtbot,
    keychain: MemoryKeyring,  # noqa: ANN001
) -> None:
    from crm_desktop.email.setup_form import MailSetup, load_setup, save_setup

    save_setup(
        MailSetup(host="smtp.example.com", from_address="shop@example.com", shop_name="Rahim Store"), None
    )
    dialog = EmailSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    # another window saves while this one is open
    elsewhere = load_setup()
    save_setup(
        MailSetup(**{**vars(elsewhere), "shop_name": "Rahim & Sons", "from_name": "Rahim"}),
        None,
        started_from=elsewhere,
    )
    dialog.shop_name.setText("Rahim Traders")
    dialog.username.setText("shop@example.com")
    dialog.password.setText(PASSWORD)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog))
    assert (
        "Changed by another window or program since you opened it: now 'Rahim & Sons'" in dialog.error.text()
    )
    assert dialog.shop_name.text() == "Rahim Traders"  # what the user typed stays
    assert dialog.shop_name.property("invalid") and not dialog.from_name.property("invalid")
    assert dialog.from_name.text() == "Rahim"  # what only the other window changed is shown
    assert dialog.password.text() == PASSWORD and not keychain.passwords  # nothing saved, nothing lost
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()  # again: the user's choice wins, the other's untouched field stays
    stored = load_setup()
    assert (stored.shop_name, stored.from_name, stored.username) == (
        "Rahim Traders",
        "Rahim",
        "shop@example.com",
    )
    assert list(keychain.passwords.values()) == [PASSWORD]


def test_without_a_keychain_the_dialog_says_what_to_do_in_words_and_keeps_its_fields(
    window, ctx, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    import keyring.errors

    class NoKeyring(keyring.backend.KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, *_args: str) -> str | None:
            raise keyring.errors.NoKeyringError(
                "No recommended backend was available. Install a recommended 3rd party backend "
                "package; or, install the keyrings.alt package if you want to use the non-recommended "
                "backends. See https://pypi.org/project/keyring for details."
            )

        set_password = delete_password = get_password  # type: ignore[assignment]

    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    keyring.set_keyring(NoKeyring())
    dialog = EmailSettingsDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    normal_height = dialog.host.height()
    dialog.host.setText("smtp.example.com")
    dialog.username.setText("shop@example.com")
    dialog.from_address.setText("shop@example.com")
    dialog.password.setText(PASSWORD)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
    said = dialog.error.text()
    assert "keyrings.alt" not in said and "pypi" not in said
    assert "GNOME Keyring" in said
    qtbot.wait(20)
    assert dialog.host.height() >= normal_height  # the fields are not squeezed by the message
