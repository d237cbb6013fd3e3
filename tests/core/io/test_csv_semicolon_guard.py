"""The formula guard holds for spreadsheets that split on ';' or tabs (issue 16, item 10):
a cell holding either is quoted, in every CSV the app writes."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from crm_desktop.db.store import Store
from crm_desktop.exporting import export_csv
from crm_desktop.importing import ImportFile, ImportOptions, run_import
from crm_desktop.io import iter_rows
from crm_desktop.io.csv_writer import write_csv
from crm_desktop.services.customers import CustomerInput, create_customer

HOSTILE = ["Rahim;=2+3;", "a\t=HYPERLINK(1)", "x;y", "tab\there"]


def _cells_split_on(text: str, separator: str) -> list[str]:
    """The cells a spreadsheet splitting on ``separator`` (outside quotes) sees in one line."""
    cells, current, quoted = [], "", False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == separator and not quoted:
            cells.append(current)
            current = ""
        else:
            current += ch
    return [*cells, current]


@pytest.mark.parametrize("value", HOSTILE)
def test_write_csv_quotes_a_cell_with_a_semicolon_or_tab(value: str) -> None:
    out = io.StringIO()
    write_csv(out, ["Name", "Phone"], [[value, "017"]])
    line = out.getvalue().splitlines()[1]
    assert line.startswith('"') and line.endswith('",017')
    for separator in (";", "\t"):
        assert not any(cell.lstrip().startswith("=") for cell in _cells_split_on(line, separator))
    read_back = list(iter_rows(out.getvalue().encode("utf-8"), delimiter=","))
    assert read_back[0].values == [value, "017"]


def test_an_export_quotes_them(store: Store, tmp_path: Path) -> None:
    create_customer(CustomerInput(display_name="Rahim;=2+3;", notes="one\ttwo"))
    export_csv("customers", tmp_path / "c.csv")
    text = (tmp_path / "c.csv").read_text(encoding="utf-8")
    assert '"Rahim;=2+3;"' in text and '"one\ttwo"' in text


def test_the_rejects_file_quotes_them(store: Store, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("Name,Notes\n,Rahim;=2+3;\n", encoding="utf-8")  # names nobody: set aside
    result = run_import(ImportFile(source), ImportOptions(entity="customers", skip_invalid=True))
    assert result.rejected == 1
    result.save_rejects(str(tmp_path / "rejects.csv"))
    assert '"Rahim;=2+3;"' in (tmp_path / "rejects.csv").read_text(encoding="utf-8")
