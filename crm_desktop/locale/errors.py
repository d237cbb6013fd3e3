"""The one error type parsing raises."""

from __future__ import annotations

__all__ = ["ParseError"]


class ParseError(ValueError):
    """Text that is not a valid amount, date or time.

    ``str(error)`` is a full sentence fit to show a user, e.g.
    "'12.34.56' is not an amount: more than one decimal point".
    ``text`` is the input as given and ``reason`` the part after the colon,
    for callers that build their own message (an import report adding the
    row and column).
    """

    def __init__(self, text: str, what: str, reason: str) -> None:
        self.text = text
        self.what = what  # "an amount", "a date", "a real date", "a time", ...
        self.reason = reason
        super().__init__(f"'{text}' is not {what}: {reason}")
