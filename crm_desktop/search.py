"""Customer search: turn whatever a user typed into a safe index lookup.

Any text is a valid query. Words of three or more characters go through
the trigram full-text index (so part of a word matches, Bengali words
included). Runs of digits that look like a phone number are matched
against the phone digits, so ``01712`` finds ``+8801712…`` and Bengali digits
(``০১৭১২``) work too. Words of one or two characters narrow the match (as
part of any searched text: "AB Traders" finds the company); alone, they find
names that start with them.
"""

from __future__ import annotations

import re
import unicodedata

from crm_desktop.db import sqlite
from crm_desktop.db.models import database_proxy
from crm_desktop.locale.digits import to_latin_digits

MAX_QUERY_CHARS = 200
_PHONE_CHARS = re.compile(r"^[+\d][\d\s().\-]*$")
# control and format characters (RTL marks, zero-width joiners…), and broken
# surrogates (half a character: they cannot even be sent to SQLite)
_INVISIBLE = {"Cc", "Cf", "Cs"}


# zero-width joiner and non-joiner: they only pick a glyph (র‍্যা or র্যা), so a word typed
# with or without one is the same word; the search index leaves them out too (migration 11)
_JOINERS = str.maketrans("", "", "\u200c\u200d")


def clean_query(text: str) -> str:
    text = to_latin_digits(unicodedata.normalize("NFC", text)).translate(_JOINERS)
    text = "".join(" " if unicodedata.category(ch) in _INVISIBLE else ch for ch in text)
    return " ".join(text.split())[:MAX_QUERY_CHARS]


def _terms(text: str) -> tuple[list[tuple[str | None, str]], list[str]]:
    phrases: list[tuple[str | None, str]] = []
    short: list[str] = []
    if _PHONE_CHARS.match(text) and sum(ch.isdigit() for ch in text) >= 3:
        digits = "".join(ch for ch in text if ch.isdigit())
        return [("phones", digits)], []
    for word in text.split():
        if len(word) >= 3:
            phrases.append((None, word))
        elif word:
            short.append(word)
    return phrases, short


def search_customer_ids(text: str, *, limit: int | None = 200) -> list[int]:
    """Ids of live customers matching ``text`` (empty text matches nothing)."""
    query = clean_query(text)
    if not query:
        return []
    phrases, short = _terms(query)
    return sqlite.search_customer_ids(database_proxy, phrases=phrases, short_terms=short, limit=limit)


def search_sql(text: str, *, live_only: bool = True) -> tuple[str, list[object]] | None:
    """The SQL selecting every id :func:`search_customer_ids` finds (no limit),
    for use as a subquery; None when ``text`` can match nothing. With
    ``live_only=False`` trashed customers match too (the caller filters)."""
    query = clean_query(text)
    if not query:
        return None
    phrases, short = _terms(query)
    return sqlite.search_sql(phrases=phrases, short_terms=short, live_only=live_only)
