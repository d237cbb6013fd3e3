"""Suggesting, saving and applying column mappings."""

from __future__ import annotations

import codecs
import json

import pytest

from crm_desktop.io.csv_reader import read_table
from crm_desktop.io.mapping import (
    Mapping,
    MappingError,
    build_mapping,
    normalize_header,
    parse_map_options,
    split_multi,
    suggest_mapping,
)
from tests.core.io.conftest import corpus_bytes


def _named(headers: list[str], entity: str = "customers") -> dict[str, str | None]:
    return {headers[i]: f for i, f in suggest_mapping(headers, entity).items()}


def test_normalize_header() -> None:
    assert normalize_header("E-mail 1 - Value") == "email"
    assert normalize_header("  Phone 2 - Value ") == "phone"
    assert normalize_header("ACCOUNT.NAME") == "accountname"
    assert normalize_header("category_id") == "categoryid"
    assert normalize_header("ফোন নম্বর") == "ফোননম্বর"  # vowel signs kept


def test_google_contacts_headers() -> None:
    headers = [
        "Name", "Given Name", "Additional Name", "Family Name", "Birthday", "Notes",
        "Group Membership", "E-mail 1 - Type", "E-mail 1 - Value", "E-mail 2 - Value",
        "Phone 1 - Type", "Phone 1 - Value", "Phone 2 - Value", "Address 1 - Formatted",
        "Address 1 - Street", "Address 1 - City", "Address 2 - Formatted",
        "Organization 1 - Name", "Organization 1 - Title",
    ]  # fmt: skip
    named = _named(headers)
    assert named["Name"] == "display_name"
    assert named["Given Name"] == "given_name"
    assert named["Family Name"] == "family_name"
    assert named["E-mail 1 - Value"] == named["E-mail 2 - Value"] == "email"
    assert named["Phone 1 - Value"] == named["Phone 2 - Value"] == "phone"
    assert named["E-mail 1 - Type"] is None and named["Phone 1 - Type"] is None
    assert named["Organization 1 - Name"] == "company"
    assert named["Organization 1 - Title"] is None
    assert named["Group Membership"] == "tags"
    assert named["Notes"] == "notes" and named["Birthday"] == "birthday"
    assert named["Address 1 - Formatted"] == "address"
    assert named["Address 1 - Street"] is None  # the formatted address is preferred
    assert named["Address 2 - Formatted"] is None  # a second address is not line 2
    assert named["Address 1 - City"] == "city"


def test_outlook_headers() -> None:
    headers = [
        "First Name", "Last Name", "Company", "E-mail Address", "E-mail Type",
        "E-mail Display Name", "E-mail 2 Address", "Mobile Phone", "Business Phone",
        "Business Fax", "Home Phone", "Categories",
    ]  # fmt: skip
    named = _named(headers)
    assert named["First Name"] == "given_name" and named["Last Name"] == "family_name"
    assert named["Company"] == "company"
    assert named["E-mail Address"] == named["E-mail 2 Address"] == "email"
    assert named["E-mail Type"] is None and named["E-mail Display Name"] is None
    assert named["Mobile Phone"] == named["Business Phone"] == named["Home Phone"] == "phone"
    assert named["Business Fax"] is None
    assert named["Categories"] == "tags"


def test_hubspot_and_salesforce_headers() -> None:
    hubspot = _named(["Record ID", "First Name", "Last Name", "Email", "Phone Number",
                      "Create Date", "Company Name", "Contact owner"])  # fmt: skip
    assert hubspot == {
        "Record ID": "external_id", "First Name": "given_name", "Last Name": "family_name",
        "Email": "email", "Phone Number": "phone", "Create Date": "created_at",
        "Company Name": "company", "Contact owner": "owner",
    }  # fmt: skip
    salesforce = _named(["Id", "FIRSTNAME", "LASTNAME", "EMAIL", "PHONE", "MOBILEPHONE",
                         "ACCOUNT.NAME", "TITLE"])  # fmt: skip
    assert salesforce == {
        "Id": "external_id", "FIRSTNAME": "given_name", "LASTNAME": "family_name",
        "EMAIL": "email", "PHONE": "phone", "MOBILEPHONE": "phone",
        "ACCOUNT.NAME": "company", "TITLE": None,
    }  # fmt: skip


