"""Customers entered twice are found by phone, email or name, grouped, and can be dismissed."""

from __future__ import annotations

from crm_desktop.db.store import Store
from crm_desktop.services.customers import CustomerInput, create_customer, trash_customers
from crm_desktop.services.duplicates import DuplicateGroup, dismiss, duplicate_groups, find_duplicates
from crm_desktop.services.merge import merge_customers


def add(name: str, **fields: object) -> int:
    return create_customer(CustomerInput(display_name=name, **fields)).value  # type: ignore[arg-type]


def test_the_same_phone_email_or_name_links_customers_into_one_group(store: Store) -> None:
    typed = add("Rahim", phones=["01712-345678"])
    imported = add("রহিম উদ্দিন", phones=["+880 1712 345678"], emails=["Rahim@Example.com"])
    from_shop = add("Rahim Traders", emails=["rahim@example.com"])
    karim_1, karim_2 = add("Karim Stores"), add("karim stores ")
    add("Nobody alike", phones=["01812345678"])

    assert duplicate_groups() == [
        DuplicateGroup(
            (typed, imported, from_shop),
            (("email", "rahim@example.com"), ("phone", "+8801712345678")),
            ("Rahim", "রহিম উদ্দিন", "Rahim Traders"),
        ),
        DuplicateGroup((karim_1, karim_2), (("name", "Karim Stores"),), ("Karim Stores", "karim stores")),
    ]


def test_trashed_customers_and_dismissed_groups_are_not_suggested(store: Store) -> None:
    a, b = add("Asha", phones=["01911111111"]), add("Asha B.", phones=["01911111111"])
    c, d = add("Same Name"), add("Same Name")
    trash_customers([d])
    assert [g.customer_ids for g in duplicate_groups()] == [(a, b)]

    dismiss((b, a))
    assert duplicate_groups() == []
    e = add("Asha again", phones=["01911111111"])  # someone new joins: the group is new
    assert [g.customer_ids for g in duplicate_groups()] == [(a, b, e)]
    assert c  # (alone now: not a group)


def test_after_a_merge_the_group_is_gone(store: Store) -> None:
    a, b = add("Asha", emails=["asha@example.com"]), add("Asha", emails=["asha@example.com"])
    merge_customers(a, [b])
    assert duplicate_groups() == []


def test_a_phone_or_email_shared_with_a_trashed_customer_only_is_not_a_group(store: Store) -> None:
    live = add("Mitu", phones=["01555111222"], emails=["mitu@example.com"])
    gone = add("Mitu Akter", phones=["01555111222"], emails=["MITU@example.com"])
    trash_customers([gone])
    assert duplicate_groups() == []
    again = add("মিতু", phones=["+8801555111222"])
    assert [(g.customer_ids, g.reasons) for g in duplicate_groups()] == [
        ((live, again), (("phone", "+8801555111222"),))
    ]


def test_the_true_count_is_told_although_the_list_is_capped(store: Store) -> None:
    for i in range(5):
        add(f"Same Name {i}")
        add(f"Same Name {i}")
    add("Asha", phones=["01911111111"])
    add("Asha B.", phones=["01911111111"])
    found = find_duplicates(limit=3)
    assert (found.total, found.name_only, len(found.groups)) == (6, 5, 3)
    assert found.groups[0].reasons == (("phone", "+8801911111111"),)  # a shared phone first
    strong = find_duplicates(limit=3, name_only=False)
    assert [g.names for g in strong.groups] == [("Asha", "Asha B.")]
    assert strong.total == 6
