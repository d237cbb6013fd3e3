"""The outbox against a real local SMTP server: sending, the timeline, refusals, offline and backoff."""

from __future__ import annotations

from datetime import timedelta

from crm_desktop.automation.clock import ManualClock
from crm_desktop.db.models import Interaction, OutboxMessage
from crm_desktop.email import outbox
from crm_desktop.email.account import save_account
from crm_desktop.email.lock import SenderLock
from crm_desktop.email.sender import flush, lock_path
from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.timeutil import utcnow
from tests.core.email.conftest import SmtpServer


def customer(name: str, email: str) -> int:
    return create_customer(CustomerInput(display_name=name, emails=[email])).value


def queue(to: str, subject: str, customer_id: int | None = None, clock: ManualClock | None = None) -> int:
    now = clock.now() if clock else None
    return outbox.queue_email(
        to, subject, f"Body of {subject}\n.leading dot", customer_id=customer_id, now=now
    ).value


def test_queued_emails_are_sent_once_and_show_on_the_timeline(store, smtp_server: SmtpServer) -> None:
    smtp_server.start()
    cid = customer("রহিম উদ্দিন", "rahim@example.com")
    first = queue("rahim@example.com", "ধন্যবাদ, রহিম!", cid)
    queue("karim@example.com", "Hello Karim")
    report = flush(account=smtp_server.account())
    assert report.sent == 2 and report.ok
    assert smtp_server.inbox.subjects() == ["ধন্যবাদ, রহিম!", "Hello Karim"]
    received = smtp_server.inbox.received[0]
    assert str(received["Message-ID"]).strip() == outbox.get(first).message_id
    assert received.get_content().splitlines()[1] == ".leading dot"
    assert str(received["From"]) == "রহিম স্টোর <shop@example.com>"
    assert flush(account=smtp_server.account()).sent == 0  # nothing twice
    assert len(smtp_server.inbox.received) == 2
    [logged] = Interaction.select().where(Interaction.customer == cid)
    assert (logged.channel, logged.direction, logged.subject) == ("email", "out", "ধন্যবাদ, রহিম!")
    assert outbox.counts()["sent"] == 2


def test_a_refused_address_fails_with_the_reason_and_the_rest_still_go(
    store, smtp_server: SmtpServer
) -> None:
    smtp_server.inbox.refuse.add("nobody@example.com")
    smtp_server.start()
    bad = queue("nobody@example.com", "To nobody")
    queue("somebody@example.com", "To somebody")
    report = flush(account=smtp_server.account())
    assert report.sent == 1 and not report.ok
    assert smtp_server.inbox.subjects() == ["To somebody"]
    failed = outbox.get(bad)
    assert (
        failed.status == "failed" and "550" in failed.last_error and "nobody@example.com" in failed.last_error
    )
    assert report.failed == [(bad, "nobody@example.com", failed.last_error)]
    # the user's Retry puts it back in the queue
    smtp_server.inbox.refuse.clear()
    outbox.retry([bad])
    assert flush(account=smtp_server.account()).sent == 1


def test_offline_it_waits_with_backoff_then_sends_when_the_server_is_back(
    store, smtp_server: SmtpServer
) -> None:
    clock = ManualClock(utcnow())
    ids = [queue(f"c{i}@example.com", f"Offer {i}", clock=clock) for i in range(3)]
    report = flush(clock, account=smtp_server.account())  # nothing listens on the port yet
    assert report.sent == 0 and report.postponed == 2
    [(first, _to, reason, when)] = report.retrying
    assert "cannot reach the mail server 127.0.0.1" in reason
    assert when == clock.now() + timedelta(minutes=1)
    assert {outbox.get(i).next_attempt_at for i in ids} == {when}
    assert flush(clock, account=smtp_server.account()).retrying == []  # not due yet: not even tried
    clock.advance(minutes=1)
    second = flush(clock, account=smtp_server.account()).retrying[0][3]
    assert second == clock.now() + timedelta(minutes=2)  # the wait doubles
    assert outbox.get(first).attempts == 2 and outbox.get(ids[1]).attempts == 0
    smtp_server.start()
    clock.advance(minutes=2)
    assert flush(clock, account=smtp_server.account()).sent == 3
    assert sorted(smtp_server.inbox.subjects()) == ["Offer 0", "Offer 1", "Offer 2"]
    assert outbox.get(first).last_error == ""


def test_after_too_many_tries_a_message_fails_with_the_last_reason(store, smtp_server: SmtpServer) -> None:
    clock = ManualClock(utcnow())
    message = queue("c@example.com", "Never", clock=clock)
    for _ in range(12):
        flush(clock, account=smtp_server.account())
        clock.advance(hours=1)
    row = outbox.get(message)
    assert row.status == "failed" and row.last_error.startswith("gave up after 12 tries: cannot reach")


def test_sign_in_with_the_password_from_the_keyring(store, smtp_server: SmtpServer, memory_keyring) -> None:
    smtp_server.users["shop"] = "s3cret-পাসওয়ার্ড"
    smtp_server.start()
    save_account(smtp_server.account("shop"), "wrong-password")
    queue("c@example.com", "Signed in")
    report = flush()
    assert "refused the user name or password" in report.retrying[0][2]
    save_account(smtp_server.account("shop"), "s3cret-পাসওয়ার্ড")
    outbox.retry([])  # (nothing failed: the message waits for its next try)
    OutboxMessage.update(next_attempt_at=utcnow()).execute()
    assert flush().sent == 1


def test_without_an_account_nothing_is_sent_and_nothing_is_lost(store) -> None:
    queue("c@example.com", "Waiting")
    report = flush()
    assert report.not_configured and outbox.counts()["queued"] == 1


def test_one_sender_at_a_time(store, smtp_server: SmtpServer) -> None:
    smtp_server.start()
    queue("c@example.com", "Once")
    held = SenderLock(lock_path())
    assert held.acquire()
    try:
        assert flush(account=smtp_server.account()).busy
    finally:
        held.release()
    assert flush(account=smtp_server.account()).sent == 1


def test_an_interrupted_send_is_settled_at_most_once(store, smtp_server: SmtpServer) -> None:
    smtp_server.start()
    never_handed = queue("a@example.com", "Cut before the end")
    maybe_sent = queue("b@example.com", "Cut at the end")
    now = utcnow()
    a, b = outbox.claim(never_handed, now), outbox.claim(maybe_sent, now)
    assert a and b
    outbox.mark_handed_over(maybe_sent, b, now)  # then the process died
    report = flush(account=smtp_server.account())
    assert report.recovered == outbox.Recovery(requeued=1, unconfirmed=1)
    assert smtp_server.inbox.subjects() == ["Cut before the end"]
    assert outbox.get(maybe_sent).status == "failed"
    assert "probably sent" in outbox.get(maybe_sent).last_error
