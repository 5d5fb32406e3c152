"""Tables of the customer's and the car's file: their cars, owners over time, work orders."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from app.services.files import OrderSummary, OwnerPeriod, VehicleSummary
from ui import format as fmt
from ui.i18n import category_name, status_name
from ui.models.table import RowsModel

PAST = QColor("#8a8a8a")  # sold cars, former owners
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class CustomerVehiclesModel(RowsModel[VehicleSummary]):
    """A customer's cars: current ones first, sold ones greyed and marked."""

    def headers(self) -> list[str]:
        return [self.tr("Plate"), self.tr("Brand and model"), self.tr("Year"),
                self.tr("Colour"), self.tr("Owned since"), self.tr("Status")]

    def cell(self, row: VehicleSummary, column: int) -> str:
        if column == 5:
            if row.owned_until is None:
                return self.tr("Current")
            return self.tr("Sold {date}").format(date=fmt.day(row.owned_until))
        values = (row.plate or self.tr("(no plate)"), f"{row.brand} {row.model}".strip(),
                  str(row.year or ""), row.colour, fmt.day(row.owned_since))
        return values[column]

    def cell_role(self, row: VehicleSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.owned_until is not None:
            return QBrush(PAST)
        return None


class OwnersModel(RowsModel[OwnerPeriod]):
    """Who owned the car from when to when; the current owner first."""

    def headers(self) -> list[str]:
        return [self.tr("Owner"), self.tr("Phone"), self.tr("From"), self.tr("Until"),
                self.tr("Note")]

    def cell(self, row: OwnerPeriod, column: int) -> str:
        until = fmt.day(row.ended_on) if row.ended_on else self.tr("current owner")
        return (row.name, fmt.phone(row.phone), fmt.day(row.started_on), until, row.note)[column]

    def cell_role(self, row: OwnerPeriod, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.ended_on is not None:
            return QBrush(PAST)
        return None


class OrdersModel(RowsModel[OrderSummary]):
    """Every work order of the car, newest first."""

    DATE, NUMBER, MILEAGE, CATEGORY, TOTAL, STATUS = range(6)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Order no."), self.tr("Mileage"), self.tr("Category"),
                self.tr("Total"), self.tr("Status")]

    def cell(self, row: OrderSummary, column: int) -> str:
        return (fmt.local_time(row.opened_at), row.number, fmt.km(row.mileage_km),
                category_name(row.category), fmt.yuan(row.total_fen),
                status_name(row.status))[column]

    def cell_role(self, row: OrderSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.MILEAGE, self.TOTAL):
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and row.complaint:
            return row.complaint
        return None
