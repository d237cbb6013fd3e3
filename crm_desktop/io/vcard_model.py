"""The contact a vCard holds, as plain data (shared by reader and writer)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

__all__ = ["TypedValue", "VCardAddress", "VCardContact", "VCardProblem", "VCardResult"]


@dataclass(slots=True)
class TypedValue:
    """A phone, email or URL with its lower-case TYPE labels (``cell``, ``work``, ``pref``).

    Apple's custom labels (``item1.X-ABLabel``) are added to ``types`` too.
    """

    value: str
    types: list[str] = field(default_factory=list)

    @property
    def preferred(self) -> bool:
        return "pref" in self.types


@dataclass(slots=True)
class VCardAddress:
    """An ADR property, component by component (vCard order)."""

    po_box: str = ""
    extended: str = ""
    street: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    types: list[str] = field(default_factory=list)

    def formatted(self) -> str:
        """One line: the non-empty parts joined with ", "."""
        parts = (
            self.po_box,
            self.extended,
            self.street,
            self.city,
            self.region,
            self.postal_code,
            self.country,
        )
        return ", ".join(p for p in parts if p)


_ISO_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$")


@dataclass(slots=True)
class VCardContact:
    """One card. Text is decoded and unescaped; nothing is normalised further.

    ``extra`` keeps the other properties (upper-case name → values), e.g.
    ``ROLE``, ``LABEL``, ``X-AIM``, so nothing the file said is lost.
    ``line_number`` is the line of the card's ``BEGIN:VCARD``.
    """

    formatted_name: str = ""
    family_name: str = ""
    given_name: str = ""
    additional_names: str = ""
    honorific_prefixes: str = ""
    honorific_suffixes: str = ""
    nickname: str = ""
    organization: str = ""
    org_units: list[str] = field(default_factory=list)
    title: str = ""
    phones: list[TypedValue] = field(default_factory=list)
    emails: list[TypedValue] = field(default_factory=list)
    addresses: list[VCardAddress] = field(default_factory=list)
    urls: list[TypedValue] = field(default_factory=list)
    note: str = ""
    birthday: str = ""
    categories: list[str] = field(default_factory=list)
    uid: str = ""
    version: str = ""
    line_number: int = 0
    extra: dict[str, list[str]] = field(default_factory=dict)

    def structured_name(self) -> str:
        """The N parts in reading order: prefix, given, additional, family, suffix."""
        parts = (
            self.honorific_prefixes,
            self.given_name,
            self.additional_names,
            self.family_name,
            self.honorific_suffixes,
        )
        return " ".join(p for p in parts if p)

    @property
    def display_name(self) -> str:
        """FN, else the N parts, else organisation, nickname, email, phone; "" if none.

        A card without any name is never dropped: it is shown by whatever
        identifies it.
        """
        for candidate in (
            self.formatted_name,
            self.structured_name(),
            self.organization,
            self.nickname,
            self.emails[0].value if self.emails else "",
            self.phones[0].value if self.phones else "",
        ):
            if candidate:
                return candidate
        return ""

    @property
    def birthday_date(self) -> date | None:
        """BDAY as a date when it has a full year-month-day, else None."""
        match = _ISO_DATE.match(self.birthday.strip())
        if not match:
            return None
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class VCardProblem:
    """Something wrong in a card (``card_index`` into the contacts) or between cards (None)."""

    card_index: int | None
    line_number: int
    reason: str


@dataclass(slots=True)
class VCardResult:
    """What :func:`crm_desktop.io.vcard.parse_vcards` found."""

    contacts: list[VCardContact]
    problems: list[VCardProblem]
