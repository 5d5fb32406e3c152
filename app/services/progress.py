"""The workshop's progress on an order: labor lines, waiting for parts, quality check, promises.

Line progress (not started / working / done, with the technician) and promised-time changes
are OrderEvents on the order's timeline; the state changes (in_progress ⇄ waiting_parts,
in_progress → quality_check) go through order_flow's `move` like every other. Each change
bumps the order's version and `updated_at`, which is what the progress board polls.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.orm import Session

from app.domain.errors import InputError, InputErrors
from app.domain.permissions import Permission
from app.domain.progress import LINE_PROGRESS_NAMES, NOTICE_METHOD_NAMES, WORKSHOP_STATUSES
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit
from app.services.actor import Actor, require
from app.services.order_flow import MoveRefused, locked_order, move
from db.models import OrderEvent, User, WorkOrder

LINES_NOT_DONE = QT_TRANSLATE_NOOP(
    "MoveRefused", "Some labor lines are not done yet: mark them done first.")
CONSENT_OPEN = QT_TRANSLATE_NOOP(
    "MoveRefused", "Added work still waits for the customer's consent.")


def _touch(order: WorkOrder, actor: Actor, now: datetime) -> None:
    """A change the other desks' boards must see: version and updated_at move."""
    order.version += 1
    order.updated_at, order.updated_by_name = now, actor.display_name


def note_event(session: Session, actor: Actor, order_id: uuid.UUID, kind: str,
               data: dict[str, Any], at: datetime, now: datetime) -> None:
    """Something new on the order's timeline that is no edit (an inquiry, a notice): the other
    desks' boards reload (their marker reads updated_at), an editor open on the order stays
    current (its version does not move)."""
    order = session.get(WorkOrder, order_id)
    if order is None:
        raise LookupError(f"no work order {order_id}")
    order.updated_at = now
    add_event(session, actor, order_id, kind, data, at)


def add_event(session: Session, actor: Actor, order_id: uuid.UUID, kind: str,
              data: dict[str, Any], now: datetime, line_id: uuid.UUID | None = None) -> None:
    """One entry on the order's timeline (a kind of the timeline's readers)."""
    session.add(OrderEvent(order_id=order_id, kind=kind, at=now, user_id=actor.user_id,
                           user_name=actor.display_name, line_id=line_id,
                           data=audit._plain(data)))


# ---------------------------------------------------------------------------------------------
# Labor lines


def set_line_progress(session: Session, actor: Actor, order_id: uuid.UUID, line_id: uuid.UUID,
                      progress: str, technician_id: uuid.UUID | None = None,
                      now: datetime | None = None) -> None:
    """A labor line is started or done (or set back), by which technician."""
    require(session, actor, Permission.WORK_PROGRESS)
    now = now or datetime.now(UTC)
    if progress not in LINE_PROGRESS_NAMES:
        raise InputErrors([InputError("progress", QT_TRANSLATE_NOOP(
            "InputError", "Choose not started, working or done."))])
    order = locked_order(session, order_id)
    line = next((x for x in order.lines if x.id == line_id), None)
    if line is None or line.kind != "labor":
        raise InputErrors([InputError("line", QT_TRANSLATE_NOOP(
            "InputError", "Choose a labor line of this order."))])
    if order.status not in WORKSHOP_STATUSES:
        raise MoveRefused(order.number, order.status, order.status, QT_TRANSLATE_NOOP(
            "MoveRefused", "Progress is recorded once work has started."))
    if line.approval != "approved":
        raise InputErrors([InputError("line", QT_TRANSLATE_NOOP(
            "InputError", "This line is not approved by the customer; it cannot be worked on."))])
    if technician_id is not None:
        line.technician_id = technician_id
    technician = session.get(User, line.technician_id) if line.technician_id else None
    before = line.progress
    line.progress, line.progress_at = progress, now
    add_event(session, actor, order.id, "line", {
        "description": line.description, "progress": progress, "before": before,
        "technician": technician.display_name if technician else ""}, now, line.id)
    _touch(order, actor, now)


# ---------------------------------------------------------------------------------------------
# States the workshop moves


def check_parts(part: str, expected_on: date | None, today: date) -> str:
    errors: list[InputError] = []
    if not part.strip():
        errors.append(InputError("part", QT_TRANSLATE_NOOP(
            "InputError", "Say which part the car waits for.")))
    if expected_on is not None and expected_on < today:
        errors.append(InputError("expected_on", QT_TRANSLATE_NOOP(
            "InputError", "The part's expected date is already past.")))
    if errors:
        raise InputErrors(errors)
    return part.strip()


