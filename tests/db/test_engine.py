"""The SQLite file is opened the way DESIGN.md requires, and committed data survives a kill."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app.bootstrap import UNIT_OF_WORK, connect
from db.engine import Database, database_url, keyring_account, make_engine
from db.migrate import DatabaseTooNew, current_revision, ensure_current
from db.migrations import HEAD
from db.models import Branch


def test_pragmas_are_set_on_every_connection(database: Database) -> None:
    with database.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_foreign_keys_are_enforced(database: Database) -> None:
    import uuid

    from db.models import CustomerPhone

    with pytest.raises(Exception, match="FOREIGN KEY"), database.write() as s:
        s.add(CustomerPhone(customer_id=uuid.uuid4(), number="13800138000"))


def test_second_writer_waits_instead_of_failing(database: Database) -> None:
    """Read-then-write in two workstations at once: the second waits for the first (IMMEDIATE)."""
    order: list[str] = []
    first_has_lock = threading.Event()

    def first() -> None:
        with database.write() as s:
            s.execute(select(func.count(Branch.id))).scalar()
            first_has_lock.set()
            time.sleep(0.3)
            s.add(Branch(code="A1", name="first"))
            order.append("first committed")

    t = threading.Thread(target=first)
    t.start()
    first_has_lock.wait()
    other = Database(make_engine(database.url), hooks=UNIT_OF_WORK)
    with other.write() as s:
        n = s.execute(select(func.count(Branch.id))).scalar()
        order.append("second began")
        s.add(Branch(code=f"B{n}", name="second"))
    t.join()
    other.dispose()
    assert order == ["first committed", "second began"]
    with database.read() as s:
        assert s.scalar(select(func.count(Branch.id))) == 2


KILLER = """
import os, signal, sys
from app.bootstrap import connect
from db.models import Branch
db = connect(sys.argv[1])
with db.write() as s:
    s.add(Branch(code="KEPT", name="committed before the kill"))
s = db._writer()
s.add(Branch(code="LOST", name="never committed"))
s.flush()
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_committed_data_survives_a_killed_process(database: Database, tmp_path: Path) -> None:
    path = database.url.database
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run([sys.executable, "-c", KILLER, path], cwd=root, check=False)
    assert proc.returncode == -9
    with database.read() as s:
        codes = set(s.scalars(select(Branch.code)))
    assert "KEPT" in codes
    assert "LOST" not in codes


def test_migration_creates_schema_then_is_a_no_op(tmp_path: Path) -> None:
    db = connect(str(tmp_path / "new.db"))
    first = ensure_current(db.engine, tmp_path / "backups")
    assert (first.before, first.after, first.backup) == (None, HEAD, None)
    again = ensure_current(db.engine, tmp_path / "backups")
    assert (again.before, again.backup) == (HEAD, None)
    assert current_revision(db.engine) == HEAD
    db.dispose()


def test_database_from_a_newer_program_is_refused(database: Database, tmp_path: Path) -> None:
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(DatabaseTooNew, match="newer"):
        ensure_current(database.engine, tmp_path)


def test_head_constant_matches_the_migration_scripts(database: Database) -> None:
    from alembic.script import ScriptDirectory

    from db.migrate import alembic_config

    assert ScriptDirectory.from_config(alembic_config(database.engine)).get_current_head() == HEAD


def test_a_path_means_an_sqlite_file_and_a_url_stays_a_url(tmp_path: Path) -> None:
    assert database_url(str(tmp_path / "x.db")).get_backend_name() == "sqlite"
    url = database_url("postgresql+psycopg://desk@db.shop.lan/garage")
    assert url.get_backend_name() == "postgresql"
    assert keyring_account(url) == "desk@db.shop.lan:5432/garage"


def test_server_password_comes_from_the_keyring(memory_keyring) -> None:  # type: ignore[no-untyped-def]
    from db.engine import KEYRING_SERVICE, _with_keyring_password

    url = database_url("postgresql+psycopg://desk@db.shop.lan/garage")
    memory_keyring.set_password(KEYRING_SERVICE, keyring_account(url), "s3cret")
    assert _with_keyring_password(url).password == "s3cret"
