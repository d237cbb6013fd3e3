"""Two windows editing the email settings: the later save never silently undoes the earlier one."""

from __future__ import annotations

import dataclasses

import pytest

from crm_desktop.db.store import Store
from crm_desktop.email.account import load_account
from crm_desktop.email.setup_form import MailSetup, load_setup, save_setup
from crm_desktop.services.conflicts import ConflictError

SHOP = MailSetup(
    host="smtp.example.com",
    username="shop@example.com",
    from_address="shop@example.com",
    shop_name="Rahim Store",
)


@pytest.fixture
def set_up(store: Store) -> MailSetup:
    save_setup(SHOP, None)
    return load_setup()


def test_changes_to_different_fields_both_stay(set_up: MailSetup) -> None:
    first_window, second_window = set_up, set_up
    save_setup(dataclasses.replace(first_window, host="smtp.gmail.com"), None, started_from=first_window)
    save_setup(dataclasses.replace(second_window, shop_name="রহিম স্টোর"), None, started_from=second_window)
    stored = load_setup()
    assert (stored.host, stored.shop_name) == ("smtp.gmail.com", "রহিম স্টোর")


def test_the_same_field_changed_twice_is_refused_and_names_the_stored_value(set_up: MailSetup) -> None:
    save_setup(dataclasses.replace(set_up, shop_name="Rahim & Sons"), None, started_from=set_up)
    mine = dataclasses.replace(set_up, shop_name="Rahim Traders", from_name="Rahim")
    with pytest.raises(ConflictError) as refused:
        save_setup(mine, None, started_from=set_up)
    [problem] = refused.value.errors
    assert problem.field == "shop_name"
    assert "Changed by another window or program since you opened it: now 'Rahim & Sons'" in str(problem)
    stored = load_setup()
    assert (stored.shop_name, stored.from_name) == ("Rahim & Sons", "")  # nothing of the refused save
    # saving again from what is stored now keeps the user's choice
    assert isinstance(refused.value.current, MailSetup) and isinstance(refused.value.merged, MailSetup)
    save_setup(refused.value.merged, None, started_from=refused.value.current)
    assert load_setup().shop_name == "Rahim Traders"
    account = load_account()
    assert account is not None and account.from_name == "Rahim"
