"""Every real-world CSV file in tests/data/corpus/csv, read as a user would."""

from __future__ import annotations

import pytest

from crm_desktop.io.csv_reader import iter_rows, read_table
from tests.core.io.conftest import CORPUS, corpus_bytes


def test_every_corpus_csv_file_is_covered_here() -> None:
    names = {p.name for p in (CORPUS / "csv").glob("*.csv")}
    assert names == {
        "bangladesh_districts_noheader.csv",
        "odoo_customers_tags.csv",
        "odoo_res_partner.csv",
        "thunderbird_basic_addressbook.csv",
        "thunderbird_semicolon.csv",
        "retail_by_day.csv",
        "salesforce_accounts_cp1252.csv",
    }


@pytest.mark.parametrize(
    ("name", "delimiter", "has_header", "columns", "rows"),
    [
        ("bangladesh_districts_noheader.csv", ",", False, 7, 64),
        ("odoo_customers_tags.csv", ",", True, 7, 5),
        ("odoo_res_partner.csv", ",", True, 17, 6),
        ("thunderbird_basic_addressbook.csv", ",", True, 37, 2),
        ("thunderbird_semicolon.csv", ";", True, 4, 2),
        ("retail_by_day.csv", ",", True, 8, 70),
        ("salesforce_accounts_cp1252.csv", ",", True, 38, 292),
    ],
)
def test_shape_of_each_file(name: str, delimiter: str, has_header: bool, columns: int, rows: int) -> None:
    table = read_table(corpus_bytes(f"csv/{name}"))
    assert table.delimiter == delimiter
    assert table.has_header is has_header
    assert len(table.headers) == columns
    assert len(table.rows) == rows
    assert table.problems == []
    assert table.encoding.name == ("cp1252" if "cp1252" in name else "utf-8")
    assert all(len(row.values) == columns for row in table.rows)


def test_districts_have_no_header_and_keep_bengali_and_nulls() -> None:
    table = read_table(corpus_bytes("csv/bangladesh_districts_noheader.csv"))
    assert table.headers == [f"Column {i}" for i in range(1, 8)]
    assert table.header_line is None
    first = table.rows[0]
    assert first.line_number == 1
    assert first.values == [
        "1", "1", "Comilla", "কুমিল্লা", "23.4682747", "91.1788135", "www.comilla.gov.bd",
    ]  # fmt: skip
    by_name = {row.values[2]: row for row in table.rows}
    assert by_name["Brahmanbaria"].values[3] == "ব্রাহ্মণবাড়িয়া"
    assert by_name["Chattogram"].values[3] == "চট্টগ্রাম"
    # unquoted NULL latitude/longitude become empty cells, the rest stays
    manikganj = by_name["Manikganj"]
    assert manikganj.line_number == 46
    assert manikganj.values[3:] == ["মানিকগঞ্জ", "", "", "www.manikganj.gov.bd"]
    assert [r.line_number for r in table.rows if r.values[4] == ""] == [46, 48, 55]
    assert table.rows[-1].values[2] == "Netrokona"
    assert table.rows[-1].line_number == 64


def test_odoo_tags_accents_ampersands_and_multi_tag_cell() -> None:
    table = read_table(corpus_bytes("csv/odoo_customers_tags.csv"))
    assert table.headers == ["Name", "Reference", "Tags", "Customer", "Street", "City", "Country"]
    rows = {row.values[0]: row for row in table.rows}
    assert rows["Services & Finance"].values[2] == "Consultancy Services,IT Services"
    bolts = rows["Bolts & Screws"]
    assert bolts.values[4] == "Rua Américo 1000"
    assert bolts.line_number == 5
    assert [r.values[3] for r in table.rows] == ["True"] * 5


def test_odoo_partners_keep_empty_cells_and_phones_as_text() -> None:
    table = read_table(corpus_bytes("csv/odoo_res_partner.csv"))
    assert table.headers[:4] == ["ID", "Name", "Company Type", "Related Company"]
    bob = table.rows[1]
    assert bob.line_number == 3
    assert bob.values[:4] == ["res_partner_2", "Bob", "Individual", "Grocery Outlet"]
    assert bob.values[table.headers.index("Mobile")] == "4157654321"
    assert bob.values[table.headers.index("Street")] == ""
    warehouse = table.rows[3]
    assert warehouse.values[table.headers.index("Email")] == "bill@odoo.com"
    assert table.rows[0].values[table.headers.index("Street2")] == "#401"


def test_thunderbird_exports() -> None:
    table = read_table(corpus_bytes("csv/thunderbird_basic_addressbook.csv"))
    assert table.headers[4] == "Primary Email"
    assert table.rows[1].values[:5] == ["Jane", "Doe", "Jane Doe", "", "jane@doe.invalid"]
    semi = read_table(corpus_bytes("csv/thunderbird_semicolon.csv"))
    assert semi.headers == ["Display Name", "First Name", "Last Name", "Primary Email"]
    assert semi.rows[0].values == ["John Doe", "John", "Doe", "john@doe.invalid"]
    assert "semicolon" in semi.sniffed.delimiter_reason


def test_streaming_a_corpus_file_from_disk_gives_the_same_rows() -> None:
    path = CORPUS / "csv" / "bangladesh_districts_noheader.csv"
    whole = read_table(path.read_bytes())
    with iter_rows(path) as stream:
        assert stream.has_header is False
        streamed = list(stream)
    assert streamed == whole.rows
