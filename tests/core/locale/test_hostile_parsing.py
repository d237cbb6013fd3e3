"""Hostile amounts and dates: only ParseError, a short printable sentence, quickly."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from crm_desktop.locale import ParseError, parse_amount, parse_date, parse_datetime
from crm_desktop.locale.errors import MAX_INPUT_CHARS

HOSTILE = ["\x00", "\x1b", "\ud800", "\u202e", "\u200f", "\u200d", "\ufeff", "১", "٥", "𝟓", "৳", "(",
           ")", "-", "/-", ",", ".", "e", "9" * 30, " ", "\n", "টাকা", "মাত্র", "Dec", "ডিসেম্বর", ":",
           "+06:00"]  # fmt: skip
hostile = st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=4)), max_size=12).map("".join)


def printable(message: str) -> bool:
    message.encode("utf-8")
    return all(unicodedata.category(ch) not in ("Cc", "Cs") for ch in message)


@settings(max_examples=400, deadline=None)
@given(text=hostile)
@example(text="1" * 5000)  # was: ValueError from int() (more than 4300 digits)
@example(text="১" * 100_000)
@example(text="9" * 32)  # was: an amount no database column can hold
@example(text="5\x00")
@example(text="5\ud800")
def test_parsing_fails_only_with_a_short_printable_parse_error(text: str) -> None:
    for parse in (parse_amount, parse_date, parse_datetime):
        try:
            parse(text)
        except ParseError as exc:
            assert printable(str(exc)), repr(str(exc))
            assert len(str(exc)) < 300
            assert exc.text.strip() == text.strip() or exc.text == text  # the input itself is kept


@pytest.mark.parametrize("parse", [parse_amount, parse_date, parse_datetime])
def test_a_pasted_page_is_refused_before_it_is_scanned(parse) -> None:  # noqa: ANN001
    with pytest.raises(ParseError) as info:
        parse("১২/১২/২০১০ " * 100_000)
    assert "1,099,999 characters long" in str(info.value)
    assert len(str(info.value)) < 200


def test_the_longest_real_inputs_are_well_within_the_limit() -> None:
    assert parse_amount("৳ (1,23,45,67,890.50) টাকা মাত্র/-".replace("/-", "")).minor == -123456789050
    assert parse_datetime("Wednesday, 1 December 2010 10:30:00 PM +06:00", tz="Asia/Dhaka").day == 1
    assert len("Wednesday, 1 December 2010 10:30:00 PM +06:00") * 4 < MAX_INPUT_CHARS


def test_an_amount_too_large_for_any_shop_is_refused() -> None:
    assert parse_amount("99,999,999,999,999.99").minor == 9999999999999999
    assert parse_amount("9" * 16, "JPY").minor == 9999999999999999
    with pytest.raises(ParseError) as info:
        parse_amount("9" * 15)
    assert "too large" in str(info.value)


@pytest.mark.parametrize("text", ["5\u200d00", "\u200f500\u200f", "\ufeff500"])
def test_invisible_marks_around_digits_are_read_or_refused_never_misread(text: str) -> None:
    try:
        assert parse_amount(text).minor == 50000
    except ParseError as exc:
        assert printable(str(exc))
