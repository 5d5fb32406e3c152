"""Edits behind the program's back, as someone with the file and an SQLite shell would make them.

The database's triggers (revision 0008) refuse UPDATE and DELETE of signed and settled rows and
of the audit log; `forced` first shows the edit refused, then drops the triggers (anyone with
the file can) and makes it anyway, so a test can show that the hashes still catch it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest


def refused(path: Path | str, sql: str, params: tuple[Any, ...] = ()) -> str:
    """Run `sql` on the file; it must be refused by a trigger. Returns the refusal's text."""
    conn = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.IntegrityError) as refusal:
            conn.execute(sql, params)
        conn.rollback()
    finally:
        conn.close()
    return str(refusal.value)


def forced(path: Path | str, *statements: tuple[str, tuple[Any, ...]] | str) -> None:
    """Drop every guarding trigger and run the statements (one transaction)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        names = [n for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' "
            "AND name NOT LIKE 'search_entries_%'")]
        for name in names:
            conn.execute(f'DROP TRIGGER "{name}"')
        for statement in statements:
            sql, params = (statement, ()) if isinstance(statement, str) else statement
            conn.execute(sql, params)
        conn.execute("COMMIT")
    finally:
        conn.close()
