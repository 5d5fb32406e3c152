"""The desk's day at a glance (今日接待): what an advisor starts the day with on the reception page.

Cars that came in today, the shop's open orders counted by state, and the cars promised for
today (late ones first to call). One read, three small queries on indexed columns; the day is
the workstation's local day, stored times are UTC.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.workorder import OPEN_STATUSES, STATUS_NAMES
from db.engine import Database
from db.models import Customer, Vehicle, WorkOrder

# The cars in the shop: open orders, and settled ones waiting to be picked up.
IN_SHOP = OPEN_STATUSES | {"settled"}
LIST_LIMIT = 50  # a day's list on the page; more than that is the board's job


@dataclass(frozen=True)
class DayOrder:
    order_id: uuid.UUID
    number: str
    plate: str
    customer: str
    status: str  # a code of STATUS_NAMES; the UI names it
    at: datetime  # arrivals: when the order was opened; promised: the promised time (UTC)
    late: bool = False  # promised: the time has passed and the car is not ready


@dataclass(frozen=True)
class StateCount:
    status: str
    count: int


@dataclass(frozen=True)
class ReceptionDay:
    day: datetime  # the local day's start
    arrivals: tuple[DayOrder, ...]  # opened today, newest first
    open_by_state: tuple[StateCount, ...]  # cars in the shop, in the order of the process
    promised_today: tuple[DayOrder, ...]  # by promised time
    open_total: int


def reception_day(database: Database, now: datetime | None = None) -> ReceptionDay:
    """Today's arrivals, open orders by state and the cars promised today (one read)."""
    with database.read() as session:
        return _day(session, now)


def _day(session: Session, now: datetime | None) -> ReceptionDay:
    now = (now or datetime.now(UTC)).astimezone()
    start = datetime.combine(now.date(), time(), now.tzinfo)
    end = start + timedelta(days=1)
    columns = (WorkOrder.id, WorkOrder.number, Vehicle.plate, Customer.name, WorkOrder.status)
    base = (select(*columns, WorkOrder.opened_at, WorkOrder.promised_at)
            .join(Vehicle, Vehicle.id == WorkOrder.vehicle_id)
            .join(Customer, Customer.id == WorkOrder.customer_id))
    arrivals = tuple(
        DayOrder(r.id, r.number, r.plate or "", r.name, r.status, r.opened_at)
        for r in session.execute(
            base.where(WorkOrder.opened_at >= start.astimezone(UTC),
                       WorkOrder.opened_at < end.astimezone(UTC))
            .order_by(WorkOrder.opened_at.desc()).limit(LIST_LIMIT)))
    promised = tuple(
        DayOrder(r.id, r.number, r.plate or "", r.name, r.status, r.promised_at,
                 late=r.promised_at < now and r.status not in {"ready", "settled"})
        for r in session.execute(
            base.where(WorkOrder.status.in_(IN_SHOP),
                       WorkOrder.promised_at >= start.astimezone(UTC),
                       WorkOrder.promised_at < end.astimezone(UTC))
            .order_by(WorkOrder.promised_at).limit(LIST_LIMIT)))
    counts = dict(session.execute(
        select(WorkOrder.status, func.count()).where(WorkOrder.status.in_(IN_SHOP))
        .group_by(WorkOrder.status)).all())
    by_state = tuple(StateCount(status, counts[status]) for status in STATUS_NAMES
                     if counts.get(status))
    return ReceptionDay(start, arrivals, by_state, promised, sum(counts.values()))
