"""The shapes real files take (tests/data/corpus/SOURCES.md), each made here and imported."""

from __future__ import annotations

import codecs

import pytest

from crm_desktop.db.store import Store
from crm_desktop.importing import ImportFile, ImportOptions
from tests.core.importing.conftest import counts, problems, rows, run

PEOPLE = (
    "Name,Phone,Email\nরহিম উদ্দিন,01712345678,rahim@example.com\nJosé Núñez,+8801812345678,jose@example.com\n"
)
STORED = [
    ("রহিম উদ্দিন", "+8801712345678", "rahim@example.com"),
    ("José Núñez", "+8801812345678", "jose@example.com"),
]


def _stored(store: Store) -> list[tuple[object, ...]]:
    return rows(store, "SELECT display_name, primary_phone, primary_email FROM customer ORDER BY id")


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (codecs.BOM_UTF8 + PEOPLE.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + PEOPLE.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + PEOPLE.encode("utf-16-be"), "utf-16-be"),
        (PEOPLE.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
    ],
    ids=["utf8-bom", "utf16-le", "utf16-be", "crlf"],
)
def test_unicode_encodings_and_line_ends(store: Store, raw: bytes, encoding: str) -> None:
    result = run(raw)
    assert result.info.encoding == encoding
    assert counts(result) == (2, 0, 0, 0)
    assert _stored(store) == STORED


def test_cp1252_is_detected_and_can_be_overridden(store: Store) -> None:
    raw = "Name,Email\nJosé Núñez,jose@example.com\nRenée Ørsted,renee@example.com\n".encode("cp1252")
    result = run(raw, dry_run=True)
    assert result.info.encoding == "cp1252" and not result.info.encoding_confident
    assert counts(result) == (2, 0, 0, 0)
    run(raw, encoding="latin-1")
    assert rows(store, "SELECT display_name FROM customer ORDER BY id") == [
        ("José Núñez",),
        ("Renée Ørsted",),
    ]


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_other_delimiters(store: Store, delimiter: str) -> None:
    result = run(PEOPLE.replace(",", delimiter).encode())
    assert result.info.delimiter == delimiter
    assert counts(result) == (2, 0, 0, 0)
    assert _stored(store) == STORED


def test_delimiter_and_header_overrides(store: Store) -> None:
    raw = b"Name;Phone\nKarim;01712345678\nRahim;01812345678\n"
    preview = ImportFile(raw).preview(ImportOptions(delimiter=";", has_header=False))
    assert preview.info.headers == ["Column 1", "Column 2"]
    assert [r.cells for r in preview.rows[:2]] == [["Name", "Phone"], ["Karim", "01712345678"]]
    preview = ImportFile(raw).preview(ImportOptions(delimiter=","))
    assert preview.info.headers == ["Name;Phone"]


def test_excel_damaged_phone_keeps_the_person_and_is_not_verified(store: Store) -> None:
    raw = b"Name,Phone\nAyesha,-1199\nBabul,01712345678\n"
    result = run(raw)  # by default: the odd number does not throw Ayesha out
    assert counts(result) == (2, 0, 0, 0)
    assert [(n.line, n.column) for n in result.notes] == [(2, "Phone")]
    assert result.notes[0].reason.startswith(
        "'-1199' is not a phone number (has the wrong number of digits); kept"
    )
    assert rows(store, "SELECT display_name, primary_phone FROM customer ORDER BY id") == [
        ("Ayesha", ""),
        ("Babul", "+8801712345678"),
    ]
    assert rows(store, "SELECT key, value FROM custom_field") == [("Phone (not verified)", "-1199")]


