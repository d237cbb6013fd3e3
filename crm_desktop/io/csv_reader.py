"""Read delimited text files (CSV, semicolon, tab, pipe) into rows.

What the reader does to the text, so an import can explain itself:

- the encoding is detected (:mod:`crm_desktop.io.encoding`) unless given;
- the delimiter and the header row are sniffed (:mod:`.csv_sniff`) unless given;
- quoted fields may hold delimiters, ``""`` escapes and line breaks; every
  :class:`Row` knows the physical line (1-based) where its record starts;
- unquoted fields are trimmed, and an unquoted bare ``NULL`` (any case) is
  read as empty; quoted fields are kept exactly (so our exports round-trip);
- blank records (nothing but empty fields) are skipped and counted;
- a row with too few or too many fields is *not* returned: it becomes a
  :class:`RowProblem` with its line number. Extra fields that are all empty
  (a trailing delimiter) are tolerated and dropped, since they carry nothing;
- a quoted field still open at the end of the file is a problem, not a row.

:func:`iter_rows` streams (constant memory apart from the sniffing sample);
:func:`read_table` is the same, collected into a :class:`Table`.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from types import TracebackType
from typing import BinaryIO

from crm_desktop.io import messages as m
from crm_desktop.io.csv_sniff import Sniffed, delimiter_name, sniff
from crm_desktop.io.encoding import (
    DetectedEncoding,
    chosen_encoding,
    decode,
    detect_encoding,
    detect_encoding_chunks,
    iter_lines,
)
from crm_desktop.io.errors import ReadError

__all__ = [
    "Row",
    "RowProblem",
    "RowStream",
    "Sniffed",
    "Source",
    "Table",
    "iter_rows",
    "read_table",
    "sniff",
]

Source = bytes | str | os.PathLike[str] | BinaryIO

SAMPLE_LINES = 200
SAMPLE_CHARS = 256 * 1024
CHUNK_BYTES = 1 << 20
# The longest field a file may hold. A customer's notes may be a million
# characters (crm_desktop.services.input_rules.MAX_TEXT) and what the app
# exports it must read back; csv's default limit (131,072) refused such a
# file as if a quote had been left open. The limit is per process.
FIELD_LIMIT = 2_000_000
csv.field_size_limit(max(csv.field_size_limit(), FIELD_LIMIT))
_QUOTE = '"'


@dataclass(slots=True)
class Row:
    """One data record: ``line_number`` is where it starts in the file (1-based)."""

    line_number: int
    values: list[str]


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A record that was not returned as a row, and why (a sentence for the user)."""

    line_number: int
    column: str | None
    reason: str


@dataclass(slots=True)
class Table:
    """A whole file read by :func:`read_table`."""

    encoding: DetectedEncoding
    delimiter: str
    has_header: bool
    headers: list[str]
    rows: list[Row]
    problems: list[RowProblem]
    sniffed: Sniffed
    header_line: int | None = None
    blank_records: int = 0


def _clean(value: str) -> str:
    value = value.strip()
    return "" if len(value) == 4 and value.upper() == "NULL" else value


def _needs_quote_info(value: str) -> bool:
    return bool(value) and (
        value[0].isspace() or value[-1].isspace() or (len(value) == 4 and value.upper() == "NULL")
    )


def _tokenize(text: str, delimiter: str) -> tuple[list[str], list[bool], bool]:
    """Split one record's raw text exactly as :mod:`csv` (non-strict) does.

    Returns the fields, whether each was quoted, and whether a quoted field
    was still open at the end of the text.
    """
    fields: list[str] = []
    quoted: list[bool] = []
    cur: list[str] = []
    is_quoted = False
    state = 0  # 0 record start, 1 field start, 2 in field, 3 in quotes, 4 quote in quotes

    def save() -> None:
        nonlocal is_quoted
        fields.append("".join(cur))
        quoted.append(is_quoted)
        cur.clear()
        is_quoted = False

    for ch in text:
        if state in (0, 1):
            if ch == _QUOTE:
                is_quoted, state = True, 3
            elif ch == delimiter:
                save()
                state = 1
            elif ch in "\r\n":
                if state == 1:
                    save()
                return fields, quoted, False
            else:
                cur.append(ch)
                state = 2
        elif state == 2:
            if ch == delimiter:
                save()
                state = 1
            elif ch in "\r\n":
                save()
                return fields, quoted, False
            else:
                cur.append(ch)
        elif state == 3:
            if ch == _QUOTE:
                state = 4
            else:
                cur.append(ch)
        elif ch == _QUOTE:  # state 4
            cur.append(_QUOTE)
            state = 3
        elif ch == delimiter:
            save()
            state = 1
        elif ch in "\r\n":
            save()
            return fields, quoted, False
        else:
            cur.append(ch)
            state = 2
    if state != 0:
        save()
    return fields, quoted, state == 3


