"""Detecting and decoding the text encoding of imported files."""

from __future__ import annotations

import codecs

import pytest

from crm_desktop.io.encoding import (
    DetectedEncoding,
    chosen_encoding,
    decode,
    detect_encoding,
    detect_encoding_chunks,
    iter_lines,
)
from crm_desktop.io.errors import ReadError

TEXT = "নাম,ফোন\nMüller,+8801712345678\ncafé,01812345678\n"


@pytest.mark.parametrize(
    ("raw", "name", "words"),
    [
        (codecs.BOM_UTF8 + TEXT.encode(), "utf-8-sig", "UTF-8 with a byte-order mark"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le", "UTF-16 LE"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be", "UTF-16 BE"),
        (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "utf-32-le", "UTF-32 LE"),
        (TEXT.encode(), "utf-8", "valid UTF-8"),
        (b"name,phone\n", "utf-8", "ASCII"),
    ],
)
def test_confident_detection_reads_the_text_back(raw: bytes, name: str, words: str) -> None:
    found = detect_encoding(raw)
    assert found.name == name
    assert found.confident
    assert words in found.reason
    assert decode(raw, found) == (TEXT if raw != b"name,phone\n" else "name,phone\n")


def test_cp1252_is_a_fallback_the_user_is_told_about() -> None:
    raw = "Name,City\nMüller,café\n".encode("cp1252")
    found = detect_encoding(raw)
    assert found == DetectedEncoding(found.name, found.reason, False)
    assert found.name == "cp1252"
    assert "fallback" in found.reason
    assert "byte offset 11" in found.reason  # where UTF-8 first failed: the ü
    assert decode(raw, found) == "Name,City\nMüller,café\n"


def test_bytes_undefined_in_cp1252_fall_back_to_latin1() -> None:
    found = detect_encoding(b"a,b\n\x81\x9d,\xff\n")
    assert found.name == "latin-1"
    assert not found.confident
    assert decode(b"\x81", found) == "\x81"


def test_utf16_without_bom_is_recognised_but_not_trusted() -> None:
    raw = "Name\tPhone\nRahim\t017\n".encode("utf-16-le")
    found = detect_encoding(raw)
    assert (found.name, found.confident) == ("utf-16-le", False)
    assert decode(raw, found) == "Name\tPhone\nRahim\t017\n"
    raw_be = "Name\tPhone\nRahim\t017\n".encode("utf-16-be")
    assert detect_encoding(raw_be).name == "utf-16-be"


def test_explicit_encoding_with_bad_bytes_names_offset_and_line() -> None:
    raw = "name\nMüller\n".encode("cp1252")
    with pytest.raises(ReadError) as err:
        decode(raw, "utf-8")
    assert err.value.byte_offset == 6
    assert err.value.line_number == 2
    assert "byte offset 6" in str(err.value)
    assert "line 2" in str(err.value)
    assert "FC" in str(err.value)  # the byte itself, so a helper can recognise ü


def test_explicit_cp1252_rejects_its_undefined_bytes() -> None:
    with pytest.raises(ReadError, match="byte offset 2"):
        decode(b"ab\x81", "cp1252")


def test_unknown_encoding_name_is_a_read_error() -> None:
    with pytest.raises(ReadError, match="Unknown text encoding 'klingon'"):
        chosen_encoding("klingon")
    assert chosen_encoding("windows-1252").name == "cp1252"


def test_detection_over_chunks_finds_late_bad_bytes() -> None:
    chunks = [b"a" * 10, "é".encode()[:1], "é".encode()[1:], b"\xff"]
    found = detect_encoding_chunks(chunks)
    assert found.name == "cp1252"
    assert "byte offset 12" in found.reason


def test_iter_lines_keeps_line_ends_across_chunk_boundaries() -> None:
    text = "r1\r\nr2 কুমিল্লা\rr3\nr4"
    raw = text.encode()
    expected = ["r1\r\n", "r2 কুমিল্লা\r", "r3\n", "r4"]
    for size in (1, 2, 3, 5, 64):
        chunks = [raw[i : i + size] for i in range(0, len(raw), size)]
        assert list(iter_lines(chunks, "utf-8")) == expected


def test_iter_lines_error_offset_is_absolute_across_chunks() -> None:
    raw = b"ok\nfine\nbad \xe0\xa6 here\n"
    chunks = [raw[i : i + 4] for i in range(0, len(raw), 4)]
    with pytest.raises(ReadError) as err:
        list(iter_lines(chunks, "utf-8"))
    assert err.value.byte_offset == 12
    assert err.value.line_number == 3


def test_bom_character_is_dropped_even_with_explicit_utf8() -> None:
    raw = codecs.BOM_UTF8 + b"Name\n"
    assert decode(raw, "utf-8") == "Name\n"
    assert list(iter_lines([raw[:2], raw[2:]], "utf-8")) == ["Name\n"]


def test_a_short_utf8_text_with_a_nul_stays_utf8() -> None:
    # found by the export→import property test: '0\x00' is not UTF-16
    assert detect_encoding(b"0\x00\r\n").name == "utf-8"
