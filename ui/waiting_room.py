"""The waiting-room screen (休息区大屏): a full-screen window for a TV, large type, plates partly
masked (湘A·***45), each car's state in the customer's words and its expected time.

It refreshes itself (polling the board's change marker) and turns pages when more cars are in
the shop than fit on one. It opens full screen on a second monitor when there is one, else as
a window on this one; Esc closes it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.context import AppContext
from app.domain.progress import CUSTOMER_WORDS
from app.services import board
from app.services.board import WaitingRoomRow
from ui.i18n import Retranslating, app_text

ROWS_PER_PAGE = 8
PAGE_MS = 10_000
REFRESH_MS = 5_000
STYLE = """
QWidget#waiting_room { background: #0d1b2a; }
QLabel { color: #e0e6ed; font-size: 34px; }
QLabel#room_title { font-size: 44px; font-weight: bold; color: #ffffff; }
QLabel#room_clock, QLabel#room_page { font-size: 30px; color: #90a4ae; }
QLabel[head="true"] { font-size: 28px; color: #90a4ae; }
QLabel[state="ready"] { color: #69f0ae; font-weight: bold; }
QLabel[state="waiting_parts"] { color: #ffd54f; }
"""


class WaitingRoomWindow(Retranslating, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("waiting_room")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.context = context
        self.rows: list[WaitingRoomRow] = []
        self.page = 0
        self.marker: board.Marker | None = None
        self.title = QLabel(self)
        self.title.setObjectName("room_title")
        self.clock = QLabel(self)
        self.clock.setObjectName("room_clock")
        self.page_label = QLabel(self)
        self.page_label.setObjectName("room_page")
        self.heads = [QLabel(self) for _ in range(3)]
        for head in self.heads:
            head.setProperty("head", True)
        self.cells: list[tuple[QLabel, QLabel, QLabel]] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(40)
        grid.setVerticalSpacing(14)
        for column, head in enumerate(self.heads):
            grid.addWidget(head, 0, column)
        for row in range(ROWS_PER_PAGE):
            cells = (QLabel(self), QLabel(self), QLabel(self))
            for column, cell in enumerate(cells):
                cell.setObjectName(f"room_{row}_{column}")
                grid.addWidget(cell, row + 1, column)
            self.cells.append(cells)
        grid.setColumnStretch(1, 1)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.clock)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addLayout(top)
        layout.addSpacing(20)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.page_label, 0, Qt.AlignmentFlag.AlignRight)
        self.page_timer = QTimer(self)
        self.page_timer.setInterval(PAGE_MS)
        self.page_timer.timeout.connect(self.next_page)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        self.retranslate()
        self.reload()
        self.page_timer.start()
        self.refresh_timer.start()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Waiting room"))
        self.title.setText(self.tr("Your car's progress") + (
            f" · {self.context.shop_name}" if self.context.shop_name else ""))
        for head, text in zip(self.heads, (self.tr("Plate"), self.tr("State"),
                                           self.tr("Expected")), strict=True):
            head.setText(text)
        self.show_page()

    def reload(self) -> None:
        self.marker = board.change_marker(self.context.db)
        with self.context.read() as s:
            self.rows = board.waiting_room_rows(s)
        self.page = min(self.page, max(self.pages() - 1, 0))
        self.show_page()

    def refresh(self) -> None:
        if board.change_marker(self.context.db) != self.marker:
            self.reload()
        else:
            self.show_page()  # the clock

    def pages(self) -> int:
        return max(1, -(-len(self.rows) // ROWS_PER_PAGE))

    def next_page(self) -> None:
        self.page = (self.page + 1) % self.pages()
        self.show_page()

    def show_page(self) -> None:
        now = datetime.now(UTC)
        self.clock.setText(now.astimezone().strftime("%H:%M"))
        shown = self.rows[self.page * ROWS_PER_PAGE:(self.page + 1) * ROWS_PER_PAGE]
        for i, cells in enumerate(self.cells):
            row = shown[i] if i < len(shown) else None
            plate, state, expected = cells
            plate.setText(row.plate if row else "")
            state.setText(app_text("CustomerWords", CUSTOMER_WORDS.get(row.status, ""))
                          if row else "")
            state.setProperty("state", row.status if row else "")
            state.style().unpolish(state)
            state.style().polish(state)
            # A time already past is not shown to the room: the desk tells that customer.
            expected.setText(row.promised_at.astimezone().strftime("%H:%M")
                             if row and row.promised_at and row.promised_at > now
                             and row.status not in ("ready", "settled") else "")
        self.page_label.setText(self.tr("Page {page} of {pages}").format(
            page=self.page + 1, pages=self.pages()) if self.pages() > 1 else "")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.page_timer.stop()
        self.refresh_timer.stop()
        super().closeEvent(event)


def open_waiting_room(context: AppContext, parent: QWidget | None = None) -> WaitingRoomWindow:
    """The screen, full screen on a second monitor if there is one, else a window here."""
    window = WaitingRoomWindow(context, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    screens = QGuiApplication.screens()
    primary = QGuiApplication.primaryScreen()
    other = next((s for s in screens if s is not primary), None)
    if other is not None:
        window.setScreen(other)
        window.setGeometry(other.geometry())
        window.showFullScreen()
    else:
        window.resize(1280, 720)
        window.show()
    return window
