"""Reading vCards from real programs and phones, and writing them back."""

from __future__ import annotations

import codecs
from datetime import date

import pytest

from crm_desktop.io.errors import ReadError
from crm_desktop.io.vcard import (
    TypedValue,
    VCardAddress,
    VCardContact,
    parse_vcards,
    write_vcards,
)
from tests.core.io.conftest import CORPUS, corpus_bytes


def _card(*lines: str, eol: str = "\r\n") -> bytes:
    return eol.join(["BEGIN:VCARD", *lines, "END:VCARD", ""]).encode()


def test_every_corpus_vcard_file_is_covered_here() -> None:
    assert {p.name for p in (CORPUS / "vcard").glob("*.vcf")} == {
        "evolution_v30_folded.vcf",
        "outlook2003_v21_quoted_printable.vcf",
        # these three are imported in tests/core/importing/test_vcard_details.py
        "vcard40_rfc6350.vcf",
        "android_21_qp.vcf",
        "featurephone_sjis_21.vcf",
    }


def test_outlook_2003_quoted_printable_card() -> None:
    result = parse_vcards(corpus_bytes("vcard/outlook2003_v21_quoted_printable.vcf"))
    assert result.problems == []
    [card] = result.contacts
    assert card.version == "2.1"
    assert card.formatted_name == "Antoni Jozef Mylka jun."
    assert (card.family_name, card.given_name, card.additional_names) == (
        "Mylka",
        "Antoni",
        "Jozef",
    )
    assert (card.honorific_prefixes, card.honorific_suffixes) == ("Herr", "jun.")
    assert card.note == "These are some notes about antoni."  # =0D=0A decoded, trimmed
    assert [(p.value, p.types) for p in card.phones] == [
        ("49 631 234 341", ["work", "voice"]),
        ("48 691 342 341", ["home", "voice"]),
        ("48 91 3 175 234", ["cell", "voice"]),
    ]
    assert card.emails == [TypedValue("antoni_mylka@somedomain.com", ["internet", "pref"])]
    assert card.emails[0].preferred
    assert card.organization == "DFKI" and card.org_units == ["Knowledge-Management"]
    assert card.addresses[0].city == "Kaiserslautern"
    assert card.addresses[1].formatted() == "Budryka 2/1110, Krakow, malopolskie, 30-072, Polen"
    # the soft line break (= at the end of a line) joined the work label back together
    work_label, home_label = card.extra["LABEL"]
    assert work_label == ("3.10\nTrippstadter Str. 122\nKaiserslautern, Rheinland-Pfalz 67663\nDeutschland")
    # 8-bit quoted-printable bytes without a CHARSET: not UTF-8, read as cp1252
    assert home_label.startswith("Budryka 2/1110\nKraków, ")
    assert card.birthday == "19800118"
    assert card.birthday_date == date(1980, 1, 18)
    assert card.urls == [TypedValue("http://antoni.mylka.com", ["work"])]
    assert card.extra["ROLE"] == ["Software-Developer"]


def test_evolution_folded_card_with_escapes() -> None:
    result = parse_vcards(corpus_bytes("vcard/evolution_v30_folded.vcf"))
    assert result.problems == []
    [card] = result.contacts
    assert card.version == "3.0"
    assert card.formatted_name == "Mr. John Richter, James Doe Sr."
    assert card.additional_names == "Richter, James"
    # folded in the middle of "905-666-1234" and of the email address
    assert [(p.value, p.types) for p in card.phones] == [
        ("905-666-1234", ["cell"]),
        ("905-555-1234", ["work", "voice"]),
    ]
    assert card.emails[0].value == "john.doe@ibm.com"
    assert card.urls[0].value == "http://www.ibm.com"
    assert card.organization == "IBM" and card.org_units == ["Accounting", "Dungeon"]
    assert card.categories == ["VIP"]
    assert card.note.startswith("THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIB")
    assert 'CONTRIBUTORS "AS IS" AND' in card.note
    assert "WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE" in card.note
    assert "SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS" in card.note
    assert card.note.endswith("ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.")
    assert "\\" not in card.note
    # a continuation line with two spaces keeps the second one
    assert card.addresses == [
        VCardAddress("ASB-123", "", "15 Crescent moon drive", "Albaney", "New York", "12345",
                     "United States of America", ["home"]),
    ]  # fmt: skip
    assert card.birthday_date == date(1980, 3, 22)
    assert card.extra["X-AIM"] == ["johnny5@aol.com"]
    assert card.extra["X-EVOLUTION-FILE-AS"] == ["Doe, John"]
    assert card.uid == "477343c8e6bf375a9bac1f96a5000837"


