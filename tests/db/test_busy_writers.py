"""Several desks saving at once on one SQLite file: each waits its turn, none sees "locked".

On a loaded machine a writer can wait longer than any busy timeout SQLite is given; then
`Database.write()` starts its transaction again, with a backoff, up to a bound (`WRITE_WAIT_S`)
past which it says so with `DatabaseBusy` (nothing saved). The writers here get a short SQLite
busy timeout so that the waits beyond it happen within seconds, not only on a bad day.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from app.bootstrap import connect
from db import engine as db_engine
from db.engine import DatabaseBusy

ROOT = Path(__file__).resolve().parents[2]
WRITERS = 8
SAVES = 8

WRITER = """
import sys, time
from pathlib import Path
import db.engine as engine
engine.BUSY_TIMEOUT_MS = 30  # SQLite gives up quickly: write() must wait on
from sqlalchemy import text
path, who, go = sys.argv[1], sys.argv[2], Path(sys.argv[3])
from app.bootstrap import connect
db = connect(path)
with db.read() as s:
    s.execute(text("SELECT 1")).scalar()
deadline = time.monotonic() + 60
while not go.exists() and time.monotonic() < deadline:
    time.sleep(0.005)
for n in range(int(sys.argv[4])):
    with db.write() as s:
        done = s.execute(text("SELECT count(*) FROM t WHERE who = :who"), {"who": who}).scalar()
        s.execute(text("INSERT INTO t(who, n) VALUES (:who, :n)"), {"who": who, "n": done})
        time.sleep(0.005)  # the lock held a while, as a real save with its audit lines
db.dispose()
"""


def test_eight_desks_saving_at_once_all_commit_without_a_locked_error(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    db = connect(str(path))
    with db.write() as s:
        s.execute(text("CREATE TABLE t(who TEXT NOT NULL, n INTEGER NOT NULL, "
                       "PRIMARY KEY (who, n))"))
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    writers = [subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), f"desk-{i}", str(go), str(SAVES)],
        cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True) for i in range(WRITERS)]
    go.touch()
    failures = []
    for writer in writers:
        _out, err = writer.communicate(timeout=300)
        if writer.returncode != 0:
            failures.append(err)
    assert failures == []
    db.dispose()
    rows = set(sqlite3.connect(path).execute("SELECT who, n FROM t"))
    assert rows == {(f"desk-{i}", n) for i in range(WRITERS) for n in range(SAVES)}


def test_a_database_kept_busy_past_the_bound_is_refused_with_nothing_saved(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(db_engine, "BUSY_TIMEOUT_MS", 20)
    monkeypatch.setattr(db_engine, "WRITE_WAIT_S", 0.3)
    path = tmp_path / "shop.db"
    db = connect(str(path))
    with db.write() as s:
        s.execute(text("CREATE TABLE t(who TEXT)"))
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another desk holds the write lock and does not let go
    body_ran = False
    with pytest.raises(DatabaseBusy, match="nothing was saved"), db.write() as s:
        body_ran = True
        s.execute(text("INSERT INTO t VALUES ('never')"))
    other.execute("ROLLBACK")
    other.close()
    assert not body_ran
    with db.write() as s:  # the lock is free again: the next save goes through
        s.execute(text("INSERT INTO t VALUES ('saved')"))
    with db.read() as s:
        assert s.execute(text("SELECT who FROM t")).scalars().all() == ["saved"]
    db.dispose()
