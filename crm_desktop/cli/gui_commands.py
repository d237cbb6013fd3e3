"""Commands that need the window: open it, render screenshots.

The core never imports Qt. The GUI package (``ui``) is loaded by name, only
when one of these commands runs.
"""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path
from typing import Any

import platformdirs

from crm_desktop.db.store import APP_NAME, resolve_db_path

DEMO_FILENAME = "demo.sqlite3"
DEMO_CUSTOMERS = 2000


def register(subparsers: Any) -> None:
    from crm_desktop.cli.main import add_db_argument

    p = subparsers.add_parser("screenshot", help="render the main views to PNG files (offscreen)")
    add_db_argument(p)
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the PNG files")
    p.add_argument(
        "--lang",
        choices=("bn", "en"),
        default=argparse.SUPPRESS,
        help="language of the pictures (default: the one the window would use)",
    )
    p.add_argument(
        "--size",
        type=window_size,
        default=(1440, 900),
        metavar="WxH",
        help="window size in pixels, e.g. 1366x768 (default: 1440x900)",
    )
    p.set_defaults(handler=cmd_screenshot)
    p = subparsers.add_parser(
        "check-display",
        help="say whether the window can open on this computer, and what to install if not (Linux)",
    )
    p.set_defaults(handler=cmd_check_display)


def window_size(text: str) -> tuple[int, int]:
    """``1366x768`` -> (1366, 768), for argparse."""
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit() or int(width) < 320 or int(height) < 240:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 1366x768")
    return int(width), int(height)


def _gui(module: str = "ui.app") -> Any:
    from crm_desktop.cli.main import CommandError

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise CommandError(f"the window cannot start: {exc}") from exc


def demo_db_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DEMO_FILENAME


def ensure_demo_db(path: Path) -> Path:
    """Make the demo database on first use (a few seconds), then reuse it."""
    if path.exists():
        return path
    from crm_desktop.db.store import open_store
    from crm_desktop.demo import generate

    partial = path.with_suffix(".partial.sqlite3")
    partial.unlink(missing_ok=True)
    with open_store(partial) as store:
        print(f"Making a demo database with {DEMO_CUSTOMERS} customers in {path} …")
        generate(store, customers=DEMO_CUSTOMERS, seed=1)
    partial.replace(path)
    return path


def check_display() -> None:
    """Refuse, in one line naming what to install, a window that Qt would abort for want of libraries."""
    from crm_desktop.cli.display_libraries import display_problem
    from crm_desktop.cli.main import CommandError

    problem = display_problem()
    if problem is not None:
        raise CommandError(problem)


def cmd_check_display(_args: argparse.Namespace) -> int:
    check_display()
    print("the window can open here: every library it needs is installed")
    return 0


def run_window(args: argparse.Namespace) -> int:
    check_display()
    if getattr(args, "demo", False):
        path = ensure_demo_db(demo_db_path())
    else:
        path = resolve_db_path(getattr(args, "db", None))
    return int(_gui().run(path, lang=getattr(args, "lang", None)))


def cmd_screenshot(args: argparse.Namespace) -> int:
    path = resolve_db_path(getattr(args, "db", None))
    size = getattr(args, "size", (1440, 900))
    return int(_gui().screenshot(path, Path(args.out), lang=getattr(args, "lang", None), size=size))


def run_self_test(_args: argparse.Namespace) -> int:
    return int(_gui("ui.self_test").main())