class RowStream:
    """Rows of a delimited file, read lazily.

    Headers, encoding, delimiter and the sniffing result are known as soon as
    the stream is created; ``problems`` and ``blank_records`` grow while it is
    iterated. Iterate once. Close it (or use ``with``) when it reads a file.
    """

    def __init__(
        self,
        lines: Iterator[str],
        encoding: DetectedEncoding,
        *,
        delimiter: str | None = None,
        has_header: bool | None = None,
        on_close: Callable[[], None] | None = None,
    ) -> None:
        if delimiter is not None and len(delimiter) != 1:
            raise ReadError(m.BAD_DELIMITER.format(value=repr(delimiter)))
        self.encoding = encoding
        self.problems: list[RowProblem] = []
        # warnings, not refusals: the lines read as Windows-1252 in a file otherwise UTF-8
        self.notices = [RowProblem(line, None, m.LINE_NOT_UTF8) for line in encoding.fallback_lines]
        self.blank_records = 0
        self.header_line: int | None = None
        self._on_close = on_close
        head: list[str] = []
        size = 0
        for line in lines:
            head.append(line)
            size += len(line)
            if len(head) >= SAMPLE_LINES or size >= SAMPLE_CHARS:
                break
        truncated = len(head) >= SAMPLE_LINES or size >= SAMPLE_CHARS
        self.sniffed = sniff("".join(head), delimiter=delimiter, has_header=has_header, truncated=truncated)
        self.delimiter = self.sniffed.delimiter
        self.has_header = self.sniffed.has_header
        self._expected = self.sniffed.field_count
        self._records = self._parse(chain(head, lines))
        self.headers: list[str] = []
        if self.has_header:
            for line_number, values in self._records:
                self.header_line = line_number
                self._expected = len(values)
                self.headers = [v or f"Column {i + 1}" for i, v in enumerate(values)]
                break
        else:
            self.headers = [f"Column {i + 1}" for i in range(self._expected)]

    def __iter__(self) -> Iterator[Row]:
        expected = self._expected
        for line_number, values in self._records:
            count = len(values)
            if count != expected:
                if count > expected and not any(values[expected:]):
                    del values[expected:]
                else:
                    self.problems.append(self._count_problem(line_number, count))
                    continue
            yield Row(line_number, values)

    def _count_problem(self, line_number: int, count: int) -> RowProblem:
        expected = self._expected
        if self.has_header:
            message = m.TOO_FEW_AGAINST_HEADER if count < expected else m.TOO_MANY_AGAINST_HEADER
        else:
            message = m.TOO_FEW_AGAINST_ROWS if count < expected else m.TOO_MANY_AGAINST_ROWS
        reason = message.format(
            line=line_number, count=count, expected=expected, delimiter=delimiter_name(self.delimiter)
        )
        return RowProblem(line_number, None, reason)

    def _parse(self, lines: Iterator[str]) -> Iterator[tuple[int, list[str]]]:
        """(start line, cleaned values) of each non-blank record."""
        buf: list[str] = []
        at_eof = [False]

        def feed() -> Iterator[str]:
            for line in lines:
                buf.append(line)
                yield line
            at_eof[0] = True

        delimiter = self.delimiter
        reader = csv.reader(feed(), delimiter=delimiter, quotechar=_QUOTE, strict=False)
        start = 1
        while True:
            buf.clear()
            try:
                record = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise self._csv_error(exc, start) from None
            line_number = start
            start = reader.line_num + 1
            if len(buf) == 1 and _QUOTE not in buf[0]:
                values = [_clean(v) for v in record]
            else:
                if at_eof[0] or any(_needs_quote_info(v) for v in record):
                    tokens, quoted, unterminated = _tokenize("".join(buf), delimiter)
                    if unterminated:
                        self.problems.append(
                            RowProblem(line_number, None, m.QUOTE_NEVER_CLOSED.format(line=line_number))
                        )
                        continue
                    record = [v if q else _clean(v) for v, q in zip(tokens, quoted, strict=True)]
                values = record
            if not any(values):
                self.blank_records += 1
                continue
            yield line_number, values

    def _csv_error(self, exc: csv.Error, line_number: int) -> ReadError:
        if "field larger than field limit" in str(exc):
            return ReadError(
                m.FIELD_TOO_LONG.format(line=line_number, limit=csv.field_size_limit()),
                line_number=line_number,
            )
        return ReadError(m.NOT_CSV.format(line=line_number, reason=str(exc)), line_number=line_number)

    def close(self) -> None:
        """Release the file, if this stream opened one."""
        if self._on_close is not None:
            self._on_close()
            self._on_close = None

    def __enter__(self) -> RowStream:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _file_chunks(fp: BinaryIO) -> Iterator[bytes]:
    while chunk := fp.read(CHUNK_BYTES):
        yield chunk


