"""The global search: one box, results as you type in a drop-down panel, keyboard first.

Type a plate (any part), phone digits, a name or its pinyin initials, a VIN tail or a work-order
number; results follow each keystroke after a short pause (best match first). Down/Up move in
the results, Enter opens the chosen one (or the first), Esc clears. A barcode scanner types a
number and Enter faster than the pause: Enter searches at once and opens the first result.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from ui.i18n import Retranslating
from ui.models.search_model import SearchResultModel

DEBOUNCE_MS = 150
LIMIT = 20
VISIBLE_ROWS = 12


class SearchField(QLineEdit):
    """The line edit; arrows, Enter and Esc steer the results instead of the cursor."""

    moved = Signal(int)
    entered = Signal()
    escaped = Signal()
    left = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5,
                 Qt.Key.Key_PageUp: -5}
        if key in steps:
            self.moved.emit(steps[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.entered.emit()
        elif key == Qt.Key.Key_Escape:
            self.escaped.emit()
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class SearchResultsPanel(Retranslating, QFrame):
    """The drop-down: the results table, or "nothing found" with a way to register."""

    clicked = Signal(int)
    register_clicked = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("search_results_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.model = SearchResultModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("search_results")
        self.table.setModel(self.model)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the typing stays in the box
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        self.table.clicked.connect(lambda index: self.clicked.emit(index.row()))
        self.empty = QWidget(self)
        self.empty_text = QLabel(self.empty)
        self.empty_text.setObjectName("search_empty")
        self.empty_text.setWordWrap(True)
        self.register_button = QPushButton(self.empty)
        self.register_button.setObjectName("search_register")
        self.register_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.register_button.clicked.connect(self.register_clicked)
        empty_layout = QHBoxLayout(self.empty)
        empty_layout.addWidget(self.empty_text, 1)
        empty_layout.addWidget(self.register_button)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        QVBoxLayout(self).addLayout(self.stack)
        self.layout().setContentsMargins(2, 2, 2, 2)
        self.query = ""
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.model.retranslate()
        self.empty_text.setText(self.tr("Nothing on file matches “{text}”.").format(
            text=self.query))
        self.register_button.setText(self.tr("Register new customer (Ctrl+N)"))

    def show_results(self, query: str, results: list[Any]) -> None:
        self.query = query
        self.model.set_rows(results)
        self.stack.setCurrentWidget(self.table if results else self.empty)
        if results:
            self.table.selectRow(0)
        self.retranslate()

    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def move(self, step: int) -> None:  # type: ignore[override]
        count = self.model.rowCount()
        if count:
            row = min(max(self.current_row() + step, 0), count - 1)
            self.table.selectRow(row)

    def wanted_height(self) -> int:
        if self.stack.currentWidget() is self.empty:
            return self.empty.sizeHint().height() + 8
        rows = min(self.model.rowCount(), VISIBLE_ROWS)
        row_height = self.table.verticalHeader().defaultSectionSize()
        return self.table.horizontalHeader().height() + rows * row_height + 12


class GlobalSearch(Retranslating, QWidget):
    """The search box of the main window; its panel floats over the window's pages."""

    result_opened = Signal(object)  # a SearchResult
    register_requested = Signal(str)  # what was typed

    def __init__(self, context: AppContext, window: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.window_ = window
        self.field = SearchField(self)
        self.field.setObjectName("global_search")
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(360)
        self.panel = SearchResultsPanel(window)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.searched: str | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        self.field.textChanged.connect(self._typed)
        self.field.moved.connect(self.panel.move)
        self.field.entered.connect(self.open_current)
        self.field.escaped.connect(self.clear)
        self.field.left.connect(self.panel.hide)
        self.panel.clicked.connect(self.open_row)
        self.panel.register_clicked.connect(lambda: self.register_requested.emit(self.text()))
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        text = self.tr("Search: plate, phone, name, pinyin, VIN, order no.  (Ctrl+F)")
        self.field.setPlaceholderText(text)
        self.field.setAccessibleName(self.tr("Search"))
        self.field.setToolTip(text)

    def text(self) -> str:
        return self.field.text().strip()

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        if self.text() and self.searched == self.text():
            self._place_panel()

    def clear(self) -> None:
        self.timer.stop()
        self.field.clear()
        self.panel.hide()

    def _typed(self, _text: str) -> None:
        if self.text():
            self.timer.start()
        else:
            self.timer.stop()
            self.searched = None
            self.panel.hide()

    def run_search(self) -> None:
        self.timer.stop()
        query = self.text()
        if not query:
            return
        from app.services.search import search_box  # lazy: pinyin tables load on first use

        results = search_box(self.context.db, query, limit=LIMIT)
        self.searched = query
        self.panel.show_results(query, results)
        self._place_panel()

    def warm_up(self) -> None:
        """Run one search nobody sees, so the first real keystroke is as fast as the rest."""
        from app.services.search import search_box

        search_box(self.context.db, "湘a1", limit=1)

    def open_current(self) -> None:
        if self.timer.isActive() or self.searched != self.text():
            self.run_search()  # Enter came before the pause: a scanner, or a fast typist
        self.open_row(max(self.panel.current_row(), 0))

    def open_row(self, row: int) -> None:
        result = self.panel.model.row_at(row)
        if result is None:
            return
        self.clear()
        self.result_opened.emit(result)

    def _place_panel(self) -> None:
        if not self.text():
            return
        below = self.field.mapTo(self.window_, QPoint(0, self.field.height() + 2))
        width = min(max(self.field.width(), 720), self.window_.width() - below.x() - 8)
        height = min(self.panel.wanted_height(), self.window_.height() - below.y() - 8)
        self.panel.setGeometry(below.x(), below.y(), max(width, 200), max(height, 60))
        self.panel.show()
        self.panel.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_ and event.type() == QEvent.Type.Resize and \
                self.panel.isVisible():
            self._place_panel()
        return False
