"""The one error type parsing raises."""

from __future__ import annotations

__all__ = ["MAX_INPUT_CHARS", "ParseError"]

# No amount, date or time a person types is longer; longer text is refused
# before it is scanned (a pasted page of text, a 1 MB cell).
MAX_INPUT_CHARS = 200
_SHOWN_CHARS = 60


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
        super().__init__(_printable(f"'{_short(text)}' is not {what}: {_short(reason, 2 * _SHOWN_CHARS)}"))


def _short(text: str, width: int = _SHOWN_CHARS) -> str:
    """A long input is quoted by its start only: the message stays a sentence."""
    return text if len(text) <= width else text[: width - 1] + "…"


def _printable(message: str) -> str:
    """Control characters and broken surrogates as escapes: the message can always
    be shown, logged and encoded as UTF-8."""
    return "".join(
        ch.encode("unicode_escape").decode("ascii")
        if ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F or 0xD800 <= ord(ch) <= 0xDFFF
        else ch
        for ch in message
    )
