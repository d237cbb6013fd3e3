"""Refresh resources/translations/*.ts from the code (pyside6-lupdate), optionally compile them.

    .venv/bin/python packaging/update_translations.py            # extract new strings into the .ts
    .venv/bin/python packaging/update_translations.py --compile  # and build the .qm next to each .ts

qtbase_bn.ts holds Qt's own button words (OK, Cancel, < Back…), which Qt
ships no Bengali for; it is written by hand and only compiled here.

New strings arrive untranslated (type="unfinished"); translate them in the .ts
(Qt Linguist, or by hand). The .qm files are build output, git-ignored: a
source checkout compiles them on first use (ui/i18n.py), the bundle build
scripts run this with --compile before PyInstaller.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ["ui", "crm_desktop"]
LANGUAGES = ["bn"]
PLURAL_ONLY = ["en"]  # English needs only the plural forms ("%n task(s)" -> "1 task", "2 tasks")


def tool(name: str) -> str:
    here = Path(sys.executable).parent
    for candidate in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        sys.exit(f"pyside6-{name} not found (pip install PySide6)")
    return found


def lupdate_command(ts_files: list[Path], *, plural_only: bool = False) -> list[str]:
    return [
        tool("lupdate"), "-extensions", "py", "-locations", "none", "-no-obsolete",
        *(["-pluralonly"] if plural_only else []),
        "-tr-function-alias", "tr+=_tr",  # module-level helpers named _tr
        *[str(ROOT / s) for s in SOURCES], "-ts", *[str(t) for t in ts_files],
    ]  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compile", action="store_true", help="also build the .qm files")
    parser.add_argument("--no-update", action="store_true", help="only compile")
    args = parser.parse_args()
    folder = ROOT / "resources" / "translations"
    ts_files = [folder / f"crm_desktop_{lang}.ts" for lang in LANGUAGES]
    plural_files = [folder / f"crm_desktop_{lang}.ts" for lang in PLURAL_ONLY]
    if not args.no_update:
        subprocess.run(lupdate_command(ts_files), check=True)
        subprocess.run(lupdate_command(plural_files, plural_only=True), check=True)
    if args.compile or args.no_update:
        for ts in [*ts_files, *plural_files, *(folder / f"qtbase_{lang}.ts" for lang in LANGUAGES)]:
            subprocess.run([tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
