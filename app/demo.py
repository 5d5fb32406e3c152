"""`garagedesk demo`: write a realistic, repeatable demo shop into a new SQLite file.

The same seed always gives the same shop: every value comes from one `random.Random(seed)`,
ids are UUIDs drawn from it, and the history ends on a fixed day (`DEMO_END`) rather than
today. Only argon2 password hashes (random salts) differ between two runs.

The shop profile and its logins go through the services (checks, hashing, audit); the years of
customers, cars and work orders are written in bulk (see `app/demo_batch.py`), a chunk of days
per transaction, so that ten years at 60 cars a day take minutes and memory stays bounded.
Later issues add their demo content as further steps (catalogs, payments, notices): a module
`app/demo_<topic>.py` and a call in `write_demo`.
"""

from __future__ import annotations

import gc
import random
import sqlite3
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import event, select, text
from sqlalchemy.orm import Session

from app.demo_batch import Batch, indexes_built_after, open_for_bulk
from app.demo_fleet import Fleet, new_uuid
from app.demo_handover import link_restarted
from app.demo_history import History
from app.demo_orders import LOCAL, OrderMaker, Staff
from app.demo_shop_catalog import write_catalogs
from app.services.actor import Actor
from db.engine import Database
from db.models import AuditLog, Branch, User

DEMO_END = date(2026, 11, 22)  # the demo's "today"; its "now" is 16:30 that afternoon
DEMO_NOW_LOCAL = (16, 30)
CHUNK_ORDERS = 5000  # orders per transaction

SHOP = {
    "name": "长沙星沙汽车维修服务有限公司",
    "address": "湖南省长沙市长沙县星沙街道开元东路 188 号",
    "phone": "0731-84061234",
    "branch_code": "BR01",
    "plate_prefix": "湘A",
}
# (login, name, role, password): printed at the end so a tester can log in as each role.
USERS = (
    ("admin", "管理员", "admin", "admin123"),
    ("zhoujing", "周静", "manager", "demo123"),
    ("liuyang", "刘洋", "advisor", "demo123"),
    ("chenli", "陈丽", "advisor", "demo123"),
    ("tanhao", "谭浩", "advisor", "demo123"),
    ("wangfang", "王芳", "cashier", "demo123"),
    ("pengjun", "彭军", "workshop", "demo123"),  # foreman: does the completion checks
    ("lihui", "李辉", "workshop", "demo123"),
    ("dengqiang", "邓强", "workshop", "demo123"),
    ("yiwei", "易伟", "workshop", "demo123"),
)


class DemoRefused(SystemExit):
    """The target already holds data; the demo never writes into a shop's real file.

    A SystemExit, so that `garagedesk demo` prints the message and exits with status 1
    without a traceback.
    """


@dataclass
class DemoSummary:
    path: str
    seed: int
    first_day: date
    last_day: date
    rows: dict[str, int] = field(default_factory=dict)
    statuses: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)  # seconds per phase


def write_demo(db_path: str, *, years: float = 1.0, cars_per_day: int = 60, seed: int = 1,
               end: date = DEMO_END, now_local: tuple[int, int] = DEMO_NOW_LOCAL,
               out: TextIO | None = sys.stderr) -> DemoSummary:
    """Create `db_path` with a demo shop of `years` up to `end` at `now_local` (hour, minute
    in China time), and print the logins to `out`."""
    started = time.perf_counter()
    path = _sqlite_path(db_path)
    _refuse_unless_empty(path)
    bar = Progress(out)
    database = open_for_bulk(path)
    # Millions of rows and no reference cycles: the cyclic garbage collector would only rescan
    # the growing heap again and again (it took 40 % of the time). Reference counting frees all.
    gc.disable()
    try:
        first_day = end - timedelta(days=max(1, round(years * 365)) - 1)
        summary = DemoSummary(str(path), seed, first_day, end)
        clock = _Phases(summary.phases)
        rng = random.Random(seed)
        admin, staff = _set_up_shop(database, rng, first_day)
        branch_id = admin.branch_id
        assert branch_id is not None
        orders = OrderMaker(rng, branch_id, SHOP["branch_code"], staff,
                            _local(end, *now_local), end)
        fleet = Fleet(rng, branch_id, SHOP["plate_prefix"])
        orders.settlements.credit_customers = fleet.credit_customers  # who may leave 挂账
        history = History(rng, fleet, orders, first_day, end, cars_per_day)
        with database.engine.begin() as conn:
            write_catalogs(conn, rng)
        clock("shop")
        summary.rows = _write_history(database, history, bar.stage(0.0, 0.85))
        with database.engine.begin() as conn:
            link_restarted(conn, orders.handovers)  # comebacks' warranties restarted
        clock("history")
        summary.rows["complaints"] = _write_complaints(database, seed, _local(end, *now_local))
        from app.demo_progress import write_progress  # issue 5: the day in progress

        summary.rows["order_events"] = sum(write_progress(
            database, seed, _local(end, *now_local)).values())
        clock("progress")
        _finish(database, bar.stage(0.85, 1.0))
        clock("search index")
        _record(database, admin, summary, years, cars_per_day)
        summary.statuses = dict(sorted(orders.statuses.items()))
    finally:
        gc.enable()
        database.dispose()
    summary.seconds = time.perf_counter() - started
    bar.done()
    if out is not None:
        _print_summary(summary, out)
    return summary


