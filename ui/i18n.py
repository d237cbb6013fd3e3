"""The window's language: which one, the compiled translations, and the locale for numbers.

The Bengali text lives in ``resources/translations/crm_desktop_bn.ts`` (Qt's
XML format, English source strings; refreshed from the code with
``packaging/update_translations.py``). Qt reads compiled ``.qm`` files, which
are never committed: a bundle's build script compiles them next to the
``.ts``; a source checkout compiles them here, on first use, into the user's
cache folder with the ``lrelease`` that ships with PySide6 (again whenever the
``.ts`` is newer than the ``.qm``).

The language comes from ``--lang`` if given, else from the Language setting
(System / English / বাংলা, stored in QSettings and applied on restart), where
"System" follows ``QLocale.system()``. :func:`install` must run before any
window is built; :func:`current_locale` then tells the views which locale to
pass to ``crm_desktop.locale`` formatting.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from crm_desktop import default_user
from crm_desktop.db.store import APP_NAME
from crm_desktop.default_pipeline import display_name
from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.translatable import Message
from ui.resources import resource_path

log = logging.getLogger(__name__)

LANGUAGES = ("bn", "en")
SETTING_KEY = "ui/language"  # "system", "en" or "bn"
CATALOG = "crm_desktop"

_current = "en"
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resource_path("translations")


def ts_path(lang: str, catalog: str = CATALOG) -> Path:
    return translations_dir() / f"{catalog}_{lang}.ts"


def saved_choice() -> str:
    """The Language setting: "system", "en" or "bn"."""
    value = str(QSettings().value(SETTING_KEY, "system") or "system")
    return value if value in ("system", *LANGUAGES) else "system"


def save_choice(choice: str) -> None:
    if choice not in ("system", *LANGUAGES):
        raise ValueError(f"unknown language choice: {choice!r}")
    settings = QSettings()
    settings.setValue(SETTING_KEY, choice)
    settings.sync()


def system_language() -> str:
    return "bn" if QLocale.system().language() == QLocale.Language.Bengali else "en"


def choose_language(cli_lang: str | None = None) -> str:
    """``--lang`` wins, then the saved setting, then the system's language."""
    if cli_lang in LANGUAGES:
        return cli_lang
    choice = saved_choice()
    return system_language() if choice == "system" else choice


def current_locale() -> str:
    """ "bn" or "en": the language the window speaks (for Babel formatting)."""
    return _current


def ui_locale() -> str:
    """The full locale for formatting: ``bn_BD`` or ``en_BD`` (lakh grouping, ৳)."""
    return "bn_BD" if _current == "bn" else "en_BD"


def number_text(n: int) -> str:
    """A count as the window writes it: ১,২৩,৪৫৬ in Bengali, 123,456 in English."""
    if _current != "bn":
        return f"{n:,}"
    from crm_desktop.locale import LocaleFormatter

    return LocaleFormatter("bn_BD").number(n)


def size_text(size_bytes: int) -> str:
    """A file's size as the window writes it: "2.6 MB", "২.৬ মেগাবাইট"."""
    value = f"{size_bytes / 1_000_000:,.1f}"
    if _current == "bn":
        from crm_desktop.locale.digits import to_bengali_digits

        value = to_bengali_digits(value)
    return QCoreApplication.translate("Sizes", "{size} MB").format(size=value)


def translated(text: str) -> str:
    """Text from the core in the window's language.

    A :class:`~crm_desktop.translatable.Message` (a refused input, an import
    problem…) is translated and then filled in, its numbers in Bengali
    digits; other text is shown as it is.
    """
    if _current != "en" and isinstance(text, Message):
        return text.render(QCoreApplication.translate, ui_locale())
    return str(text)


def stage_name(name: str) -> str:
    """A stage's or pipeline's name as every view shows it: a name the first start gave it
    ("New lead", "Sales"…) in the window's language, any other name as the user typed it."""
    return display_name(name, QCoreApplication.translate)


def user_name(name: str) -> str:
    """A user's name as every view shows it: the first start's "Owner" in the window's language
    while it is still named so, any other name as typed."""
    return default_user.display_name(name, QCoreApplication.translate)


def translated_error(error: BaseException, context: str = "ContactPoints") -> str:
    """A core error in the window's language: its message, or each field's for a refused input."""
    if isinstance(error, ValidationError):
        return validation_text(error)
    message = str(error)
    if isinstance(message, Message) or _current == "en":
        return translated(message)
    template = getattr(error, "template", "")  # an error that carries its template and values
    if not template:
        return message
    try:
        return QCoreApplication.translate(context, template).format(**getattr(error, "params", {}))
    except (KeyError, IndexError, ValueError):  # a broken translation: the English text
        return message


