"""The global search's results as a table: kind, plate, name, phone, detail; best match first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ui import format as fmt
from ui.i18n import status_name
from ui.models.table import RowsModel

KIND_COLOURS = {"vehicle": "#1565c0", "customer": "#2e7d32", "order": "#ef6c00"}


class SearchResultModel(RowsModel[Any]):
    """Rows are `app.services.search.SearchResult` (kind, ref, name, phone, plate, detail)."""

    KIND, PLATE, NAME, PHONE, DETAIL = range(5)

    def headers(self) -> list[str]:
        return [self.tr("Kind"), self.tr("Plate"), self.tr("Name"), self.tr("Phone"),
                self.tr("Detail")]

    def kind_label(self, kind: str) -> str:
        return {
            "vehicle": self.tr("Car"),
            "customer": self.tr("Customer"),
            "order": self.tr("Work order"),
        }.get(kind, kind)

    def cell(self, row: Any, column: int) -> str:
        if column == self.KIND:
            return self.kind_label(row.kind)
        if column == self.PHONE:
            return fmt.phone(row.phone) if row.phone else ""
        if column == self.DETAIL and row.kind == "order":
            return " ".join(status_name(word) for word in row.detail.split())
        return str((row.plate, row.name, row.phone, row.detail)[column - 1] or "")

    def cell_role(self, row: Any, column: int, role: int) -> Any:
        if column == self.KIND and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(KIND_COLOURS.get(row.kind, "#555555")))
        if column in (self.KIND, self.PLATE) and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return " · ".join(self.cell(row, c) for c in range(5) if self.cell(row, c))
        return None
