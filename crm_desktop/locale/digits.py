"""Digit conversion between scripts.

Bengali text is usually typed with Bengali digits (০১২৩৪৫৬৭৮৯); files from
elsewhere may carry Arabic-Indic or Devanagari digits. Everything that parses
numbers first runs the text through :func:`to_latin_digits`, and everything
that shows numbers in Bengali runs through :func:`to_bengali_digits`.
"""

from __future__ import annotations

import unicodedata

__all__ = ["BENGALI_DIGITS", "to_bengali_digits", "to_latin_digits"]

BENGALI_DIGITS = "০১২৩৪৫৬৭৮৯"

_TO_BENGALI = str.maketrans("0123456789", BENGALI_DIGITS)


def to_latin_digits(text: str) -> str:
    """Replace every Unicode decimal digit (Bengali, Arabic-Indic, ...) with 0-9.

    Only characters Unicode marks as decimal digits (category Nd) change;
    everything else, including Latin digits, is left as it is.
    """
    if text.isascii():
        return text
    out: list[str] = []
    for ch in text:
        value = unicodedata.decimal(ch, None)
        out.append(str(value) if value is not None else ch)
    return "".join(out)


def to_bengali_digits(text: str) -> str:
    """Replace the ASCII digits 0-9 with Bengali digits ০-৯; nothing else changes."""
    return text.translate(_TO_BENGALI)
