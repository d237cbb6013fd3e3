"""Issue 15: every real person in a real export is kept; odd values are kept unverified, not fatal.

The files are in tests/data/shapes (made to the shape of other programs' exports, see its
SOURCES.md) and tests/data/corpus (real files).
"""

from __future__ import annotations

from pathlib import Path

from crm_desktop.db.store import Store
from crm_desktop.importing import ImportFile
from crm_desktop.importing.engine import suggest_with_confidence
from tests.core.importing.conftest import CORPUS, counts, rows, run

SHAPES = CORPUS.parent / "shapes"


def shape(name: str) -> Path:
    return SHAPES / name


def _custom(store: Store, key: str) -> list[tuple[str, str]]:
    return rows(
        store,
        "SELECT c.display_name, f.value FROM custom_field f JOIN customer c ON c.id = f.customer_id "
        "WHERE f.key = ? ORDER BY c.id",
        key,
    )


def test_placeholders_are_empty_cells_and_every_person_is_kept(store: Store) -> None:
    result = run(shape("google_bd_dashes.csv"))  # by default, not "skip invalid"
    assert result.status == "imported" and counts(result) == (10, 0, 0, 0)
    assert any("placeholder such as '-'" in n for n in result.notices)
    # no "-", "—", "N/A", "none", "null" or "#N/A" was stored as a value anywhere
    values = {v for (v,) in rows(store, "SELECT value FROM custom_field")}
    values |= {v for (v,) in rows(store, "SELECT notes FROM customer")}
    assert not values & {"-", "—", "N/A", "none", "null", "#N/A"}
    assert rows(store, "SELECT count(*) FROM customer_email") == [(1,)]  # only Fatema's real address
    assert rows(store, "SELECT display_name FROM customer WHERE id = 7") == [("সুমন মিয়া",)]


def test_odd_phones_and_emails_are_kept_unverified_and_listed_as_warnings(store: Store) -> None:
    result = run(shape("quickbooks_customers.csv"))
    assert result.status == "imported" and counts(result) == (8, 0, 0, 0)
    assert not result.problems  # warnings are notes, not rejections
    warned = {(n.line, n.column) for n in result.notes}
    assert {(5, "Main Phone"), (5, "Main Email"), (7, "Main Phone")} <= warned
    assert ("Chris Baker", "-1199") in _custom(store, "Phone (not verified)")
    assert ("Renee Barley", "911") in _custom(store, "Phone (not verified)")
    assert _custom(store, "Email (not verified)") == [("Chris Baker", "chris@samplename.invalid")]
    # an unverified value is never used for matching, sending or dialling: not a phone or email row
    assert rows(store, "SELECT count(*) FROM customer_phone WHERE raw_text IN ('-1199', '911')") == [(0,)]
    assert rows(
        store, "SELECT primary_phone, primary_email FROM customer WHERE display_name = 'Chris Baker'"
    ) == [("", "")]


def test_only_valid_numbers_get_an_e164_form(store: Store) -> None:
    result = run(shape("google_new_labels.csv"))
    assert counts(result) == (5, 0, 0, 0)
    # 905-555-1234 is a possible Bangladeshi length but no such number exists: not +8809055551234
    assert rows(store, "SELECT count(*) FROM customer_phone WHERE e164 LIKE '+880905%'") == [(0,)]
    assert _custom(store, "Phone (not verified)") == [
        ("Wei Zhang", "13812345678"),
        ("Budi Santoso", "821-1234-5678"),
        ("Jake Miller", "905-555-1234"),
    ]
    reason = next(n.reason for n in result.notes if n.line == 5)
    assert reason.startswith("'905-555-1234' is not a phone number in use in BD")


def test_a_row_with_nothing_usable_is_the_only_one_rejected(store: Store) -> None:
    result = run(b"Name,Phone,Email\nRahim,-1199,x@y\n,-1199,x@y\n")
    assert counts(result) == (1, 0, 0, 1) and result.status == "refused"
    assert [(p.line, p.column) for p in result.problems] == [(3, "Phone"), (3, "Email"), (3, None)]
    assert result.problems[-1].reason == "a customer needs a name, a company, a phone or an email"


def test_phones_are_read_in_the_country_the_row_names(store: Store) -> None:
    result = run(shape("odoo_de_partners.csv"))
    assert counts(result) == (4, 0, 0, 0) and not result.notes
    assert rows(store, "SELECT raw_text, e164 FROM customer_phone ORDER BY id") == [
        ("+49 30 1234567", "+49301234567"),
        ("0151 23456789", "+4915123456789"),
        ("089 9876543", "+49899876543"),
    ]


