"""The timeline's entries for the end of an order's stay: the completion check, the bill and
its payments, a reversal, and the car handed back with the customer's signature.

`app.services.timeline` reads them with its own (READERS below), so the answer to "where is
my car" and the board's panel read the whole story.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.money import Money
from app.domain.settlement import PAYMENT_METHOD_NAMES
from app.i18n import QT_TRANSLATE_NOOP
from app.services.timeline_entry import TimelineEntry
from db.models import CompletionCheck, Handover, Payment, Settlement, SettlementReversal

PAYMENT_MESSAGES = {
    "settlement": QT_TRANSLATE_NOOP("Timeline", "Paid {amount} ({payment_method})"),
    "arrears": QT_TRANSLATE_NOOP("Timeline", "Paid {amount} owed ({payment_method})"),
    "reversal": QT_TRANSLATE_NOOP("Timeline", "Refunded {amount} ({payment_method})"),
    "refund": QT_TRANSLATE_NOOP("Timeline", "Deposit returned {amount} ({payment_method})"),
}


def _yuan(fen: int) -> str:
    return Money(fen).format_yuan()


def _completion_checks(session: Session, order_id: uuid.UUID) -> Iterable[TimelineEntry]:
    rows = session.execute(
        select(CompletionCheck.checked_at, CompletionCheck.passed, CompletionCheck.reason,
               CompletionCheck.inspector_name)
        .where(CompletionCheck.order_id == order_id))
    for at, passed, reason, inspector in rows:
        yield TimelineEntry(at, "completion", inspector, QT_TRANSLATE_NOOP(
            "Timeline", "Completion check passed") if passed else QT_TRANSLATE_NOOP(
            "Timeline", "Completion check failed: back to work"), {}, reason)


def _bills(session: Session, order_id: uuid.UUID) -> Iterable[TimelineEntry]:
    bills = session.execute(
        select(Settlement.id, Settlement.number, Settlement.total_fen, Settlement.settled_at,
               Settlement.cashier_name, Settlement.on_account_fen)
        .where(Settlement.order_id == order_id)).all()
    for bill in bills:
        message = (QT_TRANSLATE_NOOP("Timeline", "Settled {amount}, receipt {number}; {owed} "
                                     "on account") if bill.on_account_fen else
                   QT_TRANSLATE_NOOP("Timeline", "Settled {amount}, receipt {number}"))
        yield TimelineEntry(bill.settled_at, "settlement", bill.cashier_name, message, {
            "amount": _yuan(bill.total_fen), "number": bill.number,
            "owed": _yuan(bill.on_account_fen)})
    ids = [bill.id for bill in bills]
    if not ids:
        return
    for p in session.scalars(select(Payment).where(Payment.settlement_id.in_(ids))):
        if p.amount_fen == 0:
            continue
        yield TimelineEntry(p.paid_at, "payment", p.cashier_name, PAYMENT_MESSAGES.get(
            p.kind, PAYMENT_MESSAGES["settlement"]), {
            "amount": _yuan(abs(p.amount_fen)),
            "payment_method": PAYMENT_METHOD_NAMES.get(p.method, p.method)}, p.reference)
    for r in session.scalars(select(SettlementReversal)
                             .where(SettlementReversal.order_id == order_id)):
        yield TimelineEntry(r.at, "reversal", r.by_name, QT_TRANSLATE_NOOP(
            "Timeline", "Settlement reversed"), {}, r.reason)


def _handovers(session: Session, order_id: uuid.UUID) -> Iterable[TimelineEntry]:
    rows = session.execute(
        select(Handover.created_at, Handover.signer, Handover.handed_over_by_name,
               Handover.differences)
        .where(Handover.order_id == order_id))
    # Recorded when the car left; the signature's own time is whole seconds (it is hashed).
    for created_at, signer, by, differences in rows:
        yield TimelineEntry(created_at, "handover", by, QT_TRANSLATE_NOOP(
            "Timeline", "Car handed back, signed by {signer}; {n} difference(s) from the "
            "check-in"), {"signer": signer or "—", "n": len(differences or [])})


READERS = (_completion_checks, _bills, _handovers)
