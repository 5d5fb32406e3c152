"""Comebacks (返修): a car back within its warranty for the same fault.

The new order is marked a comeback of the delivered order whose warranty still covers the car
(`WorkOrder.comeback_of_id`). The warranty items are free: each chosen line gets a line discount
equal to its whole amount (so the price stays visible on the bill with "free under warranty" as
its discount, the totals and VAT follow the ordinary pricing, and no advisor's discount limit
applies because the law, not the advisor, gives it; it is audited). The warranty restarts when
the comeback is delivered (app/services/warranties.issue). The comeback rate per advisor,
technician and repair type (attributed to the original order) is kept for the statistics.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session, aliased, selectinload

from app.domain.errors import InputError, InputErrors
from app.domain.permissions import Permission
from app.domain.pricing import line_gross_fen
from app.domain.workorder import EDITABLE_STATUSES
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit, warranties
from app.services.actor import Actor, require
from app.services.orders import refresh_totals
from db.models import User, WorkOrder, WorkOrderLine

NOT_COVERED = QT_TRANSLATE_NOOP(
    "InputError", "The original order's warranty does not cover the car any more (ended on "
    "{until} or at {km} km); this is an ordinary paid order.")


def mark_comeback(session: Session, actor: Actor, order_id: uuid.UUID,
                  original_id: uuid.UUID, now: datetime | None = None) -> None:
    """Mark an open order a comeback of `original_id` (same car, delivered, still in warranty)."""
    require(session, actor, Permission.ORDER_EDIT)
    now = now or datetime.now(UTC)
    order = session.get(WorkOrder, order_id, with_for_update=True)
    original = session.get(WorkOrder, original_id)
    if order is None or original is None:
        raise LookupError(f"no work order {order_id} or {original_id}")
    refuse = _refusal(session, order, original, now.astimezone().date())
    if refuse is not None:
        raise InputErrors([refuse])
    order.comeback_of_id = original.id
    order.version += 1
    order.updated_at, order.updated_by_name = now, actor.display_name
    audit.record(session, actor, "work_order", order.id, "comeback", None,
                 {"comeback_of": original.number})


def _refusal(session: Session, order: WorkOrder, original: WorkOrder,
             today: date) -> InputError | None:
    if order.status not in EDITABLE_STATUSES:
        return InputError("comeback", QT_TRANSLATE_NOOP(
            "InputError", "Only an open order can be marked a comeback."))
    if original.vehicle_id != order.vehicle_id or original.status != "delivered" or \
            original.id == order.id:
        return InputError("comeback", QT_TRANSLATE_NOOP(
            "InputError", "Choose a delivered order of the same car."))
    running = [w for w in warranties.active(session, order.vehicle_id, today)
               if w.order_id == original.id or _in_chain(session, original.id, w.order_id)]
    if not running or not running[0].covers(today, order.mileage_km):
        latest = warranties.for_order(session, original.id)
        return InputError("comeback", NOT_COVERED,
                          until=latest.until_on.isoformat() if latest else "—",
                          km=f"{latest.until_km:,}" if latest and latest.until_km else "—")
    return None


def _in_chain(session: Session, original_id: uuid.UUID, order_id: uuid.UUID) -> bool:
    """Whether `order_id` is a (repeated) comeback of `original_id`."""
    current, seen = session.get(WorkOrder, order_id), 0
    while current is not None and current.comeback_of_id is not None and seen < 100:
        if current.comeback_of_id == original_id:
            return True
        current, seen = session.get(WorkOrder, current.comeback_of_id), seen + 1
    return False


def charge_free(session: Session, actor: Actor, order_id: uuid.UUID,
                line_ids: Collection[uuid.UUID], now: datetime | None = None) -> int:
    """The warranty items of a comeback charged 0 (a line discount of their whole amount);
    returns the amount given free, in fen."""
    require(session, actor, Permission.ORDER_EDIT)
    now = now or datetime.now(UTC)
    order = session.scalar(select(WorkOrder).where(WorkOrder.id == order_id)
                           .options(selectinload(WorkOrder.lines)).with_for_update())
    if order is None:
        raise LookupError(f"no work order {order_id}")
    if order.comeback_of_id is None or order.status not in EDITABLE_STATUSES:
        raise InputErrors([InputError("comeback", QT_TRANSLATE_NOOP(
            "InputError", "Only the lines of an open comeback order are free under warranty."))])
    wanted = set(line_ids)
    free = 0
    for line in order.lines:
        if line.id in wanted:
            gross = line_gross_fen(line.quantity_milli, line.unit_price_fen)
            free += gross - line.discount_fen
            line.discount_fen, line.total_fen = gross, 0
            if line.agreed_total_fen is not None:
                line.agreed_total_fen = 0
    refresh_totals(session, order)
    order.version += 1
    order.updated_at, order.updated_by_name = now, actor.display_name
    audit.record(session, actor, "work_order", order.id, "warranty_free", None, {
        "lines": [x.description for x in order.lines if x.id in wanted], "free_fen": free})
    return free


@dataclass(frozen=True)
class ComebackOf:
    original_id: uuid.UUID
    original_number: str


def comeback_of(session: Session, order_id: uuid.UUID) -> ComebackOf | None:
    """The delivered order this one came back for, if it is a comeback."""
    original = aliased(WorkOrder)
    row = session.execute(
        select(original.id, original.number).join(WorkOrder, WorkOrder.comeback_of_id ==
                                                   original.id)
        .where(WorkOrder.id == order_id)).first()
    return ComebackOf(*row) if row else None


@dataclass(frozen=True)
class ComebackRate:
    key: str  # advisor / technician user id as text, or the repair type
    name: str
    delivered: int  # orders delivered in the period (the comeback's originals among them)
    comebacks: int  # of those, how many came back

    @property
    def rate_bp(self) -> int:
        return self.comebacks * 10_000 // self.delivered if self.delivered else 0


def comeback_rates(session: Session, by: str, since: datetime,
                   until: datetime) -> list[ComebackRate]:
    """Comebacks per delivered order in [since, until), by "advisor", "technician" or
    "repair_type" of the original order (a technician counts once per order they worked on)."""
    comeback = aliased(WorkOrder)
    came_back = select(comeback.id).where(comeback.comeback_of_id == WorkOrder.id,
                                          comeback.status != "cancelled").exists()
    period = and_(WorkOrder.status == "delivered", WorkOrder.closed_at >= since,
                  WorkOrder.closed_at < until)
    if by == "technician":
        people = (select(WorkOrderLine.order_id, WorkOrderLine.technician_id.label("key"))
                  .where(WorkOrderLine.technician_id.is_not(None)).distinct().subquery())
        key = people.c.key
        base = select(key, WorkOrder.id, came_back).join(people, people.c.order_id == WorkOrder.id)
    elif by in ("advisor", "repair_type"):
        key = WorkOrder.advisor_id if by == "advisor" else WorkOrder.repair_type
        base = select(key, WorkOrder.id, came_back)
    else:
        raise ValueError(f"comeback rate by {by!r}: advisor, technician or repair_type")
    rows = base.where(period).subquery()
    counted = session.execute(
        select(rows.c[0], func.count(), func.sum(case((rows.c[2], 1), else_=0)))
        .group_by(rows.c[0])).all()
    names = _names(session, [k for k, *_ in counted]) if by != "repair_type" else {}
    return sorted((ComebackRate(str(k or ""), names.get(k, str(k or "")), int(n), int(c or 0))
                   for k, n, c in counted), key=lambda r: (-r.rate_bp, r.name))


def _names(session: Session, ids: list[object]) -> dict[object, str]:
    found = [x for x in ids if isinstance(x, uuid.UUID)]
    if not found:
        return {}
    rows = session.execute(select(User.id, User.display_name).where(User.id.in_(found)))
    return {user_id: name for user_id, name in rows}
