"""Marking user-visible words in the Qt-free core for translation.

The core never imports Qt, yet segment names, chart titles and axis labels
are shown to users in Bengali. They are written here as
``QT_TRANSLATE_NOOP("Context", "English text")``: at run time that returns
the English text unchanged, and ``pyside6-lupdate`` finds the calls by name,
so the strings land in the ``.ts`` files. The window then translates them
with ``QCoreApplication.translate(context, text)``, passed into the chart
code as a plain ``translate`` function; the command line passes
:func:`no_translation`.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


def no_translation(context: str, text: str) -> str:
    """A ``translate`` function that keeps the English text."""
    return text
