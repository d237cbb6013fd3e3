"""Issue 15's yardstick as a test: every real and shape-made contact file, imported by default,
keeps every person it names, and importing it again adds nobody."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.db.store import Store
from crm_desktop.io import parse_vcards
from tests.core.importing.conftest import CORPUS, rows, run

SALES = {"retail_by_day.csv", "shopify_orders.csv", "stripe_payments.csv"}
NOT_PEOPLE = {"bangladesh_districts_noheader.csv"}
FILES = sorted(
    p
    for p in [*CORPUS.glob("*/*"), *(CORPUS.parent / "shapes").glob("*")]
    if p.suffix in (".csv", ".vcf") and p.name not in SALES | NOT_PEOPLE
)


def _names(store: Store) -> set[str]:
    found: set[str] = set()
    for display, given, family, company in rows(
        store, "SELECT display_name, given_name, family_name, company FROM customer"
    ):
        found |= {
            " ".join(n.casefold().split())
            for n in (display, given, family, company, f"{given} {family}")
            if n
        }
    return found


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_named_person_is_kept_and_a_second_import_adds_nobody(store: Store, path: Path) -> None:
    result = run(path)
    assert result.status == "imported", (result.message, result.problems[:3])
    assert result.rejected == 0
    if path.suffix == ".vcf":
        named = [c.formatted_name or c.structured_name() for c in parse_vcards(path.read_bytes()).contacts]
        named = [n for n in named if n.strip()]
        names = _names(store)
        assert all(" ".join(n.casefold().split()) in names for n in named)
    count = rows(store, "SELECT count(*) FROM customer")
    again = run(path)
    assert again.created == 0 and again.already_imported is not None
    assert rows(store, "SELECT count(*) FROM customer") == count