def test_odoo_german_labels(store: Store) -> None:
    run(shape("odoo_de_partners.csv"))
    assert rows(store, "SELECT display_name, kind, company, address, city, primary_email FROM customer") == [
        ("Müller GmbH", "business", "", "Hauptstraße 1", "Berlin", "info@mueller.de"),
        ("Jürgen Schmidt", "person", "Müller GmbH", "Hauptstraße 1", "Berlin", "j.schmidt@mueller.de"),
        ("Anna Weiß", "person", "Müller GmbH", "", "", "a.weiss@mueller.de"),
        ("Öztürk Bau AG", "business", "", "Ringstraße 9", "München", ""),
    ]


def test_mapping_reads_the_values_not_only_the_headers() -> None:
    def mapped(path: Path) -> dict[str, tuple[str, str]]:
        file = ImportFile(str(path))
        from crm_desktop.importing import ImportOptions

        with file.open(ImportOptions()) as source:
            head = [r.cells for r, _ in zip(source.rows(), range(50), strict=False)]
            mapping, confidence = suggest_with_confidence(source.info.headers, "customers", head)
        return {mapping.headers[i]: (f, confidence[i]) for i, f in mapping.columns.items()}

    shopify = mapped(shape("shopify_customers.csv"))
    assert "Accepts Email Marketing" not in shopify  # yes/no is never an email
    assert shopify["Email"] == ("email", "high")
    assert shopify["Default Address Address1"][0] == "address"
    assert shopify["Default Address City"][0] == "city"
    assert shopify["Default Address Company"][0] == "company"
    google = mapped(shape("google_new_labels.csv"))
    assert "Phonetic First Name" not in google and "E-mail 1 - Label" not in google
    assert google["E-mail 1 - Value"][0] == "email" and google["Organization Name"][0] == "company"
    quickbooks = mapped(shape("quickbooks_customers.csv"))
    assert "CustomerType" not in quickbooks  # "Independent Contractor" is no kind of customer
    assert quickbooks["Full Name"][0] == "display_name"
    salesforce = mapped(CORPUS / "csv" / "salesforce_accounts_cp1252.csv")
    assert "OWNERID" not in salesforce  # record ids, not a person
    # a column of e-mail addresses under a header nobody knows is still found, with low confidence
    raw = b"Kunde,Kontakt\nA,a@example.com\nB,b@example.com\n"
    with ImportFile(raw).open(
        __import__("crm_desktop.importing", fromlist=["ImportOptions"]).ImportOptions()
    ) as src:
        mapping, confidence = suggest_with_confidence(
            src.info.headers, "customers", [r.cells for r in src.rows()]
        )
    assert mapping.columns == {1: "email"} and confidence == {1: "low"}


def test_salesforce_accounts_are_businesses_and_create_no_users(store: Store) -> None:
    result = run(CORPUS / "csv" / "salesforce_accounts_cp1252.csv")
    assert result.status == "imported" and counts(result) == (292, 0, 0, 0)
    assert rows(store, "SELECT DISTINCT kind FROM customer") == [("business",)]
    assert rows(store, 'SELECT count(*) FROM "user"') == rows(
        store, 'SELECT count(*) FROM "user" WHERE id = 1'
    )
    assert rows(store, "SELECT count(*) FROM customer WHERE display_name LIKE '%Crédito%'") != [(0,)]


def test_shopify_leading_apostrophe_is_spreadsheet_protection(store: Store) -> None:
    run(shape("shopify_customers.csv"))
    assert rows(
        store, "SELECT external_id, primary_phone FROM customer WHERE display_name = 'Karine Ruby'"
    ) == [("8687677210869", "+17134590228")]
    assert rows(store, "SELECT count(*) FROM customer WHERE external_id LIKE '''%'") == [(0,)]


