"""What an import looks up while it runs: tags, users, customers by key, own references.

Loaded once per import with a few queries and kept in dictionaries, so the
rows of a 100,000-line file never wait for a query each. Tags and users the
file names but the database lacks are created (and recorded for undo).
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
import uuid
from collections.abc import Sequence
from functools import lru_cache

from crm_desktop.importing.run import ChangeLog

DATABASE_ID_KEY = "database_id"
_OWN_REF = re.compile(r"crm:([0-9a-f]{12}):([a-z])(\d+)")


def database_id(con: sqlite3.Connection, *, create: bool = False) -> str | None:
    """This database's random id, used in the references our exports write."""
    row = con.execute("SELECT value FROM setting WHERE key = ?", (DATABASE_ID_KEY,)).fetchone()
    if row is not None:
        return str(row[0])
    if not create:
        return None
    value = uuid.uuid4().hex[:12]
    con.execute("INSERT OR IGNORE INTO setting (key, value) VALUES (?, ?)", (DATABASE_ID_KEY, value))
    return database_id(con)


def own_ref(db_id: str, kind: str, row_id: int) -> str:
    """How an export names a row that has no external id: ``crm:<database>:<kind><id>``."""
    return f"crm:{db_id}:{kind}{row_id}"


def parse_own_ref(text: str, db_id: str | None, kind: str) -> int | None:
    """The row id if ``text`` is this database's own reference to a ``kind`` row."""
    match = _OWN_REF.fullmatch(text)
    if match is None or db_id is None or match.group(1) != db_id or match.group(2) != kind:
        return None
    return int(match.group(3))


def next_id(con: sqlite3.Connection, table: str) -> int:
    return int(con.execute(f'SELECT coalesce(max(id), 0) + 1 FROM "{table}"').fetchone()[0])


class Tags:
    """Tag ids by name (case-insensitive), creating the missing ones."""

    def __init__(self, con: sqlite3.Connection, changes: ChangeLog) -> None:
        self._con = con
        self._changes = changes
        self._ids = {name.lower(): tid for tid, name in con.execute("SELECT id, name FROM tag")}

    def ids(self, names: Sequence[str]) -> list[int]:
        out = []
        for name in names:
            tid = self._ids.get(name.lower())
            if tid is None:
                tid = next_id(self._con, "tag")
                self._con.execute("INSERT INTO tag (id, name) VALUES (?, ?)", (tid, name))
                self._changes.created("tag", [tid])
                self._ids[name.lower()] = tid
            out.append(tid)
        return out


class Users:
    """User ids by name (case-insensitive), creating the missing ones."""

    def __init__(self, con: sqlite3.Connection, changes: ChangeLog, stamp: str) -> None:
        self._con = con
        self._changes = changes
        self._stamp = stamp
        self._ids: dict[str, int] = {}
        for uid, name in con.execute('SELECT id, name FROM "user" ORDER BY id'):
            self._ids.setdefault(name.casefold(), uid)
        self.names = {uid: name for uid, name in con.execute('SELECT id, name FROM "user"')}

    def find(self, name: str) -> int | None:
        """The id of the user called ``name`` (any case), or None: an import creates no users."""
        return self._ids.get(name.casefold())

    def id(self, name: str) -> int:
        uid = self._ids.get(name.casefold())
        if uid is None:
            uid = next_id(self._con, "user")
            self._con.execute(
                'INSERT INTO "user" (id, name, created_at) VALUES (?, ?, ?)', (uid, name, self._stamp)
            )
            self._changes.created("user", [uid])
            self._ids[name.casefold()] = uid
            self.names[uid] = name
        return uid


_ASCII_NOT_NAME = str.maketrans({c: " " for c in map(chr, range(128)) if not c.isalnum()})


