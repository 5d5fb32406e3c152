"""Backup and restore of the SQLite file with SQLite's online backup API.

The online backup copies a consistent snapshot even while the program is writing (a plain
file copy of a WAL database can miss committed pages still in the -wal file). Nothing here
opens the live database's files except SQLite itself: on Linux and macOS closing any other
handle on them drops this process's locks (DESIGN.md, "POSIX locks and SQLite").

Every backup is checked after writing (`quick_check`: every page read back; the row counts
of the main tables equal to the snapshot's) and carries a small JSON sidecar (`NAME.json`:
when, why, schema, counts, size) so a list of backups never opens big files.

A restore refuses anything that is not an existing, valid, checked GarageDesk database and
refuses while any other connection has the live file open (it takes the file's exclusive lock:
switching a WAL database out of WAL fails while another connection holds it). It copies the
backup into a new file beside the database, checks it, keeps the current file under a new
name and puts the copy in place with one atomic rename.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

SQLITE_MAGIC = b"SQLite format 3\x00"
# Tables every GarageDesk database has had since its first schema; a file without them is
# some other program's database.
REQUIRED_TABLES = frozenset({
    "alembic_version", "branches", "users", "customers", "vehicles", "work_orders", "settings",
})
# The tables whose row counts a backup records and a restore compares (those that exist).
MAIN_TABLES = (
    "customers", "vehicles", "work_orders", "work_order_lines", "check_ins", "settlements",
    "payments", "users", "audit_log",
)
SIDECAR_SUFFIX = ".json"
PART_SUFFIX = ".part"
STEP_PAGES = 4096  # pages per backup step (16 MB at 4 KB pages): progress without slowing it

Progress = Callable[[int, int], None]  # (done, total) in pages


class BackupRefused(Exception):
    """A backup or restore that must not go on; the message says why in a user's words.

    `kind` names the reason for a translated message: missing, not_sqlite, foreign, newer,
    damaged, itself, in_use, tool_missing, failed.
    """

    def __init__(self, message: str, kind: str = "failed", path: Path | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.path = path


class DatabaseInUse(BackupRefused):
    """Another program or desk has the database open."""


@dataclass(frozen=True)
class BackupInfo:
    """What a backup is: where, when (UTC), why, its schema, size and row counts."""

    path: Path
    created_at: datetime
    reason: str
    schema: str | None
    size: int
    counts: dict[str, int] = field(default_factory=dict)
    engine: str = "sqlite"  # sqlite | postgresql (a pg_dump archive)

    def sidecar(self) -> dict[str, object]:
        data = asdict(self)
        data["path"] = self.path.name
        data["created_at"] = self.created_at.isoformat()
        return data


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    database: Path
    kept: Path | None  # the file the restore replaced, under its new name
    safety_backup: BackupInfo | None  # the backup taken of the current database first


def sidecar_path(backup: Path) -> Path:
    return backup.with_suffix(SIDECAR_SUFFIX)


def ro_uri(path: Path) -> str:
    """A read-only URI: connecting to it never creates a file."""
    return Path(path).resolve().as_uri() + "?mode=ro"


def rw_uri(path: Path) -> str:
    """A read-write URI that never creates a missing file."""
    return Path(path).resolve().as_uri() + "?mode=rw"


def _sqlite_path(engine: Engine) -> Path:
    if engine.dialect.name != "sqlite" or not engine.url.database:
        raise ValueError("backup by file copy is only for an SQLite database file")
    return Path(engine.url.database)


def backup_name(database_stem: str, reason: str, folder: Path, when: datetime,
                suffix: str = ".db") -> Path:
    """A new file name in `folder` that sorts by time and never overwrites another backup."""
    stamp = when.astimezone().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{database_stem}-{stamp}-{reason}{suffix}"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{database_stem}-{stamp}-{reason}-{n}{suffix}"
    return target


def backup_sqlite(engine: Engine, backup_dir: Path, reason: str = "manual",
                  progress: Progress | None = None) -> Path:
    """Write a checked snapshot of the database to `backup_dir` and return its path."""
    return backup_file(_sqlite_path(engine), backup_dir, reason, progress).path


def backup_file(source: Path, backup_dir: Path, reason: str = "manual",
                progress: Progress | None = None) -> BackupInfo:
    if not source.exists():
        raise BackupRefused(f"There is no database file {source} to back up.")
    with closing(sqlite3.connect(ro_uri(source), uri=True, isolation_level=None)) as src:
        return _backup_connection(src, source.stem, backup_dir, reason, progress)


def _backup_connection(src: sqlite3.Connection, stem: str, backup_dir: Path, reason: str,
                       progress: Progress | None) -> BackupInfo:
    backup_dir.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    target = backup_name(stem, reason, backup_dir, now)
    in_transaction = src.in_transaction
    if not in_transaction:
        src.execute("BEGIN")  # one snapshot for the counts and the copy (no restarts)
    try:
        counts = table_counts(src)
        schema = _revision(src)
        _copy(src, target, progress)
    finally:
        if not in_transaction:
            src.execute("COMMIT")
    info = BackupInfo(target, now, reason, schema, target.stat().st_size, counts)
    _check_copy(target, counts)
    write_sidecar(info)
    return info


def _copy(src: sqlite3.Connection, target: Path, progress: Progress | None) -> None:
    """Online backup into `target` via a .part file; only a complete copy takes the name."""
    tmp = target.with_name(target.name + PART_SUFFIX)
    tmp.unlink(missing_ok=True)
    try:
        with closing(sqlite3.connect(tmp, isolation_level=None)) as dst:
            # No journal and no syncs while the .part file fills (nobody else uses it); the
            # whole file is synced once before it takes its name.
            dst.execute("PRAGMA synchronous=OFF")
            dst.execute("PRAGMA journal_mode=OFF")

            def step(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            src.backup(dst, pages=STEP_PAGES, progress=step)
            dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        _fsync(tmp)
        tmp.replace(target)
        _fsync(target.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _fsync(path: Path) -> None:
    """Flush a new backup (never the live database) or its folder to the disk."""
    if path.is_dir() and os.name == "nt":
        return  # Windows cannot open a folder to flush it
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _check_copy(path: Path, counts: dict[str, int], full: bool = False) -> None:
    """The copy reads back sound with the snapshot's counts, or it is deleted.

    A new backup gets `quick_check`: it reads every page of every b-tree (a bad write to a USB
    disk or NAS shows), only the table-to-index cross-check of the full `integrity_check` is
    left out, which a page-for-page copy cannot break and which costs 5x as long (a 690 MB
    file: 2.6 s against 14 s). A restore runs the full check on the backup and on its copy.
    """
    with closing(sqlite3.connect(ro_uri(path), uri=True)) as conn:
        problems = integrity_problems(conn, full)
        copied = table_counts(conn)
    if problems:
        path.unlink(missing_ok=True)
        raise BackupRefused(f"The copy {path} failed its integrity check: {'; '.join(problems)}")
    if copied != counts:
        path.unlink(missing_ok=True)
        raise BackupRefused(f"The copy {path} does not hold the same rows as the database.")


def write_sidecar(info: BackupInfo) -> None:
    side = sidecar_path(info.path)
    tmp = side.with_name(side.name + PART_SUFFIX)
    tmp.write_text(json.dumps(info.sidecar(), ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(side)


def read_sidecar(path: Path) -> BackupInfo | None:
    """A backup's metadata from its sidecar; None when there is none or it is unreadable."""
    try:
        raw = json.loads(sidecar_path(path).read_text(encoding="utf-8"))
        return BackupInfo(
            path=path, created_at=datetime.fromisoformat(raw["created_at"]),
            reason=str(raw.get("reason", "")), schema=raw.get("schema"),
            size=path.stat().st_size, counts={k: int(v) for k, v in raw["counts"].items()},
            engine=str(raw.get("engine", "sqlite")))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    present = _tables(conn)
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
            for t in MAIN_TABLES if t in present}


