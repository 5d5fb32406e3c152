"""The work order's lines as an editable table: quantities, prices and discounts typed in place.

What is typed is parsed by app/domain (quantity, money, discount); a refusal is reported
through `refused` with the line and field, and the cell keeps its old value. The model holds
`LineDraft`s; the editor page saves them through app/services/orders.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.errors import InputError
from app.domain.money import Money
from app.domain.pricing import format_quantity, parse_discount, parse_quantity
from app.domain.workorder import APPROVAL_NAMES, LINE_KIND_NAMES, PART_SOURCE_NAMES
from app.i18n import QT_TRANSLATE_NOOP
from app.services.orders import LineDraft, LineView
from ui import format as fmt
from ui.i18n import app_text
from ui.models.table import RowsModel

Index = QModelIndex | QPersistentModelIndex
NEGATIVE_PRICE = QT_TRANSLATE_NOOP("InputError", "A price cannot be negative; use a discount.")
LINE_PROBLEM = QT_TRANSLATE_NOOP("InputError", "Line {line}: {problem}")
(NUMBER, KIND, CODE, DESCRIPTION, QUANTITY, UNIT, PRICE, DISCOUNT, TOTAL, SOURCE,
 TECHNICIAN, DECISION) = range(12)
EDITABLE = {CODE, DESCRIPTION, QUANTITY, UNIT, PRICE, DISCOUNT, TECHNICIAN}
MONEY_COLUMNS = {PRICE, DISCOUNT, TOTAL}
AWAITING = QColor("#fff3cd")  # amber: the workshop may not do it yet
DECLINED = QColor("#9e9e9e")


class LinesModel(RowsModel[LineDraft]):
    changed = Signal()  # any line added, edited or removed: totals are recomputed
    refused = Signal(int, object)  # row, InputError

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editable = True
        self.technicians: dict[uuid.UUID, str] = {}  # who a labor line can be given to

    def headers(self) -> list[str]:
        return ["#", self.tr("Kind"), self.tr("Code"), self.tr("Description"), self.tr("Qty"),
                self.tr("Unit"), self.tr("Unit price"), self.tr("Discount"), self.tr("Total"),
                self.tr("Source"), self.tr("Technician"), self.tr("Decision")]

    def cell(self, row: LineDraft, column: int) -> str:
        if column == KIND:
            return app_text("LineKind", LINE_KIND_NAMES.get(row.kind, row.kind))
        if column == QUANTITY:
            return format_quantity(row.quantity_milli)
        if column == PRICE:
            return fmt.yuan(row.unit_price_fen)
        if column == DISCOUNT:
            return fmt.yuan(row.discount_fen) if row.discount_fen else ""
        if column == TOTAL:
            return fmt.yuan(row.priced().total_fen)
        if column == SOURCE:
            return app_text("PartSource", PART_SOURCE_NAMES[row.source]) if row.source else ""
        if column == TECHNICIAN:
            if row.technician_id is None:
                return ""
            return self.technicians.get(row.technician_id) or getattr(row, "technician", "")
        if column == DECISION:
            text = app_text("Approval", APPROVAL_NAMES.get(row.approval, row.approval))
            if isinstance(row, LineView) and row.added:
                text = self.tr("Added · {state}").format(state=text)
            return text
        return {CODE: row.code, DESCRIPTION: row.description, UNIT: row.unit}.get(column, "")

    def cell_role(self, row: LineDraft, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in MONEY_COLUMNS | {QUANTITY}:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (SOURCE, DECISION):
            return self.cell(row, column) or None  # in full where the column cuts it short
        if role == Qt.ItemDataRole.BackgroundRole and row.approval == "awaiting":
            return QBrush(AWAITING)
        if role == Qt.ItemDataRole.ForegroundRole and row.approval == "declined":
            return QBrush(DECLINED)
        if role == Qt.ItemDataRole.FontRole and row.approval == "declined":
            font = QFont()
            font.setStrikeOut(column in MONEY_COLUMNS)
            return font
        if role == Qt.ItemDataRole.EditRole:
            return {
                QUANTITY: format_quantity(row.quantity_milli),
                PRICE: str(Money(row.unit_price_fen)),
                DISCOUNT: str(Money(row.discount_fen)) if row.discount_fen else "",
            }.get(column, self.cell(row, column))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == NUMBER and role in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return str(index.row() + 1)  # lines may be equal: the number is the row's place
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        row = self.row_at(index)
        if self.editable and index.column() in EDITABLE and row is not None and (
                index.column() != TECHNICIAN or row.kind == "labor"):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_at(index)
        if row is None or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value)
        where = f"line_{index.row() + 1}"
        try:
            new = self._edited(row, index.column(), text, where)
        except InputError as e:
            self.refused.emit(index.row(), InputError(
                e.field, LINE_PROBLEM, line=index.row() + 1,
                problem=app_text("InputError", e.message, **e.params)))
            return False
        if new == row:
            return False
        self._rows[index.row()] = new
        self.dataChanged.emit(self.index(index.row(), 0),
                              self.index(index.row(), self.columnCount() - 1))
        self.changed.emit()
        return True

    def _edited(self, row: LineDraft, column: int, text: str, where: str) -> LineDraft:
        if column == TECHNICIAN:  # the delegate hands over the chosen person's id, or ""
            return replace(row, technician_id=uuid.UUID(text) if text else None)
        if column == QUANTITY:
            return replace(row, quantity_milli=parse_quantity(text, f"{where}.quantity"))
        if column == PRICE:
            try:
                fen = Money.parse(text).fen
            except InputError as e:
                raise e.for_field(f"{where}.price") from None
            if fen < 0:
                raise InputError(f"{where}.price", NEGATIVE_PRICE)
            return replace(row, unit_price_fen=fen)
        if column == DISCOUNT:
            return replace(row, discount_fen=parse_discount(text, row.priced().gross_fen,
                                                            f"{where}.discount"))
        if column == CODE:
            return replace(row, code=text.strip())
        if column == UNIT:
            return replace(row, unit=text.strip()[:8])
        return replace(row, description=text)

    # Whole-line changes
    def add(self, lines: list[LineDraft]) -> int:
        """Append lines; returns the row of the first one."""
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(lines) - 1)
        self._rows.extend(lines)
        self.endInsertRows()
        self.changed.emit()
        return first

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self._renumber()
            self.changed.emit()

    def move(self, row: int, step: int) -> int:
        target = row + step
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)):
            return row
        self.beginResetModel()
        self._rows[row], self._rows[target] = self._rows[target], self._rows[row]
        self.endResetModel()
        self.changed.emit()
        return target

    def set_decision(self, row: int, approval: str) -> None:
        """Before approval the desk marks a line the customer says no to (or takes it back)."""
        line = self.row_at(row)
        if line is None or line.approval not in {"pending", "declined"}:
            return
        self._rows[row] = replace(line, approval=approval)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.changed.emit()

    def _renumber(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, NUMBER), self.index(len(self._rows) - 1, NUMBER))
