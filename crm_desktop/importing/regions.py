"""The country a row's phone numbers belong to, from its own country column.

A German export writes ``089 9876543`` with ``Land: Deutschland`` beside it;
a Salesforce one ``(415) 555-0101`` with ``BILLINGCOUNTRY: US``. Read in the
default region (Bangladesh) such numbers are not valid; read in the row's
country they are. Country names are known in English, German, French,
Spanish and Bengali (Babel's territory names), besides two-letter codes.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import cache

import phonenumbers

from crm_desktop.io.suggest import normalize_header

_COUNTRY_HEADERS = ("country", "countrycode", "land", "pays", "país", "দেশ")
_LANGUAGES = ("en", "de", "fr", "es", "bn")
_EXTRA = {"usa": "US", "uk": "GB", "england": "GB", "u.s.": "US", "u.s.a.": "US"}


def _key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


@cache
def _names() -> dict[str, str]:
    from babel import Locale

    regions = phonenumbers.SUPPORTED_REGIONS
    out: dict[str, str] = dict(_EXTRA)
    for language in _LANGUAGES:
        for code, name in Locale(language).territories.items():
            if code in regions:
                out.setdefault(_key(name), code)
    return out


def region_of(text: str) -> str | None:
    """The phone region a country cell names (``US``, ``Germany``, ``Deutschland``), or None."""
    value = text.strip()
    if not value:
        return None
    if len(value) == 2 and value.upper() in phonenumbers.SUPPORTED_REGIONS:
        return value.upper()
    return _names().get(_key(value))


def country_columns(headers: Sequence[str]) -> list[int]:
    """Columns that hold a country (``Country``, ``BILLINGCOUNTRY``, ``Address 1 - Country``, ``Land``)."""
    found = []
    for i, header in enumerate(headers):
        key = normalize_header(header)
        if key in _COUNTRY_HEADERS or (key.endswith(("country", "countrycode")) and "phone" not in key):
            found.append(i)
    return found
