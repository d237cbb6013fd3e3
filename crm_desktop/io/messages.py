"""What the reading layer says about a file: why it chose an encoding, a delimiter and a header,
which records it could not read, and what is wrong with a column mapping.

Each text is marked with ``QT_TRANSLATE_NOOP`` (see :mod:`crm_desktop.translatable`): its
English is what the command line, logs and tests read; the import window says it in Bengali.
"""

from __future__ import annotations

from typing import Final

from crm_desktop.translatable import QT_TRANSLATE_NOOP

# --- the delimiter, in the sentences below ---------------------------------------
COMMA: Final = QT_TRANSLATE_NOOP("FileReading", "comma")
SEMICOLON: Final = QT_TRANSLATE_NOOP("FileReading", "semicolon")
TAB: Final = QT_TRANSLATE_NOOP("FileReading", "tab")
PIPE: Final = QT_TRANSLATE_NOOP("FileReading", "pipe")

# --- why the encoding ------------------------------------------------------------
ENCODING_CHOSEN: Final = QT_TRANSLATE_NOOP("FileReading", "{name} was chosen explicitly")
BOM_UTF32_LE: Final = QT_TRANSLATE_NOOP("FileReading", "UTF-32 LE with a byte-order mark")
BOM_UTF32_BE: Final = QT_TRANSLATE_NOOP("FileReading", "UTF-32 BE with a byte-order mark")
BOM_UTF8: Final = QT_TRANSLATE_NOOP("FileReading", "UTF-8 with a byte-order mark")
BOM_UTF16_LE: Final = QT_TRANSLATE_NOOP("FileReading", "UTF-16 LE with a byte-order mark")
BOM_UTF16_BE: Final = QT_TRANSLATE_NOOP("FileReading", "UTF-16 BE with a byte-order mark")
PLAIN_ASCII: Final = QT_TRANSLATE_NOOP("FileReading", "plain ASCII text, read as UTF-8")
VALID_UTF8: Final = QT_TRANSLATE_NOOP("FileReading", "the text is valid UTF-8")
MIXED_UTF8_CP1252: Final = QT_TRANSLATE_NOOP(
    "FileReading",
    "UTF-8, except {count} line(s) that are not (Windows-1252 there, from another program); "
    "those lines were read as Windows-1252",
)
LINE_NOT_UTF8: Final = QT_TRANSLATE_NOOP(
    "FileReading", "not valid UTF-8 like the rest of the file, so read as Windows-1252; check its letters"
)
FALLBACK_CP1252: Final = QT_TRANSLATE_NOOP(
    "FileReading",
    "not valid UTF-8 (byte offset {offset}), so read as Windows-1252 as a fallback; "
    "choose another encoding if letters look wrong",
)
FALLBACK_LATIN1: Final = QT_TRANSLATE_NOOP(
    "FileReading",
    "not valid UTF-8 (byte offset {offset}) nor Windows-1252, so read as Latin-1 as a last resort; "
    "choose the right encoding if letters look wrong",
)
LOOKS_UTF16: Final = QT_TRANSLATE_NOOP(
    "FileReading", "no byte-order mark, but every other byte is zero: looks like {label}"
)

# --- why the delimiter and the header ----------------------------------------------
DELIMITER_CHOSEN: Final = QT_TRANSLATE_NOOP("FileReading", "{name} was chosen explicitly")
HEADER_CHOSEN: Final = QT_TRANSLATE_NOOP("FileReading", "chosen explicitly")
NO_DELIMITER: Final = QT_TRANSLATE_NOOP(
    "FileReading", "no delimiter splits the rows, so each row is one field"
)
ALL_ROWS_AGREE: Final = QT_TRANSLATE_NOOP(
    "FileReading", "{name}: all of the first {rows} rows have {fields} fields"
)
MOST_ROWS_AGREE: Final = QT_TRANSLATE_NOOP(
    "FileReading", "{name}: {percent}% of the first {rows} rows have {fields} fields"
)
FILE_EMPTY: Final = QT_TRANSLATE_NOOP("FileReading", "the file is empty")
FIRST_ROW_GAPS: Final = QT_TRANSLATE_NOOP("FileReading", "the first row has empty cells")
FIRST_ROW_DATA: Final = QT_TRANSLATE_NOOP("FileReading", "the first row holds data ({value})")
FIRST_ROW_REPEATS: Final = QT_TRANSLATE_NOOP("FileReading", "the first row repeats a value")
KNOWN_FIELDS: Final = QT_TRANSLATE_NOOP("FileReading", "the first row names known fields")
WORDS_ABOVE_VALUES: Final = QT_TRANSLATE_NOOP(
    "FileReading", "the first row is words while the rows below hold other kinds of values"
)
LIKE_THE_ROWS: Final = QT_TRANSLATE_NOOP("FileReading", "the first row looks like the rows below it")

# --- records that could not be read ---------------------------------------------------
TOO_FEW_AGAINST_HEADER: Final = QT_TRANSLATE_NOOP(
    "FileReading",
    "Line {line} has {count} fields but the header has {expected} "
    "(too few; {delimiter}-separated), so it was not imported.",
)
TOO_MANY_AGAINST_HEADER: Final = QT_TRANSLATE_NOOP(
    "FileReading",
    "Line {line} has {count} fields but the header has {expected} "
    "(too many; {delimiter}-separated), so it was not imported.",
)
TOO_FEW_AGAINST_ROWS: Final = QT_TRANSLATE_NOOP(
    "FileReading",
    "Line {line} has {count} fields but most rows have {expected} "
    "(too few; {delimiter}-separated), so it was not imported.",
)
TOO_MANY_AGAINST_ROWS: Final = QT_TRANSLATE_NOOP(
    "FileReading",
    "Line {line} has {count} fields but most rows have {expected} "
    "(too many; {delimiter}-separated), so it was not imported.",
)
QUOTE_NEVER_CLOSED: Final = QT_TRANSLATE_NOOP(
    "FileReading",
    'Line {line} opens a quoted field (") that is never closed before the end of the file, '
    "so it was not imported.",
)

