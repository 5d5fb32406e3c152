"""Reading the money side: arrears with their age, and the cash drawer's daily close.

The drawer counts money by the day it moved (the shop's local calendar day): payments at
settlement, payments against arrears, deposits taken ahead, and refunds from reversals
(negative). Money left on account is shown beside it, as it is not in the till.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.settlement import RECEIVED_METHODS, age_days
from db.models import Customer, Deposit, Payment, Settlement, Vehicle, WorkOrder


@dataclass(frozen=True)
class Arrear:
    settlement_id: uuid.UUID
    receipt: str
    order_number: str
    customer_id: uuid.UUID
    customer_name: str
    plate: str
    settled_at: datetime
    total_fen: int
    owed_fen: int
    age_days: int


@dataclass(frozen=True)
class OwedSummary:
    """What a customer still owes, for the desk banner: total, how many bills, oldest age."""

    owed_fen: int
    bills: int
    oldest_days: int


def arrears(session: Session, customer_id: uuid.UUID | None = None,
            today: date | None = None) -> list[Arrear]:
    """Bills with money still owed, oldest first (all customers, or one)."""
    today = today or datetime.now(UTC).astimezone().date()
    query = (
        select(Settlement.id, Settlement.number, WorkOrder.number, Customer.id, Customer.name,
               Vehicle.plate, Settlement.settled_at, Settlement.total_fen, Settlement.owed_fen)
        .join(WorkOrder, WorkOrder.id == Settlement.order_id)
        .join(Customer, Customer.id == Settlement.customer_id)
        .join(Vehicle, Vehicle.id == WorkOrder.vehicle_id)
        .where(Settlement.owed_fen > 0, Settlement.status == "settled")
        .order_by(Settlement.settled_at)
    )
    if customer_id is not None:
        query = query.where(Settlement.customer_id == customer_id)
    return [
        Arrear(r[0], r[1], r[2], r[3], r[4], r[5] or "", r[6], r[7], r[8],
               age_days(r[6].astimezone().date(), today))
        for r in session.execute(query)
    ]


def owed_by(session: Session, customer_id: uuid.UUID, today: date | None = None
            ) -> OwedSummary | None:
    """One indexed query: the customer's open arrears, or None when nothing is owed."""
    row = session.execute(
        select(func.sum(Settlement.owed_fen), func.count(), func.min(Settlement.settled_at))
        .where(Settlement.customer_id == customer_id, Settlement.owed_fen > 0,
               Settlement.status == "settled")
    ).one()
    if not row[1]:
        return None
    today = today or datetime.now(UTC).astimezone().date()
    return OwedSummary(int(row[0]), int(row[1]), age_days(row[2].astimezone().date(), today))


@dataclass(frozen=True)
class CashierTotals:
    cashier: str
    by_method: dict[str, int]
    total_fen: int


@dataclass(frozen=True)
class CashDrawer:
    """One day's money for the daily close (日结)."""

    day: date
    by_method: dict[str, int]  # money received, every method in RECEIVED_METHODS
    by_cashier: tuple[CashierTotals, ...]
    received_fen: int  # all methods together
    settled_count: int  # bills settled that day (reversed ones included)
    settled_fen: int  # their totals
    arrears_received_fen: int  # paid that day against older bills left on account
    deposits_fen: int  # taken ahead on open orders
    refunds_fen: int  # given back by reversals and deposits beyond a bill (a positive number)
    change_fen: int  # cash handed back as change (already out of the cash total)
    on_account_fen: int  # left on account that day (not money in the till)


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """The shop's local calendar day as a UTC range (times are stored in UTC)."""
    start = datetime.combine(day, time()).astimezone()
    return start.astimezone(UTC), (start + timedelta(days=1)).astimezone(UTC)


def cash_drawer(session: Session, day: date) -> CashDrawer:
    start, end = day_bounds(day)
    moved: list[tuple[str, str, str, int, int]] = [
        (r.kind, r.method, r.cashier_name, r.amount_fen, r.change_fen)
        for r in session.execute(
            select(Payment.kind, Payment.method, Payment.cashier_name, Payment.amount_fen,
                   Payment.change_fen)
            .where(Payment.paid_at >= start, Payment.paid_at < end))
    ]
    moved += [
        ("deposit", r.method, r.cashier_name, r.amount_fen, 0)
        for r in session.execute(
            select(Deposit.method, Deposit.cashier_name, Deposit.amount_fen)
            .where(Deposit.received_at >= start, Deposit.received_at < end))
    ]
    by_method = dict.fromkeys(RECEIVED_METHODS, 0)
    cashiers: dict[str, dict[str, int]] = {}
    for _kind, method, cashier, amount, _change in moved:
        if method in by_method:
            by_method[method] += amount
            per = cashiers.setdefault(cashier, dict.fromkeys(RECEIVED_METHODS, 0))
            per[method] += amount
    bills = session.execute(
        select(func.count(), func.coalesce(func.sum(Settlement.total_fen), 0))
        .where(Settlement.settled_at >= start, Settlement.settled_at < end)).one()
    return CashDrawer(
        day=day, by_method=by_method,
        by_cashier=tuple(CashierTotals(name, per, sum(per.values()))
                         for name, per in sorted(cashiers.items())),
        received_fen=sum(by_method.values()),
        settled_count=int(bills[0]), settled_fen=int(bills[1]),
        arrears_received_fen=sum(m[3] for m in moved if m[0] == "arrears"),
        deposits_fen=sum(m[3] for m in moved if m[0] == "deposit"),
        refunds_fen=-sum(m[3] for m in moved
                         if m[0] in ("reversal", "refund") and m[1] != "account"),
        change_fen=sum(m[4] for m in moved),
        on_account_fen=sum(m[3] for m in moved if m[1] == "account"),
    )
