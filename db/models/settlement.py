"""The money side of a work order (issue 6): bills, payments, deposits and reversals.

A settlement (结算单) is one bill for an order, with its own receipt number and the amounts
frozen at the moment of payment. Payments are never edited: money taken later against
arrears (挂账) is another payment row pointing at the ORIGINAL bill, and a manager's reversal
is its own record plus a mirror payment per refunded payment, so every day's cash drawer
still adds up. Nothing here is deleted. Imported at the end of db/models.py."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base
from db.types import UTCDateTime, new_id, utcnow


class Settlement(Base):
    """One bill of an order; a reversed bill stays (status "reversed") beside the next one."""

    __tablename__ = "settlements"
    __table_args__ = (
        Index("ix_settlements_order", "order_id"),
        Index("ix_settlements_customer", "customer_id", "owed_fen"),
        Index("ix_settlements_settled_at", "settled_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    number: Mapped[str] = mapped_column(String(32), unique=True)  # receipt no. JS-BR01-…
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("work_orders.id"))
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branches.id"))
    status: Mapped[str] = mapped_column(String(10), default="settled")  # settled | reversed
    labor_fen: Mapped[int] = mapped_column(Integer, default=0)
    parts_fen: Mapped[int] = mapped_column(Integer, default=0)
    other_fen: Mapped[int] = mapped_column(Integer, default=0)
    discount_fen: Mapped[int] = mapped_column(Integer, default=0)
    vat_fen: Mapped[int] = mapped_column(Integer, default=0)
    total_fen: Mapped[int] = mapped_column(Integer, default=0)
    deposit_fen: Mapped[int] = mapped_column(Integer, default=0)  # deposits applied
    due_fen: Mapped[int] = mapped_column(Integer, default=0)  # total - deposits
    paid_fen: Mapped[int] = mapped_column(Integer, default=0)  # received so far, change out
    change_fen: Mapped[int] = mapped_column(Integer, default=0)  # cash handed back
    on_account_fen: Mapped[int] = mapped_column(Integer, default=0)  # left on account at first
    owed_fen: Mapped[int] = mapped_column(Integer, default=0)  # still owed now (arrears)
    cashier_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    cashier_name: Mapped[str] = mapped_column(String(60), default="")
    # The manager who allowed the account (挂账), logged in on the spot.
    approved_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    approved_by_name: Mapped[str] = mapped_column(String(60), default="")
    settled_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # SHA-256 of what the bill froze (db/ledger.settlement_hash); the chained "settle" audit
    # entry holds it too, so a bill edited with its own hash recomputed is still caught.
    content_hash: Mapped[str] = mapped_column(String(64), default="")



class Payment(Base):
    """Money for a bill: at settlement, later against its arrears, or refunded by a reversal.

    `amount_fen` is what counts towards the bill (negative for a refund); cash also keeps
    what was handed over and the change given back, to the fen.
    """

    __tablename__ = "payments"
    __table_args__ = (
        Index("ix_payments_settlement", "settlement_id"),
        Index("ix_payments_paid_at", "paid_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    settlement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("settlements.id"))
    # settlement | arrears | reversal | refund (deposit beyond the bill, given back)
    kind: Mapped[str] = mapped_column(String(12), default="settlement")
    method: Mapped[str] = mapped_column(String(10))  # cash|card|wechat|alipay|transfer|account
    amount_fen: Mapped[int] = mapped_column(Integer)
    tendered_fen: Mapped[int | None] = mapped_column(Integer)  # cash handed over
    change_fen: Mapped[int] = mapped_column(Integer, default=0)
    reference: Mapped[str] = mapped_column(String(60), default="")  # card slip, transfer no.
    cashier_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    cashier_name: Mapped[str] = mapped_column(String(60), default="")
    paid_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)



class Deposit(Base):
    """Money paid ahead on an order (e.g. for expensive parts); the bill applies it."""

    __tablename__ = "deposits"
    __table_args__ = (
        Index("ix_deposits_order", "order_id"),
        Index("ix_deposits_received_at", "received_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("work_orders.id"))
    method: Mapped[str] = mapped_column(String(10))
    amount_fen: Mapped[int] = mapped_column(Integer)
    reference: Mapped[str] = mapped_column(String(60), default="")
    cashier_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    cashier_name: Mapped[str] = mapped_column(String(60), default="")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # The bill that applied it; back to NULL when that bill is reversed.
    settlement_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("settlements.id"))



class SettlementReversal(Base):
    """A manager undid a bill: who, when, why; the order went back to `ready`."""

    __tablename__ = "settlement_reversals"
    __table_args__ = (Index("ix_settlement_reversals_order", "order_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    settlement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("settlements.id"))
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("work_orders.id"))
    reason: Mapped[str] = mapped_column(Text)
    by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    by_name: Mapped[str] = mapped_column(String(60), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    refunded_fen: Mapped[int] = mapped_column(Integer, default=0)
