"""Hostile files: 1 MB fields, NUL bytes, broken UTF-16, deeply quoted fields.

Nothing crashes (only ReadError, with the line), and what the app exports it
reads back: a customer's note may be a million characters, so a CSV cell may be.
"""

from __future__ import annotations

import codecs
import io

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from crm_desktop.io import ReadError, parse_vcards, read_table, write_csv, write_vcards
from crm_desktop.io.csv_reader import FIELD_LIMIT
from crm_desktop.io.csv_writer import unneutralize_cell
from crm_desktop.io.vcard import VCardContact
from crm_desktop.services.input_rules import MAX_TEXT

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

BIG = ("ক্রেতা বাকি 👍 " * 100_000)[:MAX_TEXT]  # a million characters, three bytes each mostly
LONE_HIGH_LE = b"\x3d\xd8"  # U+D83D alone: the first half of an emoji, in UTF-16-LE


def csv_bytes(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    write_csv(out, ["name", "notes"], rows)
    return out.getvalue().encode("utf-8")


def test_a_1_mb_field_reads_back_whole() -> None:
    assert FIELD_LIMIT > MAX_TEXT
    table = read_table(csv_bytes([["রহিম", BIG], ["করিম", "ছোট"]]))
    assert [r.values for r in table.rows] == [["রহিম", BIG], ["করিম", "ছোট"]]
    assert table.problems == []


def test_a_1_mb_field_full_of_quotes_and_line_breaks_reads_back_whole() -> None:
    nasty = ('"হ্যাঁ", সে বলল,\r\n' * 60_000)[:MAX_TEXT]
    table = read_table(csv_bytes([["রহিম", nasty]]))
    assert table.rows[0].values == ["রহিম", nasty.strip()]  # cells are trimmed on reading


def test_a_deeply_quoted_field_reads_back() -> None:
    deep = '"' * 10_001 + "x" + '"' * 10_001
    table = read_table(csv_bytes([["রহিম", deep]]))
    assert table.rows[0].values == ["রহিম", deep]


def test_a_quote_left_open_in_a_huge_file_is_one_clear_error() -> None:
    raw = b'name,notes\n"Rahim,never closed\n' + b"x," * FIELD_LIMIT + b"\n"
    with pytest.raises(ReadError) as info:
        read_table(raw)
    assert info.value.line_number == 2
    assert "never closed" in str(info.value)


def test_nul_bytes_in_cells_are_kept_for_the_importer_to_judge() -> None:
    table = read_table(b"name,notes\nra\x00him,x\x00y\n")
    assert table.rows[0].values == ["ra\x00him", "x\x00y"]  # services refuse NUL by field name


@pytest.mark.parametrize("bom", [True, False])
def test_a_utf16_file_with_half_an_emoji_names_the_line_and_says_it_is_damaged(bom: bool) -> None:
    names = "রহিম,ok\nকরিম," if bom else "Rahim,ok\nKarim,"  # no mark: only Latin text is recognised
    raw = (codecs.BOM_UTF16_LE if bom else b"") + f"name,notes\n{names}".encode("utf-16-le")
    raw += LONE_HIGH_LE + "x\n".encode("utf-16-le")
    with pytest.raises(ReadError) as info:
        read_table(raw)
    assert info.value.line_number == 3
    assert "half of a character" in str(info.value)
    assert "Choose another encoding" not in str(info.value)  # another encoding would not help


def test_a_utf16_vcard_with_half_an_emoji_names_the_line() -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:"
    raw = (
        codecs.BOM_UTF16_LE
        + text.encode("utf-16-le")
        + LONE_HIGH_LE
        + "\r\nEND:VCARD\r\n".encode("utf-16-le")
    )
    with pytest.raises(ReadError) as info:
        parse_vcards(raw)
    assert info.value.line_number == 3
    assert "half of a character" in str(info.value)


def test_a_vcard_with_a_1_mb_note_reads_back_whole() -> None:
    card = VCardContact(formatted_name="রহিম", note=BIG)
    result = parse_vcards(write_vcards([card]).encode("utf-8"))
    assert result.contacts[0].note == BIG
    assert result.problems == []


def test_vcard_nul_and_control_characters_are_kept_for_the_importer_to_judge() -> None:
    result = parse_vcards(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:ra\x00h\x1bim\r\nEND:VCARD\r\n")
    assert result.contacts[0].formatted_name == "ra\x00h\x1bim"


_cell = st.text(
    alphabet=st.one_of(
        st.sampled_from(['"', ",", ";", "\r", "\n", "\t", "\x00", "\u200f", "\u200d", "\ufeff", "ক", "👍"]),
        st.characters(exclude_categories=("Cs",)),
    ),
    max_size=30,
)


@SETTINGS
@given(rows=st.lists(st.lists(_cell, min_size=2, max_size=2), min_size=1, max_size=8))
@example(rows=[["\x00", '"' * 50]])
@example(rows=[["\ufeffname", "x"]])
def test_what_the_writer_writes_the_reader_reads(rows: list[list[str]]) -> None:
    def meaningful(cells: list[str]) -> list[str]:
        # cells are trimmed, and "NULL" reads as empty on purpose (spreadsheet exports)
        return ["" if c.strip().upper() == "NULL" else c.strip() for c in cells]

    table = read_table(csv_bytes(rows), encoding="utf-8", delimiter=",", has_header=True)
    got = [meaningful([unneutralize_cell(c) for c in row.values]) for row in table.rows]
    assert [r for r in got if any(r)] == [r for r in map(meaningful, rows) if any(r)]
