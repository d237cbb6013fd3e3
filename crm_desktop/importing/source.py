"""The file being imported, read as rows with line numbers: CSV/TSV or vCard.

A vCard file becomes a table with fixed columns (:data:`VCARD_HEADERS`), one
row per card, several phones or emails joined with `` ::: `` as Google
Contacts does, so contacts go through the same mapping, checks, matching,
batches and undo as a CSV file.

Every cell of a CSV file goes through
:func:`crm_desktop.io.csv_writer.unneutralize_cell`, which takes off the
apostrophe our own export put in front of formula-looking cells.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from crm_desktop.importing import messages as m
from crm_desktop.importing.options import ImportOptions, ImportRefused
from crm_desktop.io import ReadError, RowStream, iter_rows, parse_vcards, unneutralize_cell
from crm_desktop.io import messages as io_messages
from crm_desktop.io.csv_sniff import delimiter_name
from crm_desktop.io.vcard_model import VCardContact

VCARD_HEADERS = [
    "Name", "Given name", "Family name", "Company", "Phone", "Email", "Address", "City",
    "Birthday", "Notes", "Tags", "External ID", "Title", "Nickname", "Website", "Other addresses",
    "Other details",
]  # fmt: skip
# vCard properties that say nothing about the person (revision stamps, address labels
# repeating ADR, program bookkeeping); every other unknown property is kept
NOT_DETAILS = ("REV", "PRODID", "LABEL", "X-COUCHDB-", "X-EVOLUTION-FILE-AS", "X-ABUID", "X-ABLABEL")
MULTI_SEPARATOR = " ::: "
PREVIEW_ROWS = 50
# a number a spreadsheet was told to keep as text: Shopify writes '+17134590228, '8687677178101
_PROTECTED_NUMBER = re.compile(r"'\+?[0-9][0-9 ()\-.]*")


def unprotect(cell: str) -> str:
    """A cell without the apostrophe of our formula guard or of a spreadsheet's "keep as text"."""
    if _PROTECTED_NUMBER.fullmatch(cell):
        return cell[1:]
    return unneutralize_cell(cell)


@dataclass(slots=True)
class SourceRow:
    """One record: the line it starts on and its cells as the import sees them."""

    line: int
    cells: list[str]


@dataclass
class FileInfo:
    """How the file was read (shown to the user, each choice overridable)."""

    kind: str  # csv | vcard
    headers: list[str]
    encoding: str = "utf-8"
    encoding_reason: str = ""
    encoding_confident: bool = True
    delimiter: str = ","
    delimiter_reason: str = ""
    has_header: bool = True
    header_reason: str = ""

    @property
    def delimiter_label(self) -> str:
        return delimiter_name(self.delimiter)


@dataclass
class Preview:
    """The first rows as parsed, for the wizard's preview page."""

    info: FileInfo
    rows: list[SourceRow]
    problems: list[tuple[int, str]] = field(default_factory=list)  # (line, reason) of the first rows


