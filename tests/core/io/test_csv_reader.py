"""Reading delimited files made the ways real programs make them."""

from __future__ import annotations

import codecs
import io

import pytest

from crm_desktop.io.csv_reader import FIELD_LIMIT, Row, iter_rows, read_table, sniff
from crm_desktop.io.errors import ReadError

ROWS = [["Name", "Phone", "City"], ["Müller", "+8801712345678", "Dhaka"], ["café", "017", "খুলনা"]]


def _text(rows: list[list[str]], sep: str = ",", eol: str = "\r\n") -> str:
    return eol.join(sep.join(r) for r in rows) + eol


def _values(rows: list[Row]) -> list[list[str]]:
    return [r.values for r in rows]


def test_utf8_with_bom_from_excel() -> None:
    table = read_table(codecs.BOM_UTF8 + _text(ROWS).encode())
    assert table.encoding.name == "utf-8-sig"
    assert table.headers == ["Name", "Phone", "City"]  # no stray U+FEFF in "Name"
    assert _values(table.rows) == ROWS[1:]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_excel_unicode_text_is_tab_separated_utf16(codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec == "utf-16-le" else codecs.BOM_UTF16_BE
    table = read_table(bom + _text(ROWS, "\t").encode(codec))
    assert (table.encoding.name, table.encoding.confident) == (codec, True)
    assert table.delimiter == "\t"
    assert table.headers == ROWS[0]
    assert _values(table.rows) == ROWS[1:]
    assert [r.line_number for r in table.rows] == [2, 3]


def test_cp1252_file_is_read_with_a_warning() -> None:
    table = read_table(_text(ROWS[:2] + [["café", "017", "Sylhet"]]).encode("cp1252"))
    assert table.encoding.name == "cp1252"
    assert not table.encoding.confident
    assert table.rows[0].values[0] == "Müller"
    assert table.rows[1].values[0] == "café"


@pytest.mark.parametrize(("sep", "name"), [("\t", "tab"), ("|", "pipe"), (";", "semicolon")])
def test_other_delimiters_are_found(sep: str, name: str) -> None:
    rows = [["Name", "Address", "Phone"], ["Rahim", "House 5, Road 2", "017"], ["Karim", "x", "018"]]
    table = read_table(_text(rows, sep, "\n").encode())
    assert table.delimiter == sep
    assert name in table.sniffed.delimiter_reason
    assert _values(table.rows) == rows[1:]


def test_commas_inside_quotes_do_not_fool_the_sniffer() -> None:
    text = 'name;note\n"Rahim";"a, b, c"\n"Karim";"d, e"\n"Jamal";"f"\n'
    assert sniff(text).delimiter == ";"


def test_embedded_newlines_keep_later_line_numbers_right() -> None:
    text = (
        "Name,Notes,Phone\n"
        'Rahim,"first line\nsecond line\r\nthird, with comma",017\n'
        'Karim,"He said ""hi""",018\n'
        "Jamal,plain,019\n"
    )
    table = read_table(text.encode())
    assert _values(table.rows) == [
        ["Rahim", "first line\nsecond line\r\nthird, with comma", "017"],
        ["Karim", 'He said "hi"', "018"],
        ["Jamal", "plain", "019"],
    ]
    assert [r.line_number for r in table.rows] == [2, 5, 6]


def test_wrong_field_counts_are_reported_not_padded() -> None:
    text = "Name,Phone,City\nRahim,017,Dhaka\nKarim,018\nJamal,019,Sylhet,extra\nSalma,020,Khulna\n"
    table = read_table(text.encode())
    assert _values(table.rows) == [["Rahim", "017", "Dhaka"], ["Salma", "020", "Khulna"]]
    assert [(p.line_number, p.column) for p in table.problems] == [(3, None), (4, None)]
    assert "2 fields but the header has 3" in table.problems[0].reason
    assert "too few" in table.problems[0].reason
    assert "4 fields" in table.problems[1].reason
    assert "not imported" in table.problems[1].reason


def test_problem_line_numbers_count_multiline_records() -> None:
    text = 'A,B\n"x\ny",1\nonly-one\n"p","q"\n'
    table = read_table(text.encode(), has_header=True)
    assert [p.line_number for p in table.problems] == [4]
    assert [r.line_number for r in table.rows] == [2, 5]


def test_trailing_empty_fields_are_tolerated() -> None:
    table = read_table(b"Name,Phone\nRahim,017,\nKarim,018,,\n")
    assert _values(table.rows) == [["Rahim", "017"], ["Karim", "018"]]
    assert table.problems == []


def test_blank_lines_are_skipped_and_counted() -> None:
    table = read_table(b"Name,Phone\n\nRahim,017\n\r\n,\n   ,  \nKarim,018\n\n")
    assert _values(table.rows) == [["Rahim", "017"], ["Karim", "018"]]
    assert [r.line_number for r in table.rows] == [3, 7]
    assert table.blank_records == 5
    assert table.problems == []


def test_unquoted_spaces_trimmed_and_bare_null_is_empty() -> None:
    text = 'Name,Phone,Note\n  Rahim  , null ,NULL\nKarim,"NULL"," padded "\n'
    table = read_table(text.encode())
    assert _values(table.rows) == [["Rahim", "", ""], ["Karim", "NULL", " padded "]]


def test_unterminated_quote_at_end_is_a_problem() -> None:
    table = read_table(b'Name,Note\nRahim,ok\nKarim,"never closed\nJamal,x\n')
    assert _values(table.rows) == [["Rahim", "ok"]]
    assert len(table.problems) == 1
    assert table.problems[0].line_number == 3
    assert "never closed" in table.problems[0].reason


def test_lone_cr_line_endings_count_as_lines() -> None:
    table = read_table(b"Name,Phone\rRahim,017\rKarim,018\r")
    assert _values(table.rows) == [["Rahim", "017"], ["Karim", "018"]]
    assert [r.line_number for r in table.rows] == [2, 3]


def test_header_detection_by_kind_of_values() -> None:
    # no known header words, but the column under "Code" holds numbers
    assert sniff("Zila,Code\nDhaka,1\nKhulna,2\n").has_header is True
    # plain data rows only
    assert sniff("Rahim,Dhaka\nKarim,Sylhet\n").has_header is False
    # a phone number in the first row means it is data
    assert sniff("Rahim,01712345678\nKarim,01812345678\n").has_header is False
    # Bengali headers
    assert sniff("নাম,ফোন\nরহিম,০১৭১২৩৪৫৬৭৮\n").has_header is True
    # trailing empty header cells (Excel) do not hide a header
    assert sniff("Name,Phone,,\nRahim,017,,\n").has_header is True


def test_overrides_win_over_sniffing() -> None:
    raw = b"Rahim;017\nKarim;018\n"
    table = read_table(raw, delimiter=",", has_header=True, encoding="utf-8")
    assert table.delimiter == ","
    assert table.headers == ["Rahim;017"]
    assert _values(table.rows) == [["Karim;018"]]
    assert table.sniffed.header_reason == "chosen explicitly"
    assert table.encoding.reason == "utf-8 was chosen explicitly"


def test_empty_header_cells_get_generated_names() -> None:
    table = read_table(b"Name,,Phone\nRahim,x,017\n", has_header=True)
    assert table.headers == ["Name", "Column 2", "Phone"]
    assert table.header_line == 1


def test_empty_file_gives_an_empty_table() -> None:
    table = read_table(b"")
    assert (table.headers, table.rows, table.problems) == ([], [], [])


def test_bad_delimiter_argument() -> None:
    with pytest.raises(ReadError, match="single character"):
        read_table(b"a,b\n", delimiter=",,")


def test_explicit_encoding_error_while_streaming_names_the_line() -> None:
    raw = ("Name\n" + "Rahim\n" * 300 + "Müller\n").encode("cp1252")
    with pytest.raises(ReadError) as err:
        list(iter_rows(io.BytesIO(raw), encoding="utf-8"))
    assert err.value.line_number == 302
    assert err.value.byte_offset == len(b"Name\n" + b"Rahim\n" * 300) + 1


def test_stream_reads_a_file_object_from_its_position() -> None:
    fp = io.BytesIO(b"JUNK" + _text(ROWS).encode())
    fp.seek(4)
    stream = iter_rows(fp)
    assert stream.headers == ROWS[0]
    assert _values(list(stream)) == ROWS[1:]


def test_missing_file_is_a_read_error() -> None:
    with pytest.raises(ReadError, match="Cannot open"):
        iter_rows("/nonexistent/customers.csv")


def test_runaway_quote_in_a_big_file_is_a_read_error() -> None:
    raw = b'Name,Note\nRahim,"opened\n' + b"x" * (FIELD_LIMIT + 100_000) + b"\n"
    with pytest.raises(ReadError) as err:
        read_table(raw)
    assert err.value.line_number == 2
    assert "never closed" in str(err.value)


def test_streaming_many_rows() -> None:
    lines = "".join(f"Customer {i},0171{i:07d},user{i}@example.com\n" for i in range(100_000))
    raw = ("name,phone,email\n" + lines).encode()
    with iter_rows(raw) as stream:
        rows = list(stream)
    assert len(rows) == 100_000
    last = rows[-1]
    assert last.line_number == 100_001
    assert last.values == ["Customer 99999", "01710099999", "user99999@example.com"]
