"""What a service call changed, so the UI refreshes exactly the views that show it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")

KINDS = (
    "customer",
    "interaction",
    "deal",
    "stage",
    "purchase",
    "task",
    "ticket",
    "tag",
    "setting",
    "user",
    "rule",
    "email",
    "segment",
    "campaign",
    "ledger",
)


@dataclass(frozen=True)
class Changes:
    kinds: frozenset[str] = frozenset()
    customer_ids: frozenset[int] = frozenset()

    @classmethod
    def of(cls, *kinds: str, customers: object = ()) -> Changes:
        unknown = set(kinds) - set(KINDS)
        if unknown:
            raise ValueError(f"unknown change kinds: {sorted(unknown)}")
        ids = frozenset(int(c) for c in customers) if customers else frozenset()  # type: ignore[attr-defined]
        return cls(frozenset(kinds), ids)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.customer_ids | other.customer_ids)

    def touches(self, *kinds: str) -> bool:
        return bool(self.kinds.intersection(kinds))

    def __bool__(self) -> bool:
        return bool(self.kinds)


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """A service's return: the value asked for and what changed."""

    value: T
    changes: Changes = field(default_factory=Changes)