def test_google_contacts_several_values_in_one_cell(store: Store) -> None:
    raw = (
        b"Name,Given Name,Family Name,Group Membership,E-mail 1 - Type,E-mail 1 - Value,"
        b"Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value\n"
        b"Nusrat Jahan,Nusrat,Jahan,* myContacts ::: VIP ::: Wholesale,* Home,"
        b"nusrat@example.com ::: nj@work.example.com,Mobile,01712-345678 ::: +880 1812 345678,"
        b"Work,01912345678\n"
    )
    result = run(raw)
    assert counts(result) == (1, 0, 0, 0)
    assert rows(store, "SELECT given_name, family_name, tag_names, primary_phone FROM customer") == [
        ("Nusrat", "Jahan", "VIP, Wholesale", "+8801712345678")
    ]
    assert rows(store, "SELECT raw_text, e164, position FROM customer_phone ORDER BY position") == [
        ("01712-345678", "+8801712345678", 0),
        ("+880 1812 345678", "+8801812345678", 1),
        ("01912345678", "+8801912345678", 2),
    ]
    assert rows(store, "SELECT email FROM customer_email ORDER BY position") == [
        ("nusrat@example.com",),
        ("nj@work.example.com",),
    ]


def test_broken_rows_are_reported_by_line_and_kept_in_the_rejects(store: Store, tmp_path) -> None:  # noqa: ANN001
    raw = (
        b"Name,Phone,Notes\n"
        b'Rahim,01712345678,"two\nlines"\n'  # lines 2-3: quoted newline, fine
        b"Karim,01812345678\n"  # line 4: too few
        b"\n"  # line 5: blank
        b"Salma,01912345678,note,extra\n"  # line 6: too many
        b'Tania,01612345678,"say ""hi"""\n'  # line 7: "" escapes
        b"Jamal,01512345678,  NULL  \n"  # line 8: bare NULL is blank, trailing spaces trimmed
    )
    result = run(raw, skip_invalid=True)
    assert counts(result) == (4, 0, 0, 1)
    assert result.blank_records == 1
    # a row with too few fields keeps its person: the missing cells are empty (a warning)
    assert [(n.line, n.reason) for n in result.notes] == [
        (4, "the row has 2 fields, the header 3; the missing ones were read as empty")
    ]
    # a row with too many is refused: which comma was meant is a guess
    assert problems(result) == [(6, None)]
    assert "has 4 fields but the header has 3 (too many" in result.problems[0].reason
    assert rows(store, "SELECT display_name, notes FROM customer ORDER BY id") == [
        ("Rahim", "two\nlines"),
        ("Tania", 'say "hi"'),
        ("Jamal", ""),
        ("Karim", ""),
    ]
    out = tmp_path / "rejects.csv"
    result.save_rejects(str(out))
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "Name,Phone,Notes,Column 4,Rejected: line,Rejected: reason"
    assert lines[1].startswith('Salma,01912345678,note,extra,6,"Line 6 has 4 fields')


def test_an_unclosed_quote_is_a_problem_not_a_row(store: Store) -> None:
    raw = b'Name,Notes\nRahim,fine\nKarim,"never closed\nSalma,lost inside the quote\n'
    result = run(raw, skip_invalid=True)
    assert counts(result) == (1, 0, 0, 1)
    assert problems(result) == [(3, None)]
    assert "never closed" in result.problems[0].reason


@pytest.mark.parametrize(
    ("cells", "day_first", "stored"),
    [
        (["9/1/08", "25/12/1990"], True, ["2008-01-09", "1990-12-25"]),  # 25/12 says day first
        (["9/1/08", "12/25/1990"], False, ["2008-09-01", "1990-12-25"]),  # 12/25 says month first
        (["09-01-08", "1/2/1985"], True, ["2008-01-09", "1985-02-01"]),  # undecided: day first (Bangladesh)
        (["2010-12-01 08:26:00", "2010-12-02"], True, ["2010-12-01", "2010-12-02"]),
    ],
)
def test_dates_with_the_day_month_order_of_their_column(
    store: Store, cells: list[str], day_first: bool, stored: list[str]
) -> None:
    raw = "Name,Birthday\n" + "".join(f"P{i},{c}\n" for i, c in enumerate(cells))
    result = run(raw.encode())
    assert counts(result) == (2, 0, 0, 0)
    assert rows(store, "SELECT birthday FROM customer ORDER BY id") == [(d,) for d in stored]


