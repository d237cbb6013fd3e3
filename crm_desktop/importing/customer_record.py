"""A customer row of a file, checked; and a customer's state that rows merge into.

The checks are the ones :func:`crm_desktop.services.customers.validate`
makes (a test compares them), with the column of each problem named.

Merging never loses data: a blank cell leaves the stored value alone;
phones, emails and tags are added to the ones there (never removed); custom
fields are set key by key. ``created_at`` is only used for a new customer.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from crm_desktop.contact_points import Phone
from crm_desktop.importing import messages as m
from crm_desktop.importing import values as v
from crm_desktop.importing.problems import REJECT_COLUMNS
from crm_desktop.importing.regions import region_of
from crm_desktop.importing.run import ImportRun
from crm_desktop.importing.source import SourceRow
from crm_desktop.io.mapping import MappedRow
from crm_desktop.services.customers import (
    MAX_NAME,
    MAX_TAG,
    UNVERIFIED_EMAIL,
    UNVERIFIED_PHONE,
    clean_tags,
    sort_key,
)

TEXT_FIELDS = (
    "display_name", "given_name", "family_name", "company", "address", "city", "source",
    "interests", "notes", "facebook",
)  # fmt: skip
CUSTOM_PREFIX = "Custom: "
# a phone or an email that cannot be verified is kept, as written, in the custom field
# UNVERIFIED_PHONE / UNVERIFIED_EMAIL (the customer service's: one representation for both)
BIRTHDAY_NO_YEAR = "Birthday (no year)"
LONG_TAGS = "Tags (too long)"
FULL_NAME = "Name (in full)"
Issues = list[tuple[str | None, str]]


@dataclass(slots=True)
class CustomerRecord:
    """What one row says about a customer (only what it says: blanks are absent)."""

    line: int
    values: dict[str, object] = field(default_factory=dict)
    phones: list[Phone] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    custom: dict[str, str] = field(default_factory=dict)
    owner: str = ""
    own_ref: str = ""  # this database's own reference to the customer (from our export)
    name_key: str | None = None  # the name as matching compares it (see lookups.person_name), once
    warnings: Issues = field(default_factory=list)  # (column, reason): kept, but said in the summary
    unusable: Issues = field(default_factory=list)  # (column, reason) of the values kept unverified
    _keys: dict[str, list[str]] | None = None

    def keys(self, key: str) -> list[str]:
        """The values this record can be matched by, normalized as the index keeps them."""
        if self._keys is None:
            ext = self.values.get("external_id") or self.own_ref
            self._keys = {
                "email": [e.casefold() for e in self.emails],
                "phone": [p.e164 for p in self.phones],
                "external_id": [str(ext)] if ext else [],
            }
        return self._keys[key]


def build_record(run: ImportRun, row: SourceRow, mapped: MappedRow) -> CustomerRecord | Issues:
    """Check one mapped row; the record, or the problems as (column, reason) pairs."""
    issues: Issues = []
    rec = CustomerRecord(row.line)
    values = rec.values
    for name, cells in mapped.fields.items():
        if name in _TEXT:
            text = v.text(cells[0])
            if text:
                values[name] = text
        elif name == "phone":
            _phones(run, row, rec, cells, issues)
        elif name == "email":
            _emails(run, row, rec, cells, issues)
        elif name == "tags":
            rec.tags = clean_tags(cells)
            header = run.header("tags") or "tags"
            for tag in [t for t in rec.tags if len(t) > MAX_TAG]:  # too long for a tag: kept as text
                reason = m.KEPT_AS_WRITTEN.format(
                    reason=m.TAG_TOO_LONG.format(tag=tag[:20], limit=MAX_TAG), field=LONG_TAGS
                )
                keep_as_written(rec, LONG_TAGS, tag, reason, header)
            rec.tags = [t for t in rec.tags if len(t) <= MAX_TAG]
        elif name == "external_id":
            values["external_id"] = v.identifier(cells[0]) or None
        elif name == "owner":
            rec.owner = v.text(cells[0])
        elif name == "birthday" and cells[0][:2] == "--" and (no_year := v.birthday_without_year(cells[0])):
            rec.custom[BIRTHDAY_NO_YEAR] = no_year  # the day is known, the year is not
        elif name in _CONVERTED:
            try:
                values[name] = _convert(run, name, cells[0])
            except v.FieldProblem as exc:
                # an odd date or kind does not throw the person out: kept as written
                header = run.header(name) or name
                reason = m.KEPT_AS_WRITTEN.format(reason=str(exc), field=header)
                keep_as_written(rec, header, cells[0].strip(), reason)
    if mapped.extras:
        rec.custom.update({key: val for k, val in mapped.extras.items() if (key := _custom_key(k))})
    if not (rec.phones or rec.emails or issues or any(k in values for k in _NAMES)):
        # nothing usable is left: an odd phone or email alone names nobody
        issues += rec.unusable
        issues.append((None, m.NO_IDENTITY))
    full = str(values.get("display_name", ""))
    if len(full) > MAX_NAME:  # the name is cut to fit; the whole text is kept beside it
        reason = m.KEPT_AS_WRITTEN.format(reason=m.NAME_TOO_LONG.format(limit=MAX_NAME), field=FULL_NAME)
        keep_as_written(rec, FULL_NAME, full, reason, run.header("display_name"))
        values["display_name"] = full[: MAX_NAME - 1].rstrip() + "…"
    return issues or rec


_TEXT = frozenset(TEXT_FIELDS)
_NAMES = ("display_name", "given_name", "family_name", "company")
_CONVERTED = frozenset({"kind", "birthday", "created_at"})


def keep_as_written(
    rec: CustomerRecord, key: str, value: str, reason: str, column: str | None = None, why: str = ""
) -> None:
    """Keep a value that cannot be used as what its column says, as written, in a custom field."""
    if why:
        rec.unusable.append((column or key, why))
    old = rec.custom.get(key)
    if old is None:
        rec.custom[key] = value
    elif value not in old.split(", "):
        rec.custom[key] = f"{old}, {value}"
    rec.warnings.append((column or key, reason))


def _row_region(run: ImportRun, row: SourceRow) -> str | None:
    """The country the row itself names (a country column), if it differs from the default."""
    for index in run.country_columns:
        if index < len(row.cells) and (found := region_of(row.cells[index])) and found != run.region:
            return found
    return None


def _phones(run: ImportRun, row: SourceRow, rec: CustomerRecord, cells: list[str], issues: Issues) -> None:
    own = _row_region(run, row) if run.country_columns else None
    for raw in cells:
        try:
            phone = v.phone(raw, own or run.region)
        except v.FieldProblem as exc:
            glued = _glued_phones(raw, own or run.region)
            if glued:  # two numbers in one cell: "01711123456 01811654321", "01711-123456/01811-654321"
                rec.phones += [p for p in glued if all(p.e164 != q.e164 for q in rec.phones)]
                continue
            found = _phone_or_none(raw, run.region) if own is not None else None
            if found is None:  # not in the row's country, nor (if it names one) in the default region
                reason = m.KEPT_UNVERIFIED.format(reason=str(exc), field=UNVERIFIED_PHONE)
                column = run.column_of(row, "phone", raw)
                keep_as_written(rec, UNVERIFIED_PHONE, raw.strip(), reason, column, str(exc))
                continue
            phone = found
        if all(p.e164 != phone.e164 for p in rec.phones):
            rec.phones.append(phone)


_GLUE = (re.compile(r"\s*/\s*"), re.compile(r"\s+"))


def _glued_phones(raw: str, region: str) -> list[Phone]:
    """Several numbers written in one cell without a separator the mapping knows, each valid."""
    for glue in _GLUE:
        parts = [p for p in glue.split(raw.strip()) if p]
        if len(parts) > 1 and all(sum(ch.isdigit() for ch in p) >= 7 for p in parts):
            found = [_phone_or_none(p, region) for p in parts]
            if all(found):
                return [p for p in found if p is not None]
    return []


def _phone_or_none(raw: str, region: str) -> Phone | None:
    try:
        return v.phone(raw, region)
    except v.FieldProblem:
        return None


def _emails(run: ImportRun, row: SourceRow, rec: CustomerRecord, cells: list[str], issues: Issues) -> None:
    for raw in cells:
        try:
            email = v.email(raw)
        except v.FieldProblem as exc:
            reason = m.KEPT_UNVERIFIED.format(reason=str(exc), field=UNVERIFIED_EMAIL)
            column = run.column_of(row, "email", raw)
            keep_as_written(rec, UNVERIFIED_EMAIL, raw.strip(), reason, column, str(exc))
            continue
        if all(e.casefold() != email.casefold() for e in rec.emails):
            rec.emails.append(email)


def _convert(run: ImportRun, name: str, text: str) -> object:
    if name == "kind":
        return v.kind(text)
    if name == "birthday":
        return v.birthday(text, run.day_first_for("birthday"), run.today)
    return v.moment(text, run.day_first_for("created_at"))


@lru_cache(maxsize=1024)
def _custom_key(header: str) -> str:
    """The custom field a column goes to ("" for our rejected-rows columns)."""
    if header in REJECT_COLUMNS:
        return ""
    return unicodedata.normalize("NFC", header.removeprefix(CUSTOM_PREFIX)).strip()


@dataclass(slots=True)
class CustomerState:
    """A customer as stored (or about to be), with what was there before this import."""

    id: int
    values: dict[str, object]
    phones: list[Phone]
    emails: list[str]
    tags: list[str]
    custom: dict[str, str]
    base_phones: int = 0
    base_emails: int = 0
    base_tags: int = 0
    base_custom: dict[str, str] = field(default_factory=dict)
    changed: set[str] = field(default_factory=set)  # customer columns changed
    phone_position: int = 0  # the position the next added phone gets
    email_position: int = 0

    def differs(self, base: dict[str, object]) -> bool:
        """True if this state is not what ``base`` (the stored values) and the children were."""
        if len(self.phones) > self.base_phones or len(self.emails) > self.base_emails:
            return True
        if len(self.tags) > self.base_tags or self.custom != self.base_custom:
            return True
        return any(not _same(base.get(name), self.values.get(name)) for name in self.changed)

    def mark_base(self) -> None:
        """What is stored now is the base that later writes compare with."""
        self.base_phones, self.base_emails, self.base_tags = (
            len(self.phones),
            len(self.emails),
            len(self.tags),
        )
        self.base_custom = dict(self.custom)
        self.changed = set()
        self.phone_position = max(self.phone_position, len(self.phones))
        self.email_position = max(self.email_position, len(self.emails))


def _same(old: object, new: object) -> bool:
    """Equal, or the same text in another Unicode form or with other line breaks."""
    if isinstance(old, str) and isinstance(new, str) and old != new:
        return _plain(old) == _plain(new)
    return old == new


def _plain(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip().replace("\r\n", "\n").replace("\r", "\n")


def fill_new(state: CustomerState, rec: CustomerRecord, owner_id: int | None) -> None:
    """The first record of a new customer: what :func:`merge` does to an empty state, faster."""
    state.values.update(rec.values)
    if owner_id is not None:
        state.values["owner_id"] = owner_id
    state.phones = list(rec.phones)
    state.emails = list(rec.emails)
    state.tags = list(rec.tags)
    state.custom = dict(rec.custom)


def merge(state: CustomerState, rec: CustomerRecord, owner_id: int | None, *, new: bool) -> bool:
    """Put what ``rec`` says into ``state``; True if anything changed."""
    before = len(state.changed)
    grew = False
    values = state.values
    if not new and not (values.get("given_name") or values.get("family_name")):
        parts = " ".join(str(rec.values[k]) for k in ("given_name", "family_name") if rec.values.get(k))
        if parts and _same(parts, values.get("display_name")):
            # the name split in two (as our vCard's N: writes it) says nothing new
            rec.values.pop("given_name", None)
            rec.values.pop("family_name", None)
    for name, value in rec.values.items():
        if name == "created_at" and not new:
            continue
        if not _same(state.values.get(name), value):
            state.values[name] = value
            state.changed.add(name)
    if owner_id is not None and state.values.get("owner_id") != owner_id:
        state.values["owner_id"] = owner_id
        state.changed.add("owner_id")
    known_phones = {p.e164 for p in state.phones}
    for phone in rec.phones:
        if phone.e164 not in known_phones:
            state.phones.append(phone)
            known_phones.add(phone.e164)
            grew = True
    known_emails = {e.casefold() for e in state.emails}
    for email in rec.emails:
        if email.casefold() not in known_emails:
            state.emails.append(email)
            known_emails.add(email.casefold())
            grew = True
    known_tags = {t.lower() for t in state.tags}
    for tag in rec.tags:
        if tag.lower() not in known_tags:
            state.tags.append(tag)
            known_tags.add(tag.lower())
            grew = True
    for key, value in rec.custom.items():
        if state.custom.get(key) != value:
            state.custom[key] = value
            grew = True
    if grew:
        _refresh_caches(state)
    return grew or len(state.changed) > before


def _refresh_caches(state: CustomerState) -> None:
    for name, value in (
        ("primary_phone", state.phones[0].e164 if state.phones else ""),
        ("primary_email", state.emails[0] if state.emails else ""),
        ("tag_names", ", ".join(state.tags)),
    ):
        if state.values.get(name) != value:
            state.values[name] = value
            state.changed.add(name)


def finish_new(state: CustomerState) -> None:
    """The display name and sort key of a customer about to be created."""
    values = state.values
    display = str(values.get("display_name") or "")
    if not display:
        given_family = " ".join(str(values[k]) for k in ("given_name", "family_name") if values.get(k))
        display = given_family or str(values.get("company") or "")
        display = display or (
            state.emails[0] if state.emails else (state.phones[0].raw if state.phones else "")
        )
        display = display or state.custom.get(UNVERIFIED_EMAIL) or state.custom.get(UNVERIFIED_PHONE) or ""
        display = display or str(values.get("external_id") or "")  # a sales file's customer number
    values["display_name"] = display
    values["sort_name"] = sort_key(display)
    _refresh_caches(state)


def rename(state: CustomerState) -> None:
    """Keep the sort key with a changed display name."""
    if "display_name" in state.changed:
        state.values["sort_name"] = sort_key(str(state.values["display_name"]))
        state.changed.add("sort_name")
