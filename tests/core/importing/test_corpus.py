"""Every real-world file in tests/data/corpus through the import engine, as a user would."""

from __future__ import annotations

from crm_desktop.db.store import Store
from crm_desktop.importing import ImportFile, ImportOptions, ImportRefused, run_import
from crm_desktop.io import build_mapping, parse_map_options
from tests.core.importing.conftest import CORPUS, corpus_path, counts, dump, rows, run


def test_every_corpus_file_is_imported_here() -> None:
    names = {p.name for p in CORPUS.glob("*/*") if p.suffix in (".csv", ".vcf")}
    assert names == {
        "bangladesh_districts_noheader.csv",
        "odoo_customers_tags.csv",
        "odoo_res_partner.csv",
        "thunderbird_basic_addressbook.csv",
        "thunderbird_semicolon.csv",
        "evolution_v30_folded.vcf",
        "outlook2003_v21_quoted_printable.vcf",
        "salesforce_accounts_cp1252.csv",
        "retail_by_day.csv",
        "vcard40_rfc6350.vcf",
        "android_21_qp.vcf",
        "featurephone_sjis_21.vcf",
    }


def test_odoo_partners_companies_contacts_and_phones(store: Store) -> None:
    result = run(corpus_path("csv/odoo_res_partner.csv"))
    assert counts(result) == (6, 0, 0, 0)
    assert rows(store, "SELECT display_name, kind, company, external_id, city FROM customer ORDER BY id") == [
        ("Grocery Outlet", "business", "", "res_partner_1", "San Francisco"),
        ("Bob", "person", "Grocery Outlet", "res_partner_2", ""),
        ("Bill", "person", "Grocery Outlet", "res_partner_3", "San Francisco"),
        ("Warehouse", "person", "Grocery Outlet", "res_partner_4", "San Francisco"),
        ("Accounting dep.", "person", "Grocery Outlet", "res_partner_5", "San Francisco"),
        ("Agrolait", "business", "", "res_partner_6", "New York"),
    ]
    # Street and Street2 joined; the phones have no country code and are not valid numbers in
    # the row's country (United States) or the default region (BD): kept as written, not verified
    grocery = rows(store, "SELECT address, primary_phone FROM customer WHERE external_id = 'res_partner_1'")
    assert grocery == [("51 Federal Street, #401", "")]
    assert rows(store, "SELECT count(*) FROM customer_phone") == [(0,)]
    assert rows(
        store, "SELECT value FROM custom_field WHERE customer_id = 2 AND key = 'Phone (not verified)'"
    ) == [("4157654321",)]
    columns = ["Phone", "Mobile", "Mobile", "Phone", "Phone", "Phone"]
    assert [(n.line, n.column) for n in result.notes] == list(zip(range(2, 8), columns, strict=True))
    assert rows(store, "SELECT email FROM customer_email") == [("bill@odoo.com",)]
    # unmapped columns become custom fields, TRUE/FALSE kept as written
    assert rows(store, "SELECT key, value FROM custom_field WHERE customer_id = 1 ORDER BY id") == [
        ("Phone (not verified)", "123456789"), ("Customer", "TRUE"), ("Supplier", "FALSE"),
        ("State", "California"), ("ZIP", "94107"), ("Country", "United States"),
        ("Website", "groceryoutlet.com"),
    ]  # fmt: skip


def test_odoo_partners_in_the_us_region_keep_every_partner_and_verify_the_valid_numbers(store: Store) -> None:
    result = run(corpus_path("csv/odoo_res_partner.csv"), region="US", skip_invalid=True)
    assert counts(result) == (6, 0, 0, 0)
    assert [(n.line, n.column) for n in result.notes] == [
        (2, "Phone"),
        (4, "Mobile"),
        (5, "Phone"),
        (6, "Phone"),
        (7, "Phone"),
    ]
    assert result.notes[0].reason == (
        "'123456789' is not a phone number (has the wrong number of digits); "
        "kept as written in 'Phone (not verified)', not verified and not used for matching"
    )
    assert rows(store, "SELECT display_name, primary_phone FROM customer ORDER BY id") == [
        ("Grocery Outlet", ""), ("Bob", "+14157654321"), ("Bill", ""), ("Warehouse", ""),
        ("Accounting dep.", ""), ("Agrolait", ""),
    ]  # fmt: skip


def test_odoo_tags_several_in_one_cell(store: Store) -> None:
    result = run(corpus_path("csv/odoo_customers_tags.csv"))
    assert counts(result) == (5, 0, 0, 0)
    assert rows(store, "SELECT display_name, tag_names, external_id FROM customer ORDER BY id") == [
        ("Credit & Leasing", "Services", "3"),
        ("Services & Finance", "Consultancy Services, IT Services", "5"),
        ("Hydra Supplies", "Manufacturer, Retailer", "6"),
        ("Bolts & Screws", "Wholesaler, Components Buyer", "8"),
        ("National Parts & Supplies", "Manufacturer, Wholesaler", "18"),
    ]
    assert rows(store, "SELECT name FROM tag ORDER BY id") == [
        ("Services",), ("Consultancy Services",), ("IT Services",), ("Manufacturer",), ("Retailer",),
        ("Wholesaler",), ("Components Buyer",),
    ]  # fmt: skip
    assert rows(store, "SELECT address, city FROM customer WHERE external_id = '8'") == [
        ("Rua Américo 1000", "Campinas")
    ]


