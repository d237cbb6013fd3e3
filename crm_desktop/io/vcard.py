"""Read vCard 2.1, 3.0 and 4.0 files (phones, Outlook, Evolution, Google, iCloud).

What the reader copes with:

- line folding (a line starting with a space or tab continues the previous
  one) and vCard 2.1 quoted-printable soft line breaks (``=`` at line end);
- ``ENCODING=QUOTED-PRINTABLE`` (or the bare 2.1 ``QUOTED-PRINTABLE``),
  ``CHARSET=...``, and 8-bit text without a charset (UTF-8, else cp1252);
- escapes ``\\,`` ``\\;`` ``\\n`` ``\\\\``; structured N, ADR, ORG; grouped
  names (``item1.TEL``, with Apple's ``item1.X-ABLabel`` added to the types);
- several TEL/EMAIL/ADR/URL per card with their TYPE labels;
- cards without a name are kept (see :attr:`VCardContact.display_name`);
  a card without ``END:VCARD`` is kept and reported; stray lines are reported.

Problems are collected, never raised; only a file with no card at all is a
:class:`ReadError`. :func:`write_vcards` writes vCard 3.0.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from crm_desktop.io import messages as msg
from crm_desktop.io.encoding import _count_breaks, _raise_undecodable, detect_encoding
from crm_desktop.io.errors import ReadError
from crm_desktop.io.vcard_model import (
    TypedValue,
    VCardAddress,
    VCardContact,
    VCardProblem,
    VCardResult,
)
from crm_desktop.io.vcard_writer import write_vcards

__all__ = [
    "TypedValue",
    "VCardAddress",
    "VCardContact",
    "VCardProblem",
    "VCardResult",
    "parse_vcards",
    "write_vcards",
]

_LINE_BREAK = re.compile(rb"\r\n|\r|\n")
_QP_BYTE = re.compile(rb"=([0-9A-Fa-f]{2})")
_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})
_BINARY = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")

_ProblemSink = Callable[[int, str], None]


@dataclass(slots=True)
class _Property:
    line_number: int
    group: str
    name: str
    params: dict[str, list[str]]
    raw_value: bytes


@dataclass(slots=True)
class _Card:
    contact: VCardContact
    index: int
    by_group: dict[str, list[TypedValue]] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)


def parse_vcards(raw: bytes) -> VCardResult:
    """Parse every card in ``raw`` (the whole .vcf file).

    Raises :class:`ReadError` only when the file holds no ``BEGIN:VCARD``.
    """
    raw = _to_utf8_bytes(raw)
    legacy = guess_legacy_charset(raw) if not _is_utf8(raw) else "cp1252"
    contacts: list[VCardContact] = []
    problems: list[VCardProblem] = []
    card: _Card | None = None
    nested = 0
    found_begin = False

    def problem(line: int, reason: str) -> None:
        problems.append(VCardProblem(card.index if card else None, line, reason))

    for prop in _properties(raw, problem):
        value_upper = prop.raw_value.strip().upper()
        if prop.name == "BEGIN" and value_upper == b"VCARD":
            found_begin = True
            if card is not None:
                nested += 1  # an AGENT card embedded in 2.1 files: skip it
                problem(prop.line_number, msg.CARD_IN_CARD.format(line=prop.line_number))
                continue
            contact = VCardContact(line_number=prop.line_number)
            contacts.append(contact)
            card = _Card(contact, len(contacts) - 1)
            continue
        if card is None:
            if prop.name != "END":
                problem(prop.line_number, msg.OUTSIDE_CARD.format(line=prop.line_number))
            continue
        if prop.name == "END" and value_upper == b"VCARD":
            if nested:
                nested -= 1
                continue
            _finish(card, problem)
            card = None
            continue
        if nested:
            continue
        _apply(card, prop, problem, legacy)
    if card is not None:
        problem(card.contact.line_number, msg.NO_END.format(line=card.contact.line_number))
        _finish(card, problem)
    if not found_begin:
        raise ReadError(msg.NO_VCARD)
    return VCardResult(contacts, problems)


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _to_utf8_bytes(raw: bytes) -> bytes:
    """UTF-16/32 files (with a mark, or clearly UTF-16) are re-encoded to UTF-8."""
    detected = detect_encoding(raw[:4096])
    if detected.name.startswith(("utf-16", "utf-32")):
        codec = detected.name
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError as exc:
            before = raw[: exc.start].decode(codec, errors="replace")
            _raise_undecodable(codec, exc, exc.start, 1 + _count_breaks(before))
        return text.removeprefix("\ufeff").encode("utf-8", errors="surrogatepass")
    return raw.removeprefix(codecs.BOM_UTF8)


def _logical_lines(raw: bytes) -> Iterator[tuple[int, bytes]]:
    """Unfold physical lines into (first line number, content) pairs."""
    current: bytearray | None = None
    start = 0
    qp = False
    for number, line in enumerate(_LINE_BREAK.split(raw), start=1):
        if current is not None and qp and current.endswith(b"="):
            del current[-1]  # quoted-printable soft line break
            current += line
            continue
        if current is not None and line[:1] in (b" ", b"\t"):
            current += line[1:]
            continue
        if current is not None:
            yield start, bytes(current)
            current = None
        if not line.strip():
            continue
        current, start = bytearray(line), number
        head = line.split(b":", 1)[0].upper()
        qp = b"QUOTED-PRINTABLE" in head
    if current is not None:
        yield start, bytes(current)


def _split_outside_quotes(text: bytes, sep: int) -> list[bytes]:
    parts: list[bytes] = []
    begin = 0
    quoted = False
    for i, ch in enumerate(text):
        if ch == 0x22:  # "
            quoted = not quoted
        elif ch == sep and not quoted:
            parts.append(text[begin:i])
            begin = i + 1
    parts.append(text[begin:])
    return parts


def _properties(raw: bytes, problem: _ProblemSink) -> Iterator[_Property]:
    for number, line in _logical_lines(raw):
        head_and_value = _colon_split(line)
        if head_and_value is None:
            problem(number, msg.NOT_A_PROPERTY.format(line=number))
            continue
        head, value = head_and_value
        name_and_params = _split_outside_quotes(head, 0x3B)  # ;
        full_name = name_and_params[0].decode("latin-1").strip().upper()
        group, _, name = full_name.rpartition(".")
        params: dict[str, list[str]] = {}
        for param in name_and_params[1:]:
            key, eq, val = param.decode("latin-1").partition("=")
            key = key.strip().upper()
            if not eq:  # vCard 2.1 bare parameter: TEL;WORK;VOICE:...
                key, val = ("ENCODING" if key in _ENCODINGS else "TYPE"), key
            for item in val.split(","):
                item = item.strip().strip('"').strip()
                if item:
                    params.setdefault(key, []).append(item)
        yield _Property(number, group, name, params, value)


def _colon_split(line: bytes) -> tuple[bytes, bytes] | None:
    quoted = False
    for i, ch in enumerate(line):
        if ch == 0x22:
            quoted = not quoted
        elif ch == 0x3A and not quoted:  # :
            return line[:i], line[i + 1 :]
    return None


_LEGACY = ("cp1252", "cp1250", "cp1251")  # the first wins a tie


def guess_legacy_charset(raw: bytes) -> str:
    """The Windows code page that reads a file's 8-bit text most like words.

    vCard 2.1 from old phones and Outlook has no CHARSET: ``Iksi=F1ski`` is
    Iksiński in cp1250 and Iksiñski in cp1252. Each candidate decodes the
    file's bytes (quoted-printable undone); a letter inside a word scores,
    a symbol where a letter should be (``Pawe³``, ``Œwi¹tek``) costs.
    """
    data = _QP_BYTE.sub(lambda m: bytes([int(m[1], 16)]), raw)
    if data.isascii():
        return _LEGACY[0]
    best, best_score = _LEGACY[0], None
    for codec in _LEGACY:
        text = data.decode(codec, errors="replace")
        score = 0
        for i, ch in enumerate(text):
            if ch.isascii():
                continue
            if ch.isalpha():
                around = text[i - 1 : i + 2]
                score += 2 if sum(c.isalpha() for c in around) >= 2 else 1
            else:
                score -= 5 if ch == "\ufffd" else 3
        if best_score is None or score > best_score:
            best, best_score = codec, score
    return best


def _decode_value(prop: _Property, problem: _ProblemSink, legacy: str = "cp1252") -> str | None:
    encoding = {e.upper() for e in prop.params.get("ENCODING", [])}
    data = prop.raw_value
    if encoding & {"B", "BASE64"} or prop.name in _BINARY:
        return None  # pictures and keys are not imported
    if "QUOTED-PRINTABLE" in encoding:
        data = _QP_BYTE.sub(lambda m: bytes([int(m[1], 16)]), data)
    charset = prop.params.get("CHARSET", [""])[0]
    if charset:
        try:
            return data.decode(charset)
        except Exception:  # unknown, non-text or mismatched charset: fall back below
            problem(prop.line_number, msg.BAD_CHARSET.format(line=prop.line_number, charset=charset))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode(legacy)
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _split_escaped(text: str, sep: str | None) -> list[str]:
    """Split on ``sep`` where it is not backslash-escaped; unescape each part.

    ``\\n`` becomes a line break, ``\\,`` ``\\;`` ``\\\\`` and other escaped
    punctuation the character itself; an unknown escaped letter is kept as is.
    """
    parts: list[str] = []
    cur: list[str] = []
    chars = iter(text)
    for ch in chars:
        if ch == "\\":
            nxt = next(chars, "")
            cur.append(_UNESCAPE.get(nxt, "\\" + nxt if nxt.isalnum() else nxt))
        elif ch == sep:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts


_UNESCAPE = {"n": "\n", "N": "\n", "\\": "\\", ",": ",", ";": ";", "": "\\"}


def _text(value: str) -> str:
    return _split_escaped(value, None)[0].replace("\r\n", "\n").replace("\r", "\n").strip()


def _components(value: str, count: int) -> list[str]:
    parts = [p.replace("\r\n", "\n").strip() for p in _split_escaped(value, ";")]
    return (parts + [""] * count)[:count]


def _types(prop: _Property) -> list[str]:
    types: list[str] = []
    for item in prop.params.get("TYPE", []):
        label = item.lower()
        if label not in types:
            types.append(label)
    if prop.params.get("PREF") and "pref" not in types:
        types.append("pref")
    return types


def _apply(card: _Card, prop: _Property, problem: _ProblemSink, legacy: str = "cp1252") -> None:
    value = _decode_value(prop, problem, legacy)
    if value is None:
        return
    contact = card.contact
    name = prop.name
    if name == "VERSION":
        contact.version = value.strip()
    elif name == "FN":
        contact.formatted_name = _text(value)
    elif name == "N":
        (
            contact.family_name,
            contact.given_name,
            contact.additional_names,
            contact.honorific_prefixes,
            contact.honorific_suffixes,
        ) = _components(value, 5)
    elif name == "NICKNAME":
        contact.nickname = ", ".join(p for p in map(str.strip, _split_escaped(value, ",")) if p)
    elif name == "ORG":
        org, *units = [p.strip() for p in _split_escaped(value, ";")]
        contact.organization = org
        contact.org_units = [u for u in units if u]
    elif name == "TITLE":
        contact.title = _text(value)
    elif name in ("TEL", "EMAIL", "URL"):
        text = _text(value)
        if name == "TEL":
            text = _tel(text)
        elif name == "EMAIL":
            text = text.removeprefix("mailto:").strip()
        if not text:
            return
        item = TypedValue(text, _types(prop))
        {"TEL": contact.phones, "EMAIL": contact.emails, "URL": contact.urls}[name].append(item)
        if prop.group:
            card.by_group.setdefault(prop.group, []).append(item)
    elif name == "ADR":
        box, extended, street, city, region, code, country = _components(value, 7)
        contact.addresses.append(
            VCardAddress(box, extended, street, city, region, code, country, _types(prop))
        )
    elif name == "NOTE":
        note = _text(value)
        contact.note = f"{contact.note}\n{note}" if contact.note and note else contact.note or note
    elif name == "BDAY":
        contact.birthday = _text(value)
    elif name == "CATEGORIES":
        for tag in _split_escaped(value, ","):
            tag = tag.strip()
            if tag and tag not in contact.categories:
                contact.categories.append(tag)
    elif name == "UID":
        contact.uid = _text(value)
    elif name == "X-ABLABEL" and prop.group:
        label = _text(value)
        match = _APPLE_LABEL.match(label)
        card.labels[prop.group] = (match[1] if match else label).lower()
    elif name not in ("BEGIN", "END"):
        contact.extra.setdefault(name, []).append(_text(value))


def _tel(text: str) -> str:
    """A TEL value as a person writes it: ``tel:+1-418-656-9254;ext=102`` (vCard 4.0's URI form)
    is ``+1-418-656-9254 ext. 102``, one number with its extension."""
    if text[:4].lower() != "tel:":
        return text.strip()
    number, _, params = text[4:].partition(";")
    ext = next((p[4:] for p in params.split(";") if p.lower().startswith("ext=")), "")
    return f"{number.strip()} ext. {ext}" if ext else number.strip()


def _finish(card: _Card, problem: _ProblemSink) -> None:
    for group, label in card.labels.items():
        for item in card.by_group.get(group, []):
            if label and label not in item.types:
                item.types.append(label)
    contact = card.contact
    if not contact.display_name:
        problem(contact.line_number, msg.EMPTY_CARD.format(line=contact.line_number))
