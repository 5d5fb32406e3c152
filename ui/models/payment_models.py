"""Table models of the money side: payment rows being typed, and the cash drawer's totals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.domain.settlement import PAYMENT_METHOD_NAMES, PaymentDraft
from app.services.settlement_reports import Arrear, CashierTotals
from ui import format as fmt
from ui.i18n import app_text
from ui.models.table import RowsModel

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def method_name(method: str) -> str:
    return app_text("PaymentMethod", PAYMENT_METHOD_NAMES.get(method, method))


class PaymentRowsModel(RowsModel[PaymentDraft]):
    """The payments a cashier has typed for one bill (method, amount, reference)."""

    def headers(self) -> list[str]:
        return [self.tr("Method"), self.tr("Amount"), self.tr("Reference")]

    def cell(self, row: PaymentDraft, column: int) -> str:
        return [method_name(row.method), fmt.yuan(row.amount_fen), row.reference][column]

    def cell_role(self, row: PaymentDraft, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return RIGHT
        return None

    def append(self, draft: PaymentDraft) -> None:
        self.set_rows([*self.rows(), draft])

    def remove(self, row: int) -> None:
        rows = self.rows()
        if 0 <= row < len(rows):
            del rows[row]
            self.set_rows(rows)


class DrawerMethodsModel(RowsModel[tuple[str, int]]):
    """The day's money by payment method: (method, fen)."""

    def headers(self) -> list[str]:
        return [self.tr("Method"), self.tr("Received")]

    def cell(self, row: tuple[str, int], column: int) -> str:
        return method_name(row[0]) if column == 0 else fmt.yuan(row[1])

    def cell_role(self, row: tuple[str, int], column: int, role: int) -> Any:
        return RIGHT if role == Qt.ItemDataRole.TextAlignmentRole and column else None


class DrawerCashiersModel(RowsModel[CashierTotals]):
    """The day's money by cashier, one column per method and their total."""

    def __init__(self, methods: tuple[str, ...], parent: Any = None) -> None:
        super().__init__(parent)
        self.methods = methods

    def headers(self) -> list[str]:
        return [self.tr("Cashier"), *(method_name(m) for m in self.methods), self.tr("Total")]

    def cell(self, row: CashierTotals, column: int) -> str:
        if column == 0:
            return row.cashier
        if column <= len(self.methods):
            return fmt.yuan(row.by_method[self.methods[column - 1]])
        return fmt.yuan(row.total_fen)

    def cell_role(self, row: CashierTotals, column: int, role: int) -> Any:
        return RIGHT if role == Qt.ItemDataRole.TextAlignmentRole and column else None


class ArrearsModel(RowsModel[Arrear]):
    """Bills with money still owed (挂账), oldest first, with their age."""

    def headers(self) -> list[str]:
        return [self.tr("Customer"), self.tr("Plate"), self.tr("Receipt"), self.tr("Settled"),
                self.tr("Days"), self.tr("Total"), self.tr("Owed")]

    def cell(self, row: Arrear, column: int) -> str:
        return [row.customer_name, row.plate, row.receipt, fmt.local_date(row.settled_at),
                str(row.age_days), fmt.yuan(row.total_fen), fmt.yuan(row.owed_fen)][column]

    def cell_role(self, row: Arrear, column: int, role: int) -> Any:
        return RIGHT if role == Qt.ItemDataRole.TextAlignmentRole and column >= 4 else None
