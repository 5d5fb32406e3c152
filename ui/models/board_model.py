"""The progress board's rows: one open order each, late ones red, due soon amber, waiting for
the customer's consent or for parts marked in their own colour in the state column."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.progress import DONE_STATUSES, minutes_left
from app.services.board import BoardRow
from ui import format as fmt
from ui.i18n import status_name
from ui.models.table import RowsModel

LATE = QColor("#ffcdd2")  # background of a late order
DUE_SOON = QColor("#ffe0b2")  # promised within the hour: tell the customer now
CONSENT = QColor("#6a1b9a")  # text of the state: waiting for the customer's yes
PARTS = QColor("#1565c0")  # text of the state: waiting for parts


def time_left(minutes: int | None) -> str:
    """"2 h 05" left, "0 h 40 late", or "3 d late": what a glance at the board needs."""
    if minutes is None:
        return ""
    hours, rest = divmod(abs(minutes), 60)
    if minutes >= 0:
        return f"{hours} h {rest:02d}"
    if hours >= 24:
        return QCoreApplication.translate("BoardModel", "{days} d late").format(
            days=hours // 24)
    return QCoreApplication.translate("BoardModel", "{hours} h {minutes} late").format(
        hours=hours, minutes=f"{rest:02d}")


class BoardModel(RowsModel[BoardRow]):
    # What a glance needs first (plate, state, progress, time); who is involved after it.
    PLATE, STATUS, DONE, PROMISED, LEFT, CUSTOMER, CAR, ADVISOR, TECHNICIANS = range(9)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.now = datetime.now(UTC)

    def headers(self) -> list[str]:
        return [self.tr("Plate"), self.tr("State"), self.tr("Done"), self.tr("Promised"),
                self.tr("Time left"), self.tr("Customer"), self.tr("Car"), self.tr("Advisor"),
                self.tr("Technicians")]

    def state_text(self, row: BoardRow) -> str:
        text = status_name(row.status)
        if row.waiting == "consent":
            text += " · " + self.tr("consent needed")
        elif row.waiting == "parts" and row.waiting_for:
            text += f" · {row.waiting_for}"
            if row.parts_expected_on:
                text += " " + row.parts_expected_on.strftime("%m-%d")
        return text

    def cell(self, row: BoardRow, column: int) -> str:
        share = row.done_share
        return (
            row.plate, self.state_text(row),
            f"{row.labor_done}/{row.labor_total}" if share is not None else "",
            row.promised_at.astimezone().strftime("%m-%d %H:%M") if row.promised_at else "",
            "" if row.status in DONE_STATUSES else time_left(
                minutes_left(row.promised_at, self.now)),
            row.customer, row.car, row.advisor, "、".join(row.technicians),
        )[column]

    def cell_role(self, row: BoardRow, column: int, role: int) -> Any:
        timing = row.timing(self.now)
        if role == Qt.ItemDataRole.BackgroundRole:
            if timing == "late":
                return QBrush(LATE)
            if timing == "due_soon":
                return QBrush(DUE_SOON)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            if row.waiting == "consent":
                return QBrush(CONSENT)
            if row.waiting == "parts":
                return QBrush(PARTS)
        bold = (column == self.LEFT and timing == "late") or (
            column == self.STATUS and bool(row.waiting))
        if role == Qt.ItemDataRole.FontRole and bold:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, timing)
        return None

    def _tip(self, row: BoardRow, timing: str) -> str:
        parts = [f"{row.number} · {fmt.local_time(row.opened_at)}"]
        if timing == "late":
            parts.append(self.tr("Late: the promised time has passed. Tell the customer."))
        elif timing == "due_soon":
            parts.append(self.tr("Due within the hour and not ready: tell the customer now."))
        if row.waiting == "consent":
            parts.append(self.tr("Added work waits for the customer's consent."))
        return "\n".join(parts)

    def order_ids(self) -> list[Any]:
        return [r.order_id for r in self._rows]
