"""A clicked bar opens exactly the customers the report counted there."""

from __future__ import annotations

import pytest

from crm_desktop.reports.drilldown import DrillTarget, customers_for
from tests.core.reports.conftest import PERIOD, Shop


def test_each_kind_of_target(shop: Shop) -> None:
    s = shop
    cases = {
        DrillTarget("segment", "loyal"): {s.asha},
        DrillTarget("segment", "potential_loyalist"): {s.chitra},
        DrillTarget("stage", s.stages["Quote sent"]): {s.chitra},
        DrillTarget("stage", s.stages["Won"]): {s.asha, s.bilal},
        DrillTarget("stage", s.stages["Qualified"]): set(),
        DrillTarget("bought_in", "2026-01"): {s.asha, s.bilal},  # not Tanvir (trashed)
        DrillTarget("bought_in", "2026-03"): {s.asha, s.bilal, s.chitra},
        DrillTarget("bought_in", "2026-03", currency="BDT"): {s.asha, s.chitra},
        DrillTarget("bought_in", "2026-02"): set(),
        DrillTarget("won_in", "2026-01"): {s.asha},
        DrillTarget("lost_in", "2026-02"): {s.bilal},
        DrillTarget("joined_in", "2026-01"): {s.asha, s.bilal},
        DrillTarget("source", "Facebook"): {s.asha, s.chitra},
        DrillTarget("source", ""): set(),  # Dipu has no source but joined before the period
        DrillTarget("channel", "call"): {s.asha, s.bilal, s.chitra},
        DrillTarget("channel", "sms"): set(),  # the only sms is in the trash
    }
    for target, expected in cases.items():
        assert customers_for(target, PERIOD) == expected, target


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="drill-down"):
        DrillTarget("planet", "mars")
