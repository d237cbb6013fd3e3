"""How locale strings resolve to CLDR data."""

from __future__ import annotations

import pytest

from crm_desktop.locale import LocaleFormatter, first_weekday, resolve_locale
from crm_desktop.money import Money


@pytest.mark.parametrize(
    ("given", "tag", "data"),
    [
        ("bn", "bn_BD", "bn_BD"),
        ("bn_BD", "bn_BD", "bn_BD"),
        ("bn-BD", "bn_BD", "bn_BD"),
        ("en", "en_US", "en_US"),
        ("en_US", "en_US", "en_US"),
        ("en_US.UTF-8", "en_US", "en_US"),
        ("en_GB", "en_GB", "en_GB"),
        ("en_BD", "en_BD", "en_IN"),
        ("en-bd", "en_BD", "en_IN"),
    ],
)
def test_resolution(given: str, tag: str, data: str) -> None:
    info = resolve_locale(given)
    assert info.tag == tag
    assert str(info.data) == data


def test_unknown_locale_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown locale 'xx_YY'"):
        resolve_locale("xx_YY")
    with pytest.raises(ValueError, match="empty locale"):
        resolve_locale("")
    with pytest.raises(TypeError, match="locale must be a string"):
        resolve_locale(None)


@pytest.mark.parametrize(
    ("locale", "day"),
    [
        ("bn", 6),  # Sunday, as in Bangladesh
        ("bn_BD", 6),
        ("en_BD", 6),
        ("en_US", 6),
        ("en", 6),
        ("en_GB", 0),  # Monday
    ],
)
def test_first_weekday(locale: str, day: int) -> None:
    assert first_weekday(locale) == day


def test_formatter_binds_locale_digits_and_zone() -> None:
    from datetime import date, datetime

    bn = LocaleFormatter("bn", tz="Asia/Dhaka")
    assert bn.money(Money(12345650)) == "১,২৩,৪৫৬.৫০\u00a0৳"
    assert bn.number(1234567) == "১২,৩৪,৫৬৭"
    assert bn.date(date(2010, 12, 1)) == "১ ডিসে, ২০১০"
    assert bn.time(datetime(2010, 12, 1, 8, 26)) == "২:২৬ দুপুর"
    assert bn.month("2026-03") == "মার্চ ২০২৬"
    assert bn.day_first is True
    assert bn.first_weekday == 6

    latin = LocaleFormatter("bn", bengali_digits=False, tz="Asia/Dhaka")
    assert latin.money(Money(12345650)) == "1,23,456.50\u00a0৳"
    assert latin.datetime(datetime(2010, 12, 1, 8, 26)) == "1 ডিসে, 2010 2:26:00 দুপুর"

    us = LocaleFormatter("en_US", tz="UTC")
    assert us.money(Money(123450, "USD")) == "$1,234.50"
    assert us.percent(0.125, decimal_places=1) == "12.5%"
    assert us.money_compact(Money(12_345_600)) == "৳1.2L"
    assert us.compact_number(1_234_567) == "1.2M"
    assert us.relative(datetime(2026, 1, 1), now=datetime(2026, 1, 4)) == "3 days ago"
    assert us.month_name(12) == "December"
    assert us.day_first is False

    with pytest.raises(ValueError, match="unknown locale"):
        LocaleFormatter("zz")
