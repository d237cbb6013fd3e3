"""Which customer a purchase, deal or interaction row belongs to.

The row names its customer by external id, email or phone (columns
``customer_external_id``, ``customer_email``, ``customer_phone``), tried in
the order of ``options.match``. No match is a problem for the row, or, with
``create_missing_customers``, a new customer with what the row gives.
"""

from __future__ import annotations

from collections.abc import Sequence

from crm_desktop.importing import messages as m
from crm_desktop.importing import values as v
from crm_desktop.importing.customer_record import CustomerRecord, keep_as_written
from crm_desktop.importing.customers import CustomerImporter
from crm_desktop.importing.lookups import CustomerIndex, name_key, parse_own_ref, same_person
from crm_desktop.importing.run import Counts, ImportRun
from crm_desktop.importing.source import SourceRow
from crm_desktop.io.mapping import MappedRow
from crm_desktop.services.customers import UNVERIFIED_EMAIL, UNVERIFIED_PHONE

Issues = list[tuple[str | None, str]]
ALL_KEYS = ("external_id", "email", "phone")


class CustomerLinker:
    def __init__(self, run: ImportRun) -> None:
        self.run = run
        self.index = CustomerIndex(run.con)
        self.created = Counts()
        self.customers = CustomerImporter(run, self.index, counts=self.created)

    def link(self, row: SourceRow, mapped: MappedRow, issues: Issues) -> int | None:
        """The customer id, or None with the problem added to ``issues``.

        A customer phone or email that cannot be verified does not lose the row when the row
        names its customer otherwise (another key, or a name): it is left out of the matching
        and kept, unverified, on a customer the row creates (with a warning). A phone shared by
        several customers is narrowed down by the row's customer name.
        """
        run = self.run
        name = v.text(mapped.first("customer_name"))
        given: list[tuple[str, str, str]] = []  # key, normalized value, as written
        odd: Issues = []  # (column, reason) of values that cannot be verified
        unverified: list[tuple[str, str, str | None, str]] = []  # key, as written, column, reason
        for key in run.options.match or ALL_KEYS:
            fld = "customer_" + key
            for raw in mapped.fields.get(fld, ()):
                value = self._normalize(row, key, raw, odd)
                if value is None:
                    if odd:
                        unverified.append((key, raw.strip(), *odd[-1]))
                    continue
                given.append((key, value, raw.strip()))
                ids = self.index.lookup(key, value)
                if len(ids) > 1 and name and key != "external_id":
                    ids = [i for i in ids if same_person(self.index.names.get(i, ""), name_key(name))] or ids
                if len(ids) == 1:
                    return ids[0]
                if len(ids) > 1:
                    reason = m.AMBIGUOUS_CUSTOMER.format(
                        what=m.word(m.MATCH_WORDS, key), value=raw.strip(), count=len(ids),
                        ids=", ".join(map(str, ids)),
                    )  # fmt: skip
                    issues.append((run.column_of(row, fld, raw), reason))
                    return None
        if odd and not (given or name):
            issues += odd  # nothing else names the customer
            return None
        if not given:
            if name:  # a sales list that names its customers only by name
                ids = self.index.by_name.get(f"{name_key(name)}|", [])
                if len(ids) == 1:
                    return ids[0]
                if run.options.create_missing_customers:
                    return self._create(row, given, name, unverified)
            issues.append((None, m.NO_CUSTOMER_COLUMN))
            return None
        if run.options.create_missing_customers:
            return self._create(row, given, name, unverified)
        key, _value, raw = given[0]
        issues.append(
            (
                run.column_of(row, "customer_" + key, raw),
                m.NO_CUSTOMER.format(what=m.word(m.THE_WORDS, key), value=raw),
            )
        )
        return None

    def _normalize(self, row: SourceRow, key: str, raw: str, issues: Issues) -> str | None:
        try:
            if key == "email":
                return v.email(raw).casefold()
            if key == "phone":
                return v.phone(raw, self.run.region).e164
        except v.FieldProblem as exc:
            issues.append((self.run.column_of(row, "customer_" + key, raw), str(exc)))
            return None
        return v.identifier(raw) or None

    def _create(
        self,
        row: SourceRow,
        given: list[tuple[str, str, str]],
        name: str = "",
        unverified: Sequence[tuple[str, str, str | None, str]] = (),
    ) -> int:
        """A new customer with the name the file gives (``Billing Name``), not its phone number;
        the values that cannot be verified kept as written (and said, as warnings)."""
        rec = CustomerRecord(row.line)
        if name:
            rec.values["display_name"] = name
        for key, raw, column, reason in unverified:
            target = UNVERIFIED_PHONE if key == "phone" else UNVERIFIED_EMAIL
            if key in ("phone", "email"):
                note = m.KEPT_UNVERIFIED.format(reason=reason, field=target)
                keep_as_written(rec, target, raw, note, column)
                self.run.note(row.line, note, column)
        for key, _value, raw in given:
            if key == "email":
                rec.emails.append(v.email(raw))
            elif key == "phone":
                rec.phones.append(v.phone(raw, self.run.region))
            elif parse_own_ref(raw, self.index.db_id, "c") is None:
                rec.values["external_id"] = v.identifier(raw)
        return self.customers.stage(rec)

    def flush(self) -> None:
        self.customers.flush()
