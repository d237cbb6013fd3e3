"""The app's translations without Qt: the same ``.ts`` catalogue the window compiles, read as XML.

The command line (``report pdf --lang bn``) says its words through this, the
window through Qt's translator loaded from the same file: one catalogue, the
same Bengali in both.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache

from crm_desktop.resources import resource_path
from crm_desktop.translatable import Translate, no_translation

CATALOG = "crm_desktop"


@cache
def _table(lang: str) -> dict[tuple[str, str], str]:
    path = resource_path("translations", f"{CATALOG}_{lang}.ts")
    if not path.is_file():
        return {}
    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if (
                source is None
                or translation is None
                or translation.get("type") in ("unfinished", "vanished", "obsolete")
            ):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            text = forms[0] if forms else (translation.text or "")
            if text:
                table[(name, source)] = text
    return table


def catalog_translate(lang: str) -> Translate:
    """``translate(context, text)`` for ``lang`` ("bn", "bn_BD"); English (or a missing catalogue)
    keeps the text."""
    lang = lang.split("_")[0]
    if lang == "en":
        return no_translation
    table = _table(lang)

    def translate(context: str, text: str) -> str:
        return table.get((context, text), text)

    return translate
