"""The installation self-test: every step runs for real, and a failure names its step."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ui import self_test


def test_every_step_runs_on_a_temporary_database(tmp_path: Path, qapp) -> None:  # noqa: ANN001
    done = self_test.run_steps(tmp_path)
    assert done == [
        "open a new database",
        "add a customer",
        "log an interaction",
        "move a deal",
        "import a CSV",
        "render the views",
        "draw a chart",
    ]
    from ui.main_window import VIEWS

    views = sorted(p.name for p in (tmp_path / "shots").iterdir())
    assert views == sorted(f"{name}.png" for name in VIEWS)
    assert (tmp_path / "chart.png").read_bytes()[:8] == self_test.PNG_MAGIC


def test_a_failing_step_is_named(tmp_path: Path, qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(self_test, "SAMPLE_CSV", "Name,Phone\r\n,12\r\n")  # a row that names nobody
    with pytest.raises(self_test.SelfTestFailure) as failure:
        self_test.run_steps(tmp_path)
    assert failure.value.step == "import a CSV"
    assert "created 0 of 3" in str(failure.value)


def test_the_command_prints_one_line_and_exits_zero() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "crm_desktop.cli.main", "--self-test"],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("self-test passed: 7 steps")
    assert result.stdout.count("\n") == 1
