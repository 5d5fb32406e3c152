"""The engine and the units of work every service call runs in.

SQLite (one PC, the default) is opened with WAL, foreign keys, a busy timeout and
synchronous=FULL, so a crash or a killed process loses no committed data. Write transactions
start with BEGIN IMMEDIATE: a deferred transaction that reads and then writes fails at once with
"database is locked" when another writer got in between; IMMEDIATE waits for the busy timeout,
and `Database.write()` starts it again with a backoff (up to `WRITE_WAIT_S`) before it gives up
with `DatabaseBusy`, so a queue of several desks saving at once waits instead of failing.

Before every SQLite transaction the engine checks that the database file, its `-wal` and its
`-shm` that SQLite holds open are still the files on disk (`_FileGuard`). On Linux and macOS
closing *any* handle on a file drops all of the process's POSIX locks on it; another process
may then think it is the last one, checkpoint and delete `-wal`/`-shm`, and whatever we wrote
afterwards would go into deleted files and be lost (DESIGN.md, "POSIX locks and SQLite"). When
the files changed under us the stale connections are closed without checkpointing (so they
cannot write old pages back nor delete the new journal) and a fresh connection is tried; if that
one is not consistent either, the transaction is refused with `DatabaseFilesReplaced`, before
anything was written.
PostgreSQL (several workstations) takes its password from the OS keyring, never from a file.
"""

from __future__ import annotations

import logging
import os
import random
import sqlite3
import threading
import time
import weakref
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from db import ledger

BUSY_TIMEOUT_MS = 20_000  # SQLite's own wait for the write lock, per attempt
WRITE_WAIT_S = 90.0  # how long write() keeps starting its transaction again while busy
KEYRING_SERVICE = "garagedesk"
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE = 1006

log = logging.getLogger(__name__)


class DatabaseUnavailable(RuntimeError):
    """A transaction the engine refused before anything was written, with a message for people.

    Like `InputError`: `message` is the English source text with `{placeholders}` (context
    "DatabaseError" for a translation in the UI), `params` fills them, str() is the English.
    """

    message = ""

    def __init__(self, **params: object) -> None:
        self.params = params
        super().__init__(self.message.format(**params))


class DatabaseFilesReplaced(DatabaseUnavailable):
    """The SQLite file, its -wal or its -shm is no longer the file this program has open."""

    message = ("The database file {path} was replaced or its journal deleted by another "
               "program; nothing was saved. Restart GarageDesk.")

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(path=path)


class DatabaseBusy(DatabaseUnavailable):
    """Other workstations kept the database busy longer than a desk waits; nothing was saved."""

    message = ("The database stayed busy with other workstations for {seconds} s; nothing was "
               "saved. Try again.")

    def __init__(self, waited_s: float) -> None:
        self.waited_s = waited_s
        super().__init__(seconds=round(waited_s))


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


DATABASE_SUFFIXES = ("", "-wal", "-shm", "-journal")


def database_files(databases: list[Path] | None = None) -> set[Path]:
    """The files (by real path) of `databases`, by default of every SQLite database this process
    has open, with their journals: nothing but SQLite may open, read or write them."""
    return {Path(os.path.realpath(f"{db}{suffix}"))
            for db in (sqlite_files_open() if databases is None else databases)
            for suffix in DATABASE_SUFFIXES}


def sqlite_files_open() -> list[Path]:
    """The SQLite database files this process has engines on (file dialogs keep away from them)."""
    with _guards_lock:
        return [Path(path) for path, guard in _guards.items() if len(guard.engines)]


# The file guard


_PROC_FD = "/proc/self/fd"
_DELETED = " (deleted)"


def _fd_target(entry: str) -> str | None:
    """The file a handle of this process names (a deleted one by its old name), or None."""
    try:
        link = os.readlink(f"{_PROC_FD}/{entry}")
    except OSError:
        return None
    return link[: -len(_DELETED)] if link.endswith(_DELETED) else link


