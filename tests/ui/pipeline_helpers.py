"""Shared by the pipeline, tasks and settings view tests: a navigator that records, data makers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.services.pipeline import DealInput, create_deal, stages


@dataclass
class RecordingNavigator:
    """Stands in for the main window: remembers where the views asked to go."""

    opened_customers: list[int] = field(default_factory=list)
    views: list[str] = field(default_factory=list)
    messages: list[tuple[str, Callable[[], None] | None]] = field(default_factory=list)
    pages: dict[str, object] = field(default_factory=dict)

    def open_customer(self, customer_id: int) -> None:
        self.opened_customers.append(customer_id)

    def show_view(self, name: str) -> None:
        self.views.append(name)

    def show_customers(self, *, ids: frozenset[int] | None = None, title: str = "") -> None:
        self.views.append("customers")

    def show_message(self, text: str, undo: Callable[[], None] | None = None, **_: object) -> None:
        self.messages.append((text, undo))

    def view(self, name: str) -> object:
        return self.pages[name]


def stage_ids() -> dict[str, int]:
    """Stage name -> id for the default "Sales" pipeline the migrations create."""
    return {s.name: s.id for s in stages(1)}


def add_customer(name: str = "রহিম আহমেদ") -> int:
    return create_customer(CustomerInput(display_name=name)).value


def add_deal(
    customer_id: int, title: str, stage: str, value_minor: int = 1_000_00, owner: int | None = None
) -> int:
    return create_deal(
        DealInput(customer_id, title, value_minor, stage_id=stage_ids()[stage], owner_id=owner)
    ).value


def open_board(ctx, qtbot):  # noqa: ANN001, ANN201
    """The pipeline board, shown at a roomy size, once its cards are loaded."""
    from tests.ui.conftest import wait_for_background
    from ui.pipeline.view import PipelineView

    view = PipelineView(ctx)
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    qtbot.waitUntil(lambda: view.board.snapshot is not None)
    wait_for_background(qtbot, ctx)
    return view
