"""From a bar or a slice of a chart to exactly the customers behind it.

A chart marks each clickable piece with a :class:`DrillTarget` (plain data);
:func:`customers_for` turns one into the ids of the customers it stands for,
with the same rules the report used to count them. The window then shows
the customer list filtered to those ids.
"""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.reports.activity import customers_on_channel
from crm_desktop.reports.customers import customers_from_source, customers_joined_in, customers_who_bought_in
from crm_desktop.reports.period import Period
from crm_desktop.reports.pipeline import customers_closed_in, customers_in_stage
from crm_desktop.reports.rfm import customers_in_segment

KINDS = ("segment", "stage", "bought_in", "won_in", "lost_in", "joined_in", "source", "channel")


@dataclass(frozen=True)
class DrillTarget:
    """What a clicked piece of a chart stands for.

    ``kind`` and ``key``: "segment" + segment key; "stage" + stage id;
    "bought_in" / "won_in" / "lost_in" / "joined_in" + month "YYYY-MM"; "source" + source
    text; "channel" + channel name. ``currency`` narrows "bought_in" and
    "segment"; ``label`` is what the chart showed (for the list's title).
    """

    kind: str
    key: str | int
    label: str = ""
    currency: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown drill-down kind {self.kind!r}")


def customers_for(target: DrillTarget, period: Period) -> frozenset[int]:
    """The ids of the live customers ``target`` counts, for the report's ``period``."""
    offset = period.utc_offset_minutes
    key = target.key
    if target.kind == "segment":
        return (
            customers_in_segment(period, str(key), target.currency)
            if target.currency
            else customers_in_segment(period, str(key))
        )
    if target.kind == "stage":
        return customers_in_stage(int(key), period)
    if target.kind == "bought_in":
        return customers_who_bought_in(str(key), currency=target.currency, utc_offset_minutes=offset)
    if target.kind in ("won_in", "lost_in"):
        return customers_closed_in(str(key), target.kind.removesuffix("_in"), offset)
    if target.kind == "joined_in":
        return customers_joined_in(str(key), offset)
    if target.kind == "source":
        return customers_from_source(period, str(key))
    return customers_on_channel(period, str(key))
