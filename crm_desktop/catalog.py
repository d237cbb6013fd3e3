"""The window's translations, read without Qt, for what the command line writes in a language
(a Bengali statement PDF): the ``.ts`` catalogue the window's ``.qm`` is compiled from."""

from __future__ import annotations

import logging
from functools import cache
from xml.etree import ElementTree

from crm_desktop.resources import resource_path
from crm_desktop.translatable import Translate, no_translation

log = logging.getLogger(__name__)


@cache
def _messages(lang: str) -> dict[tuple[str, str], str]:
    path = resource_path("translations", f"crm_desktop_{lang}.ts")
    found: dict[tuple[str, str], str] = {}
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError) as exc:
        log.warning("no %s translations (%s): English is used", lang, exc)
        return found
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            if translation.text:
                found[(name, source)] = translation.text
    return found


def translator(lang: str) -> Translate:
    """``translate(context, text)`` for ``lang`` ("bn"); English (as written) for "en"."""
    if lang.split("_")[0] == "en":
        return no_translation
    messages = _messages(lang.split("_")[0])

    def translate(context: str, text: str) -> str:
        return messages.get((context, text), text)

    return translate
