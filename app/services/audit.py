"""The audit log: who changed money, status, customer identity or user rights, and how.

`record` adds an entry; db/ledger chains it (seq, hash of the entry before, its own hash) when
it is inserted, and the database refuses to change or remove it afterwards. `trail` is the
manager's audit viewer's reading side: the history of an order, bill, car or customer found
by a number, a plate or a phone.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.domain.permissions import Permission
from app.services.actor import Actor, require
from db.engine import Database
from db.models import (
    AuditLog,
    CheckIn,
    Customer,
    CustomerPhone,
    Handover,
    Settlement,
    Vehicle,
    WorkOrder,
)


def _plain(value: Any) -> Any:
    """JSON-safe copy of a before/after snapshot (UUIDs and dates become strings)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, uuid.UUID | date | datetime):
        return str(value)
    return value


def record(
    session: Session,
    actor: Actor | None,
    entity: str,
    entity_id: object,
    action: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    session.add(
        AuditLog(
            user_id=actor.user_id if actor else None,
            user_name=actor.display_name if actor else "",
            entity=entity,
            entity_id=str(entity_id),
            action=action,
            before=_plain(before),
            after=_plain(after),
        )
    )


@dataclass(frozen=True)
class AuditEntry:
    seq: int | None
    at: datetime
    user_name: str
    entity: str
    entity_id: str
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def history(session: Session, entity: str, entity_id: object) -> list[AuditEntry]:
    rows = session.scalars(
        select(AuditLog)
        .where(AuditLog.entity == entity, AuditLog.entity_id == str(entity_id))
        .order_by(AuditLog.seq)
    )
    return [
        AuditEntry(r.seq, r.at, r.user_name, r.entity, r.entity_id, r.action, r.before,
                   r.after)
        for r in rows
    ]


@dataclass(frozen=True)
class Trail:
    """What a typed number, plate or phone was found to be, and every entry about it."""

    found: tuple[tuple[str, str], ...]  # (order | bill | car | customer, its number or name)
    entries: tuple[AuditEntry, ...]


def trail(database: Database, actor: Actor, typed: str) -> Trail:
    """The history of the order, bill, car or customer that `typed` names: a work-order or
    receipt number, a plate, or a phone number. Entries in the chain's order."""
    with database.read() as session:
        require(session, actor, Permission.AUDIT_VIEW)
        return _trail(session, typed)


def _trail(session: Session, typed: str) -> Trail:
    wanted: dict[str, set[str]] = {}
    found: list[tuple[str, str]] = []
    order_ids = _orders_named(session, typed.strip(), wanted, found)
    if order_ids:
        for entity, model in (("settlement", Settlement), ("check_in", CheckIn),
                              ("handover", Handover)):
            for (doc_id,) in session.execute(select(model.id).where(
                    model.order_id.in_(order_ids))):
                wanted.setdefault(entity, set()).add(str(doc_id))
        wanted.setdefault("work_order", set()).update(str(i) for i in order_ids)
    if not wanted:
        return Trail((), ())
    clauses = [(AuditLog.entity == entity) & AuditLog.entity_id.in_(sorted(ids))
               for entity, ids in wanted.items()]
    rows = session.scalars(select(AuditLog).where(or_(*clauses)).order_by(AuditLog.seq))
    return Trail(tuple(found), tuple(
        AuditEntry(r.seq, r.at, r.user_name, r.entity, r.entity_id, r.action, r.before,
                   r.after) for r in rows))


def _orders_named(session: Session, typed: str, wanted: dict[str, set[str]],
                  found: list[tuple[str, str]]) -> list[uuid.UUID]:
    """The orders `typed` leads to (and the car or customer entities it names itself)."""
    number = typed.upper().replace(" ", "")
    if not number:
        return []
    order = session.scalar(select(WorkOrder).where(WorkOrder.number == number))
    if order is not None:
        found.append(("order", order.number))
        return [order.id]
    bill = session.scalar(select(Settlement).where(Settlement.number == number))
    if bill is not None:
        found.append(("bill", bill.number))
        return [bill.order_id]
    orders: list[uuid.UUID] = []
    car = session.scalar(select(Vehicle).where(Vehicle.plate == number))
    if car is not None:
        found.append(("car", car.plate or ""))
        wanted.setdefault("vehicle", set()).add(str(car.id))
        orders += session.scalars(select(WorkOrder.id).where(WorkOrder.vehicle_id == car.id))
    digits = "".join(ch for ch in typed if ch.isdigit())
    if len(digits) >= 7 and digits == typed.strip().replace(" ", "").replace("-", ""):
        for customer in session.scalars(
                select(Customer).join(CustomerPhone).where(CustomerPhone.number == digits)
                .distinct()):
            found.append(("customer", customer.name))
            wanted.setdefault("customer", set()).add(str(customer.id))
            orders += session.scalars(select(WorkOrder.id)
                                      .where(WorkOrder.customer_id == customer.id))
    return orders


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict, dict]:
    """Only the fields that differ, so the log says what changed rather than everything."""
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}
