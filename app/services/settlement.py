"""Settling a ready order (结算): the bill, the payments, arrears, deposits and reversals.

`settle` moves `ready → settled` through order_flow's move (StatusEvent + audit) and writes a
Settlement with its own receipt number and the payments; the bill then stays as it was paid:
the order is no longer editable (orders.save_order refuses it) and only a manager's `reverse`
takes it back to `ready`, as its own record, refunding each payment by a mirror row so the
day's drawer still adds up. Money left on account (挂账) needs a customer allowed credit and a
manager who logs in on the spot; it is then arrears, paid later against the original bill.
The reading side (arrears lists, the cash drawer) is in settlement_reports.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.errors import InputError, InputErrors
from app.domain.permissions import Permission
from app.domain.settlement import (
    PAYMENT_METHOD_NAMES,
    PaymentDraft,
    PaymentPlan,
    PlannedPayment,
    check_arrears_payment,
    due_of,
    plan_payments,
)
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit, order_flow, orders, shop
from app.services.actor import Actor, may, require
from app.services.order_flow import MoveRefused
from db import ledger
from db.models import Customer, Deposit, Payment, Settlement, SettlementReversal, WorkOrder

RECEIPT_PREFIX = "JS"  # 结算: the receipt number's prefix, numbered like work orders


class CreditNeedsApproval(Exception):
    """Money left on account needs a manager's login on the spot."""

    def __init__(self, on_account_fen: int) -> None:
        self.on_account_fen = on_account_fen
        super().__init__(f"{on_account_fen} fen on account needs a manager's approval")


@dataclass(frozen=True)
class Bill:
    """What the customer is asked to pay for a ready order."""

    order_id: uuid.UUID
    number: str
    status: str
    customer_id: uuid.UUID
    customer_name: str
    plate: str
    credit_allowed: bool
    labor_fen: int
    parts_fen: int
    other_fen: int
    discount_fen: int
    vat_fen: int
    total_fen: int
    deposits_fen: int  # paid ahead and not yet applied
    deposit_applied_fen: int
    due_fen: int
    version: int


@dataclass(frozen=True)
class PaymentView:
    kind: str  # settlement | arrears | reversal | refund (a deposit beyond the bill)
    method: str
    amount_fen: int
    tendered_fen: int | None
    change_fen: int
    reference: str
    cashier: str
    paid_at: datetime


@dataclass(frozen=True)
class SettlementView:
    id: uuid.UUID
    number: str
    order_id: uuid.UUID
    status: str  # settled | reversed
    labor_fen: int
    parts_fen: int
    other_fen: int
    discount_fen: int
    vat_fen: int
    total_fen: int
    deposit_fen: int
    due_fen: int
    paid_fen: int
    change_fen: int
    on_account_fen: int
    owed_fen: int
    cashier: str
    approved_by: str
    settled_at: datetime
    payments: tuple[PaymentView, ...]


def bill(session: Session, order_id: uuid.UUID) -> Bill:
    """The bill from the order's charged lines (approved; declined and awaiting are not)."""
    view = orders.load_order(session, order_id)
    customer = session.get_one(Customer, view.customer_id)
    deposits = session.scalar(
        select(func.coalesce(func.sum(Deposit.amount_fen), 0))
        .where(Deposit.order_id == order_id, Deposit.settlement_id.is_(None))) or 0
    t = view.totals
    applied, due = due_of(t.total_fen, deposits)
    return Bill(view.id, view.number, view.status, customer.id, customer.name, view.plate,
                customer.credit_allowed, t.labor_fen, t.parts_fen, t.other_fen, t.discount_fen,
                t.vat_fen, t.total_fen, deposits, applied, due, view.version)