class _Phases:
    """Seconds per phase of the run, for the summary."""

    def __init__(self, into: dict[str, float]) -> None:
        self.into = into
        self._last = time.perf_counter()

    def __call__(self, name: str) -> None:
        now = time.perf_counter()
        self.into[name] = now - self._last
        self._last = now


# Opening the file -----------------------------------------------------------------------------

def _sqlite_path(db_path: str) -> Path:
    from db.engine import database_url

    url = database_url(db_path)
    if url.get_backend_name() != "sqlite" or not url.database:
        raise DemoRefused("The demo writes an SQLite file: give --db a file path.")
    return Path(url.database)


def _refuse_unless_empty(path: Path) -> None:
    """Only a missing, empty or freshly created (schema but no rows) file is written into."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = [name for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT LIKE 'search_fts%' AND name != 'alembic_version'")]
            used = [t for t in tables if conn.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as e:
        raise DemoRefused(f"{path} is not an empty GarageDesk database ({e}); "
                          "the demo only writes a new file. Choose another path.") from e
    if used:
        raise DemoRefused(f"{path} already holds data (e.g. table {used[0]}); the demo only "
                          "writes a new or empty file. Choose another path or remove the file.")


# The shop and its people -------------------------------------------------------------------

def _set_up_shop(database: Database, rng: random.Random, first_day: date) -> tuple[Actor, Staff]:
    """The shop profile and logins, through the services, with ids drawn from `rng`."""
    from app.services import auth, shop

    with database.write() as session:
        _repeatable_ids(session, rng, _local(first_day, 7, 30))
        login, name, role, password = USERS[0]
        admin = shop.set_up_shop(
            session,
            shop.ShopForm(SHOP["name"], SHOP["address"], SHOP["phone"], SHOP["branch_code"],
                          SHOP["plate_prefix"]),
            auth.UserForm(login, name, role, password),
        )
        ids: dict[str, list[uuid.UUID]] = {}
        for login, name, role, password in USERS[1:]:
            info = auth.create_user(session, admin, auth.UserForm(login, name, role, password),
                                    admin.branch_id)
            ids.setdefault(role, []).append(info.user_id)
    staff = Staff(tuple(ids["advisor"]), tuple(ids["workshop"]), ids["cashier"][0],
                  ids["manager"][0])
    return admin, staff


def _repeatable_ids(session: Session, rng: random.Random, when: datetime) -> None:
    """Give the rows the services add ids from `rng` and the demo's time instead of the clock."""

    @event.listens_for(session, "before_flush")
    def _assign(session: Session, _context: Any, _instances: Any) -> None:
        for obj in session.new:
            if isinstance(obj, Branch | User | AuditLog) and obj.id is None:
                obj.id = new_uuid(rng)
            for name in ("created_at", "at"):
                if hasattr(obj, name) and getattr(obj, name) is None:
                    setattr(obj, name, when)


# The years ----------------------------------------------------------------------------------

def _write_history(database: Database, history: History, progress: Report) -> dict[str, int]:
    batch = Batch()
    total_days = (history.end - history.start).days + 1
    with indexes_built_after(database):
        for i, day in enumerate(history.days()):
            history.run_day(batch, day)
            if batch.count("work_orders") >= CHUNK_ORDERS or day == history.end:
                if day == history.end:
                    history.orders.settlements.counters(batch)  # receipts continue from these
                with database.engine.begin() as conn:
                    batch.flush(conn)
            if i % 7 == 0 or day == history.end:
                progress((i + 1) / total_days, f"{day}  {history.order_count:,} orders")
        progress(1.0, "building indexes")
    return dict(batch.written)


