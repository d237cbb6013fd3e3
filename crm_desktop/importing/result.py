"""What an import did (or, for a dry run, would do)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from crm_desktop.importing.batches import EarlierImport
from crm_desktop.importing.problems import Problem, RejectLog
from crm_desktop.importing.run import Counts
from crm_desktop.importing.source import FileInfo

# status values
IMPORTED = "imported"  # written and committed as a batch
DRY_RUN = "dry_run"  # everything checked and rolled back
REFUSED = "refused"  # rows had problems and "skip invalid rows" was off: nothing written
UNCHANGED = "unchanged"  # nothing to write: every row was skipped or rejected


@dataclass
class ImportResult:
    """Counts, the first problems, and the rejected rows of one import.

    ``created + updated + skipped + rejected`` is the number of records in
    the file (blank lines are not records). For a dry run or a refused
    import the counts are what the import would have done.
    """

    entity: str
    file_name: str
    status: str
    counts: Counts
    info: FileInfo
    problems: list[Problem] = field(default_factory=list)
    problem_count: int = 0
    notes: list[Problem] = field(default_factory=list)
    note_count: int = 0
    notices: list[str] = field(default_factory=list)
    batch_id: int | None = None
    rows: int = 0
    blank_records: int = 0
    rejects: RejectLog | None = None
    message: str = ""
    customer_ids: frozenset[int] = frozenset()
    already_imported: EarlierImport | None = None  # the same file (by content) imported before

    @property
    def created(self) -> int:
        return self.counts.created

    @property
    def updated(self) -> int:
        return self.counts.updated

    @property
    def skipped(self) -> int:
        return self.counts.skipped

    @property
    def rejected(self) -> int:
        return self.counts.rejected

    @property
    def written(self) -> bool:
        return self.status == IMPORTED

    def save_rejects(self, path: str, *, bom: bool = False) -> int:
        """Write the rejected rows (original cells + line + reasons) as CSV; the row count."""
        if self.rejects is None:
            return 0
        return self.rejects.write_csv(path, bom=bom)

    def to_json(self, *, max_problems: int = 100) -> dict[str, Any]:
        return {
            "created": self.created,
            "updated": self.updated,
            "skipped": self.skipped,
            "rejected": self.rejected,
            "status": self.status,
            "imported": self.written,
            "batch_id": self.batch_id,
            "entity": self.entity,
            "file": self.file_name,
            "rows": self.rows,
            "blank_lines": self.blank_records,
            "merged": self.counts.merged,
            "unchanged": self.counts.unchanged,
            "encoding": self.info.encoding,
            "delimiter": self.info.delimiter,
            "problem_count": self.problem_count,
            "problems": [p.to_json() for p in self.problems[:max_problems]],
            "notes": [p.to_json() for p in self.notes[:max_problems]],
            "notices": self.notices,
            "warning_count": self.note_count,
            "already_imported": self.already_imported.to_json() if self.already_imported else None,
            "message": self.message,
        }

    def close(self) -> None:
        if self.rejects is not None:
            self.rejects.close()
