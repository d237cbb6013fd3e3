"""The pipeline and stage names a new database starts with, shown in the window's language.

The first start (migration 3, ``crm_desktop/db/migrations/__init__.py``)
stores a "Sales" pipeline with six stages, in English. They are data, not
interface text, so the database keeps them as stored; every view shows a
stage's or a pipeline's name through :func:`display_name`, which translates
a name that is still one of these defaults and leaves any other name — one
the user typed or renamed a default to — exactly as typed.
"""

from __future__ import annotations

from typing import Final

from crm_desktop.translatable import QT_TRANSLATE_NOOP, Message, Translate, no_translation

CONTEXT: Final = "DefaultPipeline"
PIPELINE: Final = QT_TRANSLATE_NOOP("DefaultPipeline", "Sales")
STAGES: Final = (
    QT_TRANSLATE_NOOP("DefaultPipeline", "New lead"),
    QT_TRANSLATE_NOOP("DefaultPipeline", "Qualified"),
    QT_TRANSLATE_NOOP("DefaultPipeline", "Quote sent"),
    QT_TRANSLATE_NOOP("DefaultPipeline", "Negotiation"),
    QT_TRANSLATE_NOOP("DefaultPipeline", "Won"),
    QT_TRANSLATE_NOOP("DefaultPipeline", "Lost"),
)
_DEFAULTS: Final = frozenset(str(name) for name in (PIPELINE, *STAGES))
_MESSAGES: Final = {str(name): name for name in (PIPELINE, *STAGES)}


def is_default(name: str) -> bool:
    """Whether ``name`` is a name the first start gave a pipeline or a stage."""
    return name in _DEFAULTS


def display_name(name: str, translate: Translate = no_translation) -> str:
    """A stage's or pipeline's name as a view shows it: a default name translated, any other as typed."""
    return translate(CONTEXT, name) if name in _DEFAULTS else name


def as_message(name: str) -> str:
    """``name`` to put into a message: a default name as a message (the window translates it), any
    other name as it is."""
    message: Message | None = _MESSAGES.get(name)
    return message if message is not None else name
