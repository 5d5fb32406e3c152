"""Backups of a PostgreSQL database: `pg_dump -Fc` and `pg_restore`, wrapped.

The dump is taken in the snapshot of a transaction that also counts the main tables
(`pg_export_snapshot` + `pg_dump --snapshot`), so the sidecar's counts are exactly the dump's.
The password goes to the tools in the environment (PGPASSWORD), never on the command line.
A restore refuses while any other session is connected to the database, and runs as one
transaction (`--single-transaction`): it lands whole or not at all. It needs the tables'
owner's login (the role that runs the migrations).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.engine import URL

from db.backup import (
    MAIN_TABLES,
    PART_SUFFIX,
    BackupInfo,
    BackupRefused,
    DatabaseInUse,
    backup_name,
    read_sidecar,
    write_sidecar,
)

DUMP_SUFFIX = ".dump"


class ToolMissing(BackupRefused):
    """pg_dump or pg_restore is not installed here."""


def tool(name: str) -> str:
    """The path of a PostgreSQL client program ($GARAGEDESK_PG_BIN, PATH, Debian's folder)."""
    folder = os.environ.get("GARAGEDESK_PG_BIN")
    candidates = [Path(folder) / name] if folder else []
    found = shutil.which(name)
    if found:
        candidates.append(Path(found))
    candidates += sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), reverse=True)
    for candidate in candidates:
        if candidate.exists():
            return str(candidate)
    raise ToolMissing(
        f"{name} is not installed. Install the PostgreSQL client programs (Debian/Ubuntu: "
        f"apt install postgresql-client; Windows: the PostgreSQL installer's command line "
        f"tools) or set GARAGEDESK_PG_BIN to their folder.", "tool_missing")


def _environment(url: URL) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"PGHOST": url.host or "localhost", "PGPORT": str(url.port or 5432),
                "PGUSER": url.username or "", "PGDATABASE": url.database or ""})
    if url.password is not None:
        env["PGPASSWORD"] = str(url.password)
    return env


def _run(command: list[str], url: URL) -> None:
    done = subprocess.run(command, env=_environment(url), capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        name = Path(command[0]).name
        raise BackupRefused(f"{name} failed: {done.stderr.strip() or done.stdout.strip()}")


def _counts(conn) -> dict[str, int]:  # type: ignore[no-untyped-def]
    present = set(inspect(conn).get_table_names())
    return {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one()
            for t in MAIN_TABLES if t in present}


def _revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    found: str | None = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return found


def dump_postgres(engine: Engine, backup_dir: Path, reason: str = "manual") -> BackupInfo:
    """`pg_dump -Fc` of the database into `backup_dir`, with its sidecar; checked with
    `pg_restore --list`."""
    pg_dump = tool("pg_dump")
    backup_dir.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    target = backup_name(engine.url.database or "garagedesk", reason, backup_dir, now,
                         DUMP_SUFFIX)
    tmp = target.with_name(target.name + PART_SUFFIX)
    try:
        with engine.connect() as conn:
            conn.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))
            snapshot = conn.execute(text("SELECT pg_export_snapshot()")).scalar_one()
            counts, schema = _counts(conn), _revision(conn)
            _run([pg_dump, "-Fc", "--no-owner", f"--snapshot={snapshot}", "-f", str(tmp)],
                 engine.url)
            conn.rollback()
        _run([tool("pg_restore"), "--list", str(tmp)], engine.url)
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
    info = BackupInfo(target, now, reason, schema, target.stat().st_size, counts,
                      engine="postgresql")
    write_sidecar(info)
    return info


def inspect_dump(path: Path) -> BackupInfo:
    """A dump's metadata after `pg_restore --list` read it and found GarageDesk's tables."""
    path = Path(path)
    if not path.is_file():
        raise BackupRefused(f"There is no backup file {path}.", "missing", path)
    done = subprocess.run([tool("pg_restore"), "--list", str(path)], capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        raise BackupRefused(f"{path} is not a PostgreSQL backup: {done.stderr.strip()}")
    if " TABLE public alembic_version " not in done.stdout:
        raise BackupRefused(f"{path} is a PostgreSQL backup but not of a GarageDesk database.")
    side = read_sidecar(path)
    if side is not None:
        return side
    created = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    return BackupInfo(path, created, "copied", None, path.stat().st_size, {}, "postgresql")


def other_sessions(engine: Engine) -> int:
    with engine.connect() as conn:
        count: int = conn.execute(text(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()")).scalar_one()
    return count


def restore_postgres(engine: Engine, dump: Path, backup_dir: Path | None) -> tuple[
        BackupInfo, BackupInfo | None]:
    """Replace the database's content with the dump's, after a dump of the current one.

    Returns (the restored backup, the safety dump). Refuses while another session is on it.
    """
    info = inspect_dump(dump)
    pg_restore = tool("pg_restore")
    engine.dispose()  # our own pooled connections would count as other desks
    if other_sessions(engine):
        raise DatabaseInUse(
            "Other desks are connected to the database. Close GarageDesk on every desk, "
            "then try again.", "in_use")
    safety = dump_postgres(engine, backup_dir, "before-restore") if backup_dir else None
    engine.dispose()
    _run([pg_restore, "--clean", "--if-exists", "--no-owner", "--single-transaction",
          "--exit-on-error", "-d", engine.url.database or "", str(info.path)], engine.url)
    if info.counts:
        with engine.connect() as conn:
            restored = _counts(conn)
        if restored != info.counts:
            raise BackupRefused(
                f"The restored database holds other row counts than the backup: {restored}")
    return info, safety
