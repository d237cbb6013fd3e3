"""What the user decided about one import, and the errors that stop one."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from crm_desktop.io.mapping import Mapping
from crm_desktop.money import DEFAULT_CURRENCY

MatchKey = Literal["external_id", "email", "phone"]
OnMatch = Literal["update", "skip", "create"]

MATCH_KEYS: tuple[MatchKey, ...] = get_args(MatchKey)
ON_MATCH: tuple[OnMatch, ...] = get_args(OnMatch)
ENTITIES = ("customers", "purchases", "deals", "interactions")


class ImportRefused(ValueError):
    """Nothing could be imported; the message (one sentence or two) says why.

    ``str(error)`` is the message as given: a translatable one stays translatable.
    """

    def __str__(self) -> str:
        return self.args[0] if len(self.args) == 1 and isinstance(self.args[0], str) else super().__str__()


class ImportCancelled(Exception):
    """The user cancelled; the transaction was rolled back."""

    def __str__(self) -> str:
        return self.args[0] if len(self.args) == 1 and isinstance(self.args[0], str) else super().__str__()


@dataclass
class ImportOptions:
    """One import's choices.

    ``match`` lists the keys that find an existing customer (for customers:
    the record to update; for the other kinds: the customer a row belongs
    to), tried in order; empty means "never match, always create".
    ``on_match`` says what happens to a customer that matches. Without
    ``skip_invalid`` one bad row stops the whole import (nothing is written);
    with it the good rows are written and the bad ones go to the rejects.
    ``region`` None means the setting (``services.settings.phone_region``).
    ``day_first`` None means: detect per date column, day first if undecided.
    """

    entity: str = "customers"
    mapping: Mapping | None = None
    match: tuple[MatchKey, ...] = MATCH_KEYS
    on_match: OnMatch = "update"
    skip_invalid: bool = False
    create_missing_customers: bool = False
    region: str | None = None
    currency: str = DEFAULT_CURRENCY
    day_first: bool | None = None
    encoding: str | None = None
    delimiter: str | None = None
    has_header: bool | None = None
    file_name: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.entity not in ENTITIES:
            raise ImportRefused(f"Unknown import kind {self.entity!r}; use one of {', '.join(ENTITIES)}.")
        bad = [k for k in self.match if k not in MATCH_KEYS]
        if bad:
            raise ImportRefused(f"Cannot match on {bad[0]!r}; use one of {', '.join(MATCH_KEYS)}.")
        if self.on_match not in ON_MATCH:
            raise ImportRefused(f"Unknown choice {self.on_match!r} for matches; use {', '.join(ON_MATCH)}.")

    def to_json(self) -> str:
        """What is kept with the batch, so the import history can say how it was done."""
        data = {
            "entity": self.entity,
            "match": list(self.match),
            "on_match": self.on_match,
            "skip_invalid": self.skip_invalid,
            "create_missing_customers": self.create_missing_customers,
            "region": self.region,
            "currency": self.currency,
            "day_first": self.day_first,
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "has_header": self.has_header,
            "mapping": json.loads(self.mapping.to_json()) if self.mapping else None,
            **self.extra,
        }
        return json.dumps(data, ensure_ascii=False)