@lru_cache(maxsize=1 << 17)
def name_key(text: str) -> str:
    """A name as matching compares it: NFC, case-folded, no punctuation, single spaces
    (letters, marks — Bengali vowel signs — and digits are kept). Cached: names repeat."""
    if not text:
        return ""
    if text.isascii():
        return " ".join(text.translate(_ASCII_NOT_NAME).lower().split())
    folded = unicodedata.normalize("NFC", text).casefold()
    kept = "".join(ch if unicodedata.category(ch)[0] in "LMN" else " " for ch in folded)
    return " ".join(kept.split())


def person_name(values: dict[str, object]) -> str:
    """The name key of a customer's (or a row's) values: display name, else given + family."""
    display = str(values.get("display_name") or "")
    if not display:
        display = " ".join(str(values[k]) for k in ("given_name", "family_name") if values.get(k))
    if "@" in display or not any(ch.isalpha() for ch in display):
        return ""  # a customer without a name is shown by its email or phone: that is no name
    return name_key(display)


def same_person(first: str, second: str) -> bool:
    """Could two name keys name the same person? Yes when one is missing, equal, or a part of the
    other ("Rahim" and "Rahim Uddin", "R. Uddin"); no when both are there and differ
    ("Abdul Karim", "Rokeya Karim")."""
    if not first or not second or first == second:
        return True
    a, b = first.split(), second.split()
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return all(any(_same_word(word, other) for other in long) for word in short)


def _same_word(word: str, other: str) -> bool:
    """The same word, or an initial of it ("r" for "rahim")."""
    return (
        word == other
        or (len(word) == 1 and other.startswith(word))
        or (len(other) == 1 and word.startswith(other))
    )


class CustomerIndex:
    """Live customers by external id, email (case-insensitive), phone (E.164) and name (+ company)."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self.db_id = database_id(con)
        live = "JOIN customer c ON c.id = x.customer_id WHERE c.deleted_at IS NULL"
        self.by: dict[str, dict[str, list[int]]] = {"external_id": {}, "email": {}, "phone": {}}
        for cid, ext in con.execute(
            "SELECT id, external_id FROM customer WHERE deleted_at IS NULL AND external_id IS NOT NULL"
        ):
            self.by["external_id"].setdefault(ext, []).append(cid)
        for cid, email in con.execute(f"SELECT x.customer_id, x.email FROM customer_email x {live}"):
            _add_once(self.by["email"], email.casefold(), cid)
        for cid, e164 in con.execute(f"SELECT x.customer_id, x.e164 FROM customer_phone x {live}"):
            if e164:
                _add_once(self.by["phone"], e164, cid)
        self._live: set[int] = set()
        keyed = {cid for index in self.by.values() for ids in index.values() for cid in ids}
        self.by_bare_name: dict[str, list[int]] = {}  # customers with nothing else to find them by
        self.names: dict[int, str] = {}  # name keys
        self.shown: dict[int, str] = {}  # display names, as messages name a customer
        self.by_name: dict[str, list[int]] = {}
        for cid, display, given, family, company in con.execute(
            "SELECT id, display_name, given_name, family_name, company FROM customer "
            "WHERE deleted_at IS NULL ORDER BY id"
        ):
            self._live.add(cid)
            name = person_name({"display_name": display, "given_name": given, "family_name": family})
            self.names[cid] = name
            self.shown[cid] = display
            if name or company:
                key = f"{name}|{name_key(company or '')}"
                self.by_name.setdefault(key, []).append(cid)
                if cid not in keyed:
                    self.by_bare_name.setdefault(key, []).append(cid)

    def lookup(self, key: str, value: str) -> list[int]:
        """Customer ids for one key value (``value`` already normalized, emails casefolded)."""
        if key == "external_id":
            own = parse_own_ref(value, self.db_id, "c")
            if own is not None:
                return [own] if own in self._live else []
        return self.by[key].get(value, [])

    def add(self, key: str, value: str, customer_id: int) -> None:
        _add_once(self.by[key], value, customer_id)
        self._live.add(customer_id)


def _add_once(index: dict[str, list[int]], value: str, customer_id: int) -> None:
    ids = index.setdefault(value, [])
    if customer_id not in ids:
        ids.append(customer_id)