def test_thunderbird_special_use_emails_are_kept_unverified_with_line_and_column(store: Store) -> None:
    # the same two people in both files, with only a name and an odd e-mail: the second file
    # finds them by name and changes nothing
    for name, status in (
        ("thunderbird_basic_addressbook.csv", "imported"),
        ("thunderbird_semicolon.csv", "unchanged"),
    ):
        result = run(corpus_path(f"csv/{name}"))  # by default: nobody is rejected for an odd e-mail
        assert result.status == status and counts(result)[3] == 0
        assert [(n.line, n.column) for n in result.notes] == [(2, "Primary Email"), (3, "Primary Email")]
        assert "special-use or reserved name" in result.notes[0].reason
    assert rows(store, "SELECT display_name, primary_email FROM customer ORDER BY id") == [
        ("John Doe", ""),
        ("Jane Doe", ""),
    ]
    assert rows(store, "SELECT count(*) FROM customer_email") == [(0,)]
    assert rows(store, "SELECT value FROM custom_field WHERE key = 'Email (not verified)' ORDER BY id") == [
        ("john@doe.invalid",),
        ("jane@doe.invalid",),
    ]


def test_districts_without_header_need_a_mapping_then_keep_bengali_and_blank_nulls(store: Store) -> None:
    path = corpus_path("csv/bangladesh_districts_noheader.csv")
    try:
        run(path)
    except ImportRefused as exc:
        assert "No column is mapped" in str(exc)
    else:
        raise AssertionError("a file with nothing mapped was imported")
    headers = [f"Column {i}" for i in range(1, 8)]
    overrides = parse_map_options(["#3=display_name", "#4=notes", "#1=external_id"], headers)
    mapping = build_mapping(headers, "customers", overrides)
    result = run_import(ImportFile(str(path)), ImportOptions(mapping=mapping))
    assert counts(result) == (64, 0, 0, 0)
    assert rows(store, "SELECT display_name, notes FROM customer WHERE external_id = '3'") == [
        ("Brahmanbaria", "ব্রাহ্মণবাড়িয়া")
    ]
    # NULL latitude and longitude are blank cells, so Manikganj has no custom field for them
    assert rows(
        store,
        "SELECT f.key, f.value FROM custom_field f JOIN customer c ON c.id = f.customer_id "
        "WHERE c.display_name = 'Manikganj' ORDER BY f.id",
    ) == [("Column 2", "6"), ("Column 7", "www.manikganj.gov.bd")]
    assert run_import(ImportFile(str(path)), ImportOptions(mapping=mapping)).status == "unchanged"


def test_evolution_vcard_folded_lines_escapes_and_extra_properties(store: Store) -> None:
    result = run(corpus_path("vcard/evolution_v30_folded.vcf"), region="US")
    assert counts(result) == (1, 0, 0, 0)
    assert rows(
        store,
        "SELECT display_name, given_name, family_name, company, city, birthday, external_id FROM customer",
    ) == [
        (
            "Mr. John Richter, James Doe Sr.", "John", "Doe", "IBM, Accounting, Dungeon", "Albaney",
            "1980-03-22", "477343c8e6bf375a9bac1f96a5000837",
        )
    ]  # fmt: skip
    assert rows(store, "SELECT raw_text, e164 FROM customer_phone ORDER BY position") == [
        ("905-666-1234", "+19056661234"),
        ("905-555-1234", "+19055551234"),
    ]
    assert rows(store, "SELECT tag_names, primary_email FROM customer") == [("VIP", "john.doe@ibm.com")]
    custom = dict(rows(store, "SELECT key, value FROM custom_field"))
    assert custom["Nickname"] == "Johny" and custom["Title"] == "Money Counter"
    assert "X-EVOLUTION-SPOUSE: Maria" in custom["Other details"]
    assert "REV" not in custom["Other details"]
    assert rows(store, "SELECT notes LIKE '%\"AS IS\" AND ANY EXPRESS%' FROM customer") == [(1,)]


def test_outlook_vcard_foreign_numbers_are_kept_unverified_not_rejected(store: Store) -> None:
    path = corpus_path("vcard/outlook2003_v21_quoted_printable.vcf")
    result = run(path)
    assert counts(result) == (1, 0, 0, 0)
    assert [(n.line, n.column) for n in result.notes] == [(1, "Phone"), (1, "Phone"), (1, "Phone")]
    assert rows(store, "SELECT value FROM custom_field WHERE key = 'Phone (not verified)'") == [
        ("49 631 234 341, 48 691 342 341, 48 91 3 175 234",)
    ]
    assert rows(store, "SELECT display_name, primary_phone FROM customer") == [
        ("Antoni Jozef Mylka jun.", "")
    ]


def test_outlook_vcard_numbers_are_read_in_the_region_chosen(store: Store) -> None:
    path = corpus_path("vcard/outlook2003_v21_quoted_printable.vcf")
    before = dump(store)
    result = run(path, region="DE")
    assert counts(result) == (1, 0, 0, 0)
    assert rows(store, "SELECT display_name, notes, birthday FROM customer") == [
        ("Antoni Jozef Mylka jun.", "These are some notes about antoni.", "1980-01-18")
    ]
    # written without "+", so in Germany they are national numbers (what a German phone would dial)
    assert rows(store, "SELECT raw_text, e164 FROM customer_phone ORDER BY position") == [
        ("49 631 234 341", "+4949631234341"),
        ("48 691 342 341", "+4948691342341"),
        ("48 91 3 175 234", "+4948913175234"),
    ]
    assert rows(store, "SELECT email FROM customer_email") == [("antoni_mylka@somedomain.com",)]
    assert before != dump(store)
