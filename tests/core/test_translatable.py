"""Core messages: English as before for the command line, translatable for the window."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from crm_desktop.contact_points import EMAIL_REASONS, ContactPointError, normalize_email, parse_phone
from crm_desktop.importing import ImportFile, ImportOptions, run_import
from crm_desktop.locale import ParseError, parse_amount, parse_date
from crm_desktop.services import input_rules
from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.translatable import QT_TRANSLATE_NOOP, Message, joined, render

BENGALI = {
    ("T", "'{value}' is not a phone number ({reason})"): "'{value}' ফোন নম্বর নয় ({reason})",
    ("T", "too short"): "খুব ছোট",
    ("T", "{count:,} rows on line {line}"): "লাইন {line}-এ {count:,}টি সারি",
    ("T", "broken {name}"): "ভাঙা {nmae}",
}


def bengali(context: str, text: str) -> str:
    return BENGALI.get((context, text), text)


def test_a_marked_text_is_english_and_knows_its_context_and_template() -> None:
    template = QT_TRANSLATE_NOOP("T", "'{value}' is not a phone number ({reason})")
    assert template == "'{value}' is not a phone number ({reason})"  # unfilled: the template itself
    message = template.format(value="01712", reason=QT_TRANSLATE_NOOP("T", "too short"))
    assert isinstance(message, Message) and isinstance(message, str)
    assert message == "'01712' is not a phone number (too short)"
    assert (message.context, message.template) == ("T", "'{value}' is not a phone number ({reason})")
    assert message.render() == str(message)  # no translation: the English
    assert message.render(bengali) == "'01712' ফোন নম্বর নয় (খুব ছোট)"  # the value inside is translated too
    assert render("plain text", bengali) == "plain text"


def test_numbers_are_written_in_the_locales_digits() -> None:
    message = QT_TRANSLATE_NOOP("T", "{count:,} rows on line {line}").format(count=1234567, line=12)
    assert message == "1,234,567 rows on line 12"
    assert message.render(bengali, "bn_BD") == "লাইন ১২-এ ১২,৩৪,৫৬৭টি সারি"
    assert message.render(bengali) == "লাইন 12-এ 1,234,567টি সারি"


def test_a_broken_translation_falls_back_to_the_english_template() -> None:
    message = QT_TRANSLATE_NOOP("T", "broken {name}").format(name="x")
    assert message.render(bengali) == "broken x"


def test_messages_survive_pickling_and_rewording() -> None:
    message = QT_TRANSLATE_NOOP("T", "too short")
    inside = message.retold("too short!")
    assert inside == "too short!" and inside.render(bengali) == "খুব ছোট"
    again = pickle.loads(
        pickle.dumps(
            QT_TRANSLATE_NOOP("T", "'{value}' is not a phone number ({reason})").format(
                value="1", reason=inside
            )
        )
    )
    assert (
        again == "'1' is not a phone number (too short!)"
        and again.render(bengali) == "'1' ফোন নম্বর নয় (খুব ছোট)"
    )


def test_a_reason_inside_brackets_has_no_full_stop_in_any_language() -> None:
    reason = QT_TRANSLATE_NOOP("T", "There must be something after the @-sign.")
    inside = QT_TRANSLATE_NOOP("T", "'{value}' is not a phone number ({reason})").format(
        value="a@", reason=reason.as_clause()
    )
    assert inside == "'a@' is not a phone number (there must be something after the @-sign)"
    words = {"There must be something after the @-sign.": "@-চিহ্নের পরে কিছু থাকতে হবে।"}
    translated = inside.render(lambda c, t: words.get(t, bengali(c, t)))
    assert translated == "'a@' ফোন নম্বর নয় (@-চিহ্নের পরে কিছু থাকতে হবে)"
    assert pickle.loads(pickle.dumps(inside)).render(lambda c, t: words.get(t, bengali(c, t))) == translated


def test_joined_words_are_translated_one_by_one() -> None:
    words = joined([QT_TRANSLATE_NOOP("T", "too short"), "ok"], "; ", more=True)
    assert words == "too short; ok; …"
    assert words.render(bengali) == "খুব ছোট; ok; …"


BAD_EMAILS = [
    "rahim", "rahim@", "@x.com", "a..b@x.com", "a@x", ".a@x.com", "a.@x.com", "a@-x.com", "a@x.com.",
    "a b@x.com", "a@x_y.com", "a@x.c-", "a@x.123", "Rahim <a@x.com>", "a\uff20x.com", "a@b.c\u200b",
    "a@" + "b" * 300 + ".com", "a@invalid",
]  # fmt: skip


@pytest.mark.parametrize("text", BAD_EMAILS)
def test_every_email_reason_a_shop_meets_is_one_the_window_can_translate(text: str) -> None:
    """email-validator words its reasons itself: if an update rewords one, this says which."""
    with pytest.raises(ContactPointError) as caught:
        normalize_email(text)
    reason = caught.value.params["reason"]
    assert isinstance(reason, Message) and reason.template in EMAIL_REASONS, str(reason)
    assert str(caught.value).endswith(str(reason))  # the English is the library's, word for word


def test_phone_email_and_rule_problems_keep_their_english_and_their_template() -> None:
    with pytest.raises(ContactPointError) as phone:
        parse_phone("01712")
    assert str(phone.value) == "'01712' has the wrong number of digits for a phone number"
    assert isinstance(str(phone.value), Message)
    problem = input_rules.problem("x" * 300)
    assert problem == "is 300 characters long; at most 255 are allowed"
    assert isinstance(problem, Message) and problem.params == {"length": 300, "limit": 255}
    tags = input_rules.check_tags(["VIP, gold"], limit=60)
    assert (
        str(tags[0])
        == "tags: the tag 'VIP, gold' has a comma; commas separate tags, so it would come back as two"
    )
    assert isinstance(tags[0].message, Message)


def test_a_field_error_quoting_hostile_text_stays_translatable_and_short() -> None:
    quoted = QT_TRANSLATE_NOOP("T", "'{value}' is not a phone number ({reason})").format(
        value="\x07" + "9" * 5000, reason="x"
    )
    error = FieldError("phones", quoted)
    assert isinstance(error.message, Message) and len(error.message) < 400
    assert "\\x07" in error.message and "\x07" not in error.message
    assert error.message.render(bengali).startswith("'\\x07999")


def test_parse_errors_read_as_before_and_translate() -> None:
    with pytest.raises(ParseError) as amount:
        parse_amount("12.34.56")
    assert str(amount.value) == "'12.34.56' is not an amount: more than one decimal point"
    with pytest.raises(ParseError) as day:
        parse_date("31/02/2023")
    assert str(day.value) == "'31/02/2023' is not a real date: February 2023 has 28 days"
    message = str(day.value)
    assert isinstance(message, Message)
    words = {"February": "ফেব্রুয়ারি", "a real date": "সঠিক তারিখ"}
    assert message.render(lambda c, t: words.get(t, t), "bn_BD") == (
        "'31/02/2023' is not সঠিক তারিখ: ফেব্রুয়ারি ২০২৩ has ২৮ days"
    )
    with pytest.raises(ParseError) as control:
        parse_date("1/1/2020\x1b")
    assert "\\x1b" in str(control.value) and isinstance(str(control.value), Message)


def test_import_problems_and_refusals_stay_english_for_the_command_line(tmp_path: Path, store) -> None:  # noqa: ANN001
    path = tmp_path / "shop.csv"
    # line 3 names nobody and its phone and email cannot be verified: nothing usable, a problem
    path.write_text("Name,Phone,Email\nরহিম,01712345678,\n,-1199,bad@@mail.com\n", encoding="utf-8")
    result = run_import(ImportFile(str(path)), ImportOptions(), dry_run=True)
    reasons = [p.reason for p in result.problems]
    assert reasons == [
        "'-1199' is not a phone number (has the wrong number of digits)",
        "'bad@@mail.com' is not an email address "
        "(the part after the @-sign contains invalid characters: '@')",
        "a customer needs a name, a company, a phone or an email",
    ]
    assert all(isinstance(r, Message) for r in reasons)
    inner = reasons[1].params["reason"]
    assert isinstance(inner, Message) and inner.template in EMAIL_REASONS  # said in Bengali in the window
    assert str(result.problems[0]) == "line 3, column 'Phone': " + reasons[0]


def test_a_validation_error_keeps_the_messages_of_its_fields() -> None:
    error = ValidationError([FieldError("display_name", input_rules.NO_IDENTITY)])
    assert str(error) == "display_name: a customer needs a name, a company, a phone or an email"
    assert error.errors[0].message is input_rules.NO_IDENTITY
