"""Customer search as a shop owner types it: Bengali and English names, parts of
words, phone numbers in any script and shape, and input that must never break it."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.db.models import Customer
from crm_desktop.db.store import Store
from crm_desktop.search import search_customer_ids
from crm_desktop.services.customers import (
    CustomerInput,
    create_customer,
    restore_customers,
    trash_customers,
    update_customer,
)

NAMES = {
    "rahim": CustomerInput(display_name="রহিম উদ্দিন", company="রহিম স্টোর"),
    "rahman": CustomerInput(display_name="রহমান মিয়া"),
    "karim": CustomerInput(display_name="করিম শেখ"),
    "rafiq": CustomerInput(display_name="রফিক"),
    "bangladesh": CustomerInput(display_name="বাংলাদেশ ট্রেডার্স"),
    "bala": CustomerInput(display_name="বালা"),
    "labonno": CustomerInput(display_name="লাবণ্য"),
    "bangla_less": CustomerInput(display_name="বাঙালি খাবার"),
    "karim_stores": CustomerInput(display_name="Karim Stores", notes="likes mangoes and lychees"),
    "akash": CustomerInput(display_name="Akash Ahmed"),
    "phone": CustomerInput(
        display_name="Phone Guy",
        phones=["01712-345678", "+880 1911 222333"],
        emails=["Foo.Bar@Example.COM"],
        tags=["VIP", "Wholesale buyer"],
    ),
    "bengali_digits": CustomerInput(display_name="শাহ আলম", phones=["০১৮১৫ ৬৬৭৭৮৮"]),
    "cpp": CustomerInput(display_name="C++ Traders"),
    "obrien": CustomerInput(display_name="O'Brien"),
    "andalib": CustomerInput(display_name="Andalib Hasan"),
    "oriental": CustomerInput(display_name="Oriental Fabrics"),
    "nothing": CustomerInput(display_name="Nothing Hill Cafe"),
    "near": CustomerInput(display_name="Near East Pharmacy"),
    "percent": CustomerInput(display_name="100% Pure Honey"),
    "underscore": CustomerInput(display_name="snake_case Ltd"),
    "quote": CustomerInput(display_name='The "Best" Shop'),
}


@pytest.fixture
def people(store: Store) -> dict[str, int]:
    return {key: create_customer(data).value for key, data in NAMES.items()}


def found(people: dict[str, int], text: str) -> set[str]:
    by_id = {v: k for k, v in people.items()}
    return {by_id[i] for i in search_customer_ids(text)}


# --- Bengali --------------------------------------------------------------------


def test_bengali_whole_word(people) -> None:
    assert found(people, "রহিম") == {"rahim"}


def test_bengali_part_of_a_word(people) -> None:
    assert found(people, "লাদেশ") == {"bangladesh"}
    assert found(people, "বাংলা") == {"bangladesh"}
    assert found(people, "ট্রেডা") == {"bangladesh"}


def test_bengali_words_sharing_letters_and_vowel_signs_do_not_match(people) -> None:
    # বালা and লাবণ্য share বা, লা and া with বাংলা; বাঙালি starts the same way
    assert "bala" not in found(people, "বাংলা")
    assert "labonno" not in found(people, "বাংলা")
    assert "bangla_less" not in found(people, "বাংলা")
    # রহমান shares রহ with রহিম; করিম shares িম
    assert found(people, "রহিম") == {"rahim"}
    assert found(people, "করিম") == {"karim"}
    assert found(people, "রহমান") == {"rahman"}


def test_every_word_must_match(people) -> None:
    assert found(people, "রহিম স্টোর") == {"rahim"}
    assert found(people, "রহিম শেখ") == set()


def test_a_name_with_zero_width_joiner_is_found_by_the_same_text(store: Store) -> None:
    rab = create_customer(CustomerInput(display_name="র\u200d্যাব ফার্মা")).value
    assert search_customer_ids("র\u200d্যাব ফার্মা") == [rab]
    assert search_customer_ids("ফার্মা") == [rab]


@pytest.mark.parametrize(
    ("saved", "typed"),
    [
        ("\u09df", "\u09af\u09bc"),  # য় precomposed / য + nukta
        ("\u09af\u09bc", "\u09df"),
        ("\u09df", "\u09df"),
        ("\u09dc", "\u09a1\u09bc"),  # ড়
        ("\u09dc", "\u09dc"),
    ],
)
def test_bengali_nukta_letters_match_however_they_were_typed(store: Store, saved: str, typed: str) -> None:
    """Keyboards and old files write য় / ড় either as one code point or as a
    letter plus nukta; both look the same, so both must find the customer."""
    city = create_customer(CustomerInput(display_name=f"ম{saved}মনসিংহ বা{saved}ার")).value
    assert search_customer_ids(f"ম{typed}মনসিংহ") == [city]
    assert search_customer_ids(f"ম{typed}") == [city]  # a two-letter prefix


# --- Latin ----------------------------------------------------------------------


def test_latin_is_case_insensitive_and_partial(people) -> None:
    assert found(people, "KARIM") == {"karim_stores"}
    assert found(people, "arim sto") == {"karim_stores"}
    assert found(people, "stores") == {"karim_stores"}


def test_notes_email_and_tags_are_searched(people) -> None:
    assert found(people, "mangoes") == {"karim_stores"}
    assert found(people, "lychee") == {"karim_stores"}
    assert found(people, "example.com") == {"phone"}
    assert found(people, "foo.bar") == {"phone"}
    assert found(people, "vip") == {"phone"}
    assert found(people, "wholesa") == {"phone"}


def test_company_is_searched(people) -> None:
    assert found(people, "স্টোর") == {"rahim"}


# --- phones ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "01712",
        "01712345678",
        "+880 1712",
        "8801712345678",
        "+8801712345678",
        "০১৭১২",
        "০১৭১২-৩৪৫৬৭৮",
        "017 12-34",
        "0171-2345",
        "1712 345",
        "01911 222",  # the second number
        "+880-1911-222333",
    ],
)
def test_phone_digits_in_any_shape(people, typed: str) -> None:
    assert found(people, typed) == {"phone"}


def test_a_number_saved_in_bengali_digits_is_found_by_latin_digits(people) -> None:
    assert found(people, "01815") == {"bengali_digits"}
    assert found(people, "+880 1815 667788") == {"bengali_digits"}
    assert found(people, "০১৮১৫৬৬") == {"bengali_digits"}


def test_a_number_nobody_has_finds_nobody(people) -> None:
    assert found(people, "01999") == set()


# --- short queries ------------------------------------------------------------------


def test_typing_a_whole_company_or_tag_with_a_short_word_finds_it(store: Store) -> None:
    """Typing "AB Traders" or the tag "ঈদ অফার" in full: the short word is in the
    company or the tag, not in the person's name, and must not hide the customer."""
    shop = create_customer(CustomerInput(display_name="Rahim", company="AB Traders")).value
    tagged = create_customer(CustomerInput(display_name="করিম", tags=["ঈদ অফার"])).value
    create_customer(CustomerInput(display_name="Other", company="XY Traders", tags=["অফার শেষ"]))
    assert search_customer_ids("AB Traders") == [shop]
    assert search_customer_ids("ঈদ অফার") == [tagged]


