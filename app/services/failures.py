"""What went wrong with the storage, in the desk's words: disk full, database busy, read-only,
server connection lost.

Every unit of work (db/engine `Database.write`) rolls back as a whole when it fails, so such a
failure never leaves anything half-saved; what the person typed is still in the window. The UI
turns `storage_failure(error)` into the message next to the form (ui/errors); anything it does
not recognise is an unexpected error, logged and shown as such.

The messages are `InputError`s of the field "general", so a form shows them where it shows any
refusal about no particular field.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from app.domain.errors import InputError
from app.i18n import QT_TRANSLATE_NOOP
from db.engine import DatabaseBusy, DatabaseFilesReplaced

DISK_FULL = QT_TRANSLATE_NOOP(
    "InputError", "The disk is full, so nothing was saved. What you typed is still here: free "
    "some space on the disk (or ask whoever looks after this PC), then save again.")
BUSY = QT_TRANSLATE_NOOP(
    "InputError", "Another desk was saving at the same moment, so this was not saved. What you "
    "typed is still here: save again in a moment.")
READ_ONLY = QT_TRANSLATE_NOOP(
    "InputError", "The database cannot be written (the file, its folder or the disk is "
    "read-only), so nothing was saved. What you typed is still here: ask whoever looks after "
    "this PC to allow writing, then save again.")
CONNECTION_LOST = QT_TRANSLATE_NOOP(
    "InputError", "The connection to the database server was lost, so nothing was saved. What "
    "you typed is still here: check the network or the server, then save again.")
FILES_REPLACED = QT_TRANSLATE_NOOP(
    "InputError", "The database file {path} was replaced or its journal deleted by another "
    "program, so nothing was saved. What you typed is still here: restart GarageDesk, then save "
    "again.")
BUSY_TOO_LONG = QT_TRANSLATE_NOOP(
    "InputError", "Other desks kept the database busy for {seconds} s, so nothing was saved. What "
    "you typed is still here: save again in a moment.")
DISK_ERROR = QT_TRANSLATE_NOOP(
    "InputError", "The disk could not be read or written ({detail}), so nothing was saved. "
    "What you typed is still here. Check the disk, and run `garagedesk check`.")

# SQLite's primary result codes (the low byte of an extended code).
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL = 5, 6, 8, 10, 13
SQLITE_CANTOPEN = 14
SQLITE_IOERR_SHMSIZE = 4874  # the -shm file could not grow: in practice, no room on the disk
LOW_SPACE_BYTES = 1 << 20
# PostgreSQL's SQLSTATE: class 08 connection exception; 57P01-57P03 the server going away;
# 53100 disk full; 55P03 lock not available, 40001 / 40P01 serialisation failure / deadlock.
PG_CONNECTION_STATES = ("08", "57P01", "57P02", "57P03")
PG_BUSY_STATES = ("55P03", "40001", "40P01")
LOST_WORDS = ("server closed the connection", "connection is closed", "terminating connection",
              "connection refused", "could not connect", "connection timed out",
              "consuming input failed", "the connection is lost", "ssl syscall error",
              "connection not open")


def storage_failure(error: BaseException, folder: Path | None = None) -> InputError | None:
    """The message for a storage failure anywhere in `error`'s chain; None for anything else.

    `folder` is the database's: SQLite reports some writes that fail for want of space or
    of write access as a plain I/O error (no errno reaches Python), so an I/O error there on a
    disk with next to no room left is told as a full disk, in a read-only folder as read-only.
    """
    for link in _chain(error):
        kind = _kind(link)
        if kind is not None:
            if kind.message == DISK_ERROR and folder is not None and _no_room(folder):
                return InputError("general", DISK_FULL)
            if kind.message == DISK_ERROR and folder is not None and _read_only(folder):
                return InputError("general", READ_ONLY)  # its -wal / -shm could not be made
            return kind
    return None


def _read_only(folder: Path) -> bool:
    return folder.is_dir() and not os.access(folder, os.W_OK)


def _no_room(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


def _chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException | None] = [error]
    while todo:
        link = todo.pop(0)
        if link is None or id(link) in seen:
            continue
        seen.add(id(link))
        yield link
        orig = getattr(link, "orig", None)  # SQLAlchemy's wrapper around the driver's error
        todo += [orig if isinstance(orig, BaseException) else None, link.__cause__,
                 link.__context__]


def _kind(error: BaseException) -> InputError | None:
    if isinstance(error, DatabaseFilesReplaced):  # the engine's own refusals (db/engine.py)
        return InputError("general", FILES_REPLACED, path=error.path)
    if isinstance(error, DatabaseBusy):
        return InputError("general", BUSY_TOO_LONG, seconds=round(error.waited_s))
    if getattr(error, "connection_invalidated", False):  # SQLAlchemy saw a disconnect
        return InputError("general", CONNECTION_LOST)
    if isinstance(error, sqlite3.Error):
        return _sqlite_kind(error)
    if isinstance(error, OSError) and error.errno is not None:
        return _os_kind(error)
    state = getattr(error, "sqlstate", None) or getattr(error, "pgcode", None)
    if isinstance(state, str) and state:
        return _postgres_kind(state)
    if type(error).__module__.startswith("psycopg") and \
            any(w in str(error).lower() for w in LOST_WORDS):
        return InputError("general", CONNECTION_LOST)
    return None


def _sqlite_kind(error: sqlite3.Error) -> InputError | None:
    code = getattr(error, "sqlite_errorcode", None)
    text = str(error).lower()
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == SQLITE_FULL or code == SQLITE_IOERR_SHMSIZE or "disk is full" in text:
        return InputError("general", DISK_FULL)
    if primary in (SQLITE_BUSY, SQLITE_LOCKED) or "database is locked" in text:
        return InputError("general", BUSY)
    if primary == SQLITE_READONLY or "readonly database" in text:
        return InputError("general", READ_ONLY)
    if primary in (SQLITE_IOERR, SQLITE_CANTOPEN) or "disk i/o error" in text:
        return InputError("general", DISK_ERROR, detail=str(error))
    return None


def _os_kind(error: OSError) -> InputError | None:
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return InputError("general", DISK_FULL)
    if error.errno == errno.EROFS:
        return InputError("general", READ_ONLY)
    if error.errno == errno.EIO:
        return InputError("general", DISK_ERROR, detail=error.strerror or str(error))
    return None


def _postgres_kind(state: str) -> InputError | None:
    if state.startswith(PG_CONNECTION_STATES):
        return InputError("general", CONNECTION_LOST)
    if state == "53100":
        return InputError("general", DISK_FULL)
    if state in PG_BUSY_STATES:
        return InputError("general", BUSY)
    if state == "25006":  # read_only_sql_transaction: a standby server, or a read-only role
        return InputError("general", READ_ONLY)
    return None
