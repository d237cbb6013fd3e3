"""The Bengali catalogue: lupdate extracts the strings, every translation keeps its placeholders."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "crm_desktop_bn.ts"
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|%n|%\d|%[sd]")

sys.path.insert(0, str(ROOT / "packaging"))
from update_translations import lupdate_command  # noqa: E402


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, <message>) for every message in a .ts file."""
    root = ET.parse(path).getroot()
    assert root.tag == "TS"
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def translations(message: ET.Element) -> list[str]:
    node = message.find("translation")
    if node is None or node.get("type") in ("unfinished", "vanished", "obsolete"):
        return []
    forms = [f.text or "" for f in node.iter("numerusform")]
    texts = forms if message.get("numerus") == "yes" else [node.text or ""]
    return [t for t in texts if t.strip()]


def finished(message: ET.Element) -> bool:
    node = message.find("translation")
    if node is None or node.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    if message.get("numerus") == "yes":
        forms = [f.text or "" for f in node.iter("numerusform")]
        return bool(forms) and all(f.strip() for f in forms)
    return bool((node.text or "").strip())


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh .ts from the code, as packaging/update_translations.py makes it."""
    target = tmp_path_factory.mktemp("ts") / "crm_desktop_bn.ts"
    subprocess.run(lupdate_command([target]), check=True, capture_output=True, timeout=120)
    return target


def test_lupdate_finds_strings_from_the_window_and_the_core(extracted: Path) -> None:
    found = {(context, source) for context, source, _ in messages(extracted)}
    assert ("MainWindow", "Customers") in found  # self.tr in ui/
    assert len(found) > 500
    contexts = {context for context, _ in found}
    assert "Charts" in contexts or "Segments" in contexts  # QT_TRANSLATE_NOOP in crm_desktop/


def test_the_committed_catalogue_parses_and_reads_in_bengali() -> None:
    root = ET.parse(TS).getroot()
    assert root.get("language", "").startswith("bn")
    texts = [t for _, _, m in messages(TS) for t in translations(m)]
    bengali = [t for t in texts if re.search("[\u0980-\u09ff]", t)]
    assert len(bengali) >= 0.9 * len(texts)  # the rest: "CRM Desktop", "PDF (*.pdf)", "{percent}%"…


def test_every_translation_keeps_the_placeholders_of_its_source() -> None:
    wrong = []
    for context, source, message in messages(TS):
        wanted = sorted(PLACEHOLDER.findall(source))
        for text in translations(message):
            if sorted(PLACEHOLDER.findall(text)) != wanted:
                wrong.append((context, source, text))
    assert wrong == []


def test_every_string_the_code_shows_has_a_finished_bengali_translation(extracted: Path) -> None:
    """New strings: run packaging/update_translations.py, then translate them in the .ts."""
    committed = {(c, s): m for c, s, m in messages(TS)}
    untranslated = [
        (c, s)
        for c, s, _ in messages(extracted)
        if (c, s) not in committed or not finished(committed[(c, s)])
    ]
    assert untranslated == []
