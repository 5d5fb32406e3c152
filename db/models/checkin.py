"""Check-in sheets (接车检查单) and their photos."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base
from db.types import UTCDateTime, new_id, utcnow


class CheckIn(Base):
    """One version of a car's check-in (接车检查): what it looked like and what was in it.

    Signing locks a version: `content_hash` is the SHA-256 of its canonical content. A change
    afterwards is a new version (the old one stays readable) that must be signed again.
    """

    __tablename__ = "check_ins"
    __table_args__ = (UniqueConstraint("order_id", "version", name="uq_check_ins_version"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("work_orders.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(10), default="draft")  # draft | signed
    checklist: Mapped[list[Any]] = mapped_column(JSON, default=list)  # [{item, state, note}]
    marks: Mapped[list[Any]] = mapped_column(JSON, default=list)  # [{number, x, y, kind, note}]
    fuel_eighths: Mapped[int | None] = mapped_column(Integer)
    battery_percent: Mapped[int | None] = mapped_column(Integer)
    odometer_km: Mapped[int | None] = mapped_column(Integer)
    keys_count: Mapped[int | None] = mapped_column(Integer)
    belongings: Mapped[str] = mapped_column(Text, default="")
    valuables: Mapped[str] = mapped_column(Text, default="")
    photos: Mapped[list[Any]] = mapped_column(JSON, default=list)  # SHA-256 hex of each photo
    signature_strokes: Mapped[list[Any]] = mapped_column(JSON, default=list)
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    signer: Mapped[str] = mapped_column(String(60), default="")
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    advisor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    advisor_name: Mapped[str] = mapped_column(String(60), default="")
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # The draft's edits (two desks on one draft); `version` above numbers the signed versions.
    draft_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_by_name: Mapped[str] = mapped_column(String(60), default="", server_default="")



class CheckInPhoto(Base):
    """A check-in photo's thumbnail, shared by every workstation; the full picture is kept in
    the data folder under its SHA-256 (`photos/ab/abcdef….jpg`)."""

    __tablename__ = "check_in_photos"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary)  # JPEG, 240 px on the long side
    suffix: Mapped[str] = mapped_column(String(8), default=".jpg")
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
