"""Can the window open here? On Linux, the system libraries Qt's X11 plugin needs.

Qt aborts with a message that names one package, often not the missing one
("xcb-cursor0 or libxcb-cursor0 is needed"), when its xcb platform plugin
cannot be loaded. Before the window starts, ``ldd`` is asked which of the
plugin's libraries this system lacks, so the user reads what to install.
Qt itself is not imported here (the core never does): the plugin is found
as a file inside the installed PySide6.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

# The shared libraries whose Debian/Ubuntu package name does not follow from the library's own name.
_PACKAGE_OF = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libfreetype.so.6": "libfreetype6",
    "libstdc++.so.6": "libstdc++6",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
}
# What the README's "Try it" asks Debian and Ubuntu users to install (the plugin's direct needs, and a
# font with Bengali): kept here so that the README, this message and install.sh say the same.
DEBIAN_PACKAGES = (
    *("libegl1", "libgl1", "libfontconfig1", "libglib2.0-0", "libdbus-1-3", "libxkbcommon-x11-0"),
    *("libx11-xcb1", "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1"),
    *("libxcb-randr0", "libxcb-render-util0", "libxcb-shape0", "libxcb-xfixes0", "libxcb-xkb1"),
    "fonts-noto-core",
)
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def debian_package(library: str) -> str:
    """The Debian package that ships a shared library: ``libxcb-icccm.so.4`` → ``libxcb-icccm4``."""
    if library in _PACKAGE_OF:
        return _PACKAGE_OF[library]
    name, _, version = library.partition(".so.")
    name = name.lower()
    return f"{name}-{version}" if name[-1:].isdigit() else f"{name}{version}"


def xcb_plugin() -> Path | None:
    """Qt's X11 platform plugin inside the installed (or bundled) PySide6, if it is there."""
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """Will Qt open the window through X11 (not Wayland, not offscreen)?"""
    if not sys.platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0]
    if chosen:
        return chosen == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def missing_libraries(plugin: Path) -> list[str]:
    """The libraries ``plugin`` needs that this system cannot find (none when ``ldd`` cannot tell)."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    try:
        listing = subprocess.run(
            [ldd, str(plugin)], capture_output=True, text=True, timeout=20, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted(set(_NOT_FOUND.findall(listing)))


def display_problem(environ: Mapping[str, str] | None = None) -> str | None:
    """One line saying what to install before the window can open, or None when nothing is missing."""
    environ = os.environ if environ is None else environ
    if not uses_xcb(environ):
        return None
    plugin = xcb_plugin()
    missing = missing_libraries(plugin) if plugin is not None else []
    if not missing:
        if not environ.get("DISPLAY"):
            return "the window cannot open: there is no display to draw on (DISPLAY is not set)"
        return None
    packages = sorted({debian_package(lib) for lib in missing})
    return (
        f"the window cannot open: this system lacks {', '.join(missing)}, which Qt needs to draw on X11. "
        f"On Debian or Ubuntu: sudo apt-get install {' '.join(packages)}"
    )
