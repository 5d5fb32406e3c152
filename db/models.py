"""The shop's records as SQLAlchemy 2.x typed models.

Primary keys are UUIDs so that two branches' rows never collide when merged at head office;
people read the document numbers instead. Times are UTC (see `db.types.UTCDateTime`).
Money columns end in `_fen` and hold integer fen. Later issues extend these tables only through
Alembic migrations.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from db.types import UTCDateTime, new_id, utcnow


class Base(DeclarativeBase):
    pass


class Branch(Base):
    """One shop location; its code goes into every document number (e.g. WX-BR01-...)."""

    __tablename__ = "branches"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    # Plate prefix of the shop's city (e.g. 湘A): a hint for typing plates and for demo data.
    plate_prefix: Mapped[str] = mapped_column(String(4), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class User(Base):
    __tablename__ = "users"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(60))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    branch_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("branches.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


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


class AuditLog(Base):
    """Every change of money, status, customer identity or user rights: who, when, before, after.

    Append-only (the database's triggers refuse UPDATE and DELETE) and hash-chained: `seq`
    numbers the entries without gaps, `entry_hash` covers `prev_hash` and the entry's content
    (db/ledger.py fills all three when the row is inserted).
    """

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_entity", "entity", "entity_id"),
        Index("ix_audit_log_seq", "seq", unique=True),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    # Kept beside the id so the log still reads right after a user is renamed or removed.
    user_name: Mapped[str] = mapped_column(String(60), default="")
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(30))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    seq: Mapped[int | None] = mapped_column(Integer)
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    entry_hash: Mapped[str] = mapped_column(String(64), default="")


class Setting(Base):
    """A shop setting as JSON; app/services/settings knows the keys and their defaults."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class DocumentCounter(Base):
    """The last sequence number handed out per branch, document kind and day."""

    __tablename__ = "document_counters"
    __table_args__ = (UniqueConstraint("branch_id", "kind", "day"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branches.id"))
    kind: Mapped[str] = mapped_column(String(10))
    day: Mapped[date] = mapped_column(Date)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


class SearchEntry(Base):
    """One row of the global search: a car or a customer, with what the result list shows.

    `keys` holds every searchable form (plate with and without province, phones, name, pinyin,
    initials, VIN), lower-case and space-separated; SQLite indexes it with FTS5 trigram
    (`search_fts`, kept in step by triggers) and PostgreSQL with pg_trgm. `SearchKey` rows give
    the exact and prefix matches an index seek.
    """

    __tablename__ = "search_entries"
    __table_args__ = (UniqueConstraint("kind", "ref"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(10))  # vehicle | customer
    ref: Mapped[uuid.UUID] = mapped_column()
    name: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    plate: Mapped[str] = mapped_column(String(12), default="")
    detail: Mapped[str] = mapped_column(String(200), default="")
    keys: Mapped[str] = mapped_column(Text, default="")


class SearchKey(Base):
    __tablename__ = "search_keys"
    __table_args__ = (Index("ix_search_keys_key", "key", "entry_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(100))
    entry_id: Mapped[int] = mapped_column(ForeignKey("search_entries.id", ondelete="CASCADE"))


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


# Complaints (投诉): what the desk must see when the customer's car comes up again.


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


# ---------------------------------------------------------------------------------------------
# Progress (issue 5, revision 0006): the order's timeline beyond its state changes


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


# Issue 6's tables live in modules of their own, registered on Base after the tables above and
# re-exported here beside the others: completion checks, pickups, warranties and follow-ups;
# settlements, payments, deposits and reversals.
# The audit log's hash chain hooks onto AuditLog (issue 10): registered whenever models are.
import db.ledger  # noqa: E402, F401
from db.models_handover import (  # noqa: E402, F401
    CompletionCheck,
    FollowUp,
    Handover,
    Warranty,
)
from db.settlement_models import (  # noqa: E402, F401
    Deposit,
    Payment,
    Settlement,
    SettlementReversal,
)
