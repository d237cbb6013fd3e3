"""A sender killed mid-flush, twice: after a restart every message reached the server exactly once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

from crm_desktop.db.models import OutboxMessage
from crm_desktop.email import outbox
from tests.core.email.conftest import SmtpServer

ROOT = Path(__file__).parents[3]


def run_child(db: Path, port: int, children: list[subprocess.Popen[str]]) -> int:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.core.email.flush_child", str(db), str(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    children.append(child)
    child.communicate(timeout=60)
    return child.returncode


def test_killed_mid_flush_then_restarted_sends_each_message_exactly_once(
    store, smtp_server: SmtpServer
) -> None:
    addresses = [f"customer{i}@example.com" for i in range(6)]
    for address in addresses:
        outbox.queue_email(address, f"Offer for {address}", "Eid sale: 20% off")
    children: list[subprocess.Popen[str]] = []
    killed: set[str] = set()

    def kill_once(address: str) -> None:
        if address not in killed:
            killed.add(address)
            os.kill(children[-1].pid, signal.SIGKILL)

    # first run: killed while the server is being told the recipient of message 3 (nothing handed over)
    smtp_server.inbox.on_rcpt = lambda address: address == addresses[2] and kill_once(address)
    # second run: killed once message 5 is whole on the server, before the sender hears "accepted"
    smtp_server.inbox.on_data = lambda rcpts: rcpts == [addresses[4]] and kill_once(addresses[4])
    smtp_server.start()
    assert run_child(store.path, smtp_server.port, children) == -signal.SIGKILL
    assert run_child(store.path, smtp_server.port, children) == -signal.SIGKILL
    assert run_child(store.path, smtp_server.port, children) == 0
    received = Counter(str(m["To"]) for m in smtp_server.inbox.received)
    assert received == Counter(addresses)  # every message once, none twice
    statuses = {m.to_address: m.status for m in OutboxMessage.select()}
    assert statuses == {a: "sent" for a in addresses} | {addresses[4]: "failed"}
    assert "probably sent" in OutboxMessage.get(OutboxMessage.to_address == addresses[4]).last_error
