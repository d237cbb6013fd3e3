"""Secrets (passwords, API tokens) live in the operating system's keychain only.

Windows Credential Manager, the macOS Keychain, the Secret Service (GNOME
Keyring, KWallet) on Linux: whatever :mod:`keyring` finds, under the service
name "CRM Desktop". Never in the database, the settings files, a backup or
the log:

* :func:`set_secret`, :func:`get_secret`, :func:`delete_secret` are the only
  way in and out. Without a usable keychain they raise
  :class:`SecretStoreError` saying what to do; nothing falls back to a file.
* Every value that passes through them is *registered*: the log filter
  :class:`RedactingFilter` (installed by :func:`crm_desktop.logs.setup_logging`)
  writes ``[secret]`` in its place, and
  :func:`crm_desktop.services.settings.set_setting` refuses to store it.
  Code holding a secret from elsewhere registers it with :func:`register`.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import logging
import re
import threading
from collections.abc import Iterable
from typing import Any

SERVICE = "CRM Desktop"
REDACTED = "[secret]"
MIN_REDACTED_LENGTH = 4  # shorter values would blank out ordinary words in the log

_registered: set[str] = set()
_lock = threading.Lock()


class SecretStoreError(Exception):
    """The keychain cannot be used; the message says why and what to do.

    ``kind`` is ``"missing"`` (no keychain at all), ``"locked"`` or ``"refused"``: the window
    says it in the user's language from that, and keeps the library's own words for the log.
    """

    def __init__(self, message: str, kind: str = "refused") -> None:
        super().__init__(message)
        self.kind = kind


_NO_KEYCHAIN = (
    "This computer has no keychain CRM Desktop can use to keep {what} ({detail}). "
    "On Windows and macOS the system keychain is used; on Linux install and unlock a "
    "Secret Service keyring (GNOME Keyring or KWallet), then try again. "
    "Secrets are never saved anywhere else."
)


def _checked_name(name: str) -> str:
    if not isinstance(name, str) or not name.strip() or "\x00" in name:
        raise ValueError(f"a secret needs a name of visible text, not {name!r}")
    return name.strip()


def _keyring_call(what: str, call: Any) -> Any:
    import keyring.errors  # imported on first use: the window starts without it

    try:
        return call()
    except keyring.errors.NoKeyringError as exc:
        raise SecretStoreError(_NO_KEYCHAIN.format(what=what, detail=exc), "missing") from None
    except keyring.errors.KeyringLocked as exc:
        raise SecretStoreError(
            f"The keychain is locked, so {what} cannot be reached ({exc}). Unlock it and try again.", "locked"
        ) from None
    except (keyring.errors.KeyringError, RuntimeError) as exc:
        raise SecretStoreError(f"The keychain refused {what} ({type(exc).__name__}: {exc}).") from None


def set_secret(name: str, value: str) -> None:
    """Keep ``value`` in the keychain under ``name`` (replacing what was there)."""
    import keyring

    key = _checked_name(name)
    if not isinstance(value, str) or not value:
        raise ValueError("an empty secret cannot be kept; use delete_secret to forget one")
    register(value)
    _keyring_call(f"the secret '{key}'", lambda: keyring.set_password(SERVICE, key, value))


def get_secret(name: str) -> str | None:
    """The secret kept under ``name``, or None if there is none."""
    import keyring

    key = _checked_name(name)
    value = _keyring_call(f"the secret '{key}'", lambda: keyring.get_password(SERVICE, key))
    if value:
        register(value)
    return value if isinstance(value, str) else None


def delete_secret(name: str) -> None:
    """Forget the secret kept under ``name``; nothing happens if there is none."""
    import keyring
    import keyring.errors

    key = _checked_name(name)

    def delete() -> None:
        with contextlib.suppress(keyring.errors.PasswordDeleteError):  # there was none
            keyring.delete_password(SERVICE, key)

    _keyring_call(f"the secret '{key}'", delete)


# --- keeping secrets out of the log and the settings ----------------------------


def register(value: str) -> None:
    """Redact ``value`` from the log from now on, and refuse it as a setting."""
    if isinstance(value, str) and len(value) >= MIN_REDACTED_LENGTH:
        with _lock:
            _registered.add(value)


def forget_registered() -> None:
    """Drop every registered value (tests; a new session)."""
    with _lock:
        _registered.clear()


def _forms(value: str) -> list[str]:
    """The ways a value shows up in text: as is, escaped, and in base64."""
    forms = [value, value.encode("unicode_escape").decode("ascii")]
    for raw in (value.encode("utf-8"), value.encode("utf-16-le")):
        forms.append(base64.b64encode(raw).decode("ascii").rstrip("="))
    return [f for f in dict.fromkeys(forms) if len(f) >= MIN_REDACTED_LENGTH]


def contains_secret(text: str) -> bool:
    """True if ``text`` holds a registered secret in any of its forms."""
    with _lock:
        values = tuple(_registered)
    return any(form in text for value in values for form in _forms(value))


def redact(text: str, extra: Iterable[str] = ()) -> str:
    """``text`` with every registered secret (and each of ``extra``, in any of its forms)
    replaced by ``[secret]``.

    Besides the forms :func:`_forms` lists, any run of base64 in the text that
    decodes to something holding a secret is replaced whole: a mail server that
    echoes the login exchange sends ``base64("\\0user\\0password")``, whose
    characters line up with the password's own base64 only for some user name
    lengths.
    """
    with _lock:
        values = tuple(_registered)
    values = tuple(dict.fromkeys([*values, *(v for v in extra if v)]))
    for value in sorted(values, key=len, reverse=True):
        for form in _forms(value):
            if form in text:
                text = text.replace(form, REDACTED)
    if values:
        text = _BASE64_RUN.sub(lambda found: _redact_encoded(found.group(0), values), text)
    return text


_BASE64_RUN = re.compile(r"[A-Za-z0-9+/]{8,}={0,2}")


def _redact_encoded(run: str, values: tuple[str, ...]) -> str:
    """``run`` as is, or ``[secret]`` when it decodes (from any of the four alignments) to bytes
    holding one of ``values``."""
    needles = []
    for value in values:
        raw = value.encode("utf-8")
        # a very short secret would be found by chance: only where the login token puts it
        needles += [raw] if len(raw) >= MIN_REDACTED_LENGTH else [b"\0" + raw]
    core = run.rstrip("=")
    for start in range(4):
        piece = core[start:]
        piece = piece[: len(piece) // 4 * 4 + (len(piece) % 4 if len(piece) % 4 > 1 else 0)]
        try:
            decoded = base64.b64decode(piece + "=" * (-len(piece) % 4))
        except (binascii.Error, ValueError):
            continue
        if any(needle in decoded for needle in needles):
            return REDACTED
    return run


class RedactingFilter(logging.Filter):
    """A handler filter that writes ``[secret]`` for registered secrets: in the
    message, its arguments, a traceback and a stack."""

    def filter(self, record: logging.LogRecord) -> bool:
        with _lock:
            if not _registered:
                return True
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.msg, record.args = redact(message), None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True
