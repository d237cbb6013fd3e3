"""Placeholders (checked, rendered, previewed) and the SMTP account whose password stays in the keyring."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from crm_desktop.email import templates
from crm_desktop.email.account import SmtpAccount, forget_account, load_account, password_for, save_account
from crm_desktop.email.template_store import list_templates, save_template
from crm_desktop.logs import log_dir
from crm_desktop.services import purchases
from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.settings import set_setting


def test_unknown_placeholders_are_named_in_the_error(store) -> None:
    with pytest.raises(ValidationError) as refused:
        save_template("Eid offer", "Eid Mubarak {frist_name}", "Dear {name}, {shop}{shop} and {name.upper}")
    errors = {e.field: e.message for e in refused.value.errors}
    assert errors["subject"].startswith("unknown placeholder {frist_name};")
    assert errors["body"].startswith("unknown placeholders {shop}, {name.upper};")
    with pytest.raises(ValidationError, match=r"not a placeholder: \{name:>10\}"):
        save_template("Padded", "Hi", "{name:>10}")
    with pytest.raises(ValidationError, match="brace"):
        save_template("Open brace", "Hi", "Dear {name")
    assert list_templates() == []


def test_rendering_a_customers_values_in_bengali(store) -> None:
    set_setting("shop_name", "রহিম স্টোর")
    set_setting("email_locale", "bn")
    cid = create_customer(
        CustomerInput(display_name="করিম আলী", given_name="করিম", company="আলী ট্রেডার্স")
    ).value
    purchases.record_purchase(cid, 120_000, occurred_at=datetime(2026, 3, 9, 6, 0))
    template = save_template(
        "ধন্যবাদ", "ধন্যবাদ, {first_name}!", "{{{company}}} · {last_purchase_date} · {shop_name}"
    )
    values = templates.values_for(cid)
    body = templates.render(list_templates()[0].body, values)
    assert template.value and templates.render("ধন্যবাদ, {first_name}!", values) == "ধন্যবাদ, করিম!"
    assert body.startswith("{আলী ট্রেডার্স} · ") and body.endswith(" · রহিম স্টোর")
    assert "২০২৬" in body  # the date in Bengali digits
    preview = templates.render("Hi {first_name} from {shop_name}", templates.sample_values())
    assert preview == "Hi Rahim from রহিম স্টোর"


def test_account_settings_are_checked(store, memory_keyring) -> None:
    with pytest.raises(ValidationError) as refused:
        save_account(SmtpAccount("smtp gmail.com", 0, "tls", "me", "not-an-address"))
    assert {e.field for e in refused.value.errors} == {"host", "port", "security", "from_address"}
    assert load_account() is None


def test_the_password_lives_only_in_the_keyring(store, memory_keyring, isolated_home: Path) -> None:
    planted = "Planted-SMTP-Secret-৯৮৭"
    account = SmtpAccount("smtp.example.com", 587, "starttls", "shop@example.com", "shop@example.com", "Shop")
    save_account(account, planted)
    assert load_account() == account and password_for(account) == planted
    assert list(memory_keyring.passwords.values()) == [planted]
    store.db.execute_sql("PRAGMA wal_checkpoint(FULL)")
    needle = planted.encode()
    files = [p for p in store.path.parent.iterdir() if p.is_file()]
    files += [p for p in isolated_home.rglob("*") if p.is_file()]
    if log_dir().exists():
        files += [p for p in log_dir().rglob("*") if p.is_file()]
    assert files and not [p for p in files if needle in p.read_bytes()]
    save_account(account)  # None keeps the password
    assert password_for(account) == planted
    forget_account()
    assert load_account() is None and memory_keyring.passwords == {}
