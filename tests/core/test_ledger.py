"""The dues ledger (বাকি খাতা): what a shopkeeper sees after recording sales on credit,
payments, adjustments, write-offs and corrections."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from crm_desktop.db.models import AuditEntry, Customer, LedgerEntry, Purchase
from crm_desktop.db.store import Store
from crm_desktop.money import Money
from crm_desktop.reports.period import Period
from crm_desktop.reports.revenue import revenue_by_month
from crm_desktop.services import audit, dues, ledger
from crm_desktop.services.customers import CustomerInput, create_customer, trash_customers
from crm_desktop.services.errors import NotFoundError, ValidationError
from crm_desktop.services.settings import set_setting

MARCH_1 = datetime(2025, 3, 1, 6, 0)
MARCH_10 = datetime(2025, 3, 10, 6, 0)
MARCH_20 = datetime(2025, 3, 20, 6, 0)


@pytest.fixture
def rahim(store: Store) -> int:
    return create_customer(CustomerInput(display_name="রহিম", phones=["01712345678"])).value


@pytest.fixture
def karim(store: Store) -> int:
    return create_customer(CustomerInput(display_name="করিম")).value


def taka(amount: str) -> int:
    return Money.from_major(amount).minor


def test_a_sale_on_credit_is_owed_and_is_one_purchase(rahim: int) -> None:
    outcome = ledger.record_sale(rahim, taka("1250"), occurred_at=MARCH_1, note="চাল ২৫ কেজি")
    assert outcome.value.balance == Money(125000)
    assert outcome.changes.touches("ledger", "purchase")
    purchases = list(Purchase.select().where(Purchase.customer == rahim))
    assert [p.amount_minor for p in purchases] == [125000]
    assert Customer.get_by_id(rahim).lifetime_value_minor == 125000
    acct = dues.account(rahim, today=date(2025, 3, 5))
    assert acct.balance == Money(125000)
    assert acct.oldest_unpaid == date(2025, 3, 1)


def test_a_payment_is_collection_not_revenue(rahim: int) -> None:
    ledger.record_sale(rahim, taka("1000"), occurred_at=MARCH_1)
    ledger.record_payment(rahim, taka("400"), method="cash", occurred_at=MARCH_10)
    assert Purchase.select().where(Purchase.customer == rahim).count() == 1
    assert Customer.get_by_id(rahim).lifetime_value_minor == taka("1000")
    assert dues.account(rahim).balance == Money(taka("600"))


def test_revenue_counts_a_credit_sale_once(rahim: int) -> None:
    ledger.record_sale(rahim, taka("500"), occurred_at=MARCH_1)
    ledger.record_payment(rahim, taka("500"), occurred_at=MARCH_10)
    report = revenue_by_month(Period(date(2025, 3, 1), date(2025, 3, 31)))
    assert report.total("purchases", "BDT") == taka("500")


def test_running_balance_and_kinds_in_order(rahim: int) -> None:
    ledger.record_opening_balance(rahim, taka("300"), occurred_at=MARCH_1, note="পুরনো খাতা")
    ledger.record_sale(rahim, taka("200"), occurred_at=MARCH_10)
    ledger.record_payment(rahim, taka("100"), method="bkash", reference="9hg7ab3cde", occurred_at=MARCH_20)
    lines = dues.account(rahim).lines
    assert [(line.kind, line.balance.minor) for line in lines] == [
        ("opening", taka("300")),
        ("sale", taka("500")),
        ("payment", taka("400")),
    ]
    assert lines[2].reference == "9HG7AB3CDE"  # kept the way bKash prints it
    assert Purchase.select().where(Purchase.customer == rahim).count() == 1  # the opening is not a sale


def test_payments_settle_the_oldest_debt_first(rahim: int) -> None:
    ledger.record_sale(rahim, taka("100"), occurred_at=MARCH_1)
    ledger.record_sale(rahim, taka("200"), occurred_at=MARCH_10)
    ledger.record_payment(rahim, taka("150"), occurred_at=MARCH_20)
    acct = dues.account(rahim, today=date(2025, 4, 30))
    assert acct.oldest_unpaid == date(2025, 3, 10)  # the 1 March sale is paid
    assert [line.unpaid.minor for line in acct.lines] == [0, taka("150"), 0]
    assert acct.due_on == date(2025, 4, 9)  # 30 days, the default
    assert acct.days_overdue == 21


def test_a_payment_can_settle_a_named_sale(rahim: int) -> None:
    ledger.record_sale(rahim, taka("100"), occurred_at=MARCH_1)
    later = ledger.record_sale(rahim, taka("200"), occurred_at=MARCH_10).value.entry_id
    ledger.record_payment(rahim, taka("200"), settles=[later], occurred_at=MARCH_20)
    acct = dues.account(rahim, today=date(2025, 3, 25))
    assert acct.oldest_unpaid == date(2025, 3, 1)  # the older sale is still open
    assert acct.balance == Money(taka("100"))


def test_naming_something_that_is_not_a_debt_is_refused(rahim: int, karim: int) -> None:
    ledger.record_sale(rahim, taka("100"), occurred_at=MARCH_1)
    theirs = ledger.record_sale(karim, taka("100"), occurred_at=MARCH_1).value.entry_id
    with pytest.raises(ValidationError, match="not a sale or debt"):
        ledger.record_payment(rahim, taka("50"), settles=[theirs])
    assert LedgerEntry.select().where(LedgerEntry.kind == "payment").count() == 0


def test_due_days_setting_and_per_customer_terms(rahim: int, karim: int) -> None:
    ledger.record_sale(rahim, taka("100"), occurred_at=MARCH_1)
    ledger.record_sale(karim, taka("100"), occurred_at=MARCH_1)
    set_setting(dues.DUE_DAYS_SETTING, "7")
    ledger.set_credit_terms(karim, due_days=60)
    today = date(2025, 3, 20)
    assert dues.account(rahim, today=today).days_overdue == 12
    assert dues.account(karim, today=today).days_overdue == 0


def test_a_sale_past_the_credit_limit_warns_but_is_kept(rahim: int) -> None:
    ledger.set_credit_terms(rahim, limit_minor=taka("1000"))
    first = ledger.record_sale(rahim, taka("800")).value
    assert first.warning is None
    second = ledger.record_sale(rahim, taka("300")).value
    assert second.warning is not None and "1000.00 BDT" in second.warning
    assert dues.account(rahim).balance == Money(taka("1100"))


@pytest.mark.parametrize("amount", [0, -500])
def test_a_sale_of_nothing_or_less_is_refused(rahim: int, amount: int) -> None:
    with pytest.raises(ValidationError) as error:
        ledger.record_sale(rahim, amount)
    assert error.value.for_field("amount")
    assert LedgerEntry.select().count() == 0
    assert Purchase.select().count() == 0


def test_unknown_or_trashed_customer_is_refused(rahim: int) -> None:
    with pytest.raises(NotFoundError):
        ledger.record_sale(9999, 100)
    trash_customers([rahim])
    with pytest.raises(NotFoundError):
        ledger.record_payment(rahim, 100, allow_credit=True)
    assert LedgerEntry.select().count() == 0 and Purchase.select().count() == 0


def test_payment_above_balance_needs_allow_credit(rahim: int) -> None:
    ledger.record_sale(rahim, taka("100"))
    with pytest.raises(ValidationError, match="more than the 100.00 BDT owed"):
        ledger.record_payment(rahim, taka("150"))
    assert dues.account(rahim).balance == Money(taka("100"))
    advance = ledger.record_payment(rahim, taka("150"), allow_credit=True).value
    assert advance.balance == Money(-taka("50"))
    assert dues.account(rahim).oldest_unpaid is None


@pytest.mark.parametrize(
    ("method", "reference"),
    [
        ("bkash", "9HG7AB3CD"),
        ("bkash", "9HG7AB3CDE1"),
        ("bkash", "9HG7-B3CDE"),
        ("nagad", "71A2B3C"),
        ("nagad", "71A2B3C4D"),
    ],
)
def test_transaction_ids_of_the_wrong_shape_are_refused(rahim: int, method: str, reference: str) -> None:
    ledger.record_sale(rahim, taka("1000"))
    with pytest.raises(ValidationError) as error:
        ledger.record_payment(rahim, taka("10"), method=method, reference=reference)
    assert error.value.for_field("reference")
    assert LedgerEntry.select().where(LedgerEntry.kind == "payment").count() == 0


def test_a_transaction_id_recorded_once_is_refused_again(rahim: int, karim: int) -> None:
    ledger.record_sale(rahim, taka("1000"))
    ledger.record_sale(karim, taka("1000"))
    first = ledger.record_payment(rahim, taka("100"), method="nagad", reference="71A2B3C4").value
    with pytest.raises(ValidationError, match="already recorded"):
        ledger.record_payment(karim, taka("100"), method="nagad", reference="71a2b3c4")
    # Recorded for the wrong customer: reverse it, and the id is free for the right one.
    ledger.reverse_entry(first.entry_id, reason="wrong customer")
    ledger.record_payment(karim, taka("100"), method="nagad", reference="71A2B3C4")
    assert dues.account(rahim).balance == Money(taka("1000"))
    assert dues.account(karim).balance == Money(taka("900"))


def test_unknown_method_is_refused(rahim: int) -> None:
    ledger.record_sale(rahim, taka("100"))
    with pytest.raises(ValidationError, match="not a payment method"):
        ledger.record_payment(rahim, taka("10"), method="paypal")


def test_adjustment_needs_a_reason(rahim: int) -> None:
    with pytest.raises(ValidationError) as error:
        ledger.record_adjustment(rahim, taka("50"), reason="  ")
    assert error.value.for_field("reason")
    ledger.record_adjustment(rahim, taka("50"), reason="ভুল হিসাব")
    ledger.record_adjustment(rahim, -taka("20"), reason="ছাড়")
    assert dues.account(rahim).balance == Money(taka("30"))


def test_write_off_clears_what_is_owed(rahim: int) -> None:
    with pytest.raises(ValidationError, match="nothing is owed"):
        ledger.write_off(rahim)
    ledger.record_sale(rahim, taka("700"), occurred_at=MARCH_1)
    ledger.write_off(rahim, note="দোকান ছেড়ে চলে গেছেন")
    acct = dues.account(rahim)
    assert acct.balance == Money(0)
    assert acct.lines[-1].kind == "write_off"
    assert Customer.get_by_id(rahim).lifetime_value_minor == taka("700")  # still a sale made


def test_a_reversed_sale_is_cancelled_and_leaves_revenue(rahim: int) -> None:
    sale = ledger.record_sale(rahim, taka("400"), occurred_at=MARCH_1).value
    ledger.record_sale(rahim, taka("100"), occurred_at=MARCH_10)
    ledger.reverse_entry(sale.entry_id, reason="typed twice")
    acct = dues.account(rahim, today=date(2025, 3, 11))
    assert acct.balance == Money(taka("100"))
    assert acct.oldest_unpaid == date(2025, 3, 10)
    assert [line.reversed for line in acct.lines][:1] == [True]
    assert Customer.get_by_id(rahim).lifetime_value_minor == taka("100")
    # the original is still there, unchanged: corrections never edit
    assert LedgerEntry.get_by_id(sale.entry_id).amount_minor == taka("400")
    with pytest.raises(ValidationError, match="already reversed"):
        ledger.reverse_entry(sale.entry_id)


def test_every_entry_is_in_the_change_history(rahim: int) -> None:
    ledger.record_sale(rahim, taka("250"))
    ledger.record_payment(rahim, taka("50"), method="bkash", reference="9HG7AB3CDE")
    records = [r for r in audit.history(rahim) if r.entity == "ledger"]
    assert len(records) == 2
    payment = records[0]
    assert ("amount", None, "-50.00 BDT") in payment.values
    assert ("reference", None, "9HG7AB3CDE") in payment.values
    assert AuditEntry.select().where(AuditEntry.entity == "ledger").count() == 2


def test_refused_entries_leave_no_history(rahim: int) -> None:
    with pytest.raises(ValidationError):
        ledger.record_payment(rahim, taka("50"))
    assert AuditEntry.select().where(AuditEntry.entity == "ledger").count() == 0


def test_one_currency_per_customer_ledger(rahim: int) -> None:
    ledger.record_sale(rahim, 1000)
    with pytest.raises(ValidationError, match="in BDT"):
        ledger.record_sale(rahim, 1000, currency="USD")


def test_dues_lists_who_owes_most_first_and_filters_by_age(rahim: int, karim: int, store: Store) -> None:
    paid = create_customer(CustomerInput(display_name="Paid up")).value
    ledger.record_sale(rahim, taka("100"), occurred_at=MARCH_1)
    ledger.record_sale(karim, taka("900"), occurred_at=MARCH_20)
    ledger.record_sale(paid, taka("50"), occurred_at=MARCH_1)
    ledger.record_payment(paid, taka("50"), occurred_at=MARCH_10)
    today = date(2025, 4, 15)
    rows = dues.dues(today=today)
    assert [(d.name, d.due.minor, d.age_days) for d in rows] == [
        ("করিম", taka("900"), 26),
        ("রহিম", taka("100"), 45),
    ]
    assert rows[1].days_overdue == 15
    assert [d.name for d in dues.dues(today=today, older_than=30)] == ["রহিম"]


def test_merging_a_duplicate_brings_its_dues_and_undo_takes_them_back(rahim: int, karim: int) -> None:
    from crm_desktop.services.merge import merge_customers, undo_merge

    ledger.record_sale(rahim, taka("100"), occurred_at=MARCH_10)
    ledger.record_sale(karim, taka("250"), occurred_at=MARCH_1)
    merged = merge_customers(rahim, [karim])
    assert merged.changes.touches("ledger")
    acct = dues.account(rahim)
    assert acct.balance == Money(taka("350")) and acct.oldest_unpaid == date(2025, 3, 1)
    assert [d.customer_id for d in dues.dues()] == [rahim]
    undo_merge(merged.value.merge_id)
    assert dues.account(rahim).balance == Money(taka("100"))
    assert dues.account(karim).balance == Money(taka("250"))


def test_dues_follow_reversals_and_named_sales_too(rahim: int, karim: int) -> None:
    typo = ledger.record_sale(rahim, taka("400"), occurred_at=MARCH_1).value.entry_id
    ledger.record_sale(rahim, taka("100"), occurred_at=MARCH_10)
    ledger.reverse_entry(typo)
    ledger.record_sale(karim, taka("100"), occurred_at=MARCH_1)
    named = ledger.record_sale(karim, taka("300"), occurred_at=MARCH_10).value.entry_id
    ledger.record_payment(karim, taka("300"), settles=[named], occurred_at=MARCH_20)
    ledger.set_credit_terms(karim, due_days=10)
    rows = {d.customer_id: d for d in dues.dues(today=date(2025, 3, 31))}
    assert (rows[rahim].due, rows[rahim].oldest_unpaid) == (Money(taka("100")), date(2025, 3, 10))
    assert (rows[karim].due, rows[karim].oldest_unpaid) == (Money(taka("100")), date(2025, 3, 1))
    assert rows[karim].days_overdue == 20 and rows[rahim].days_overdue == 0
