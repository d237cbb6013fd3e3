"""Demo customers: names, phones, emails, addresses, tags, owners.

:func:`make_customers` returns the rows for the customer table and its
child tables, plus a :class:`Person` per customer that the activity
generators use (when the customer appeared, which language they write in,
whether they buy a lot).
"""

from __future__ import annotations

import random
import unicodedata
from bisect import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Generic, TypeVar

from crm_desktop.contact_points import parse_phone
from crm_desktop.demo import vocabulary as v
from crm_desktop.demo.clock import DAY, Clock, shop_time
from crm_desktop.locale.digits import to_bengali_digits
from crm_desktop.services.customers import sort_key

CUSTOMER_COLUMNS = (
    "id", "kind", "display_name", "sort_name", "given_name", "family_name", "company", "address",
    "city", "birthday", "source", "interests", "notes", "facebook", "external_id", "owner_id",
    "created_at", "updated_at", "deleted_at", "primary_phone", "primary_email", "tag_names",
    "last_contact_at", "last_purchase_at", "lifetime_value_minor",
)  # fmt: skip
PHONE_COLUMNS = ("id", "customer_id", "raw_text", "e164", "search_digits", "label", "position")
EMAIL_COLUMNS = ("id", "customer_id", "email", "label", "position")
CUSTOMER_TAG_COLUMNS = ("id", "customer_id", "tag_id")
CUSTOM_FIELD_COLUMNS = ("id", "customer_id", "key", "value")

HISTORY_DAYS = 730  # customers appear over the two years before the anchor
MOBILE_OPERATORS = "3456789"  # +880 13… to +880 19…

T = TypeVar("T")


@dataclass(slots=True)
class Person:
    """What the activity generators need to know about one demo customer."""

    id: int
    lang: str  # "bn" (writes Bengali), "en", or "foreign" (pays in dollars)
    created: int  # seconds relative to the anchor (negative)
    owner_id: int | None
    heavy: bool  # a wholesale or VIP buyer: buys more often, and more


@dataclass
class CustomerRows:
    people: list[Person] = field(default_factory=list)
    customers: list[tuple[object, ...]] = field(default_factory=list)
    phones: list[tuple[object, ...]] = field(default_factory=list)
    emails: list[tuple[object, ...]] = field(default_factory=list)
    tags: list[tuple[object, ...]] = field(default_factory=list)
    custom_fields: list[tuple[object, ...]] = field(default_factory=list)


@dataclass(frozen=True)
class FirstIds:
    customer: int
    phone: int
    email: int
    customer_tag: int
    custom_field: int


