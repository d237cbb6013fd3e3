"""Exports: every field round-trips through our import; files stream page by page."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.db.store import Store, open_store
from crm_desktop.demo import generate
from crm_desktop.exporting import ExportCancelled, columns, export_csv, export_vcards
from crm_desktop.importing import ImportFile, ImportOptions, run_import
from crm_desktop.io import parse_vcards, suggest_mapping
from crm_desktop.services.customers import CustomerInput, create_customer
from tests.core.importing.conftest import dhaka_time, dump, rows  # noqa: F401 - fixture

KINDS = ("customers", "purchases", "deals", "interactions")


@pytest.fixture
def shop(store: Store, monkeypatch: pytest.MonkeyPatch) -> Store:
    generate(store, customers=120, seed=11)
    create_customer(
        CustomerInput(
            display_name='=HYPERLINK("http://evil")', phones=["+8801712345678", "01812-345678"],
            emails=["a@example.com"], notes="line one\r\nline two, with \"quotes\"", tags=["@team", "VIP"],
            custom_fields={"Email": "not a field", "Blood group": "B+"}, external_id="  ",
        )
    )  # fmt: skip
    monkeypatch.setattr(columns, "PAGE", 17)  # many pages even for a small shop
    return store


def _export_all(folder: Path) -> dict[str, bytes]:
    folder.mkdir(exist_ok=True)
    out = {}
    for kind in KINDS:
        export_csv(kind, folder / f"{kind}.csv")
        out[kind] = (folder / f"{kind}.csv").read_bytes()
    return out


def test_headers_map_back_to_the_fields_they_came_from() -> None:
    assert [f for f in suggest_mapping(columns.CUSTOMER_HEADERS).values()] == [
        "display_name", "given_name", "family_name", "kind", "company", "phone", "email", "address",
        "city", "birthday", "source", "interests", "notes", "facebook", "tags", "owner", "external_id",
        "created_at",
    ]  # fmt: skip
    assert list(suggest_mapping(columns.DEAL_HEADERS, "deals").values()) == [
        "title", "value", "currency", "stage", "expected_close", "owner", "external_id", "created_at",
        "customer_external_id", "customer_email", "customer_phone", None, None,
    ]  # fmt: skip
    assert None not in list(suggest_mapping(columns.PURCHASE_HEADERS, "purchases").values())[:-1]
    assert None not in list(suggest_mapping(columns.INTERACTION_HEADERS, "interactions").values())[:-1]


def test_export_import_into_an_empty_database_then_export_again_gives_the_same_files(
    shop: Store, tmp_path: Path
) -> None:
    first = _export_all(tmp_path / "a")
    staff = rows(shop, 'SELECT id, name, email, created_at FROM "user" ORDER BY id')
    shop.close()
    with open_store(tmp_path / "empty.sqlite3") as _empty:
        # an import creates no users (issue 15): the new database has the same staff first
        con = _empty.db.connection()
        con.execute('DELETE FROM "user"')
        con.executemany('INSERT INTO "user" (id, name, email, created_at) VALUES (?, ?, ?, ?)', staff)
        for kind in KINDS:
            result = run_import(ImportFile(str(tmp_path / "a" / f"{kind}.csv")), ImportOptions(entity=kind))
            assert result.status == "imported" and result.rejected == 0, (kind, result.problems[:3])
        second = _export_all(tmp_path / "b")
    for kind in KINDS:
        assert first[kind] == second[kind], kind


def test_importing_an_export_into_the_same_database_changes_nothing(shop: Store, tmp_path: Path) -> None:
    files = _export_all(tmp_path / "a")
    before = dump(shop)
    for kind in KINDS:
        result = run_import(ImportFile(files[kind], name=f"{kind}.csv"), ImportOptions(entity=kind))
        assert (result.created, result.updated, result.rejected) == (0, 0, 0), kind
        assert result.status == "unchanged"
    assert dump(shop) == before


def test_formula_guard_keeps_phones_readable(shop: Store, tmp_path: Path) -> None:
    export_csv("customers", tmp_path / "c.csv", bom=True)
    raw = (tmp_path / "c.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfName,")
    text = raw.decode("utf-8-sig")
    assert '\'=HYPERLINK(""http://evil"")' in text
    assert "+8801712345678 ::: 01812-345678" in text  # a number is never guarded
    assert "'@team, VIP" in text
    assert "Custom: Blood group" in text and "Custom: Email" in text


def test_the_current_filtered_list_in_its_order(shop: Store, tmp_path: Path) -> None:
    wanted = [5, 3, 99999, 1]
    assert export_csv("customers", tmp_path / "some.csv", customer_ids=wanted) == 3
    names = [n for (n,) in rows(shop, "SELECT display_name FROM customer WHERE id IN (5, 3, 1)")]
    lines = (tmp_path / "some.csv").read_text(encoding="utf-8").splitlines()
    by_id = dict(rows(shop, "SELECT id, display_name FROM customer WHERE id IN (5, 3, 1)"))
    assert [line.split(",")[0] for line in lines[1:]] == [by_id[5], by_id[3], by_id[1]]
    assert sorted(names) == sorted(by_id.values())
    count = export_csv("purchases", tmp_path / "p.csv", customer_ids=[5])
    assert (
        count
        == rows(shop, "SELECT count(*) FROM purchase WHERE customer_id = 5 AND deleted_at IS NULL")[0][0]
    )


def test_tasks_export(shop: Store, tmp_path: Path) -> None:
    count = export_csv("tasks", tmp_path / "t.csv")
    lines = (tmp_path / "t.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "Title,Notes,Due,Done,Priority,Customer,Customer ID,Deal,Assignee,Created at"
    assert count == len(lines) - 1 > 0


def test_a_cancelled_export_leaves_no_file(
    shop: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "i.csv"
    with pytest.raises(ExportCancelled):
        export_csv("interactions", target, cancel=lambda: True)
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if ".csv" in p.name] == []


def test_vcard_export_reads_back_and_reimports_as_no_change(shop: Store, tmp_path: Path) -> None:
    target = tmp_path / "all.vcf"
    count = export_vcards(target)
    live = rows(shop, "SELECT count(*) FROM customer WHERE deleted_at IS NULL")[0][0]
    assert count == live
    parsed = parse_vcards(target.read_bytes())
    assert len(parsed.contacts) == live and parsed.problems == []
    evil = next(c for c in parsed.contacts if c.formatted_name.startswith("=HYPERLINK"))
    assert [p.value for p in evil.phones] == ["+8801712345678", "+8801812345678"]
    assert evil.note == 'line one\nline two, with "quotes"'
    before = dump(shop)
    result = run_import(ImportFile(str(target)), ImportOptions())
    assert (result.created, result.updated, result.rejected) == (0, 0, 0)
    assert dump(shop) == before
