"""A customer's statement of account: one A4 page, as PDF (issue 18, item 3).

The shop's name, the customer, the period, the entries with a running balance
and the amount due, in English or Bengali (Bengali digits, lakh grouping, the
Bengali calendar's date beside the Gregorian one). Drawn with matplotlib's
PDF backend, the fonts the charts use (Bengali is embedded, so it prints and
reads on a phone as it looks here).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from crm_desktop.charts.export import save_figure
from crm_desktop.charts.fmt import ChartFormat
from crm_desktop.charts.style import GRID, MUTED, RED, TEXT, new_figure
from crm_desktop.db.models import Customer
from crm_desktop.locale import format_date
from crm_desktop.locale.bengali_calendar import format_bengali_date
from crm_desktop.locale.catalog import catalog_translate
from crm_desktop.services import dues
from crm_desktop.services.errors import NotFoundError
from crm_desktop.services.input_rules import NO_CUSTOMER
from crm_desktop.services.settings import get_setting
from crm_desktop.translatable import QT_TRANSLATE_NOOP

A4 = (8.27, 11.69)
MAX_ROWS = 32  # more entries than this: the earlier ones are one "brought forward" line
ROW = 0.021
SHOP_NAME_SETTING = "shop_name"

KIND_LABELS = {
    "opening": QT_TRANSLATE_NOOP("Statement", "Opening balance"),
    "sale": QT_TRANSLATE_NOOP("Statement", "Sale on credit"),
    "payment": QT_TRANSLATE_NOOP("Statement", "Payment"),
    "adjustment": QT_TRANSLATE_NOOP("Statement", "Adjustment"),
    "write_off": QT_TRANSLATE_NOOP("Statement", "Written off"),
    "reversal": QT_TRANSLATE_NOOP("Statement", "Correction"),
}
METHOD_LABELS = {
    "cash": QT_TRANSLATE_NOOP("Statement", "cash"),
    "bkash": QT_TRANSLATE_NOOP("Statement", "bKash"),
    "nagad": QT_TRANSLATE_NOOP("Statement", "Nagad"),
    "rocket": QT_TRANSLATE_NOOP("Statement", "Rocket"),
    "card": QT_TRANSLATE_NOOP("Statement", "card"),
    "bank": QT_TRANSLATE_NOOP("Statement", "bank"),
    "other": QT_TRANSLATE_NOOP("Statement", "other"),
}
TITLE = QT_TRANSLATE_NOOP("Statement", "Statement of account")
PERIOD = QT_TRANSLATE_NOOP("Statement", "{start} to {end}")
MADE = QT_TRANSLATE_NOOP("Statement", "Made {when}")
DATE = QT_TRANSLATE_NOOP("Statement", "Date")
BENGALI_DATE = QT_TRANSLATE_NOOP("Statement", "Bengali date")
DETAILS = QT_TRANSLATE_NOOP("Statement", "Details")
AMOUNT = QT_TRANSLATE_NOOP("Statement", "Amount")
BALANCE = QT_TRANSLATE_NOOP("Statement", "Balance")
BROUGHT_FORWARD = QT_TRANSLATE_NOOP("Statement", "Brought forward ({count} earlier entries)")
AMOUNT_DUE = QT_TRANSLATE_NOOP("Statement", "Amount due")
IN_ADVANCE = QT_TRANSLATE_NOOP("Statement", "Paid in advance")
DUE_SINCE = QT_TRANSLATE_NOOP("Statement", "Unpaid since {date}, due {due}")
OVERDUE = QT_TRANSLATE_NOOP("Statement", "{days} days overdue")
NO_ENTRIES = QT_TRANSLATE_NOOP("Statement", "No entries yet.")
CANCELLED = QT_TRANSLATE_NOOP("Statement", "cancelled")
YOUR_SHOP = QT_TRANSLATE_NOOP("Statement", "Your shop")


def statement_figure(customer_id: int, *, lang: str = "en", today: date | None = None) -> Figure:
    """The statement as a matplotlib figure (A4 portrait)."""
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFoundError(NO_CUSTOMER.format(id=customer_id))
    today = today or date.today()
    fmt = ChartFormat(lang, catalog_translate(lang))
    tr = fmt.tr
    acct = dues.account(customer_id, today=today)
    currency = acct.balance.currency

    def day(d: date) -> str:
        return format_date(d, fmt.locale, "medium")

    fig = new_figure(A4)
    fig.set_layout_engine("none")
    shop = get_setting(SHOP_NAME_SETTING) or tr(YOUR_SHOP, "Statement")
    fig.text(0.06, 0.95, shop, fontsize=17, fontweight="bold", color=TEXT)
    fig.text(0.94, 0.95, tr(TITLE, "Statement"), fontsize=13, color=MUTED, ha="right")
    who = customer.display_name + (f" · {customer.primary_phone}" if customer.primary_phone else "")
    fig.text(0.06, 0.92, who, fontsize=11, color=TEXT)
    made = tr(MADE, "Statement").format(when=day(today))
    fig.text(0.94, 0.92, made, fontsize=9, color=MUTED, ha="right")

    lines = list(acct.lines)
    earlier = lines[: -(MAX_ROWS - 1)] if len(lines) > MAX_ROWS else []
    shown = lines[len(earlier) :]
    start = shown[0].on if shown else today
    period = tr(PERIOD, "Statement").format(start=day(start), end=day(today))
    if fmt.bengali:
        period += f"  ({format_bengali_date(start)} – {format_bengali_date(today)})"
    fig.text(0.06, 0.895, period, fontsize=9, color=MUTED)

    columns = [
        (0.06, "left", DATE),
        (0.40, "left", DETAILS),
        (0.78, "right", AMOUNT),
        (0.94, "right", BALANCE),
    ]
    if fmt.bengali:
        columns.insert(1, (0.21, "left", BENGALI_DATE))
    y = 0.855
    for x, align, title in columns:
        fig.text(x, y, tr(title, "Statement"), fontsize=9, fontweight="bold", color=MUTED, ha=align)
    fig.add_artist(Line2D([0.06, 0.94], [y - 0.007, y - 0.007], color=GRID, linewidth=1))
    y -= 0.028
    if earlier:
        count = fmt.number(len(earlier))
        fig.text(0.40, y, tr(BROUGHT_FORWARD, "Statement").format(count=count), fontsize=9, color=MUTED)
        fig.text(0.94, y, fmt.money(earlier[-1].balance.minor, currency), fontsize=9, color=TEXT, ha="right")
        y -= ROW
    for line in shown:
        colour = MUTED if line.reversed or line.kind == "reversal" else TEXT
        fig.text(0.06, y, day(line.on), fontsize=9, color=colour)
        if fmt.bengali:
            fig.text(0.21, y, format_bengali_date(line.on), fontsize=9, color=colour)
        fig.text(0.40, y, _details(line, tr), fontsize=9, color=colour)
        fig.text(0.78, y, fmt.money(line.amount.minor, currency), fontsize=9, color=colour, ha="right")
        fig.text(0.94, y, fmt.money(line.balance.minor, currency), fontsize=9, color=TEXT, ha="right")
        y -= ROW
    if not lines:
        fig.text(0.06, y, tr(NO_ENTRIES, "Statement"), fontsize=10, color=MUTED)
    fig.add_artist(Line2D([0.06, 0.94], [0.135, 0.135], color=GRID, linewidth=1))
    owed = acct.balance.minor
    label = tr(AMOUNT_DUE if owed >= 0 else IN_ADVANCE, "Statement")
    fig.text(0.06, 0.095, label, fontsize=13, color=TEXT)
    overdue = acct.days_overdue > 0
    fig.text(
        0.94, 0.09, fmt.money(abs(owed), currency), fontsize=22, fontweight="bold",
        color=RED if overdue else TEXT, ha="right",
    )  # fmt: skip
    if acct.oldest_unpaid and acct.due_on:
        since = tr(DUE_SINCE, "Statement").format(date=day(acct.oldest_unpaid), due=day(acct.due_on))
        if overdue:
            since += " · " + tr(OVERDUE, "Statement").format(days=fmt.number(acct.days_overdue))
        fig.text(0.06, 0.065, since, fontsize=9, color=RED if overdue else MUTED)
    return fig


def _details(line: dues.Line, translate: Callable[[str, str], str]) -> str:
    text = translate(KIND_LABELS.get(line.kind, line.kind), "Statement")
    if line.method:
        text += " · " + translate(METHOD_LABELS.get(line.method, line.method), "Statement")
    if line.reference:
        text += f" {line.reference}"
    if line.reversed:
        text += " (" + translate(CANCELLED, "Statement") + ")"
    if line.note:
        note = " ".join(line.note.split())
        text += f" — {note[:40]}{'…' if len(note) > 40 else ''}"
    return str(text)


def write_statement(customer_id: int, path: Path, *, lang: str = "en", today: date | None = None) -> Path:
    """The statement as a one-page PDF at ``path`` (never over the database)."""
    fig = statement_figure(customer_id, lang=lang, today=today)
    fig.set_label(f"statement {customer_id} {datetime.now():%Y-%m-%d}")
    save_figure(fig, path)
    return path