def field_error_text(error: FieldError) -> str:
    """One refused field: "phones 2: …" in English; in Bengali the message alone (the field
    names are the program's words)."""
    return str(error) if _current == "en" else translated(error.message)


def validation_text(error: ValidationError, separator: str = "; ") -> str:
    """Every refused field of ``error``, in the window's language."""
    return separator.join(field_error_text(e) for e in error.errors)


def sentence(message: str) -> str:
    """A capital first letter and a full stop: "." in English, the daṛi "।" in Bengali."""
    if message.endswith((".", "?", "!", "।")):
        return message[:1].upper() + message[1:]
    return message[:1].upper() + message[1:] + ("।" if _current == "bn" else ".")


def error_sentences(error: BaseException) -> str:
    """Why an operation was refused, for a label next to what was tried: each reason a
    sentence of its own in the window's language, without the program's field names."""
    if isinstance(error, ValidationError):
        return "\n".join(sentence(translated(e.message)) for e in error.errors)
    return sentence(translated_error(error))


def lrelease_program() -> str | None:
    """pyside6-lrelease next to the interpreter, else PySide6's own lrelease, else one on PATH."""
    here = Path(sys.executable).parent
    candidates = [here / "pyside6-lrelease", here / "pyside6-lrelease.exe"]
    try:
        import PySide6

        base = Path(PySide6.__file__).parent
        candidates += [base / "lrelease", base / "lrelease.exe", base / "Qt" / "bin" / "lrelease"]
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        pass
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_ts(ts: Path, qm: Path) -> bool:
    program = lrelease_program()
    if program is None:
        log.warning("no lrelease found; %s stays uncompiled", ts.name)
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run(
            [program, "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True, timeout=60
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("cannot compile %s: %s", ts.name, exc)
        return False
    return qm.is_file()


def _fresh(qm: Path, ts: Path) -> bool:
    return qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime)


def qm_path(lang: str, catalog: str = CATALOG) -> Path | None:
    """A compiled catalogue for ``lang``: next to the .ts (bundles), else built in the cache."""
    ts = ts_path(lang) if catalog == CATALOG else ts_path(lang, catalog)
    beside = ts.with_suffix(".qm")
    if _fresh(beside, ts):
        return beside
    if not ts.is_file():
        return None
    cached = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "translations" / beside.name
    if _fresh(cached, ts) or compile_ts(ts, cached):
        return cached
    return None


class CatalogTranslator(QTranslator):
    """A QTranslator that also looks a string up without its context.

    Module-level helpers (``def tr(text): return QCoreApplication.translate("App", text)``)
    are extracted by lupdate with an empty context, so a string not found under
    its run-time context is looked up again under the empty one.

    With ``counts`` (Bengali), the count of a plural string ("%n task(s) due") is
    written by it (৩টি, not 3টি): Qt itself would fill %n with Latin digits.
    """

    def __init__(self, parent: QCoreApplication | None = None, counts: Callable[[int], str] | None = None):
        super().__init__(parent)
        self.counts = counts

    def translate(  # noqa: D102
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        if not found and context:
            found = super().translate("", source, disambiguation, n)
        if found and n >= 0 and self.counts is not None and "%" in found:
            count = self.counts(n)
            found = found.replace("%Ln", count).replace("%n", count)
        return found or None  # None (a null string): Qt falls back to the source text


def install(lang: str | None) -> str:
    """Install the translators for ``lang`` (before any window is built); returns "bn" or "en"."""
    global _current
    app = QCoreApplication.instance()
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    _current = lang if lang in LANGUAGES else "en"
    if _current == "bn":
        QLocale.setDefault(QLocale(QLocale.Language.Bengali, QLocale.Country.Bangladesh))
    elif QLocale().language() == QLocale.Language.Bengali:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    if app is None:
        return _current
    if _current == "en":  # the source text is English; only the plural forms need a catalogue
        plural = qm_path("en")
        english = CatalogTranslator(app)
        if plural is not None and english.load(str(plural)):
            QCoreApplication.installTranslator(english)
            _installed.append(english)
        return _current
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    base = QTranslator(app)
    # Qt's own words (OK, Cancel, < Back…): Qt ships none for Bengali, so ours stand in
    ours = qm_path(_current, "qtbase")
    if base.load(f"qtbase_{_current}", qt_dir) or (ours is not None and base.load(str(ours))):
        QCoreApplication.installTranslator(base)
        _installed.append(base)
    qm = qm_path(_current)
    own = CatalogTranslator(app, counts=number_text)
    if qm is not None and own.load(str(qm)):
        QCoreApplication.installTranslator(own)
        _installed.append(own)
    else:
        log.warning("no %s translation found; the window stays in English", _current)
    return _current