class _FileGuard:
    """Are the database file, -wal and -shm that SQLite has open still the files on disk?

    One per database file and process, shared by every engine on it: SQLite shares one -shm
    mapping and one set of locks between all connections of a process to a file, so a stale
    file makes every one of them stale. On Linux the handles SQLite really holds are found in
    /proc/self/fd once after each connect or close (a few hundred µs); each check then costs a
    few fstat/stat calls: a held file that was deleted (no links left) or whose path now names
    another file (device, inode) is stale. Where there is no /proc the identities seen when the
    first connection opened stand in for the held ones.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.names = (path, path + "-wal", path + "-shm")
        self.engines: weakref.WeakSet[Engine] = weakref.WeakSet()
        self.records: weakref.WeakSet[Any] = weakref.WeakSet()  # the pools' connection records
        self.condemned: weakref.WeakSet[Any] = weakref.WeakSet()  # closed when given back
        self.connections = 0
        self._lock = threading.Lock()
        self._held: list[tuple[int, str, int, int]] | None = None  # fd, name, dev, ino
        self._seen: dict[str, tuple[int, int]] | None = None  # fallback without /proc
        self._use_proc = os.path.isdir(_PROC_FD)

    def changed(self, connections: int = 0) -> None:
        """SQLite opened or closed handles: look them up again before the next check."""
        with self._lock:
            self.connections = max(0, self.connections + connections)
            self._held = None
            if self.connections == 0:
                self._seen = None

    def stale(self) -> bool:
        if not self._use_proc:
            return self._stale_by_identity()
        held = self._held
        if held is not None and not self._stale_handles(held):
            return False
        # Not looked up yet, or something differs: decide on a fresh look at the handles (a
        # handle number SQLite closed may since name another file).
        scanned = self._scan()
        held = [(fd, name, dev, ino) for fd, name, dev, ino, _links in scanned]
        if {name for _fd, name, _dev, _ino in held} == set(self.names):
            with self._lock:  # a new file's -wal and -shm appear with its first write
                self._held = held
        # Decided on what the scan saw of each handle, not on a second fstat of its number:
        # another thread may close a connection meanwhile and the number name another file.
        return any(links == 0 or not self._on_disk(name, dev, ino)
                   for _fd, name, dev, ino, links in scanned)

    @staticmethod
    def _on_disk(name: str, dev: int, ino: int) -> bool:
        try:
            st = os.stat(name)
        except OSError:
            return False
        return (st.st_dev, st.st_ino) == (dev, ino)

    def _scan(self) -> list[tuple[int, str, int, int, int]]:
        """The handles this process holds on the three files: fd, name, device, inode, links."""
        held = []
        for entry in os.listdir(_PROC_FD):
            link = _fd_target(entry)
            if link not in self.names:
                continue
            try:
                st = os.fstat(int(entry))
            except OSError:
                continue  # closed by another thread since the listing
            if _fd_target(entry) != link:
                continue  # closed and its number reused between the two looks
            held.append((int(entry), link, st.st_dev, st.st_ino, st.st_nlink))
        return held

    def _stale_handles(self, held: list[tuple[int, str, int, int]]) -> bool:
        on_disk: dict[str, os.stat_result | None] = {}
        for fd, name, dev, ino in held:
            try:
                st = os.fstat(fd)
            except OSError:
                return True
            if (st.st_dev, st.st_ino) != (dev, ino) or st.st_nlink == 0:
                return True
            if name not in on_disk:
                try:
                    on_disk[name] = os.stat(name)
                except OSError:
                    on_disk[name] = None
            now = on_disk[name]
            if now is None or (now.st_dev, now.st_ino) != (dev, ino):
                return True
        return False

    def _stale_by_identity(self) -> bool:
        now = {}
        for name in self.names:
            try:
                st = os.stat(name)
            except OSError:
                continue
            now[name] = (st.st_dev, st.st_ino)
        with self._lock:
            if self._seen is None:
                self._seen = now
                return False
            seen = self._seen
        return any(now.get(name) != identity for name, identity in seen.items())

    def condemn(self) -> None:
        """Files changed under us: every connection of this process to them is stale.

        None may checkpoint when it closes, and each is closed as soon as it is given back to
        its pool (one still in use keeps the stale -shm mapped for all the others).
        """
        for record in list(self.records):
            connection = getattr(record, "dbapi_connection", None)
            if connection is None:
                continue
            self.condemned.add(record)
            if not _no_checkpoint_on_close(connection, self.path):
                log.error("a connection on the replaced files of %s may checkpoint on close",
                          self.path)

    def reset(self) -> None:
        """After the stale connections were closed: what is open from now on is the reference."""
        with self._lock:
            self._held = None
            self._seen = None


_guards: dict[str, _FileGuard] = {}
_guards_lock = threading.Lock()


def _guard_for(path: str) -> _FileGuard:
    path = os.path.realpath(path)
    with _guards_lock:
        guard = _guards.get(path)
        if guard is None:
            guard = _guards[path] = _FileGuard(path)
        return guard


_sqlite_library: Any = None


def _no_checkpoint_on_close(dbapi_connection: Any, path: str) -> bool:
    """Make closing this connection leave the -wal and -shm alone (no checkpoint, no delete).

    A stale connection's close would otherwise copy its old -wal pages into the database file
    and delete by name the -wal and -shm that other processes use now (with the committed rows
    of a desk that crashed in them).
    """
    if hasattr(dbapi_connection, "setconfig"):  # Python 3.12+
        dbapi_connection.setconfig(SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, True)
        return True
    global _sqlite_library
    try:  # Python 3.11: the same call into the SQLite library the sqlite3 module runs on
        import _sqlite3
        import ctypes

        if _sqlite_library is None:
            lib = ctypes.CDLL(_sqlite3.__file__)
            lib.sqlite3_db_filename.restype = ctypes.c_char_p
            lib.sqlite3_db_filename.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
            lib.sqlite3_db_config.restype = ctypes.c_int
            _sqlite_library = lib
        lib = _sqlite_library
        # CPython's sqlite3.Connection holds its `sqlite3 *` right after the object header.
        handle = ctypes.c_void_p.from_address(id(dbapi_connection) + object.__basicsize__).value
        name = lib.sqlite3_db_filename(handle, b"main") if handle else None
        if not name or os.path.realpath(os.fsdecode(name)) != path:
            return False  # not the handle we think it is: touch nothing
        done = ctypes.c_int(-1)
        rc = lib.sqlite3_db_config(ctypes.c_void_p(handle), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE,
                                   ctypes.c_int(1), ctypes.byref(done))
        return rc == 0 and done.value == 1
    except (ImportError, OSError, AttributeError, ValueError):
        return False


def _configure_sqlite(engine: Engine, synchronous: str) -> None:
    path = engine.url.database
    guard = _guard_for(path) if path and path != ":memory:" else None
    if guard is not None:
        guard.engines.add(engine)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, record: Any) -> None:
        # Let us emit BEGIN ourselves (pysqlite's own handling defers and sometimes skips it).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA synchronous={synchronous}")
        cursor.execute("SELECT count(*) FROM sqlite_master")  # opens the -wal and -shm
        cursor.close()
        if guard is not None:
            guard.condemned.discard(record)
            guard.records.add(record)
            guard.changed(+1)

    if guard is not None:
        @event.listens_for(engine, "close")
        def _on_close(dbapi_connection: Any, record: Any) -> None:
            if guard.stale():  # e.g. at quit: closing must not write old pages back
                guard.condemn()
                if record is None:
                    _no_checkpoint_on_close(dbapi_connection, guard.path)
            guard.records.discard(record)
            guard.changed(-1)

        @event.listens_for(engine, "checkin")
        def _on_checkin(_dbapi_connection: Any, record: Any) -> None:
            if record is not None and record in guard.condemned:
                record.invalidate()  # closed now (without a checkpoint), reconnects when used

        @event.listens_for(engine, "close_detached")
        def _on_close_detached(dbapi_connection: Any) -> None:
            _on_close(dbapi_connection, None)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        if mode == "NONE":  # one read-only statement: SQLite's autocommit read is consistent
            return
        if guard is not None and guard.stale():
            guard.condemn()
            raise DatabaseFilesReplaced(guard.path)
        conn.exec_driver_sql(f"BEGIN {mode}")


def _drop_stale_connections(guard: _FileGuard) -> None:
    """Close every pooled connection of this process on the file (they share the stale -shm)."""
    for engine in list(guard.engines):
        engine.dispose()  # each close goes through _on_close: no checkpoint, no delete
    guard.reset()


def _is_busy(error: OperationalError) -> bool:
    code = getattr(error.orig, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (SQLITE_BUSY, SQLITE_LOCKED)
    return isinstance(error.orig, sqlite3.OperationalError) and "locked" in str(error.orig)


UnitOfWorkHook = Callable[["Database"], None]


class Database:
    """The program's database: an engine plus the two kinds of unit of work.

    `write()` is one unit of work that commits as a whole or rolls back as a whole;
    `read()` never commits. Objects stay usable after the block (expire_on_commit=False) but
    are detached: widgets get plain data, never a live session.
    """

    def __init__(self, engine: Engine, *, hooks: Sequence[UnitOfWorkHook]) -> None:
        """`hooks` are what app/ keeps in every unit of work of this database (the search
        index, the text guard): required, so no database is opened that silently skips them
        (app.bootstrap.connect passes the program's); `()` says so on purpose."""
        self.engine = engine
        self.is_sqlite = engine.dialect.name == "sqlite"
        writer = engine.execution_options(sqlite_begin="IMMEDIATE") if self.is_sqlite else engine
        # A Session class of this database's own: a hook holds for its units of work only.
        sessions = type("DatabaseSession", (Session,), {})
        self._reader = sessionmaker(engine, class_=sessions, expire_on_commit=False)
        self._writer = sessionmaker(writer, class_=sessions, expire_on_commit=False)
        path = engine.url.database if self.is_sqlite else None
        self._guard = _guard_for(path) if path and path != ":memory:" else None
        ledger.install()  # every audit entry written through this database is chained
        for hook in hooks:
            hook(self)

    @classmethod
    def open(cls, url: str | URL, *, hooks: Sequence[UnitOfWorkHook]) -> Database:
        return cls(make_engine(url), hooks=hooks)

    @property
    def url(self) -> URL:
        return self.engine.url

    def describe(self) -> str:
        """What the status bar shows: the file, or the server and database (no password)."""
        url = self.engine.url
        if self.is_sqlite:
            return url.database or ":memory:"
        return f"{url.get_backend_name()}://{url.host}/{url.database}"

    def _begin(self, sessions: sessionmaker[Session], *, wait_s: float) -> Session:
        """A session whose transaction has begun (on SQLite: after the file guard).

        Starting it here, before the caller's block runs, lets a busy database or stale files
        be handled by starting again: nothing was done yet.
        """
        if not self.is_sqlite:
            return sessions()
        started = time.monotonic()
        delay = 0.02
        dropped_stale = False
        while True:
            session = sessions()
            try:
                session.connection()
                return session
            except DatabaseFilesReplaced:
                session.close()
                if dropped_stale or self._guard is None:
                    raise
                log.warning("%s: files replaced under the program; reconnecting", self._guard.path)
                _drop_stale_connections(self._guard)
                dropped_stale = True
            except OperationalError as error:
                session.close()
                waited = time.monotonic() - started
                if not _is_busy(error):
                    raise
                if waited >= wait_s:
                    raise DatabaseBusy(waited) from error
                time.sleep(delay * (0.5 + random.random()))
                delay = min(delay * 2, 1.0)
            except BaseException:
                session.close()
                raise

    @contextmanager
    def write(self) -> Iterator[Session]:
        session = self._begin(self._writer, wait_s=WRITE_WAIT_S)
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
        session = self._begin(self._reader, wait_s=WRITE_WAIT_S)
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