def test_thunderbird_corpus_headers() -> None:
    table = read_table(corpus_bytes("csv/thunderbird_basic_addressbook.csv"))
    named = _named(table.headers)
    assert named["Display Name"] == "display_name"
    assert named["Primary Email"] == named["Secondary Email"] == "email"
    assert named["Mobile Number"] == named["Work Phone"] == named["Home Phone"] == "phone"
    assert named["Organization"] == "company"
    assert named["Home Address"] == named["Home Address 2"] == "address"
    assert named["Work Address"] is None
    assert named["Fax Number"] is None and named["Pager Number"] is None
    assert named["Birth Day"] is None  # only the day of the month
    assert named["Notes"] == "notes"


def test_odoo_corpus_headers() -> None:
    partners = _named(read_table(corpus_bytes("csv/odoo_res_partner.csv")).headers)
    assert partners["ID"] == "external_id"
    assert partners["Name"] == "display_name"
    assert partners["Related Company"] == "company"
    assert partners["Company Type"] == "kind"
    assert partners["Phone"] == partners["Mobile"] == "phone"
    assert partners["Street"] == partners["Street2"] == "address"
    assert partners["Customer"] is None
    tags = _named(read_table(corpus_bytes("csv/odoo_customers_tags.csv")).headers)
    assert tags["Tags"] == "tags" and tags["Reference"] == "external_id"
    technical = _named(["id", "name", "parent_id", "email", "mobile", "category_id"])
    assert technical == {
        "id": "external_id", "name": "display_name", "parent_id": "company",
        "email": "email", "mobile": "phone", "category_id": "tags",
    }  # fmt: skip


def test_bengali_headers() -> None:
    named = _named(["নাম", "ফোন", "মোবাইল", "ইমেইল", "ঠিকানা", "কোম্পানি", "ট্যাগ", "নোট"])
    assert named == {
        "নাম": "display_name", "ফোন": "phone", "মোবাইল": "phone", "ইমেইল": "email",
        "ঠিকানা": "address", "কোম্পানি": "company", "ট্যাগ": "tags", "নোট": "notes",
    }  # fmt: skip


def test_other_entities() -> None:
    assert _named(["Date", "Amount", "Currency", "Invoice No", "Email"], "purchases") == {
        "Date": "purchase_date", "Amount": "amount", "Currency": "currency",
        "Invoice No": "reference", "Email": "customer_email",
    }  # fmt: skip
    assert _named(["Deal Name", "Amount", "Deal Stage", "Close Date"], "deals") == {
        "Deal Name": "title", "Amount": "value", "Deal Stage": "stage",
        "Close Date": "expected_close",
    }  # fmt: skip
    with pytest.raises(MappingError, match="Unknown import kind"):
        suggest_mapping(["a"], "orders")


def test_split_multi() -> None:
    assert split_multi("+8801711111111 ::: 01811 222222", "phone") == [
        "+8801711111111",
        "01811 222222",
    ]
    assert split_multi("a@x.com ::: b@y.com; A@X.com", "email") == ["a@x.com", "b@y.com"]
    assert split_multi(" VIP, Wholesale ,vip,, Retail ", "tags") == ["VIP", "Wholesale", "Retail"]
    assert split_multi("* myContacts ::: * starred ::: Friends", "tags") == ["starred", "Friends"]
    assert split_multi("Consultancy Services,IT Services", "tags") == [
        "Consultancy Services",
        "IT Services",
    ]
    assert split_multi("  House 5, Road 2  ", "address") == ["House 5, Road 2"]
    assert split_multi("+880 1711-111111 / +8801711111111", "phone") == ["+880 1711-111111"]
    assert split_multi("", "phone") == []


def test_apply_collects_multi_values_joins_lines_and_keeps_extras() -> None:
    headers = ["Name", "Phone 1 - Value", "Phone 2 - Value", "Street", "Street2", "Tags", "Fax"]
    mapping = build_mapping(headers)
    assert mapping.columns == {0: "display_name", 1: "phone", 2: "phone", 3: "address",
                               4: "address", 5: "tags"}  # fmt: skip
    row = mapping.apply(["Rahim", "017 ::: 018", "017", "House 5", "Road 2", "a,b", "0255"])
    assert row.fields == {
        "display_name": ["Rahim"],
        "phone": ["017", "018"],
        "address": ["House 5, Road 2"],
        "tags": ["a", "b"],
    }
    assert row.extras == {"Fax": "0255"}
    assert row.first("display_name") == "Rahim" and row.first("email") == ""


