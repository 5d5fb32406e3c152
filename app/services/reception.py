"""What the desk must see the moment a known car or customer comes up at reception.

The car's open order (continued instead of making a second one), work the customer declined
and has not had done since (tomorrow's sale, and a safety point to mention), and the last
visit with its mileage, an open complaint, and money the car's owner still owes (arrears 挂账,
with their age). One small query each, so it shows while the advisor is still typing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.workorder import OPEN_STATUSES
from app.services import complaints
from app.services.complaints import ComplaintView
from app.services.settlement_reports import OwedSummary, owed_by
from app.services.warranties import WarrantyView
from app.services.warranties import active as active_warranties
from db.models import VehicleOwnership, WorkOrder, WorkOrderLine

DECLINED_LOOKBACK = timedelta(days=365)  # older recommendations are stale: the car changed


@dataclass(frozen=True)
class OpenOrder:
    order_id: uuid.UUID
    number: str
    status: str
    opened_at: datetime
    promised_at: datetime | None


@dataclass(frozen=True)
class DeclinedWork:
    order_number: str
    declined_on: datetime
    description: str
    total_fen: int


@dataclass(frozen=True)
class LastVisit:
    number: str
    at: datetime
    mileage_km: int | None
    category: str
    total_fen: int


@dataclass(frozen=True)
class DeskSummary:
    vehicle_id: uuid.UUID
    open_order: OpenOrder | None
    declined: tuple[DeclinedWork, ...]
    last_visit: LastVisit | None
    complaints: tuple[ComplaintView, ...] = ()  # open ones, about the car or by its owner
    owed: OwedSummary | None = None  # the current owner's unpaid bills
    # Handover (issue 6): the warranties the car still has, shown as the law asks.
    warranties: tuple[WarrantyView, ...] = ()


def desk_summary(session: Session, vehicle_id: uuid.UUID,
                 now: datetime | None = None) -> DeskSummary:
    now = now or datetime.now(UTC)
    open_row = session.execute(
        select(WorkOrder.id, WorkOrder.number, WorkOrder.status, WorkOrder.opened_at,
               WorkOrder.promised_at)
        .where(WorkOrder.vehicle_id == vehicle_id, WorkOrder.status.in_(OPEN_STATUSES))
        .order_by(WorkOrder.opened_at.desc()).limit(1)
    ).first()
    last = session.execute(
        select(WorkOrder.number, WorkOrder.opened_at, WorkOrder.mileage_km, WorkOrder.category,
               WorkOrder.total_fen)
        .where(WorkOrder.vehicle_id == vehicle_id,
               WorkOrder.status.in_(("settled", "delivered")))
        .order_by(WorkOrder.opened_at.desc()).limit(1)
    ).first()
    declined_rows = session.execute(
        select(WorkOrder.number, WorkOrder.opened_at, WorkOrderLine.description,
               WorkOrderLine.code, WorkOrderLine.total_fen)
        .join(WorkOrder, WorkOrder.id == WorkOrderLine.order_id)
        .where(WorkOrder.vehicle_id == vehicle_id, WorkOrderLine.approval == "declined",
               WorkOrder.opened_at >= now - DECLINED_LOOKBACK,
               WorkOrder.status != "cancelled")
        .order_by(WorkOrder.opened_at.desc())
    ).all()
    done_since = _done_after(session, vehicle_id, [r.opened_at for r in declined_rows])
    declined = tuple(
        DeclinedWork(r.number, r.opened_at, r.description, r.total_fen)
        for r in declined_rows
        if (r.code or r.description) not in done_since.get(r.opened_at, set())
    )
    return DeskSummary(
        vehicle_id,
        OpenOrder(*open_row) if open_row else None,
        declined,
        LastVisit(*last) if last else None,
        complaints=complaints.open_for_vehicle(session, vehicle_id),
        owed=_owed(session, vehicle_id, now),
        warranties=active_warranties(session, vehicle_id, now.astimezone().date()),
    )


def _owed(session: Session, vehicle_id: uuid.UUID, now: datetime) -> OwedSummary | None:
    owner = session.scalar(
        select(VehicleOwnership.customer_id)
        .where(VehicleOwnership.vehicle_id == vehicle_id, VehicleOwnership.ended_on.is_(None))
        .limit(1))
    return owed_by(session, owner, now.astimezone().date()) if owner is not None else None


def _done_after(session: Session, vehicle_id: uuid.UUID,
                moments: list[datetime]) -> dict[datetime, set[str]]:
    """For each moment, the codes/descriptions of work approved on the car after it."""
    if not moments:
        return {}
    rows = session.execute(
        select(WorkOrder.opened_at, WorkOrderLine.code, WorkOrderLine.description)
        .join(WorkOrder, WorkOrder.id == WorkOrderLine.order_id)
        .where(WorkOrder.vehicle_id == vehicle_id, WorkOrderLine.approval == "approved",
               WorkOrder.opened_at > min(moments))
    ).all()
    return {m: {r.code or r.description for r in rows if r.opened_at > m} for m in moments}
