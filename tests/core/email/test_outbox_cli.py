"""``crm-desktop outbox send`` and ``crm-desktop rules run``: what a scheduler runs."""

from __future__ import annotations

from datetime import timedelta

from crm_desktop.automation.rules import RuleSpec, create_rule
from crm_desktop.cli.main import main
from crm_desktop.db.store import open_store
from crm_desktop.email import outbox
from crm_desktop.email.account import save_account
from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.timeutil import utcnow
from tests.core.email.conftest import SmtpServer


def test_outbox_send_exit_status_and_reasons(db_path, smtp_server: SmtpServer, capsys) -> None:  # noqa: ANN001
    smtp_server.inbox.refuse.add("gone@example.com")
    smtp_server.start()
    with open_store(db_path):
        save_account(smtp_server.account())
        outbox.queue_email("ok@example.com", "Hello", "Hi")
    assert main(["outbox", "send", "--db", str(db_path)]) == 0
    assert "1 sent, 0 failed" in capsys.readouterr().out
    assert main(["outbox", "send", "--db", str(db_path)]) == 0  # nothing to send
    with open_store(db_path):
        outbox.queue_email("gone@example.com", "Hello", "Hi")
    assert main(["outbox", "send", "--db", str(db_path)]) == 1
    out = capsys.readouterr().out
    assert "failed   #2 to gone@example.com: the mail server refused the address gone@example.com: 550" in out
    assert len(smtp_server.inbox.received) == 1


def test_rules_run_does_the_due_time_based_rules_once(db_path, capsys) -> None:  # noqa: ANN001
    with open_store(db_path):
        create_customer(CustomerInput(display_name="Salma"))
        spec = RuleSpec(
            "Call quiet customers",
            "no_interaction",
            {"days": 30},
            [],
            [{"type": "create_task", "title": "Call {name}"}],
        )
        create_rule(spec, enabled=True)
    later = (utcnow() + timedelta(days=31)).strftime("%Y-%m-%dT%H:%M")
    assert main(["rules", "run", "--db", str(db_path), "--now", later]) == 0
    out = capsys.readouterr().out
    assert "done     Call quiet customers · customer 1" in out and "task 1: Call Salma" in out
    assert main(["rules", "run", "--db", str(db_path), "--now", later]) == 0
    assert capsys.readouterr().out.strip() == "0 done, 0 skipped (conditions not met), 0 failed"
    assert main(["rules", "run", "--db", str(db_path), "--now", "yesterday"]) == 2
