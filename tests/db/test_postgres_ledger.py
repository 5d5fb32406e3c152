"""Settled and signed means unchangeable on PostgreSQL too (issue 10 §3).

The program logs in as a role that does not own the tables (README: "PostgreSQL: two roles"):
it may SELECT/INSERT/UPDATE/DELETE, the triggers still bind it, and it can neither switch them
off nor empty a table. The owner (who runs the migrations) could; `check` then finds it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy.engine import URL

from app.bootstrap import connect
from app.domain.handover import PickupFacts
from app.services import audit, handover, integrity
from db.engine import Database
from tests.app.handover_helpers import STROKES, settled_order
from tests.app.test_integrity import _png
from tests.db.test_postgres import database  # noqa: F401 - the PostgreSQL `database` fixture
from tests.pg_server import PgServer

DESK_ROLE = "garagedesk_desk"
DESK_PASSWORD = "desk-pass-1"  # a throwaway cluster's role


def _grant_desk_role(server: PgServer, dbname: str) -> None:
    """What README tells a shop's administrator to run, once per database."""
    exists = server.admin(f"SELECT 1 FROM pg_roles WHERE rolname = '{DESK_ROLE}'")
    if not exists:
        server.admin(f"CREATE ROLE {DESK_ROLE} LOGIN PASSWORD '{DESK_PASSWORD}'")
    server.admin(f'GRANT CONNECT ON DATABASE "{dbname}" TO {DESK_ROLE}')
    for sql in (f"GRANT USAGE ON SCHEMA public TO {DESK_ROLE}",
                f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public "
                f"TO {DESK_ROLE}",
                f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {DESK_ROLE}"):
        server.admin(sql, dbname)


@pytest.fixture
def desk_url(pg_server: PgServer, pg_url: URL, database: Database) -> URL:  # noqa: F811
    _grant_desk_role(pg_server, str(pg_url.database))
    return pg_url.set(username=DESK_ROLE, password=DESK_PASSWORD)


@pytest.fixture
def desk(desk_url: URL) -> Iterator[Database]:
    db = connect(desk_url)
    yield db
    db.dispose()


def _raw(url: URL, sql: str) -> None:
    with psycopg.connect(host=url.host, port=url.port, user=url.username,
                         password=url.password, dbname=url.database) as conn:
        conn.execute(sql)


def test_the_desk_role_works_but_cannot_rewrite_settled_rows(  # type: ignore[no-untyped-def]
        desk: Database, desk_url: URL, advisor):
    order_id = settled_order(desk, advisor)  # the whole day's work as the desk's role
    with desk.write() as s:
        handover.deliver(s, advisor, order_id, PickupFacts(46230), STROKES, _png(), "张三")
    for sql in ("UPDATE settlements SET total_fen = 1", "DELETE FROM settlements",
                "UPDATE payments SET amount_fen = 1", "DELETE FROM work_order_lines",
                "UPDATE check_ins SET belongings = 'x'", "DELETE FROM handovers",
                "UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(psycopg.errors.RestrictViolation, match="GarageDesk:"):
            _raw(desk_url, sql)
    for sql in ("TRUNCATE audit_log", "ALTER TABLE audit_log DISABLE TRIGGER USER",
                "DROP TRIGGER settlements_guard ON settlements"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            _raw(desk_url, sql)
    report = integrity.check(desk)
    assert report.ok, [f.text() for f in report.findings]
    assert report.documents == 3


def test_the_owner_can_switch_a_guard_off_and_check_finds_it(  # type: ignore[no-untyped-def]
        database: Database, pg_url: URL, advisor):  # noqa: F811
    settled_order(database, advisor)
    _raw(pg_url, "ALTER TABLE audit_log DISABLE TRIGGER audit_log_unchangeable")
    _raw(pg_url, "UPDATE audit_log SET after = '{\"hash\": \"forged\"}' "
                 "WHERE entity = 'settlement'")
    texts = [f.text() for f in integrity.check(database).findings]
    assert "The database's guard audit_log_unchangeable is switched off." in texts
    assert any("on settlement) was changed after it was written" in t for t in texts)
    assert any("bill JS-" in t and "differs from what the audit chain" in t for t in texts)


def test_two_workstations_appending_at_once_never_fork_the_chain(  # type: ignore[no-untyped-def]
        database: Database, pg_url: URL, advisor):  # noqa: F811
    other = connect(pg_url)
    errors: list[BaseException] = []

    def desk(db: Database, name: str) -> None:
        try:
            for i in range(15):
                with db.write() as s:
                    audit.record(s, advisor, "note", name, "wrote", None, {"i": i})
                    audit.record(s, advisor, "note", name, "wrote_again", None, {"i": i})
        except BaseException as e:  # reported below
            errors.append(e)

    try:
        threads = [threading.Thread(target=desk, args=(db, name))
                   for db, name in ((database, "a"), (other, "b"))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        other.dispose()
    assert errors == []
    with database.read() as s:
        state = integrity.chain_state(s)
        assert len(audit.history(s, "note", "a")) == len(audit.history(s, "note", "b")) == 30
    assert state.verified and state.entries >= 60
