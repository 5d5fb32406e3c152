"""Handing the car back (交车): walk-around beside the check-in, odometer out, the customer's
pickup signature, `settled → delivered`, the warranty, and the follow-up call task.

Only a settled order is handed over (an on-account bill is settled by the cashier's on-account
payment); a `ready` order is refused with the reason. The pickup record is locked like a
check-in: the SHA-256 of its canonical content (app/domain/checkin) is stored with it, and
`verify` recomputes it. A skipped signature is allowed only when the shop's setting
`signatures.mandatory` does not name "pickup".
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.checkin import content_hash, rounded
from app.domain.errors import InputError, InputErrors
from app.domain.handover import (
    PickupFacts,
    check_due_days,
    check_pickup,
    differences,
    follow_up_due,
    numbered_marks,
)
from app.domain.permissions import Permission
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit, checkin, settings, warranties
from app.services.actor import Actor, require
from app.services.checkin import LOCKED, Verification, signature_required
from app.services.completion import user_name
from app.services.order_flow import MoveRefused, locked_order, move
from app.services.warranties import WarrantyView
from db.models import CheckIn, Customer, FollowUp, Handover, Vehicle, WorkOrder

NOT_SETTLED = QT_TRANSLATE_NOOP(
    "MoveRefused", "The bill is not settled yet: settle it (or put it on account) first.")
DEFAULT_DUE_DAYS = 3


@dataclass(frozen=True)
class Walkaround:
    """What the desk shows beside the car at pickup: the check-in as signed."""

    order_id: uuid.UUID
    number: str
    status: str
    plate: str
    customer_name: str
    check_in_version: int | None
    marks: tuple[dict[str, Any], ...]  # the check-in's, numbered 1…n
    belongings: str
    valuables: str
    keys_count: int | None
    odometer_in_km: int | None
    fuel_eighths_in: int | None
    battery_percent_in: int | None
    signature_mandatory: bool


@dataclass(frozen=True)
class HandoverView:
    id: uuid.UUID
    order_id: uuid.UUID
    status: str  # signed | confirmed
    check_in_version: int | None
    odometer_in_km: int | None
    odometer_out_km: int | None
    fuel_eighths_out: int | None
    battery_percent_out: int | None
    new_marks: tuple[dict[str, Any], ...]
    differences: tuple[dict[str, Any], ...]
    belongings_returned: bool
    belongings_note: str
    signature_png: bytes | None
    signer: str
    signed_at: datetime | None
    handed_over_by_name: str
    content_hash: str
    signature_strokes: tuple[Any, ...] = ()


@dataclass(frozen=True)
class Delivered:
    handover_id: uuid.UUID
    content_hash: str
    warranty: WarrantyView | None
    follow_up_due: date


def walkaround(session: Session, order_id: uuid.UUID) -> Walkaround:
    order = session.get(WorkOrder, order_id)
    if order is None:
        raise LookupError(f"no work order {order_id}")
    locked = _signed_check_in(session, order_id)
    form = locked.form if locked else None
    plate = session.scalar(select(Vehicle.plate).where(Vehicle.id == order.vehicle_id)) or ""
    customer = session.get(Customer, order.customer_id)
    return Walkaround(
        order.id, order.number, order.status, plate, customer.name if customer else "",
        locked.version if locked else None, tuple(form.marks) if form else (),
        form.belongings if form else "", form.valuables if form else "",
        form.keys_count if form else None,
        form.odometer_km if form and form.odometer_km is not None else order.mileage_km,
        form.fuel_eighths if form else order.fuel_eighths,
        form.battery_percent if form else order.battery_percent,
        signature_required(session, "pickup"))


def _signed_check_in(session: Session, order_id: uuid.UUID) -> checkin.CheckInView | None:
    """The newest locked check-in version: a draft begun after it was never signed, so the
    car is compared with what the customer signed for."""
    number = session.scalar(select(CheckIn.version).where(
        CheckIn.order_id == order_id, CheckIn.status.in_(LOCKED))
        .order_by(CheckIn.version.desc()).limit(1))
    return checkin.version(session, order_id, number) if number is not None else None


def due_days(session: Session) -> int:
    try:
        return check_due_days(settings.get(session, "followup.due_days"))
    except InputError:
        return DEFAULT_DUE_DAYS


def deliver(session: Session, actor: Actor, order_id: uuid.UUID, facts: PickupFacts,
            strokes: list[Any], signature_png: bytes | None, signer: str,
            now: datetime | None = None) -> Delivered:
    """Hand the settled car over: the pickup record, `delivered`, warranty and follow-up."""
    require(session, actor, Permission.HANDOVER)
    now = now or datetime.now(UTC)
    order = locked_order(session, order_id)
    if order.status == "ready":
        raise MoveRefused(order.number, order.status, "delivered", NOT_SETTLED)
    if order.status != "settled":
        raise MoveRefused(order.number, order.status, "delivered")
    seen = walkaround(session, order_id)
    errors = check_pickup(facts, seen.odometer_in_km)
    errors += _signature_errors(session, strokes, signature_png, signer)
    if errors:
        raise InputErrors(errors)
    marks = numbered_marks(facts.new_marks, len(seen.marks))
    signed = bool(strokes)
    row = Handover(
        order_id=order.id, status="signed" if signed else "confirmed",
        check_in_version=seen.check_in_version, odometer_in_km=seen.odometer_in_km,
        odometer_out_km=facts.odometer_out_km, fuel_eighths_out=facts.fuel_eighths_out,
        battery_percent_out=facts.battery_percent_out, new_marks=marks,
        differences=differences(facts, marks, seen.odometer_in_km, seen.fuel_eighths_in,
                                seen.battery_percent_in),
        belongings_returned=facts.belongings_returned,
        belongings_note=facts.belongings_note.strip(),
        signature_strokes=rounded(strokes) if signed else [],
        signature_png=signature_png if signed else None, signer=signer.strip() if signed else "",
        signed_at=now.replace(microsecond=0), handed_over_by_id=actor.user_id,
        handed_over_by_name=actor.display_name, created_at=now)
    row.content_hash = content_hash(signed_content(row))
    session.add(row)
    session.flush()
    who = row.signer or "signature skipped"
    move(session, actor, order, "delivered", f"handed over: {who}", now)
    if facts.odometer_out_km is not None:
        _note_mileage(session, order, facts.odometer_out_km)
    delivered_on = now.astimezone().date()
    given = warranties.issue(session, order, delivered_on,
                             facts.odometer_out_km or seen.odometer_in_km)
    due = follow_up_due(delivered_on, due_days(session))
    session.add(FollowUp(order_id=order.id, kind="call", due_on=due, status="open",
                         created_at=now))
    audit.record(session, actor, "handover", row.id, row.status, None, {
        "order_id": order.id, "hash": row.content_hash, "signer": row.signer,
        "odometer_out_km": row.odometer_out_km, "differences": len(row.differences),
        "warranty_until": given.until_on if given else None, "follow_up_due": due})
    return Delivered(row.id, row.content_hash,
                     warranties.for_order(session, order.id) if given else None, due)


def _signature_errors(session: Session, strokes: list[Any], png: bytes | None,
                      signer: str) -> list[InputError]:
    if not strokes:
        if signature_required(session, "pickup"):
            return [InputError("signature", QT_TRANSLATE_NOOP(
                "InputError", "The customer has to sign for the car (the shop requires it)."))]
        return []
    if not signer.strip():
        return [InputError("signer", QT_TRANSLATE_NOOP(
            "InputError", "Enter who signed (the customer or the person they sent)."))]
    if not png:
        return [InputError("signature", QT_TRANSLATE_NOOP(
            "InputError", "The signature could not be kept; sign again."))]
    return []


def _note_mileage(session: Session, order: WorkOrder, km: int) -> None:
    """The car's file keeps the newest odometer reading it has seen."""
    car = session.get(Vehicle, order.vehicle_id)
    if car is not None and (car.mileage_km is None or km > car.mileage_km):
        car.mileage_km = km


