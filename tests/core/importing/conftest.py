"""Helpers for the import engine tests: run an import, dump the whole database."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.db.store import Store
from crm_desktop.importing import ImportFile, ImportOptions, ImportResult, run_import

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"
SKIPPED_TABLES = ("import_batch", "import_change", "sqlite_")


@pytest.fixture(autouse=True)
def dhaka_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is Bangladesh time (UTC+6), so local→UTC conversions show in the tests."""
    monkeypatch.setenv("TZ", "Asia/Dhaka")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def corpus_path(relative: str) -> Path:
    return CORPUS / relative


def run(
    source: bytes | str | Path, *, name: str | None = None, dry_run: bool = False, **options: Any
) -> ImportResult:
    """Import bytes (as a file called ``name``) or a file, with ImportOptions(**options)."""
    file = ImportFile(source if isinstance(source, bytes) else str(source), name=name)
    return run_import(file, ImportOptions(**options), dry_run=dry_run)


def csv_bytes(text: str, encoding: str = "utf-8") -> bytes:
    return text.encode(encoding)


def dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table that holds data (not the import history), and the search index."""
    con = store.db.connection()
    names = [
        n
        for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        if not n.startswith(SKIPPED_TABLES) and not n.startswith("customer_search")
    ]
    out = {name: con.execute(f'SELECT * FROM "{name}" ORDER BY 1').fetchall() for name in names}
    out["customer_search"] = con.execute("SELECT rowid, * FROM customer_search ORDER BY rowid").fetchall()
    return out


def rows(store: Store, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    return store.db.connection().execute(sql, params).fetchall()


def problems(result: ImportResult) -> list[tuple[int, str | None]]:
    return [(p.line, p.column) for p in result.problems]


def counts(result: ImportResult) -> tuple[int, int, int, int]:
    return result.created, result.updated, result.skipped, result.rejected
