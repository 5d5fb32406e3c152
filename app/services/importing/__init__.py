"""Bringing a shop's existing customers and cars in from a CSV or Excel (.xlsx) file.

A row is a customer with at most one car; rows that share a phone are one customer with
several cars (a later row under another name is put to review: attach or skip). `preview`
reads the file and says, per row, what importing it would do; `apply`
(or `apply_in_chunks` for big files) brings the good rows in through the services the desk
uses, and `write_report` gives the refused rows back with the reason, ready to fix and import
again. Importing the same file twice changes nothing the second time: a customer already on
file (same phone, same name) and a car already on file with that customer are skipped.

    reading.py   the file: encodings, sheets, the header row, which column is which
    rows.py      each row on its own, then against the other rows of the file
    preview.py   against the database: what is on file already
    applying.py  bringing rows in, the report of refused rows
"""

from app.services.importing.applying import (
    CHUNK_ROWS,
    REPORT_LINE,
    REPORT_REASON,
    ImportRefused,
    ImportResult,
    apply,
    apply_in_chunks,
    default_report_path,
    write_report,
)
from app.services.importing.preview import ImportCancelled, ImportPreview, Progress, preview
from app.services.importing.reading import (
    HEADERS,
    REQUIRED,
    ImportFileError,
    find_columns,
    header_key,
    read_rows,
    read_table,
    read_table_of,
    sheet_names,
)
from app.services.importing.rows import REVIEW_FIELD, STATUS_NAMES, ImportRow, RowStatus

__all__ = [
    "CHUNK_ROWS", "HEADERS", "REPORT_LINE", "REPORT_REASON", "REQUIRED", "REVIEW_FIELD",
    "STATUS_NAMES",
    "ImportCancelled", "ImportFileError", "ImportPreview", "ImportRefused", "ImportResult",
    "ImportRow", "Progress", "RowStatus", "apply", "apply_in_chunks", "default_report_path",
    "find_columns", "header_key", "preview", "read_rows", "read_table", "read_table_of",
    "sheet_names", "write_report",
]  # fmt: skip
