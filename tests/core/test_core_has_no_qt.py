"""The core never imports Qt (nor the ``ui`` package): the CLI, the tests and a
future server must run where no GUI library is installed."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import crm_desktop

CORE = Path(crm_desktop.__file__).parent
FORBIDDEN = ("PySide6", "PySide2", "shiboken6", "shiboken2", "PyQt4", "PyQt5", "PyQt6", "qtpy", "ui")

# The GUI commands of the CLI start the window by loading ``ui.app`` by name,
# inside the command, never at import time. That is the one door allowed.
DYNAMIC_IMPORT_ALLOWED = {"cli/gui_commands.py": {"ui.app"}}


def forbidden(module: str) -> bool:
    return module.split(".")[0] in FORBIDDEN


def core_files() -> list[Path]:
    files = sorted(CORE.rglob("*.py"))
    assert len(files) > 20, files  # the walk really found the core
    return files


def imports_in(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
    return found


def dynamic_imports_in(tree: ast.AST) -> list[tuple[int, str]]:
    """``importlib.import_module("x")`` and ``__import__("x")`` with a literal name."""
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in ("import_module", "__import__") and isinstance(node.args[0].value, str):
            found.append((node.lineno, node.args[0].value))
    return found


def test_no_core_file_imports_qt_or_the_ui() -> None:
    offences = []
    for path in core_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        rel = path.relative_to(CORE).as_posix()
        for line, module in imports_in(tree):
            if forbidden(module):
                offences.append(f"crm_desktop/{rel}:{line} imports {module}")
        for line, module in dynamic_imports_in(tree):
            if forbidden(module) and module not in DYNAMIC_IMPORT_ALLOWED.get(rel, set()):
                offences.append(f"crm_desktop/{rel}:{line} loads {module} by name")
    assert offences == []


def test_the_checker_catches_what_it_should() -> None:
    """A check that cannot fail is no check: feed it the imports it must refuse."""
    source = (
        "import PySide6.QtCore\n"
        "from shiboken6 import isValid\n"
        "def late():\n"
        "    from PyQt6 import QtWidgets\n"
        "    import ui.main_window\n"
        "    importlib.import_module('PySide6.QtGui')\n"
        "import uikit\n"
        "from crm_desktop import ui_helpers\n"
    )
    tree = ast.parse(source)
    bad = [m for _, m in imports_in(tree) + dynamic_imports_in(tree) if forbidden(m)]
    assert bad == ["PySide6.QtCore", "shiboken6", "PyQt6", "ui.main_window", "PySide6.QtGui"]


def module_names() -> list[str]:
    """Every module under crm_desktop/, from the files (some folders are
    namespace packages, which ``pkgutil.walk_packages`` would skip)."""
    names = []
    for path in core_files():
        parts = path.relative_to(CORE.parent).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_importing_every_core_module_loads_no_qt() -> None:
    """Import every module for real (import-time side effects included)."""
    names = module_names()
    assert "crm_desktop.services.customers" in names and "crm_desktop.cli.main" in names
    script = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r})\n"
        "assert not bad, bad\n"
        f"assert all(n in sys.modules for n in {names!r})\n"
        "print(len(sys.modules))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("MPLBACKEND", "QT_QPA_PLATFORM")}
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=CORE.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) > len(names)
