"""Secrets go to the keychain only: never the database, a backup, the settings or the log.

The keychain here is a real keyring backend kept in memory (defined below): it
stands in for the OS keychain, the one place a secret may be. A planted
secret then travels the paths that could leak it, and every file the app
wrote — the database and its -wal/-shm, the backups (unpacked), the settings
files and the log under the temp home — is scanned for it as UTF-8,
UTF-16 and base64.
"""

from __future__ import annotations

import base64
import gzip
import logging
import logging.handlers
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.core
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from crm_desktop import secrets
from crm_desktop.backup import make_backup
from crm_desktop.db.models import Setting
from crm_desktop.email.account import SmtpAccount, load_account, password_for, save_account
from crm_desktop.logs import setup_logging
from crm_desktop.secrets import SecretStoreError, delete_secret, get_secret, set_secret
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.settings import get_setting, set_setting

SECRET = "Tk-পাসওয়ার্ড-7Qz!x9"  # Latin and Bengali: its UTF-16 and base64 forms differ from UTF-8
SMTP_PASSWORD = "smtp-9f8e7d6c5b4a"


class MemoryKeyring(KeyringBackend):
    """A keyring backend that keeps passwords in a dict: the OS keychain's stand-in."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


@pytest.fixture
def keychain(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)  # restored afterwards
    keyring.set_keyring(backend)
    yield backend
    secrets.forget_registered()


@pytest.fixture
def log_file(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The app's real log file (under the temp home), set up as the app does it."""
    root = logging.getLogger()
    others = [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    monkeypatch.setattr(root, "handlers", [h for h in root.handlers if h not in others])
    monkeypatch.setattr(root, "level", root.level)
    path = setup_logging()
    assert path is not None
    yield path
    for handler in root.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            handler.close()


def forms(secret: str) -> dict[str, bytes]:
    """The ways a secret could sit in a file."""
    found = {
        "utf-8": secret.encode("utf-8"),
        "utf-16-le": secret.encode("utf-16-le"),
        "utf-16-be": secret.encode("utf-16-be"),
    }
    for name in ("utf-8", "utf-16-le"):
        found[f"base64 of {name}"] = base64.b64encode(secret.encode(name)).rstrip(b"=")
    return found


def leaks(folders: list[Path], secret: str) -> list[str]:
    """Every file under ``folders`` that holds ``secret`` in any form (backups unpacked)."""
    found = []
    files = [p for folder in folders for p in folder.rglob("*") if p.is_file()]
    assert files, "nothing was written: the scan would prove nothing"
    for path in files:
        data = path.read_bytes()
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
        found += [f"{path} ({name})" for name, form in forms(secret).items() if form in data]
    return found


def test_a_secret_is_kept_in_the_keychain_under_the_apps_name(keychain: MemoryKeyring) -> None:
    set_secret("smtp_password", SECRET)
    assert keychain.passwords == {("CRM Desktop", "smtp_password"): SECRET}
    assert get_secret("smtp_password") == SECRET
    delete_secret("smtp_password")
    delete_secret("smtp_password")  # already gone: nothing to do
    assert get_secret("smtp_password") is None


def test_without_a_keychain_the_message_says_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring.core, "_keyring_backend", keyring.backends.fail.Keyring())
    for call in (lambda: set_secret("smtp_password", SECRET), lambda: get_secret("smtp_password")):
        with pytest.raises(SecretStoreError) as info:
            call()
        message = str(info.value)
        assert "no keychain" in message and "GNOME Keyring" in message
        assert "never saved anywhere else" in message
        assert SECRET not in message
    secrets.forget_registered()


def test_settings_refuse_what_looks_like_a_secret(store, keychain: MemoryKeyring) -> None:  # noqa: ANN001
    for key in ("smtp_password", "api_key", "sms_gateway_token", "client_secret", "smtp_pass"):
        with pytest.raises(ValidationError) as info:
            set_setting(key, "hunter2-long")
        assert info.value.errors[0].field == key
        assert "keychain" in str(info.value)
    set_secret("gateway", SECRET)
    with pytest.raises(ValidationError):
        set_setting("shop_note", f"the password is {SECRET}")  # a harmless key, a secret value
    set_setting("smtp_username", "shop@example.com")  # look-alikes are fine
    set_setting("passport_prefix", "BD")
    assert get_setting("smtp_username") == "shop@example.com"
    assert Setting.select().count() == 2


def test_the_log_says_secret_instead_of_the_secret(keychain: MemoryKeyring, log_file: Path) -> None:
    set_secret("smtp_password", SECRET)
    log = logging.getLogger("crm_desktop.test")
    log.warning("login failed for shop@example.com with %s", SECRET)
    log.warning(f"token={SECRET}")
    try:
        raise RuntimeError(f"server said: 535 bad password {SECRET}")
    except RuntimeError:
        log.exception("sending failed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "login failed for shop@example.com with [secret]" in text
    assert "token=[secret]" in text
    assert "RuntimeError: server said: 535 bad password [secret]" in text  # the traceback too
    assert SECRET not in text


def test_a_planted_secret_is_in_no_file_the_app_wrote(
    store,  # noqa: ANN001
    keychain: MemoryKeyring,
    log_file: Path,
    isolated_home: Path,
) -> None:
    # the paths a secret travels: the keychain API, the email account, settings, the log, a backup
    set_secret("sms_gateway_token", SECRET)
    assert get_secret("sms_gateway_token") == SECRET
    account = SmtpAccount("smtp.example.com", 587, "starttls", "shop@example.com", "shop@example.com")
    save_account(account, password=SMTP_PASSWORD)
    assert load_account() is not None and password_for(account) == SMTP_PASSWORD
    with pytest.raises(ValidationError):
        set_setting("sms_gateway_token", SECRET)
    with pytest.raises(ValidationError):
        set_setting("note", SECRET)
    logging.getLogger("crm_desktop.email").info("connecting as %s / %s", "shop@example.com", SMTP_PASSWORD)
    logging.getLogger("crm_desktop.sms").error("gateway refused token %s", SECRET)
    make_backup(store, store.path.parent / "backups", reason="manual")
    for handler in logging.getLogger().handlers:
        handler.flush()

    assert keychain.passwords[("CRM Desktop", "sms_gateway_token")] == SECRET  # where it belongs
    folders = [store.path.parent, isolated_home]  # database, -wal, -shm, backups; settings, log
    assert list((store.path.parent / "backups").glob("*.gz"))
    assert log_file.is_relative_to(isolated_home) and log_file.read_text(encoding="utf-8")
    assert leaks(folders, SECRET) == []
    assert leaks(folders, SMTP_PASSWORD) == []
    store.close()  # and after the last checkpoint
    assert leaks(folders, SECRET) == []


def test_the_scan_finds_a_secret_that_was_written(store, keychain: MemoryKeyring) -> None:  # noqa: ANN001
    """The scan itself can fail: a secret stored as a customer's note is found."""
    from crm_desktop.services.customers import CustomerInput, create_customer

    create_customer(CustomerInput(display_name="x", notes=SECRET))
    assert leaks([store.path.parent], SECRET) != []
