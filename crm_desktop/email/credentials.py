"""The SMTP password, kept only in the operating system's keyring.

Windows Credential Manager, the macOS Keychain, the Secret Service on Linux:
whatever ``keyring`` finds. The password never goes into the database, the
settings file or the log. Without a keyring the password cannot be saved;
the message says so, and nothing falls back to a file.
"""

from __future__ import annotations

import contextlib

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from crm_desktop.secrets import register

SERVICE = "CRM Desktop SMTP"


class CredentialError(Exception):
    """The keyring cannot be used; the message is for the user."""


def _key(username: str, host: str) -> str:
    return f"{username}@{host}"


def store_password(username: str, host: str, password: str) -> None:
    register(password)  # the log writes [secret] in its place; settings refuse it
    try:
        keyring.set_password(SERVICE, _key(username, host), password)
    except (KeyringError, RuntimeError) as exc:
        raise CredentialError(
            f"The password could not be saved in this computer's keyring ({exc}). "
            "It is never saved anywhere else."
        ) from exc


def load_password(username: str, host: str) -> str | None:
    try:
        password = keyring.get_password(SERVICE, _key(username, host))
    except (KeyringError, RuntimeError):
        return None
    if password:
        register(password)  # the log writes [secret] in its place; settings refuse it
    return password


def forget_password(username: str, host: str) -> None:
    with contextlib.suppress(PasswordDeleteError, KeyringError, RuntimeError):
        keyring.delete_password(SERVICE, _key(username, host))
