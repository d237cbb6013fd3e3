"""Shared fixtures: every test gets its own data folder and a real SQLite file."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

from crm_desktop.db.store import Store, open_store  # noqa: E402

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep settings, logs and default databases out of the real user folders."""
    home = tmp_path_factory.mktemp("home")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("CRM_DESKTOP_DB", raising=False)
    # Never the real keychain: a locked one would wait for a password prompt
    # nobody answers. Tests that need a keychain install an in-memory one.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    import keyring.core

    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "crm.sqlite3"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new database, migrated and seeded once per run: running every migration takes ~50 ms,
    copying the result ~1 ms, and most of the suite's tests start from an empty database."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_store(path).close()  # closed cleanly: the WAL is folded in, the file stands alone
    return path


@pytest.fixture
def store(db_path: Path, migrated_template: Path) -> Iterator[Store]:
    """A freshly created, fully migrated database in a temp file (a copy of the run's template)."""
    shutil.copyfile(migrated_template, db_path)
    opened = open_store(db_path)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def data_dir() -> Path:
    return DATA
