"""What the settlement list (结算清单) and the daily close sheet print: plain frozen data.

Filled by app/services/receipts from the database (names translated, times local, the
warranty worded), so the layouts never query anything and the same bill prints the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.printing.model import PrintLine, PrintTotals, ShopHeader
from app.printing.warranty_words import PaperWarranty


@dataclass(frozen=True)
class ReceiptPayment:
    method: str  # already in the paper's language, e.g. "微信支付"
    amount_fen: int  # towards the bill; negative for a refund
    tendered_fen: int | None = None  # cash handed over
    change_fen: int = 0
    reference: str = ""
    note: str = ""  # e.g. "还款 2026-12-05" for a later payment against arrears


# The warranty by law the repair carries: the one type every paper words the same way.
ReceiptWarranty = PaperWarranty


@dataclass(frozen=True)
class ReceiptDocument:
    shop: ShopHeader
    receipt_number: str  # JS-BR01-20261202-001
    order_number: str  # the work order's number: its barcode goes on the paper
    settled_at: datetime  # local time
    cashier: str
    advisor: str
    customer_name: str
    customer_phone: str
    plate: str
    vehicle: str
    vin: str
    mileage_km: int | None
    repair_type_name: str
    lines: tuple[PrintLine, ...]  # the charged lines only
    totals: PrintTotals
    deposit_fen: int
    due_fen: int
    paid_fen: int
    change_fen: int
    owed_fen: int
    payments: tuple[ReceiptPayment, ...]
    warranty: ReceiptWarranty | None
    reversed: bool = False  # a reversed bill printed again carries a large mark
    approved_by: str = ""  # the manager who allowed money on account
    language: str = "zh_CN"
    printed_at: datetime | None = None

    @property
    def number(self) -> str:
        """What the print preview names the paper by."""
        return self.receipt_number


@dataclass(frozen=True)
class CloseCashier:
    cashier: str
    by_method: tuple[int, ...]  # in the order of CloseDocument.methods
    total_fen: int


@dataclass(frozen=True)
class CloseDocument:
    """The cash drawer's daily close (收银日结单)."""

    shop: ShopHeader
    day: date
    methods: tuple[str, ...]  # names in the paper's language
    by_method: tuple[int, ...]
    cashiers: tuple[CloseCashier, ...]
    received_fen: int
    settled_count: int
    settled_fen: int
    arrears_received_fen: int
    deposits_fen: int
    refunds_fen: int
    change_fen: int
    on_account_fen: int
    language: str = "zh_CN"
    printed_at: datetime | None = None

    @property
    def number(self) -> str:
        return self.day.isoformat()
