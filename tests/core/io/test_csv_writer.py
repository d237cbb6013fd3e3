"""CSV export: the formula guard and files that read back exactly."""

from __future__ import annotations

import codecs
import io
from pathlib import Path

import pytest

from crm_desktop.io.csv_reader import read_table
from crm_desktop.io.csv_writer import neutralize_cell, unneutralize_cell, write_csv


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ('=HYPERLINK("http://evil.example","click")', '\'=HYPERLINK("http://evil.example","click")'),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("+SUM(A1)", "'+SUM(A1)"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("-", "'-"),
        ("'=x", "''=x"),  # a user's own apostrophe survives the round trip
        # numbers and phone numbers stay readable
        ("+8801712345678", "+8801712345678"),
        ("+880 1712-345678", "+880 1712-345678"),
        ("-12.50", "-12.50"),
        ("-1199", "-1199"),
        ("+1 (539) 402-0259", "+1 (539) 402-0259"),
        ("-1,234.50", "-1,234.50"),
        # several phone numbers in one cell: no stray apostrophe a spreadsheet would show (issue 17)
        ("+880 1768 470866 ::: 01543-123456", "+880 1768 470866 ::: 01543-123456"),
        ("+8801712345678; +8801812345678", "+8801712345678; +8801812345678"),
        ("+880 1712 ::: =HYPERLINK(1)", "'+880 1712 ::: =HYPERLINK(1)"),
        # ordinary text is untouched
        ("Rahim", "Rahim"),
        ("a=b", "a=b"),
        ("'quoted'", "'quoted'"),
        ("", ""),
    ],
)
def test_formula_guard(cell: str, written: str) -> None:
    assert neutralize_cell(cell) == written
    assert unneutralize_cell(written) == cell


def test_unneutralize_leaves_ordinary_apostrophes_alone() -> None:
    assert unneutralize_cell("'hello") == "'hello"
    assert unneutralize_cell("'+8801712345678") == "'+8801712345678"


def test_written_file_bytes(tmp_path: Path) -> None:
    path = tmp_path / "customers.csv"
    count = write_csv(
        path,
        ["Name", "Phone", "Note"],
        [
            ["রহিম", "+8801712345678", 'says "hi", twice\nand leaves'],
            ["Müller", None, '=HYPERLINK("x")'],
            ["  padded ", 17, "NULL"],
        ],
        bom=True,
    )
    assert count == 3
    raw = path.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    assert raw.decode("utf-8-sig") == (
        "Name,Phone,Note\r\n"
        'রহিম,+8801712345678,"says ""hi"", twice\nand leaves"\r\n'
        'Müller,,"\'=HYPERLINK(""x"")"\r\n'
        '"  padded ",17,"NULL"\r\n'
    )
    table = read_table(raw)
    assert table.encoding.name == "utf-8-sig"
    assert table.has_header and table.delimiter == ","
    values = [[unneutralize_cell(v) for v in row.values] for row in table.rows]
    assert values == [
        ["রহিম", "+8801712345678", 'says "hi", twice\nand leaves'],
        ["Müller", "", '=HYPERLINK("x")'],
        ["  padded ", "17", "NULL"],
    ]
    assert [r.line_number for r in table.rows] == [2, 4, 5]


def test_write_to_text_and_binary_streams() -> None:
    text = io.StringIO()
    assert write_csv(text, ["a"], [["x"], [""]]) == 2
    assert text.getvalue() == 'a\r\nx\r\n""\r\n'
    binary = io.BytesIO()
    write_csv(binary, ["নাম"], [["-"]], bom=True)
    assert binary.getvalue() == codecs.BOM_UTF8 + "নাম\r\n'-\r\n".encode()
    assert not binary.closed


def test_tab_separated_export() -> None:
    out = io.StringIO()
    write_csv(out, ["Name", "Address"], [["Rahim", "House 5, Road 2"]], delimiter="\t")
    assert out.getvalue() == "Name\tAddress\r\nRahim\tHouse 5, Road 2\r\n"
    assert read_table(out.getvalue().encode()).delimiter == "\t"


def test_row_length_mismatch_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="Row 2 has 1 cells but there are 2 headers"):
        write_csv(io.StringIO(), ["a", "b"], [["1", "2"], ["3"]])
    with pytest.raises(ValueError, match="delimiter"):
        write_csv(io.StringIO(), ["a"], [], delimiter='"')
