"""Nothing committed is lost: kill -9 a desk settling orders at random moments, two desks at once.

A child process (tests/soak_child.py) settles orders through the real services and prints each
id right after its commit. Killed with SIGKILL at random moments, again and again on one file,
every id it printed must be whole afterwards: the bill, its payments, the order's lines and
state, the chained audit entry; SQLite's integrity_check is "ok" and `garagedesk check`
(app/services/integrity) finds nothing. The suite runs KILLS kills (seeded, so a failure
replays); `make soak` runs hundreds (GARAGEDESK_SOAK_KILLS).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

from sqlalchemy import func, select

from app.services import integrity
from db.models import AuditLog, Payment, Settlement, StatusEvent, WorkOrder, WorkOrderLine
from tests.app.settle_helpers import TOTAL_FEN
from tests.people import add_user

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("GARAGEDESK_SOAK_KILLS", "24"))
SEED = int(os.environ.get("GARAGEDESK_SOAK_SEED", "20261202"))
PER_RUN = 100  # orders a child may make before it is killed (plates FIRST … FIRST+99)
SETTLED_LINES = 4  # oil, filter, labor approved; pads declined (kept on the order)


def _child(path: Path, username: str, password: str, first: int, count: int,
           *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.soak_child", str(path), username, password, str(first),
         str(count), *extra], cwd=ROOT, env=env, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, encoding="utf-8")


def _printed(lines: list[str]) -> tuple[set[uuid.UUID], dict[uuid.UUID, uuid.UUID]]:
    """(orders reported ready, {settlement: order} reported settled)."""
    ready: set[uuid.UUID] = set()
    settled: dict[uuid.UUID, uuid.UUID] = {}
    for line in lines:
        word, *ids = line.split()
        if word == "ready":
            ready.add(uuid.UUID(ids[0]))
        elif word == "settled":
            settled[uuid.UUID(ids[0])] = uuid.UUID(ids[1])
    return ready, settled


def _assert_whole(database, ready: set[uuid.UUID],  # type: ignore[no-untyped-def]
                  settled: dict[uuid.UUID, uuid.UUID]) -> None:
    """Every printed id is in the file, all of it."""
    with database.read() as s:
        for order_id in ready:
            order = s.get(WorkOrder, order_id)
            assert order is not None, f"order {order_id} printed ready, not in the file"
            assert order.status in ("ready", "settled"), (order_id, order.status)
            lines = s.scalar(select(func.count()).select_from(WorkOrderLine)
                             .where(WorkOrderLine.order_id == order_id))
            assert lines == SETTLED_LINES, (order_id, lines)
        for settlement_id, order_id in settled.items():
            bill = s.get(Settlement, settlement_id)
            assert bill is not None, f"settlement {settlement_id} printed, not in the file"
            assert (bill.order_id, bill.status, bill.total_fen) == (order_id, "settled",
                                                                     TOTAL_FEN)
            paid = s.scalars(select(Payment.amount_fen)
                             .where(Payment.settlement_id == settlement_id)).all()
            assert paid and sum(paid) == bill.paid_fen == TOTAL_FEN, (settlement_id, paid)
            order = s.get_one(WorkOrder, order_id)
            assert order.status == "settled", (order_id, order.status)
            assert s.scalar(select(func.count()).select_from(StatusEvent).where(
                StatusEvent.order_id == order_id, StatusEvent.to_status == "settled")) == 1
            entry = s.scalars(select(AuditLog).where(
                AuditLog.entity == "settlement", AuditLog.entity_id == str(settlement_id),
                AuditLog.action == "settle")).one()
            assert entry.seq is not None and entry.after["hash"] == bill.content_hash


def _assert_sound(database, path: Path) -> None:  # type: ignore[no-untyped-def]
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    report = integrity.check(database)
    assert report.findings == (), [f.text() for f in report.findings]


def _users(database, admin) -> None:  # type: ignore[no-untyped-def]
    with database.write() as s:
        add_user(s, admin, "desk1", "收银一", "advisor", "desk1-pass")
        add_user(s, admin, "desk2", "收银二", "advisor", "desk2-pass")


def test_killed_at_random_moments_every_printed_settlement_is_whole(
        database, admin, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _users(database, admin)
    path = Path(database.engine.url.database)
    assert KILLS * PER_RUN < 100_000, "plates 湘A00000 … 湘A99999: at most 999 kills"
    rng = random.Random(SEED)
    ready: set[uuid.UUID] = set()
    settled: dict[uuid.UUID, uuid.UUID] = {}
    for kill in range(KILLS):
        child = _child(path, "desk1", "desk1-pass", kill * PER_RUN, PER_RUN)
        assert child.stdout is not None
        first = child.stdout.readline()
        assert first == "started\n", first + child.communicate()[1]
        time.sleep(rng.uniform(0.0, 1.2))  # somewhere in a save, or between two
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate()
        assert child.returncode == -signal.SIGKILL, err  # it was still working: not done
        more_ready, more_settled = _printed(out.splitlines())
        ready |= more_ready
        settled.update(more_settled)
    assert settled, "no settlement was committed before a kill: the soak tested nothing"
    _assert_whole(database, ready, settled)
    _assert_sound(database, path)


def test_two_desks_settling_and_reading_at_once_lose_nothing(
        database, admin, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _users(database, admin)
    path = Path(database.engine.url.database)
    count = 6
    desks = [_child(path, "desk1", "desk1-pass", 0, count, "--read"),
             _child(path, "desk2", "desk2-pass", PER_RUN, count, "--read")]
    results = [desk.communicate(timeout=300) for desk in desks]
    for desk, (out, err) in zip(desks, results, strict=True):
        assert "locked" not in err and desk.returncode == 0, err
        lines = out.splitlines()
        assert lines[0] == "started" and lines[-1] == "done", out
        ready, settled = _printed(lines)
        assert len(ready) == len(settled) == count
        _assert_whole(database, ready, settled)
    with database.read() as s:
        assert s.scalar(select(func.count()).select_from(Settlement)) == 2 * count
    _assert_sound(database, path)