def test_android_21_export_with_utf8_quoted_printable_bengali() -> None:
    name = "রহিম উদ্দিন".encode()
    qp = "".join(f"={b:02X}" for b in name)
    raw = _card(
        "VERSION:2.1",
        f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;{qp[:40]}=",
        f"{qp[40:]};;;",
        f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp}",
        "TEL;CELL;PREF:+8801712345678",
        "TEL;HOME:02-9123456",
    )
    [card] = parse_vcards(raw).contacts
    assert card.given_name == "রহিম উদ্দিন"
    assert card.formatted_name == "রহিম উদ্দিন"
    assert [p.value for p in card.phones] == ["+8801712345678", "02-9123456"]
    assert card.phones[0].types == ["cell", "pref"]


def test_vcard_4_uris_pref_and_apple_labels() -> None:
    raw = _card(
        "VERSION:4.0",
        "FN:Salma Begum",
        'TEL;VALUE=uri;TYPE="cell,voice";PREF=1:tel:+8801812345678',
        "item1.TEL:01912345678",
        "item1.X-ABLabel:_$!<Mobile>!$_",
        "item2.EMAIL;type=INTERNET:salma@example.com",
        "item2.X-ABLabel:Shop",
        "CATEGORIES:VIP,Wholesale\\, Dhaka,VIP",
    )
    [card] = parse_vcards(raw).contacts
    assert card.phones == [
        TypedValue("+8801812345678", ["cell", "voice", "pref"]),
        TypedValue("01912345678", ["mobile"]),
    ]
    assert card.emails == [TypedValue("salma@example.com", ["internet", "shop"])]
    assert card.categories == ["VIP", "Wholesale, Dhaka"]


def test_eight_bit_text_without_charset() -> None:
    raw = b"BEGIN:VCARD\nVERSION:3.0\nFN:M\xfcller Caf\xe9\nNOTE:" + "মিষ্টি".encode() + (b"\nEND:VCARD\n")
    [card] = parse_vcards(raw).contacts
    assert card.formatted_name == "Müller Café"  # not UTF-8: cp1252
    assert card.note == "মিষ্টি"  # UTF-8 on the same card


def test_explicit_charset_is_used_and_a_wrong_one_reported() -> None:
    raw = _card("VERSION:2.1", "FN;CHARSET=ISO-8859-2:Ma=B3a", "NOTE;CHARSET=NOPE:x")
    raw = raw.replace(b"Ma=B3a", b"Ma\xb3a")
    result = parse_vcards(raw)
    assert result.contacts[0].formatted_name == "Mała"
    assert [(p.card_index, p.line_number) for p in result.problems] == [(0, 4)]
    assert "not valid NOPE" in result.problems[0].reason


def test_cards_without_names_are_kept_and_named_by_what_they_have() -> None:
    raw = (
        _card("VERSION:3.0", "ORG:Karim Traders;Sales")
        + _card("VERSION:3.0", "EMAIL:nobody@example.com")
        + _card("VERSION:3.0", "TEL:+8801700000000")
        + _card("VERSION:3.0", "N:;;;;")
    )
    result = parse_vcards(raw)
    names = [c.display_name for c in result.contacts]
    assert names == ["Karim Traders", "nobody@example.com", "+8801700000000", ""]
    assert [(p.card_index, p.line_number) for p in result.problems] == [(3, 13)]
    assert "kept as an empty contact" in result.problems[0].reason


