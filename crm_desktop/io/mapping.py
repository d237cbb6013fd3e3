"""Which column of an imported table fills which field.

- :func:`suggest_mapping` guesses from header names (Google Contacts,
  Outlook, Thunderbird, HubSpot, Salesforce, Odoo, plain English/Bengali).
- :class:`Mapping` is the decision the user confirmed; it applies itself to
  a row (:meth:`Mapping.apply`) and saves to / loads from JSON.
- :func:`parse_map_options` reads CLI ``--map "Source Header=field"`` texts.
- :func:`split_multi` splits a cell holding several phones, emails or tags.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, cast

from crm_desktop.io import messages as m
from crm_desktop.io.errors import MappingError
from crm_desktop.io.fields import FIELDS, JOINED, MULTI_VALUED, NOTES_FIELD
from crm_desktop.io.multivalue import dedupe_values, split_multi
from crm_desktop.io.suggest import check_entity, is_known_header, normalize_header, suggest_mapping

__all__ = [
    "ExtraPolicy",
    "MappedRow",
    "Mapping",
    "MappingError",
    "build_mapping",
    "dedupe_values",
    "is_known_header",
    "normalize_header",
    "parse_map_options",
    "split_multi",
    "suggest_mapping",
]

ExtraPolicy = Literal["custom_fields", "notes", "ignore"]
EXTRA_POLICIES: tuple[ExtraPolicy, ...] = ("custom_fields", "notes", "ignore")

_JSON_FORMAT = "crm-desktop-mapping"
_JSON_VERSION = 1


# --------------------------------------------------------------------------- mapping


@dataclass(slots=True)
class MappedRow:
    """One row after mapping: values per field, and unmapped columns' values."""

    fields: dict[str, list[str]] = field(default_factory=dict)
    extras: dict[str, str] = field(default_factory=dict)

    def first(self, name: str) -> str:
        """The (first) value of a field, or "" when the row has none."""
        values = self.fields.get(name)
        return values[0] if values else ""


@dataclass(slots=True)
class Mapping:
    """The confirmed column → field assignment for one file.

    ``columns`` holds only mapped columns (index → field). ``headers`` are the
    file's headers, kept so a saved mapping can be re-bound by name to another
    file (:meth:`rebind`). ``extra`` says what happens to unmapped columns with
    a value: ``custom_fields`` (returned in :attr:`MappedRow.extras`, keyed by
    header), ``notes`` (appended to the notes field as ``Header: value``
    lines) or ``ignore``.
    """

    entity: str
    columns: dict[int, str]
    headers: list[str]
    extra: ExtraPolicy = "custom_fields"

    def __post_init__(self) -> None:
        check_entity(self.entity)
        if self.extra not in EXTRA_POLICIES:
            choices = ", ".join(EXTRA_POLICIES)
            raise MappingError(m.UNKNOWN_POLICY.format(value=repr(self.extra), choices=choices))
        owner: dict[str, int] = {}
        for index, fld in sorted(self.columns.items()):
            if not 0 <= index < len(self.headers):
                raise MappingError(m.NO_SUCH_COLUMN.format(number=index + 1))
            _check_field(fld, self.entity, self.headers[index])
            if fld in owner and fld not in MULTI_VALUED and fld not in JOINED:
                first, second = repr(self.headers[owner[fld]]), repr(self.headers[index])
                raise MappingError(m.ONE_COLUMN_ONLY.format(first=first, second=second, field=fld))
            owner.setdefault(fld, index)

    def apply(self, values: Sequence[str]) -> MappedRow:
        """Map one row's values (as read, in column order)."""
        row = MappedRow()
        fields = row.fields
        for index, fld in self.columns.items():
            if index >= len(values):
                continue
            cell = values[index]
            if fld in MULTI_VALUED:
                fields.setdefault(fld, []).extend(split_multi(cell, fld))
            elif cell.strip():
                fields.setdefault(fld, []).append(cell.strip())
        for fld in list(fields):
            if fld in MULTI_VALUED:
                fields[fld] = dedupe_values(fields[fld], fld)
            elif fld in JOINED and len(fields[fld]) > 1:
                fields[fld] = [JOINED[fld].join(fields[fld])]
            if not fields[fld]:
                del fields[fld]
        if self.extra != "ignore":
            for index, header in enumerate(self.headers):
                if index in self.columns or index >= len(values) or not values[index].strip():
                    continue
                row.extras[header] = values[index].strip()
            if self.extra == "notes" and row.extras:
                target = NOTES_FIELD[self.entity]
                lines = [f"{h}: {v}" for h, v in row.extras.items()]
                fields[target] = ["\n".join(fields.get(target, []) + lines)]
                row.extras = {}
        return row

    def to_json(self) -> str:
        """JSON text for saving this mapping under a name."""
        data = {
            "format": _JSON_FORMAT,
            "version": _JSON_VERSION,
            "entity": self.entity,
            "extra": self.extra,
            "headers": self.headers,
            "columns": [
                {"index": i, "header": self.headers[i], "field": f} for i, f in sorted(self.columns.items())
            ],
        }
        return json.dumps(data, ensure_ascii=False, indent=2)

    @classmethod
    def from_json(cls, text: str) -> Mapping:
        """Load a mapping saved by :meth:`to_json`; :class:`MappingError` if invalid."""
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise MappingError(m.NOT_JSON.format(reason=str(exc))) from None
        if not isinstance(data, dict) or data.get("format") != _JSON_FORMAT:
            raise MappingError(m.NOT_A_MAPPING)
        if data.get("version") != _JSON_VERSION:
            raise MappingError(m.UNSUPPORTED_VERSION.format(version=repr(data.get("version"))))
        headers = data.get("headers")
        columns = data.get("columns")
        if not isinstance(headers, list) or not all(isinstance(h, str) for h in headers):
            raise MappingError(m.NO_HEADERS)
        if not isinstance(columns, list):
            raise MappingError(m.NO_COLUMNS)
        mapped: dict[int, str] = {}
        for item in columns:
            if not (
                isinstance(item, dict)
                and isinstance(item.get("index"), int)
                and isinstance(item.get("field"), str)
            ):
                raise MappingError(m.BAD_COLUMN_ENTRY.format(entry=repr(item)))
            mapped[cast(int, item["index"])] = cast(str, item["field"])
        return cls(
            entity=str(data.get("entity")),
            columns=mapped,
            headers=list(headers),
            extra=cast(Any, data.get("extra", "custom_fields")),
        )

    def rebind(self, headers: Sequence[str]) -> tuple[Mapping, list[str]]:
        """Apply this (saved) mapping to a file with these headers, by name.

        Returns the new mapping and the mapped headers not found in the file.
        """
        new_columns: dict[int, str] = {}
        missing: list[str] = []
        used: set[int] = set()
        for index, fld in sorted(self.columns.items()):
            target = _find_header(self.headers[index], headers, used)
            if target is None:
                missing.append(self.headers[index])
            else:
                used.add(target)
                new_columns[target] = fld
        return Mapping(self.entity, new_columns, list(headers), self.extra), missing


