"""Progress metrics of `garagedesk bench`: the board's refresh and "where is my car".

`board_refresh` is what a board does when the change marker moved: read the marker and every
open order with its lines (`board.change_marker` + `board.board_rows`), with 200 orders in
the shop. A demo file's day has fewer; the metric then opens recent delivered orders for the
run (their state set to in_progress) and puts them back at the end, so the file is left as it
was found. `progress_query` is one answer of the F4 box: a plate fragment or phone digits of a
car in the shop → `car_status.find_cars` → `car_status.car_status` of the first hit.
"""

from __future__ import annotations

import random
import uuid

from app.bench import BenchContext, Samples, Skip, metric, time_each

BOARD_ORDERS = 200
OPEN = ("draft", "estimated", "approved", "in_progress", "waiting_parts", "quality_check",
        "ready", "settled")


def _open_count(context: BenchContext) -> int:
    marks = ",".join("?" * len(OPEN))
    return context.sql().execute(
        f"SELECT count(*) FROM work_orders WHERE status IN ({marks})", OPEN).fetchone()[0]


def _top_up(context: BenchContext) -> int:
    """Open orders up to BOARD_ORDERS for the run; undone by a cleanup. Returns how many."""
    missing = BOARD_ORDERS - _open_count(context)
    if missing <= 0:
        return 0
    conn = context.sql()
    rows = conn.execute("SELECT id, status FROM work_orders WHERE status = 'delivered'"
                        " ORDER BY rowid DESC LIMIT ?", (missing,)).fetchall()
    with conn:
        conn.executemany("UPDATE work_orders SET status = 'in_progress' WHERE id = ?",
                         [(r[0],) for r in rows])

    def restore() -> None:
        with conn:
            conn.executemany("UPDATE work_orders SET status = ? WHERE id = ?",
                             [(r[1], r[0]) for r in rows])

    context.cleanups.append(restore)
    return len(rows)


@metric("board_refresh", budget_ms=50)
def measure_board_refresh(context: BenchContext, _rng: random.Random) -> Samples:
    from app.services import board

    opened = context.fixture("board_top_up", lambda: _top_up(context))
    count = _open_count(context)
    if count == 0:
        raise Skip("no open order in the database")
    context.details["board_refresh"] = {"open_orders": count}
    if opened:
        context.notes.append(f"board_refresh: {opened} delivered orders were opened for the run"
                             " and put back afterwards")

    def one(_: int) -> None:
        board.change_marker(context.db)
        with context.db.read() as session:
            board.board_rows(session)

    return time_each(one, list(range(context.want(50))))


def _typed(context: BenchContext, rng: random.Random, count: int) -> list[str]:
    """What callers say: the plate's last four, or their phone's last four digits."""
    marks = ",".join("?" * len(OPEN))
    rows = context.sql().execute(
        "SELECT v.plate, (SELECT p.number FROM customer_phones AS p WHERE p.customer_id ="
        f" w.customer_id ORDER BY p.position LIMIT 1) FROM work_orders AS w JOIN vehicles AS v"
        f" ON v.id = w.vehicle_id WHERE w.status IN ({marks}) AND v.plate IS NOT NULL",
        OPEN).fetchall()
    if not rows:
        return []
    typed = []
    for _ in range(count):
        plate, phone = rng.choice(rows)
        typed.append(phone[-4:] if phone and rng.random() < 0.4 else plate[-4:])
    return typed


@metric("progress_query", budget_ms=30)
def measure_progress_query(context: BenchContext, rng: random.Random) -> Samples:
    from app.services import car_status

    typed = _typed(context, rng, context.want(100))
    if not typed:
        raise Skip("no car in the shop")

    def one(text: str) -> uuid.UUID | None:
        hits = car_status.find_cars(context.db, text)
        if hits:
            with context.db.read() as session:
                car_status.car_status(session, hits[0].order_id)
        return hits[0].order_id if hits else None

    return time_each(one, typed)
