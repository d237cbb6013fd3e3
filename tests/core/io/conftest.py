"""Shared helpers for the import/export reading layer tests."""

from __future__ import annotations

from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"


def corpus_bytes(relative: str) -> bytes:
    """The bytes of a real-world file kept in tests/data/corpus."""
    return (CORPUS / relative).read_bytes()