def test_structured_name_used_when_fn_is_missing() -> None:
    [card] = parse_vcards(_card("VERSION:2.1", "N:Hossain;Jamal;;Dr.;")).contacts
    assert card.display_name == "Dr. Jamal Hossain"


def test_broken_files_report_lines_and_keep_cards() -> None:
    raw = (
        b"garbage before\nNOTE:stray\n"
        b"BEGIN:VCARD\nVERSION:2.1\nFN:One\nthis line has no colon\n"
        b"AGENT:\nBEGIN:VCARD\nFN:Secretary\nEND:VCARD\nEND:VCARD\n"
        b"BEGIN:VCARD\nVERSION:3.0\nFN:Two\nTEL:017\n"
    )
    result = parse_vcards(raw)
    assert [c.display_name for c in result.contacts] == ["One", "Two"]
    assert [c.line_number for c in result.contacts] == [3, 12]
    assert [(p.card_index, p.line_number) for p in result.problems] == [
        (None, 1),
        (None, 2),
        (0, 6),
        (0, 8),
        (1, 12),
    ]
    reasons = [p.reason for p in result.problems]
    assert "no ':'" in reasons[0] and "no ':'" in reasons[2]
    assert "outside any card" in reasons[1]
    assert "card inside a card" in reasons[3]
    assert "no END:VCARD" in reasons[4]
    assert result.contacts[1].phones[0].value == "017"


def test_utf16_vcard_file() -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:করিম\r\nEND:VCARD\r\n"
    raw = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    assert parse_vcards(raw).contacts[0].formatted_name == "করিম"


@pytest.mark.parametrize("raw", [b"", b"Name,Phone\nRahim,017\n", b"\xff\xfe\x00"])
def test_not_a_vcard_file_is_a_read_error(raw: bytes) -> None:
    with pytest.raises(ReadError):
        parse_vcards(raw)


def test_writer_output_is_what_phones_expect() -> None:
    contact = VCardContact(
        formatted_name="রহিম উদ্দিন; Rahim, Jr.",
        given_name="রহিম",
        family_name="উদ্দিন",
        phones=[TypedValue("+8801712345678", ["cell", "pref"]), TypedValue("02-9123456")],
        emails=[TypedValue("rahim@example.com", ["internet"])],
        note="বাকি: ৫০০ টাকা, দেবে শুক্রবার;\r\nsecond line \\ backslash " + "ক" * 60,
        categories=["VIP", "Dhaka, North"],
        organization="Rahim Store",
    )
    text = write_vcards([contact])
    raw = text.encode("utf-8")
    lines = raw.split(b"\r\n")
    assert lines[-1] == b"" and b"\n" not in raw.replace(b"\r\n", b"")
    assert lines[:3] == [b"BEGIN:VCARD", b"VERSION:3.0", "FN:রহিম উদ্দিন\\; Rahim\\, Jr.".encode()]
    assert all(len(line) <= 75 for line in lines)
    for line in lines:
        line.decode("utf-8")  # folding never splits a UTF-8 sequence
    assert b"TEL;TYPE=CELL,PREF:+8801712345678" in lines
    assert b"TEL:02-9123456" in lines
    assert b"CATEGORIES:VIP,Dhaka\\, North" in lines
    unfolded = text.replace("\r\n ", "")
    assert "NOTE:বাকি: ৫০০ টাকা\\, দেবে শুক্রবার\\;\\nsecond line \\\\ backslash" in unfolded
    [back] = parse_vcards(raw).contacts
    assert back.formatted_name == contact.formatted_name
    assert back.note == contact.note.replace("\r\n", "\n")
    assert back.categories == ["VIP", "Dhaka, North"]
    assert back.phones == contact.phones


def test_writer_gives_a_name_to_unnamed_contacts() -> None:
    text = write_vcards([VCardContact(emails=[TypedValue("a@b.c")])])
    assert "FN:a@b.c\r\n" in text
    assert "N:;;;;\r\n" in text
