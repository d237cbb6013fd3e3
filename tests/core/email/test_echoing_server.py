# ruff: noqa: F811 (the keychain and log_file fixtures are imported)
"""A mail server that echoes the login exchange in its error reply never gets the password
into the outbox (the database, so the backups) or the log; passwords under 8 characters, or
typed into the user name or From name, are not saved (issue 16, item 7)."""

from __future__ import annotations

import base64
import binascii
import logging
import re
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from crm_desktop.email import outbox
from crm_desktop.email.account import SmtpAccount, save_account
from crm_desktop.email.sender import flush
from crm_desktop.services.errors import ValidationError
from tests.core.email.conftest import free_port
from tests.core.test_secrets import keychain, log_file  # noqa: F401 (fixtures)

PASSWORD = "Tk-পাসওয়ার্ড-7Qz!x9"


class EchoingServer:
    """A real TCP SMTP server that refuses every login and echoes what it was sent, on two lines."""

    def __init__(self) -> None:
        self.port = free_port()
        self.sock = socket.create_server(("127.0.0.1", self.port))
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn, conn.makefile("rb") as lines:
                conn.sendall(b"220 echo.example ESMTP\r\n")
                for raw in lines:
                    line = raw.rstrip(b"\r\n")
                    verb = line.split(b" ", 1)[0].upper()
                    if verb in (b"EHLO", b"HELO"):
                        conn.sendall(b"250-echo.example\r\n250 AUTH PLAIN LOGIN\r\n")
                    elif verb == b"QUIT":
                        conn.sendall(b"221 bye\r\n")
                        break
                    else:  # AUTH and whatever follows: refused, with the line echoed back
                        conn.sendall(b"535-5.7.8 Authentication failed: " + line + b"\r\n")
                        conn.sendall(b"535 5.7.8 you sent " + line + b" (see RFC 4954)\r\n")

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def echoing() -> Iterator[EchoingServer]:
    server = EchoingServer()
    yield server
    server.close()


def _holds_the_password(data: bytes) -> list[str]:
    """Where ``data`` holds the password: as text, or inside any run of base64 (any alignment)."""
    needle = PASSWORD.encode("utf-8")
    found = ["as text"] if needle in data else []
    for run in re.findall(rb"[A-Za-z0-9+/]{8,}", data):
        for start in range(4):
            piece = run[start:]
            piece = piece[: len(piece) // 4 * 4]
            try:
                if needle in base64.b64decode(piece):
                    found.append(f"in base64 {run[:20]!r}…")
            except (binascii.Error, ValueError):
                pass
    return found


@pytest.mark.parametrize("username", ["a@x.co", "ab@x.co", "abc@x.co"])  # every base64 alignment
def test_an_echoed_login_never_reaches_the_outbox_or_the_log(
    store,
    echoing: EchoingServer,
    keychain,
    log_file: Path,
    username: str,  # noqa: ANN001, F811
) -> None:
    message_id = outbox.queue_email("c@example.com", "Hello", "Body").value
    account = SmtpAccount("127.0.0.1", echoing.port, "none", username, "shop@example.com", "Shop")
    report = flush(account=account, password=PASSWORD)
    assert report.sent == 0
    error = outbox.get(message_id).last_error
    assert "535" in error and "refused the user name or password" in error
    assert "\n" not in error and "RFC 4954" not in error  # the first line only
    logging.getLogger("crm_desktop.test").info("after the send: %s", error)
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert _holds_the_password(error.encode()) == []
    store.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    for path in [*store.path.parent.iterdir(), log_file]:
        if path.is_file():
            assert _holds_the_password(path.read_bytes()) == [], path


def test_a_short_password_is_not_saved(store, keychain) -> None:  # noqa: ANN001, F811
    account = SmtpAccount("smtp.example.com", 587, "starttls", "shop@example.com", "shop@example.com")
    with pytest.raises(ValidationError) as refused:
        save_account(account, "abc12")
    assert "8 characters" in str(refused.value)
    assert keychain.passwords == {}
    save_account(account, "long enough 1")


@pytest.mark.parametrize("field", ["username", "from_name"])
def test_a_password_typed_into_another_field_is_not_saved(store, keychain, field: str) -> None:  # noqa: ANN001, F811
    values = {"username": "shop@example.com", "from_name": "Shop"}
    values[field] = f"x {PASSWORD}"
    account = SmtpAccount("smtp.example.com", 587, "starttls", from_address="shop@example.com", **values)
    with pytest.raises(ValidationError, match="looks like the password"):
        save_account(account, PASSWORD)
    # and one the keychain already holds, typed there later
    save_account(
        SmtpAccount("smtp.example.com", 587, "starttls", "shop@example.com", "shop@example.com"), PASSWORD
    )
    with pytest.raises(ValidationError, match="looks like the password"):
        save_account(account)
