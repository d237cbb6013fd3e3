"""Digit conversion between scripts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.locale import to_bengali_digits, to_latin_digits


def test_bengali_to_latin() -> None:
    assert to_latin_digits("০১২৩৪৫৬৭৮৯") == "0123456789"
    assert to_latin_digits("১,২৩,৪৫৬.৫০ ৳") == "1,23,456.50 ৳"


def test_other_scripts_to_latin() -> None:
    assert to_latin_digits("٠١٢٣٤٥٦٧٨٩") == "0123456789"  # Arabic-Indic
    assert to_latin_digits("۱۲۳") == "123"  # Extended Arabic-Indic (Persian/Urdu)
    assert to_latin_digits("१२३") == "123"  # Devanagari
    assert to_latin_digits("１２３") == "123"  # full-width


def test_non_digits_are_left_alone() -> None:
    assert to_latin_digits("টাকা abc ²") == "টাকা abc ²"  # superscript two is not a decimal digit
    assert to_latin_digits("") == ""


def test_latin_to_bengali() -> None:
    assert to_bengali_digits("0123456789") == "০১২৩৪৫৬৭৮৯"
    assert to_bengali_digits("৳1,23,456.50") == "৳১,২৩,৪৫৬.৫০"
    assert to_bengali_digits("Dec 2010") == "Dec ২০১০"


@given(st.text())
def test_round_trip(text: str) -> None:
    latin = to_latin_digits(text)
    assert to_latin_digits(to_bengali_digits(latin)) == latin