def integrity_problems(conn: sqlite3.Connection, full: bool = True) -> list[str]:
    """Every line a full `integrity_check` (or `quick_check`) reports; empty when sound."""
    pragma = "integrity_check" if full else "quick_check"
    rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}")]
    return [] if rows == ["ok"] else rows


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _revision(conn: sqlite3.Connection) -> str | None:
    if "alembic_version" not in _tables(conn):
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def inspect_backup(path: Path, known_revisions: set[str] | None = None,
                   check: bool = True) -> BackupInfo:
    """The backup's date, reason and counts after checking it is a sound GarageDesk database.

    Refuses (BackupRefused) a missing path, a file that is not SQLite, another program's
    database, one from a newer GarageDesk, and (`check`: a full integrity_check) a damaged
    one. Creates nothing.
    """
    path = Path(path)
    if not path.is_file():
        raise BackupRefused(f"There is no backup file {path}.", "missing", path)
    not_sqlite = BackupRefused(f"{path} is not a GarageDesk backup (not an SQLite database).",
                               "not_sqlite", path)
    if path.stat().st_size < len(SQLITE_MAGIC):
        raise not_sqlite
    try:
        # Only SQLite opens the file (it could be a live database someone picked by mistake).
        with closing(sqlite3.connect(ro_uri(path), uri=True)) as conn:
            try:
                tables = _tables(conn)
            except sqlite3.DatabaseError as e:
                raise not_sqlite from e
            if not REQUIRED_TABLES.issubset(tables):
                raise BackupRefused(f"{path} is an SQLite database but not GarageDesk's.",
                                    "foreign", path)
            schema = _revision(conn)
            if known_revisions is not None and schema not in known_revisions:
                raise BackupRefused(
                    f"{path} was written by a newer GarageDesk (schema {schema}); "
                    "install the newer program to restore it.", "newer", path)
            problems = integrity_problems(conn) if check else []
            if problems:
                raise BackupRefused(
                    f"{path} is damaged: {'; '.join(problems[:5])}"
                    + (f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""),
                    "damaged", path)
            counts = table_counts(conn)
    except sqlite3.DatabaseError as e:
        raise BackupRefused(f"{path} cannot be read as a database: {e}", "damaged",
                            path) from e
    side = read_sidecar(path)
    created = side.created_at if side else datetime.fromtimestamp(path.stat().st_mtime, UTC)
    reason = side.reason if side else "copied"
    return BackupInfo(path, created, reason, schema, path.stat().st_size, counts)


