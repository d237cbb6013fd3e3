"""Column mappings saved by name, to import the same kind of file again in one step."""

from __future__ import annotations

from crm_desktop.db.models import SavedMapping, database_proxy
from crm_desktop.importing import messages as m
from crm_desktop.importing.options import ImportRefused
from crm_desktop.io.mapping import Mapping, MappingError
from crm_desktop.services.changes import Changes, Outcome
from crm_desktop.timeutil import utcnow


def mapping_names(entity: str | None = None) -> list[str]:
    """Saved mapping names (for one import kind, or all), alphabetically."""
    query = SavedMapping.select(SavedMapping.name)
    if entity is not None:
        query = query.where(SavedMapping.entity == entity)
    return sorted((row.name for row in query), key=str.casefold)


def save_mapping(name: str, mapping: Mapping) -> Outcome[str]:
    """Save (or replace) a mapping under ``name``."""
    name = " ".join(name.split())
    if not name:
        raise ImportRefused(m.MAPPING_NAME_EMPTY)
    with database_proxy.atomic():
        SavedMapping.insert(
            name=name, entity=mapping.entity, mapping=mapping.to_json(), created_at=utcnow()
        ).on_conflict(
            conflict_target=[SavedMapping.name],
            update={SavedMapping.entity: mapping.entity, SavedMapping.mapping: mapping.to_json()},
        ).execute()
    return Outcome(name, Changes.of("setting"))


def load_mapping(name: str, entity: str | None = None) -> Mapping:
    """The mapping saved as ``name``; :class:`ImportRefused` if there is none (for ``entity``)."""
    row = SavedMapping.get_or_none(SavedMapping.name == " ".join(name.split()))
    if row is None:
        raise ImportRefused(m.UNKNOWN_MAPPING.format(name=name))
    if entity is not None and row.entity != entity:
        raise ImportRefused(
            m.MAPPING_OTHER_ENTITY.format(
                name=name, saved=m.word(m.ENTITY_WORDS, row.entity), entity=m.word(m.ENTITY_WORDS, entity)
            )
        )
    try:
        return Mapping.from_json(row.mapping)
    except MappingError as exc:
        raise ImportRefused(str(exc)) from None


def delete_mapping(name: str) -> Outcome[int]:
    count = SavedMapping.delete().where(SavedMapping.name == name).execute()
    return Outcome(int(count), Changes.of("setting"))
