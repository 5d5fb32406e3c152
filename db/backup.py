"""Backup and restore of the SQLite file with SQLite's online backup API.

The online backup copies a consistent snapshot even while the program is writing (a plain
file copy of a WAL database can miss committed pages still in the -wal file).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine


def _sqlite_path(engine: Engine) -> Path:
    if engine.dialect.name != "sqlite" or not engine.url.database:
        raise ValueError("backup by file copy is only for an SQLite database file")
    return Path(engine.url.database)


def backup_sqlite(engine: Engine, backup_dir: Path, reason: str = "manual") -> Path:
    """Write a snapshot of the database to `backup_dir` and return its path."""
    source_path = _sqlite_path(engine)
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"{source_path.stem}-{stamp}-{reason}.db"
    n = 1
    while target.exists():
        n += 1
        target = backup_dir / f"{source_path.stem}-{stamp}-{reason}-{n}.db"
    copy_sqlite_file(source_path, target)
    return target


def copy_sqlite_file(source: Path, target: Path) -> None:
    """Copy one SQLite database into another file, consistently, then verify it."""
    tmp = target.with_suffix(target.suffix + ".part")
    src = sqlite3.connect(source)
    dst = sqlite3.connect(tmp)
    try:
        src.backup(dst)
        ok = dst.execute("PRAGMA integrity_check").fetchone()[0]
        if ok != "ok":
            raise RuntimeError(f"backup failed its integrity check: {ok}")
        dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
    finally:
        dst.close()
        src.close()
    tmp.replace(target)  # only a complete, checked copy takes the final name


def restore_sqlite(backup: Path, database: Path) -> Path | None:
    """Replace the database with a backup; the current file is kept beside it first.

    The program must not have the database open while this runs.
    """
    sqlite3.connect(backup).execute("PRAGMA schema_version").fetchone()  # fails on a non-database
    kept = None
    if database.exists():
        kept = database.with_name(
            f"{database.stem}-before-restore-{datetime.now():%Y%m%d-%H%M%S}.db"
        )
        copy_sqlite_file(database, kept)
    for extra in ("-wal", "-shm"):
        Path(str(database) + extra).unlink(missing_ok=True)
    copy_sqlite_file(backup, database)
    return kept
