"""The work order's state changes and the customer's recorded decisions.

Every change of `WorkOrder.status` happens in `move`, which checks the state machine of
app/domain/workorder.py, records a StatusEvent (who, when, why) and an audit entry. The
customer's yes is a Consent row (who said it, how, when, which staff recorded it, for how
much); approving lines, added work and price rises all go through `record_consent`.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.domain.errors import InputError, InputErrors
from app.domain.permissions import Permission
from app.domain.workorder import CONSENT_METHOD_NAMES, can_move
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit, checkin
from app.services.actor import Actor, require
from app.services.checkin import signature_required
from app.services.orders import refresh_totals
from db.models import Consent, StatusEvent, WorkOrder, WorkOrderLine

NO_LINES = QT_TRANSLATE_NOOP("MoveRefused", "The order has no lines yet.")
NOT_CHECKED_IN = QT_TRANSLATE_NOOP(
    "MoveRefused", "The car's check-in is not signed yet: check the car in first.")


class MoveRefused(Exception):
    """The order cannot go to that state from where it is, or a guard says no."""

    def __init__(self, number: str, status: str, target: str, why: str = "") -> None:
        self.number, self.status, self.target, self.why = number, status, target, why
        super().__init__(f"{number}: {status} → {target} refused{': ' + why if why else ''}")


@dataclass(frozen=True)
class ConsentForm:
    given_by: str  # the customer's (or their representative's) name
    method: str  # in_person | signature | phone | message
    given_at: datetime | None = None  # None: now
    note: str = ""


def check_consent(form: ConsentForm, now: datetime) -> ConsentForm:
    errors: list[InputError] = []
    if not form.given_by.strip():
        errors.append(InputError("given_by", QT_TRANSLATE_NOOP(
            "InputError", "Enter who gave the consent (the customer or the person they sent).")))
    if form.method not in CONSENT_METHOD_NAMES:
        errors.append(InputError("method", QT_TRANSLATE_NOOP(
            "InputError", "Choose how the customer agreed: in person, by phone or by message.")))
    given_at = form.given_at or now
    if given_at > now:
        errors.append(InputError("given_at", QT_TRANSLATE_NOOP(
            "InputError", "The consent's time cannot be in the future.")))
    if errors:
        raise InputErrors(errors)
    return ConsentForm(form.given_by.strip(), form.method, given_at, form.note.strip())


def locked_order(session: Session, order_id: uuid.UUID) -> WorkOrder:
    """The order with its lines, locked for this transaction (every stage's moves start here)."""
    order = session.scalar(
        select(WorkOrder).where(WorkOrder.id == order_id).options(selectinload(WorkOrder.lines))
        .with_for_update()
    )
    if order is None:
        raise LookupError(f"no work order {order_id}")
    return order


def move(session: Session, actor: Actor, order: WorkOrder, target: str, reason: str,
         now: datetime) -> None:
    """The one way a status changes: the state machine's guard, a StatusEvent, an audit entry."""
    if not can_move(order.status, target):
        raise MoveRefused(order.number, order.status, target)
    before = order.status
    order.status = target
    order.version += 1
    order.updated_at, order.updated_by_name = now, actor.display_name
    if target in {"cancelled", "delivered", "declined"}:
        order.closed_at = now
    elif before == "declined":
        order.closed_at = None
    session.add(StatusEvent(order_id=order.id, from_status=before, to_status=target, at=now,
                            user_id=actor.user_id, reason=reason))
    audit.record(session, actor, "work_order", order.id, "status", {"status": before},
                 {"status": target, "reason": reason})


def send_estimate(session: Session, actor: Actor, order_id: uuid.UUID,
                  now: datetime | None = None) -> None:
    """The estimate is priced and shown to the customer (draft → estimated)."""
    require(session, actor, Permission.ORDER_EDIT)
    now = now or datetime.now(UTC)
    order = locked_order(session, order_id)
    if not order.lines:
        raise MoveRefused(order.number, order.status, "estimated", NO_LINES)
    move(session, actor, order, "estimated", "estimate", now)


def approve(session: Session, actor: Actor, order_id: uuid.UUID, consent: ConsentForm,
            declined: Collection[uuid.UUID] = (), now: datetime | None = None) -> None:
    """The customer's decision on the estimate: every line approved except `declined`.

    Declined lines stay on the order (recommended work for the car's file). If the customer
    declines everything the estimate is declined instead.
    """
    require(session, actor, Permission.ORDER_EDIT)
    now = now or datetime.now(UTC)
    order = locked_order(session, order_id)
    if order.status not in {"draft", "estimated", "declined"} or not order.lines:
        raise MoveRefused(order.number, order.status, "approved",
                          "" if order.lines else NO_LINES)
    clean = check_consent(consent, now)
    if clean.method != "signature" and signature_required(session, "approval"):
        raise InputErrors([InputError("method", QT_TRANSLATE_NOOP(
            "InputError", "The shop requires the customer's signature on the estimate: "
            "choose \"in person, signed\"."))])
    declined_set = set(declined)
    for line in order.lines:
        line.approval = "declined" if line.id in declined_set else "approved"
    approved = [line for line in order.lines if line.approval == "approved"]
    if not approved:
        if order.status == "draft":
            move(session, actor, order, "estimated", "estimate", now)
        move(session, actor, order, "declined", "customer declined every line", now)
        refresh_totals(session, order)
        return
    record = _consent(session, actor, order, "approval", clean, approved)
    if order.status == "declined":
        move(session, actor, order, "estimated", "estimate reconsidered", now)
    move(session, actor, order, "approved",
          f"{clean.given_by} ({clean.method}), {len(declined_set)} declined", now)
    for line in approved:
        line.consent_id, line.agreed_total_fen = record.id, line.total_fen
    refresh_totals(session, order)


def start_work(session: Session, actor: Actor, order_id: uuid.UUID,
               now: datetime | None = None) -> None:
    """The workshop starts (approved → in_progress): only with a locked (signed) check-in."""
    require(session, actor, Permission.WORK_PROGRESS)
    now = now or datetime.now(UTC)
    order = locked_order(session, order_id)
    if order.status == "approved" and not checkin.is_locked(session, order_id):
        raise MoveRefused(order.number, order.status, "in_progress", NOT_CHECKED_IN)
    move(session, actor, order, "in_progress", "work started", now)


def decline(session: Session, actor: Actor, order_id: uuid.UUID, reason: str,
            now: datetime | None = None) -> None:
    """The customer refuses the whole estimate; its lines stay as recommended work."""
    require(session, actor, Permission.ORDER_EDIT)
    now = now or datetime.now(UTC)
    order = locked_order(session, order_id)
    if order.status == "draft" and order.lines:
        move(session, actor, order, "estimated", "estimate", now)
    for line in order.lines:
        line.approval = "declined"
    move(session, actor, order, "declined", reason.strip() or "customer declined", now)
    refresh_totals(session, order)


def record_consent(session: Session, actor: Actor, order_id: uuid.UUID,
                   line_ids: Collection[uuid.UUID], consent: ConsentForm,
                   now: datetime | None = None) -> uuid.UUID:
    """The customer agreed to added work or a price rise on these awaiting lines."""
    require(session, actor, Permission.ORDER_EDIT)
    now = now or datetime.now(UTC)
    order = locked_order(session, order_id)
    wanted = set(line_ids)
    lines = [line for line in order.lines if line.id in wanted and line.approval == "awaiting"]
    if not lines or len(lines) != len(wanted):
        raise InputErrors([InputError("lines", QT_TRANSLATE_NOOP(
            "InputError", "Choose the lines waiting for the customer's consent."))])
    clean = check_consent(consent, now)
    kind = "added_work" if all(line.added for line in lines) else "price_change"
    record = _consent(session, actor, order, kind, clean, lines)
    for line in lines:
        line.approval, line.consent_id, line.agreed_total_fen = (
            "approved", record.id, line.total_fen)
    order.version += 1
    order.updated_at, order.updated_by_name = now, actor.display_name
    refresh_totals(session, order)
    return record.id


def refuse_added_work(session: Session, actor: Actor, order_id: uuid.UUID,
                      line_ids: Collection[uuid.UUID], who: str,
                      now: datetime | None = None) -> None:
    """The customer said no to added work: the lines are declined (kept as recommendations)."""
    require(session, actor, Permission.ORDER_EDIT)
    now = now or datetime.now(UTC)
    order = locked_order(session, order_id)
    wanted = set(line_ids)
    for line in order.lines:
        if line.id in wanted and line.approval == "awaiting":
            if line.agreed_total_fen is not None and not line.added:
                continue  # a refused price rise keeps the line at the price agreed before
            line.approval = "declined"
    audit.record(session, actor, "work_order", order.id, "added_work_refused", None,
                 {"lines": [str(x) for x in wanted], "by": who})
    order.version += 1
    order.updated_at, order.updated_by_name = now, actor.display_name
    refresh_totals(session, order)


def cancel(session: Session, actor: Actor, order_id: uuid.UUID, reason: str,
           now: datetime | None = None) -> None:
    """Cancel before settlement; the reason is required and kept."""
    require(session, actor, Permission.ORDER_CANCEL)
    now = now or datetime.now(UTC)
    if not reason.strip():
        raise InputErrors([InputError("reason", QT_TRANSLATE_NOOP(
            "InputError", "Say why the order is cancelled; the reason stays on the order."))])
    order = locked_order(session, order_id)
    move(session, actor, order, "cancelled", reason.strip(), now)
    order.cancel_reason = reason.strip()


def reopen_estimate(session: Session, actor: Actor, order_id: uuid.UUID, reason: str,
                    now: datetime | None = None) -> None:
    """Back from approved to estimated before work starts (the customer wants to rethink)."""
    require(session, actor, Permission.ORDER_EDIT)
    now = now or datetime.now(UTC)
    order = locked_order(session, order_id)
    move(session, actor, order, "estimated", reason.strip() or "estimate reopened", now)
    for line in order.lines:
        if line.approval == "approved":
            line.approval = "pending"
    refresh_totals(session, order)


def _consent(session: Session, actor: Actor, order: WorkOrder, kind: str, form: ConsentForm,
             lines: list[WorkOrderLine]) -> Consent:
    record = Consent(
        order_id=order.id, kind=kind, given_by=form.given_by, method=form.method,
        given_at=form.given_at, recorded_by_id=actor.user_id,
        recorded_by_name=actor.display_name, amount_fen=sum(x.total_fen for x in lines),
        note=form.note,
    )
    session.add(record)
    session.flush()
    audit.record(session, actor, "work_order", order.id, f"consent_{kind}", None, {
        "given_by": form.given_by, "method": form.method, "given_at": form.given_at,
        "amount_fen": record.amount_fen, "lines": [x.description for x in lines],
    })
    return record
