"""The one exception the reading layer raises for bad input."""

from __future__ import annotations


class ReadError(ValueError):
    """A file could not be read at all.

    The message is a whole sentence meant for the user: it says what went
    wrong and where (byte offset and/or line number when known). Problems
    that affect single rows or cards are *not* raised; they are collected in
    the result's ``problems`` list instead.
    """

    def __init__(
        self,
        message: str,
        *,
        line_number: int | None = None,
        byte_offset: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.line_number = line_number
        self.byte_offset = byte_offset

    def __str__(self) -> str:
        return self.message


class MappingError(ValueError):
    """A column mapping names an unknown field or header, or is malformed.

    Like :class:`ReadError`, the message is a sentence for the user (kept as given by
    ``str()``, so a translatable message stays one).
    """

    def __str__(self) -> str:
        if len(self.args) == 1 and isinstance(self.args[0], str):
            return self.args[0]
        return super().__str__()
