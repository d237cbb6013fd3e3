"""Exports: CSV for every kind of record, vCard for customers.

:func:`export_csv` streams rows from SQL page by page (never the whole table
in memory) through :func:`crm_desktop.io.csv_writer.write_csv`, which guards
formula-looking cells; the headers are ones the import maps back, so an
exported file imports into an empty database as the same data, and into the
same database as no change. See :mod:`.columns` for what is written.
"""

from crm_desktop.exporting.export import (
    ENTITIES,
    ExportCancelled,
    contacts,
    count_rows,
    export_csv,
    export_vcards,
)

__all__ = ["ENTITIES", "ExportCancelled", "contacts", "count_rows", "export_csv", "export_vcards"]
