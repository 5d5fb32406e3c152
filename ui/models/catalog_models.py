"""The catalog pages' tables: labor operations, parts, packages and their lines, quick phrases."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.pricing import format_quantity
from app.domain.workorder import LINE_KIND_NAMES, PART_SOURCE_NAMES
from app.services.catalog import LaborInfo, PackageInfo, PackageItemInfo, PartInfo, PhraseInfo
from app.services.catalog_search import LABOR_UNIT
from ui.format import yuan
from ui.i18n import app_text, category_name
from ui.models.table import RowsModel

OFF = QColor("#8a8a8a")
NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def source_name(source: str) -> str:
    return app_text("PartSource", PART_SOURCE_NAMES[source]) if source in PART_SOURCE_NAMES \
        else source


def kind_name(kind: str) -> str:
    return app_text("LineKind", LINE_KIND_NAMES[kind]) if kind in LINE_KIND_NAMES else kind


def warranty(months: int | None, km: int | None) -> str:
    """"12 months / 20,000 km", either part left out when the item has none."""
    parts = []
    if months is not None:
        parts.append(QCoreApplication.translate("CatalogModel", "{n} months").format(n=months))
    if km is not None:
        parts.append(f"{km:,} km")
    return " / ".join(parts)


class CatalogModel(RowsModel[Any]):
    """Rows that can be switched off: greyed out, and told so in the last column.

    Texts of this base class are translated under its own name (PySide's `tr` would look them
    up under the subclass's).
    """

    NUMBER_COLUMNS: tuple[int, ...] = ()

    def state(self, row: Any) -> str:
        if row.active:
            return QCoreApplication.translate("CatalogModel", "In use")
        return QCoreApplication.translate("CatalogModel", "Switched off")

    def cell_role(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(OFF)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMBER_COLUMNS:
            return NUMBER
        return None


class LaborModel(CatalogModel):
    CODE, NAME, CATEGORY, HOURS, WARRANTY, STATE = range(6)
    NUMBER_COLUMNS = (HOURS,)

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Operation"), self.tr("Category"),
                self.tr("Standard hours"), self.tr("Warranty"), self.tr("State")]

    def cell(self, row: LaborInfo, column: int) -> str:
        return (row.code, row.name, category_name(row.category),
                format_quantity(row.standard_hours_milli),
                warranty(row.warranty_months, row.warranty_km), self.state(row))[column]


class PartsModel(CatalogModel):
    CODE, NAME, BRAND, UNIT, PRICE, COST, STOCK, SOURCE, WARRANTY, STATE = range(10)
    NUMBER_COLUMNS = (PRICE, COST, STOCK)

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Part"), self.tr("Brand"), self.tr("Unit"),
                self.tr("Price"), self.tr("Cost"), self.tr("Stock"), self.tr("Source"),
                self.tr("Warranty"), self.tr("State")]

    def cell(self, row: PartInfo, column: int) -> str:
        return (row.code, row.name, row.brand, row.unit, yuan(row.price_fen), yuan(row.cost_fen),
                format_quantity(row.stock_milli), source_name(row.source),
                warranty(row.warranty_months, row.warranty_km),
                self.state(row))[column]

    def cell_role(self, row: PartInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STOCK and row.active \
                and row.stock_milli <= 0:
            return QBrush(QColor("#c62828"))  # nothing on the shelf
        return super().cell_role(row, column, role)


class PackagesModel(CatalogModel):
    CODE, NAME, CATEGORY, LINES, PRICE, STATE = range(6)
    NUMBER_COLUMNS = (LINES, PRICE)

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Package"), self.tr("Category"), self.tr("Lines"),
                self.tr("Price now"), self.tr("State")]

    def cell(self, row: PackageInfo, column: int) -> str:
        return (row.code, row.name, category_name(row.category), str(len(row.items)),
                yuan(row.total_fen), self.state(row))[column]


class PackageItemsModel(RowsModel[PackageItemInfo]):
    """A package's lines as the order will get them: labor in hours at the hourly rate."""

    KIND, CODE, DESCRIPTION, QUANTITY, UNIT, PRICE, AMOUNT = range(7)

    def headers(self) -> list[str]:
        return [self.tr("Kind"), self.tr("Code"), self.tr("Description"), self.tr("Quantity"),
                self.tr("Unit"), self.tr("Unit price"), self.tr("Amount")]

    def cell(self, row: PackageItemInfo, column: int) -> str:
        line = row.line
        if line is None:
            values = (kind_name(row.kind), row.code, self.tr("(not in the catalog)"),
                      format_quantity(row.quantity_milli), "", "", "")
        else:
            unit = self.tr("h") if line.unit == LABOR_UNIT else line.unit
            values = (kind_name(row.kind), row.code, line.description,
                      format_quantity(line.quantity_milli), unit, yuan(line.unit_price_fen),
                      yuan(line.gross_fen))
        return values[column]

    def cell_role(self, row: PackageItemInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
                self.QUANTITY, self.PRICE, self.AMOUNT):
            return NUMBER
        if role == Qt.ItemDataRole.ForegroundRole and row.line is None:
            return QBrush(QColor("#c62828"))
        return None


class PhrasesModel(RowsModel[PhraseInfo]):
    def headers(self) -> list[str]:
        return [self.tr("Phrase")]

    def cell(self, row: PhraseInfo, column: int) -> str:
        return row.text
