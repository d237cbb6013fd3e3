"""Importing customers: check each row, find the customer it means, create or merge.

Per chunk of rows: every row is checked (:func:`.customer_record.build_record`);
each good row is matched, in the order of ``options.match``, first against
the rows already imported from this file (a repeated customer is merged into
its first row, never doubled), then against the database (unless
``on_match`` is "create"). The customers it matched are loaded in one go,
merged, and written; new ones are inserted in bulk.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from crm_desktop.importing import customer_store as store
from crm_desktop.importing import messages as m
from crm_desktop.importing.customer_record import (
    CustomerRecord,
    CustomerState,
    build_record,
    fill_new,
    finish_new,
    keep_as_written,
    merge,
    rename,
)
from crm_desktop.importing.lookups import (
    CustomerIndex,
    Tags,
    Users,
    name_key,
    next_id,
    parse_own_ref,
    person_name,
    same_person,
)
from crm_desktop.importing.run import Counts, ImportRun
from crm_desktop.importing.source import SourceRow
from crm_desktop.io.suggest import normalize_header
from crm_desktop.services import audit


@dataclass(slots=True)
class _Seen:
    customer_id: int
    line: int


class CustomerImporter:
    """Customers from rows (also used by the other kinds to create missing customers)."""

    entity = "customer"

    def __init__(
        self, run: ImportRun, index: CustomerIndex | None = None, counts: Counts | None = None
    ) -> None:
        """``index`` given: creating customers for another kind's rows, which look customers up
        in that index, so the new customers are added to it."""
        self.run = run
        self.keep_index = index is not None
        self.counts = counts or run.counts
        self.con = run.con
        self.index = index or CustomerIndex(run.con)
        self.tags = Tags(run.con, run.changes)
        self.users = Users(run.con, run.changes, run.stamp)
        self.seen: dict[tuple[str, str], _Seen] = {}
        self._names: dict[int, tuple[str, str]] = {}  # customer id -> its first named row's name key, name
        self.name_count: dict[str, int] = {}  # name|company key -> rows of this file with it, no other key
        self.touched: dict[int, int] = {}  # customer id -> first line of this file that touched it
        self.created: set[int] = set()
        self.snapshotted: set[int] = set()
        self.unchanged: set[int] = set()  # matched customers the file did not change (so far)
        self.revisited: set[int] = set()
        self._staged: list[tuple[CustomerRecord, int, str]] = []
        self._staged_pending: dict[int, CustomerState] = {}
        self._next_id = next_id(run.con, "customer")
        self.default_kind = accounts_kind(run)

    # --- the rows of one chunk -------------------------------------------------

    def process(self, rows: Sequence[SourceRow]) -> None:
        run = self.run
        pending: dict[int, CustomerState] = {}
        plan: list[tuple[CustomerRecord, int, str]] = []  # record, customer id, how
        for row in rows:
            result = build_record(run, row, run.apply(row))
            if not isinstance(result, CustomerRecord):
                run.reject(row, row.line, result)
                continue
            if self.default_kind and "kind" not in result.values:
                result.values["kind"] = self.default_kind
            if result.owner and self.users.find(result.owner) is None:
                header = run.header("owner") or "Owner"
                keep_as_written(
                    result, header, result.owner, m.OWNER_NOT_A_USER.format(value=result.owner, field=header)
                )
                result.owner = ""
            for column, reason in result.warnings:
                run.note(row.line, reason, column)
            ext = result.values.get("external_id")
            if isinstance(ext, str) and parse_own_ref(ext, self.index.db_id, "c") is not None:
                result.values.pop("external_id")  # our own reference is no external id here
                result.own_ref = ext
            resolved = self._resolve(row, result)
            if resolved is None:
                continue
            target, key = resolved
            if target and key != "external_id":
                _keep_fuller_name(result, self._known_name(target))
            if target == 0:
                target = self._new_id()
                pending[target] = store.new_state(target, run.stamp)
                plan.append((result, target, "new"))
            elif target in self.touched:
                line = self.touched[target]
                run.note(
                    row.line,
                    m.DUPLICATE_MERGED.format(
                        kind=m.THING_WORDS["customer"], line=line, key=m.word(m.KEY_WORDS, key)
                    ),
                )
                plan.append((result, target, "merge"))
            else:
                plan.append((result, target, "match"))
            self._remember(result, target)
        self.apply(plan, pending)

    def _new_id(self) -> int:
        self._next_id += 1
        return self._next_id - 1

    def _resolve(self, row: SourceRow, rec: CustomerRecord) -> tuple[int, str] | None:
        """(customer id, key it matched by) — id 0 for a new customer — or None when done with.

        A shared phone or email alone never makes two differently named rows one customer
        (a family phone, one billing address for several shops): the row becomes a
        customer of its own, with a note. A row with no phone, email or id is matched by
        its name (+ company), so importing a file again adds nobody.
        """
        options = self.run.options
        for key in options.match:
            for value in rec.keys(key):
                seen = self.seen.get((key, value))
                if seen is not None:
                    if key == "external_id" or same_person(self._known_name(seen.customer_id), _name_of(rec)):
                        return seen.customer_id, key
                    self._shared(row, rec, key, value, seen.customer_id)
            if options.on_match == "create":
                continue
            for value in rec.keys(key):
                found = self.index.lookup(key, value)
                ids = found
                if found and key != "external_id":
                    name = _name_of(rec)
                    ids = [i for i in found if same_person(self.index.names.get(i, ""), name)]
                    if not ids:
                        self._shared(row, rec, key, value, found[0])
                if len(ids) > 1 and options.on_match == "update":
                    where = self.run.column_of(row, key, value) if key != "external_id" else None
                    reason = m.AMBIGUOUS_MATCH.format(
                        what=m.word(m.MATCH_WORDS, key),
                        value=value,
                        count=len(ids),
                        ids=", ".join(map(str, ids)),
                    )
                    self.run.reject(row, rec.line, [(where or self.run.header(key), reason)])
                    return None
                if ids:
                    if options.on_match == "skip" and ids[0] not in self.touched:
                        self._skip(unchanged=False)
                        return None
                    return ids[0], key
        if options.on_match != "create" and not (rec.phones or rec.emails or rec.keys("external_id")):
            return self._by_name(rec, _name_of(rec))
        return 0, ""

    def _by_name(self, rec: CustomerRecord, name: str) -> tuple[int, str]:
        """The n-th row of the file with this name (+ company) and nothing else to match by is the
        n-th stored customer with it: two people of one name both stay, and come back the same."""
        company = name_key(str(rec.values.get("company") or ""))
        if not (name or company):
            return 0, ""
        key = f"{name}|{company}"
        nth = self.name_count.get(key, 0)
        self.name_count[key] = nth + 1
        ids = self.index.by_bare_name.get(key, [])  # a row with only a name found one with only a name
        if nth < len(ids) and ids[nth] not in self.touched:
            return ids[nth], "name"
        return 0, ""

    def _shared(self, row: SourceRow, rec: CustomerRecord, key: str, value: str, other: int) -> None:
        other_name = self.index.shown.get(other) or self._names.get(other, ("", ""))[1]
        where = self.run.column_of(row, key, value) if key != "external_id" else None
        reason = m.SAME_KEY_OTHER_NAME.format(
            what=m.word(m.THE_WORDS, key), value=value, other=other_name or str(other)
        )
        self.run.note(rec.line, reason, where or self.run.header(key))

    def _remember(self, rec: CustomerRecord, customer_id: int) -> None:
        self.touched.setdefault(customer_id, rec.line)
        if customer_id not in self._names and (name := _name_of(rec)):
            self._names[customer_id] = (name, _shown_name(rec))
        for key in self.run.options.match:
            for value in rec.keys(key):
                self.seen.setdefault((key, value), _Seen(customer_id, self.touched[customer_id]))

    def _known_name(self, customer_id: int) -> str:
        """The name key of a customer this file (its first named row) or the database names."""
        found = self._names.get(customer_id)
        return found[0] if found is not None else self.index.names.get(customer_id, "")

    def _skip(self, *, unchanged: bool, merged: bool = False) -> None:
        counts = self.counts
        counts.skipped += 1
        counts.unchanged += unchanged
        counts.merged += merged

    # --- merging and writing ----------------------------------------------------

    def apply(self, plan: list[tuple[CustomerRecord, int, str]], pending: dict[int, CustomerState]) -> None:
        run = self.run
        stored_ids = [cid for _, cid, _ in plan if cid not in pending]
        snaps = store.snapshots(self.con, stored_ids)
        states = {cid: store.state_of(self.con, cid, snaps[cid]) for cid in snaps}
        matched: list[int] = []
        for rec, cid, how in plan:
            state = pending.get(cid) or states[cid]
            owner = self.users.id(rec.owner) if rec.owner else None
            if how == "new":
                fill_new(state, rec, owner)
            else:
                shown = state.values.get("display_name")
                merge(state, rec, owner, new=cid in pending)
                if cid not in pending and shown and state.values.get("display_name") != shown:
                    # an import never renames someone without saying so (the dry run lists it)
                    new_name = str(state.values.get("display_name"))
                    run.note(
                        rec.line,
                        m.NAME_CHANGED.format(id=cid, old=shown, new=new_name),
                        run.header("display_name"),
                    )
            if how == "new":
                self.counts.created += 1
            elif how == "merge":
                self._skip(unchanged=False, merged=True)
            else:
                matched.append(cid)
        dirty = {cid: state for cid, state in states.items() if state.differs(snaps[cid]["customer"])}
        for cid in matched:
            if cid in dirty:
                self.counts.updated += 1
            else:
                self._skip(unchanged=True)
                self.unchanged.add(cid)
        for cid in dirty:
            if cid in self.unchanged and cid not in matched:  # a later row changed it after all
                self.unchanged.discard(cid)
                self.counts.unchanged -= 1
                self.counts.skipped -= 1
                self.counts.updated += 1
        new_states = list(pending.values())
        for state in new_states:
            finish_new(state)
        store.insert_new(self.con, new_states, self.tags)
        run.changes.created("customer", pending)
        self.created.update(pending)
        # a change to a customer who was there before is history, field by field, as a save
        # in the window writes it (services/audit.py), naming the import batch
        history = [cid for cid in dirty if cid not in self.created]
        batch = [("import", None, f"{run.file_name} (#{run.changes.batch_id})")]
        with audit.tracking("customer", history, "imported", extra=batch):
            for cid, state in dirty.items():
                if cid in self.snapshotted:
                    self.revisited.add(cid)  # changed by an earlier chunk, and again now
                elif cid not in self.created:
                    run.changes.updated("customer", cid, snaps[cid])
                    self.snapshotted.add(cid)
                rename(state)
                store.write_changes(self.con, state, self.tags, run.stamp)
        run.touched_customers.update(pending)
        run.touched_customers.update(dirty)
        if not self.keep_index:
            return  # rows of this file find these customers through ``seen``
        for state in (*new_states, *dirty.values()):
            for key in ("email", "phone", "external_id"):
                for value in _state_keys(state, key):
                    self.index.add(key, value, state.id)

    # --- customers named by rows of another kind ("create missing customers") ----

    def stage(self, rec: CustomerRecord) -> int:
        """The id of the customer ``rec`` describes, created when this chunk is flushed."""
        resolved = self._resolve_seen(rec)
        if resolved is None:
            resolved = self._new_id()
            self._staged_pending[resolved] = store.new_state(resolved, self.run.stamp)
            self._staged.append((rec, resolved, "new"))
        self._remember(rec, resolved)
        return resolved

    def _resolve_seen(self, rec: CustomerRecord) -> int | None:
        for key in self.run.options.match or ("external_id", "email", "phone"):
            for value in rec.keys(key):
                seen = self.seen.get((key, value))
                if seen is not None:
                    return seen.customer_id
        return None

    def flush(self) -> None:
        """Create the customers staged since the last flush."""
        if self._staged:
            self.apply(self._staged, self._staged_pending)
            self._staged, self._staged_pending = [], {}

    def finish(self) -> None:
        """Undo the "updates" that later rows of the file took back (the same customer twice,
        far apart, with different values): what is stored equals what was there, so it is
        put back exactly (``updated_at`` too) and counted as unchanged."""
        run = self.run
        run.changes.flush(self.con)
        for part in store.chunks(sorted(self.revisited)):
            marks = ",".join("?" * len(part))
            befores = {
                row_id: json.loads(before)
                for row_id, before in self.con.execute(
                    "SELECT row_id, before FROM import_change WHERE batch_id = ? AND entity = 'customer' "
                    f"AND action = 'updated' AND row_id IN ({marks})",
                    [run.changes.batch_id, *part],
                )
            }
            for cid, now in store.snapshots(self.con, part).items():
                before = befores[cid]
                now["customer"]["updated_at"] = before["customer"]["updated_at"]
                if now == before:
                    store.restore(self.con, cid, before)
                    self.con.execute(
                        "DELETE FROM import_change WHERE batch_id = ? AND entity = 'customer' AND row_id = ?",
                        (run.changes.batch_id, cid),
                    )
                    self.counts.updated -= 1
                    self._skip(unchanged=True)


# headers only a file of accounts (companies) has: Salesforce's and Dynamics' account exports
_ACCOUNT_HEADERS = frozenset(
    {"accountnumber", "accountname", "annualrevenue", "numberofemployees", "tickersymbol", "accountsource"}
)


def accounts_kind(run: ImportRun) -> str | None:
    """ "business" for a file of accounts (companies, not people): its rows are businesses unless
    a kind column says otherwise."""
    if run.options.entity != "customers" or {"given_name", "family_name", "kind"} & set(run.columns):
        return None
    keys = {normalize_header(h) for h in run.mapping.headers}
    return "business" if len(keys & _ACCOUNT_HEADERS) >= 2 else None


def _shown_name(rec: CustomerRecord) -> str:
    values = rec.values
    shown = values.get("display_name") or " ".join(
        str(values[k]) for k in ("given_name", "family_name") if values.get(k)
    )
    return str(shown)


def _name_of(rec: CustomerRecord) -> str:
    if rec.name_key is None:
        rec.name_key = person_name(rec.values)
    return rec.name_key


def _keep_fuller_name(rec: CustomerRecord, known: str) -> None:
    """A row matched by phone, email or name does not shorten the name it matched: "A. Karim"
    leaves "Abdul Karim" as it is (a fuller name, "Rahim" → "Rahim Uddin", is taken)."""
    mine = _name_of(rec)
    if known and mine and mine != known and len(mine) <= len(known):
        for name in ("display_name", "given_name", "family_name"):
            rec.values.pop(name, None)
        rec.name_key = None


def _state_keys(state: CustomerState, key: str) -> list[str]:
    if key == "email":
        return [e.casefold() for e in state.emails]
    if key == "phone":
        return [p.e164 for p in state.phones]
    ext = state.values.get("external_id")
    return [str(ext)] if ext else []
