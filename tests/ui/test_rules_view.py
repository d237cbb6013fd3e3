"""The Rules view and dialog, and the automation running behind the window (Autopilot)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from crm_desktop.automation.presets import ensure_presets
from crm_desktop.db.models import AutomationRule, RuleRun, Task
from crm_desktop.services import purchases
from crm_desktop.services.customers import CustomerInput, create_customer
from tests.ui.conftest import wait_for_background
from ui.rules.runtime import Autopilot
from ui.rules.view import RulesView


def test_presets_are_listed_off_and_one_tick_turns_one_on(ctx, qtbot) -> None:  # noqa: ANN001
    ensure_presets()
    view = RulesView(ctx)
    qtbot.addWidget(view)
    wait_for_background(qtbot, ctx)
    names = [view.table.item(i, 1).text() for i in range(view.table.rowCount())]
    assert len(names) == 5 and all("ready-made" in n for n in names)
    row = next(i for i, n in enumerate(names) if n.startswith("Thank-you email"))
    assert view.table.item(row, 0).checkState() == Qt.CheckState.Unchecked
    view.table.item(row, 0).setCheckState(Qt.CheckState.Checked)
    wait_for_background(qtbot, ctx)
    assert AutomationRule.get(AutomationRule.preset == "thank_you_email").enabled


def test_a_new_rule_through_the_dialog_and_a_refused_one(ctx, qtbot) -> None:  # noqa: ANN001
    view = RulesView(ctx)
    qtbot.addWidget(view)
    dialog = view.edit_rule(None)
    dialog.name.setText("Thank big buyers")
    dialog.trigger.kind.setCurrentIndex(dialog.trigger.kind.findData("purchase_recorded"))
    condition = dialog.conditions.add("amount")
    condition.editors["amount"].widgets["min_minor"].setText("৫,০০০")
    task = dialog.action_parts.rows[0]
    task.editors["create_task"].widgets["title"].setText("Call {frist_name}")
    dialog.save()
    wait_for_background(qtbot, ctx)
    assert "{frist_name}" in dialog.error.text() and dialog.isVisible()
    task.editors["create_task"].widgets["title"].setText("Thank {first_name}")
    dialog.save()
    wait_for_background(qtbot, ctx)
    rule = AutomationRule.get()
    assert (rule.name, rule.enabled) == ("Thank big buyers", True)
    assert '"min_minor": 500000' in rule.conditions
    assert view.table.rowCount() == 1


def test_the_autopilot_runs_rules_after_a_save_on_the_writer(ctx, qtbot) -> None:  # noqa: ANN001
    ensure_presets()
    autopilot = Autopilot(ctx, None, reminders=False)
    try:
        wait_for_background(qtbot, ctx)
        from crm_desktop.automation.rules import RuleSpec, create_rule

        create_rule(
            RuleSpec(
                "Thank", "purchase_recorded", actions=[{"type": "create_task", "title": "Thank {name}"}]
            ),
            enabled=True,
        )
        cid = create_customer(CustomerInput(display_name="Rahim")).value
        ctx.write(lambda: purchases.record_purchase(cid, 10_000))
        qtbot.waitUntil(lambda: Task.select().count() == 1, timeout=5000)
        wait_for_background(qtbot, ctx)
        assert Task.get().title == "Thank Rahim" and RuleRun.select().count() == 1
    finally:
        autopilot.stop()


def test_one_day_is_a_day(ctx, qtbot) -> None:  # noqa: ANN001
    view = RulesView(ctx)
    qtbot.addWidget(view)
    dialog = view.edit_rule(None)
    spin = dialog.action_parts.rows[0].editors["create_task"].widgets["due_days"]
    spin.setValue(1)
    assert spin.text() == "1 day"  # not "due in 1 days"
    spin.setValue(3)
    assert spin.text() == "3 days"
    dialog.reject()


def test_a_rule_reads_whole_in_bengali(ctx, qtbot, bengali) -> None:  # noqa: ANN001
    from crm_desktop.automation.rules import RuleSpec, create_rule
    from crm_desktop.db.models import Stage
    from ui.rules.view import load_rules, when_text

    quote = Stage.get(Stage.name == "Quote sent").id
    task = [{"type": "create_task", "title": "Call", "due_days": 1}]
    create_rule(RuleSpec("Quiet ones", "no_interaction", {"days": 45}, actions=task))
    create_rule(RuleSpec("Quotes", "deal_stage_entered", {"stage_id": quote}, actions=task))
    rows, stages = load_rules()
    said = {row.spec.name: when_text(row, stages) for row in rows}
    assert "N" not in said["Quiet ones"] and "৪৫ দিন" in said["Quiet ones"]
    assert "Quote sent" not in said["Quotes"] and "কোটেশন পাঠানো" in said["Quotes"]
