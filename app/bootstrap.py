"""The composition root: open the database, bring its schema up to date, wire the services."""

from __future__ import annotations

from pathlib import Path

from app.config import Paths, Workstation, paths
from app.context import AppContext
from app.services import health
from app.services.search_index import install_auto_index
from app.services.text_guard import install_text_guard
from db.engine import Database
from db.migrate import MigrationResult, ensure_current


def chosen_url(url: str | None, where: Paths) -> str:
    """The database named by `--db`, the workstation setting, or the default file."""
    return url or Workstation.load(where).database_url or str(where.default_database)


def missing_sqlite_file(url: str | None, where: Paths | None = None) -> Path | None:
    """The SQLite file the program would open, when it does not exist (opening would create
    an empty shop there); None when it exists or the database is a server."""
    from db.engine import database_url

    parsed = database_url(chosen_url(url, where or paths()))
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:" or Path(parsed.database).exists():
        return None
    return Path(parsed.database)


def open_database(url: str | None, where: Paths | None = None) -> tuple[Database, Paths]:
    """The database named by `--db`, the workstation setting, or the default file."""
    where = where or paths()
    url = chosen_url(url, where)
    return connect(url), where


# What every unit of work of the program's databases keeps: the search box's index in step with
# every write, and no NUL or other control character in a text column.
UNIT_OF_WORK = (install_auto_index, install_text_guard)


def connect(url: str) -> Database:
    """The database at `url` as the program uses it: every write keeps the search index and the
    text guard (`open_database` also picks the URL; this takes it as given)."""
    return Database.open(url, hooks=UNIT_OF_WORK)


def backups_folder(where: Paths) -> Path:
    """Where this workstation's backups go: its chosen folder (USB disk, NAS) or the data
    folder's; the backup before an upgrade and the start-up check's advice use the same."""
    from app.services.backups import backup_folder

    return backup_folder(where, Workstation.load(where))


def prepare(database: Database, where: Paths) -> MigrationResult:
    """Create or upgrade the schema; an older SQLite file is backed up first."""
    return ensure_current(database.engine, backups_folder(where))


def start_health_check(url: str | None = None) -> health.PendingCheck:
    """The start-up check of the database `build_context(url)` will open, begun in a thread."""
    where = paths()
    return health.PendingCheck(chosen_url(url, where), backups_folder(where))


def build_context(url: str | None = None,
                  started: health.PendingCheck | None = None) -> AppContext:
    """The program's context on a database that passed the start-up check.

    Raises `health.DatabaseUnhealthy` (damaged, read-only, on a network share) before anything
    opens the file for writing. `started`: that check, begun earlier (start_health_check).
    """
    where = paths()
    url = chosen_url(url, where)
    health.require_healthy(url, backups_folder(where), started)
    database, where = open_database(url, where)
    prepare(database, where)
    context = AppContext(database, where, Workstation.load(where))
    with context.read() as session:
        from app.services import shop

        if shop.is_set_up(session):
            p = shop.profile(session)
            context.shop_name, context.branch_code = p.name, p.branch_code
    return context


def discard_unset_database(database: Database, created: Path) -> None:
    """The first start was cancelled: remove the file this start created when it holds no shop
    (the next start asks again). Only after its engine let go: nothing else may open it."""
    from app.services import shop
    from db.engine import DATABASE_SUFFIXES

    with database.read() as s:
        if shop.is_set_up(s):
            return
    database.dispose()
    for suffix in DATABASE_SUFFIXES:
        Path(str(created) + suffix).unlink(missing_ok=True)