class RowSource:
    """An opened file: ``info``, then iterate ``rows()`` once; ``problems`` fill meanwhile."""

    def __init__(self, info: FileInfo, rows: Iterator[SourceRow], stream: RowStream | None = None) -> None:
        self.info = info
        self._rows = rows
        self._stream = stream
        self.notices: list[tuple[int, str]] = []

    def rows(self) -> Iterator[SourceRow]:
        try:
            yield from self._rows
        except ReadError as exc:  # found while reading on (a field of 2 MB, bytes that do not decode)
            raise ImportRefused(str(exc)) from None

    @property
    def problems(self) -> list[tuple[int, str]]:
        """Records the reader could not turn into rows (wrong field count, open quote)."""
        if self._stream is None:
            return []
        return [(p.line_number, p.reason) for p in self._stream.problems]

    @property
    def blank_records(self) -> int:
        return self._stream.blank_records if self._stream is not None else 0

    def close(self) -> None:
        if self._stream is not None:
            self._stream.close()

    def __enter__(self) -> RowSource:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class ImportFile:
    """A file to import: a path or bytes; CSV unless it is a vCard (by name or content)."""

    def __init__(self, source: str | os.PathLike[str] | bytes, *, name: str | None = None) -> None:
        self.source = source
        if isinstance(source, bytes):
            self.name = name or "import.csv"
        else:
            self.name = name or Path(source).name
        # a name with bytes that are not UTF-8 (an old zip, a USB stick): shown and stored with "�"
        self.name = os.fsencode(self.name).decode("utf-8", errors="replace")
        self.kind = "vcard" if self._looks_like_vcard() else "csv"

    def _head(self, size: int = 4096) -> bytes:
        if isinstance(self.source, bytes):
            return self.source[:size]
        try:
            with open(self.source, "rb") as fp:
                return fp.read(size)
        except OSError as exc:
            raise ImportRefused(f"Cannot open {os.fspath(self.source)!r}: {exc.strerror}.") from None

    def _looks_like_vcard(self) -> bool:
        if self.name.lower().endswith((".vcf", ".vcard")):
            return True
        head = self._head().lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \r\n\t").replace(b"\x00", b"")
        return head[:11].upper() == b"BEGIN:VCARD"

    def _bytes(self) -> bytes:
        if isinstance(self.source, bytes):
            return self.source
        try:
            return Path(self.source).read_bytes()
        except OSError as exc:
            raise ImportRefused(f"Cannot open {os.fspath(self.source)!r}: {exc.strerror}.") from None

    def digest(self) -> str:
        """The SHA-256 of the file's bytes: the same file imported again is recognised by it."""
        sha = hashlib.sha256()
        if isinstance(self.source, bytes):
            sha.update(self.source)
        else:
            try:
                with open(self.source, "rb") as fp:
                    while chunk := fp.read(1 << 20):
                        sha.update(chunk)
            except OSError as exc:
                raise ImportRefused(f"Cannot open {os.fspath(self.source)!r}: {exc.strerror}.") from None
        return sha.hexdigest()

    def estimate_rows(self, info: FileInfo) -> int:
        """About how many records the file holds (for progress), counted fast on the bytes."""
        if self.kind == "vcard":
            return self._bytes().upper().count(b"BEGIN:VCARD")
        breaks = 0
        if isinstance(self.source, bytes):
            breaks = self.source.count(b"\n")
            ends_open = not self.source.endswith(b"\n")
        else:
            last = b""
            with open(self.source, "rb") as fp:
                while chunk := fp.read(1 << 20):
                    breaks += chunk.count(b"\n")
                    last = chunk
            ends_open = bool(last) and not last.endswith(b"\n")
        return max(breaks + ends_open - info.has_header, 0)

    def open(self, options: ImportOptions) -> RowSource:
        """Start reading; :class:`ImportRefused` if the file cannot be read at all."""
        try:
            return self._open_vcard() if self.kind == "vcard" else self._open_csv(options)
        except ReadError as exc:
            raise ImportRefused(str(exc)) from None

    def preview(self, options: ImportOptions, limit: int = PREVIEW_ROWS) -> Preview:
        with self.open(options) as source:
            rows = []
            for row in source.rows():
                rows.append(row)
                if len(rows) >= limit:
                    break
            return Preview(source.info, rows, [*source.problems, *source.notices])

    def _open_csv(self, options: ImportOptions) -> RowSource:
        stream = iter_rows(
            self.source,
            encoding=options.encoding or None,
            delimiter=options.delimiter or None,
            has_header=options.has_header,
        )
        sniffed = stream.sniffed
        info = FileInfo(
            kind="csv",
            headers=list(stream.headers),
            encoding=stream.encoding.name,
            encoding_reason=stream.encoding.reason,
            encoding_confident=stream.encoding.confident,
            delimiter=stream.delimiter,
            delimiter_reason=sniffed.delimiter_reason,
            has_header=stream.has_header,
            header_reason=sniffed.header_reason,
        )
        # only a cell starting with an apostrophe can carry our formula guard (or Shopify's)
        rows = (
            SourceRow(row.line_number, [unprotect(v) if v[:1] == "'" else v for v in row.values])
            for row in stream
        )
        source = RowSource(info, rows, stream)
        source.notices = [(p.line_number, p.reason) for p in stream.notices]
        return source

    def _open_vcard(self) -> RowSource:
        result = parse_vcards(self._bytes())
        info = FileInfo(kind="vcard", headers=list(VCARD_HEADERS), encoding="utf-8", delimiter="")
        info.encoding_reason = io_messages.VCARD_CHARSET
        rows = iter([SourceRow(c.line_number, contact_cells(c)) for c in result.contacts])
        source = RowSource(info, rows)
        source.notices = [(p.line_number, p.reason) for p in result.problems]
        return source


def contact_cells(contact: VCardContact) -> list[str]:
    """One card as a row under :data:`VCARD_HEADERS`."""
    first = contact.addresses[0] if contact.addresses else None
    street = ""
    if first is not None:
        parts = (first.po_box, first.extended, first.street, first.region, first.postal_code, first.country)
        street = ", ".join(p for p in parts if p)
    org = ", ".join(p for p in (contact.organization, *contact.org_units) if p)
    return [
        contact.formatted_name or contact.structured_name(),
        contact.given_name,
        contact.family_name,
        org,
        MULTI_SEPARATOR.join(p.value for p in contact.phones),
        MULTI_SEPARATOR.join(e.value for e in contact.emails),
        street,
        first.city if first is not None else "",
        contact.birthday,
        contact.note,
        MULTI_SEPARATOR.join(contact.categories),
        contact.uid,
        contact.title,
        contact.nickname,
        MULTI_SEPARATOR.join(u.value for u in contact.urls),
        "\n".join(a.formatted() for a in contact.addresses[1:]),
        "\n".join(
            f"{name}: {value}"
            for name, values in contact.extra.items()
            if not name.startswith(NOT_DETAILS)
            for value in values
        ),
    ]


def require_rows(count: int) -> None:
    if count == 0:
        raise ImportRefused(m.EMPTY_FILE)
