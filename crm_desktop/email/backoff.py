"""How long a message waits after a failed try: 1, 2, 4 … minutes, at most an hour."""

from __future__ import annotations

from datetime import timedelta

FIRST_DELAY = timedelta(minutes=1)
LONGEST_DELAY = timedelta(hours=1)
MAX_ATTEMPTS = 12  # about six hours of trying before a message is given up on


def delay_after(attempts: int) -> timedelta:
    """The wait after the ``attempts``-th failed try (1-based)."""
    return min(LONGEST_DELAY, FIRST_DELAY * (2 ** max(0, attempts - 1)))
