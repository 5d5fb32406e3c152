"""Backups are consistent, checked snapshots; a restore refuses anything doubtful, never while
another process has the database open, and keeps the file it replaces."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from sqlalchemy import select

from app.bootstrap import connect
from db.backup import (
    BackupRefused,
    DatabaseInUse,
    backup_file,
    backup_sqlite,
    in_use,
    inspect_backup,
    read_sidecar,
    restore_sqlite,
)
from db.engine import Database
from db.models import Branch

ROOT = Path(__file__).resolve().parents[2]


def codes(path: Path) -> set[str]:
    db = connect(str(path))
    try:
        with db.read() as s:
            return set(s.scalars(select(Branch.code)))
    finally:
        db.dispose()


def table_hashes(path: Path) -> dict[str, str]:
    """A content hash of every table (rows in a fixed order), read-only."""
    with closing(sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        hashes = {}
        for table in tables:
            rows = sorted(repr(r) for r in conn.execute(f'SELECT * FROM "{table}"'))
            hashes[table] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
        return hashes


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


@contextmanager
def other_process(path: Path, script: str) -> Iterator[subprocess.Popen[str]]:
    """A second Python process running `script` with `db` = the database path; it prints
    "ready" once it has the database open, and ends when its stdin closes."""
    code = (
        "import sqlite3, sys\n"
        f"db = {str(path)!r}\n"
        + script +
        "\nprint('ready', flush=True)\nsys.stdin.readline()\n"
        "if 'finish' in globals():\n    finish()\n"
    )
    child = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, text=True,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        yield child
    finally:
        assert child.stdin is not None and child.stdout is not None
        child.stdin.close()
        child.wait(timeout=30)
        child.stdout.close()


HOLDS_OPEN = """
conn = sqlite3.connect(db)
conn.execute("PRAGMA journal_mode=WAL")
conn.execute("SELECT count(*) FROM branches").fetchone()
"""


@pytest.fixture
def live(database: Database) -> Iterator[Path]:
    """The database file with one branch OLD, no connection of ours left open."""
    with database.write() as s:
        s.add(Branch(code="OLD", name="before the backup"))
    database.dispose()
    yield Path(database.url.database)


def test_backup_then_restore_brings_the_old_data_back(live: Path, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    snapshot = backup_file(live, backups)
    db = connect(str(live))
    with db.write() as s:
        s.add(Branch(code="NEW", name="after the backup"))
    db.dispose()

    done = restore_sqlite(snapshot.path, live, backups)

    assert codes(live) == {"OLD"}
    assert done.kept is not None and codes(done.kept) == {"OLD", "NEW"}
    assert done.safety_backup is not None and codes(done.safety_backup.path) == {"OLD", "NEW"}
    assert done.safety_backup.reason == "before-restore"
    assert done.restored.counts == snapshot.counts


def test_a_backup_carries_its_date_reason_and_counts(live: Path, tmp_path: Path) -> None:
    info = backup_file(live, tmp_path, "daily")
    side = read_sidecar(info.path)
    assert side is not None
    assert (side.reason, side.counts, side.schema) == ("daily", info.counts, info.schema)
    assert info.counts["users"] == 0 and "customers" in info.counts
    assert not list(tmp_path.glob("*.part"))


def test_backup_names_never_overwrite_each_other(database: Database, tmp_path: Path) -> None:
    a = backup_sqlite(database.engine, tmp_path)
    b = backup_sqlite(database.engine, tmp_path)
    assert a != b and a.exists() and b.exists()


def test_a_missing_backup_path_is_refused_and_nothing_is_created(live: Path,
                                                                  tmp_path: Path) -> None:
    before = files_in(live.parent)
    mistyped = live.parent / "backup-that-is-not-there.db"
    with pytest.raises(BackupRefused, match="no backup file"):
        restore_sqlite(mistyped, live, tmp_path / "backups")
    with pytest.raises(BackupRefused):
        inspect_backup(mistyped)
    assert not mistyped.exists()
    assert files_in(live.parent) == before
    assert codes(live) == {"OLD"}


def test_a_file_that_is_not_a_database_is_refused(live: Path, tmp_path: Path) -> None:
    text = tmp_path / "notes.db"
    text.write_text("not a database at all", encoding="utf-8")
    with pytest.raises(BackupRefused, match="not an SQLite database"):
        restore_sqlite(text, live, tmp_path / "backups")
    assert codes(live) == {"OLD"}


def test_another_programs_database_is_refused(live: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
        conn.commit()
    with pytest.raises(BackupRefused, match="not GarageDesk"):
        restore_sqlite(other, live, tmp_path / "backups")
    assert codes(live) == {"OLD"}


def test_a_damaged_backup_is_refused(live: Path, tmp_path: Path) -> None:
    info = backup_file(live, tmp_path / "backups")
    damaged = tmp_path / "damaged.db"
    data = bytearray(info.path.read_bytes())
    page = 4096
    for offset in range(3 * page, len(data) - page, 7 * page):  # scramble some b-tree pages
        data[offset + 8: offset + 200] = bytes(range(192))
    damaged.write_bytes(bytes(data))
    with pytest.raises(BackupRefused):
        restore_sqlite(damaged, live, tmp_path / "backups")
    assert codes(live) == {"OLD"}
    assert not list(live.parent.glob("*restoring*"))


def test_restoring_the_database_onto_itself_is_refused(live: Path, tmp_path: Path) -> None:
    with pytest.raises(BackupRefused, match="database itself"):
        restore_sqlite(live, live, tmp_path / "backups")


def test_restore_is_refused_while_another_process_has_the_database_open(
        live: Path, tmp_path: Path) -> None:
    snapshot = backup_file(live, tmp_path / "backups")
    before = files_in(live.parent)
    with other_process(live, HOLDS_OPEN):
        assert in_use(live)
        with pytest.raises(DatabaseInUse, match="Another program or desk"):
            restore_sqlite(snapshot.path, live, tmp_path / "backups")
        assert files_in(live.parent) - before <= {"shop.db-wal", "shop.db-shm"}
    assert not in_use(live)
    assert codes(live) == {"OLD"}


def test_restore_is_refused_while_this_program_still_has_a_connection(
        live: Path, tmp_path: Path) -> None:
    snapshot = backup_file(live, tmp_path / "backups")
    db = connect(str(live))
    try:
        with db.read() as s:
            s.scalars(select(Branch.code)).all()  # the pool keeps this connection open
        with pytest.raises(DatabaseInUse):
            restore_sqlite(snapshot.path, live, tmp_path / "backups")
    finally:
        db.dispose()


WRITES_PAIRS = """
import threading
stop = threading.Event()
def write():
    conn = sqlite3.connect(db, isolation_level=None, timeout=10)
    conn.execute("PRAGMA journal_mode=WAL")
    n = 0
    while not stop.is_set():
        conn.execute("BEGIN IMMEDIATE")
        for half in ("a", "b"):
            conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)",
                         (f"pair{n}{half}", '"x"'))
        conn.execute("COMMIT")
        n += 1
writer = threading.Thread(target=write)
writer.start()
def finish():
    stop.set()
    writer.join()
reader = sqlite3.connect(db, timeout=10)
while reader.execute("SELECT count(*) FROM settings").fetchone()[0] < 40:
    pass
reader.close()
"""


def test_a_backup_during_writes_restores_to_the_same_content(live: Path, tmp_path: Path) -> None:
    with other_process(live, WRITES_PAIRS):
        snapshot = backup_file(live, tmp_path / "backups")
    with closing(sqlite3.connect(snapshot.path)) as conn:
        written = conn.execute("SELECT count(*) FROM settings WHERE key LIKE 'pair%'").fetchone()
    assert written[0] >= 40 and written[0] % 2 == 0  # whole transactions only

    done = restore_sqlite(snapshot.path, live, tmp_path / "backups")

    assert table_hashes(live) == table_hashes(snapshot.path)
    assert done.kept is not None
    with closing(sqlite3.connect(done.kept)) as conn:
        later = conn.execute("SELECT count(*) FROM settings WHERE key LIKE 'pair%'").fetchone()
    assert later[0] >= written[0]  # the writes after the snapshot are in the kept file
