"""Demo data: a deterministic, realistic shop to try the app on and to benchmark it.

``generate(store, customers=100_000, seed=7)`` fills a database with Bengali
and English customers, Bangladeshi mobile numbers, deals, interactions on
every channel, two years of purchases, tasks and tickets. No Qt here.
"""

from __future__ import annotations

from crm_desktop.demo.generator import DemoSummary, Progress, generate

__all__ = ["DemoSummary", "Progress", "generate"]
