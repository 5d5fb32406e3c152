"""Filling the settlement list (A4 and 80 mm roll) and the daily close sheet from the database.

The receipt prints the bill as it was settled (the amounts frozen on the Settlement), the
charged lines of the order, every payment, and the warranty by law for the order's repair
type: before delivery the term runs from the day the car leaves, so only the term is printed;
once delivered, the last day and the odometer limit too.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.pricing import CHARGED_APPROVALS
from app.domain.settlement import PAYMENT_METHOD_NAMES, RECEIVED_METHODS
from app.i18n import translated
from app.printing.model import PrintTotals
from app.printing.receipt_labels import words
from app.printing.receipt_model import (
    CloseCashier,
    CloseDocument,
    ReceiptDocument,
    ReceiptPayment,
)
from app.services import order_papers, shop
from app.services.settlement import PaymentView, SettlementView, settlement_view
from app.services.settlement_reports import cash_drawer
from db.models import Settlement, WorkOrder


class NoSettlement(LookupError):
    """The order has not been settled: there is no receipt to print."""


def receipt_document(session: Session, order_id: uuid.UUID, language: str = "zh_CN",
                     printed_at: datetime | None = None) -> ReceiptDocument:
    """The order's bill in force, or (after a reversal) the last one, marked reversed."""
    record_id = session.scalar(
        select(Settlement.id).where(Settlement.order_id == order_id)
        .order_by((Settlement.status == "settled").desc(), Settlement.settled_at.desc())
        .limit(1))
    if record_id is None:
        number = session.scalar(select(WorkOrder.number).where(WorkOrder.id == order_id))
        raise NoSettlement(f"{number} is not settled yet")
    bill = settlement_view(session, record_id)
    order = order_papers.order_document(session, order_id, language, printed_at)
    lines = tuple(replace(line, position=n) for n, line in enumerate(
        (x for x in order.lines if x.approval in CHARGED_APPROVALS), start=1))
    vat_permille = order.totals.vat_rate_permille
    return ReceiptDocument(
        shop=order.shop, receipt_number=bill.number, order_number=order.number,
        settled_at=bill.settled_at.astimezone(), cashier=bill.cashier, advisor=order.advisor,
        customer_name=order.customer_name, customer_phone=order.customer_phone,
        plate=order.plate, vehicle=order.vehicle, vin=order.vin, mileage_km=order.mileage_km,
        repair_type_name=order.repair_type_name, lines=lines,
        totals=PrintTotals(bill.labor_fen, bill.parts_fen, bill.other_fen, bill.discount_fen,
                           bill.total_fen, bill.vat_fen, vat_permille),
        deposit_fen=bill.deposit_fen, due_fen=bill.due_fen, paid_fen=bill.paid_fen,
        change_fen=bill.change_fen, owed_fen=bill.owed_fen,
        payments=tuple(_payment(p, bill, language) for p in bill.payments),
        warranty=order.warranty, reversed=bill.status == "reversed",
        approved_by=bill.approved_by, language=language,
        printed_at=printed_at.astimezone() if printed_at else None,
    )


def _payment(p: PaymentView, bill: SettlementView, language: str) -> ReceiptPayment:
    method = translated("PaymentMethod", PAYMENT_METHOD_NAMES.get(p.method, p.method),
                        language)
    note = ""
    if p.kind == "arrears":
        note = words(language)["later_payment"].format(
            day=p.paid_at.astimezone().date().isoformat())
    elif p.kind == "reversal":
        note = words(language)["refund"]
    elif p.kind == "refund":
        note = words(language)["deposit_refund"]
    return ReceiptPayment(method, p.amount_fen, p.tendered_fen, p.change_fen, p.reference, note)


def close_document(session: Session, day: date, language: str = "zh_CN",
                   printed_at: datetime | None = None) -> CloseDocument:
    drawer = cash_drawer(session, day)
    profile = shop.profile(session)
    methods = tuple(translated("PaymentMethod", PAYMENT_METHOD_NAMES[m], language)
                    for m in RECEIVED_METHODS)
    return CloseDocument(
        shop=order_papers.ShopHeader(profile.name, profile.address, profile.phone,
                                  profile.branch_code),
        day=day, methods=methods, by_method=tuple(drawer.by_method[m] for m in RECEIVED_METHODS),
        cashiers=tuple(CloseCashier(c.cashier, tuple(c.by_method[m] for m in RECEIVED_METHODS),
                                    c.total_fen) for c in drawer.by_cashier),
        received_fen=drawer.received_fen, settled_count=drawer.settled_count,
        settled_fen=drawer.settled_fen, arrears_received_fen=drawer.arrears_received_fen,
        deposits_fen=drawer.deposits_fen, refunds_fen=drawer.refunds_fen,
        change_fen=drawer.change_fen, on_account_fen=drawer.on_account_fen,
        language=language, printed_at=printed_at.astimezone() if printed_at else None,
    )