# --- files that cannot be read at all --------------------------------------------------
FIELD_TOO_LONG: Final = QT_TRANSLATE_NOOP(
    "FileReading",
    'Line {line}: a field is longer than {limit} characters. Probably a quote (") opened there '
    "is never closed.",
)
NOT_CSV: Final = QT_TRANSLATE_NOOP("FileReading", "Line {line}: the text cannot be read as CSV ({reason}).")
CANNOT_OPEN: Final = QT_TRANSLATE_NOOP("FileReading", "Cannot open {path}: {reason}.")
BAD_DELIMITER: Final = QT_TRANSLATE_NOOP(
    "FileReading", "The delimiter must be a single character, not {value}."
)
UNKNOWN_ENCODING: Final = QT_TRANSLATE_NOOP("FileReading", "Unknown text encoding {name}.")
DAMAGED_UTF16: Final = QT_TRANSLATE_NOOP(
    "FileReading",
    "The file is {name}, but at byte offset {offset} (line {line}) it holds half of a character "
    "(bytes {bytes}, an unpaired UTF-16 surrogate): the file is damaged there. Fix or delete that "
    "character in the program that made the file, then try again.",
)
NO_BYTE_ORDER: Final = QT_TRANSLATE_NOOP(
    "FileReading",
    "The file cannot be read as {name}: it does not start with a byte-order mark, so the byte order "
    "is unknown. Choose {name}-le or {name}-be.",
)
UNDECODABLE: Final = QT_TRANSLATE_NOOP(
    "FileReading",
    "The file cannot be read as {name}: byte(s) {bytes} at byte offset {offset} (line {line}) are "
    "not valid in that encoding. Choose another encoding.",
)

# --- column mappings ----------------------------------------------------------------------
UNKNOWN_POLICY: Final = QT_TRANSLATE_NOOP(
    "FileReading", "Unknown policy {value} for unmapped columns; use one of {choices}."
)
NO_SUCH_COLUMN: Final = QT_TRANSLATE_NOOP("FileReading", "Column {number} does not exist in this file.")
ONE_COLUMN_ONLY: Final = QT_TRANSLATE_NOOP(
    "FileReading", "Both {first} and {second} are mapped to {field}, which takes only one column."
)
NOT_JSON: Final = QT_TRANSLATE_NOOP("FileReading", "The saved mapping is not valid JSON: {reason}.")
NOT_A_MAPPING: Final = QT_TRANSLATE_NOOP("FileReading", "This is not a saved CRM Desktop column mapping.")
UNSUPPORTED_VERSION: Final = QT_TRANSLATE_NOOP(
    "FileReading", "Saved mapping version {version} is not supported."
)
NO_HEADERS: Final = QT_TRANSLATE_NOOP("FileReading", "The saved mapping has no valid list of headers.")
NO_COLUMNS: Final = QT_TRANSLATE_NOOP("FileReading", "The saved mapping has no valid list of columns.")
BAD_COLUMN_ENTRY: Final = QT_TRANSLATE_NOOP("FileReading", "Bad column entry in the saved mapping: {entry}.")
NOT_A_FIELD: Final = QT_TRANSLATE_NOOP(
    "FileReading", "{field} (for {where}) is not a field of {entity}. Fields are: {known}."
)
NOT_A_FIELD_HINT: Final = QT_TRANSLATE_NOOP(
    "FileReading",
    "{field} (for {where}) is not a field of {entity}. Did you mean {close}? Fields are: {known}.",
)
COLUMN_MISSING: Final = QT_TRANSLATE_NOOP("FileReading", "The mapped column '{header}' is not in this file.")

# --- vCard files ------------------------------------------------------------------------------
CARD_IN_CARD: Final = QT_TRANSLATE_NOOP("FileReading", "Line {line}: a card inside a card was skipped.")
OUTSIDE_CARD: Final = QT_TRANSLATE_NOOP("FileReading", "Line {line} is outside any card and was ignored.")
NO_END: Final = QT_TRANSLATE_NOOP(
    "FileReading",
    "The card starting on line {line} has no END:VCARD; it was read up to the end of the file.",
)
NO_VCARD: Final = QT_TRANSLATE_NOOP("FileReading", "No vCard found: the file has no BEGIN:VCARD line.")
NOT_A_PROPERTY: Final = QT_TRANSLATE_NOOP(
    "FileReading", "Line {line} has no ':' and is not a vCard property; ignored."
)
BAD_CHARSET: Final = QT_TRANSLATE_NOOP(
    "FileReading",
    "Line {line}: the text is not valid {charset}; it was read as UTF-8 or Windows-1252 instead.",
)
EMPTY_CARD: Final = QT_TRANSLATE_NOOP(
    "FileReading",
    "The card starting on line {line} has no name, organisation, email or phone; "
    "it was kept as an empty contact.",
)
VCARD_CHARSET: Final = QT_TRANSLATE_NOOP("FileReading", "vCard files say their own character set")
LINE_NOTICE: Final = QT_TRANSLATE_NOOP("FileReading", "Line {line}: {reason}")
