"""The shop's catalog: labour operations, parts, packages and the quick phrases."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base
from db.types import UTCDateTime, new_id


class LaborOperation(Base):
    """A labor operation of the shop's catalog (工时项目): standard hours × the hourly rate."""

    __tablename__ = "labor_operations"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(20), default="repair")
    standard_hours_milli: Mapped[int] = mapped_column(Integer, default=1000)
    warranty_months: Mapped[int | None] = mapped_column(Integer)
    warranty_km: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # see 0009
    updated_by_name: Mapped[str] = mapped_column(String(60), default="", server_default="")
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)



class Part(Base):
    """A part of the parts catalog (配件) with its price and stock on hand."""

    __tablename__ = "parts"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    brand: Mapped[str] = mapped_column(String(60), default="")
    unit: Mapped[str] = mapped_column(String(8), default="个")
    price_fen: Mapped[int] = mapped_column(Integer, default=0)  # selling price, tax-inclusive
    cost_fen: Mapped[int] = mapped_column(Integer, default=0)
    stock_milli: Mapped[int] = mapped_column(Integer, default=0)
    source: Mapped[str] = mapped_column(String(12), default="brand")
    warranty_months: Mapped[int | None] = mapped_column(Integer)
    warranty_km: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # see 0009
    updated_by_name: Mapped[str] = mapped_column(String(60), default="", server_default="")
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)



class Package(Base):
    """A canned job (套餐, e.g. 小保养 = oil + filter + labor): its items become lines at once."""

    __tablename__ = "packages"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(20), default="maintenance")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # see 0009
    updated_by_name: Mapped[str] = mapped_column(String(60), default="", server_default="")
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    items: Mapped[list[PackageItem]] = relationship(
        back_populates="package", cascade="all, delete-orphan", order_by="PackageItem.position"
    )



class PackageItem(Base):
    """One line of a package: a labor operation or part by code, or a fee with its own price."""

    __tablename__ = "package_items"
    __table_args__ = (Index("ix_package_items_package", "package_id", "position"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    package_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("packages.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(10))  # labor | part | fee
    code: Mapped[str] = mapped_column(String(40), default="")
    description: Mapped[str] = mapped_column(String(200), default="")
    quantity_milli: Mapped[int] = mapped_column(Integer, default=1000)
    unit_price_fen: Mapped[int | None] = mapped_column(Integer)  # None: the catalog's price

    package: Mapped[Package] = relationship(back_populates="items")



class QuickPhrase(Base):
    """A phrase the desk clicks instead of typing a customer's description (异响, 抖动 …)."""

    __tablename__ = "quick_phrases"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    text: Mapped[str] = mapped_column(String(100), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # see 0009
    updated_by_name: Mapped[str] = mapped_column(String(60), default="", server_default="")
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