def settle(session: Session, actor: Actor, order_id: uuid.UUID,
           payments: Sequence[PaymentDraft], approved_by: Actor | None = None,
           now: datetime | None = None) -> SettlementView:
    """Take the payments for a ready order and settle it (ready → settled).

    Raises MoveRefused (not ready), InputErrors (payments do not cover the amount due, or
    the customer has no credit) or CreditNeedsApproval; nothing is written then.
    """
    require(session, actor, Permission.SETTLE)
    now = now or datetime.now(UTC)
    order = order_flow.locked_order(session, order_id)
    if order.status != "ready":
        raise MoveRefused(order.number, order.status, "settled")
    current = bill(session, order_id)
    plan = plan_payments(current.due_fen, payments)
    if plan.needs_credit:
        _check_credit(session, current, plan, approved_by)
    number = shop.next_document_number(session, RECEIPT_PREFIX, now.astimezone().date())
    record = Settlement(
        number=number, order_id=order.id, customer_id=order.customer_id,
        branch_id=order.branch_id, status="settled", labor_fen=current.labor_fen,
        parts_fen=current.parts_fen, other_fen=current.other_fen,
        discount_fen=current.discount_fen, vat_fen=current.vat_fen,
        total_fen=current.total_fen, deposit_fen=current.deposit_applied_fen,
        due_fen=current.due_fen, paid_fen=plan.paid_fen, change_fen=plan.change_fen,
        on_account_fen=plan.on_account_fen, owed_fen=plan.on_account_fen,
        cashier_id=actor.user_id, cashier_name=actor.display_name,
        approved_by_id=approved_by.user_id if plan.needs_credit and approved_by else None,
        approved_by_name=approved_by.display_name if plan.needs_credit and approved_by else "",
        settled_at=now,
    )
    record.id = uuid.uuid4()
    record.content_hash = ledger.settlement_hash(record)
    session.add(record)
    session.flush()
    for planned in plan.payments:
        session.add(_payment(record.id, "settlement", planned, actor, now))
    for deposit in session.scalars(select(Deposit).where(
            Deposit.order_id == order.id, Deposit.settlement_id.is_(None))):
        deposit.settlement_id = record.id
    excess = current.deposits_fen - current.deposit_applied_fen
    if excess > 0:  # more paid ahead than the bill: the rest goes back, in cash, from the till
        session.add(_payment(record.id, "refund", PlannedPayment(
            "cash", -excess, None, 0, "deposit"), actor, now))
    order_flow.move(session, actor, order, "settled", f"receipt {number}", now)
    audit.record(session, actor, "settlement", record.id, "settle", None, {
        "order": order.number, "receipt": number, "total_fen": record.total_fen,
        "deposit_fen": record.deposit_fen, "due_fen": record.due_fen,
        "payments": [[p.method, p.amount_fen, p.tendered_fen, p.change_fen]
                     for p in plan.payments],
        "owed_fen": record.owed_fen, "approved_by": record.approved_by_name,
        "deposit_refunded_fen": max(0, excess), "hash": record.content_hash,
    })
    session.flush()
    return _view(session, record)


def _check_credit(session: Session, current: Bill, plan: PaymentPlan,
                  approved_by: Actor | None) -> None:
    if not current.credit_allowed:
        raise InputErrors([InputError("payments", QT_TRANSLATE_NOOP(
            "InputError", "{customer} may not leave money on account (挂账): the customer "
            "has no credit with the shop. Take another payment method."),
            customer=current.customer_name)])
    # The approver is checked like the user: a login the auth service issued, its role now.
    if approved_by is None or not may(session, approved_by, Permission.CREDIT_APPROVE):
        raise CreditNeedsApproval(plan.on_account_fen)


def _payment(settlement_id: uuid.UUID, kind: str, planned: PlannedPayment, actor: Actor,
             now: datetime) -> Payment:
    return Payment(
        settlement_id=settlement_id, kind=kind, method=planned.method,
        amount_fen=planned.amount_fen, tendered_fen=planned.tendered_fen,
        change_fen=planned.change_fen, reference=planned.reference, cashier_id=actor.user_id,
        cashier_name=actor.display_name, paid_at=now)


def reverse(session: Session, manager: Actor, order_id: uuid.UUID, reason: str,
            now: datetime | None = None) -> uuid.UUID:
    """A manager undoes the order's settlement (settled → ready); returns the reversal's id.

    The bill stays, marked reversed; each payment taken for it is refunded by a mirror row
    (what the drawer gives back), money on account is no longer owed, deposits go back to
    the order for the next bill. Nothing is deleted.
    """
    require(session, manager, Permission.SETTLEMENT_REVERSE)
    now = now or datetime.now(UTC)
    if not reason.strip():
        raise InputErrors([InputError("reason", QT_TRANSLATE_NOOP(
            "InputError", "Say why the settlement is reversed; the reason is kept."))])
    order = order_flow.locked_order(session, order_id)
    record = _current(session, order.id)
    if order.status != "settled" or record is None:
        raise MoveRefused(order.number, order.status, "ready")
    refunded = 0
    for paid in list(session.scalars(select(Payment).where(
            Payment.settlement_id == record.id, Payment.kind != "reversal",
            Payment.method != "account"))):
        refunded += paid.amount_fen
        session.add(Payment(
            settlement_id=record.id, kind="reversal", method=paid.method,
            amount_fen=-paid.amount_fen, tendered_fen=None, change_fen=0,
            reference=paid.reference, cashier_id=manager.user_id,
            cashier_name=manager.display_name, paid_at=now))
    before = {"status": record.status, "owed_fen": record.owed_fen}
    reversal = SettlementReversal(
        settlement_id=record.id, order_id=order.id, reason=reason.strip(),
        by_id=manager.user_id, by_name=manager.display_name, at=now, refunded_fen=refunded)
    session.add(reversal)
    session.flush()  # the reversal row first: the database lets a bill be marked reversed
    record.status, record.owed_fen = "reversed", 0  # only once its reversal exists (0008)
    for deposit in session.scalars(select(Deposit).where(Deposit.settlement_id == record.id)):
        deposit.settlement_id = None
    order_flow.move(session, manager, order, "ready",
                    f"settlement {record.number} reversed: {reason.strip()}", now)
    session.flush()
    audit.record(session, manager, "settlement", record.id, "reverse", before, {
        "status": "reversed", "owed_fen": 0, "refunded_fen": refunded,
        "reason": reason.strip()})
    return reversal.id