def ascii_slug(text: str) -> str:
    """Lower-case ASCII letters and digits only (``O'Brien`` -> ``obrien``, ``Müller`` -> ``muller``)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum())


def bd_mobile(rng: random.Random, used: set[str]) -> tuple[str, str, str]:
    """A new Bangladeshi mobile number: (e164, search digits, national digits).

    The same normal form :func:`crm_desktop.contact_points.parse_phone` gives.
    """
    while True:
        national = "01" + rng.choice(MOBILE_OPERATORS) + f"{rng.randrange(100_000_000):08d}"
        e164 = "+880" + national[1:]
        if e164 not in used:
            used.add(e164)
            return e164, e164[1:] + " " + national, national


def typed_mobile(rng: random.Random, national: str, lang: str) -> str:
    """The number as a shop assistant would have typed it."""
    r = rng.random()
    if lang == "bn" and r < 0.3:
        return to_bengali_digits(national if r < 0.2 else f"{national[:5]}-{national[5:]}")
    if r < 0.45:
        return national
    if r < 0.7:
        return f"{national[:5]}-{national[5:]}"
    if r < 0.8:
        return "+88" + national
    if r < 0.9:
        return f"+880 {national[1:5]} {national[5:]}"
    return f"{national[:5]} {national[5:8]} {national[8:]}"


class _Weighted(Generic[T]):
    def __init__(self, items: Sequence[T], weights: Sequence[int]) -> None:
        self.items = list(items)
        self.cum = list(accumulate(weights))

    def pick(self, rng: random.Random) -> T:
        return self.items[bisect(self.cum, rng.random() * self.cum[-1])]


_CITIES = _Weighted([(city, areas) for city, areas, _ in v.CITIES], [w for _, _, w in v.CITIES])
_SOURCES = _Weighted(list(v.SOURCES), list(v.SOURCE_WEIGHTS))


def _name(rng: random.Random, lang: str) -> tuple[str, str, str, str]:
    """(given, family, given in English, family in English) for a person."""
    if lang == "foreign":
        given, family = rng.choice(v.FOREIGN_GIVEN), rng.choice(v.FOREIGN_FAMILY)
        return given, family, given, family
    female = rng.random() < 0.45
    if rng.random() < 0.12:
        first = rng.choice(v.FEMALE_HINDU if female else v.MALE_HINDU)
        last = rng.choice(v.FAMILY_HINDU)
        prefix = None
    else:
        first = rng.choice(v.FEMALE_MUSLIM if female else v.MALE_MUSLIM)
        last = rng.choice(v.FAMILY_MUSLIM_FEMALE if female else v.FAMILY_MUSLIM)
        prefix = (v.MST_PREFIX if female else v.MD_PREFIX) if rng.random() < 0.18 else None
    i = 1 if lang == "bn" else 0
    given = f"{prefix[i]} {first[i]}" if prefix else first[i]
    return given, last[i], first[0], last[0]


def _business(rng: random.Random, lang: str) -> tuple[str, str]:
    """A shop or company name: (as written, in English)."""
    base, kind = rng.choice(v.BUSINESS_NAMES), rng.choice(v.BUSINESS_KINDS)
    i = 1 if lang == "bn" else 0
    return f"{base[i]} {kind[i]}", f"{base[0]} {kind[0]}"


def _address(rng: random.Random, lang: str, business: bool) -> tuple[str, str]:
    """(address, city)."""
    city, areas = _CITIES.pick(rng)
    area = rng.choice(areas)
    i = 1 if lang == "bn" else 0
    number, road = rng.randint(1, 120), rng.randint(1, 30)
    if lang == "bn":
        house = "দোকান" if business else "বাড়ি"
        line = f"{house} {to_bengali_digits(str(number))}, রোড {to_bengali_digits(str(road))}, {area[1]}"
    else:
        line = f"{'Shop' if business else 'House'} {number}, Road {road}, {area[0]}"
    return f"{line}, {city[i]}", city[i]


def _email(rng: random.Random, given_en: str, family_en: str, business_en: str, used: set[str]) -> str:
    if business_en:
        slug = ascii_slug(business_en)
        email = f"info@{slug}.com.bd" if rng.random() < 0.4 else f"{slug}@gmail.com"
    else:
        first, last = ascii_slug(given_en), ascii_slug(family_en)
        style = rng.random()
        if style < 0.4:
            local = f"{first}.{last}"
        elif style < 0.7:
            local = f"{first}{rng.randint(1, 99)}"
        else:
            local = f"{first[0]}{last}{rng.randint(70, 99)}"
        email = f"{local}@{rng.choice(v.EMAIL_DOMAINS)}"
    while email in used:
        name, domain = email.split("@")
        email = f"{name}{rng.randint(1, 9)}@{domain}"
    used.add(email)
    return email


def make_customers(
    rng: random.Random,
    count: int,
    first: FirstIds,
    owner_ids: list[int],
    tags: dict[str, tuple[int, str]],
    clock: Clock,
) -> CustomerRows:
    """``count`` customers and their phones, emails, tags and custom fields.

    ``tags`` maps each name in :data:`vocabulary.TAGS` to its (id, stored name).
    """
    out = CustomerRows()
    used_phones: set[str] = set()
    used_emails: set[str] = set()
    tag_names = list(v.TAGS)
    tag_cum = list(accumulate(v.TAG_WEIGHTS))
    phone_id, email_id, link_id, field_id = first.phone, first.email, first.customer_tag, first.custom_field
    for n in range(count):
        cid = first.customer + n
        business = rng.random() < 0.15
        r = rng.random()
        lang = "bn" if r < 0.45 else ("foreign" if r > 0.97 and not business else "en")
        given = family = given_en = family_en = company = company_en = ""
        if business:
            company, company_en = _business(rng, lang)
            display = company
        else:
            given, family, given_en, family_en = _name(rng, lang)
            display = f"{given} {family}"
            if rng.random() < 0.12:
                company, company_en = _business(rng, lang)
        days_ago = int(HISTORY_DAYS * rng.random() ** 1.3)
        created = max(shop_time(-days_ago - 1, rng.random()), -HISTORY_DAYS * DAY)
        created_at = clock.at(created)

        picked: list[str] = []
        for _ in range(rng.choice((0, 0, 1, 1, 1, 2, 2, 3))):
            tag = tag_names[bisect(tag_cum, rng.random() * tag_cum[-1])]
            if tag not in picked:
                picked.append(tag)
        heavy = business or bool({"VIP", "wholesale", "পাইকারি"} & set(picked))
        for tag in picked:
            out.tags.append((link_id, cid, tags[tag][0]))
            link_id += 1

        phones: list[str] = []
        if rng.random() < 0.97:
            if lang == "foreign":
                raw = rng.choice(v.FOREIGN_PHONE_FORMATS).format(rng.randrange(1000))
                phone = parse_phone(raw)
                if phone.e164 not in used_phones:
                    used_phones.add(phone.e164)
                    phones.append(phone.e164)
                    out.phones.append((phone_id, cid, phone.raw, phone.e164, phone.search_digits, "", 0))
                    phone_id += 1
            else:
                e164, digits, national = bd_mobile(rng, used_phones)
                phones.append(e164)
                out.phones.append((phone_id, cid, typed_mobile(rng, national, lang), e164, digits, "", 0))
                phone_id += 1
                if rng.random() < 0.12:
                    second: tuple[str, str, str] | None = None
                    if business and rng.random() < 0.6:
                        city_name = "Dhaka" if rng.random() < 0.7 else "Chattogram"
                        phone = parse_phone(v.LANDLINE_FORMATS[city_name].format(rng.randrange(1_000_000)))
                        if phone.e164 not in used_phones:
                            second = (phone.raw, phone.e164, phone.search_digits)
                    else:
                        e164, digits, national = bd_mobile(rng, used_phones)
                        second = (typed_mobile(rng, national, lang), e164, digits)
                    if second is not None:
                        used_phones.add(second[1])
                        phones.append(second[1])
                        out.phones.append((phone_id, cid, *second, "", 1))
                        phone_id += 1

        emails: list[str] = []
        email_odds = {"bn": 0.2, "en": 0.4, "foreign": 0.9}[lang] + (0.2 if business else 0.0)
        if rng.random() < email_odds:
            emails.append(_email(rng, given_en, family_en, company_en if business else "", used_emails))
            out.emails.append((email_id, cid, emails[0], "", 0))
            email_id += 1

        address, city = _address(rng, lang, business) if rng.random() < 0.8 else ("", "")
        if not address and rng.random() < 0.5:
            city = _address(rng, lang, business)[1]
        birthday = None
        if not business and rng.random() < 0.25:
            birthday = f"{rng.randint(1955, 2005)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        source = _SOURCES.pick(rng)
        i = 1 if lang == "bn" else 0
        interests = ", ".join(
            dict.fromkeys(rng.choice(v.INTERESTS)[i] for _ in range(rng.choice((0, 1, 1, 2))))
        )
        notes = rng.choice(v.NOTES)[i] if rng.random() < 0.15 else ""
        facebook = ""
        if source == "Facebook" and rng.random() < 0.6:
            facebook = f"facebook.com/{ascii_slug(company_en or given_en + family_en)}.{rng.randint(1, 999)}"
        owner_id = rng.choice(owner_ids) if owner_ids and rng.random() < 0.9 else None
        deleted_at = None
        if rng.random() < 0.005:  # a few in the trash
            deleted_at = clock.at(created + int(rng.random() * -created))

        if business and rng.random() < 0.5:
            licence = f"TRAD/DNCC/{rng.randrange(1_000_000):06d}/{rng.randint(2015, 2025)}"
            out.custom_fields.append((field_id, cid, "Trade licence", licence))
            field_id += 1
        if rng.random() < 0.2:
            out.custom_fields.append((field_id, cid, "Payment method", rng.choice(v.PAYMENT_METHODS)))
            field_id += 1

        out.customers.append(
            (
                cid, "business" if business else "person", display, sort_key(display), given, family,
                company, address, city, birthday, source, interests, notes, facebook, None, owner_id,
                created_at, created_at, deleted_at, phones[0] if phones else "",
                emails[0] if emails else "", ", ".join(tags[t][1] for t in picked), None, None, 0,
            )
        )  # fmt: skip
        out.people.append(Person(cid, lang, created, owner_id, heavy))
    return out
