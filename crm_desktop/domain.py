"""Names the whole app agrees on: channels, statuses, kinds."""

from __future__ import annotations

CHANNELS = ("call", "email", "sms", "whatsapp", "facebook", "chat", "meeting", "visit", "note")
DIRECTIONS = ("in", "out")
CUSTOMER_KINDS = ("person", "business")
STAGE_KINDS = ("open", "won", "lost")
DEAL_STATUSES = ("open", "won", "lost")
TICKET_KINDS = ("complaint", "request")
TICKET_STATUSES = ("open", "in_progress", "resolved", "closed")
TICKET_OPEN_STATUSES = ("open", "in_progress")
PRIORITIES = (0, 1, 2)  # low, normal, high
TIMELINE_KINDS = ("interaction", "purchase", "stage_change", "task", "ticket")
# "audit" (changes to the customer and its deals, see services/audit.py) is shown
# only when asked for: callers that render kinds by name opt in with this tuple.
ALL_TIMELINE_KINDS = (*TIMELINE_KINDS, "audit")
