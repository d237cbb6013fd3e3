"""The import engine: files → customers, purchases, deals, interactions.

One engine for the window and the command line (see :mod:`.engine`)::

    file = ImportFile("contacts.csv")
    options = ImportOptions(entity="customers", on_match="update", skip_invalid=True)
    result = run_import(file, options, dry_run=True)     # counts and problems, nothing written
    result = run_import(file, options)                    # the real thing, one transaction
    result.save_rejects("rejected.csv")
    undo_import(result.batch_id)

- :mod:`.source`     the file as rows (CSV/TSV via :mod:`crm_desktop.io`, or vCard).
- :mod:`.values`     cell text → stored values; :mod:`.fastpaths` fast phones/emails.
- :mod:`.customers`  (with :mod:`.customer_record`, :mod:`.customer_store`),
  :mod:`.activities` (purchases and interactions), :mod:`.deals`.
- :mod:`.batches`    the import history and undo; :mod:`.saved_mappings`.
- :mod:`.problems`   problems and the rejected-rows file; :mod:`.messages` the texts.
"""

from crm_desktop.importing.batches import BatchInfo, UndoConflict, UndoResult, list_batches, undo_import
from crm_desktop.importing.engine import resolve_mapping, run_import
from crm_desktop.importing.options import (
    ENTITIES,
    MATCH_KEYS,
    ON_MATCH,
    ImportCancelled,
    ImportOptions,
    ImportRefused,
)
from crm_desktop.importing.problems import Problem
from crm_desktop.importing.result import DRY_RUN, IMPORTED, REFUSED, UNCHANGED, ImportResult
from crm_desktop.importing.saved_mappings import delete_mapping, load_mapping, mapping_names, save_mapping
from crm_desktop.importing.source import FileInfo, ImportFile, Preview, SourceRow

__all__ = [
    "DRY_RUN",
    "ENTITIES",
    "IMPORTED",
    "MATCH_KEYS",
    "ON_MATCH",
    "REFUSED",
    "UNCHANGED",
    "BatchInfo",
    "FileInfo",
    "ImportCancelled",
    "ImportFile",
    "ImportOptions",
    "ImportRefused",
    "ImportResult",
    "Preview",
    "Problem",
    "SourceRow",
    "UndoConflict",
    "UndoResult",
    "delete_mapping",
    "list_batches",
    "load_mapping",
    "mapping_names",
    "resolve_mapping",
    "run_import",
    "save_mapping",
    "undo_import",
]
