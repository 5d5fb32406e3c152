"""The engine and the units of work every service call runs in.

SQLite (one PC, the default) is opened with WAL, foreign keys, a busy timeout and
synchronous=FULL, so a crash or a killed process loses no committed data. Write transactions
start with BEGIN IMMEDIATE: a deferred transaction that reads and then writes fails at once with
"database is locked" when another writer got in between; IMMEDIATE waits for the busy timeout.
PostgreSQL (several workstations) takes its password from the OS keyring, never from a file.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 10_000
KEYRING_SERVICE = "garagedesk"


def database_url(text: str) -> URL:
    """A database URL from a setting or `--db`: a plain file path means an SQLite file."""
    if "://" in text:
        return make_url(text)
    return make_url("sqlite:///" + str(Path(text).expanduser().resolve()))


def keyring_account(url: URL) -> str:
    """The keyring entry that holds a database server's password."""
    return f"{url.username}@{url.host}:{url.port or 5432}/{url.database}"


def _with_keyring_password(url: URL) -> URL:
    if url.password is not None or url.get_backend_name() == "sqlite":
        return url
    import keyring  # only the server path needs it; keeps start-up light on one PC

    password = keyring.get_password(KEYRING_SERVICE, keyring_account(url))
    return url.set(password=password) if password else url


def make_engine(url: str | URL, *, synchronous: str = "FULL") -> Engine:
    url = database_url(url) if isinstance(url, str) else url
    if url.get_backend_name() != "sqlite":
        return create_engine(_with_keyring_password(url), pool_pre_ping=True)
    if url.database:
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    _configure_sqlite(engine, synchronous)
    return engine


def _configure_sqlite(engine: Engine, synchronous: str) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let us emit BEGIN ourselves (pysqlite's own handling defers and sometimes skips it).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA synchronous={synchronous}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        if mode == "NONE":  # one read-only statement: SQLite's autocommit read is consistent
            return
        conn.exec_driver_sql(f"BEGIN {mode}")


class Database:
    """The program's database: an engine plus the two kinds of unit of work.

    `write()` is one unit of work that commits as a whole or rolls back as a whole;
    `read()` never commits. Objects stay usable after the block (expire_on_commit=False) but
    are detached: widgets get plain data, never a live session.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.is_sqlite = engine.dialect.name == "sqlite"
        writer = engine.execution_options(sqlite_begin="IMMEDIATE") if self.is_sqlite else engine
        self._reader = sessionmaker(engine, expire_on_commit=False)
        self._writer = sessionmaker(writer, expire_on_commit=False)

    @classmethod
    def open(cls, url: str | URL) -> Database:
        return cls(make_engine(url))

    @property
    def url(self) -> URL:
        return self.engine.url

    def describe(self) -> str:
        """What the status bar shows: the file, or the server and database (no password)."""
        url = self.engine.url
        if self.is_sqlite:
            return url.database or ":memory:"
        return f"{url.get_backend_name()}://{url.host}/{url.database}"

    @contextmanager
    def write(self) -> Iterator[Session]:
        session = self._writer()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self._reader()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
