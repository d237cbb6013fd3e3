"""Saving over a change made by someone else: merged when it does not overlap, refused when it does.

An editor (the customer dialog, a deal's or a task's) remembers the record as
it was when it opened. At save time, inside the write transaction, the
service compares three versions of each field: what the editor started from
(``expected``), what the user typed (``mine``), and what is stored now
(``current``, perhaps changed by another window or the command line since):

* stored unchanged → the user's value is saved;
* changed by the other only → the other's value is kept (the user did not touch it);
* changed by both, to different values → :class:`ConflictError`, nothing is written,
  and each such field is named with the value stored now. The editor keeps the
  user's values; saving again (from the stored version) keeps the user's.

No save ever silently undoes another's change (a "lost update").
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.translatable import QT_TRANSLATE_NOOP

T = TypeVar("T")

CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Conflicts",
    "Changed by another window or program since you opened it: now '{theirs}'. "
    "Save again to keep yours, or type theirs.",
)


class ConflictError(ValidationError):
    """Both the user and someone else changed the same fields. ``current`` is the stored record
    (an editor takes it as its new starting point, so saving again keeps the user's values);
    ``merged`` the user's input with the fields only the other changed taken from it (what the
    editor shows next, so saving again never undoes those)."""

    def __init__(self, errors: list[FieldError], current: object, merged: object) -> None:
        super().__init__(errors)
        self.current = current
        self.merged = merged


def _comparable(value: Any) -> Any:
    """Values as the user means them: text without surrounding spaces, lists without blanks."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list | tuple):
        return [v for v in (_comparable(v) for v in value) if v not in ("", None)]
    if isinstance(value, dict):
        return {k: _comparable(v) for k, v in value.items()}
    return value


def _shown(value: Any) -> str:
    value = _comparable(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    return "" if value is None else str(value)


def merged(expected: T, mine: T, current: T) -> T:
    """``mine`` with the fields only someone else changed taken from ``current``; raises
    :class:`ConflictError` naming the fields both changed differently."""
    taken: dict[str, Any] = {}
    conflicts = []
    for f in dataclasses.fields(expected):  # type: ignore[arg-type]
        was, want, now = (_comparable(getattr(x, f.name)) for x in (expected, mine, current))
        if now in (was, want):
            continue
        if want == was:
            taken[f.name] = getattr(current, f.name)
        else:
            conflicts.append(FieldError(f.name, CHANGED_ELSEWHERE.format(theirs=_shown(now))))
    result = dataclasses.replace(mine, **taken) if taken else mine  # type: ignore[type-var]
    if conflicts:
        raise ConflictError(conflicts, current, result)
    return result
