"""The command line explains itself: every option has a help text; demo says what it made in words."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from crm_desktop.cli.main import build_parser, main


def parsers(parser: argparse.ArgumentParser, name: str = "crm-desktop"):  # noqa: ANN201
    yield name, parser
    for action in parser._actions:  # noqa: SLF001 (argparse keeps its subcommands here)
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            for sub_name, sub in action.choices.items():
                yield from parsers(sub, f"{name} {sub_name}")


def test_every_option_has_a_help_text() -> None:
    missing = [
        f"{name} {action.option_strings or action.dest}"
        for name, parser in parsers(build_parser())
        for action in parser._actions  # noqa: SLF001
        if not action.help and not isinstance(action, argparse._SubParsersAction)  # noqa: SLF001
    ]
    assert missing == []


def test_demo_prints_a_summary_in_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--db", str(tmp_path / "demo.sqlite3"), "--customers", "30"]) == 0
    said = capsys.readouterr().err
    assert "DemoSummary(" not in said
    assert "30 customers" in said and "purchases" in said
