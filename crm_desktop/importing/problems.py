"""Problems found in rows, and the rows that were rejected (kept for a CSV file).

A :class:`Problem` names the file's line (the physical line where the record
starts, as a text editor numbers it; for a vCard, the line of its
``BEGIN:VCARD``), the column (the header as written in the file, or None when
the whole row is meant) and the reason.

:class:`RejectLog` keeps every rejected row with its original cells in a
temporary file (memory first, disk when it grows), so a file with a million
bad rows does not fill the memory; :meth:`RejectLog.write_csv` saves them
with two more columns, the line and the reasons, ready to be fixed and
imported again (the engine ignores those two columns).
"""

from __future__ import annotations

import json
import os
import tempfile
import weakref
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import IO, BinaryIO, TextIO

from crm_desktop.io.csv_writer import write_csv

REJECT_LINE = "Rejected: line"
REJECT_REASON = "Rejected: reason"
REJECT_COLUMNS = (REJECT_LINE, REJECT_REASON)
MAX_KEPT_PROBLEMS = 1000
_SPOOL_BYTES = 4 << 20


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one row (``column`` None: the row as a whole)."""

    line: int
    column: str | None
    reason: str

    def __str__(self) -> str:
        where = f"line {self.line}" if self.line else "file"
        if self.column:
            where += f", column '{self.column}'"
        return f"{where}: {self.reason}"

    def to_json(self) -> dict[str, object]:
        return {"line": self.line, "column": self.column, "reason": self.reason}


class RejectLog:
    """Rejected rows in arrival order, spooled to a temporary file."""

    def __init__(self, headers: Sequence[str]) -> None:
        self.headers = list(headers)
        self.count = 0
        self._width = len(self.headers)
        self._spool: IO[str] | None = None

    def add(self, line: int, cells: Sequence[str], reasons: Sequence[str]) -> None:
        if self._spool is None:
            self._spool = tempfile.SpooledTemporaryFile(  # noqa: SIM115 - closed by close() or the finalizer
                max_size=_SPOOL_BYTES, mode="w+", encoding="utf-8", newline="\n"
            )
            self._finalizer = weakref.finalize(self, self._spool.close)
        self._spool.write(json.dumps([line, "; ".join(reasons), list(cells)], ensure_ascii=False) + "\n")
        self._width = max(self._width, len(cells))
        self.count += 1

    def __iter__(self) -> Iterator[tuple[int, str, list[str]]]:
        if self._spool is None:
            return
        self._spool.seek(0)
        for text in self._spool:
            line, reason, cells = json.loads(text)
            yield int(line), str(reason), [str(c) for c in cells]
        self._spool.seek(0, os.SEEK_END)

    def write_csv(self, target: str | os.PathLike[str] | TextIO | BinaryIO, *, bom: bool = False) -> int:
        """Save the rejected rows: their original cells, then line and reasons."""
        headers = self.headers + [f"Column {i + 1}" for i in range(len(self.headers), self._width)]
        width = len(headers)

        def rows() -> Iterator[list[object]]:
            for line, reason, cells in self:
                yield [*cells, *[""] * (width - len(cells)), line, reason]

        return write_csv(target, [*headers, *REJECT_COLUMNS], rows(), bom=bom)

    def close(self) -> None:
        if self._spool is not None:
            self._finalizer()


class ProblemList:
    """The first problems, in file order, and how many there were in all."""

    def __init__(self, limit: int = MAX_KEPT_PROBLEMS) -> None:
        self.items: list[Problem] = []
        self.total = 0
        self._limit = limit

    def add(self, problem: Problem) -> None:
        self.total += 1
        if len(self.items) < self._limit:
            self.items.append(problem)
