"""Text encodings of imported files: detect, decode, and split into lines.

Detection never guesses silently: :class:`DetectedEncoding` says how sure it
is and why, so the import screen can show "Read as Windows-1252 because the
file is not valid UTF-8 — change?" and let the user override it.

Rules, in order:

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) decides;
2. no mark, but every other byte is zero → UTF-16 without a mark (not sure);
3. the whole file decodes as strict UTF-8 → ``utf-8``;
4. UTF-8 on most lines but not on some (a file pasted together from two
   programs) → :data:`MIXED`: each line is decoded as UTF-8 first, and the
   lines that are not valid UTF-8 as Windows-1252 (``fallback_lines`` names
   them, so the import can warn about each);
5. otherwise ``cp1252`` (Windows Western, what Excel writes on most PCs),
   marked as a fallback; if even that fails, ``latin-1`` (never fails).

Every decoded text has a leading U+FEFF removed, whatever the encoding.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import NoReturn

from crm_desktop.io import messages as m
from crm_desktop.io.errors import ReadError

__all__ = [
    "MIXED",
    "DetectedEncoding",
    "chosen_encoding",
    "decode",
    "detect_encoding",
    "detect_encoding_chunks",
    "iter_lines",
]

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 marks first: FF FE 00 00 also starts with the UTF-16 LE mark.
    (codecs.BOM_UTF32_LE, "utf-32-le", m.BOM_UTF32_LE),
    (codecs.BOM_UTF32_BE, "utf-32-be", m.BOM_UTF32_BE),
    (codecs.BOM_UTF8, "utf-8-sig", m.BOM_UTF8),
    (codecs.BOM_UTF16_LE, "utf-16-le", m.BOM_UTF16_LE),
    (codecs.BOM_UTF16_BE, "utf-16-be", m.BOM_UTF16_BE),
)

# Bytes that Windows-1252 leaves undefined; Python's cp1252 codec rejects them.
_CP1252_HOLES = (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d")

_CHUNK = 1 << 20

MIXED = "utf-8+cp1252"  # not a codec: UTF-8 line by line, Windows-1252 for the lines that are not


@dataclass(frozen=True, slots=True)
class DetectedEncoding:
    """The encoding a file will be read with, and why.

    ``name`` is a Python codec name (``utf-8-sig``, ``utf-8``, ``utf-16-le``,
    ``utf-16-be``, ``cp1252``, ...). ``confident`` is False when the choice is
    a fallback or a heuristic the user should confirm.
    """

    name: str
    reason: str
    confident: bool
    fallback_lines: tuple[int, ...] = ()  # MIXED: the lines read as Windows-1252


def chosen_encoding(name: str) -> DetectedEncoding:
    """An encoding the user picked; raises :class:`ReadError` if unknown."""
    if name == MIXED:
        return DetectedEncoding(MIXED, m.ENCODING_CHOSEN.format(name=MIXED), True)
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        raise ReadError(m.UNKNOWN_ENCODING.format(name=repr(name))) from None
    return DetectedEncoding(canonical, m.ENCODING_CHOSEN.format(name=canonical), True)


def detect_encoding(raw: bytes) -> DetectedEncoding:
    """Decide how to decode ``raw`` (the whole file)."""
    return detect_encoding_chunks([raw])


def detect_encoding_chunks(chunks: Iterable[bytes]) -> DetectedEncoding:
    """Like :func:`detect_encoding` for a file read piece by piece.

    Only the first chunk is looked at for a byte-order mark, so it should be
    at least a few bytes long (any real chunk size is).
    """
    it = iter(chunks)
    head = b""
    for head in it:
        if head:
            break
    for bom, name, reason in _BOMS:
        if head.startswith(bom):
            return DetectedEncoding(name, reason, True)
    guess16 = _utf16_without_bom(head)

    utf8 = codecs.getincrementaldecoder("utf-8")()
    offset = 0
    bad_utf8_at: int | None = None
    cp1252_ok = True
    ascii_only = True
    lines = _LineScan()
    for chunk in _chain_first(head, it):
        lines.feed(chunk)
        if bad_utf8_at is None:
            try:
                utf8.decode(chunk)
            except UnicodeDecodeError as exc:
                pending = len(exc.object) - len(chunk)
                bad_utf8_at = offset - pending + exc.start
        if cp1252_ok and any(hole in chunk for hole in _CP1252_HOLES):
            cp1252_ok = False
        if ascii_only and not chunk.isascii():
            ascii_only = False
        offset += len(chunk)
    if bad_utf8_at is None:
        try:
            utf8.decode(b"", final=True)
        except UnicodeDecodeError:
            bad_utf8_at = offset - len(utf8.getstate()[0])

    if guess16 is not None:
        return guess16
    if bad_utf8_at is None:
        if ascii_only:
            return DetectedEncoding("utf-8", m.PLAIN_ASCII, True)
        return DetectedEncoding("utf-8", m.VALID_UTF8, True)
    lines.finish()
    if lines.utf8_lines and lines.bad_lines:
        bad = tuple(lines.bad_lines)
        return DetectedEncoding(MIXED, m.MIXED_UTF8_CP1252.format(count=len(bad)), False, bad)
    if cp1252_ok:
        return DetectedEncoding("cp1252", m.FALLBACK_CP1252.format(offset=bad_utf8_at), False)
    return DetectedEncoding("latin-1", m.FALLBACK_LATIN1.format(offset=bad_utf8_at), False)


class _LineScan:
    """Which lines of a file are UTF-8 with letters beyond ASCII, and which are not UTF-8 at all."""

    def __init__(self) -> None:
        self.utf8_lines = 0
        self.bad_lines: list[int] = []
        self._line = 0
        self._carry = b""

    def feed(self, chunk: bytes) -> None:
        if chunk.isascii() and not self._carry:
            self._line += chunk.count(b"\n")
            return
        parts = (self._carry + chunk).split(b"\n")
        self._carry = parts.pop()
        for part in parts:
            self._look(part)

    def finish(self) -> None:
        if self._carry:
            self._look(self._carry)
            self._carry = b""

    def _look(self, line: bytes) -> None:
        self._line += 1
        if line.isascii():
            return
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            self.bad_lines.append(self._line)
        else:
            self.utf8_lines += 1


def _decode_line(line: bytes) -> tuple[str, bool]:
    """One line of a :data:`MIXED` file: (text, True if it needed Windows-1252)."""
    try:
        return line.decode("utf-8"), False
    except UnicodeDecodeError:
        try:
            return line.decode("cp1252"), True
        except UnicodeDecodeError:  # a byte Windows-1252 leaves undefined
            return line.decode("latin-1"), True


def _mixed_lines(chunks: Iterable[bytes]) -> Iterator[str]:
    """The physical lines of a :data:`MIXED` file, each decoded on its own."""
    carry = b""
    first = True
    for chunk in chunks:
        parts = (carry + chunk).split(b"\n")
        carry = parts.pop()
        for part in parts:
            text = _decode_line(part + b"\n")[0]
            if first:
                text, first = text.removeprefix("\ufeff"), False
            yield from io.StringIO(text, newline="").readlines()
    if carry:
        text = _decode_line(carry)[0]
        yield from io.StringIO(text.removeprefix("\ufeff") if first else text, newline="").readlines()


def _chain_first(first: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    if first:
        yield first
    yield from rest


def _utf16_without_bom(head: bytes) -> DetectedEncoding | None:
    """UTF-16 text with no mark shows zero bytes in most odd (LE) or even (BE) positions.

    Only claimed for at least 16 characters with zeros in 70 % of one set of
    positions: a short UTF-8 text holding a NUL or two must stay UTF-8.
    """
    sample = head[:4096]
    sample = sample[: len(sample) // 2 * 2]
    half = len(sample) // 2
    if half < 16:
        return None
    zeros_even = sample[0::2].count(0) / half
    zeros_odd = sample[1::2].count(0) / half
    if zeros_odd >= 0.7 and zeros_even < 0.05:
        name, label = "utf-16-le", "UTF-16 LE"
    elif zeros_even >= 0.7 and zeros_odd < 0.05:
        name, label = "utf-16-be", "UTF-16 BE"
    else:
        return None
    # Claimed even when a character is broken (half an emoji): decoding the file
    # then says where it is damaged, instead of a cp1252 misreading that fills
    # every cell with NUL bytes.
    return DetectedEncoding(name, m.LOOKS_UTF16.format(label=label), False)


def _as_detected(encoding: str | DetectedEncoding) -> DetectedEncoding:
    if isinstance(encoding, DetectedEncoding):
        return encoding
    return chosen_encoding(encoding)


def decode(raw: bytes, encoding: str | DetectedEncoding) -> str:
    """Decode a whole file; a leading byte-order mark character is dropped.

    Raises :class:`ReadError` naming the byte offset and line of the first
    byte that is not valid in ``encoding``.
    """
    detected = _as_detected(encoding)
    if detected.name == MIXED:
        return "".join(_mixed_lines([raw]))
    try:
        text = raw.decode(detected.name)
    except LookupError:
        raise ReadError(m.UNKNOWN_ENCODING.format(name=repr(detected.name))) from None
    except UnicodeDecodeError as exc:
        before = raw[: exc.start].decode(detected.name, errors="replace")
        _raise_undecodable(detected.name, exc, exc.start, 1 + _count_breaks(before))
    except UnicodeError:  # "utf-16"/"utf-32" with no byte-order mark
        raise ReadError(m.NO_BYTE_ORDER.format(name=detected.name), byte_offset=0, line_number=1) from None
    return text.removeprefix("\ufeff")


def iter_lines(chunks: Iterable[bytes], encoding: str | DetectedEncoding) -> Iterator[str]:
    """Decode ``chunks`` incrementally and yield physical lines.

    Lines keep their ending (``\\r\\n``, ``\\n`` or a lone ``\\r``), so the
    result is exactly what :mod:`csv` expects from a file opened with
    ``newline=""``. Raises :class:`ReadError` with the byte offset and line
    number of undecodable bytes.
    """
    detected = _as_detected(encoding)
    if detected.name == MIXED:
        yield from _mixed_lines(chunks)
        return
    try:
        decoder = codecs.getincrementaldecoder(detected.name)(errors="strict")
    except LookupError:
        raise ReadError(m.UNKNOWN_ENCODING.format(name=repr(detected.name))) from None
    offset = 0  # bytes consumed before the current chunk
    line_count = 0  # complete lines yielded so far
    carry = ""  # text of an unfinished line
    first = True
    for chunk in chunks:
        try:
            text = decoder.decode(chunk)
        except UnicodeError as exc:
            if not isinstance(exc, UnicodeDecodeError):  # "utf-16"/"utf-32" with no byte-order mark
                no_bom = m.NO_BYTE_ORDER.format(name=detected.name)
                raise ReadError(no_bom, byte_offset=0, line_number=1) from None
            pending = len(exc.object) - len(chunk)
            before = exc.object[: exc.start].decode(detected.name, errors="replace")
            _raise_undecodable(
                detected.name,
                exc,
                offset - pending + exc.start,
                line_count + 1 + _count_breaks(carry + before),
            )
        offset += len(chunk)
        if first and text:
            text = text.removeprefix("\ufeff")
            first = False
        if not text:
            continue
        text = carry + text
        lines = io.StringIO(text, newline="").readlines()
        # keep back an unfinished line, or a "\r" whose "\n" may come next
        carry = "" if lines[-1].endswith("\n") else lines.pop()
        line_count += len(lines)
        yield from lines
    try:
        text = decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:
        _raise_undecodable(
            detected.name,
            exc,
            offset - len(exc.object) + exc.start,
            line_count + 1 + _count_breaks(carry),
        )
    if first:
        text = text.removeprefix("\ufeff")
    text = carry + text
    if text:
        yield from io.StringIO(text, newline="").readlines()


def _is_surrogate_unit(bad: bytes, name: str) -> bool:
    if len(bad) < 2:
        return False
    if name.endswith("be"):
        return 0xD8 <= bad[0] <= 0xDF
    if name.endswith("le"):
        return 0xD8 <= bad[1] <= 0xDF
    return any(0xD8 <= b <= 0xDF for b in bad[:2])


def _count_breaks(text: str) -> int:
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def _raise_undecodable(name: str, exc: UnicodeDecodeError, at: int, line: int) -> NoReturn:
    bad = exc.object[exc.start : exc.end][:4]
    shown = " ".join(f"{b:02X}" for b in bad)
    if name.startswith("utf-16") and _is_surrogate_unit(bad, name):
        # another encoding would not help: the file itself is damaged at that spot
        raise ReadError(
            m.DAMAGED_UTF16.format(name=name, offset=at, line=line, bytes=shown),
            line_number=line,
            byte_offset=at,
        ) from None
    raise ReadError(
        m.UNDECODABLE.format(name=name, bytes=shown, offset=at, line=line),
        line_number=line,
        byte_offset=at,
    ) from None
