"""The progress board (进度看板): every car in the shop, late ones standing out, and the chosen
order's progress beside it.

The board polls `board.change_marker` every few seconds and reloads only when another desk (or
this one) changed an order; a reload keeps the chosen order and the scroll position. Between
reloads the time-left column is only repainted. Filters (state, advisor, technician) work on
the rows already read; rows come sorted by promised time.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain.progress import BOARD_STATUSES
from app.services import board
from app.services.board import BoardRow
from ui.i18n import Retranslating, status_name
from ui.models.board_model import BoardModel
from ui.widgets.file_parts import FileTable
from ui.widgets.order_progress import OrderProgressPanel

POLL_MS = 3000


def _index_of(combo: QComboBox, value: object) -> int:
    """The entry holding `value` (0, "All", when gone). QComboBox.findData does not match the
    UUIDs of advisors and technicians, so the filter fell back to "All" on every refresh."""
    if value is None:
        return 0
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), 0)


class ProgressPage(Retranslating, QWidget):
    open_requested = Signal(object)  # an order id: open it in the editor

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 poll_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.setObjectName("progress_page")
        self.context = context
        self.all_rows: list[BoardRow] = []
        self.marker: board.Marker | None = None
        self._restoring = False
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.counts = QLabel(self)
        self.counts.setObjectName("board_counts")
        self.filters = {key: QComboBox(self) for key in ("state", "advisor", "technician")}
        self.filter_labels = {key: QLabel(self) for key in self.filters}
        for key, combo in self.filters.items():
            combo.setObjectName(f"board_filter_{key}")
            combo.setMinimumContentsLength(8)
            combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
            self.filter_labels[key].setBuddy(combo)
        self.model = BoardModel(self)
        self.table = FileTable(self)
        self.table.setObjectName("board_table")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        # Long names and parts must not push the times off the right edge.
        for column, width in ((BoardModel.STATUS, 170), (BoardModel.CUSTOMER, 110),
                              (BoardModel.CAR, 130)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.table.row_activated.connect(self._open_row)
        self.panel = OrderProgressPanel(context, self)
        self.panel.order_changed.connect(lambda _oid: self.poll())
        self.panel.open_requested.connect(self.open_requested)
        self.legend = QLabel(self)
        self.legend.setObjectName("board_legend")
        self.legend.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.counts, 1)
        for key in self.filters:
            top.addWidget(self.filter_labels[key])
            top.addWidget(self.filters[key])
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.legend)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.poll)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Progress board"))
        for key, text in (("state", self.tr("Stat&e")), ("advisor", self.tr("&Advisor")),
                          ("technician", self.tr("&Technician"))):
            self.filter_labels[key].setText(text)
        self.legend.setText(self.tr(
            "Red: late. Orange: due within the hour, tell the customer now. Purple state: "
            "added work waits for consent. Blue state: waiting for parts."))
        self.model.retranslate()
        self._fill_filters()
        self._show_counts()

    # Reading
    def reload(self) -> None:
        """Read every open order again (keeps the chosen order and the scroll position)."""
        self.marker = board.change_marker(self.context.db)
        with self.context.read() as s:
            self.all_rows = board.board_rows(s)
        self._fill_filters()
        self._apply_filters()
        if not self.timer.isActive():
            self.timer.start()

    def poll(self) -> bool:
        """Reload when the change marker moved; True when it did."""
        self.model.now = datetime.now(UTC)
        if board.change_marker(self.context.db) == self.marker:
            self.model.retranslate()  # only the time left changes: repaint, no reload
            return False
        self.reload()
        self.panel.refresh()
        return True

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.timer.start()
        self.table.setFocus()  # arrows move through the cars, Enter opens the order

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.timer.stop()  # a hidden board does not poll
        super().hideEvent(event)

    # Filtering
    def _fill_filters(self) -> None:
        choices = {
            "state": [(s, status_name(s)) for s in BOARD_STATUSES],
            "advisor": sorted({(r.advisor_id, r.advisor) for r in self.all_rows
                               if r.advisor_id}, key=lambda x: x[1]),
            "technician": sorted({(tid, name) for r in self.all_rows
                                  for tid, name in zip(r.technician_ids, r.technicians,
                                                       strict=True)}, key=lambda x: x[1]),
        }
        for key, combo in self.filters.items():
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for value, text in choices[key]:
                combo.addItem(text, value)
            combo.setCurrentIndex(_index_of(combo, current))
            combo.blockSignals(False)

    def _wanted(self, row: BoardRow) -> bool:
        state, advisor, tech = (self.filters[k].currentData()
                                for k in ("state", "advisor", "technician"))
        return ((state is None or row.status == state)
                and (advisor is None or row.advisor_id == advisor)
                and (tech is None or tech in row.technician_ids))

    def _apply_filters(self) -> None:
        chosen = self.selected_order()
        scroll = self.table.verticalScrollBar().value()
        self.model.now = datetime.now(UTC)
        self._restoring = True  # the reset's selection signals are not the user's choice
        try:
            self.model.set_rows([r for r in self.all_rows if self._wanted(r)])
            ids = self.model.order_ids()
            if chosen in ids:
                self.table.selectRow(ids.index(chosen))
        finally:
            self._restoring = False
        if chosen is not None and chosen not in ids:
            self.panel.show_order(None)
        self.table.doItemsLayout()  # the scroll range of the new rows, before restoring
        self.table.verticalScrollBar().setValue(scroll)
        self._show_counts()

    def _show_counts(self) -> None:
        now = datetime.now(UTC)
        rows = self.model.rows()
        late = sum(r.timing(now) == "late" for r in rows)
        soon = sum(r.timing(now) == "due_soon" for r in rows)
        self.counts.setText(self.tr("{n} cars · {late} late · {soon} due within the hour")
                            .format(n=len(rows), late=late, soon=soon))

    # Choosing
    def selected_order(self) -> uuid.UUID | None:
        row = self.model.row_at(self.table.current_row())
        return row.order_id if row else None

    def select_order(self, order_id: uuid.UUID) -> None:
        ids = self.model.order_ids()
        if order_id in ids:
            self.table.selectRow(ids.index(order_id))

    def _selected(self) -> None:
        if not self._restoring:
            self.panel.show_order(self.selected_order())

    def _open_row(self, row: int) -> None:
        found = self.model.row_at(row)
        if found is not None:
            self.open_requested.emit(found.order_id)
