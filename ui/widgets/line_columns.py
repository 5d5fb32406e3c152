"""The work order's line table columns: each as wide as the widest value it is expected to hold,
fixed from the first line on, the description taking the rest.

Sized to contents, the columns were as narrow as their headers while the estimate was being
built (type, code, prices shown as "…") and jumped after each edit, so the next double-click
landed in the wrong column. Widths come from the font's metrics of sample values instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QTableView

from app.domain.money import Money
from app.domain.workorder import APPROVAL_NAMES, LINE_KIND_NAMES, PART_SOURCE_NAMES
from ui.i18n import app_text
from ui.models.lines_model import (
    CODE,
    DECISION,
    DESCRIPTION,
    DISCOUNT,
    KIND,
    NUMBER,
    PRICE,
    QUANTITY,
    SOURCE,
    TECHNICIAN,
    TOTAL,
    UNIT,
    LinesModel,
)

PADDING = 18  # the cell's margins, a sort arrow's room and the grid line
WIDEST_PRICE = Money(9_999_999).format_yuan()  # ¥99,999.99 a unit
WIDEST_DISCOUNT = Money(999_999).format_yuan()  # ¥9,999.99 off a line
WIDEST_TOTAL = Money(99_999_999).format_yuan()  # ¥999,999.99 a line
# Source and decision leave the description its room: a rarer, longer name ("Customer-supplied",
# "Added · Awaiting consent") may be cut short there, its full text in the cell's tooltip.
COMMON_SOURCES = ("oem", "brand", "aftermarket", "repaired")


def samples(model: LinesModel) -> dict[int, list[str]]:
    """The widest text each fixed column is expected to show, in the language now in use."""
    approvals = [app_text("Approval", APPROVAL_NAMES[k]) for k in ("pending", "approved")]
    added = QCoreApplication.translate("LinesModel", "Added · {state}")
    return {
        NUMBER: ["99"],
        KIND: [app_text("LineKind", name) for name in LINE_KIND_NAMES.values()],
        CODE: ["06L115562B"],
        QUANTITY: ["999.5"],
        UNIT: ["pcs", "公斤"],
        PRICE: [WIDEST_PRICE],
        DISCOUNT: [WIDEST_DISCOUNT],
        TOTAL: [WIDEST_TOTAL],
        SOURCE: [app_text("PartSource", PART_SOURCE_NAMES[k]) for k in COMMON_SOURCES],
        TECHNICIAN: ["欧阳大明"],
        DECISION: [*approvals, added.format(state=approvals[1])],
    }


def size_columns(table: QTableView, model: LinesModel) -> None:
    """Fixed widths for every column but the description, which stretches."""
    header = table.horizontalHeader()
    cells, captions = table.fontMetrics(), header.fontMetrics()
    titles = model.headers()
    for column, texts in samples(model).items():
        width = max(max(cells.horizontalAdvance(t) for t in texts),
                    captions.horizontalAdvance(titles[column]))
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(column, width + PADDING)
    header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(min(header.minimumSectionSize(), 30))
