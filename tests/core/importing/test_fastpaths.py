"""The fast phone and email checks give exactly what the services' checks give."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.contact_points import ContactPointError, normalize_email, parse_phone
from crm_desktop.importing import fastpaths
from crm_desktop.locale.digits import to_bengali_digits


def _outcome(fn, *args):  # noqa: ANN001, ANN002, ANN202
    try:
        return fn(*args)
    except ContactPointError as exc:
        return ("error", str(exc))


def _phones(seed: int, count: int) -> list[str]:
    r = random.Random(seed)
    out = []
    for _ in range(count):
        number = "".join(r.choice("0123456789") for _ in range(r.randrange(7, 14)))
        text = r.choice(["", "+", "+880", "880", "0", "+88 0", "00880", "+1 ", "+44"]) + number
        if r.random() < 0.3:
            cut = r.randrange(len(text))
            text = text[:cut] + r.choice(["-", " ", ".", "(", ")"]) + text[cut:]
        if r.random() < 0.2:
            text = to_bengali_digits(text)
        if r.random() < 0.1:
            text = f"  {text} "
        out.append(text)
    # every common Bangladeshi mobile shape, for every operator prefix
    for prefix in "3456789":
        n = f"1{prefix}{r.randrange(10**8):08d}"
        out += [f"0{n}", f"+880{n}", f"880{n}", n, f"0{n[:4]}-{n[4:]}", f"+880 {n[:4]} {n[4:]}", f"0{n}"[:-1]]
    return out


def test_phones_match_phonenumbers_for_many_numbers() -> None:
    numbers = _phones(seed=2024, count=12_000)  # random shapes; every operator prefix is always in
    for region in ("BD", "US", "IN", "GB"):
        for text in numbers:
            assert _outcome(fastpaths.phone, text, region) == _outcome(parse_phone, text, region), (
                text,
                region,
            )


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789০১২৩৪৫৬৭৮৯+- ()", max_size=20), st.sampled_from(["BD", "US", "DE"]))
def test_phones_match_phonenumbers_for_any_text(text: str, region: str) -> None:
    assert _outcome(fastpaths.phone, text, region) == _outcome(parse_phone, text, region)


_LOCAL = st.text(alphabet="abcXYZ09._-+!#$%&'*/=?^`{|}~\"() ,@", max_size=70)
_DOMAINS = st.sampled_from(
    ["gmail.com", "Example.COM", "doe.invalid", "bücher.de", "a..b.com", "-a.com", "x.c", "x.123",
     "localhost", "xn--bcher-kva.com", "mail.yahoo.co.uk", "a.test", "grameenphone.com", "", "গ্রাম.বাংলা"]
)  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(_LOCAL, _DOMAINS)
def test_emails_match_email_validator(local: str, domain: str) -> None:
    text = f"{local}@{domain}"
    assert _outcome(fastpaths.email, text) == _outcome(normalize_email, text)


def test_emails_match_email_validator_for_plain_addresses() -> None:
    r = random.Random(7)
    for i in range(20_000):
        local = "".join(
            r.choice("abcdefghijklmnopqrstuvwxyzABC0123456789._+-") for _ in range(r.randrange(1, 30))
        )
        text = f"{local}{i}@{r.choice(['gmail.com', 'YAHOO.COM', 'example.com.bd', 'x.invalid'])}"
        assert _outcome(fastpaths.email, text) == _outcome(normalize_email, text), text
