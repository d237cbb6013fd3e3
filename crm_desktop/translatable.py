"""Text the Qt-free core says to users, kept translatable.

The core never imports Qt, yet its words (chart titles, segment names, why
an input was refused, what is wrong with line 12 of a file) are shown in the
Bengali window. They are written as ``QT_TRANSLATE_NOOP("Context", "English
text")``: ``pyside6-lupdate`` finds the calls by name, so the strings land in
the ``.ts`` files (see ``packaging/update_translations.py``), and at run time
the call returns the English text as a :class:`Message`, a ``str`` that also
remembers its context and template.

A message with values is made with :meth:`Message.format`, which keeps the
template and the values apart::

    NOT_FOUND = QT_TRANSLATE_NOOP("Import", "no customer has {what} '{value}'")
    reason = NOT_FOUND.format(what=EMAIL_WORD, value="a@b.com")
    str(reason)          # "no customer has the email 'a@b.com'" (the CLI, logs, tests)
    reason.render(translate, locale="bn_BD")   # the window: template translated, then filled

Values that are messages themselves (a word such as "the email", a reason
inside a sentence) are translated too; whole numbers are written in the
locale's digits (``{count:,}`` with its grouping). Anything that turns a
message into a plain ``str`` (concatenation, slicing, ``str()``) keeps the
English text, so a message can go wherever a ``str`` went before.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["QT_TRANSLATE_NOOP", "Message", "Translate", "joined", "no_translation", "render"]

Translate = Callable[[str, str], str]


def no_translation(context: str, text: str) -> str:
    """A ``translate`` function that keeps the English text."""
    return text


class Message(str):
    """English text (the ``str`` value) plus what a window needs to say it in another language.

    ``context`` and ``template`` are the catalogue's key (the template is the
    English source text, placeholders and all); ``params`` the values that
    fill the placeholders. A message without values is its template.
    """

    context: str
    template: str
    params: Mapping[str, object]
    clause: bool  # shown inside another sentence: no full stop of its own

    def __new__(cls, context: str, template: str, /, **params: object) -> Message:
        english = str.format(template, **params) if params else template
        self = super().__new__(cls, english)
        self.context = context
        self.template = template
        self.params = params
        self.clause = False
        return self

    def format(self, *args: object, **params: object) -> Message:
        """The template filled with ``params``, as a message.

        Positional values (which a translation cannot name) give the English
        text only, as a message that stays English.
        """
        if args or not params:
            return Message("", str.format(self, *args, **params))
        return Message(self.context, self.template, **params)

    def render(self, translate: Translate = no_translation, locale: str | None = None) -> str:
        """The text in the language ``translate`` gives, numbers in ``locale`` (None: as in English)."""
        values = {key: _value(value, translate, locale) for key, value in self.params.items()}
        translated = translate(self.context, self.template) or self.template
        if not self.params:
            text = translated
        else:
            formatter = _LocaleFormatter(locale) if locale else string.Formatter()
            try:
                text = formatter.vformat(translated, (), values)
            except (KeyError, IndexError, ValueError, AttributeError):  # a broken translation: the English
                text = formatter.vformat(self.template, (), values)
        return text.rstrip().rstrip(".।") if self.clause else text

    def retold(self, english: str, *, clause: bool | None = None) -> Message:
        """The same message, its English worded as given (e.g. a capital letter at the start)."""
        other = str.__new__(Message, english)
        other.context, other.template, other.params = self.context, self.template, self.params
        other.clause = self.clause if clause is None else clause
        return other

    def as_clause(self) -> Message:
        """The message as it reads inside another sentence (in brackets, after a colon): "The part
        … '@'." becomes "the part … '@'", and no translation ends it with a full stop."""
        english = str(self).strip().rstrip(".")
        return self.retold(english[:1].lower() + english[1:], clause=True)

    def map_params(self, change: Callable[[str], str]) -> Message:
        """The same message with ``change`` applied to every plain text value (nested ones too)."""
        params: dict[str, object] = {}
        for key, value in self.params.items():
            if isinstance(value, Message):
                params[key] = value.map_params(change)
            elif isinstance(value, str):
                params[key] = change(value)
            else:
                params[key] = value
        changed = Message(self.context, self.template, **params)
        return changed.as_clause() if self.clause else changed

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (str(self), self.context, self.template, dict(self.params), self.clause))


def _rebuild(english: str, context: str, template: str, params: dict[str, object], clause: bool) -> Message:
    message = Message(context, template, **params)
    return message if message == english and not clause else message.retold(english, clause=clause)


def QT_TRANSLATE_NOOP(context: str, text: str) -> Message:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for translation in ``context``; returns it unchanged, as a :class:`Message`."""
    return Message(context, text)


def joined(parts: list[str], separator: str = ", ", *, more: bool = False) -> Message:
    """``parts`` joined by ``separator`` (and "…" at the end when ``more``); messages among them
    are translated when the whole is."""
    slots = [f"{{p{i}}}" for i in range(len(parts))] + (["…"] if more else [])
    return Message("", separator.join(slots), **{f"p{i}": part for i, part in enumerate(parts)})


def render(text: str, translate: Translate = no_translation, locale: str | None = None) -> str:
    """``text`` in another language if it is a :class:`Message`; any other ``str`` as it is."""
    return text.render(translate, locale) if isinstance(text, Message) else str(text)


def _value(value: object, translate: Translate, locale: str | None) -> object:
    return value.render(translate, locale) if isinstance(value, Message) else value


class _LocaleFormatter(string.Formatter):
    """``str.format`` that writes whole numbers the locale's way (digits, and grouping for ``{n:,}``)."""

    def __init__(self, locale: str) -> None:
        from crm_desktop.locale import format_number, resolve_locale, to_bengali_digits

        info = resolve_locale(locale)
        self._group: Callable[[int], str] = lambda n: format_number(n, locale)
        self._digits: Callable[[str], str] = to_bengali_digits if info.native_digits else str

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, int) and not isinstance(value, bool):
            if format_spec == ",":
                return self._group(value)
            return self._digits(format(value, format_spec))
        return str(super().format_field(value, format_spec))
