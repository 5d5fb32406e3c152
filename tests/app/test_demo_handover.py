"""The demo's finished orders carry the car side of handover: completion checks, signed pickups
that verify, warranties of their repair type, follow-up tasks, and a few comebacks."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.app.test_demo import demo_path, quick_password_hashing  # noqa: F401 (fixtures)


@pytest.fixture
def rows(demo_path: Path) -> Iterator[sqlite3.Connection]:  # noqa: F811
    conn = sqlite3.connect(demo_path)
    yield conn
    conn.close()


def _one(rows: sqlite3.Connection, sql: str) -> int:
    return rows.execute(sql).fetchone()[0]


def test_every_delivered_order_was_checked_handed_over_and_followed_up(rows) -> None:  # type: ignore[no-untyped-def]
    delivered = _one(rows, "SELECT count(*) FROM work_orders WHERE status = 'delivered'")
    assert delivered > 100
    for table in ("handovers", "follow_ups"):
        assert _one(rows, f"SELECT count(DISTINCT order_id) FROM {table}") == delivered
    assert _one(rows, "SELECT count(*) FROM work_orders AS o WHERE o.status IN ('ready', "
                "'settled', 'delivered') AND NOT EXISTS (SELECT 1 FROM completion_checks AS c "
                "WHERE c.order_id = o.id AND c.passed)") == 0
    assert _one(rows, "SELECT count(*) FROM handovers AS h JOIN check_ins AS c ON "
                "c.order_id = h.order_id WHERE h.odometer_out_km < c.odometer_km") == 0


def test_warranties_follow_the_repair_type(rows) -> None:  # type: ignore[no-untyped-def]
    terms = set(rows.execute("SELECT repair_type, km, days FROM warranties").fetchall())
    assert ("primary_maintenance", 2000, 10) in terms
    assert terms <= {("primary_maintenance", 2000, 10), ("minor_repair", 2000, 10),
                     ("special_repair", 2000, 10), ("assembly_overhaul", 20000, 100)}


def test_a_few_comebacks_are_free_and_restart_the_warranty(rows) -> None:  # type: ignore[no-untyped-def]
    assert _one(rows, "SELECT count(*) FROM work_orders WHERE comeback_of_id IS NOT NULL")
    assert _one(rows, "SELECT count(*) FROM work_orders AS o JOIN work_orders AS first ON "
                "first.id = o.comeback_of_id WHERE first.vehicle_id != o.vehicle_id "
                "OR first.status != 'delivered'") == 0
    free = _one(rows, "SELECT count(*) FROM work_order_lines AS l JOIN work_orders AS o ON "
                "o.id = l.order_id WHERE o.comeback_of_id IS NOT NULL AND NOT l.added AND "
                "l.total_fen != 0")
    assert free == 0  # the warranty items are charged nothing
    restarted = _one(rows, "SELECT count(*) FROM warranties WHERE restarted")
    delivered = _one(rows, "SELECT count(*) FROM work_orders WHERE comeback_of_id IS NOT NULL "
                     "AND status = 'delivered'")
    assert restarted == delivered
    assert _one(rows, "SELECT count(*) FROM warranties WHERE superseded_by_id IS NOT NULL") == \
        restarted


def test_pickups_verify_and_follow_ups_are_due_three_days_later(demo_path: Path, rows) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from app.bootstrap import open_database
    from app.services import handover

    ids = [uuid.UUID(hex=x) for (x,) in rows.execute(
        "SELECT id FROM handovers ORDER BY rowid LIMIT 20").fetchall()]
    database, _ = open_database(str(demo_path))
    try:
        with database.read() as session:
            assert all(handover.verify(session, i).ok for i in ids)
    finally:
        database.dispose()
    late = _one(rows, "SELECT count(*) FROM follow_ups AS f JOIN handovers AS h ON "
                "h.order_id = f.order_id WHERE julianday(f.due_on) - julianday(date(h.signed_at, "
                "'+8 hours')) != 3")
    assert late == 0


def test_the_demos_quick_hash_is_the_programs_hash() -> None:
    import random
    from datetime import UTC, date, datetime

    from app.demo_checkins import CheckInMaker
    from app.demo_handover import HandoverMaker
    from app.domain.checkin import content_hash

    rng = random.Random(3)
    pool = CheckInMaker(rng).pool
    maker = HandoverMaker(rng, pool, uuid.uuid4(), date(2026, 12, 1))
    strokes, png = pool[0]
    content = {"order_id": uuid.uuid4(), "signature_strokes": strokes, "signature_png": png,
               "signer": "车主本人", "signed_at": datetime(2026, 12, 1, 3, tzinfo=UTC),
               "new_marks": [{"number": 2, "x": 0.51234567, "kind": "dent"}]}
    assert maker._hash(content, strokes) == content_hash(content)
    assert maker._hash(content, strokes) == content_hash(content)  # the cached text too


def test_a_demo_orders_papers_name_the_inspector_and_who_handed_over(demo_path: Path, rows) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from app.bootstrap import open_database
    from app.services import completion, handover

    [order_hex] = rows.execute("SELECT order_id FROM handovers LIMIT 1").fetchone()
    order_id = uuid.UUID(hex=order_hex)
    database, _ = open_database(str(demo_path))
    try:
        with database.read() as session:
            assert handover.current(session, order_id).handed_over_by_name
            assert completion.passed_check(session, order_id).inspector_name
    finally:
        database.dispose()
