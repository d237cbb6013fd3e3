"""The SMTP password, kept only in the operating system's keychain.

A thin naming layer over :mod:`crm_desktop.secrets` (which talks to the
keychain, registers the value so the log writes ``[secret]`` in its place and
the settings refuse it, and explains a missing keychain). Nothing falls back
to a file.
"""

from __future__ import annotations

import contextlib

from crm_desktop.secrets import SecretStoreError, delete_secret, get_secret, set_secret

CredentialError = SecretStoreError  # the keychain cannot be used; the message is for the user


def _name(username: str, host: str) -> str:
    return f"smtp:{username}@{host}"


def store_password(username: str, host: str, password: str) -> None:
    set_secret(_name(username, host), password)


def load_password(username: str, host: str) -> str | None:
    """The saved password, or None (none saved, or no keychain to ask)."""
    try:
        return get_secret(_name(username, host))
    except SecretStoreError:
        return None


def forget_password(username: str, host: str) -> None:
    with contextlib.suppress(SecretStoreError):
        delete_secret(_name(username, host))