def wait_for_parts(session: Session, actor: Actor, order_id: uuid.UUID, part: str,
                   expected_on: date | None, now: datetime | None = None) -> None:
    """in_progress → waiting_parts, with the part and the day it is expected."""
    require(session, actor, Permission.WORK_PROGRESS)
    now = now or datetime.now(UTC)
    clean = check_parts(part, expected_on, now.astimezone().date())
    order = locked_order(session, order_id)
    reason = clean + (f" · {expected_on.isoformat()}" if expected_on else "")
    move(session, actor, order, "waiting_parts", reason, now)
    order.waiting_for, order.parts_expected_on = clean, expected_on


def parts_arrived(session: Session, actor: Actor, order_id: uuid.UUID,
                  now: datetime | None = None) -> None:
    """waiting_parts → in_progress: the part is here, work goes on."""
    require(session, actor, Permission.WORK_PROGRESS)
    now = now or datetime.now(UTC)
    order = locked_order(session, order_id)
    if order.status != "waiting_parts":
        raise MoveRefused(order.number, order.status, "in_progress")
    part = order.waiting_for
    move(session, actor, order, "in_progress", f"parts arrived: {part}" if part else
          "parts arrived", now)
    order.waiting_for, order.parts_expected_on = "", None


def send_to_quality_check(session: Session, actor: Actor, order_id: uuid.UUID,
                          now: datetime | None = None) -> None:
    """in_progress → quality_check, once every approved labor line is done and no added work
    waits for the customer's consent."""
    require(session, actor, Permission.WORK_PROGRESS)
    now = now or datetime.now(UTC)
    order = locked_order(session, order_id)
    if order.status != "in_progress":
        raise MoveRefused(order.number, order.status, "quality_check")
    open_lines = [x for x in order.lines
                  if x.kind == "labor" and x.approval == "approved" and x.progress != "done"]
    if open_lines:
        raise MoveRefused(order.number, order.status, "quality_check", LINES_NOT_DONE)
    if any(x.approval == "awaiting" for x in order.lines):
        raise MoveRefused(order.number, order.status, "quality_check", CONSENT_OPEN)
    move(session, actor, order, "quality_check", "work done", now)


# ---------------------------------------------------------------------------------------------
# The promised time


@dataclass(frozen=True)
class PromiseForm:
    promised_at: datetime
    reason: str
    told: bool  # the customer was told of the new time
    method: str = ""  # phone | sms | wechat | in_person (when told)
    told_at: datetime | None = None  # None: now


def check_promise(form: PromiseForm, now: datetime) -> PromiseForm:
    errors: list[InputError] = []
    if form.promised_at <= now:
        errors.append(InputError("promised_at", QT_TRANSLATE_NOOP(
            "InputError", "The promised time is already past. Choose a later time.")))
    if not form.reason.strip():
        errors.append(InputError("reason", QT_TRANSLATE_NOOP(
            "InputError", "Say why the promised time changes; it stays on the order.")))
    told_at = form.told_at or now
    if form.told:
        if form.method not in NOTICE_METHOD_NAMES:
            errors.append(InputError("method", QT_TRANSLATE_NOOP(
                "InputError", "Choose how the customer was told.")))
        if told_at > now:
            errors.append(InputError("told_at", QT_TRANSLATE_NOOP(
                "InputError", "The time the customer was told cannot be in the future.")))
    if errors:
        raise InputErrors(errors)
    return PromiseForm(form.promised_at, form.reason.strip(), form.told,
                       form.method if form.told else "", told_at if form.told else None)


def change_promise(session: Session, actor: Actor, order_id: uuid.UUID, form: PromiseForm,
                   now: datetime | None = None) -> None:
    """A new promised time, with the reason and whether (how, when) the customer was told."""
    require(session, actor, Permission.ORDER_EDIT)
    now = now or datetime.now(UTC)
    clean = check_promise(form, now)
    order = locked_order(session, order_id)
    before = order.promised_at
    order.promised_at = clean.promised_at
    data = {"before": before, "after": clean.promised_at, "reason": clean.reason,
            "told": clean.told, "method": clean.method, "told_at": clean.told_at}
    add_event(session, actor, order.id, "promise", data, now)
    audit.record(session, actor, "work_order", order.id, "promise",
                 {"promised_at": before}, {"promised_at": clean.promised_at,
                                           "reason": clean.reason})
    _touch(order, actor, now)