def signed_content(row: Any) -> dict[str, Any]:
    """Everything the pickup signature vouches for (`row` a Handover or alike)."""
    return {
        "order_id": row.order_id, "status": row.status,
        "check_in_version": row.check_in_version, "odometer_in_km": row.odometer_in_km,
        "odometer_out_km": row.odometer_out_km, "fuel_eighths_out": row.fuel_eighths_out,
        "battery_percent_out": row.battery_percent_out, "new_marks": row.new_marks,
        "differences": row.differences, "belongings_returned": row.belongings_returned,
        "belongings_note": row.belongings_note, "signature_strokes": row.signature_strokes,
        "signature_png": row.signature_png or b"", "signer": row.signer,
        "signed_at": row.signed_at, "handed_over_by_id": row.handed_over_by_id,
        "handed_over_by_name": row.handed_over_by_name,
    }


def current(session: Session, order_id: uuid.UUID) -> HandoverView | None:
    row = session.scalar(select(Handover).where(Handover.order_id == order_id))
    if row is None:
        return None
    return HandoverView(
        row.id, row.order_id, row.status, row.check_in_version, row.odometer_in_km,
        row.odometer_out_km, row.fuel_eighths_out, row.battery_percent_out,
        tuple(row.new_marks or ()), tuple(row.differences or ()), row.belongings_returned,
        row.belongings_note, row.signature_png, row.signer, row.signed_at,
        row.handed_over_by_name or user_name(session, row.handed_over_by_id), row.content_hash,
        tuple(row.signature_strokes or ()))


def verify(session: Session, handover_id: uuid.UUID) -> Verification:
    """Recompute the pickup record's hash from what is stored now."""
    row = session.get(Handover, handover_id)
    if row is None:
        raise LookupError(f"no handover {handover_id}")
    session.refresh(row)
    computed = content_hash(signed_content(row)) if row.status in LOCKED else ""
    return Verification(computed == row.content_hash, row.content_hash, computed)


@dataclass(frozen=True)
class FollowUpTask:
    id: uuid.UUID
    order_id: uuid.UUID
    kind: str
    due_on: date
    status: str


def follow_ups(session: Session, order_id: uuid.UUID) -> list[FollowUpTask]:
    """The follow-up tasks delivery made for the order (the follow-up desk works them)."""
    rows = session.scalars(select(FollowUp).where(FollowUp.order_id == order_id)
                           .order_by(FollowUp.due_on))
    return [FollowUpTask(r.id, r.order_id, r.kind, r.due_on, r.status) for r in rows]
