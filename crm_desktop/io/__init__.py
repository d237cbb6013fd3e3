"""Reading and writing contact files: the pure, Qt-free and database-free layer.

- :mod:`.encoding`   detect/decode text encodings (:func:`detect_encoding`).
- :mod:`.csv_reader` delimited files → rows with line numbers and problems.
- :mod:`.csv_sniff`  delimiter and header-row detection.
- :mod:`.fields`     the target fields of each import kind and their aliases.
- :mod:`.suggest`    header text → field suggestions.
- :mod:`.multivalue` cells holding several phones, emails or tags.
- :mod:`.mapping`    the confirmed mapping: apply to rows, save as JSON, ``--map``.
- :mod:`.vcard`      vCard 2.1/3.0/4.0 reading (and :mod:`.vcard_writer`, 3.0).
- :mod:`.csv_writer` CSV export with the reversible spreadsheet formula guard.

Bad input raises only :class:`ReadError` (a whole file cannot be read) or
:class:`MappingError` (a bad mapping); trouble with single rows or cards is
returned in ``problems`` lists, never raised and never silently dropped.
"""

from crm_desktop.io.csv_reader import Row, RowProblem, RowStream, Table, iter_rows, read_table
from crm_desktop.io.csv_sniff import Sniffed, sniff
from crm_desktop.io.csv_writer import neutralize_cell, unneutralize_cell, write_csv
from crm_desktop.io.encoding import DetectedEncoding, decode, detect_encoding
from crm_desktop.io.errors import MappingError, ReadError
from crm_desktop.io.mapping import (
    MappedRow,
    Mapping,
    build_mapping,
    parse_map_options,
    split_multi,
    suggest_mapping,
)
from crm_desktop.io.vcard import (
    TypedValue,
    VCardAddress,
    VCardContact,
    VCardProblem,
    VCardResult,
    parse_vcards,
    write_vcards,
)

__all__ = [
    "DetectedEncoding",
    "MappedRow",
    "Mapping",
    "MappingError",
    "ReadError",
    "Row",
    "RowProblem",
    "RowStream",
    "Sniffed",
    "Table",
    "TypedValue",
    "VCardAddress",
    "VCardContact",
    "VCardProblem",
    "VCardResult",
    "build_mapping",
    "decode",
    "detect_encoding",
    "iter_rows",
    "neutralize_cell",
    "parse_map_options",
    "parse_vcards",
    "read_table",
    "sniff",
    "split_multi",
    "suggest_mapping",
    "unneutralize_cell",
    "write_csv",
    "write_vcards",
]
