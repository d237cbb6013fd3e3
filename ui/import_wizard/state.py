"""What the import wizard's pages have decided so far."""

from __future__ import annotations

from dataclasses import dataclass, field

from crm_desktop.importing import ImportFile, ImportOptions, ImportResult, Preview
from crm_desktop.importing.options import MATCH_KEYS, MatchKey, OnMatch
from crm_desktop.io.mapping import Mapping
from crm_desktop.money import DEFAULT_CURRENCY


@dataclass
class WizardState:
    path: str = ""
    file: ImportFile | None = None
    entity: str = "customers"
    encoding: str | None = None  # None: detected
    delimiter: str | None = None
    has_header: bool | None = None
    preview: Preview | None = None
    mapping: Mapping | None = None
    match: tuple[MatchKey, ...] = MATCH_KEYS
    on_match: OnMatch = "update"
    skip_invalid: bool = False
    create_missing: bool = False
    currency: str = DEFAULT_CURRENCY  # for amounts in a file without a currency column
    day_first: bool | None = None
    dry_run: ImportResult | None = None
    result: ImportResult | None = None
    rejects_path: str = ""
    undone: bool = False
    history: list[str] = field(default_factory=list)

    def reading_options(self) -> ImportOptions:
        """Options that say how to read the file (for the preview)."""
        return ImportOptions(
            entity=self.entity, encoding=self.encoding, delimiter=self.delimiter, has_header=self.has_header
        )

    def options(self) -> ImportOptions:
        return ImportOptions(
            entity=self.entity,
            mapping=self.mapping,
            match=self.match,
            on_match=self.on_match,
            skip_invalid=self.skip_invalid,
            create_missing_customers=self.create_missing,
            currency=self.currency,
            day_first=self.day_first,
            encoding=self.encoding,
            delimiter=self.delimiter,
            has_header=self.has_header,
            file_name=self.file.name if self.file else "",
        )
