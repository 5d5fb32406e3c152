"""Warranties (质量保证期) given at delivery, and the ones a car still has when it comes back.

The term is the law's minimum for the order's repair type, or the shop's longer promise (the
setting `warranty.promised`, {repair_type: [km, days]}, never below the law). A comeback's
delivery restarts the original's warranty: the comeback order gets a new, `restarted` row and
the old row points at it, so a car has at most one live warranty per chain.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import InputError, InputErrors
from app.domain.permissions import Permission
from app.domain.warranty import (
    LEGAL_MINIMUM,
    WarrantyTerm,
    check_promise,
    covered,
    warranty_from,
)
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit, settings
from app.services.actor import Actor, require
from db.models import Warranty, WorkOrder


@dataclass(frozen=True)
class WarrantyView:
    id: uuid.UUID
    order_id: uuid.UUID
    order_number: str
    repair_type: str
    km: int
    days: int
    starts_on: date
    until_on: date
    until_km: int | None
    restarted: bool

    def covers(self, on: date, odometer_km: int | None = None) -> bool:
        return covered(self.starts_on, self.until_on, self.until_km, on, odometer_km)


def promised(session: Session) -> dict[str, WarrantyTerm]:
    """The shop's promised terms by repair type (only the types it promises more for)."""
    stored = settings.get(session, "warranty.promised") or {}
    return {kind: WarrantyTerm(int(km), int(days)) for kind, (km, days) in stored.items()
            if kind in LEGAL_MINIMUM}


def check_promises(typed: dict[str, tuple[str, str]]) -> dict[str, WarrantyTerm]:
    """The promises as typed ({repair_type: (km, days)} text; both blank = the law's term),
    each refused below the legal minimum."""
    errors: list[InputError] = []
    clean: dict[str, WarrantyTerm] = {}
    for kind, (km_text, days_text) in typed.items():
        if not km_text.strip() and not days_text.strip():
            continue
        km, days = km_text.strip().replace(",", ""), days_text.strip()
        if not km.isdigit() or not days.isdigit():
            errors.append(InputError(kind, QT_TRANSLATE_NOOP(
                "InputError", "Type the promise as whole kilometres and days, e.g. 30000 and "
                "120.")))
            continue
        try:
            term = check_promise(kind, WarrantyTerm(int(km), int(days)))
        except InputError as e:
            errors.append(e)
            continue
        if term != LEGAL_MINIMUM[kind]:
            clean[kind] = term
    if errors:
        raise InputErrors(errors)
    return clean


def set_promised(session: Session, actor: Actor, typed: dict[str, tuple[str, str]]) -> None:
    """Store the shop's promises (a manager's shop rule); below the law is refused."""
    require(session, actor, Permission.SHOP_RULES)
    clean = check_promises(typed)
    before = settings.get(session, "warranty.promised") or {}
    after = {kind: [t.km, t.days] for kind, t in clean.items()}
    settings.put(session, "warranty.promised", after)
    if before != after:
        audit.record(session, actor, "shop", "rules", "warranty_promised", {"promised": before},
                     {"promised": after})


def issue(session: Session, order: WorkOrder, delivered_on: date, odometer_km: int | None,
          ) -> Warranty | None:
    """The warranty the car leaves with (called at delivery, inside its transaction).

    A comeback restarts its original's warranty with the original's repair type; an order
    without a regulated repair type gets none.
    """
    previous = None
    repair_type = order.repair_type
    if order.comeback_of_id is not None:
        previous = session.scalar(select(Warranty).where(
            Warranty.order_id == order.comeback_of_id, Warranty.superseded_by_id.is_(None)))
        if previous is None:  # the original's own chain may already have restarted elsewhere
            previous = _live_in_chain(session, order.comeback_of_id)
        if previous is not None:
            repair_type = previous.repair_type
    given = warranty_from(repair_type, delivered_on, odometer_km, promised(session))
    if given is None:
        return None
    row = Warranty(order_id=order.id, vehicle_id=order.vehicle_id, repair_type=given.repair_type,
                   km=given.km, days=given.days, starts_on=given.starts_on,
                   until_on=given.until_on, until_km=given.until_km,
                   restarted=previous is not None)
    session.add(row)
    session.flush()
    if previous is not None:
        previous.superseded_by_id = row.id
    return row


def _live_in_chain(session: Session, order_id: uuid.UUID) -> Warranty | None:
    row = session.scalar(select(Warranty).where(Warranty.order_id == order_id))
    seen = 0
    while row is not None and row.superseded_by_id is not None and seen < 100:
        row, seen = session.get(Warranty, row.superseded_by_id), seen + 1
    return row


def for_order(session: Session, order_id: uuid.UUID) -> WarrantyView | None:
    row = session.execute(
        select(Warranty, WorkOrder.number).join(WorkOrder, WorkOrder.id == Warranty.order_id)
        .where(Warranty.order_id == order_id)).first()
    return _view(*row) if row else None


def active(session: Session, vehicle_id: uuid.UUID, on: date,
           odometer_km: int | None = None) -> tuple[WarrantyView, ...]:
    """The car's warranties still running on `on` (and at `odometer_km` when known)."""
    rows = session.execute(
        select(Warranty, WorkOrder.number).join(WorkOrder, WorkOrder.id == Warranty.order_id)
        .where(Warranty.vehicle_id == vehicle_id, Warranty.until_on >= on,
               Warranty.superseded_by_id.is_(None))
        .order_by(Warranty.until_on.desc())).all()
    views = (_view(w, number) for w, number in rows)
    return tuple(v for v in views if v.covers(on, odometer_km))


def _view(row: Warranty, number: str) -> WarrantyView:
    return WarrantyView(row.id, row.order_id, number, row.repair_type, row.km, row.days,
                        row.starts_on, row.until_on, row.until_km, row.restarted)
