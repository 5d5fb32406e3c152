"""Complaints (投诉): what the desk must see when the customer's car comes up again."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base
from db.types import UTCDateTime, new_id


class Complaint(Base):
    """A customer's complaint (投诉) about the shop's work or service, with an owner who must
    reply by a deadline. Not `WorkOrder.complaint`, which is the customer's description of
    what is wrong with the car (客户描述)."""

    __tablename__ = "complaints"
    __table_args__ = (
        Index("ix_complaints_vehicle", "vehicle_id", "status"),
        Index("ix_complaints_customer", "customer_id", "status"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    vehicle_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("vehicles.id"))
    order_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("work_orders.id"))
    channel: Mapped[str] = mapped_column(String(12))  # in_person | phone | message | follow_up
    description: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_by_name: Mapped[str] = mapped_column(String(60), default="")
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    owner_name: Mapped[str] = mapped_column(String(60), default="")
    reply_due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(10), default="open")  # open | closed
    resolution: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_by_name: Mapped[str] = mapped_column(String(60), default="")
