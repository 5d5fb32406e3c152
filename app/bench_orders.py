"""Work-order metrics of `garagedesk bench`: open a 50-line order, save it, print it.

They need an order of 50 lines; the demo's orders are shorter, so one is made for a car of the
file through the services (as the desk would), measured, and deleted again at the end, so the
benchmark leaves the shop's file as it found it (but for one document number of the day).
`order_save` is a whole save as the editor does it (version check, lines, totals, audit)
committed with synchronous=FULL.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import replace

from sqlalchemy import delete, select

from app.bench import BenchContext, Samples, Skip, metric, time_each
from app.services.actor import SYSTEM

LINES = 50


def _bench_order(context: BenchContext) -> uuid.UUID:
    return context.fixture("bench_order", lambda: _make_order(context))


def _make_order(context: BenchContext) -> uuid.UUID:
    from app.services import orders
    from db.models import Vehicle, VehicleOwnership, WorkOrder

    with context.db.write() as s:
        free = (
            select(Vehicle.id, VehicleOwnership.customer_id)
            .join(VehicleOwnership, VehicleOwnership.vehicle_id == Vehicle.id)
            .where(VehicleOwnership.ended_on.is_(None),
                   ~select(WorkOrder.id).where(
                       WorkOrder.vehicle_id == Vehicle.id,
                       WorkOrder.status.in_(orders.OPEN_STATUSES)).exists())
            .limit(1))
        row = s.execute(free).first()
        if row is None:
            raise Skip("no car without an open order")
        order_id = orders.open_order(s, SYSTEM, orders.ReceptionForm(
            row.id, row.customer_id, complaint="bench", mileage=""))
        lines = [orders.LineDraft(("labor", "part", "part", "fee")[i % 4], f"项目 {i + 1}",
                                  1000 + i * 10, 1000 + i * 137) for i in range(LINES)]
        orders.save_order(s, SYSTEM, order_id, 1, orders.HeaderDraft("repair"), lines)
    context.notes.append(f"order metrics: a {LINES}-line order was made and deleted again "
                         "(its audit entries stay: the log is append-only)")
    context.cleanups.append(lambda: drop_bench_order(context, order_id))
    return order_id


def drop_bench_order(context: BenchContext, order_id: uuid.UUID) -> None:
    from db.models import StatusEvent, WorkOrder

    with context.db.write() as s:
        s.execute(delete(StatusEvent).where(StatusEvent.order_id == order_id))
        s.delete(s.get(WorkOrder, order_id))


@metric("order_open", budget_ms=50)
def measure_order_open(context: BenchContext, _rng: random.Random) -> Samples:
    from app.services.orders import load_order

    order_id = _bench_order(context)

    def one(_: int) -> None:
        with context.db.read() as session:
            load_order(session, order_id)

    return time_each(one, list(range(context.want(100))))


@metric("order_save", budget_ms=30)
def measure_order_save(context: BenchContext, _rng: random.Random) -> Samples:
    from app.services.orders import load_order, save_order

    order_id = _bench_order(context)

    def one(i: int) -> None:
        with context.db.read() as session:
            view = load_order(session, order_id)
        lines = list(view.lines)
        lines[i % LINES] = replace(lines[i % LINES], quantity_milli=1000 + i)
        with context.db.write() as session:
            save_order(session, SYSTEM, order_id, view.version, view.header, lines)

    return time_each(one, list(range(context.want(60))))


@metric("pdf_workorder", budget_ms=150)
def measure_pdf_workorder(context: BenchContext, _rng: random.Random) -> Samples:
    """Read the 50-line order and build its work-order PDF (ReportLab and font warmed up)."""
    from app.services.documents import render

    order_id = _bench_order(context)
    with context.db.read() as session:
        render(session, order_id, "workorder")  # first use loads ReportLab and the CJK font

    def one(_: int) -> None:
        with context.db.read() as session:
            render(session, order_id, "workorder")

    return time_each(one, list(range(context.want(20))))


@metric("pdf_checkin", budget_ms=250)
def measure_pdf_checkin(context: BenchContext, rng: random.Random) -> Samples:
    """Read a demo order's signed check-in and build its check-in sheet PDF."""
    from app.services.documents import render

    rows = context.sql().execute(
        "SELECT order_id FROM check_ins WHERE status = 'signed' ORDER BY rowid DESC LIMIT 200"
    ).fetchall()
    if not rows:
        raise Skip("no signed check-in in the database")
    orders = [uuid.UUID(hex=rng.choice(rows)[0]) for _ in range(context.want(20))]
    with context.db.read() as session:
        render(session, orders[0], "checkin")  # first use loads ReportLab and the font

    def one(order_id: uuid.UUID) -> None:
        with context.db.read() as session:
            render(session, order_id, "checkin")

    return time_each(one, orders)
