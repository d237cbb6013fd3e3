"""Issue 15, vCard details: TEL URIs with an extension, birthdays without a year, code pages,
UTF-16 without a byte-order mark, and N: written from the name on export."""

from __future__ import annotations

from pathlib import Path

from crm_desktop.db.store import Store, opened
from crm_desktop.exporting import export_vcards
from crm_desktop.services.customers import CustomerInput, create_customer
from tests.core.importing.conftest import CORPUS, corpus_path, counts, rows, run

SHAPES = CORPUS.parent / "shapes"


def test_vcard_40_tel_uri_with_extension_is_one_phone(store: Store) -> None:
    result = run(corpus_path("vcard/vcard40_rfc6350.vcf"))
    assert counts(result) == (1, 0, 0, 0) and not result.notes
    assert rows(store, "SELECT raw_text, e164 FROM customer_phone ORDER BY position") == [
        ("+1-418-656-9254 ext. 102", "+14186569254"),
        ("+1-418-262-6501", "+14182626501"),
    ]


def test_a_birthday_without_a_year_is_kept_so(store: Store) -> None:
    run(corpus_path("vcard/vcard40_rfc6350.vcf"))
    assert rows(store, "SELECT birthday FROM customer") == [(None,)]  # no made-up year
    assert rows(store, "SELECT key, value FROM custom_field WHERE key LIKE 'Birthday%'") == [
        ("Birthday (no year)", "--02-03")
    ]
    run(SHAPES / "google_new_labels.csv")  # Google writes --03-02
    assert rows(
        store,
        "SELECT c.display_name, f.value FROM custom_field f JOIN customer c ON c.id = f.customer_id "
        "WHERE f.key = 'Birthday (no year)' AND c.display_name = 'Wei Zhang'",
    ) == [("Wei Zhang", "--03-02")]


def test_a_21_card_without_charset_is_read_in_the_code_page_its_bytes_fit(store: Store) -> None:
    result = run(SHAPES / "cp1250_v21.vcf")
    assert counts(result) == (2, 0, 0, 0)
    assert rows(store, "SELECT display_name, given_name, family_name FROM customer ORDER BY id") == [
        ("Paweł Iksiński", "Paweł", "Iksiński"),  # not Pawe³ Iksiñski (cp1252)
        ("Iga Świątek", "Iga", "Świątek"),
    ]


def test_western_8bit_cards_stay_in_cp1252() -> None:
    from crm_desktop.io import parse_vcards

    card = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ren\xe9e M\xfcller Nº 5\r\nEND:VCARD\r\n".encode("cp1252")
    assert parse_vcards(card).contacts[0].formatted_name == "Renée Müller Nº 5"


def test_utf16_without_a_byte_order_mark(store: Store) -> None:
    result = run(SHAPES / "utf16le_nobom.vcf")
    assert counts(result) == (2, 0, 0, 0)
    assert rows(store, "SELECT display_name FROM customer ORDER BY id") == [("Jan Kowalski",), ("Zoë Król",)]


def test_phone_cards_with_junk_values_keep_every_named_person(store: Store) -> None:
    android = run(corpus_path("vcard/android_21_qp.vcf"))
    assert android.status == "imported" and counts(android) == (6, 0, 0, 0)
    # the card whose "e-mail" is junk keeps its name; the junk is kept, not verified
    assert rows(
        store,
        "SELECT c.family_name, f.value FROM custom_field f JOIN customer c ON c.id = f.customer_id "
        "WHERE f.key = 'Email (not verified)'",
    ) == [("Ñ Ñ", "ÑÑÑÑÑÑÑÑÑÑÑÑÑÑ")]
    japanese = run(corpus_path("vcard/featurephone_sjis_21.vcf"))
    assert japanese.status == "imported" and counts(japanese) == (3, 0, 0, 0)
    assert rows(store, "SELECT display_name FROM customer WHERE id > 6 ORDER BY id") == [
        ("安藤ロイド3",), ("安藤ロイド4",), ("安藤ロイド5",),
    ]  # fmt: skip


def test_export_writes_n_from_the_name_and_reimports_everyone(store: Store, tmp_path: Path) -> None:
    create_customer(CustomerInput(display_name="Rahim Uddin Chowdhury", phones=["01712345678"]))
    create_customer(CustomerInput(display_name="Karim", phones=["01712345678"]))  # a family phone
    create_customer(CustomerInput(display_name="Acme Traders", kind="business"))
    run(SHAPES / "family_shared_phone.csv")
    out = tmp_path / "all.vcf"
    export_vcards(str(out))
    text = out.read_bytes().decode("utf-8").replace("\r\n", "\n")
    assert "FN:Rahim Uddin Chowdhury\nN:Chowdhury;Rahim Uddin;;;\n" in text
    assert "FN:Karim\nN:Karim;;;;\n" in text
    assert "FN:Acme Traders\nN:;;;;\n" in text  # a business: no personal name
    exported = rows(store, "SELECT count(*) FROM customer")
    with opened(tmp_path / "empty.sqlite3") as other:
        result = run(out)
        assert result.status == "imported"
        assert rows(other, "SELECT count(*) FROM customer") == exported == [(12,)]
