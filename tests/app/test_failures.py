"""Storage failures told in the desk's words, from the errors the real drivers raise."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from app.services import failures
from app.services.failures import storage_failure


def _raised(action) -> BaseException:  # type: ignore[no-untyped-def]
    try:
        action()
    except Exception as error:
        return error
    raise AssertionError("nothing was raised")


def test_database_is_locked_through_sqlalchemy(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode=WAL")
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 0})

    def write() -> None:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO t VALUES (1)"))

    error = _raised(write)
    assert isinstance(error, OperationalError)
    found = storage_failure(error)
    assert found is not None and found.field == "general" and found.message == failures.BUSY
    holder.rollback()
    holder.close()
    engine.dispose()


def test_a_read_only_database(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    reader = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    error = _raised(lambda: reader.execute("INSERT INTO t VALUES (1)"))
    reader.close()
    found = storage_failure(error)
    assert found is not None and found.message == failures.READ_ONLY
    assert "read-only" in found.text()


@pytest.mark.parametrize(("number", "message"), [
    (errno.ENOSPC, failures.DISK_FULL), (errno.EROFS, failures.READ_ONLY),
])
def test_files_the_program_writes(number: int, message: str) -> None:
    wrapped = RuntimeError("saving the report failed")
    wrapped.__cause__ = OSError(number, "no")
    found = storage_failure(wrapped)
    assert found is not None and found.message == message


def test_a_lost_server_connection() -> None:
    psycopg = pytest.importorskip("psycopg")
    lost = psycopg.OperationalError(
        "consuming input failed: server closed the connection unexpectedly")
    found = storage_failure(OperationalError("UPDATE customers ...", {}, lost))
    assert found is not None and found.message == failures.CONNECTION_LOST
    invalidated = OperationalError("SELECT 1", {}, Exception("gone"), connection_invalidated=True)
    assert storage_failure(invalidated).message == failures.CONNECTION_LOST  # type: ignore[union-attr]


def test_an_io_error_on_a_full_disk_is_a_full_disk(tmp_path: Path) -> None:
    io_error = sqlite3.OperationalError("disk I/O error")
    io_error.sqlite_errorcode = 778  # type: ignore[attr-defined]  # SQLITE_IOERR_WRITE
    assert storage_failure(io_error).message == failures.DISK_ERROR  # type: ignore[union-attr]
    # tmp_path has room: still an I/O error (the disk itself may be failing)
    assert storage_failure(io_error, tmp_path).message == failures.DISK_ERROR  # type: ignore[union-attr]


def test_anything_else_is_not_a_storage_failure() -> None:
    assert storage_failure(ValueError("a bug")) is None
    assert storage_failure(sqlite3.IntegrityError("UNIQUE constraint failed")) is None
    assert storage_failure(OSError(errno.EACCES, "denied")) is None


def test_the_engines_own_refusals_are_told_in_the_desks_words() -> None:
    from db.engine import DatabaseBusy, DatabaseFilesReplaced

    replaced = storage_failure(DatabaseFilesReplaced("/data/garagedesk.db"))
    assert replaced is not None and "/data/garagedesk.db" in replaced.text()
    assert "restart GarageDesk" in replaced.text()
    busy = storage_failure(DatabaseBusy(90.4))
    assert busy is not None and "90 s" in busy.text()