def iter_rows(
    source: Source,
    *,
    encoding: str | DetectedEncoding | None = None,
    delimiter: str | None = None,
    has_header: bool | None = None,
) -> RowStream:
    """Stream the rows of a delimited file.

    ``source`` is the file's bytes, a path, or a binary file object (read
    from its current position; a non-seekable one is read whole when the
    encoding must be detected). ``encoding``, ``delimiter`` and
    ``has_header`` override detection. Raises :class:`ReadError` for an
    unreadable file (bad bytes for the chosen encoding, runaway quote).
    """
    chosen = _chosen(encoding)
    if isinstance(source, bytes | bytearray | memoryview):
        raw = bytes(source)
        detected = chosen or detect_encoding(raw)
        text = decode(raw, detected)
        return RowStream(
            iter(io.StringIO(text, newline="")),
            detected,
            delimiter=delimiter,
            has_header=has_header,
        )
    if isinstance(source, str | os.PathLike):
        try:
            fp: BinaryIO = open(source, "rb")  # noqa: SIM115 - closed by the stream
        except OSError as exc:
            raise ReadError(m.CANNOT_OPEN.format(path=repr(os.fspath(source)), reason=exc.strerror)) from None
        owned = True
    else:
        fp, owned = source, False
    try:
        if chosen is None:
            if fp.seekable():
                start = fp.tell()
                chosen = detect_encoding_chunks(_file_chunks(fp))
                fp.seek(start)
                lines: Iterable[str] = iter_lines(_file_chunks(fp), chosen)
            else:
                raw = fp.read()
                chosen = detect_encoding(raw)
                lines = iter(io.StringIO(decode(raw, chosen), newline=""))
        else:
            lines = iter_lines(_file_chunks(fp), chosen)
        return RowStream(
            iter(lines),
            chosen,
            delimiter=delimiter,
            has_header=has_header,
            on_close=fp.close if owned else None,
        )
    except BaseException:
        if owned:
            fp.close()
        raise


def _chosen(encoding: str | DetectedEncoding | None) -> DetectedEncoding | None:
    if encoding is None or isinstance(encoding, DetectedEncoding):
        return encoding
    return chosen_encoding(encoding)


def read_table(
    raw: bytes,
    *,
    encoding: str | DetectedEncoding | None = None,
    delimiter: str | None = None,
    has_header: bool | None = None,
) -> Table:
    """Read a whole delimited file held in memory (see :func:`iter_rows`)."""
    stream = iter_rows(raw, encoding=encoding, delimiter=delimiter, has_header=has_header)
    rows = list(stream)
    return Table(
        encoding=stream.encoding,
        delimiter=stream.delimiter,
        has_header=stream.has_header,
        headers=stream.headers,
        rows=rows,
        problems=stream.problems,
        sniffed=stream.sniffed,
        header_line=stream.header_line,
        blank_records=stream.blank_records,
    )
