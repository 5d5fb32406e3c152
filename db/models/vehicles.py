"""Cars and who owned them when."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base
from db.models.customers import Customer
from db.types import UTCDateTime, new_id, utcnow


class Vehicle(Base):
    """One car, one file (一车一档): the car keeps its history when its owner changes."""

    __tablename__ = "vehicles"
    __table_args__ = (
        Index("ix_vehicles_plate", "plate"),
        Index("ix_vehicles_vin", "vin", unique=True),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    plate: Mapped[str | None] = mapped_column(String(12))
    vin: Mapped[str | None] = mapped_column(String(17))
    # The advisor confirmed a VIN whose check digit does not match (imported cars often have none).
    vin_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    brand: Mapped[str] = mapped_column(String(40), default="")
    model: Mapped[str] = mapped_column(String(60), default="")
    year: Mapped[int | None] = mapped_column(Integer)
    colour: Mapped[str] = mapped_column(String(20), default="")
    engine_no: Mapped[str] = mapped_column(String(30), default="")
    fuel_type: Mapped[str] = mapped_column(String(12), default="petrol")
    mileage_km: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # see 0009
    updated_by_name: Mapped[str] = mapped_column(String(60), default="", server_default="")

    ownerships: Mapped[list[VehicleOwnership]] = relationship(
        back_populates="vehicle", order_by="VehicleOwnership.started_on"
    )



class VehicleOwnership(Base):
    """Who owned a car from when to when; the open row (ended_on is NULL) is the current owner."""

    __tablename__ = "vehicle_ownerships"
    __table_args__ = (
        Index("ix_vehicle_ownerships_vehicle", "vehicle_id", "ended_on"),
        Index("ix_vehicle_ownerships_customer", "customer_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    vehicle_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("vehicles.id"))
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    started_on: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(200), default="")

    vehicle: Mapped[Vehicle] = relationship(back_populates="ownerships")
    customer: Mapped[Customer] = relationship()
