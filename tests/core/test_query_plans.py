"""Hot queries use the index meant for them (a plan, not a timing: machines are noisy)."""

from __future__ import annotations

from crm_desktop.db.store import Store
from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.services.purchases import record_purchase


def _plans_of_statements(store: Store, action) -> list[str]:  # noqa: ANN001
    con = store.raw_connection()
    seen: list[str] = []
    con.set_trace_callback(seen.append)
    try:
        action()
    finally:
        con.set_trace_callback(None)
    plans = []
    for sql in seen:
        if sql.lstrip().upper().startswith('UPDATE "CUSTOMER"') or "FROM purchase p" in sql:
            rows = con.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
            plans.append(" | ".join(row[3] for row in rows))
    return plans


def test_recording_a_purchase_refreshes_caches_through_the_customer_index(store: Store) -> None:
    cid = create_customer(CustomerInput(display_name="রহিম")).value
    plans = _plans_of_statements(store, lambda: record_purchase(cid, 50_000))
    purchase_plans = [p for p in plans if "purchase" in p.lower()]
    assert purchase_plans, plans
    for plan in purchase_plans:
        assert "purchase_customer_id_occurred_at" in plan, plan
        assert "purchase_currency_occurred_at" not in plan, plan
