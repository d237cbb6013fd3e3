"""How many real people survive an import: every corpus and shape file, into a fresh database.

    .venv/bin/python bench/import_corpus.py [--json] [FILE ...]

For every CSV and vCard in ``tests/data/corpus`` and ``tests/data/shapes``
(or the files given), imports it as a user would — kind guessed from the file
(customers, or purchases for a sales file), mapping suggested — into a new
temporary SQLite database, twice: by default and with "skip invalid rows".
Per file it prints

* rows: records in the file;
* named: records that name anyone (a name cell, judged by this script's own
  list of name headers, not by the importer's mapping);
* kept: records the import kept (0 when the whole file was refused);
* found: named records whose name is on a stored customer afterwards (a
  person merged into someone else or renamed is not found);
* again: customers added by importing the same file a second time (duplicates);
* revenue / file sum for sales files (the file's own sum: quantity × unit
  price, or its amount column).

The totals line is the issue-15 yardstick: found / named by default and with
skip-invalid.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import tempfile
from dataclasses import asdict, dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crm_desktop.db.store import Store, opened  # noqa: E402
from crm_desktop.importing import ImportFile, ImportOptions, ImportRefused, run_import  # noqa: E402
from crm_desktop.io import parse_vcards  # noqa: E402

FOLDERS = (ROOT / "tests" / "data" / "corpus", ROOT / "tests" / "data" / "shapes")
# headers that hold a person's or a company's name (compared lower-case, without spaces)
NAME_HEADERS = {
    "name", "displayname", "fullname", "firstname", "lastname", "givenname", "familyname",
    "customer", "company", "organization1-name", "organizationname", "firmenname",
    "billingname", "customerdescription", "defaultaddresscompany",
}  # fmt: skip
SALES_NAME_HEADERS = {"billingname", "customerdescription", "customername"}
NOT_PEOPLE = {"bangladesh_districts_noheader.csv"}  # districts, not people
SALES = {"retail_by_day.csv", "shopify_orders.csv", "stripe_payments.csv"}
PLACEHOLDERS = {"", "-", "—", "n/a", "none", "null", "#n/a"}


@dataclass
class Line:
    file: str
    rows: int = 0
    named: int = 0
    kept_default: int = 0
    found_default: int = 0
    kept_skip: int = 0
    found_skip: int = 0
    again: int = 0
    revenue: str = ""
    file_sum: str = ""
    note: str = ""


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def named_rows(path: Path) -> list[set[str]]:
    """Per record that names anyone: the name texts it holds."""
    if path.name in NOT_PEOPLE:
        return []
    if path.suffix == ".vcf":
        out = []
        for card in parse_vcards(path.read_bytes()).contacts:
            names = {n for n in (card.formatted_name, card.structured_name(), card.organization) if n.strip()}
            if names:
                out.append({_key(n) for n in names})
        return out
    raw = path.read_bytes()
    text = None
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    assert text is not None
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    headers = ["".join(h.casefold().split()) for h in next(reader)]
    names = SALES_NAME_HEADERS if path.name in SALES else NAME_HEADERS
    cols = [i for i, h in enumerate(headers) if h in names]
    out = []
    for row in reader:
        names = {_key(row[i]) for i in cols if i < len(row) and row[i].strip().casefold() not in PLACEHOLDERS}
        if names:
            out.append(names)
    return out


def stored_names(store: Store) -> set[str]:
    con = store.db.connection()
    names: set[str] = set()
    for display, given, family, company in con.execute(
        "SELECT display_name, given_name, family_name, company FROM customer WHERE deleted_at IS NULL"
    ):
        names.update(
            _key(n) for n in (display, given, family, company, f"{given} {family}") if n and n.strip()
        )
    return names


def file_sum(path: Path) -> Decimal | None:
    with open(path, encoding="utf-8-sig", newline="") as fp:
        rows = list(csv.DictReader(fp))
    total = Decimal(0)
    try:
        if "Quantity" in rows[0]:
            for r in rows:
                total += Decimal(r["Quantity"]) * Decimal(r["UnitPrice"])
        elif "Lineitem quantity" in rows[0]:
            for r in rows:
                total += Decimal(r["Lineitem quantity"]) * Decimal(r["Lineitem price"])
        else:
            for r in rows:
                total += Decimal(r["Amount"]) - Decimal(r.get("Amount Refunded") or 0)
    except (KeyError, InvalidOperation):
        return None
    return total


def _import(path: Path, entity: str, skip: bool) -> tuple[int, str]:
    options = ImportOptions(entity=entity, skip_invalid=skip)
    if entity == "purchases":
        options.create_missing_customers = True
    try:
        result = run_import(ImportFile(str(path)), options)
    except ImportRefused as exc:
        return 0, str(exc).splitlines()[0][:70]
    kept = result.rows - result.rejected if result.written or result.status == "unchanged" else 0
    return kept, "" if result.written else f"{result.status}: {result.message}"[:70]


def measure(path: Path, tmp: Path) -> Line:
    line = Line(path.name)
    entity = "purchases" if path.name in SALES else "customers"
    people = named_rows(path)
    line.named = len(people)
    for skip in (False, True):
        db = tmp / f"{path.stem}-{skip}.sqlite3"
        with opened(db) as store:
            kept, note = _import(path, entity, skip)
            names = stored_names(store)
            found = sum(1 for p in people if p & names)
            if skip:
                line.kept_skip, line.found_skip = kept, found
                count = store.db.connection().execute("SELECT count(*) FROM customer").fetchone()[0]
                _import(path, entity, skip)
                line.again = (
                    store.db.connection().execute("SELECT count(*) FROM customer").fetchone()[0] - count
                )
                if entity == "purchases":
                    con = store.db.connection()
                    minor = con.execute(
                        "SELECT coalesce(sum(amount_minor), 0) FROM purchase WHERE deleted_at IS NULL"
                    ).fetchone()[0]
                    line.revenue = f"{Decimal(minor) / 100:.2f}"
                    total = file_sum(path)
                    line.file_sum = f"{total:.2f}" if total is not None else "?"
            else:
                line.kept_default, line.found_default = kept, found
                line.note = note
        line.rows = max(line.rows, _rows(path))
    return line


def _rows(path: Path) -> int:
    if path.suffix == ".vcf":
        return len(parse_vcards(path.read_bytes()).contacts)
    return ImportFile(str(path)).estimate_rows(ImportFile(str(path)).open(ImportOptions()).info)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    files = args.files or [
        *sorted(p for p in FOLDERS[0].glob("*/*") if p.suffix in (".csv", ".vcf")),
        *sorted(p for p in FOLDERS[1].glob("*") if p.suffix in (".csv", ".vcf")),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        lines = [measure(p, Path(tmp)) for p in files]
    if args.json:
        print(json.dumps([asdict(x) for x in lines], indent=1))
        return 0
    print(
        f"{'file':38} {'rows':>4} {'named':>5} | {'default kept/found':>18} | "
        f"{'skip kept/found':>15} | again | revenue/sum"
    )
    for x in lines:
        money = f"{x.revenue}/{x.file_sum}" if x.file_sum else ""
        print(
            f"{x.file:38} {x.rows:4} {x.named:5} | {x.kept_default:8}/{x.found_default:<9} | "
            f"{x.kept_skip:7}/{x.found_skip:<7} | {x.again:5} | {money}  {x.note}"
        )
    named = sum(x.named for x in lines)
    fd, fs = sum(x.found_default for x in lines), sum(x.found_skip for x in lines)
    people = [x for x in lines if x.named]
    mean_d = sum(x.found_default / x.named for x in people) / max(len(people), 1)
    mean_s = sum(x.found_skip / x.named for x in people) / max(len(people), 1)
    print(
        f"MEAN per file with people ({len(people)}): "
        f"found by default {mean_d:.0%}, with skip-invalid {mean_s:.0%}"
    )
    print(
        f"TOTAL named {named}: found by default {fd} ({fd / max(named, 1):.0%}), "
        f"with skip-invalid {fs} ({fs / max(named, 1):.0%}); "
        f"duplicates on re-import {sum(x.again for x in lines)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