def ending_now(utc_now: datetime) -> tuple[date, tuple[int, int]]:
    """The day and time a demo that ends "now" stops at: the shop's working hours only (before
    nine it is yesterday evening; after six, six), so nothing in it lies in the future."""
    local = utc_now + LOCAL
    if local.hour < 9:
        return local.date() - timedelta(days=1), (18, 0)
    if local.hour >= 18:
        return local.date(), (18, 0)
    return local.date(), (local.hour, local.minute)


def _write_complaints(database: Database, seed: int, now: datetime) -> int:
    """On their own random stream: adding them changes nothing else the seed gives."""
    from app.demo_complaints import write_complaints

    with database.engine.begin() as conn:
        owners = tuple((r.id, r.display_name) for r in conn.execute(
            select(User.id, User.display_name)
            .where(User.role.in_(("advisor", "manager"))).order_by(User.username)))
        return write_complaints(conn, random.Random(f"complaints-{seed}"), owners, now)


def _finish(database: Database, progress: Report) -> None:
    """What is cheaper once at the end: each car's last odometer reading, the search index."""
    with database.engine.begin() as conn:
        conn.execute(text(
            "UPDATE vehicles SET mileage_km = (SELECT max(w.mileage_km) FROM work_orders AS w"
            " WHERE w.vehicle_id = vehicles.id) WHERE EXISTS (SELECT 1 FROM work_orders AS w"
            " WHERE w.vehicle_id = vehicles.id)"))
    from app.services.search_index import rebuild_index

    progress(0.0, "search index")
    with database.write() as session:
        rebuild_index(session, progress=lambda done, total: progress(
            done / total if total else 1.0, f"search index {done:,}/{total:,}"))
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # one self-contained file


def _record(database: Database, admin: Actor, summary: DemoSummary, years: float,
            cars_per_day: int) -> None:
    """One audit entry says the data is generated (the bulk rows have no entries of their own)."""
    from app.services import audit

    with database.write() as session:
        audit.record(session, admin, "shop", admin.branch_id, "demo_data", after={
            "seed": summary.seed, "years": years, "cars_per_day": cars_per_day,
            "first_day": summary.first_day, "last_day": summary.last_day, "rows": summary.rows,
        })


def _local(day: date, hour: int, minute: int) -> datetime:
    """A local (China) wall-clock time on `day`, as UTC."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC) - LOCAL


# The terminal ---------------------------------------------------------------------------------

Report = Callable[[float, str], None]  # (share done, what is being done)


class Progress:
    """A one-line progress bar on a terminal stream (redrawn with \\r); silent without one."""

    WIDTH = 30

    def __init__(self, out: TextIO | None) -> None:
        self.out = out
        self._last = ""

    def stage(self, low: float, high: float) -> Report:
        """A reporter for one stage that fills the bar from `low` to `high`."""

        def report(share: float, note: str) -> None:
            self.show(low + (high - low) * min(max(share, 0.0), 1.0), note)

        return report

    def show(self, share: float, note: str) -> None:
        if self.out is None:
            return
        filled = int(share * self.WIDTH)
        line = f"\rdemo [{'#' * filled}{'.' * (self.WIDTH - filled)}] {share:4.0%}  {note}"
        if line != self._last:
            self.out.write(line.ljust(len(self._last)))
            self.out.flush()
            self._last = line

    def done(self) -> None:
        if self.out is not None and self._last:
            self.out.write("\n")
            self.out.flush()


def _print_summary(summary: DemoSummary, out: TextIO) -> None:
    rows = summary.rows
    phases = ", ".join(f"{name} {seconds:.0f} s" for name, seconds in summary.phases.items())
    out.write(
        f"Demo shop written to {summary.path}: {summary.first_day} to {summary.last_day}, "
        f"seed {summary.seed}, in {summary.seconds:.0f} s ({phases}).\n"
        f"  {rows.get('customers', 0):,} customers, {rows.get('vehicles', 0):,} cars, "
        f"{rows.get('work_orders', 0):,} work orders, "
        f"{rows.get('work_order_lines', 0):,} lines, "
        f"{rows.get('status_events', 0):,} status events.\n"
        "Logins (name, password):\n"
    )
    for login, name, role, password in USERS:
        out.write(f"  {login:<10} {password:<9} {name} ({role})\n")
    out.flush()
