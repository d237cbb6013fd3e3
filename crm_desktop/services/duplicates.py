"""Finding customers entered twice: the same phone number, the same email, or the same name.

Customers linked by any of these form one group (the same phone links A and B,
the same email B and C: A, B and C are one group), with the reasons that tie
them. Groups the user said are not duplicates are remembered and left out
until one of them changes group (someone new joins it).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

from crm_desktop.db.models import Customer, Setting, database_proxy, tuples
from crm_desktop.services.changes import Changes, Outcome

DISMISSED_SETTING = "duplicates_dismissed"
MAX_GROUPS = 200
MAX_GROUP_SIZE = 20  # a phone shared by more is a shop's switchboard, not a duplicate

_TRASHED = "SELECT id FROM customer WHERE deleted_at IS NOT NULL"
# Each part first finds the values shared by two rows or more from an index
# alone, then reads only those rows; trashed customers are left out as a
# (small) list, not by reading every customer row. On the 100k demo the three
# parts took 1.05 s joined row by row, 0.30 s this way (issue 13).
_LINKS_SQL = f"""
    SELECT 'phone', p.e164, group_concat(DISTINCT p.customer_id)
      FROM customer_phone p
     WHERE p.e164 IN (SELECT e164 FROM customer_phone WHERE e164 != '' GROUP BY e164 HAVING count(*) >= 2)
       AND p.customer_id NOT IN ({_TRASHED})
     GROUP BY p.e164
    HAVING count(DISTINCT p.customer_id) BETWEEN 2 AND {MAX_GROUP_SIZE}
    UNION ALL
    SELECT 'email', lower(e.email), group_concat(DISTINCT e.customer_id)
      FROM customer_email e
     WHERE e.customer_id NOT IN ({_TRASHED})
     GROUP BY lower(e.email)
    HAVING count(DISTINCT e.customer_id) BETWEEN 2 AND {MAX_GROUP_SIZE}
    UNION ALL
    SELECT 'name', min(c.display_name), group_concat(c.id)
      FROM customer c
     WHERE c.deleted_at IS NULL
       AND c.sort_name IN (SELECT sort_name FROM customer WHERE deleted_at IS NULL AND sort_name != ''
                            GROUP BY sort_name HAVING count(*) BETWEEN 2 AND {MAX_GROUP_SIZE})
     GROUP BY c.sort_name
"""


@dataclass(frozen=True)
class DuplicateGroup:
    customer_ids: tuple[int, ...]  # ascending
    reasons: tuple[tuple[str, str], ...]  # (phone | email | name, the shared value)
    names: tuple[str, ...] = ()  # the customers' names, in the order of their ids


@dataclass(frozen=True)
class DuplicateFindings:
    """What a search for duplicates found: the first ``limit`` groups, and how many there are."""

    groups: list[DuplicateGroup]
    total: int  # every group found (the list may hold fewer: it is capped)
    name_only: int  # of the total, groups tied by nothing but a shared name


def find_duplicates(limit: int = MAX_GROUPS, *, name_only: bool = True) -> DuplicateFindings:
    """The groups, the likeliest (a shared phone or email) first, with the true counts.
    ``name_only=False`` leaves out groups tied only by a name (common names are common)."""
    groups = _all_groups()
    weak = sum(1 for g in groups if _is_name_only(g))
    shown = groups if name_only else [g for g in groups if not _is_name_only(g)]
    return DuplicateFindings(_with_names(shown[:limit]), len(groups), weak)


def duplicate_groups(limit: int = MAX_GROUPS) -> list[DuplicateGroup]:
    """Groups of live customers that look like the same person, the likeliest first."""
    return find_duplicates(limit).groups


def _is_name_only(group: DuplicateGroup) -> bool:
    return all(kind == "name" for kind, _value in group.reasons)


def _all_groups() -> list[DuplicateGroup]:
    parent: dict[int, int] = {}

    def root(cid: int) -> int:
        while parent.setdefault(cid, cid) != cid:
            parent[cid] = parent[parent[cid]]
            cid = parent[cid]
        return cid

    links = []
    for kind, value, ids_text in database_proxy.execute_sql(_LINKS_SQL).fetchall():
        ids = sorted({int(i) for i in str(ids_text).split(",")})
        links.append((kind, str(value), ids))
        for other in ids[1:]:
            parent[root(other)] = root(ids[0])
    members: dict[int, set[int]] = {}
    reasons: dict[int, list[tuple[str, str]]] = {}
    for kind, value, ids in links:
        top = root(ids[0])
        members.setdefault(top, set()).update(ids)
        reasons.setdefault(top, []).append((kind, value))
    dismissed = _dismissed()
    groups = [
        DuplicateGroup(tuple(sorted(ids)), tuple(sorted(set(reasons[top]))))
        for top, ids in members.items()
        if tuple(sorted(ids)) not in dismissed
    ]
    groups.sort(key=_likeliest_first)
    return groups


def _with_names(groups: list[DuplicateGroup]) -> list[DuplicateGroup]:
    ids = sorted({cid for g in groups for cid in g.customer_ids})
    names = dict(tuples(Customer.select(Customer.id, Customer.display_name).where(Customer.id.in_(ids))))
    return [replace(g, names=tuple(names.get(cid, "") for cid in g.customer_ids)) for g in groups]


def _likeliest_first(group: DuplicateGroup) -> tuple[int, int, tuple[int, ...]]:
    """A shared phone or email first; a shared name alone last, pairs before crowds
    (many people are called নাঈম আহমেদ)."""
    return (1 if _is_name_only(group) else 0, len(group.customer_ids), group.customer_ids)


def _dismissed() -> set[tuple[int, ...]]:
    row = Setting.get_or_none(Setting.key == DISMISSED_SETTING)
    try:
        return {tuple(int(i) for i in group) for group in json.loads(row.value)} if row else set()
    except (ValueError, TypeError):
        return set()  # a damaged setting only means the groups show again


def dismiss(customer_ids: tuple[int, ...]) -> Outcome[tuple[int, ...]]:
    """ "These are not the same customer": the group is not suggested again."""
    group = tuple(sorted({int(i) for i in customer_ids}))
    with database_proxy.atomic():
        kept = _dismissed() | {group}
        value = json.dumps(sorted(list(g) for g in kept))
        Setting.insert(key=DISMISSED_SETTING, value=value).on_conflict_replace().execute()
    return Outcome(group, Changes.of("setting"))
