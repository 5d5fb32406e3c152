"""Handing a finished car back: completion checks, pickups, warranties and follow-up call tasks."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base
from db.types import UTCDateTime, new_id, utcnow


class CompletionCheck(Base):
    """One final inspection (竣工检验) of an order: the checklist as found, pass or fail, by whom.

    A failed check sends the car back to work; the next check is a new row, so the history of
    an order that failed twice stays readable.
    """

    __tablename__ = "completion_checks"
    __table_args__ = (Index("ix_completion_checks_order", "order_id", "checked_at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("work_orders.id", ondelete="CASCADE"))
    results: Mapped[list[Any]] = mapped_column(JSON, default=list)  # [{item, passed, note}]
    passed: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(Text, default="")  # why it failed (also in the timeline)
    inspector_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    inspector_name: Mapped[str] = mapped_column(String(60), default="")
    checked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)



class Handover(Base):
    """The car given back (交车): walk-around beside the check-in, odometer out, the customer's
    pickup signature. Locked like a check-in: `content_hash` is the SHA-256 of its content."""

    __tablename__ = "handovers"
    __table_args__ = (Index("ix_handovers_order", "order_id", unique=True),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("work_orders.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(10), default="signed")  # signed | confirmed
    check_in_version: Mapped[int | None] = mapped_column(Integer)  # compared against
    odometer_in_km: Mapped[int | None] = mapped_column(Integer)
    odometer_out_km: Mapped[int | None] = mapped_column(Integer)
    fuel_eighths_out: Mapped[int | None] = mapped_column(Integer)
    battery_percent_out: Mapped[int | None] = mapped_column(Integer)
    new_marks: Mapped[list[Any]] = mapped_column(JSON, default=list)  # found now, numbered on
    differences: Mapped[list[Any]] = mapped_column(JSON, default=list)  # [{kind, text, …}]
    belongings_returned: Mapped[bool] = mapped_column(Boolean, default=True)
    belongings_note: Mapped[str] = mapped_column(Text, default="")
    signature_strokes: Mapped[list[Any]] = mapped_column(JSON, default=list)
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    signer: Mapped[str] = mapped_column(String(60), default="")
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    handed_over_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    handed_over_by_name: Mapped[str] = mapped_column(String(60), default="")
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)



class Warranty(Base):
    """The warranty (质量保证期) an order's car left with: whichever of day or km comes first.

    A comeback's delivery restarts the warranty: a new row (`restarted`) for the comeback
    order, and the old row points at it through `superseded_by_id`.
    """

    __tablename__ = "warranties"
    __table_args__ = (
        Index("ix_warranties_vehicle", "vehicle_id", "until_on"),
        Index("ix_warranties_order", "order_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("work_orders.id", ondelete="CASCADE"))
    vehicle_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("vehicles.id"))
    repair_type: Mapped[str] = mapped_column(String(30))
    km: Mapped[int] = mapped_column(Integer)
    days: Mapped[int] = mapped_column(Integer)
    starts_on: Mapped[date] = mapped_column(Date)
    until_on: Mapped[date] = mapped_column(Date)
    until_km: Mapped[int | None] = mapped_column(Integer)
    restarted: Mapped[bool] = mapped_column(Boolean, default=False)
    superseded_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("warranties.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)



class FollowUp(Base):
    """A follow-up call task (回访) made at delivery; the follow-up desk works through them."""

    __tablename__ = "follow_ups"
    __table_args__ = (
        Index("ix_follow_ups_due", "status", "due_on"),
        Index("ix_follow_ups_order", "order_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("work_orders.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(12), default="call")
    due_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="open")  # open | done
    outcome: Mapped[str] = mapped_column(Text, default="")
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
