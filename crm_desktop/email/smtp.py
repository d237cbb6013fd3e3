"""One message over SMTP with the standard library, with a hook before the point of no return.

:func:`send_message` speaks MAIL, RCPT and DATA itself (smtplib's own
commands, not a copy of its transport) so that it can call ``on_handed_over``
after the whole message is on the wire but before the line that ends it:
until that line, a server keeps nothing (see :mod:`.outbox`, "at most once").
"""

from __future__ import annotations

import base64
import re
import smtplib
import ssl
from collections.abc import Callable
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import formataddr, formatdate

from crm_desktop import secrets
from crm_desktop.email.account import SmtpAccount

TIMEOUT_SECONDS = 30.0


class SendError(Exception):
    """A message was not sent. ``permanent``: trying again will not help."""

    def __init__(self, message: str, *, permanent: bool = False, connection: bool = False) -> None:
        super().__init__(secrets.redact(message))  # it goes to the outbox (the database) and the log
        self.permanent = permanent
        self.connection = connection  # the server could not be reached or signed in to at all


def _reply_text(reply: bytes | str, *credentials: str) -> str:
    """A server's reply as kept in the outbox and the log: its first line only, without anything
    that is (or decodes to) the credentials — a server may echo the login exchange back."""
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    lines = text.strip().splitlines()
    first = " ".join(lines[0].split())[:300] if lines else ""
    return secrets.redact(first, extra=credentials)


def connect(account: SmtpAccount, password: str | None, *, timeout: float = TIMEOUT_SECONDS) -> smtplib.SMTP:
    """An open, signed-in connection; raises :class:`SendError` (``connection=True``)."""
    where = f"{account.host}:{account.port}"
    conn: smtplib.SMTP | None = None
    try:
        if account.security == "ssl":
            context = ssl.create_default_context()
            conn = smtplib.SMTP_SSL(account.host, account.port, timeout=timeout, context=context)
        else:
            conn = smtplib.SMTP(account.host, account.port, timeout=timeout)
        conn.ehlo()
        if account.security == "starttls":
            conn.starttls(context=ssl.create_default_context())
            conn.ehlo()
        if account.username:
            if not password:
                raise SendError("no password is saved for this account (Email settings)", connection=True)
            secrets.register(password)  # from here on the log never shows it
            _login(conn, account.username, password)
        return conn
    except SendError:
        close_quietly(conn)
        raise
    except smtplib.SMTPAuthenticationError as exc:
        close_quietly(conn)
        reply = _reply_text(exc.smtp_error, password or "")
        raise SendError(
            f"the mail server {where} refused the user name or password ({exc.smtp_code} {reply})",
            connection=True,
        ) from None  # the exception holds the whole reply: not passed on to the log
    except (OSError, smtplib.SMTPException, UnicodeError) as exc:
        close_quietly(conn)
        reason = _reply_text(str(exc), password or "") or exc.__class__.__name__
        raise SendError(f"cannot reach the mail server {where}: {reason}", connection=True) from exc


def _login(conn: smtplib.SMTP, username: str, password: str) -> None:
    """smtplib's login, or AUTH PLAIN in UTF-8 (RFC 4616) for a password smtplib cannot encode."""
    if (username + password).isascii():
        conn.login(username, password)
        return
    token = base64.b64encode(f"\0{username}\0{password}".encode()).decode("ascii")
    code, reply = conn.docmd("AUTH", f"PLAIN {token}")
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)


def build_message(
    account: SmtpAccount, to_address: str, to_name: str, subject: str, body: str, message_id: str
) -> EmailMessage:
    message = EmailMessage(policy=SMTP_POLICY)
    message["From"] = formataddr((account.from_name, account.from_address))
    message["To"] = formataddr((to_name, to_address))
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = message_id
    message.set_content(body)
    return message


_LEADING_DOT = re.compile(rb"(?m)^\.")


def _check(code: int, reply: bytes, what: str, ok: tuple[int, ...]) -> None:
    if code in ok:
        return
    text = f"the mail server refused {what}: {code} {_reply_text(reply)}"
    raise SendError(text, permanent=500 <= code < 600)


def send_message(
    conn: smtplib.SMTP,
    message: EmailMessage,
    from_address: str,
    to_address: str,
    on_handed_over: Callable[[], None],
) -> None:
    """MAIL, RCPT, DATA; ``on_handed_over`` runs just before the final ".". Raises :class:`SendError`."""
    try:
        _check(*conn.mail(from_address), "the sender address", (250,))
        _check(*conn.rcpt(to_address), f"the address {to_address}", (250, 251))
        _check(*conn.docmd("DATA"), "the message", (354,))
        data = _LEADING_DOT.sub(b"..", message.as_bytes())
        if not data.endswith(b"\r\n"):
            data += b"\r\n"
        conn.send(data)
    except (OSError, smtplib.SMTPException) as exc:
        reason = _reply_text(str(exc)) or exc.__class__.__name__
        raise SendError(f"the connection to the mail server broke: {reason}") from exc
    on_handed_over()
    conn.send(b".\r\n")  # from here on the server may have the message
    code, reply = conn.getreply()
    _check(code, reply, "the message", (250,))


def close_quietly(conn: smtplib.SMTP | None) -> None:
    if conn is None:
        return
    try:
        conn.quit()
    except (OSError, smtplib.SMTPException):
        pass
    finally:
        conn.close()
