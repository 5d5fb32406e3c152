"""Backups are consistent snapshots, and a restore keeps the file it replaces."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from db.backup import backup_sqlite, restore_sqlite
from db.engine import Database
from db.models import Branch


def test_backup_then_restore_brings_the_old_data_back(database: Database, tmp_path: Path) -> None:
    with database.write() as s:
        s.add(Branch(code="OLD", name="before the backup"))
    snapshot = backup_sqlite(database.engine, tmp_path / "backups")
    with database.write() as s:
        s.add(Branch(code="NEW", name="after the backup"))
    path = Path(database.url.database)
    database.dispose()

    kept = restore_sqlite(snapshot, path)

    restored = Database.open(str(path))
    with restored.read() as s:
        assert set(s.scalars(select(Branch.code))) == {"OLD"}
    restored.dispose()
    assert kept is not None
    keeper = Database.open(str(kept))
    with keeper.read() as s:
        assert set(s.scalars(select(Branch.code))) == {"OLD", "NEW"}
    keeper.dispose()


def test_backup_names_never_overwrite_each_other(database: Database, tmp_path: Path) -> None:
    a = backup_sqlite(database.engine, tmp_path)
    b = backup_sqlite(database.engine, tmp_path)
    assert a != b and a.exists() and b.exists()
