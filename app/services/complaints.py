"""Complaints (投诉): recorded with an owner and a reply deadline, shown at the desk until closed.

A complaint belongs to the customer and, usually, to one of their cars and the order it is
about. While it is open, reception sees it the moment that car (or another car of the same
customer) comes up, so nobody greets an unhappy customer as if nothing happened. Closing it
needs the reply given; nothing is deleted.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.domain.errors import InputError, InputErrors
from app.domain.permissions import Permission
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit, settings
from app.services.actor import Actor, require
from db.models import Complaint, User, VehicleOwnership

CHANNEL_NAMES: dict[str, str] = {
    "in_person": QT_TRANSLATE_NOOP("ComplaintChannel", "In person"),
    "phone": QT_TRANSLATE_NOOP("ComplaintChannel", "By phone"),
    "message": QT_TRANSLATE_NOOP("ComplaintChannel", "By message (SMS / WeChat)"),
    "follow_up": QT_TRANSLATE_NOOP("ComplaintChannel", "At the follow-up call"),
}


@dataclass(frozen=True)
class ComplaintForm:
    customer_id: uuid.UUID
    vehicle_id: uuid.UUID | None
    order_id: uuid.UUID | None
    channel: str
    description: str
    owner_id: uuid.UUID | None
    reply_due_at: datetime | None = None  # None: the shop's reply time from now
    received_at: datetime | None = None  # None: now


@dataclass(frozen=True)
class ComplaintView:
    complaint_id: uuid.UUID
    customer_id: uuid.UUID
    vehicle_id: uuid.UUID | None
    order_id: uuid.UUID | None
    channel: str
    description: str
    received_at: datetime
    owner_name: str
    reply_due_at: datetime
    status: str
    resolution: str

    def overdue(self, now: datetime) -> bool:
        return self.status == "open" and self.reply_due_at < now


def reply_hours(session: Session) -> int:
    return int(settings.get(session, "complaints.reply_hours"))


def check_form(form: ComplaintForm, now: datetime) -> None:
    errors: list[InputError] = []
    if form.channel not in CHANNEL_NAMES:
        errors.append(InputError("channel", QT_TRANSLATE_NOOP(
            "InputError", "Choose how the customer complained.")))
    if not form.description.strip():
        errors.append(InputError("description", QT_TRANSLATE_NOOP(
            "InputError", "Write what the customer complains about, in their words.")))
    if form.owner_id is None:
        errors.append(InputError("owner", QT_TRANSLATE_NOOP(
            "InputError", "Choose who owns the complaint and replies to the customer.")))
    if form.reply_due_at is not None and form.reply_due_at <= now:
        errors.append(InputError("reply_due_at", QT_TRANSLATE_NOOP(
            "InputError", "The reply deadline must be later than now.")))
    if form.received_at is not None and form.received_at > now:
        errors.append(InputError("received_at", QT_TRANSLATE_NOOP(
            "InputError", "The complaint cannot have come in the future.")))
    if errors:
        raise InputErrors(errors)


def record(session: Session, actor: Actor, form: ComplaintForm,
           now: datetime | None = None) -> uuid.UUID:
    require(session, actor, Permission.COMPLAINT_EDIT)
    now = now or datetime.now(UTC)
    check_form(form, now)
    owner = session.get(User, form.owner_id)
    if owner is None or not owner.active:
        raise InputErrors([InputError("owner", QT_TRANSLATE_NOOP(
            "InputError", "Choose who owns the complaint and replies to the customer."))])
    row = Complaint(
        customer_id=form.customer_id, vehicle_id=form.vehicle_id, order_id=form.order_id,
        channel=form.channel, description=form.description.strip(),
        received_at=form.received_at or now, recorded_by_name=actor.display_name,
        owner_id=owner.id, owner_name=owner.display_name,
        reply_due_at=form.reply_due_at or now + timedelta(hours=reply_hours(session)),
        status="open", resolution="",
    )
    session.add(row)
    session.flush()
    audit.record(session, actor, "complaint", row.id, "recorded", None, {
        "customer_id": form.customer_id, "order_id": form.order_id, "owner": owner.display_name,
        "reply_due_at": row.reply_due_at, "description": row.description})
    return row.id


def close(session: Session, actor: Actor, complaint_id: uuid.UUID, resolution: str,
          now: datetime | None = None) -> None:
    """The owner replied and the matter is settled: the reply given is kept on the record."""
    require(session, actor, Permission.COMPLAINT_EDIT)
    now = now or datetime.now(UTC)
    if not resolution.strip():
        raise InputErrors([InputError("resolution", QT_TRANSLATE_NOOP(
            "InputError", "Write what the customer was told or given; it stays on the record."))])
    row = session.get(Complaint, complaint_id)
    if row is None:
        raise LookupError(f"no complaint {complaint_id}")
    if row.status != "open":
        raise InputErrors([InputError("general", QT_TRANSLATE_NOOP(
            "InputError", "This complaint is closed already."))])
    row.status, row.resolution = "closed", resolution.strip()
    row.closed_at, row.closed_by_name = now, actor.display_name
    audit.record(session, actor, "complaint", row.id, "closed", {"status": "open"},
                 {"status": "closed", "resolution": row.resolution})


def open_for_vehicle(session: Session, vehicle_id: uuid.UUID) -> tuple[ComplaintView, ...]:
    """Open complaints about this car or by its current owner, oldest deadline first."""
    owner_ids = select(VehicleOwnership.customer_id).where(
        VehicleOwnership.vehicle_id == vehicle_id, VehicleOwnership.ended_on.is_(None))
    rows = session.scalars(
        select(Complaint)
        .where(Complaint.status == "open",
               or_(Complaint.vehicle_id == vehicle_id, Complaint.customer_id.in_(owner_ids)))
        .order_by(Complaint.reply_due_at)
    ).all()
    return tuple(_view(r) for r in rows)


def for_customer(session: Session, customer_id: uuid.UUID) -> list[ComplaintView]:
    """Every complaint of the customer, open first, newest first."""
    rows = session.scalars(
        select(Complaint).where(Complaint.customer_id == customer_id)
        .order_by(Complaint.status.desc(), Complaint.received_at.desc())
    ).all()
    return [_view(r) for r in rows]


def staff(session: Session) -> list[tuple[uuid.UUID, str]]:
    """Who may own a complaint: the shop's active people at the desk and the managers."""
    return [(u.id, u.display_name) for u in session.scalars(
        select(User).where(User.active.is_(True), User.role.in_(("advisor", "manager", "admin")))
        .order_by(User.display_name))]


def _view(row: Complaint) -> ComplaintView:
    return ComplaintView(
        row.id, row.customer_id, row.vehicle_id, row.order_id, row.channel, row.description,
        row.received_at, row.owner_name, row.reply_due_at, row.status, row.resolution)