def test_a_column_with_both_orders_keeps_the_dates_that_do_not_fit_as_written(store: Store) -> None:
    raw = b"Name,Birthday\nA,25/12/1990\nB,12/25/1990\nC,31/31/2000\n"
    result = run(raw)
    assert counts(result) == (3, 0, 0, 0)
    assert [(n.line, n.column) for n in result.notes] == [(3, "Birthday"), (4, "Birthday")]
    assert result.notes[0].reason.startswith("'12/25/1990' is not a real date")
    assert rows(store, "SELECT display_name, birthday FROM customer ORDER BY id") == [
        ("A", "1990-12-25"),
        ("B", None),
        ("C", None),
    ]
    assert rows(store, "SELECT value FROM custom_field WHERE key = 'Birthday' ORDER BY id") == [
        ("12/25/1990",),
        ("31/31/2000",),
    ]


def test_hubspot_headers(store: Store) -> None:
    raw = (
        b"Record ID,First Name,Last Name,Email,Phone Number,Create Date,Company Name,Contact owner\n"
        b"5101,Farhana,Akter,farhana@example.com,01712345678,2023-03-14 10:05,Akter Traders,Sumi Das\n"
    )
    result = run(raw)
    assert counts(result) == (1, 0, 0, 0)
    assert rows(
        store, "SELECT display_name, external_id, company, created_at, owner_id FROM customer"
    ) == [("Farhana Akter", "5101", "Akter Traders", "2023-03-14 04:05:00", None)]  # fmt: skip
    # an import creates no users: the owner the file names is kept as written, with a warning
    assert rows(store, "SELECT count(*) FROM \"user\" WHERE name = 'Sumi Das'") == [(0,)]
    assert rows(store, "SELECT key, value FROM custom_field") == [("Contact owner", "Sumi Das")]
    assert [(n.line, n.column) for n in result.notes] == [(2, "Contact owner")]


def test_an_owner_who_is_a_user_is_linked(store: Store) -> None:
    store.db.connection().execute("INSERT INTO \"user\" (name, created_at) VALUES ('Sumi Das', '2024-01-01')")
    result = run(b"Name,Contact owner\nFarhana,sumi das\n")
    assert counts(result) == (1, 0, 0, 0) and not result.notes
    assert rows(store, 'SELECT u.name FROM customer c JOIN "user" u ON u.id = c.owner_id') == [("Sumi Das",)]


def test_salesforce_api_headers(store: Store) -> None:
    raw = (
        b"ID,FIRSTNAME,LASTNAME,ACCOUNT.NAME,EMAIL,MOBILEPHONE,MAILINGCITY,LEADSOURCE\n"
        b"0035g00000AbCdE,Imran,Hossain,Hossain & Sons,imran@example.com,01812345678,Dhaka,Web\n"
    )
    result = run(raw)
    assert counts(result) == (1, 0, 0, 0)
    assert rows(
        store, "SELECT display_name, external_id, company, city, source, primary_phone FROM customer"
    ) == [("Imran Hossain", "0035g00000AbCdE", "Hossain & Sons", "Dhaka", "Web", "+8801812345678")]


def test_formula_looking_cells_are_text_and_our_guard_is_taken_off(store: Store) -> None:
    raw = (
        b"Name,Phone,Notes,Company\n"
        b"'=HYPERLINK(\"http://x\"),+8801712345678,'@SUM(A1:A2),'-2+3\n"
        b"=1+1,01812345678,@SUM(1),+Plus\n"
    )
    result = run(raw)
    assert counts(result) == (2, 0, 0, 0)
    assert rows(store, "SELECT display_name, primary_phone, notes, company FROM customer ORDER BY id") == [
        ('=HYPERLINK("http://x")', "+8801712345678", "@SUM(A1:A2)", "-2+3"),
        ("=1+1", "+8801812345678", "@SUM(1)", "+Plus"),
    ]


def test_bengali_headers_and_digits(store: Store) -> None:
    raw = "নাম,মোবাইল,ঠিকানা\nসালমা বেগম,০১৭১২৩৪৫৬৭৮,মিরপুর ১০\n".encode()
    result = run(raw)
    assert counts(result) == (1, 0, 0, 0)
    assert rows(store, "SELECT display_name, primary_phone, address FROM customer") == [
        ("সালমা বেগম", "+8801712345678", "মিরপুর ১০")
    ]
