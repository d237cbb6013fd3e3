"""The cells of records the CSV reader refused, for the rejects file.

The reader reports a record with the wrong number of fields (or a quote
that never closes) by its line number only. To keep such rows in the
rejected-rows file, this reads those records again, from their line, with
:mod:`csv` alone; only run when there are such problems.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from itertools import chain

from crm_desktop.importing.source import FileInfo, ImportFile
from crm_desktop.io import ReadError
from crm_desktop.io.encoding import iter_lines

MAX_CELL = 10_000


def _chunks(file: ImportFile) -> Iterator[bytes]:
    if isinstance(file.source, bytes):
        yield file.source
        return
    with open(file.source, "rb") as fp:
        while chunk := fp.read(1 << 20):
            yield chunk


def recover_cells(file: ImportFile, info: FileInfo, lines: set[int]) -> dict[int, list[str]]:
    """Cells of the records starting on ``lines`` (trimmed; long cells cut short)."""
    if info.kind != "csv" or not lines:
        return {}
    out: dict[int, list[str]] = {}
    last = max(lines)
    try:
        it = iter(iter_lines(_chunks(file), info.encoding))
        number = 0
        for line in it:
            number += 1
            if number > last:
                break
            if number not in lines:
                continue
            reader = csv.reader(chain([line], it), delimiter=info.delimiter or ",", strict=False)
            try:
                cells = next(reader)
            except (csv.Error, StopIteration):
                cells = [line.rstrip("\r\n")]
            out[number] = [c.strip()[:MAX_CELL] for c in cells]
            number += max(reader.line_num - 1, 0)
    except (OSError, ReadError):
        return out
    return out
