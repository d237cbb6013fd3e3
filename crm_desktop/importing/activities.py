"""Importing purchases (a shop's sales, e.g. a point-of-sale export) and interactions.

Each row is linked to its customer (:mod:`.customer_link`), checked, and
compared with what is stored: a purchase with a receipt number is the same
purchase as a stored one of that customer with that number; without one
(and for interactions) only an identical stored row is the same. A row the
same as an earlier row of the file is merged into it. Matches follow
``on_match``; an update keeps the old row for undo. The customers' caches
(last purchase, lifetime value, last contact) are brought up to date at the
end, in SQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from crm_desktop.importing import messages as m
from crm_desktop.importing import values as v
from crm_desktop.importing.customer_link import CustomerLinker, Issues
from crm_desktop.importing.customer_store import chunks
from crm_desktop.importing.line_items import Orders, insert_items, is_line_items
from crm_desktop.importing.run import ImportRun
from crm_desktop.importing.source import SourceRow
from crm_desktop.io.mapping import MappedRow
from crm_desktop.money import Money
from crm_desktop.services.purchases import refresh_purchase_caches

COLUMNS = {
    "purchase": ("customer_id", "occurred_at", "amount_minor", "currency", "description", "reference"),
    "interaction": ("customer_id", "channel", "direction", "occurred_at", "subject", "body"),
}
# what makes two rows the same purchase / interaction (reference-less purchases: every column)
SAME = {
    "purchase": ("customer_id", "occurred_at", "amount_minor", "currency", "description"),
    "interaction": COLUMNS["interaction"],
}


def _key(table: str, values: dict[str, Any]) -> tuple[object, ...]:
    if table == "purchase" and values["reference"]:
        return (values["customer_id"], "ref", values["reference"])
    return tuple(values[c] for c in SAME[table])


class ActivityImporter:
    def __init__(self, run: ImportRun) -> None:
        self.run = run
        self.table = "purchase" if run.options.entity == "purchases" else "interaction"
        self.linker = CustomerLinker(run)
        self.seen: dict[tuple[object, ...], int] = {}  # key -> first line
        self.customers: set[int] = set()
        self.last_contact: dict[int, str] = {}
        # a file of line items (quantity, unit price or SKU mapped): lines are grouped into
        # purchases by receipt number and written at the end
        self.orders: Orders | None = Orders(run) if self.table == "purchase" and is_line_items(run) else None

    def process(self, rows: Sequence[SourceRow]) -> None:
        if self.orders is not None:
            for row in rows:
                self.orders.add(row, self.linker)
            self.linker.flush()
            return
        run = self.run
        good: list[tuple[SourceRow, dict[str, Any]]] = []
        for row in rows:
            mapped = run.apply(row)
            issues: Issues = []
            values = self._values(row, mapped, issues)
            customer_id = self.linker.link(row, mapped, issues)
            if issues or values is None or customer_id is None:
                run.reject(row, row.line, issues)
                continue
            status = mapped.first("status")
            if status and v.no_sale(status):
                run.counts.skipped += 1  # a failed or cancelled payment took no money
                run.note(row.line, m.NOT_A_SALE.format(value=status.strip()), run.header("status"))
                continue
            if values.get("amount_minor") == 0 and "refunded" in run.columns:
                run.counts.skipped += 1  # refunded in full: no sale
                continue
            values["customer_id"] = customer_id
            good.append((row, values))
        self.linker.flush()
        self._write(good)

    def _write(self, good: list[tuple[SourceRow, dict[str, Any]]]) -> list[tuple[dict[str, Any], int]]:
        """Match each row's values with what is stored, then insert, update or skip; the inserted
        values with their new ids."""
        run = self.run
        stored = self._stored({values["customer_id"] for _, values in good})
        inserts: list[dict[str, Any]] = []
        for row, values in good:
            key = _key(self.table, values)
            if key in self.seen and run.options.on_match != "create":
                line = self.seen[key]
                run.note(
                    row.line,
                    m.DUPLICATE_MERGED.format(
                        kind=m.word(m.THING_WORDS, self.table), line=line, key=m.KEY_WORDS["details"]
                    ),
                )
                run.counts.skipped += 1
                run.counts.merged += 1
                continue
            self.seen.setdefault(key, row.line)
            match = stored.get(key)
            if match is None or run.options.on_match == "create":
                inserts.append(values)
            elif run.options.on_match == "skip":
                run.counts.skipped += 1
            else:
                self._update(match, values)
        return self._insert(inserts)

    def _values(self, row: SourceRow, mapped: MappedRow, issues: Issues) -> dict[str, Any] | None:
        fields = mapped.fields
        run = self.run
        first = {name: vals[0] for name, vals in fields.items() if vals}
        convert = run.converter(first, issues)

        if self.table == "purchase":
            return self._purchase(first, convert, issues)
        channel = convert("channel", v.channel) if "channel" in first else "note"
        direction = convert("direction", v.direction) if "direction" in first else "out"
        values = {
            "channel": channel,
            "direction": direction,
            "occurred_at": self._when("occurred_at", first, convert, issues),
            "subject": v.text(first.get("subject", "")),
            "body": v.text(first.get("body", "")),
        }
        if channel == "note" and not (values["subject"] or values["body"]):
            issues.append((run.header("body"), m.NOTE_EMPTY))
        return values

    def _when(self, name: str, first: dict[str, str], convert: Any, issues: Issues) -> str | None:
        if name not in first:
            issues.append((self.run.header(name), m.REQUIRED.format(what=m.THE_WORDS["date"])))
            return None
        return convert(name, v.moment, self.run.day_first_for(name), self.run.utc_column(name))

    def _purchase(self, first: dict[str, str], convert: Any, issues: Issues) -> dict[str, Any]:
        run = self.run
        code = convert("currency", v.currency) if "currency" in first else None
        amount = None
        if "amount" not in first:
            issues.append((run.header("amount"), m.REQUIRED.format(what=m.THE_WORDS["amount"])))
        else:
            amount = convert("amount", v.money, code, run.options.currency)
            refunded = (
                convert("refunded", v.money, code, run.options.currency) if "refunded" in first else None
            )
            if amount is not None and refunded is not None:
                amount = Money(amount.minor - refunded.minor, amount.currency)  # refunds subtracted
                if amount.minor == 0:
                    return {"amount_minor": 0}  # refunded in full: no sale (skipped)
            if amount is not None and amount.minor == 0:
                issues.append((run.header("amount"), m.AMOUNT_ZERO))
        description = "\n".join(
            t for t in (v.text(first.get("description", "")), v.text(first.get("notes", ""))) if t
        )
        return {
            "occurred_at": self._when("purchase_date", first, convert, issues),
            "amount_minor": amount.minor if amount is not None else 0,
            "currency": amount.currency if amount is not None else run.options.currency,
            "description": description,
            "reference": v.text(first.get("reference", "")),
        }

    def _stored(self, customer_ids: set[int]) -> dict[tuple[object, ...], dict[str, Any]]:
        cols = COLUMNS[self.table]
        out: dict[tuple[object, ...], dict[str, Any]] = {}
        for part in chunks(sorted(customer_ids)):
            marks = ",".join("?" * len(part))
            sql = (
                f'SELECT id, {", ".join(cols)} FROM "{self.table}" '
                f"WHERE deleted_at IS NULL AND customer_id IN ({marks})"
            )
            for row in self.run.con.execute(sql, list(part)):
                values = dict(zip(("id", *cols), row, strict=True))
                out.setdefault(_key(self.table, values), values)
        return out

    def _update(self, stored: dict[str, Any], values: dict[str, Any]) -> None:
        run = self.run
        changed = [c for c in COLUMNS[self.table] if stored[c] != values[c]]
        if not changed:
            run.counts.skipped += 1
            run.counts.unchanged += 1
            return
        before = {c: stored[c] for c in changed}
        run.changes.updated(self.table, stored["id"], before)
        sets = ", ".join(f'"{c}" = ?' for c in changed)
        run.con.execute(
            f'UPDATE "{self.table}" SET {sets} WHERE id = ?', [*(values[c] for c in changed), stored["id"]]
        )
        run.counts.updated += 1
        self._touch(values)

    def _insert(self, rows: list[dict[str, Any]]) -> list[tuple[dict[str, Any], int]]:
        if not rows:
            return []
        run = self.run
        cols = (*COLUMNS[self.table], "created_at")
        first_id = int(run.con.execute(f'SELECT coalesce(max(id), 0) + 1 FROM "{self.table}"').fetchone()[0])
        sql = (
            f'INSERT INTO "{self.table}" (id, {", ".join(cols)}) VALUES ({", ".join("?" * (len(cols) + 1))})'
        )
        run.con.executemany(
            sql, ([first_id + i, *(r[c] for c in COLUMNS[self.table]), run.stamp] for i, r in enumerate(rows))
        )
        run.changes.created(self.table, range(first_id, first_id + len(rows)))
        run.counts.created += len(rows)
        for values in rows:
            self._touch(values)
        return [(values, first_id + i) for i, values in enumerate(rows)]

    def _touch(self, values: dict[str, Any]) -> None:
        cid = values["customer_id"]
        self.customers.add(cid)
        if self.table == "interaction":
            when = values["occurred_at"]
            if when > self.last_contact.get(cid, ""):
                self.last_contact[cid] = when

    def finish(self) -> None:
        run = self.run
        if self.orders is not None:
            insert_items(run, self._write(self.orders.purchases()))
        if self.table == "purchase":
            refresh_purchase_caches(sorted(self.customers))
            return
        for part in chunks(sorted(self.last_contact)):
            marks = ",".join("?" * len(part))
            rows = run.con.execute(
                f"SELECT id, last_contact_at FROM customer WHERE id IN ({marks})", list(part)
            )
            for cid, old in rows:
                new = self.last_contact[cid]
                if old is None or old < new:
                    run.changes.updated("customer_cache", cid, {"last_contact_at": old})
                    run.con.execute("UPDATE customer SET last_contact_at = ? WHERE id = ?", (new, cid))
