"""Marking user-visible words in the Qt-free core for translation.

The core never imports Qt, yet segment names, chart titles and axis labels
are shown to users in Bengali. They are written here as
``QT_TRANSLATE_NOOP("Context", "English text")``: at run time that returns
the English text unchanged (as a :class:`~crm_desktop.translatable.Message`),
and ``pyside6-lupdate`` finds the calls by name, so the strings land in the
``.ts`` files. The window then translates them with
``QCoreApplication.translate(context, text)``, passed into the chart code as
a plain ``translate`` function; the command line passes
:func:`no_translation`.

The marker lives in :mod:`crm_desktop.translatable` (which has no imports,
so low-level modules such as the contact-point checks can use it too).
"""

from __future__ import annotations

from crm_desktop.translatable import QT_TRANSLATE_NOOP, Message, Translate, no_translation

__all__ = ["QT_TRANSLATE_NOOP", "Message", "Translate", "no_translation"]
