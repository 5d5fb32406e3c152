"""One order on the progress board: its labor lines with their progress, the workshop's moves,
the promised time, notices and the timeline.

The panel only lays out and calls services; what a state allows is asked of the order's state
(`app.domain.progress`), and every refusal is shown in the panel's message line.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.context import AppContext
from app.domain.errors import InputErrors
from app.domain.permissions import NotAllowed, Permission
from app.domain.progress import CUSTOMER_WORDS, LINE_PROGRESS_NAMES, WORKSHOP_STATUSES
from app.services import car_status, order_flow, orders
from app.services import progress as work
from app.services.car_status import CarStatus
from ui import format as fmt
from ui.dialogs.form_dialog import NOT_ALLOWED
from ui.i18n import Retranslating, app_text, error_text, status_name
from ui.widgets.timeline_view import TimelineList
from ui.widgets.why_not import allow

ACTIONS = ("start_work", "wait_parts", "parts_arrived", "quality_check", "promise", "notice",
           "open_order")


class OrderProgressPanel(Retranslating, QWidget):
    order_changed = Signal(object)  # the order id, after a change made here
    open_requested = Signal(object)  # the order id: open it in the editor

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("order_progress")
        self.context = context
        self.status: CarStatus | None = None
        self.title = QLabel(self)
        self.title.setObjectName("progress_title")
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.title.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("progress_summary")
        self.summary.setWordWrap(True)
        self.lines = QTableWidget(0, 3, self)
        self.lines.setObjectName("progress_lines")
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.verticalHeader().hide()
        header = self.lines.horizontalHeader()  # the line's name takes the width the rest leave
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.lines.setMaximumHeight(170)
        self.technician = QComboBox(self)
        self.technician.setObjectName("line_technician")
        self.line_buttons: dict[str, QPushButton] = {}
        line_row = QHBoxLayout()
        line_row.addWidget(self.technician, 1)
        for key in LINE_PROGRESS_NAMES:
            button = self.line_buttons[key] = QPushButton(self)
            button.setObjectName(f"line_{key}")
            button.clicked.connect(lambda _c=False, k=key: self.set_line(k))
            line_row.addWidget(button)
        self.buttons: dict[str, QPushButton] = {}
        self.grid = grid = QGridLayout()
        for key in ACTIONS:
            button = self.buttons[key] = QPushButton(self)
            button.setObjectName(f"progress_{key}")
            button.clicked.connect(getattr(self, f"_on_{key}"))
        self.message = QLabel(self)
        self.message.setObjectName("progress_message")
        self.message.setStyleSheet("color: #c62828;")
        self.message.setWordWrap(True)
        self.timeline_caption = QLabel(self)
        self.timeline = TimelineList(self)
        self.timeline.setObjectName("progress_timeline")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.lines)
        layout.addLayout(line_row)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(self.timeline_caption)
        layout.addWidget(self.timeline, 1)
        self.lines.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()
        self.show_order(None)

    def retranslate(self) -> None:
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Labor line"), self.tr("Progress"), self.tr("Technician")])
        for key, name in LINE_PROGRESS_NAMES.items():
            self.line_buttons[key].setText(app_text("LineProgress", name))
        texts = {
            "start_work": self.tr("Start &work"), "wait_parts": self.tr("Waiting for &parts…"),
            "parts_arrived": self.tr("Parts a&rrived"),
            "quality_check": self.tr("Send to &quality check"),
            "promise": self.tr("Change pro&mised time…"), "notice": self.tr("&Notice…"),
            "open_order": self.tr("&Open order"),
        }
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.technician.setToolTip(self.tr("The technician who works on the line"))
        self.timeline_caption.setText(self.tr("Timeline"))
        self.timeline.retranslate()
        if self.technician.count():
            self.technician.setItemText(0, self.tr("(technician unchanged)"))
        if self.status is not None:
            self._fill(self.status)
        else:
            self.title.setText(self.tr("Choose a car on the board."))

    # Showing
    def show_order(self, order_id: uuid.UUID | None) -> None:
        self.message.clear()
        if order_id is None:
            self.status = None
            self.title.setText(self.tr("Choose a car on the board."))
            self.summary.clear()
            self.lines.setRowCount(0)
            self.timeline.set_entries([])
            self._update_buttons()
            return
        with self.context.read() as s:
            self.status = car_status.car_status(s, order_id)
            people = orders.technicians(s)
        self._fill_technicians(people)
        self._fill(self.status)

    def refresh(self) -> None:
        if self.status is not None:
            message = self.message.text()
            self.show_order(self.status.order_id)
            self.message.setText(message)

    def _fill_technicians(self, people: list[tuple[uuid.UUID, str]]) -> None:
        current = self.technician.currentData()
        self.technician.clear()
        self.technician.addItem(self.tr("(technician unchanged)"), None)
        for user_id, name in people:
            self.technician.addItem(name, user_id)
        self.technician.setCurrentIndex(max(self.technician.findData(current), 0))

    def _fill(self, s: CarStatus) -> None:
        self.title.setText(f"{s.plate}  ·  {s.customer}  ·  {status_name(s.status)}")
        words = app_text("CustomerWords", CUSTOMER_WORDS.get(s.status, s.status))
        parts = [f"{s.number} · {s.car}", words]
        if s.promised_at:
            parts.append(self.tr("Promised: {time}").format(time=fmt.local_time(s.promised_at)))
        if s.waiting_for:
            parts.append(self.tr("Waiting for: {part} {day}").format(
                part=s.waiting_for, day=fmt.day(s.parts_expected_on)))
        if s.awaiting:
            parts.append(self.tr("Waiting for consent: {lines}").format(
                lines="、".join(x.description for x in s.awaiting)))
        self.summary.setText("\n".join(parts))
        selected = self._selected_line()
        labor = s.labor_lines
        self.lines.setRowCount(len(labor))
        for row, line in enumerate(labor):
            cells = (line.description, app_text("LineProgress",
                                                LINE_PROGRESS_NAMES.get(line.progress, "")),
                     line.technician)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, line.line_id)
                self.lines.setItem(row, column, item)
            if line.line_id == selected:
                self.lines.selectRow(row)
        self.timeline.set_entries(s.timeline)
        self._update_buttons()

    def _selected_line(self) -> uuid.UUID | None:
        rows = self.lines.selectionModel().selectedRows() if self.lines.selectionModel() else []
        if not rows:
            return None
        item = self.lines.item(rows[0].row(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _update_buttons(self) -> None:
        s = self.status
        actor = self.context.actor
        may_work = bool(actor and actor.may(Permission.WORK_PROGRESS))
        may_edit = bool(actor and actor.may(Permission.ORDER_EDIT))
        status = s.status if s else ""
        working = status in WORKSHOP_STATUSES and may_work
        why_not = None
        if s is None:
            why_not = self.tr("Choose a car on the board first.")
        elif status not in WORKSHOP_STATUSES:
            why_not = self.tr("Line progress is recorded while the car is in the workshop.")
        elif not may_work:
            why_not = app_text("InputError", NOT_ALLOWED)
        elif self._selected_line() is None:
            why_not = self.tr("Choose a labor line first.")
        for button in self.line_buttons.values():
            allow(button, why_not)
        self.technician.setEnabled(working)
        shown = {
            "start_work": status == "approved" and may_work,
            "wait_parts": status == "in_progress" and may_work,
            "parts_arrived": status == "waiting_parts" and may_work,
            "quality_check": status == "in_progress" and may_work,
            "promise": s is not None and status not in ("ready", "settled") and may_edit,
            "notice": s is not None and may_edit,
            "open_order": s is not None,
        }
        for key in ACTIONS:  # the buttons that apply, two a row without gaps
            self.grid.removeWidget(self.buttons[key])
        place = 0
        for key in ACTIONS:
            self.buttons[key].setVisible(shown[key])
            if shown[key]:
                self.grid.addWidget(self.buttons[key], place // 2, place % 2)
                place += 1

    # Acting
    def _run(self, action: Callable[[Session, uuid.UUID], None]) -> None:
        if self.status is None:
            return
        order_id = self.status.order_id
        message = ""
        try:
            with self.context.write() as session:
                action(session, order_id)
        except order_flow.MoveRefused as refused:
            message = self.tr("Not possible now: {why}").format(
                why=app_text("MoveRefused", refused.why) if refused.why
                else status_name(refused.status))
        except InputErrors as refused:
            message = " ".join(error_text(e) for e in refused.errors)
        except NotAllowed:
            message = self.tr("Your role may not do this.")
        self.show_order(order_id)
        self.message.setText(message)
        if not message:
            self.order_changed.emit(order_id)

    def set_line(self, progress: str) -> None:
        line_id = self._selected_line()
        if line_id is None:
            return
        technician = self.technician.currentData()
        self._run(lambda s, oid: work.set_line_progress(s, self.context.user, oid, line_id,
                                                         progress, technician))

    def _on_start_work(self) -> None:
        self._run(lambda s, oid: order_flow.start_work(s, self.context.user, oid))

    def _on_parts_arrived(self) -> None:
        self._run(lambda s, oid: work.parts_arrived(s, self.context.user, oid))

    def _on_quality_check(self) -> None:
        self._run(lambda s, oid: work.send_to_quality_check(s, self.context.user, oid))

    def _open(self, dialog: QWidget) -> None:
        dialog.finished.connect(dialog.deleteLater)  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    def _changed(self, order_id: uuid.UUID) -> None:
        self.show_order(order_id)
        self.order_changed.emit(order_id)

    def _on_wait_parts(self) -> None:
        from ui.dialogs.progress_dialogs import PartsDialog

        if self.status is not None:
            dialog = PartsDialog(self.context, self.status.order_id, self)
            dialog.parts_recorded.connect(self._changed)
            self._open(dialog)

    def _on_promise(self) -> None:
        from ui.dialogs.progress_dialogs import PromiseDialog

        if self.status is not None:
            dialog = PromiseDialog(self.context, self.status.order_id, self.status.promised_at,
                                   self)
            dialog.promise_changed.connect(self._changed)
            self._open(dialog)

    def _on_notice(self) -> None:
        from app.services.notices import suggested_kind
        from ui.dialogs.notice_dialog import NoticeDialog

        if self.status is not None:
            dialog = NoticeDialog(self.context, self.status.order_id, suggested_kind(self.status),
                                  self)
            dialog.notice_sent.connect(self._changed)
            self._open(dialog)

    def _on_open_order(self) -> None:
        if self.status is not None:
            self.open_requested.emit(self.status.order_id)
