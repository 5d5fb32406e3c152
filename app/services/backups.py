"""Backups and restore as use cases: back up now, the daily backup and its rotation, the list,
the backup folder, and a checked restore. The same for the command line and the window.

SQLite backups go through SQLite's online backup API (db/backup.py), PostgreSQL ones through
pg_dump/pg_restore (db/pg_backup.py). Every backup is checked after writing and has a JSON
sidecar with its date, reason and row counts, so the list never opens big files.

Rotation applies to the automatic daily backups of the database (7 daily, 4 weekly, 12
monthly: app/domain/backup_rotation.py); the newest `EVENT_KEEP` of the backups taken before an
upgrade or a restore are kept; backups made by hand are never deleted by the program.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.config import Paths, Workstation
from app.domain.backup_rotation import backups_to_keep
from app.domain.permissions import Permission
from app.services.actor import Actor, require
from db.backup import (
    BackupInfo,
    BackupRefused,
    DatabaseInUse,
    Progress,
    RestoreResult,
    backup_file,
    inspect_backup,
    read_sidecar,
    restore_sqlite,
    sidecar_path,
)
from db.engine import Database

__all__ = ["BackupInfo", "BackupRefused", "DatabaseInUse", "RestoreResult"]

DAILY = "daily"
MANUAL = "manual"
EVENT_KEEP = 10  # backups taken before an upgrade / a restore
BACKUP_SUFFIXES = (".db", ".dump")


@dataclass(frozen=True)
class Listed:
    """One backup in the list; `info` None when it is not a readable backup."""

    path: Path
    info: BackupInfo | None


def backup_folder(where: Paths, workstation: Workstation) -> Path:
    """Where this workstation writes its backups (its setting, else the data folder's)."""
    chosen = workstation.backup_folder.strip()
    return Path(chosen).expanduser() if chosen else where.backups


def _require_backup(actor: Actor, database: Database) -> None:
    """Only a manager backs up or restores: the role read from the users table, not the caller's
    word (app/services/actor)."""
    with database.read() as session:
        require(session, actor, Permission.BACKUP)


def choose_folder(actor: Actor, where: Paths, workstation: Workstation, folder: Path,
                  database: Database) -> Path:
    """Make `folder` this workstation's backup folder after checking a file can be written.

    Not the database's own folder: backups are listed by reading their folder, and nothing
    but SQLite may open the live database's files.
    """
    _require_backup(actor, database)
    folder = Path(folder).expanduser().resolve()
    if database is not None and database.is_sqlite and \
            folder == _database_path(database).resolve().parent:
        raise BackupRefused(f"{folder} holds the database itself; choose another folder.",
                            "database_folder", folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".garagedesk-write-test-"):
            pass
    except OSError as e:
        raise BackupRefused(f"Backups cannot be written to {folder}: {e.strerror or e}",
                            "unwritable", folder) from e
    workstation.backup_folder = str(folder)
    workstation.save(where)
    return folder


def back_up(actor: Actor, database: Database, folder: Path, reason: str = MANUAL,
            progress: Progress | None = None) -> BackupInfo:
    """A checked backup of the database into `folder` (SQLite file or pg_dump archive)."""
    _require_backup(actor, database)
    if database.is_sqlite:
        return backup_file(_database_path(database), folder, reason, progress)
    from db.pg_backup import dump_postgres

    return dump_postgres(database.engine, folder, reason)


def list_backups(folder: Path) -> list[Listed]:
    """The backups in `folder`, newest first, from their sidecars (a file without one is
    opened read-only to count its rows)."""
    if not folder.is_dir():
        return []
    found: list[Listed] = []
    for path in folder.iterdir():
        if path.suffix not in BACKUP_SUFFIXES or not path.is_file():
            continue
        info = read_sidecar(path)
        if info is None and path.suffix == ".db":
            try:
                info = inspect_backup(path, check=False)  # counts only: a list stays quick
            except BackupRefused:
                info = None
        found.append(Listed(path, info))
    return sorted(found, key=_when, reverse=True)


def _when(listed: Listed) -> datetime:
    if listed.info is not None:
        return listed.info.created_at
    return datetime.fromtimestamp(listed.path.stat().st_mtime, UTC)


def daily_backup(database: Database, folder: Path, now: datetime | None = None
                 ) -> BackupInfo | None:
    """The day's automatic backup if none was taken today (local day), then the rotation.

    Run at start and at close; the first of the day writes, the others find today's.
    """
    now = now or datetime.now(UTC)
    stem = _stem(database)
    today = now.astimezone().date()
    for listed in list_backups(folder):
        info = listed.info
        if (info is not None and info.reason == DAILY and listed.path.name.startswith(stem)
                and info.created_at.astimezone().date() == today):
            return None
    from app.services.actor import SYSTEM

    info = back_up(SYSTEM, database, folder, DAILY)
    rotate(folder, stem)
    return info


def rotate(folder: Path, stem: str) -> list[Path]:
    """Delete the daily backups of `stem` the rotation does not keep, and the event backups
    beyond the newest EVENT_KEEP. Returns what was deleted."""
    daily: dict[datetime, list[Path]] = {}
    events: list[tuple[datetime, Path]] = []
    for listed in list_backups(folder):
        info = listed.info
        if info is None or not listed.path.name.startswith(f"{stem}-"):
            continue
        if info.reason == DAILY:
            daily.setdefault(info.created_at.astimezone(), []).append(listed.path)
        elif info.reason.startswith("before-"):
            events.append((info.created_at, listed.path))
    keep = backups_to_keep(daily)
    doomed = [p for when, paths in daily.items() if when not in keep for p in paths]
    doomed += [p for _, p in sorted(events, reverse=True)[EVENT_KEEP:]]
    for path in doomed:
        path.unlink(missing_ok=True)
        sidecar_path(path).unlink(missing_ok=True)
    return doomed


def inspect(database: Database, path: Path) -> BackupInfo:
    """A backup's date, reason and counts after the checks a restore makes (refusals say why)."""
    if database.is_sqlite:
        live = _database_path(database)
        if live.exists() and Path(path).exists() and os.path.samefile(path, live):
            raise BackupRefused("That file is the database itself, not a backup of it.",
                                "itself", Path(path))
        return inspect_backup(Path(path), _known_revisions(database))
    from db.pg_backup import inspect_dump

    return inspect_dump(Path(path))


def restore(actor: Actor, database: Database, path: Path, folder: Path,
            progress: Progress | None = None) -> RestoreResult:
    """Put a backup in place of the database after a backup of the current one.

    The database's own connections are closed first (the caller reopens by using it again);
    refused while another program or desk has it open.
    """
    _require_backup(actor, database)
    database.dispose()
    try:
        if database.is_sqlite:
            return restore_sqlite(Path(path), _database_path(database), folder,
                                  known_revisions=_known_revisions(database),
                                  progress=progress)
        from db.pg_backup import restore_postgres

        info, safety = restore_postgres(database.engine, Path(path), folder)
        return RestoreResult(info, Path(database.describe()), None, safety)
    finally:
        database.dispose()


def _known_revisions(database: Database) -> set[str]:
    from db.migrate import known_revisions

    return known_revisions(database.engine)


def _database_path(database: Database) -> Path:
    return Path(database.url.database or "")


def _stem(database: Database) -> str:
    if database.is_sqlite:
        return _database_path(database).stem
    return database.url.database or "garagedesk"
