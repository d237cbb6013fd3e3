"""Importing deals: linked to their customer, put in a stage by its name.

A deal is the same as a stored one when its external id (or our own
reference from an export) matches, else when the customer has a live deal
with the same title (case-insensitive). New deals go on top of their stage
column, as the board adds them; a changed stage is recorded in the stage
history like a move on the board.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from crm_desktop.importing import messages as m
from crm_desktop.importing import values as v
from crm_desktop.importing.customer_link import CustomerLinker, Issues
from crm_desktop.importing.lookups import Users, next_id, parse_own_ref
from crm_desktop.importing.run import ImportRun
from crm_desktop.importing.source import SourceRow
from crm_desktop.io.mapping import Mapping, normalize_header
from crm_desktop.services.pipeline import POSITION_GAP

UPDATABLE = ("title", "value_minor", "currency", "stage_id", "expected_close", "owner_id", "lost_reason")
# a column no import field takes, read by its header (our export writes it)
LOST_REASON_HEADERS = frozenset({"lostreason", "reasonlost", "closedlostreason"})


def lost_reason_column(mapping: Mapping) -> int | None:
    for index, header in enumerate(mapping.headers):
        if index not in mapping.columns and normalize_header(header) in LOST_REASON_HEADERS:
            return index
    return None


class DealImporter:
    def __init__(self, run: ImportRun) -> None:
        self.run = run
        self.con = run.con
        self.linker = CustomerLinker(run)
        self.users = Users(run.con, run.changes, run.stamp)
        self.stages: dict[str, tuple[int, int, str]] = {}  # lower name -> id, pipeline, kind
        self.stage_names: list[str] = []
        for sid, pid, name, kind in self.con.execute(
            "SELECT s.id, s.pipeline_id, s.name, s.kind FROM stage s JOIN pipeline p ON p.id = s.pipeline_id "
            "ORDER BY p.position, p.id, s.position, s.id"
        ):
            self.stages.setdefault(name.casefold(), (sid, pid, kind))
            self.stage_names.append(name)
        self.default_stage = next((s for s in self.stages.values() if s[2] == "open"), None)
        self.top: dict[int, int] = {}
        self.seen: dict[tuple[object, ...], int] = {}
        self.touched: set[int] = set()
        self.lost_reason = lost_reason_column(run.mapping)

    def process(self, rows: Sequence[SourceRow]) -> None:
        run = self.run
        for row in rows:
            mapped = run.apply(row)
            issues: Issues = []
            values = self._values(mapped.fields, issues)
            if self.lost_reason is not None and row.cells[self.lost_reason].strip():
                values["lost_reason"] = v.text(row.cells[self.lost_reason])
            customer_id = self.linker.link(row, mapped, issues)
            if issues or customer_id is None:
                run.reject(row, row.line, issues)
                continue
            values["customer_id"] = customer_id
            if owner := values.pop("unknown_owner", None):
                run.note(row.line, m.OWNER_LEFT_OUT.format(value=owner), run.header("owner"))
            self.linker.flush()
            self._place(row, values)

    def _values(self, fields: dict[str, list[str]], issues: Issues) -> dict[str, Any]:
        run = self.run
        first = {name: vals[0] for name, vals in fields.items() if vals}
        values: dict[str, Any] = {"title": v.text(first.get("title", ""))}
        if not values["title"]:
            issues.append((run.header("title"), m.REQUIRED.format(what=m.THE_WORDS["title"])))
        code = None
        if "currency" in first:
            try:
                code = values["currency"] = v.currency(first["currency"])
            except v.FieldProblem as exc:
                issues.append((run.header("currency"), str(exc)))
        if "value" in first:
            try:
                money = v.money(first["value"], code, run.options.currency)
                values["currency"], values["value_minor"] = money.currency, money.minor
            except v.FieldProblem as exc:
                issues.append((run.header("value"), str(exc)))
            if values.get("value_minor", 0) < 0:
                issues.append((run.header("value"), m.VALUE_NEGATIVE))
        if first.get("stage", "").strip():
            stage = self.stages.get(v.text(first["stage"]).casefold())
            if stage is None:
                reason = m.UNKNOWN_STAGE.format(
                    value=first["stage"].strip(), choices=", ".join(self.stage_names)
                )
                issues.append((run.header("stage"), reason))
            else:
                values["stage_id"], values["pipeline_id"], values["status"] = stage
        elif self.default_stage is None:
            issues.append((run.header("stage"), m.NO_OPEN_STAGE))
        for name in ("expected_close", "created_at"):
            if name in first:
                convert = v.day if name == "expected_close" else v.moment
                try:
                    values[name] = convert(first[name], run.day_first_for(name))
                except v.FieldProblem as exc:
                    issues.append((run.header(name), str(exc)))
        values.setdefault("expected_close", None)
        owner = v.text(first.get("owner", ""))
        values["owner_id"] = self.users.find(owner) if owner else None
        if owner and values["owner_id"] is None:  # an import creates no users
            values["unknown_owner"] = owner
        ext = v.text(first.get("external_id", ""))
        values["own_id"] = parse_own_ref(ext, self.linker.index.db_id, "d")
        values["external_id"] = None if values["own_id"] is not None else (ext or None)
        return values

    def _place(self, row: SourceRow, values: dict[str, Any]) -> None:
        run = self.run
        key = (
            ("ext", values["external_id"] or values["own_id"])
            if values["external_id"] or values["own_id"]
            else (values["customer_id"], values["title"].casefold())
        )
        if key in self.seen and run.options.on_match != "create":
            run.note(
                row.line,
                m.DUPLICATE_MERGED.format(
                    kind=m.THING_WORDS["deal"], line=self.seen[key], key=m.KEY_WORDS["deal"]
                ),
            )
            run.counts.skipped += 1
            run.counts.merged += 1
            return
        self.seen.setdefault(key, row.line)
        stored = self._stored(values) if run.options.on_match != "create" else None
        if stored is None:
            self._create(values)
        elif run.options.on_match == "skip":
            run.counts.skipped += 1
        else:
            self._update(stored, values)

    def _stored(self, values: dict[str, Any]) -> dict[str, Any] | None:
        cols = [r[1] for r in self.con.execute('PRAGMA table_info("deal")')]
        live = "deleted_at IS NULL"
        if values["own_id"] is not None:
            row = self.con.execute(
                f"SELECT * FROM deal WHERE id = ? AND {live}", (values["own_id"],)
            ).fetchone()
        elif values["external_id"]:
            sql = f"SELECT * FROM deal WHERE external_id = ? AND {live} ORDER BY id"
            row = self.con.execute(sql, (values["external_id"],)).fetchone()
        else:
            sql = (
                f"SELECT * FROM deal WHERE customer_id = ? AND lower(title) = lower(?) AND {live} ORDER BY id"
            )
            row = self.con.execute(sql, (values["customer_id"], values["title"])).fetchone()
        return dict(zip(cols, row, strict=True)) if row else None

    def _create(self, values: dict[str, Any]) -> None:
        run = self.run
        if "stage_id" not in values and self.default_stage is not None:
            values["stage_id"], values["pipeline_id"], values["status"] = self.default_stage
        values = {"value_minor": 0, "currency": run.options.currency, **values}
        stage_id = values["stage_id"]
        if stage_id not in self.top:
            top = self.con.execute(
                "SELECT min(position) FROM deal WHERE stage_id = ?", (stage_id,)
            ).fetchone()[0]
            self.top[stage_id] = top if top is not None else POSITION_GAP
        self.top[stage_id] -= POSITION_GAP
        deal_id = next_id(self.con, "deal")
        closed = run.stamp if values["status"] != "open" else None
        self.con.execute(
            "INSERT INTO deal (id, customer_id, title, value_minor, currency, pipeline_id, stage_id, "
            "position, expected_close, owner_id, status, closed_at, lost_reason, stage_entered_at, "
            "last_activity_at, created_at, updated_at, deleted_at, external_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)",
            (
                deal_id, values["customer_id"], values["title"], values["value_minor"], values["currency"],
                values["pipeline_id"], stage_id, self.top[stage_id], values["expected_close"],
                values["owner_id"], values["status"], closed, values.get("lost_reason", ""), run.stamp,
                run.stamp, values.get("created_at") or run.stamp, run.stamp, values["external_id"],
            ),
        )  # fmt: skip
        run.changes.created("deal", [deal_id])
        self._stage_change(deal_id, None, stage_id)
        run.counts.created += 1
        self.touched.add(values["customer_id"])

    def _stage_change(self, deal_id: int, old: int | None, new: int) -> None:
        cursor = self.con.execute(
            "INSERT INTO deal_stage_change (deal_id, from_stage_id, to_stage_id, changed_at, user_id) "
            "VALUES (?, ?, ?, ?, NULL)",
            (deal_id, old, new, self.run.stamp),
        )
        self.run.changes.created("deal_stage_change", [int(cursor.lastrowid or 0)])

    def _update(self, stored: dict[str, Any], values: dict[str, Any]) -> None:
        run = self.run
        if values["external_id"] is None and values["own_id"] is None:
            values = dict(values, title=stored["title"])  # matched by title: keep its spelling
        changed = {c: values[c] for c in UPDATABLE if values.get(c) is not None and stored[c] != values[c]}
        if values.get("external_id") and stored["external_id"] != values["external_id"]:
            changed["external_id"] = values["external_id"]
        if not changed:
            run.counts.skipped += 1
            run.counts.unchanged += 1
            return
        run.changes.updated("deal", stored["id"], {k: stored[k] for k in stored if k != "id"})
        if "stage_id" in changed:
            closed = run.stamp if values["status"] != "open" else None
            changed |= {"status": values["status"], "closed_at": closed, "stage_entered_at": run.stamp}
            changed |= {"pipeline_id": values["pipeline_id"], "lost_reason": values.get("lost_reason", "")}
            self._stage_change(stored["id"], stored["stage_id"], values["stage_id"])
        changed["updated_at"] = run.stamp
        sets = ", ".join(f'"{c}" = ?' for c in changed)
        self.con.execute(f"UPDATE deal SET {sets} WHERE id = ?", [*changed.values(), stored["id"]])
        run.counts.updated += 1
        self.touched.add(values["customer_id"])

    def finish(self) -> None:
        """Deals feed no customer cache; nothing more to do."""
