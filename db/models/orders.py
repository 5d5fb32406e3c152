"""Work orders, their lines, the customer's consent to the estimate, and the order's
state changes and timeline events."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base
from db.types import UTCDateTime, new_id, utcnow


class WorkOrder(Base):
    """A work order (委托书) from reception to handover; `status` changes only in app/."""

    __tablename__ = "work_orders"
    __table_args__ = (
        Index("ix_work_orders_vehicle", "vehicle_id", "opened_at"),
        Index("ix_work_orders_customer", "customer_id"),
        Index("ix_work_orders_status", "status"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branches.id"))
    vehicle_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("vehicles.id"))
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    advisor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    status: Mapped[str] = mapped_column(String(20), default="draft")
    category: Mapped[str] = mapped_column(String(20), default="repair")
    # 30, not 20: "secondary_maintenance" is 21 characters (revision 0004 widened it)
    repair_type: Mapped[str | None] = mapped_column(String(30))
    mileage_km: Mapped[int | None] = mapped_column(Integer)
    complaint: Mapped[str] = mapped_column(Text, default="")
    total_fen: Mapped[int] = mapped_column(Integer, default=0)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    promised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Bumped on every save so a second workstation's stale save is caught, not silently applied.
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    # Who saved last: the message a stale save gets names them.
    updated_by_name: Mapped[str] = mapped_column(String(60), default="")
    # Reception (revision 0002)
    contact_phone: Mapped[str] = mapped_column(String(20), default="")
    fuel_eighths: Mapped[int | None] = mapped_column(Integer)  # 0 empty … 8 full
    battery_percent: Mapped[int | None] = mapped_column(Integer)  # electric cars
    odometer_replaced: Mapped[bool] = mapped_column(Boolean, default=False)
    odometer_note: Mapped[str] = mapped_column(String(200), default="")
    from_appointment: Mapped[bool] = mapped_column(Boolean, default=False)
    # Who pays: customer | insurer (with its name and claim number) | maker (warranty claim)
    payer: Mapped[str] = mapped_column(String(12), default="customer")
    insurer: Mapped[str] = mapped_column(String(60), default="")
    claim_number: Mapped[str] = mapped_column(String(40), default="")
    # Money, kept in step with the lines by app/ on every save (the file view and lists read it)
    labor_fen: Mapped[int] = mapped_column(Integer, default=0)
    parts_fen: Mapped[int] = mapped_column(Integer, default=0)
    other_fen: Mapped[int] = mapped_column(Integer, default=0)
    order_discount_fen: Mapped[int] = mapped_column(Integer, default=0)  # on top of the lines'
    discount_fen: Mapped[int] = mapped_column(Integer, default=0)  # lines' + order's
    vat_fen: Mapped[int] = mapped_column(Integer, default=0)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    # Handover (revision 0005): a comeback (返修) points at the delivered order it came back for.
    comeback_of_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("work_orders.id", name="fk_work_orders_comeback_of"), index=True)
    # Progress (revision 0006): what a car waiting for parts waits for, and until when.
    waiting_for: Mapped[str] = mapped_column(String(200), default="")
    parts_expected_on: Mapped[date | None] = mapped_column(Date)

    lines: Mapped[list[WorkOrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="WorkOrderLine.position"
    )



class WorkOrderLine(Base):
    """A labor, part, sublet or fee line. Quantities are thousandths (1.5 h = 1500)."""

    __tablename__ = "work_order_lines"
    __table_args__ = (Index("ix_work_order_lines_order", "order_id", "position"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("work_orders.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(10))  # labor | part | sublet | fee
    code: Mapped[str] = mapped_column(String(40), default="")
    description: Mapped[str] = mapped_column(String(200))
    quantity_milli: Mapped[int] = mapped_column(Integer, default=1000)
    unit_price_fen: Mapped[int] = mapped_column(Integer, default=0)
    discount_fen: Mapped[int] = mapped_column(Integer, default=0)
    total_fen: Mapped[int] = mapped_column(Integer, default=0)
    approval: Mapped[str] = mapped_column(String(10), default="pending")
    # Revision 0002: what the estimate editor needs
    unit: Mapped[str] = mapped_column(String(8), default="")
    source: Mapped[str] = mapped_column(String(12), default="")  # parts: oem|brand|aftermarket|…
    warranty_months: Mapped[int | None] = mapped_column(Integer)
    warranty_km: Mapped[int | None] = mapped_column(Integer)
    technician_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    part_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("parts.id"))
    package_code: Mapped[str] = mapped_column(String(40), default="")
    # 追加项目: added after the order was approved; waits for the customer's recorded consent.
    added: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consents.id"))
    # The line total the customer agreed to; a later price change needs consent to the difference.
    agreed_total_fen: Mapped[int | None] = mapped_column(Integer)
    # Progress (revision 0006): labor lines in the workshop: not_started | working | done.
    progress: Mapped[str] = mapped_column(String(12), default="not_started")
    progress_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    order: Mapped[WorkOrder] = relationship(back_populates="lines")



class Consent(Base):
    """The customer's recorded yes: to the estimate, to added work, or to a price change."""

    __tablename__ = "consents"
    __table_args__ = (Index("ix_consents_order", "order_id", "given_at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("work_orders.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # approval | added_work | price_change
    given_by: Mapped[str] = mapped_column(String(60))  # the person who said yes
    method: Mapped[str] = mapped_column(String(12))  # in_person | signature | phone | message
    given_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    recorded_by_name: Mapped[str] = mapped_column(String(60), default="")
    amount_fen: Mapped[int] = mapped_column(Integer, default=0)  # what the yes was for
    note: Mapped[str] = mapped_column(Text, default="")



class StatusEvent(Base):
    """One state change of a work order: from, to, who, when, why."""

    __tablename__ = "status_events"
    __table_args__ = (Index("ix_status_events_order", "order_id", "at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("work_orders.id", ondelete="CASCADE"))
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(Text, default="")



class OrderEvent(Base):
    """Something that happened to an order besides a state change, for its timeline.

    `kind`: line (a labor line's progress), promise (promised time changed), inquiry (a
    customer asked "where is my car"), notice (a message to the customer, marked sent); later
    parts add their own kinds. `data` holds the kind's details as plain JSON.
    """

    __tablename__ = "order_events"
    __table_args__ = (Index("ix_order_events_order", "order_id", "at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("work_orders.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    user_name: Mapped[str] = mapped_column(String(60), default="")
    line_id: Mapped[uuid.UUID | None] = mapped_column()  # no FK: a removed line's event stays
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