def pay_arrears(session: Session, actor: Actor, settlement_id: uuid.UUID,
                payment: PaymentDraft, now: datetime | None = None) -> PlannedPayment:
    """Money brought in against a bill left on account, recorded on that original bill."""
    require(session, actor, Permission.SETTLE)
    now = now or datetime.now(UTC)
    record = session.scalar(select(Settlement).where(Settlement.id == settlement_id)
                            .with_for_update())
    if record is None:
        raise LookupError(f"no settlement {settlement_id}")
    if record.status != "settled" or record.owed_fen <= 0:
        raise InputErrors([InputError("amount", QT_TRANSLATE_NOOP(
            "InputError", "Nothing is owed on receipt {number}."), number=record.number)])
    planned = check_arrears_payment(record.owed_fen, payment)
    before = {"owed_fen": record.owed_fen, "paid_fen": record.paid_fen}
    session.add(_payment(record.id, "arrears", planned, actor, now))
    session.flush()  # the payment first: the database checks owed_fen against the payments
    record.owed_fen -= planned.amount_fen
    record.paid_fen += planned.amount_fen
    audit.record(session, actor, "settlement", record.id, "arrears_paid", before, {
        "owed_fen": record.owed_fen, "paid_fen": record.paid_fen, "method": planned.method,
        "amount_fen": planned.amount_fen, "change_fen": planned.change_fen})
    session.flush()
    return planned


def take_deposit(session: Session, actor: Actor, order_id: uuid.UUID, payment: PaymentDraft,
                 now: datetime | None = None) -> uuid.UUID:
    """Money paid ahead on an open order (e.g. half the price of parts ordered for it)."""
    require(session, actor, Permission.SETTLE)
    now = now or datetime.now(UTC)
    order = session.get(WorkOrder, order_id)
    if order is None:
        raise LookupError(f"no work order {order_id}")
    if order.status in {"settled", "delivered", "cancelled"}:
        raise orders.OrderLocked(order.number, order.status)
    if payment.method not in PAYMENT_METHOD_NAMES or payment.method == "account":
        raise InputErrors([InputError("method", QT_TRANSLATE_NOOP(
            "InputError", "Choose how the customer pays the deposit."))])
    if payment.amount_fen <= 0:
        raise InputErrors([InputError("amount", QT_TRANSLATE_NOOP(
            "InputError", "Type the amount the customer pays, more than 0."))])
    deposit = Deposit(order_id=order.id, method=payment.method, amount_fen=payment.amount_fen,
                      reference=payment.reference.strip(), cashier_id=actor.user_id,
                      cashier_name=actor.display_name, received_at=now)
    session.add(deposit)
    session.flush()
    audit.record(session, actor, "work_order", order.id, "deposit", None,
                 {"method": payment.method, "amount_fen": payment.amount_fen})
    return deposit.id


def _current(session: Session, order_id: uuid.UUID) -> Settlement | None:
    return session.scalar(
        select(Settlement).where(Settlement.order_id == order_id,
                                 Settlement.status == "settled")
        .order_by(Settlement.settled_at.desc()).limit(1))


def current_settlement(session: Session, order_id: uuid.UUID) -> SettlementView | None:
    """The order's bill in force (None before settlement and after a reversal)."""
    record = _current(session, order_id)
    return _view(session, record) if record is not None else None


def settlement_view(session: Session, settlement_id: uuid.UUID) -> SettlementView:
    return _view(session, session.get_one(Settlement, settlement_id))


def _view(session: Session, record: Settlement) -> SettlementView:
    payments = tuple(
        PaymentView(p.kind, p.method, p.amount_fen, p.tendered_fen, p.change_fen, p.reference,
                    p.cashier_name, p.paid_at)
        for p in session.scalars(select(Payment).where(Payment.settlement_id == record.id)
                                 .order_by(Payment.paid_at, Payment.kind)))
    return SettlementView(
        record.id, record.number, record.order_id, record.status, record.labor_fen,
        record.parts_fen, record.other_fen, record.discount_fen, record.vat_fen,
        record.total_fen, record.deposit_fen, record.due_fen, record.paid_fen,
        record.change_fen, record.on_account_fen, record.owed_fen, record.cashier_name,
        record.approved_by_name, record.settled_at, payments)
