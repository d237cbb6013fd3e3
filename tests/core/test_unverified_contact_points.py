"""Issue 15, shape 1, in the customer service: a phone or email we cannot verify is saved, marked.

It is kept as typed in the same custom fields the importer keeps such values in, and never used
for matching, duplicate finding, sending or dialling (those read customer_phone/customer_email).
"""

from __future__ import annotations

import pytest

from crm_desktop.db.models import Customer, CustomerEmail, CustomerPhone, CustomField
from crm_desktop.db.store import Store
from crm_desktop.importing.customer_record import UNVERIFIED_PHONE as IMPORTER_PHONE
from crm_desktop.services.customer_profile import customer_profile
from crm_desktop.services.customers import (
    UNVERIFIED_EMAIL,
    UNVERIFIED_PHONE,
    CustomerInput,
    create_customer,
    load_input,
    update_customer,
)
from crm_desktop.services.duplicates import find_duplicates
from crm_desktop.services.errors import ValidationError


def _custom(cid: int) -> dict[str, str]:
    return {f.key: f.value for f in CustomField.select().where(CustomField.customer == cid)}


def test_an_odd_phone_and_email_are_saved_marked_not_verified(store: Store) -> None:
    cid = create_customer(
        CustomerInput(
            display_name="Karim",
            phones=["121", "01712-345678", "-1199", "#322*67"],
            emails=["karim@@example", "karim@example.com", "test@site.invalid"],
        )
    ).value
    phones = [(p.raw_text, p.e164) for p in CustomerPhone.select().where(CustomerPhone.customer == cid)]
    assert phones == [("01712-345678", "+8801712345678")]  # only a verified number can be dialled
    assert [e.email for e in CustomerEmail.select().where(CustomerEmail.customer == cid)] == [
        "karim@example.com"
    ]
    assert _custom(cid) == {
        UNVERIFIED_PHONE: "121, -1199, #322*67",
        UNVERIFIED_EMAIL: "karim@@example, test@site.invalid",
    }
    customer = Customer.get_by_id(cid)
    assert (customer.primary_phone, customer.primary_email) == ("+8801712345678", "karim@example.com")
    profile = customer_profile(cid)
    assert profile.unverified_phones == ["121", "-1199", "#322*67"]
    assert profile.unverified_emails == ["karim@@example", "test@site.invalid"]
    assert [p.e164 for p in profile.phones] == ["+8801712345678"]
    assert profile.emails == ["karim@example.com"]


def test_the_importer_and_the_dialog_keep_them_in_the_same_field(store: Store) -> None:
    assert IMPORTER_PHONE == UNVERIFIED_PHONE == "Phone (not verified)"


def test_a_phone_without_a_digit_is_still_refused(store: Store) -> None:
    with pytest.raises(ValidationError) as info:
        create_customer(CustomerInput(display_name="Karim", phones=["call me"]))
    assert [(e.field, e.index) for e in info.value.errors] == [("phones", 0)]
    assert Customer.select().count() == 0


def test_an_odd_value_alone_names_nobody(store: Store) -> None:
    with pytest.raises(ValidationError) as info:
        create_customer(CustomerInput(phones=["121"], emails=["x@@y"]))
    assert [e.field for e in info.value.errors] == ["display_name"]


def test_editing_shows_them_in_their_rows_and_removing_one_forgets_it(store: Store) -> None:
    cid = create_customer(
        CustomerInput(display_name="Karim", phones=["01712345678", "121"], emails=["bad@"])
    ).value
    loaded = load_input(cid)
    assert (loaded.phones, loaded.emails, loaded.custom_fields) == (["01712345678", "121"], ["bad@"], {})
    update_customer(cid, loaded, expected=loaded)  # saved again unchanged: nothing doubles
    assert _custom(cid) == {UNVERIFIED_PHONE: "121", UNVERIFIED_EMAIL: "bad@"}
    loaded.phones, loaded.emails = ["01712345678", "800"], []
    update_customer(cid, loaded, expected=load_input(cid))
    assert _custom(cid) == {UNVERIFIED_PHONE: "800"}


def test_a_shared_odd_phone_is_not_a_duplicate(store: Store) -> None:
    for name in ("Karim", "Rahim"):
        create_customer(CustomerInput(display_name=name, phones=["121"], emails=["office@@x"]))
    assert find_duplicates(name_only=False).groups == []
