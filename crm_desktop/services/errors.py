"""Errors services raise. Messages are for the user and name what is wrong."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str
    index: int | None = None  # which of several values (phones, emails) was wrong

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
    """The row asked for does not exist (or is in the trash)."""
