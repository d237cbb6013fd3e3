"""Turn the app's locale strings ("bn", "bn_BD", "en", "en_BD", "en-US") into CLDR data.

Rules, so every formatter agrees:

* "-" and "_" are both accepted as separators, and a POSIX tail such as
  ".UTF-8" or "@euro" is ignored.
* A bare language gets its CLDR likely region: "bn" means bn_BD and "en"
  means en_US. That matters for the first day of the week (Sunday in both).
* "en_BD" (English as used in Bangladesh) is not in CLDR. We use the en_IN
  data for it: lakh/crore grouping, day-first dates ("1 Dec 2010") and a
  Sunday-first week, which is how English is written in Bangladesh.
* Bengali locales show Bengali digits by default; the others Latin digits.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global

__all__ = ["LocaleInfo", "resolve_locale"]

# Locales CLDR lacks, and the CLDR locale whose data stands in for them.
_STAND_INS = {"en_BD": "en_IN"}


@dataclass(frozen=True, slots=True)
class LocaleInfo:
    """A resolved locale: what was asked for and the CLDR data used for it."""

    tag: str  # normalised request, e.g. "bn_BD", "en_BD", "en_US"
    language: str  # "bn", "en"
    territory: str  # "BD", "US"; "" if CLDR has no likely region
    data: Locale  # the Babel locale whose patterns and names are used

    @property
    def is_bengali(self) -> bool:
        return self.language == "bn"

    @property
    def native_digits(self) -> bool:
        """Whether numbers are shown in Bengali digits unless asked otherwise."""
        return self.is_bengali

    @property
    def groups_in_lakhs(self) -> bool:
        """Whether the locale's own number pattern groups 12,34,567 (bn, en_IN, en_BD)."""
        pattern = self.data.decimal_formats[None].pattern
        return "#,##,##0" in pattern


def _normalise(text: str) -> str:
    tag = text.strip().split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    if not tag:
        raise ValueError("empty locale")
    parts = tag.split("_")
    parts[0] = parts[0].lower()
    if len(parts) > 1 and len(parts[-1]) == 2:
        parts[-1] = parts[-1].upper()
    return "_".join(parts)


@lru_cache(maxsize=64)
def resolve_locale(locale: str) -> LocaleInfo:
    """Resolve a locale string; raises ``ValueError`` for one CLDR does not know."""
    if not isinstance(locale, str):
        raise TypeError(f"locale must be a string such as 'bn' or 'en_US', not {locale!r}")
    tag = _normalise(locale)
    try:
        data = Locale.parse(_STAND_INS.get(tag, tag))
    except (UnknownLocaleError, ValueError):
        raise ValueError(f"unknown locale {locale!r}") from None
    territory = tag.split("_")[-1] if tag in _STAND_INS else (data.territory or "")
    if not territory:
        likely = get_global("likely_subtags").get(data.language, "")
        territory = likely.split("_")[-1] if likely.count("_") >= 1 else ""
        if territory and data.script is None:
            with contextlib.suppress(UnknownLocaleError):
                data = Locale(data.language, territory)
        tag = f"{data.language}_{territory}" if territory else data.language
    return LocaleInfo(tag=tag, language=data.language, territory=territory, data=data)
