"""The composition root: open the database, bring its schema up to date, wire the services."""

from __future__ import annotations

from app.config import Paths, Workstation, paths
from app.context import AppContext
from app.services.search import install_auto_index
from db.engine import Database
from db.migrate import MigrationResult, ensure_current


def open_database(url: str | None, where: Paths | None = None) -> tuple[Database, Paths]:
    """The database named by `--db`, the workstation setting, or the default file."""
    where = where or paths()
    url = url or Workstation.load(where).database_url or str(where.default_database)
    database = Database.open(url)
    install_auto_index(database)  # every write keeps the search box's index in step
    return database, where


def prepare(database: Database, where: Paths) -> MigrationResult:
    """Create or upgrade the schema; an older SQLite file is backed up first."""
    return ensure_current(database.engine, where.backups)


def build_context(url: str | None = None) -> AppContext:
    database, where = open_database(url)
    prepare(database, where)
    context = AppContext(database, where, Workstation.load(where))
    with context.read() as session:
        from app.services import shop

        if shop.is_set_up(session):
            p = shop.profile(session)
            context.shop_name, context.branch_code = p.name, p.branch_code
    return context
