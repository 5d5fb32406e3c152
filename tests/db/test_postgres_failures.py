"""A workstation loses its PostgreSQL connection in the middle of a save (the server ends the
session, as when it restarts or the network drops): the desk is told so in words, nothing of
the unit of work is saved, and the same save goes through on the next try."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import URL

from app.services import customers, failures
from app.services.failures import storage_failure
from db.engine import Database
from db.models import Customer
from tests.pg_server import PgServer


@pytest.fixture
def database(pg_url: URL) -> Iterator[Database]:
    from app.bootstrap import open_database, prepare
    from app.config import paths

    db, where = open_database(pg_url.render_as_string(hide_password=False), paths())
    prepare(db, where)
    yield db
    db.dispose()


def _count(database: Database) -> int:
    with database.read() as s:
        return int(s.scalar(select(func.count(Customer.id))) or 0)


def test_a_lost_connection_mid_save_is_told_and_nothing_is_half_saved(
        database: Database, admin, pg_server: PgServer) -> None:  # type: ignore[no-untyped-def]
    form = customers.CustomerForm("断线客户", ("13800138123",))
    with pytest.raises(Exception) as lost, database.write() as s:
        s.add(Customer(name="先写的一行", kind="person"))
        s.flush()  # the first row is in the transaction ...
        pid = s.execute(text("SELECT pg_backend_pid()")).scalar()
        pg_server.admin(f"SELECT pg_terminate_backend({int(pid)})")  # ... and the server ends it
        customers.register(s, admin, form)
    failure = storage_failure(lost.value)
    assert failure is not None and failure.message == failures.CONNECTION_LOST
    assert "connection to the database server was lost" in failure.text()
    assert _count(database) == 0  # neither the first row nor the customer
    with database.write() as s:  # the pool hands out a live connection: the save goes through
        customers.register(s, admin, form)
    assert _count(database) == 1
