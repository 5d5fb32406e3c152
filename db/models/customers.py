"""Customers and their phones."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base
from db.types import UTCDateTime, new_id, utcnow


class Customer(Base):
    """A person or a company that brings cars in."""

    __tablename__ = "customers"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(10), default="person")  # person | company
    name: Mapped[str] = mapped_column(String(100))
    contact_person: Mapped[str] = mapped_column(String(60), default="")
    tax_id: Mapped[str] = mapped_column(String(30), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    credit_allowed: Mapped[bool] = mapped_column(Boolean, default=False)
    # A merged duplicate stays, pointing at the customer it was merged into, so history keeps
    # its links and the merge can be explained later.
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customers.id"))
    branch_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("branches.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # see 0009
    updated_by_name: Mapped[str] = mapped_column(String(60), default="", server_default="")

    phones: Mapped[list[CustomerPhone]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="CustomerPhone.position"
    )



class CustomerPhone(Base):
    __tablename__ = "customer_phones"
    __table_args__ = (Index("ix_customer_phones_number", "number"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    number: Mapped[str] = mapped_column(String(20))  # digits only, normalized
    kind: Mapped[str] = mapped_column(String(10), default="mobile")
    label: Mapped[str] = mapped_column(String(30), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    customer: Mapped[Customer] = relationship(back_populates="phones")
