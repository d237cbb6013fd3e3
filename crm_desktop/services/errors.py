"""Errors services raise. Messages are for the user and name what is wrong."""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.translatable import Message


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str
    index: int | None = None  # which of several values (phones, emails) was wrong

    def __post_init__(self) -> None:
        object.__setattr__(self, "message", _readable(self.message))

    def __str__(self) -> str:
        where = self.field if self.index is None else f"{self.field} {self.index + 1}"
        return f"{where}: {self.message}"


class ValidationError(ValueError):
    """Input was refused; nothing was written. ``errors`` says which fields and why."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = errors

    @classmethod
    def single(cls, field: str, message: str, index: int | None = None) -> ValidationError:
        return cls([FieldError(field, message, index)])

    def for_field(self, field: str) -> list[FieldError]:
        return [e for e in self.errors if e.field == field]


class NotFoundError(LookupError):
    """The row asked for does not exist (or is in the trash).

    ``str(error)`` is its message as given, so a translatable message stays one."""

    def __str__(self) -> str:
        if len(self.args) == 1 and isinstance(self.args[0], str):
            return self.args[0]
        return super().__str__()


MAX_MESSAGE = 1000


def _unprintable(ch: str) -> bool:
    code = ord(ch)
    return code < 0x20 or 0x7F <= code <= 0x9F or 0xD800 <= code <= 0xDFFF


def escape_unprintable(text: str) -> str:
    """Control characters and unpaired surrogates as ``\\xXX``/``\\uXXXX`` escapes,
    so the text can always be printed, logged and encoded as UTF-8."""
    if not any(_unprintable(ch) for ch in text):
        return text
    return "".join(ch.encode("unicode_escape").decode("ascii") if _unprintable(ch) else ch for ch in text)


def _short_value(text: str, width: int = MAX_MESSAGE // 5) -> str:
    text = escape_unprintable(text)
    if len(text) <= width:
        return text
    half = width // 2 - 1
    return text[:half] + " … " + text[-half:]


def _readable(message: str) -> str:
    """A message that quotes hostile input stays printable and short: control
    characters and broken surrogates become escapes, and a message made long
    by a quoted 1 MB value keeps its start and its end (which says what is wrong).

    A translatable message stays translatable: its quoted values are made
    printable and short instead, when that is enough."""
    if isinstance(message, Message):
        if len(message) <= MAX_MESSAGE and escape_unprintable(message) is message:
            return message
        tamed = message.map_params(_short_value)
        if len(tamed) <= MAX_MESSAGE and escape_unprintable(tamed) is tamed:
            return tamed
    message = escape_unprintable(message)
    if len(message) > MAX_MESSAGE:
        half = MAX_MESSAGE // 2 - 1
        message = message[:half] + " … " + message[-half:]
    return message
