"""The demo shop's বাকি খাতা looks like a real one."""

from __future__ import annotations

import re
from datetime import date, datetime

from crm_desktop.db.store import Store
from crm_desktop.demo import generate
from crm_desktop.reports.period import Period
from crm_desktop.reports.revenue import revenue_by_month
from crm_desktop.services import dues

NOW = datetime(2025, 3, 15)


def test_a_third_owe_pay_by_cash_and_bkash_and_a_few_are_long_overdue(store: Store) -> None:
    period = Period(date(2000, 1, 1), date(2025, 3, 14))
    summary = generate(store, customers=300, seed=3, now=NOW)
    db = store.db
    on_credit = db.execute_sql("SELECT count(DISTINCT customer_id) FROM ledger_entry").fetchone()[0]
    assert 70 <= on_credit <= 130  # about a third of 300
    assert summary.ledger_entries == db.execute_sql("SELECT count(*) FROM ledger_entry").fetchone()[0]
    methods = dict(
        db.execute_sql(
            "SELECT method, count(*) FROM ledger_entry WHERE kind = 'payment' GROUP BY method"
        ).fetchall()
    )
    assert set(methods) == {"cash", "bkash"}
    refs = [
        r for (r,) in db.execute_sql("SELECT reference FROM ledger_entry WHERE method = 'bkash'").fetchall()
    ]
    assert all(re.fullmatch(r"[A-Z0-9]{10}", r) for r in refs) and len(set(refs)) == len(refs)
    # a credit sale is one of the demo's purchases, not an extra one: revenue is what the purchases say
    linked = db.execute_sql(
        "SELECT count(*) FROM ledger_entry l JOIN purchase p ON p.id = l.purchase_id "
        "WHERE l.kind = 'sale' AND p.amount_minor = l.amount_minor AND p.customer_id = l.customer_id"
    ).fetchone()[0]
    sales = db.execute_sql("SELECT count(*) FROM ledger_entry WHERE kind = 'sale'").fetchone()[0]
    assert sales > 0 and linked == sales
    assert db.execute_sql("SELECT count(*) FROM purchase").fetchone()[0] == summary.purchases
    assert revenue_by_month(period).total("purchases", "BDT") > 0
    owing = dues.dues(today=NOW.date())
    assert owing and all(d.due.minor > 0 for d in owing)
    assert 2 <= len(dues.dues(today=NOW.date(), older_than=90)) <= len(owing)
    # nobody paid more than they owed at any point
    for cid in {d.customer_id for d in owing}:
        assert all(line.balance.minor >= 0 for line in dues.account(cid).lines)
