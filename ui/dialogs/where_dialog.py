""""Where is my car" (进度查询, F4 from anywhere): type a plate fragment or phone digits, read the
answer to the customer, and log that they asked (who, how, what they were told)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain.errors import InputErrors
from app.domain.progress import CUSTOMER_WORDS, INQUIRY_CHANNEL_NAMES, minutes_left
from app.services import car_status
from app.services.car_status import CarHit, CarStatus, InquiryForm
from ui import format as fmt
from ui.i18n import Retranslating, app_text, status_name
from ui.widgets.field_error import FieldError, FormErrors, with_error
from ui.widgets.order_header import fill_combo
from ui.widgets.timeline_view import TimelineList
from ui.widgets.why_not import allow

TYPING_PAUSE_MS = 150


class WhereIsMyCarDialog(Retranslating, QDialog):
    inquiry_logged = Signal(object)  # the order id
    open_requested = Signal(object)  # the order id: show it on the board

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("where_dialog")
        self.context = context
        self.status: CarStatus | None = None
        self.query = QLineEdit(self)
        self.query.setObjectName("where_query")
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("where_results")
        self.results.setMaximumHeight(90)
        self.nothing = QLabel(self)
        self.nothing.setObjectName("where_nothing")
        self.answer = QLabel(self)
        self.answer.setObjectName("where_answer")
        self.answer.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.answer.setWordWrap(True)
        self.details = QLabel(self)
        self.details.setObjectName("where_details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.timeline = TimelineList(self)
        self.timeline.setObjectName("where_timeline")
        self.asked_by = QLineEdit(self)
        self.asked_by.setObjectName("asked_by")
        self.channel = QComboBox(self)
        self.channel.setObjectName("channel")
        self.told = QLineEdit(self)
        self.told.setObjectName("told")
        self.log_button = QPushButton(self)
        self.log_button.setObjectName("log_inquiry")
        self.log_button.clicked.connect(self.log_inquiry)
        self.logged = QLabel(self)
        self.logged.setObjectName("inquiry_logged")
        self.logged.setStyleSheet("color: #2e7d32;")
        self.general_error = FieldError("general", self)
        self.errors = FormErrors(self.general_error)
        self.labels = {k: QLabel(self) for k in ("asked_by", "channel", "told", "timeline")}
        form = QFormLayout()
        form.addRow(self.labels["asked_by"], with_error(self.asked_by, self.errors.add(
            "asked_by", self.asked_by, self)))
        form.addRow(self.labels["channel"], with_error(self.channel, self.errors.add(
            "channel", self.channel, self)))
        form.addRow(self.labels["told"], self.told)
        log_row = QHBoxLayout()
        log_row.addWidget(self.log_button)
        log_row.addWidget(self.logged, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.board_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.board_button.setObjectName("where_show_on_board")
        self.board_button.clicked.connect(self._show_on_board)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results)
        layout.addWidget(self.nothing)
        layout.addWidget(self.answer)
        layout.addWidget(self.details)
        layout.addWidget(self.labels["timeline"])
        layout.addWidget(self.timeline, 1)
        layout.addLayout(form)
        layout.addLayout(log_row)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.find)
        self.query.textEdited.connect(lambda _t: self.timer.start())
        self.query.returnPressed.connect(self.find)
        self.told.returnPressed.connect(self.log_inquiry)  # Enter in the last field logs
        # Enter in the query only finds: no button may take it as the dialog's default.
        for button in (self.log_button, self.board_button,
                       self.buttons.button(QDialogButtonBox.StandardButton.Close)):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.results.currentRowChanged.connect(self._chosen)
        self.resize(620, 640)
        self.retranslate()
        self.show_status(None)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Where is my car?"))
        self.query.setPlaceholderText(self.tr("Plate fragment or phone digits, e.g. 2345"))
        self.labels["asked_by"].setText(self.tr("Who asked"))
        self.labels["channel"].setText(self.tr("How"))
        self.labels["told"].setText(self.tr("What they were told"))
        self.labels["timeline"].setText(self.tr("Since check-in"))
        self.nothing.setText(self.tr("No car of that plate or phone is in the shop now."))
        fill_combo(self.channel, INQUIRY_CHANNEL_NAMES, "NoticeMethod")
        self.log_button.setText(self.tr("&Log the inquiry"))
        self.board_button.setText(self.tr("Show on the &board"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.errors.retranslate()
        self.timeline.retranslate()
        if hasattr(self, "status"):  # the shown car (or "find it first") in the new language
            self.show_status(self.status)

    # Finding
    def find(self) -> None:
        self.timer.stop()
        text = self.query.text().strip()
        hits = car_status.find_cars(self.context.db, text) if text else []
        self.results.blockSignals(True)
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(self._hit_text(hit))
            item.setData(Qt.ItemDataRole.UserRole, hit.order_id)
            self.results.addItem(item)
        self.results.blockSignals(False)
        self.results.setVisible(len(hits) > 1)
        self.nothing.setVisible(bool(text) and not hits)
        if hits:
            self.results.setCurrentRow(0)
            self._chosen(0)
        else:
            self.show_status(None)

    def _hit_text(self, hit: CarHit) -> str:
        return f"{hit.plate}  {hit.customer}  ·  {status_name(hit.status)}  ·  {hit.number}"

    def _chosen(self, row: int) -> None:
        item = self.results.item(row)
        if item is None:
            return
        with self.context.read() as s:
            status = car_status.car_status(s, item.data(Qt.ItemDataRole.UserRole))
        self.show_status(status)

    # The answer
    def show_status(self, status: CarStatus | None) -> None:
        self.status = status
        self.logged.clear()
        for widget in (self.answer, self.details, self.timeline, self.asked_by, self.channel,
                       self.told):
            widget.setEnabled(status is not None)
        for button in (self.log_button, self.board_button):
            allow(button, None if status is not None else self.tr("Find the car first."))
        if status is None:
            self.answer.clear()
            self.details.clear()
            self.timeline.set_entries([])
            return
        words = app_text("CustomerWords", CUSTOMER_WORDS.get(status.status, status.status))
        self.answer.setText(f"{status.plate}  ·  {words}")
        self.details.setText("\n".join(self._details(status)))
        self.timeline.set_entries(status.timeline)
        self.asked_by.setText(status.customer)
        self.told.setText(self._told(status, words))

    def _details(self, s: CarStatus) -> list[str]:
        lines = [f"{s.customer} · {fmt.phone(s.phone)} · {s.car} · {s.number}"]
        if s.promised_at:
            left = minutes_left(s.promised_at, datetime.now(UTC))
            late = left is not None and left < 0 and s.status not in ("ready", "settled")
            lines.append((self.tr("Promised: {time} (late)") if late else
                          self.tr("Promised: {time}")).format(time=fmt.local_time(s.promised_at)))
        if s.waiting_for:
            lines.append(self.tr("Waiting for: {part} {day}").format(
                part=s.waiting_for, day=fmt.day(s.parts_expected_on)))
        if s.done:
            lines.append(self.tr("Done: {lines}").format(
                lines="、".join(x.description for x in s.done)))
        if s.left:
            lines.append(self.tr("Still to do: {lines}").format(
                lines="、".join(x.description for x in s.left)))
        if s.awaiting:
            lines.append(self.tr("Waiting for your consent: {lines} ({amount})").format(
                lines="、".join(x.description for x in s.awaiting),
                amount=fmt.yuan(sum(x.amount_fen for x in s.awaiting))))
        return lines

    def _told(self, s: CarStatus, words: str) -> str:
        if s.promised_at and s.promised_at > datetime.now(UTC) and \
                s.status not in ("ready", "settled"):  # a time already past is not promised
            return self.tr("{words}; expected by {time}").format(
                words=words, time=s.promised_at.astimezone().strftime("%H:%M"))
        return words

    # Logging
    def log_inquiry(self) -> None:
        if self.status is None:
            return
        self.errors.clear()
        form = InquiryForm(self.asked_by.text(), self.channel.currentData() or "",
                           self.told.text())
        try:
            with self.context.write() as s:
                car_status.log_inquiry(s, self.context.user, self.status.order_id, form)
        except InputErrors as refused:
            self.errors.show(refused.errors)
            return
        order_id = self.status.order_id
        with self.context.read() as s:
            self.show_status(car_status.car_status(s, order_id))
        self.logged.setText(self.tr("Logged on the order."))
        self.inquiry_logged.emit(order_id)

    def _show_on_board(self) -> None:
        if self.status is not None:
            self.open_requested.emit(self.status.order_id)
            self.accept()
