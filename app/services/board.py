"""The progress board (进度看板): every car in the shop, and the cheap marker it polls.

`board_rows` reads all open orders in two statements (orders with car, customer and advisor;
then their lines' progress), never one query per order. `change_marker` is what another
workstation's board asks every few seconds: the count of open orders, their newest
`updated_at` and the sum of their versions. Every change of an order (its state, lines,
promise) moves one of them, so a board reloads only when something changed.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Select, and_, case, func, select
from sqlalchemy.orm import Session, aliased

from app.domain import progress
from app.domain.plate import mask_plate
from db.engine import Database
from db.models import Customer, User, Vehicle, WorkOrder, WorkOrderLine


@dataclass(frozen=True)
class BoardRow:
    order_id: uuid.UUID
    number: str
    plate: str
    car: str
    customer: str
    advisor_id: uuid.UUID | None
    advisor: str
    technicians: tuple[str, ...]
    technician_ids: tuple[uuid.UUID, ...]
    status: str
    labor_done: int
    labor_total: int
    promised_at: datetime | None
    awaiting_consent: bool
    waiting_for: str
    parts_expected_on: date | None
    opened_at: datetime
    version: int

    def timing(self, now: datetime) -> str:
        return progress.timing(self.status, self.promised_at, now)

    @property
    def waiting(self) -> str:
        return progress.waiting(self.status, self.awaiting_consent)

    @property
    def done_share(self) -> int | None:
        return progress.done_share(self.labor_done, self.labor_total)


Marker = tuple[Any, ...]


def change_marker(database: Any) -> Marker:
    """(open orders, newest change, sum of versions): equal twice means nothing changed.

    One autocommit SELECT on a pooled connection (no Session), cheap enough to poll.
    """
    stmt = select(func.count(), func.max(WorkOrder.updated_at), func.sum(WorkOrder.version)) \
        .where(WorkOrder.status.in_(progress.BOARD_STATUSES))
    with database.engine.connect() as conn:
        return tuple(conn.execution_options(sqlite_begin="NONE").execute(stmt).one())


@cache
def _statements() -> tuple[Select[Any], Select[Any], Select[Any]]:
    """The board's three statements, built once (building a select costs as much as running
    it on a small shop). Lines are counted per order in SQL: fewer rows, fewer UUIDs to read."""
    advisor = aliased(User)
    in_shop = WorkOrder.status.in_(progress.BOARD_STATUSES)
    orders = (
        select(WorkOrder.id, WorkOrder.number, Vehicle.plate, Vehicle.brand, Vehicle.model,
               Customer.name, WorkOrder.advisor_id, advisor.display_name, WorkOrder.status,
               WorkOrder.promised_at, WorkOrder.waiting_for, WorkOrder.parts_expected_on,
               WorkOrder.opened_at, WorkOrder.version)
        .join(Vehicle, Vehicle.id == WorkOrder.vehicle_id)
        .join(Customer, Customer.id == WorkOrder.customer_id)
        .outerjoin(advisor, advisor.id == WorkOrder.advisor_id)
        .where(in_shop))
    line = WorkOrderLine
    worked = and_(line.kind == "labor", line.approval == "approved")
    counts = (
        select(line.order_id,
               func.sum(case((worked, 1), else_=0)),
               func.sum(case((and_(worked, line.progress == "done"), 1), else_=0)),
               func.max(case((line.approval == "awaiting", 1), else_=0)))
        .join(WorkOrder, WorkOrder.id == line.order_id)
        .where(in_shop).group_by(line.order_id))
    techs = (
        select(line.order_id, line.technician_id, User.display_name)
        .join(WorkOrder, WorkOrder.id == line.order_id)
        .join(User, User.id == line.technician_id)
        .where(in_shop, worked).distinct())
    return orders, counts, techs


def board_rows(session: Session) -> list[BoardRow]:
    """Every order in the shop, by promised time (no promise last)."""
    orders_stmt, counts_stmt, techs_stmt = _statements()
    orders = session.execute(orders_stmt).all()
    counts = {r[0]: (r[1] or 0, r[2] or 0, bool(r[3])) for r in session.execute(counts_stmt)}
    techs: dict[uuid.UUID, dict[uuid.UUID, str]] = defaultdict(dict)
    for order_id, tech_id, name in session.execute(techs_stmt):
        techs[order_id][tech_id] = name
    rows = []
    for o in orders:
        total, done, awaiting = counts.get(o[0], (0, 0, False))
        rows.append(BoardRow(
            o[0], o[1], o[2] or "", " ".join(p for p in (o[3], o[4]) if p), o[5], o[6],
            o[7] or "", tuple(techs[o[0]].values()), tuple(techs[o[0]]), o[8], done, total,
            o[9], awaiting, o[10], o[11], o[12], o[13]))
    return sorted(rows, key=_by_promise)


def _by_promise(row: BoardRow) -> tuple[bool, datetime, str]:
    return (row.promised_at is None, row.promised_at or row.opened_at, row.number)


@dataclass(frozen=True)
class WaitingRoomRow:
    plate: str  # masked: 湘A·***45
    status: str
    promised_at: datetime | None


def waiting_room_rows(session: Session) -> list[WaitingRoomRow]:
    """The waiting-room screen: cars being worked on or ready, plates masked."""
    shown = ("approved", "in_progress", "waiting_parts", "quality_check", "ready", "settled")
    return [WaitingRoomRow(mask_plate(r.plate) if r.plate else "", r.status, r.promised_at)
            for r in board_rows(session) if r.status in shown]


def first_on_board(database: Database) -> uuid.UUID | None:
    """The first car on the board (an order in the shop), or None on an empty shop."""
    with database.read() as session:
        rows = board_rows(session)
    return rows[0].order_id if rows else None