def test_one_and_two_letters_find_names_that_start_with_them(people) -> None:
    assert found(people, "র") == {"rahim", "rahman", "rafiq"}  # not করিম, which has র inside
    assert found(people, "রহ") == {"rahim", "rahman"}
    assert found(people, "k") == {"karim_stores"}
    assert found(people, "KA") == {"karim_stores"}  # not Akash
    assert found(people, "Ak") == {"akash"}


def test_a_short_word_narrows_a_long_one(people) -> None:
    assert found(people, "রহিম উ") == {"rahim"}
    assert found(people, "রহিম ম") == {"rahim"}
    assert found(people, "রহিম শে") == set()


def test_limit(people) -> None:
    assert len(search_customer_ids("র", limit=2)) == 2
    assert len(search_customer_ids("র", limit=None)) == 3


def test_empty_and_blank_queries_find_nothing(people) -> None:
    for text in ("", " ", "\t\n", "\u200f\u200e", "\x00"):
        assert search_customer_ids(text) == []


# --- trash ----------------------------------------------------------------------


def test_trashed_customers_are_not_found_until_restored(people) -> None:
    trash_customers([people["rahim"], people["phone"]])
    assert found(people, "রহিম") == set()
    assert found(people, "র") == {"rahman", "rafiq"}
    assert found(people, "01712") == set()
    restore_customers([people["rahim"]])
    assert found(people, "রহিম") == {"rahim"}
    assert found(people, "01712") == set()