def test_a_shared_phone_or_email_never_merges_different_names(store: Store) -> None:
    result = run(shape("family_shared_phone.csv"))
    assert counts(result) == (9, 0, 0, 0)
    assert [n for (n,) in rows(store, "SELECT display_name FROM customer ORDER BY id")] == [
        "Abdul Karim", "Rokeya Karim", "Sabbir Karim", "Green Store Mirpur", "Green Store Uttara",
        "Green Store Banani", "Mahfuz Alam", "Shapla Begum", "Shapla Begum",
    ]  # fmt: skip
    shared = [n for n in result.notes if "but the names differ" in n.reason]
    assert [(n.line, n.column) for n in shared][:2] == [(3, "Phone"), (4, "Phone")]
    assert "with 'Abdul Karim'" in shared[0].reason
    # the same name with the same phone is the same person
    again = run(b"Name,Phone\nAbdul Karim,01711555666\nA. Karim,01711-555666\n")
    assert counts(again) == (0, 0, 2, 0)


def test_a_shared_email_in_the_database_adds_the_new_name(store: Store) -> None:
    run(shape("hubspot_contacts.csv"))
    assert rows(
        store, "SELECT display_name FROM customer WHERE primary_email = 'lena@school.example.org'"
    ) == [
        ("Lena Park",),
        ("Omar Faruk",),
    ]


def test_reimporting_adds_nobody_even_people_with_only_a_name(store: Store) -> None:
    for name in (
        "family_shared_phone.csv",
        "hubspot_contacts.csv",
        "google_bd_dashes.csv",
        "quickbooks_customers.csv",
    ):
        run(shape(name))
    before = rows(store, "SELECT count(*) FROM customer")
    for name in (
        "family_shared_phone.csv",
        "hubspot_contacts.csv",
        "google_bd_dashes.csv",
        "quickbooks_customers.csv",
    ):
        again = run(shape(name))
        assert again.created == 0, name
        assert again.status == "unchanged", name
    assert rows(store, "SELECT count(*) FROM customer") == before


def test_a_rename_by_id_is_said_in_the_dry_run(store: Store) -> None:
    run(b"ID,Name\nA-1,Rahim Uddin\n")
    dry = run(b"ID,Name\nA-1,Rahim Chowdhury\n", dry_run=True)
    assert [n.reason for n in dry.notes] == [
        "the name of customer 1 changes from 'Rahim Uddin' to 'Rahim Chowdhury'"
    ]


def test_the_same_file_again_is_recognised_before_anything_is_done(store: Store) -> None:
    first = run(shape("hubspot_contacts.csv"))
    assert first.already_imported is None
    again = run(shape("hubspot_contacts.csv"), dry_run=True)
    assert again.already_imported is not None and again.already_imported.batch_id == first.batch_id
    assert (
        again.notices[0].startswith("This file was imported on 20")
        and f"(batch {first.batch_id})" in again.notices[0]
    )
    assert again.to_json()["already_imported"]["batch_id"] == first.batch_id
    assert again.created == 0
    # the same content under another name is the same file; other content is not
    assert run(shape("hubspot_contacts.csv").read_bytes(), name="copy.csv", dry_run=True).already_imported
    assert run(b"Name\nSomeone\n", dry_run=True).already_imported is None


