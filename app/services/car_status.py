""""Where is my car" (进度查询): find the car from a plate fragment or phone digits, and the one
answer the desk reads to the customer — state in their words, what is done and left, added work
waiting for their yes, the promised time and the timeline since check-in. Asking is logged.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.domain.errors import InputError, InputErrors
from app.domain.permissions import Permission
from app.domain.progress import BOARD_STATUSES, INQUIRY_CHANNEL_NAMES
from app.i18n import QT_TRANSLATE_NOOP
from app.services import search
from app.services.actor import Actor, require
from app.services.progress import note_event
from app.services.timeline import TimelineEntry, timeline
from db.models import (
    CheckIn,
    Customer,
    SearchEntry,
    User,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
)


@dataclass(frozen=True)
class CarHit:
    """One car in the shop that matches what was typed."""

    order_id: uuid.UUID
    number: str
    plate: str
    customer: str
    status: str


@dataclass(frozen=True)
class LineState:
    description: str
    kind: str
    progress: str  # not_started | working | done (labor); parts and fees: ""
    technician: str
    amount_fen: int
    line_id: uuid.UUID | None = None


@dataclass(frozen=True)
class CarStatus:
    order_id: uuid.UUID
    number: str
    status: str
    plate: str
    car: str
    customer: str
    phone: str
    advisor: str
    promised_at: datetime | None
    waiting_for: str
    parts_expected_on: date | None
    done: tuple[LineState, ...]
    left: tuple[LineState, ...]
    awaiting: tuple[LineState, ...]  # added work waiting for the customer's consent
    timeline: tuple[TimelineEntry, ...]
    version: int = 0

    @property
    def labor_lines(self) -> tuple[LineState, ...]:
        return tuple(x for x in (*self.done, *self.left) if x.kind == "labor")


def find_cars(database: Any, text: str, limit: int = 20) -> list[CarHit]:
    """Cars in the shop now whose plate, owner's phone or name contains what was typed, then
    when none matches, those the global search finds (an order number, the car of a
    customer found by another form).

    The first part looks only at the cars in the shop (a few hundred rows, the status index),
    so a short fragment such as "湘A5" finds the car here even when the global search's
    first results are cars of the file that are not in the shop.
    """
    text = text.strip()
    if not text:
        return []
    hits: dict[uuid.UUID, CarHit] = {}
    with database.engine.connect() as conn:
        conn = conn.execution_options(sqlite_begin="NONE")
        for row in conn.execute(_in_shop_matching(text, limit)):
            hits.setdefault(row[0], CarHit(row[0], row[1], row[2] or "", row[3], row[4]))
    if not hits:  # the search index's keys hold the same forms: ask it only for the rest
        for hit in _searched(database, text, limit):
            hits.setdefault(hit.order_id, hit)
    return list(hits.values())[:limit]


def _shown_columns() -> tuple[Any, ...]:
    return (WorkOrder.id, WorkOrder.number, Vehicle.plate, Customer.name, WorkOrder.status)


def _in_shop_matching(text: str, limit: int) -> Any:
    """Open orders whose car's search keys (plate, owner's phones, name, pinyin, VIN) or the
    order's contact phone contain `text`: the car's search entry is one index seek each."""
    folded = "".join(text.lower().replace("·", "").replace("-", "").split())
    escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    pattern = f"%{escaped}%"
    matches = [SearchEntry.keys.like(pattern, escape="\\"),
               func.lower(Vehicle.plate).like(pattern, escape="\\")]
    if folded.isdigit():
        matches.append(WorkOrder.contact_phone.like(pattern))
    return (select(*_shown_columns())
            .join(Vehicle, Vehicle.id == WorkOrder.vehicle_id)
            .join(Customer, Customer.id == WorkOrder.customer_id)
            .outerjoin(SearchEntry, and_(SearchEntry.kind == "vehicle",
                                         SearchEntry.ref == WorkOrder.vehicle_id))
            .where(WorkOrder.status.in_(BOARD_STATUSES), or_(*matches))
            .order_by(Vehicle.plate).limit(limit))


def _searched(database: Any, text: str, limit: int) -> list[CarHit]:
    found = search.search_box(database, text, limit)
    if not found:
        return []
    vehicles = [r.ref for r in found if r.kind == "vehicle"]
    customers = [r.ref for r in found if r.kind == "customer"]
    orders = [r.ref for r in found if r.kind == "order"]
    stmt = (select(*_shown_columns())
            .join(Vehicle, Vehicle.id == WorkOrder.vehicle_id)
            .join(Customer, Customer.id == WorkOrder.customer_id)
            .where(WorkOrder.status.in_(BOARD_STATUSES),
                   or_(WorkOrder.vehicle_id.in_(vehicles), WorkOrder.customer_id.in_(customers),
                       WorkOrder.id.in_(orders)))
            .order_by(WorkOrder.opened_at.desc()).limit(limit))
    with database.engine.connect() as conn:
        rows = conn.execution_options(sqlite_begin="NONE").execute(stmt).all()
    return [CarHit(r[0], r[1], r[2] or "", r[3], r[4]) for r in rows]


def car_status(session: Session, order_id: uuid.UUID) -> CarStatus:
    found = session.execute(
        select(WorkOrder, Vehicle, Customer)
        .join(Vehicle, Vehicle.id == WorkOrder.vehicle_id)
        .join(Customer, Customer.id == WorkOrder.customer_id)
        .where(WorkOrder.id == order_id)).first()
    if found is None:
        raise LookupError(f"no work order {order_id}")
    order, vehicle, customer = found
    lines = session.scalars(select(WorkOrderLine).where(WorkOrderLine.order_id == order_id)
                            .order_by(WorkOrderLine.position)).all()
    people = {x.technician_id for x in lines} | {order.advisor_id}
    names = dict(session.execute(select(User.id, User.display_name).where(
        User.id.in_([p for p in people if p]))).all())
    done, left, awaiting = [], [], []
    for line in lines:
        state = LineState(line.description, line.kind,
                          line.progress if line.kind == "labor" else "",
                          names.get(line.technician_id, "") if line.technician_id else "",
                          line.total_fen, line.id)
        if line.approval == "awaiting":
            awaiting.append(state)
        elif line.approval != "approved":
            continue  # declined or undecided: not part of the job
        elif line.kind == "labor" and line.progress == "done":
            done.append(state)
        elif line.kind == "labor":
            left.append(state)
    signed = session.scalar(select(CheckIn.signed_at).where(
        CheckIn.order_id == order_id, CheckIn.signed_at.is_not(None))
        .order_by(CheckIn.version).limit(1))
    car = " ".join(str(p) for p in (vehicle.brand, vehicle.model, vehicle.colour) if p)
    return CarStatus(
        order.id, order.number, order.status, vehicle.plate or "", car, customer.name,
        order.contact_phone or _phone(session, vehicle.id), names.get(order.advisor_id, ""),
        order.promised_at, order.waiting_for, order.parts_expected_on, tuple(done), tuple(left),
        tuple(awaiting), tuple(timeline(session, order_id, since=signed)), order.version)


def _phone(session: Session, vehicle_id: uuid.UUID) -> str:
    """The owner's first phone, from the car's search entry: one index seek (customer_phones
    has no index by customer, and a scan of a ten-year file costs tens of milliseconds)."""
    return session.scalar(select(SearchEntry.phone).where(
        SearchEntry.kind == "vehicle", SearchEntry.ref == vehicle_id)) or ""


@dataclass(frozen=True)
class InquiryForm:
    asked_by: str  # the customer, or who called for them
    channel: str  # phone | in_person | wechat | sms
    told: str  # what they were told


def log_inquiry(session: Session, actor: Actor, order_id: uuid.UUID, form: InquiryForm,
                now: datetime | None = None) -> None:
    """The customer asked where the car is: who, how, when, and what the desk told them."""
    require(session, actor, Permission.ORDER_VIEW)
    now = now or datetime.now(UTC)
    errors: list[InputError] = []
    if not form.asked_by.strip():
        errors.append(InputError("asked_by", QT_TRANSLATE_NOOP(
            "InputError", "Enter who asked (the customer or the person calling for them).")))
    if form.channel not in INQUIRY_CHANNEL_NAMES:
        errors.append(InputError("channel", QT_TRANSLATE_NOOP(
            "InputError", "Choose how the customer asked.")))
    if errors:
        raise InputErrors(errors)
    note_event(session, actor, order_id, "inquiry", {
        "asked_by": form.asked_by.strip(), "channel": form.channel, "told": form.told.strip()},
        now, now)
