"""The seeded pipeline and stage names: shown translated until the user renames them."""

from __future__ import annotations

from crm_desktop.charts.fmt import ChartFormat
from crm_desktop.charts.registry import render
from crm_desktop.db.models import Pipeline, Stage
from crm_desktop.db.store import Store
from crm_desktop.default_pipeline import PIPELINE, STAGES, display_name, is_default
from crm_desktop.reports.dashboard import build_bundle
from crm_desktop.services.pipeline import update_stage
from tests.core.reports.conftest import NOW, PERIOD, TODAY, Shop

WORDS = {
    "Sales": "বিক্রয়", "New lead": "নতুন লিড", "Qualified": "যাচাইকৃত", "Quote sent": "কোটেশন পাঠানো",
    "Negotiation": "দর-কষাকষি", "Won": "জেতা", "Lost": "হারানো",
}  # fmt: skip


def bengali(context: str, text: str) -> str:
    return WORDS.get(text, text) if context == "DefaultPipeline" else text


def test_the_names_marked_for_translation_are_the_ones_a_new_database_gets(store: Store) -> None:
    assert [p.name for p in Pipeline.select()] == [PIPELINE]
    assert [s.name for s in Stage.select().order_by(Stage.position)] == list(STAGES)


def test_a_default_name_is_translated_any_other_is_shown_as_typed() -> None:
    assert display_name("New lead", bengali) == "নতুন লিড"
    assert display_name("Sales", bengali) == "বিক্রয়"
    assert display_name("New lead") == "New lead"  # the command line
    assert display_name("Visited the shop", bengali) == "Visited the shop"
    assert display_name("new lead", bengali) == "new lead"  # renamed, even if only the case
    assert is_default("Won") and not is_default("Won!")


def test_the_pipeline_chart_names_its_bars_in_the_charts_language(shop: Shop) -> None:
    bundle = build_bundle(PERIOD, TODAY, now=NOW)
    _fig, targets = render("pipeline", bundle, ChartFormat("bn", translate=bengali))
    assert {t.label for t in targets.values()} == {"নতুন লিড", "কোটেশন পাঠানো", "জেতা", "হারানো"}
    update_stage(shop.stages["Quote sent"], name="Quoted on WhatsApp", probability=50)
    bundle = build_bundle(PERIOD, TODAY, now=NOW)
    _fig, targets = render("pipeline", bundle, ChartFormat("bn", translate=bengali))
    assert {t.label for t in targets.values()} == {"নতুন লিড", "Quoted on WhatsApp", "জেতা", "হারানো"}
