"""Before the window opens on Linux: a missing system library is named with the package to install,
in one line and exit status 2, instead of Qt's abort."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from crm_desktop.cli.display_libraries import (
    DEBIAN_PACKAGES,
    debian_package,
    display_problem,
    uses_xcb,
    xcb_plugin,
)
from crm_desktop.cli.main import main

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 libraries are Linux's")

ICCCM_AND_KEYSYMS_MISSING = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
"""


def fake_ldd(folder: Path, listing: str) -> str:
    """A PATH on which ``ldd`` prints ``listing``, as the real one does when libraries are missing."""
    script = folder / "ldd"
    script.write_text(f"#!/bin/sh\ncat <<'LISTING'\n{listing}LISTING\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return f"{folder}{os.pathsep}{os.environ.get('PATH', '')}"


@pytest.fixture
def x11(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":0")


@pytest.mark.parametrize(
    ("library", "package"),
    [
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libEGL.so.1", "libegl1"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
    ],
)
def test_each_library_is_named_by_its_debian_package(library: str, package: str) -> None:
    assert debian_package(library) == package


def test_the_installed_pyside6_has_the_x11_plugin_that_is_checked() -> None:
    plugin = xcb_plugin()
    assert plugin is not None and plugin.name == "libqxcb.so" and plugin.is_file()


def test_the_window_refuses_to_start_naming_what_to_install(
    x11: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PATH", fake_ldd(tmp_path, ICCCM_AND_KEYSYMS_MISSING))
    db = tmp_path / "shop.sqlite3"
    assert main(["--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1  # one line, no traceback
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in err
    assert err.rstrip().endswith("sudo apt-get install libxcb-icccm4 libxcb-keysyms1")
    assert not db.exists()  # nothing was made before refusing


def test_check_display_says_all_is_there(
    x11: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PATH", fake_ldd(tmp_path, "\tlibxcb.so.1 => /lib/libxcb.so.1 (0x1)\n"))
    assert main(["check-display"]) == 0
    assert "can open" in capsys.readouterr().out
    monkeypatch.setenv("PATH", fake_ldd(tmp_path, ICCCM_AND_KEYSYMS_MISSING))
    assert main(["check-display"]) == 2


def test_no_display_is_said_plainly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", fake_ldd(tmp_path, ""))
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    assert display_problem() == "the window cannot open: there is no display to draw on (DISPLAY is not set)"


def test_only_an_x11_window_is_checked() -> None:
    assert not uses_xcb({"QT_QPA_PLATFORM": "offscreen"})
    assert not uses_xcb({"WAYLAND_DISPLAY": "wayland-0"})
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"})
    assert uses_xcb({"DISPLAY": ":0"})


def test_the_readme_names_the_same_packages() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert f"sudo apt-get install {' '.join(DEBIAN_PACKAGES)}" in readme
