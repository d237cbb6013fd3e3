"""The shop's own SMTP account: settings in the database, password in the keyring."""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop import secrets
from crm_desktop.contact_points import ContactPointError, normalize_email
from crm_desktop.db.models import Setting, database_proxy
from crm_desktop.email import credentials
from crm_desktop.services.changes import Changes, Outcome
from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.translatable import QT_TRANSLATE_NOOP

SECURITY = ("starttls", "ssl", "none")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
_KEYS = ("host", "port", "security", "username", "from_address", "from_name")


@dataclass(frozen=True)
class SmtpAccount:
    host: str
    port: int
    security: str = "starttls"  # starttls | ssl | none
    username: str = ""
    from_address: str = ""
    from_name: str = ""

    @property
    def configured(self) -> bool:
        return bool(self.host and self.from_address)


def stored_account() -> SmtpAccount:
    """What is saved, set up or not (empty fields where nothing is)."""
    stored = {
        row.key.removeprefix("smtp_"): row.value
        for row in Setting.select().where(Setting.key.in_([f"smtp_{k}" for k in _KEYS]))
    }
    security = stored.get("security", "starttls")
    try:
        port = int(stored.get("port", ""))
    except ValueError:
        port = DEFAULT_PORTS.get(security, 587)
    return SmtpAccount(
        host=stored.get("host", ""),
        port=port,
        security=security if security in SECURITY else "starttls",
        username=stored.get("username", ""),
        from_address=stored.get("from_address", ""),
        from_name=stored.get("from_name", ""),
    )


def load_account() -> SmtpAccount | None:
    """The saved account, or None when sending by email is not set up."""
    account = stored_account()
    return account if account.configured else None


BAD_HOST = QT_TRANSLATE_NOOP("InputRules", "the server name is missing or has spaces (e.g. smtp.gmail.com)")
MIN_PASSWORD = 8
SHORT_PASSWORD = QT_TRANSLATE_NOOP(
    "InputRules",
    "a password of fewer than {count} characters is not saved: it could show up in the log and error "
    "messages (use an app password from your mail provider)",
)
PASSWORD_IN_FIELD = QT_TRANSLATE_NOOP(
    "InputRules", "this looks like the password; it is not saved here (type it in the Password field)"
)


def check_password(account: SmtpAccount, password: str | None) -> None:
    """A new password is long enough to be kept out of logs reliably, and no password (the new one,
    or one the keychain already holds) is typed into the user name or the From name."""
    errors = []
    if password and len(password) < MIN_PASSWORD:
        errors.append(FieldError("password", SHORT_PASSWORD.format(count=MIN_PASSWORD)))
    for name in ("username", "from_name"):
        text = getattr(account, name)
        if text and (
            (password and len(password) >= MIN_PASSWORD and password in text) or secrets.contains_secret(text)
        ):
            errors.append(FieldError(name, PASSWORD_IN_FIELD))
    if errors:
        raise ValidationError(errors)


def validate(account: SmtpAccount) -> SmtpAccount:
    errors = []
    host = account.host.strip()
    if not host or any(ch.isspace() for ch in host):
        errors.append(FieldError("host", BAD_HOST))
    if not 1 <= account.port <= 65535:
        errors.append(FieldError("port", "the port is a number from 1 to 65535"))
    if account.security not in SECURITY:
        errors.append(FieldError("security", f"'{account.security}' is not one of {', '.join(SECURITY)}"))
    try:
        sender = normalize_email(account.from_address)
    except ContactPointError as exc:
        errors.append(FieldError("from_address", str(exc)))
        sender = account.from_address
    if errors:
        raise ValidationError(errors)
    return SmtpAccount(
        host, account.port, account.security, account.username.strip(), sender, account.from_name.strip()
    )


def save_account(account: SmtpAccount, password: str | None = None) -> Outcome[SmtpAccount]:
    """Save the settings; ``password`` None keeps the stored one, "" forgets it.

    The password goes to the OS keyring only (see :mod:`.credentials`).
    """
    clean = validate(account)
    check_password(clean, password)
    if password is not None:
        if password:
            credentials.store_password(clean.username, clean.host, password)
        else:
            credentials.forget_password(clean.username, clean.host)
    with database_proxy.atomic():
        for key in _KEYS:
            Setting.insert(key=f"smtp_{key}", value=str(getattr(clean, key))).on_conflict_replace().execute()
    return Outcome(clean, Changes.of("setting", "email"))


def forget_account() -> Outcome[None]:
    account = load_account()
    if account is not None:
        credentials.forget_password(account.username, account.host)
    Setting.delete().where(Setting.key.in_([f"smtp_{k}" for k in _KEYS])).execute()
    return Outcome(None, Changes.of("setting", "email"))


def password_for(account: SmtpAccount) -> str | None:
    return credentials.load_password(account.username, account.host) if account.username else None