def test_cli_json_says_already_imported(store: Store, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    import json

    from crm_desktop.cli.main import main

    db = tmp_path / "cli.sqlite3"
    path = str(shape("family_shared_phone.csv"))
    assert main(["import", "customers", path, "--db", str(db), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["already_imported"] is None
    assert main(["import", "customers", path, "--db", str(db), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["already_imported"]["batch_id"] == 1 and out["created"] == 0
    assert main(["import", "customers", path, "--db", str(db)]) == 0
    text = capsys.readouterr().out
    assert "note: This file was imported on" in text
    assert "warning: line 3, column 'Phone': shares the phone" in text


def test_an_import_that_changes_a_customer_writes_field_level_history(store: Store) -> None:
    from crm_desktop.services import audit

    run(b"Name,Phone,City\nRahim Uddin,01712345678,Dhaka\n", name="first.csv")
    result = run(b"Name,Phone,City,Notes\nRahim Uddin,01712345678,Sylhet,VIP\n", name="second.csv")
    assert counts(result) == (0, 1, 0, 0)
    [entry] = [e for e in audit.history(1) if e.action == "imported"]
    values = audit.values_of([entry.id])[entry.id]
    assert ("city", "Dhaka", "Sylhet") in values
    assert ("notes", "", "VIP") in values
    assert ("import", None, f"second.csv (#{result.batch_id})") in values
    # a file that changes nothing writes no history
    run(b"Name,Phone,City,Notes\nRahim Uddin,01712345678,Sylhet,VIP\n", name="third.csv")
    assert len([e for e in audit.history(1) if e.action == "imported"]) == 1


def test_outlook_export_no_birthday_and_yes_no_column(store: Store) -> None:
    result = run(shape("outlook_contacts.csv"))
    assert counts(result) == (2, 0, 0, 0) and not result.notes  # 0/0/00 is "no birthday", not a problem
    assert rows(
        store, "SELECT display_name, birthday, primary_phone, primary_email FROM customer ORDER BY id"
    ) == [
        ("Tahmina Rahman", None, "+88029123456", "tahmina@example.com.bd"),
        ("Arif Hossain", None, "+8801811998877", ""),
    ]
    assert rows(store, "SELECT value FROM custom_field WHERE key = 'Include in Emails' ORDER BY id") == [
        ("Yes",),
        ("No",),
    ]


def test_datablist_people_are_all_kept(store: Store) -> None:
    result = run(shape("datablist_people.csv"))
    assert result.status == "imported" and counts(result) == (8, 0, 0, 0)
    assert len(result.notes) == 7  # seven US numbers without a country code: kept, not verified
    assert rows(store, "SELECT count(*) FROM customer_email") == [(8,)]


def test_a_too_long_name_or_tag_keeps_the_person(store: Store) -> None:
    long_name = "Rahim " + "Uddin " * 60
    result = run(f'Name,Tags\n{long_name},"VIP, {"x" * 80}"\n'.encode())
    assert counts(result) == (1, 0, 0, 0)
    [(name, tags)] = rows(store, "SELECT display_name, tag_names FROM customer")
    assert name.startswith("Rahim Uddin") and name.endswith("…") and tags == "VIP"
    kept = dict(rows(store, "SELECT key, value FROM custom_field"))
    assert kept == {"Name (in full)": long_name.strip(), "Tags (too long)": "x" * 80}
    assert [(n.line, n.column) for n in result.notes] == [(2, "Tags"), (2, "Name")]


def test_two_numbers_written_in_one_cell_are_two_phones(store: Store) -> None:
    result = run("Name,Mobile\nরহিম,01711123456 01811654321\nকরিম,01911-123456/01611-654321\n".encode())
    assert counts(result) == (2, 0, 0, 0) and not result.notes
    assert rows(store, "SELECT customer_id, e164 FROM customer_phone ORDER BY id") == [
        (1, "+8801711123456"), (1, "+8801811654321"), (2, "+8801911123456"), (2, "+8801611654321"),
    ]  # fmt: skip


def test_people_sharing_a_phone_are_listed_by_duplicates_for_the_owner_to_decide(store: Store) -> None:
    from crm_desktop.services.duplicates import duplicate_groups

    run(shape("family_shared_phone.csv"))
    groups = {tuple(sorted(g.customer_ids)): g.reasons for g in duplicate_groups()}
    assert groups[(1, 2, 3)] == (("phone", "+8801711555666"),)
    assert (4, 5, 6) in groups  # one billing phone and e-mail for three shops


def test_an_orders_file_imported_as_customers_takes_the_billing_name(store: Store) -> None:
    result = run(shape("shopify_orders.csv"))  # "Name" holds #1001: the next name column is used
    assert counts(result) == (2, 0, 1, 0)
    assert rows(store, "SELECT display_name, primary_phone FROM customer ORDER BY id") == [
        ("Russell Winfield", "+16135550135"), ("Karine Ruby", "+17134590228"),
    ]  # fmt: skip


def test_a_bare_list_of_names_and_numbers_without_a_header_is_read_by_its_values(store: Store) -> None:
    raw = "রহিম উদ্দিন,01711-234567\nকরিম হোসেন,01811 234567\nFatema Akter,+8801912345678\nকরিম হোসেন,\n"
    result = run(raw.encode())
    assert result.status == "imported" and counts(result) == (4, 0, 0, 0)  # two people called করিম হোসেন
    assert rows(store, "SELECT display_name, primary_phone FROM customer ORDER BY id") == [
        ("রহিম উদ্দিন", "+8801711234567"), ("করিম হোসেন", "+8801811234567"),
        ("Fatema Akter", "+8801912345678"), ("করিম হোসেন", ""),
    ]  # fmt: skip
    again = run(raw.encode())
    assert again.created == 0  # the second করিম হোসেন (no phone) is found by name, the first by phone
    # single words (place names, the districts file) are not taken for people
    assert (
        "display_name"
        not in suggest_with_confidence(["Column 1"], "customers", [["Dhaka"], ["Sylhet"]])[0].columns.values()
    )