@contextmanager
def exclusive_access(database: Path) -> Iterator[sqlite3.Connection]:
    """The live database with nobody else on it: an exclusive lock held until the block ends.

    Refuses (DatabaseInUse) while any other connection, in this process or another, has the
    file open: leaving WAL mode needs every other connection gone. Leaves the file in
    rollback-journal mode with its -wal checkpointed and removed (the program turns WAL back
    on when it next opens it).
    """
    conn = sqlite3.connect(rw_uri(database), uri=True, timeout=0, isolation_level=None)
    try:
        try:
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            if mode != "delete":
                raise sqlite3.OperationalError("database is locked")
            conn.execute("PRAGMA locking_mode=EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")  # in exclusive locking mode the lock stays after COMMIT
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) and "busy" not in str(e):
                raise
            raise DatabaseInUse(
                "Another program or desk has the database open. Close GarageDesk on every "
                "desk (and any other program using the file), then try again.", "in_use",
                database) from e
        yield conn
    finally:
        conn.close()


def in_use(database: Path) -> bool:
    """Whether another connection has the database open (the file is left in WAL mode)."""
    if not database.exists():
        return False
    try:
        with exclusive_access(database) as conn:
            conn.execute("PRAGMA locking_mode=NORMAL")
            conn.execute("PRAGMA journal_mode=WAL")
    except DatabaseInUse:
        return True
    return False


def restore_sqlite(backup: Path, database: Path, backup_dir: Path | None = None, *,
                   known_revisions: set[str] | None = None,
                   progress: Progress | None = None) -> RestoreResult:
    """Put a checked backup in place of the database; the current file is kept beside it.

    Order: check the backup; take the database's exclusive lock (refused while anyone has it
    open); back the current database up into `backup_dir`; copy the backup into a new file
    beside the database and check it (integrity, counts); keep the current file under a new
    name and rename the copy into place (atomic); release the lock.
    """
    backup, database = Path(backup).resolve(), Path(database).resolve()
    if database.exists() and backup.exists() and os.path.samefile(backup, database):
        raise BackupRefused("That file is the database itself, not a backup of it.", "itself",
                            backup)
    info = inspect_backup(backup, known_revisions)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    fresh = database.with_name(f"{database.stem}-restoring-{stamp}.db")
    if not database.exists():
        _restored_copy(info, fresh, progress)
        fresh.replace(database)
        return RestoreResult(info, database, None, None)
    with exclusive_access(database) as live:
        safety = None
        if backup_dir is not None:
            safety = _backup_connection(live, database.stem, backup_dir, "before-restore", None)
        _restored_copy(info, fresh, progress)
        for extra in ("-wal", "-journal"):
            if Path(str(database) + extra).exists():
                fresh.unlink(missing_ok=True)
                raise BackupRefused(f"The database still has a {extra} file; nothing restored.")
        Path(str(database) + "-shm").unlink(missing_ok=True)  # unused outside WAL mode
        kept = database.with_name(f"{database.stem}-before-restore-{stamp}.db")
        _keep(database, kept)
        if os.name == "nt":  # Windows cannot rename over an open file
            live.close()
        fresh.replace(database)
    return RestoreResult(info, database, kept, safety)


def _keep(database: Path, kept: Path) -> None:
    """The current file also under `kept`; a hard link leaves the database's name in place
    until the atomic rename (no moment without a file there), a rename where links fail."""
    try:
        os.link(database, kept)
    except OSError:
        database.replace(kept)


def _restored_copy(info: BackupInfo, fresh: Path, progress: Progress | None) -> None:
    """The backup copied into `fresh` and checked, or nothing left behind."""
    try:
        with closing(sqlite3.connect(ro_uri(info.path), uri=True, isolation_level=None)) as src:
            _copy(src, fresh, progress)
        _check_copy(fresh, info.counts, full=True)
    except BaseException:
        fresh.unlink(missing_ok=True)
        raise