def test_extra_policy_notes_and_ignore() -> None:
    headers = ["Name", "Notes", "Fax", "Spouse"]
    as_notes = build_mapping(headers, extra="notes").apply(["Rahim", "likes tea", "02", "Salma"])
    assert as_notes.fields["notes"] == ["likes tea\nFax: 02\nSpouse: Salma"]
    assert as_notes.extras == {}
    ignored = build_mapping(headers, extra="ignore").apply(["Rahim", "", "02", "Salma"])
    assert ignored.extras == {} and "notes" not in ignored.fields


def test_mapping_json_round_trip_and_rebind() -> None:
    mapping = build_mapping(["নাম", "Mobile", "Mobile 2", "Email"], extra="notes")
    again = Mapping.from_json(mapping.to_json())
    assert again == mapping
    assert "নাম" in mapping.to_json()  # readable, not \u-escaped
    moved, missing = again.rebind(["email", "Something", "নাম", "mobile"])
    assert moved.columns == {0: "email", 2: "display_name", 3: "phone"}
    assert missing == ["Mobile 2"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not json", "not valid JSON"),
        ('{"format": "other"}', "not a saved CRM Desktop column mapping"),
        ('{"format": "crm-desktop-mapping", "version": 9}', "version 9"),
    ],
)
def test_bad_saved_mappings(text: str, message: str) -> None:
    with pytest.raises(MappingError, match=message):
        Mapping.from_json(text)


def test_saved_mapping_with_unknown_field_names_it() -> None:
    data = json.loads(build_mapping(["Name", "Phone"]).to_json())
    data["columns"][1]["field"] = "phne"
    with pytest.raises(MappingError, match="'phne' \\(for 'Phone'\\).*Did you mean 'phone'"):
        Mapping.from_json(json.dumps(data))


def test_two_columns_for_a_single_valued_field_is_refused() -> None:
    with pytest.raises(MappingError, match="Both 'A' and 'B' are mapped to given_name"):
        Mapping("customers", {0: "given_name", 1: "given_name"}, ["A", "B"])


def test_parse_map_options() -> None:
    headers = ["Full Name", "Mobile", "Fax", "Mobile"]
    assert parse_map_options(["full name=display_name", "Fax=", "#4=phone"], headers) == {
        0: "display_name",
        2: None,
        3: "phone",
    }
    with pytest.raises(MappingError, match="no column is named 'Nmae'.*'Full Name'"):
        parse_map_options(["Nmae=display_name"], headers)
    with pytest.raises(MappingError, match="'phne' \\(for 'Fax'\\).*Did you mean 'phone'"):
        parse_map_options(["Fax=phne"], headers)
    with pytest.raises(MappingError, match="columns 2 and 4"):
        parse_map_options(["Mobile=phone"], headers)
    with pytest.raises(MappingError, match="'Source Header=field'"):
        parse_map_options(["Mobile"], headers)
    with pytest.raises(MappingError, match="no column 9"):
        parse_map_options(["#9=phone"], headers)


def test_override_takes_a_single_field_from_the_suggested_column() -> None:
    headers = ["Name", "Display Name"]
    mapping = build_mapping(headers, overrides={0: "display_name"})
    assert mapping.columns == {0: "display_name"}
    assert build_mapping(headers).columns == {1: "display_name"}


def test_google_contacts_file_from_bytes_to_fields() -> None:
    text = (
        "Name,Given Name,Family Name,Group Membership,E-mail 1 - Type,E-mail 1 - Value,"
        "Phone 1 - Type,Phone 1 - Value,Organization 1 - Name,Nickname\r\n"
        "রহিম উদ্দিন,রহিম,উদ্দিন,* myContacts ::: Wholesale ::: VIP,* Work,"
        "rahim@example.com ::: r.uddin@example.com,Mobile,"
        "+8801712345678 ::: 01812-345678,Rahim Store,Bhai\r\n"
    )
    table = read_table(codecs.BOM_UTF8 + text.encode())
    mapping = build_mapping(table.headers)
    [row] = [mapping.apply(r.values) for r in table.rows]
    assert row.fields == {
        "display_name": ["রহিম উদ্দিন"],
        "given_name": ["রহিম"],
        "family_name": ["উদ্দিন"],
        "tags": ["Wholesale", "VIP"],
        "email": ["rahim@example.com", "r.uddin@example.com"],
        "phone": ["+8801712345678", "01812-345678"],
        "company": ["Rahim Store"],
    }
    assert row.extras == {"E-mail 1 - Type": "* Work", "Phone 1 - Type": "Mobile", "Nickname": "Bhai"}
