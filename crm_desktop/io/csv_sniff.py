"""Guess a CSV file's delimiter and whether its first row is a header.

:mod:`csv`'s own ``Sniffer`` is unreliable on small or irregular files, so
this looks at the first records itself: for each candidate delimiter it
parses them with :mod:`csv` (so quoted delimiters do not count) and picks the
one that gives the most consistent field count of at least two.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass

from crm_desktop.io import messages as m
from crm_desktop.io.suggest import is_known_header

__all__ = ["DELIMITERS", "Sniffed", "sniff"]

DELIMITERS: tuple[str, ...] = (",", ";", "\t", "|")
SAMPLE_RECORDS = 50

_NAMES = {",": m.COMMA, ";": m.SEMICOLON, "\t": m.TAB, "|": m.PIPE}
_NUMBERISH = re.compile(r"^[+\-(]?[\d০-৯][\d০-৯\s.,:/()+\-]*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL = re.compile(r"^(https?://|www\.)", re.IGNORECASE)
_BOOL = frozenset({"true", "false", "yes", "no"})


@dataclass(frozen=True, slots=True)
class Sniffed:
    """What :func:`sniff` found, with short reasons to show the user."""

    delimiter: str
    has_header: bool
    field_count: int
    delimiter_reason: str
    header_reason: str


def delimiter_name(delimiter: str) -> str:
    """``","`` → ``"comma"``; other characters are shown quoted."""
    return _NAMES.get(delimiter, repr(delimiter))


def _records(text: str, delimiter: str, limit: int, truncated: bool) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    out: list[list[str]] = []
    try:
        for record in reader:
            cells = [_clean(v) for v in record]
            if any(cells):
                out.append(cells)
                if len(out) >= limit:
                    return out
    except csv.Error:
        pass  # an oversized field: judge by what was read so far
    if truncated and out:
        out.pop()  # the last record may have been cut in the middle
    return out


def _clean(value: str) -> str:
    value = value.strip()
    return "" if len(value) == 4 and value.upper() == "NULL" else value


def _mode(counts: list[int]) -> tuple[int, int]:
    if not counts:
        return 0, 0
    (value, freq), *_ = Counter(counts).most_common(1)
    return value, freq


def sniff(
    text: str,
    *,
    delimiter: str | None = None,
    has_header: bool | None = None,
    truncated: bool = False,
) -> Sniffed:
    """Look at the first ~50 records of ``text``.

    A given ``delimiter`` or ``has_header`` is kept as is (and reported as the
    user's choice). ``truncated`` says ``text`` is only the start of the file.
    """
    if delimiter is None:
        delimiter, delimiter_reason = _guess_delimiter(text, truncated)
    else:
        delimiter_reason = m.DELIMITER_CHOSEN.format(name=delimiter_name(delimiter))
    records = _records(text, delimiter, SAMPLE_RECORDS, truncated)
    field_count, _ = _mode([len(r) for r in records])
    if has_header is None:
        has_header, header_reason = detect_header(records)
    else:
        header_reason = m.HEADER_CHOSEN
    if has_header and records:
        field_count = len(records[0])
    return Sniffed(delimiter, has_header, field_count, delimiter_reason, header_reason)


def _guess_delimiter(text: str, truncated: bool) -> tuple[str, str]:
    best: tuple[float, int, int] = (-1.0, 0, 0)
    chosen, rows = ",", 0
    for priority, cand in enumerate(DELIMITERS):
        counts = [len(r) for r in _records(text, cand, SAMPLE_RECORDS, truncated)]
        mode, freq = _mode(counts)
        if mode < 2:
            continue
        score = (round(freq / len(counts), 3), mode, -priority)
        if score > best:
            best, chosen, rows = score, cand, len(counts)
    if best[1] == 0:
        return ",", m.NO_DELIMITER
    share, fields, _ = best
    name = delimiter_name(chosen)
    if share == 1.0:
        return chosen, m.ALL_ROWS_AGREE.format(name=name, rows=rows, fields=fields)
    percent = int(format(share, ".0%").rstrip("%"))  # as "{share:.0%}" rounds it
    return chosen, m.MOST_ROWS_AGREE.format(name=name, percent=percent, rows=rows, fields=fields)


def _kind(value: str) -> str:
    if not value:
        return "empty"
    if _EMAIL.match(value):
        return "email"
    if _URL.match(value):
        return "url"
    if _NUMBERISH.match(value):
        return "number"
    if value.casefold() in _BOOL:
        return "bool"
    return "text"


def detect_header(records: list[list[str]]) -> tuple[bool, str]:
    """Decide whether ``records[0]`` (cleaned, non-blank records) is a header.

    A header's cells are all filled (trailing empty cells aside), distinct,
    and words rather than numbers, dates, emails or links. It is a header if
    it names known fields (``Name``, ``Phone``, ``ইমেইল`` ...) or if the
    columns below it hold a different kind of value (numbers, emails, empty
    cells, codes of one fixed length) than the first row does.
    """
    if not records:
        return False, m.FILE_EMPTY
    first = list(records[0])
    while first and not first[-1]:
        first.pop()
    if any(not cell for cell in first):
        return False, m.FIRST_ROW_GAPS
    kinds = [_kind(cell) for cell in first]
    if any(kind != "text" for kind in kinds):
        bad = first[next(i for i, kind in enumerate(kinds) if kind != "text")]
        return False, m.FIRST_ROW_DATA.format(value=repr(bad))
    if len({cell.casefold() for cell in first}) < len(first):
        return False, m.FIRST_ROW_REPEATS
    known = sum(is_known_header(cell) for cell in first)
    if known >= min(2, len(first)):
        return True, m.KNOWN_FIELDS
    rest = records[1:]
    votes_for = votes_against = 0
    for j, head in enumerate(first):
        column = [r[j] for r in rest if j < len(r) and r[j]]
        if not column:
            if rest:
                votes_for += 1
            continue
        non_text = sum(_kind(v) != "text" for v in column)
        if non_text * 2 >= len(column):
            votes_for += 1
            continue
        lengths = {len(v) for v in column}
        if len(column) > 1 and len(lengths) == 1:
            if len(head) in lengths:
                votes_against += 1
            else:
                votes_for += 1
    if votes_for > votes_against:
        return True, m.WORDS_ABOVE_VALUES
    return False, m.LIKE_THE_ROWS
