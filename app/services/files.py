"""Reading a customer's file and a car's file (一车一档) as plain data for the screens."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from db.models import Customer, CustomerPhone, Vehicle, VehicleOwnership, WorkOrder


@dataclass(frozen=True)
class PhoneView:
    number: str
    kind: str
    label: str


@dataclass(frozen=True)
class VehicleSummary:
    vehicle_id: uuid.UUID
    plate: str
    brand: str
    model: str
    year: int | None
    colour: str
    owned_since: date
    owned_until: date | None  # set when the customer sold the car


@dataclass(frozen=True)
class CustomerFile:
    customer_id: uuid.UUID
    kind: str
    name: str
    phones: list[PhoneView]
    contact_person: str
    tax_id: str
    address: str
    note: str
    credit_allowed: bool
    created_at: datetime
    merged_into_id: uuid.UUID | None
    vehicles: list[VehicleSummary]
    order_count: int
    last_visit: datetime | None


@dataclass(frozen=True)
class OwnerPeriod:
    customer_id: uuid.UUID
    name: str
    phone: str
    started_on: date
    ended_on: date | None
    note: str


@dataclass(frozen=True)
class OrderSummary:
    order_id: uuid.UUID
    number: str
    opened_at: datetime
    mileage_km: int | None
    category: str
    total_fen: int
    status: str
    complaint: str


@dataclass(frozen=True)
class VehicleFile:
    vehicle_id: uuid.UUID
    plate: str
    vin: str
    vin_confirmed: bool
    brand: str
    model: str
    year: int | None
    colour: str
    engine_no: str
    fuel_type: str
    mileage_km: int | None
    note: str
    owners: list[OwnerPeriod]  # newest first; the first with no end is the current owner
    orders: list[OrderSummary]  # newest first

    @property
    def owner(self) -> OwnerPeriod | None:
        return self.owners[0] if self.owners and self.owners[0].ended_on is None else None


def _primary_phone(session: Session, customer_id: uuid.UUID) -> str:
    return session.scalar(
        select(CustomerPhone.number).where(CustomerPhone.customer_id == customer_id)
        .order_by(CustomerPhone.position).limit(1)
    ) or ""


def customer_file(session: Session, customer_id: uuid.UUID) -> CustomerFile:
    c = session.scalar(
        select(Customer).options(selectinload(Customer.phones)).where(Customer.id == customer_id)
    )
    if c is None:
        raise LookupError(f"no customer {customer_id}")
    owned = session.execute(
        select(Vehicle, VehicleOwnership)
        .join(VehicleOwnership, VehicleOwnership.vehicle_id == Vehicle.id)
        .where(VehicleOwnership.customer_id == customer_id)
        .order_by(VehicleOwnership.ended_on.is_not(None), VehicleOwnership.started_on.desc())
    )
    cars = [
        VehicleSummary(v.id, v.plate or "", v.brand, v.model, v.year, v.colour,
                       o.started_on, o.ended_on)
        for v, o in owned
    ]
    count, last = session.execute(
        select(func.count(WorkOrder.id), func.max(WorkOrder.opened_at))
        .where(WorkOrder.customer_id == customer_id)
    ).one()
    return CustomerFile(
        c.id, c.kind, c.name, [PhoneView(p.number, p.kind, p.label) for p in c.phones],
        c.contact_person, c.tax_id, c.address, c.note, c.credit_allowed, c.created_at,
        c.merged_into_id, cars, count, _as_utc(last),
    )


def _as_utc(value: datetime | None) -> datetime | None:
    # Aggregates bypass the column type, so max(opened_at) comes back naive.
    from datetime import UTC

    if value is None or (isinstance(value, datetime) and value.tzinfo):
        return value
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC)


def vehicle_file(session: Session, vehicle_id: uuid.UUID) -> VehicleFile:
    v = session.get(Vehicle, vehicle_id)
    if v is None:
        raise LookupError(f"no vehicle {vehicle_id}")
    owner_rows = session.execute(
        select(VehicleOwnership, Customer.name)
        .join(Customer, Customer.id == VehicleOwnership.customer_id)
        .where(VehicleOwnership.vehicle_id == vehicle_id)
        .order_by(VehicleOwnership.ended_on.is_not(None), VehicleOwnership.started_on.desc())
    )
    owners = [
        OwnerPeriod(o.customer_id, name, _primary_phone(session, o.customer_id), o.started_on,
                    o.ended_on, o.note)
        for o, name in owner_rows
    ]
    orders = [
        OrderSummary(*row)
        for row in session.execute(
            select(WorkOrder.id, WorkOrder.number, WorkOrder.opened_at, WorkOrder.mileage_km,
                   WorkOrder.category, WorkOrder.total_fen, WorkOrder.status,
                   WorkOrder.complaint)
            .where(WorkOrder.vehicle_id == vehicle_id)
            .order_by(WorkOrder.opened_at.desc())
        )
    ]
    return VehicleFile(
        v.id, v.plate or "", v.vin or "", v.vin_confirmed, v.brand, v.model, v.year, v.colour,
        v.engine_no, v.fuel_type, v.mileage_km, v.note, owners, orders,
    )


def order_vehicle_id(session: Session, order_id: uuid.UUID) -> uuid.UUID | None:
    """The car a work order is for (a scanned order number opens that car's file)."""
    return session.scalar(select(WorkOrder.vehicle_id).where(WorkOrder.id == order_id))
