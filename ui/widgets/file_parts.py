"""Parts the file views share: a read-only table that opens rows, a caption/value list."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)


class FileTable(QTableView):
    """A read-only table of rows; Enter or a double-click opens the row (`row_activated`)."""

    row_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        self.doubleClicked.connect(lambda index: self.row_activated.emit(index.row()))

    def sizeHint(self) -> QSize:
        """A few rows to start with; the table takes the height its window leaves, so a page
        of several tables still fits a 768 px screen."""
        return QSize(super().sizeHint().width(), 6 * self.fontMetrics().lineSpacing())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.row_activated.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)

    def current_row(self) -> int:
        return self.currentIndex().row() if self.currentIndex().isValid() else -1


class Details(QWidget):
    """Captions and values, one per line; values can be selected and copied."""

    def __init__(self, keys: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in keys:
            caption = self.captions[key] = QLabel(self)
            caption.setStyleSheet("color: #666666;")
            value = self.values[key] = QLabel(self)
            value.setObjectName(f"value_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addRow(caption, value)

    def set_captions(self, captions: dict[str, str]) -> None:
        for key, text in captions.items():
            self.captions[key].setText(text)

    def set_values(self, values: dict[str, str]) -> None:
        for key, text in values.items():
            self.values[key].setText(text)
            self.values[key].setAccessibleName(f"{self.captions[key].text()} {text}")
