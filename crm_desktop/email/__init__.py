"""Email: templates with placeholders, the outbox, and sending through the shop's own SMTP account.

* :mod:`.templates` — placeholders, checking and rendering; :mod:`.template_store` — saved templates.
* :mod:`.outbox` — every email is queued in the database first (the state machine).
* :mod:`.sender` — the worker that sends the queue; :mod:`.smtp` — one message over SMTP.
* :mod:`.account` — the SMTP settings, with the password in the OS keyring only.
"""
