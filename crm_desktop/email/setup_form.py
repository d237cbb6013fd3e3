"""The email-sending settings as one form edits them: saved together, never over another's change.

The Email sending dialog loads the account and the shop's name, the user edits
them, and saves. Another window (or PC) may have saved the same settings in
between: the save then follows :mod:`crm_desktop.services.conflicts`, keeping a
field only the other changed and refusing, field by field, what both changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.db.models import database_proxy
from crm_desktop.email.account import SmtpAccount, save_account, stored_account
from crm_desktop.email.templates import SHOP_NAME_SETTING
from crm_desktop.services.changes import Changes, Outcome
from crm_desktop.services.conflicts import merged
from crm_desktop.services.settings import get_setting, set_setting


@dataclass(frozen=True)
class MailSetup:
    host: str = ""
    port: int = 587
    security: str = "starttls"
    username: str = ""
    from_address: str = ""
    from_name: str = ""
    shop_name: str = ""

    @property
    def account(self) -> SmtpAccount:
        return SmtpAccount(
            self.host, self.port, self.security, self.username, self.from_address, self.from_name
        )


def load_setup() -> MailSetup:
    account = stored_account()
    return MailSetup(
        host=account.host,
        port=account.port,
        security=account.security,
        username=account.username,
        from_address=account.from_address,
        from_name=account.from_name,
        shop_name=get_setting(SHOP_NAME_SETTING),
    )


def save_setup(
    mine: MailSetup, password: str | None, *, started_from: MailSetup | None = None
) -> Outcome[SmtpAccount]:
    """Save the account and the shop's name in one transaction.

    ``started_from`` is what the form showed when it opened: a field someone else
    changed since is kept if the user left it alone, and a field both changed
    raises :class:`~crm_desktop.services.conflicts.ConflictError` before anything
    (the password included) is stored.
    """
    with database_proxy.atomic():
        if started_from is not None:
            mine = merged(started_from, mine, load_setup())
        saved = save_account(mine.account, password)
        set_setting(SHOP_NAME_SETTING, mine.shop_name.strip())
    return Outcome(saved.value, Changes.of("setting", "email"))
