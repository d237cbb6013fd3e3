"""Reading and writing contact files: the pure, Qt-free and database-free layer.

- :mod:`.encoding`   detect/decode text encodings (:func:`detect_encoding`).
- :mod:`.csv_reader` delimited files → rows with line numbers and problems.
- :mod:`.csv_sniff`  delimiter and header-row detection.
- :mod:`.mapping`    header → field suggestions, saved mappings, ``--map``.
- :mod:`.fields`     the target fields of each import kind and their aliases.
- :mod:`.vcard`      vCard 2.1/3.0/4.0 reading and vCard 3.0 writing.
- :mod:`.csv_writer` CSV export with the spreadsheet formula guard.

Everything raises only :class:`ReadError` (or :class:`MappingError` for a bad
mapping) for bad input; row-level trouble is returned in ``problems`` lists.
"""

from crm_desktop.io.errors import ReadError

__all__ = ["ReadError"]