def test_an_edited_name_is_found_by_the_new_name_only(people) -> None:
    update_customer(people["rafiq"], CustomerInput(display_name="রফিকুল ইসলাম", phones=["01555-000111"]))
    assert found(people, "ইসলাম") == {"rafiq"}
    assert found(people, "01555") == {"rafiq"}
    update_customer(people["rafiq"], CustomerInput(display_name="Someone Else"))
    assert found(people, "ইসলাম") == set()
    assert found(people, "01555") == set()


# --- hostile input ---------------------------------------------------------------------

HOSTILE = [
    '"',
    '""',
    '"unterminated',
    "-",
    "--",
    "-rahim",
    "C++",
    "o'brien",
    "(",
    ")",
    "()",
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "NEAR(a b)",
    "a AND b",
    "*",
    "rah*",
    "^",
    "^rahim",
    ":",
    "{name}:x",
    "name:রহিম",
    "{name phones}: 017",
    "%",
    "_",
    "\\",
    "\\%",
    "'; DROP TABLE customer; --",
    "😀",
    "👨‍👩‍👧",
    "\u200f",
    "\u202eরহিম",
    "\x00",
    "রহিম\x00উদ্দিন",
    "\x01\x02\x1b[31m",
    "\ufeff",
    "\ud7ff",
    "a" * 10_000,
    "রহিম " * 2_000,
    "0" * 10_000,
    "+",
    "+++",
    "...",
    "١٢٣٤٥",  # Arabic-Indic digits
]


@pytest.mark.parametrize("text", HOSTILE, ids=lambda t: repr(t[:20]))
def test_hostile_input_never_raises(people, text: str) -> None:
    result = search_customer_ids(text)
    assert isinstance(result, list)
    assert set(result) <= set(people.values())


def test_the_database_survives_hostile_input(people) -> None:
    for text in HOSTILE:
        search_customer_ids(text)
    assert Customer.select().count() == len(NAMES)
    assert found(people, "রহিম") == {"rahim"}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("C++ Traders", "cpp"),
        ("C++", "cpp"),
        ("c+", "cpp"),
        ("O'Brien", "obrien"),
        ("o'brien", "obrien"),
        ("O'", "obrien"),
        ("100%", "percent"),
        ("100% Pure", "percent"),
        ("snake_case", "underscore"),
        ('"Best"', "quote"),
        ("OR", "oriental"),
        ("NOT", "nothing"),
        ("NEAR", "near"),
    ],
)
def test_names_with_special_characters_are_found_by_that_text(people, text: str, key: str) -> None:
    assert found(people, text) == {key}


def test_fts_keywords_are_plain_words(people) -> None:
    assert found(people, "AND") == {"andalib", "karim_stores"}  # "mangoes and lychees"
    assert found(people, "mangoes AND lychees") == {"karim_stores"}
    assert found(people, "rahim OR karim") == set()  # not an OR query: no name has all three


def test_like_wildcards_in_short_words_are_literal(people) -> None:
    assert found(people, "10") == {"percent"}
    assert found(people, "%") == set()  # no name starts with %
    assert found(people, "_") == set()
    assert found(people, "Honey %") == {"percent"}  # the name has a real %
    assert found(people, "Stores %") == set()  # % is not "anything"
    assert found(people, "Stores _") == set()
    assert found(people, "Ltd _") == {"underscore"}


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],  # searching never changes the store
)
@given(text=st.text())
def test_any_text_is_a_valid_query(people, text: str) -> None:
    result = search_customer_ids(text)
    assert isinstance(result, list)
    assert len(set(result)) == len(result)
    assert set(result) <= set(people.values())


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(key=st.sampled_from(sorted(NAMES)), data=st.data())
def test_any_part_of_a_name_finds_that_customer(people, key: str, data: st.DataObject) -> None:
    name = unicodedata.normalize("NFC", NAMES[key].display_name)
    start = data.draw(st.integers(0, len(name) - 1))
    end = data.draw(st.integers(start + 1, len(name)))
    part = name[start:end]
    if not part.strip() or (all(len(w) < 3 for w in part.split()) and start > 0):
        return  # words of one or two letters alone find names that start with them, not any substring
    assert people[key] in search_customer_ids(part, limit=None), part
