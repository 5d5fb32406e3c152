"""Bringing a database to the program's schema, with a backup before touching an older file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from db.migrations import HEAD

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


class DatabaseTooNew(RuntimeError):
    """The file was written by a newer GarageDesk; opening it could damage it."""


@dataclass(frozen=True)
class MigrationResult:
    before: str | None  # None: the database was empty
    after: str
    backup: Path | None


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config(engine: Engine):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # Alembic's config is a ConfigParser: a "%" (a percent-escaped character of a password or
    # path, e.g. "@" becomes "%40") must be doubled or setting the option raises ValueError.
    url = engine.url.render_as_string(hide_password=False)
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def known_revisions(engine: Engine) -> set[str]:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config(engine))
    return {script.revision for script in scripts.walk_revisions()}


# Key of the PostgreSQL advisory lock held while the schema is upgraded (any constant works).
MIGRATION_LOCK_KEY = 0x4761726167654465  # "GarageDe"


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config(engine)
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # Several workstations starting a new version at once: the first upgrades, the
            # others wait here and then find the schema current (Alembic reads the version
            # after the lock), instead of failing on "relation already exists".
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def ensure_current(engine: Engine, backup_dir: Path | None) -> MigrationResult:
    """Create the schema on an empty database, or upgrade an older one after a backup copy.

    Refuses a database from a newer program rather than guessing at its schema.
    """
    before = current_revision(engine)
    if before == HEAD:
        return MigrationResult(before, HEAD, None)
    if before is not None and before not in known_revisions(engine):
        raise DatabaseTooNew(
            f"The database is at schema {before}, newer than this program knows ({HEAD}). "
            "Install the newer GarageDesk."
        )
    backup = None
    if before is not None and engine.dialect.name == "sqlite" and backup_dir is not None:
        from db.backup import backup_sqlite

        backup = backup_sqlite(engine, backup_dir, reason=f"before-upgrade-{before}")
    upgrade(engine)
    return MigrationResult(before, HEAD, backup)
