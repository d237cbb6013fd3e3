"""A CSV that is UTF-8 except a few Windows-1252 lines is read line by line: the UTF-8 lines
stay right ("Café", not "CafÃ©"), the others are read as Windows-1252 and named in a warning
(issue 16, item 11)."""

from __future__ import annotations

from pathlib import Path

from crm_desktop.db.store import Store
from crm_desktop.importing import ImportFile, ImportOptions, run_import
from crm_desktop.io import iter_rows
from crm_desktop.io.encoding import MIXED, detect_encoding
from crm_desktop.services.customer_list import customer_rows

MIXED_FILE = (
    b"Name,City\r\n"
    b"Caf\xc3\xa9 Rahim,Dhaka\r\n"  # UTF-8
    b"Caf\xe9 Karim,Sylhet\r\n"  # Windows-1252 (pasted from an old program)
    + "রহিম স্টোর,Khulna\r\n".encode()
    + b"Na\xefve \x80 Shop,Chittagong\r\n"  # Windows-1252 again: ï and the euro sign
)


def test_detection_names_the_lines_that_are_not_utf8() -> None:
    detected = detect_encoding(MIXED_FILE)
    assert detected.name == MIXED and not detected.confident
    assert detected.fallback_lines == (3, 5)


def test_each_line_is_read_in_its_own_encoding() -> None:
    stream = iter_rows(MIXED_FILE)
    names = [row.values[0] for row in stream]
    assert names == ["Café Rahim", "Café Karim", "রহিম স্টোর", "Naïve € Shop"]
    assert [p.line_number for p in stream.notices] == [3, 5]


def test_a_file_read_from_disk_in_chunks_is_the_same(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(MIXED_FILE)
    with iter_rows(path) as stream:
        assert [row.values[0] for row in stream] == ["Café Rahim", "Café Karim", "রহিম স্টোর", "Naïve € Shop"]


def test_the_import_stores_cafe_and_warns_about_the_two_lines(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(MIXED_FILE)
    result = run_import(ImportFile(path), ImportOptions(entity="customers"))
    assert result.created == 4
    assert sorted(row.name for row in customer_rows(list(range(1, 5))).values()) == sorted(
        ["Café Rahim", "Café Karim", "রহিম স্টোর", "Naïve € Shop"]
    )
    warned = [str(n) for n in result.notices if "Windows-1252" in str(n)]
    assert len(warned) == 2 and warned[0].startswith("Line 3") and warned[1].startswith("Line 5")


def test_a_file_that_is_windows_1252_throughout_is_still_read_as_such() -> None:
    detected = detect_encoding(b"Name\r\nCaf\xe9\r\nNa\xefve\r\n")
    assert detected.name == "cp1252" and detected.fallback_lines == ()