def _find_header(name: str, headers: Sequence[str], used: set[int]) -> int | None:
    for matcher in (lambda h: h, lambda h: h.strip().casefold(), normalize_header):
        want = matcher(name)
        for i, header in enumerate(headers):
            if i not in used and matcher(header) == want:
                return i
    return None


def _check_field(fld: str, entity: str, where: str) -> None:
    known = FIELDS[entity]
    if fld in known:
        return
    close = difflib.get_close_matches(fld, known, n=1)
    values = {"field": repr(fld), "where": repr(where), "entity": entity, "known": ", ".join(known)}
    if close:
        raise MappingError(m.NOT_A_FIELD_HINT.format(close=repr(close[0]), **values))
    raise MappingError(m.NOT_A_FIELD.format(**values))


def build_mapping(
    headers: Sequence[str],
    entity: str = "customers",
    overrides: dict[int, str | None] | None = None,
    extra: ExtraPolicy = "custom_fields",
) -> Mapping:
    """Suggested mapping with the user's choices on top.

    An override to None unmaps a column. An override giving a single-valued
    field to a column takes that field away from the suggested column.
    """
    suggested = suggest_mapping(headers, entity)
    overrides = overrides or {}
    chosen = {i: f for i, f in overrides.items() if f is not None}
    columns: dict[int, str] = {}
    for i, fld in suggested.items():
        if fld is None or i in overrides:
            continue
        exclusive = fld not in MULTI_VALUED and fld not in JOINED
        if exclusive and fld in chosen.values():
            continue
        columns[i] = fld
    columns.update(chosen)
    return Mapping(entity, dict(sorted(columns.items())), list(headers), extra)


_COLUMN_NUMBER = re.compile(r"^#(\d+)$")


def parse_map_options(
    specs: Iterable[str], headers: Sequence[str], entity: str = "customers"
) -> dict[int, str | None]:
    """Read CLI ``--map`` texts: ``"Source Header=field"``, ``"#3=phone"``, ``"Fax="``.

    The header is matched exactly, then ignoring case and spacing; ``#N`` is
    the N-th column (1-based). An empty field means "do not import this
    column". Raises :class:`MappingError` naming the bad header or field.
    """
    check_entity(entity)
    result: dict[int, str | None] = {}
    for spec in specs:
        source, sep, fld = spec.rpartition("=")
        source, fld = source.strip(), fld.strip()
        if not sep or not source:
            raise MappingError(f"--map {spec!r} needs the form 'Source Header=field'.")
        number = _COLUMN_NUMBER.match(source)
        if number:
            index = int(number.group(1)) - 1
            if not 0 <= index < len(headers):
                raise MappingError(
                    f"--map {spec!r}: there is no column {index + 1}; the file has {len(headers)} columns."
                )
        else:
            index = _lookup_header(source, headers, spec)
        if fld:
            _check_field(fld, entity, source)
        result[index] = fld or None
    return result


def _lookup_header(source: str, headers: Sequence[str], spec: str) -> int:
    for matcher in (lambda h: h, lambda h: " ".join(h.split()).casefold(), normalize_header):
        want = matcher(source)
        hits = [i for i, h in enumerate(headers) if matcher(h) == want]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            where = " and ".join(str(i + 1) for i in hits)
            raise MappingError(
                f"--map {spec!r}: the header {source!r} is in columns {where}; "
                f"name the column by number instead, e.g. '#{hits[0] + 1}=...'."
            )
    shown = ", ".join(repr(h) for h in headers[:30])
    raise MappingError(f"--map {spec!r}: no column is named {source!r}. Columns are: {shown}.")
