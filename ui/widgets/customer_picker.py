"""Choosing a customer by the same search as the main box (name, phone, pinyin), customers only."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from app.context import AppContext
from ui import format as fmt
from ui.i18n import Retranslating
from ui.models.search_model import SearchResultModel
from ui.widgets.file_parts import FileTable

DEBOUNCE_MS = 150


class _PickField(QLineEdit):
    moved = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}
        if event.key() in steps:
            self.moved.emit(steps[event.key()])
            return
        super().keyPressEvent(event)


class CustomerPicker(Retranslating, QWidget):
    """`customer_picked` fires when a customer is chosen (also kept in `picked`)."""

    customer_picked = Signal(uuid.UUID, str)

    def __init__(self, context: AppContext, exclude: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.exclude = exclude
        self.picked: tuple[uuid.UUID, str] | None = None
        self.field = _PickField(self)
        self.field.setObjectName("pick_search")
        self.model = SearchResultModel(self)
        self.table = FileTable(self)
        self.table.setObjectName("pick_results")
        self.table.setModel(self.model)
        self.table.setMinimumHeight(160)
        self.table.hideColumn(SearchResultModel.KIND)  # all of them are customers
        self.chosen = QLabel(self)
        self.chosen.setObjectName("picked_customer")
        self.chosen.setStyleSheet("font-weight: bold;")
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(lambda _t: self.timer.start())
        self.field.moved.connect(self._move)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._choose(current.row()))
        self.table.clicked.connect(lambda index: self._choose(index.row()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.field, self.table, self.chosen):
            layout.addWidget(widget)
        self.retranslate()

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Name, phone or pinyin initials of the customer"))
        self.field.setAccessibleName(self.tr("Find the customer"))
        self.model.retranslate()
        self._show_choice()

    def run_search(self) -> None:
        self.timer.stop()
        text = self.field.text().strip()
        results: list[Any] = []
        if text:
            from app.services.search import search_box  # a keystroke: no Session around it

            results = search_box(self.context.db, text, limit=30)
        self.model.set_rows([r for r in results
                             if r.kind == "customer" and r.ref != self.exclude])
        if self.model.rowCount():
            self.table.selectRow(0)

    def _move(self, step: int) -> None:
        if self.timer.isActive():
            self.run_search()
        count = self.model.rowCount()
        if count:
            self.table.selectRow(min(max(self.table.current_row() + step, 0), count - 1))

    def _choose(self, row: int) -> None:
        result = self.model.row_at(row)
        if result is not None:
            label = " · ".join(x for x in (result.name, fmt.phone(result.phone)) if x)
            self.set_picked(result.ref, label)

    def set_picked(self, customer_id: uuid.UUID, label: str) -> None:
        self.picked = (customer_id, label)
        self._show_choice()
        self.customer_picked.emit(customer_id, label)

    def _show_choice(self) -> None:
        if self.picked is None:
            self.chosen.setText(self.tr("No customer chosen yet."))
        else:
            self.chosen.setText(self.tr("Chosen: {customer}").format(customer=self.picked[1]))
