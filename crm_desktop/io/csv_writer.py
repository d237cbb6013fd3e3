"""Write CSV files that spreadsheets open safely and our reader reads back exactly.

The formula guard (:func:`neutralize_cell`): a cell that a spreadsheet would
run as a formula (it starts with ``=``, ``+``, ``-``, ``@``, tab or carriage
return) gets a leading apostrophe, which Excel and LibreOffice show as "text"
and hide. Numbers and phone numbers such as ``+8801712345678``, ``-12.50`` or
``+1 (539) 402-0259`` are left alone: they cannot call anything.

The guard is reversible: :func:`unneutralize_cell` removes exactly the
apostrophe it added. A cell that already starts with apostrophes followed by
a formula character gets one more, so ``'=x`` typed by a user survives an
export and re-import unchanged. The import engine must pass every cell of a
file through :func:`unneutralize_cell` to get back what was exported.

Quoting: fields holding the delimiter, a semicolon or a tab (the delimiters
spreadsheets guess in some locales: ``Rahim;=2+3;`` unquoted would be read
there as three cells, the second a formula), a quote, a line break, leading
or trailing white space, or the word NULL are quoted, so the reader (which trims
and blanks only *unquoted* fields) returns them unchanged.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterable, Sequence
from typing import BinaryIO, TextIO, cast

__all__ = ["neutralize_cell", "unneutralize_cell", "write_csv"]

_FORMULA_START = frozenset("=+-@\t\r")
# a number, or several joined by ":::" or ";" ("+880 1712-345678 ::: 01812…"): no letter, so no
# function or reference to run; a sum such as "-2+3" is still guarded
_NUMBER = r"[\d\s().,/-]*\d[\d\s().,/-]*"
_NUMBER_SHAPE = re.compile(rf"[+-]{_NUMBER}(?:\s*(?::::|;)\s*[+-]?{_NUMBER})*")


def _is_formula_like(text: str) -> bool:
    if not text or text[0] not in _FORMULA_START:
        return False
    return not (text[0] in "+-" and _NUMBER_SHAPE.fullmatch(text))


def neutralize_cell(value: str) -> str:
    """Guard one cell against spreadsheet formula injection (see module doc)."""
    if _is_formula_like(value.lstrip("'")):
        return "'" + value
    return value


def unneutralize_cell(value: str) -> str:
    """Undo :func:`neutralize_cell`: ``unneutralize_cell(neutralize_cell(s)) == s``."""
    if value.startswith("'") and _is_formula_like(value.lstrip("'")):
        return value[1:]
    return value


def _needs_quotes(value: str, delimiter: str) -> bool:
    return (
        delimiter in value
        or ";" in value  # a spreadsheet that splits on ';' (or tabs) must see one cell, not
        or "\t" in value  # "Rahim" and a formula "=2+3" of its own
        or '"' in value
        or "\n" in value
        or "\r" in value
        or (value != "" and (value[0].isspace() or value[-1].isspace()))
        or value.upper() == "NULL"
        or value.startswith("\ufeff")  # else read back as a byte-order mark
    )


def _format_row(cells: Sequence[str], delimiter: str) -> str:
    if len(cells) == 1 and cells[0] == "":
        return '""\r\n'  # a lone empty field must not look like a blank line
    out = []
    for cell in cells:
        if _needs_quotes(cell, delimiter):
            cell = '"' + cell.replace('"', '""') + '"'
        out.append(cell)
    return delimiter.join(out) + "\r\n"


def _cells(row: Sequence[object]) -> list[str]:
    return [neutralize_cell("" if v is None else str(v)) for v in row]


def write_csv(
    target: str | os.PathLike[str] | TextIO | BinaryIO,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    bom: bool = False,
    delimiter: str = ",",
) -> int:
    """Write a header line and rows as UTF-8 CSV with CRLF line ends.

    ``target`` is a path (created, or replaced through a temporary file;
    never the database: see :mod:`crm_desktop.output_files`), a text stream, or a binary
    stream. ``bom=True`` starts the file with a UTF-8 byte-order mark so
    Excel opens Bengali text correctly. ``None`` cells are written empty,
    other non-text cells with ``str()``; every cell goes through
    :func:`neutralize_cell`. Returns the number of data rows written.
    Raises ValueError if a row's length differs from the header's.
    """
    if len(delimiter) != 1 or delimiter in '"\r\n':
        raise ValueError(f"Cannot write CSV with the delimiter {delimiter!r}.")
    if isinstance(target, str | os.PathLike):
        from crm_desktop.output_files import check_output_path, replacing

        encoding = "utf-8-sig" if bom else "utf-8"
        with (
            replacing(check_output_path(target)) as temp,
            open(temp, "w", encoding=encoding, newline="") as fp,
        ):
            return _write(fp, headers, rows, delimiter)
    if isinstance(target, io.TextIOBase):
        if bom:
            target.write("\ufeff")
        return _write(target, headers, rows, delimiter)
    wrapper = io.TextIOWrapper(
        cast(BinaryIO, target),
        encoding="utf-8-sig" if bom else "utf-8",
        newline="",
        write_through=True,
    )
    try:
        return _write(wrapper, headers, rows, delimiter)
    finally:
        wrapper.flush()
        wrapper.detach()


def _write(
    fp: TextIO | io.TextIOBase,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    delimiter: str,
) -> int:
    width = len(headers)
    fp.write(_format_row(_cells(headers), delimiter))
    count = 0
    for count, row in enumerate(rows, start=1):
        if len(row) != width:
            raise ValueError(f"Row {count} has {len(row)} cells but there are {width} headers.")
        fp.write(_format_row(_cells(row), delimiter))
    return count
