"""The workshop's small forms on the progress board: waiting for parts, a new promised time.

Each calls one service of app/services/progress; refusals land beside their fields and
nothing is saved.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain.errors import InputError
from app.domain.progress import NOTICE_METHOD_NAMES
from app.i18n import QT_TRANSLATE_NOOP
from app.services import progress
from app.services.order_flow import MoveRefused
from ui.dialogs.form_dialog import FormDialog
from ui.i18n import status_name
from ui.widgets.field_error import with_error
from ui.widgets.order_header import fill_combo

MOVED = QT_TRANSLATE_NOOP("InputError", "The order is {status} now; close and look again.")


class PartsDialog(FormDialog):
    """in_progress → waiting_parts: which part, and the day it is expected."""

    parts_recorded = Signal(object)  # the order id

    def __init__(self, context: AppContext, order_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("parts_dialog")
        self.order_id = order_id
        self.part = QLineEdit(self)
        self.part.setObjectName("part")
        self.known = QCheckBox(self)
        self.known.setObjectName("expected_known")
        self.known.setChecked(True)
        self.expected = QDateEdit(QDate.currentDate().addDays(1), self)
        self.expected.setObjectName("expected_on")
        self.expected.setCalendarPopup(True)
        self.expected.setDisplayFormat("yyyy-MM-dd")
        self.known.toggled.connect(self.expected.setEnabled)
        self.labels = {k: QLabel(self) for k in ("part", "expected_on")}
        form = QFormLayout()
        form.addRow(self.labels["part"], with_error(self.part, self.errors.add(
            "part", self.part, self)))
        form.addRow(self.labels["expected_on"], with_error(self.expected, self.errors.add(
            "expected_on", self.expected, self)))
        form.addRow("", self.known)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.set_tab_chain([self.part, self.expected, self.known])
        self.setMinimumWidth(440)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Waiting for parts"))
        self.labels["part"].setText(self.tr("Part"))
        self.labels["expected_on"].setText(self.tr("Expected on"))
        self.known.setText(self.tr("The supplier gave a date"))
        self.part.setPlaceholderText(self.tr("e.g. front brake pads (OEM), ordered from …"))
        self.retranslate_buttons(self.tr("&Wait for parts"))

    def submit(self) -> bool:
        expected = self.expected.date().toPython() if self.known.isChecked() else None
        try:
            with self.context.write() as s:
                progress.wait_for_parts(s, self.context.user, self.order_id, self.part.text(),
                                        expected)
        except MoveRefused as refused:
            raise InputError("general", MOVED, status=status_name(refused.status)) from None
        self.parts_recorded.emit(self.order_id)
        return True


class PromiseDialog(FormDialog):
    """A new promised time: the reason, and whether (how, when) the customer was told."""

    promise_changed = Signal(object)

    def __init__(self, context: AppContext, order_id: uuid.UUID, current: datetime | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("promise_dialog")
        self.order_id = order_id
        start = max(current or datetime.now(UTC), datetime.now(UTC)) + timedelta(hours=1)
        self.promised = QDateTimeEdit(QDateTime(start.astimezone()), self)
        self.promised.setObjectName("promised_at")
        self.promised.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.promised.setCalendarPopup(True)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.told = QCheckBox(self)
        self.told.setObjectName("told")
        self.told.setChecked(True)
        self.method = QComboBox(self)
        self.method.setObjectName("method")
        self.told_at = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.told_at.setObjectName("told_at")
        self.told_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.told.toggled.connect(self.method.setEnabled)
        self.told.toggled.connect(self.told_at.setEnabled)
        keys = ("promised_at", "reason", "method", "told_at")
        self.labels = {k: QLabel(self) for k in keys}
        form = QFormLayout()
        widgets = {"promised_at": self.promised, "reason": self.reason, "method": self.method,
                   "told_at": self.told_at}
        for key in keys[:2]:
            form.addRow(self.labels[key], with_error(widgets[key], self.errors.add(
                key, widgets[key], self)))
        form.addRow("", self.told)
        for key in keys[2:]:
            form.addRow(self.labels[key], with_error(widgets[key], self.errors.add(
                key, widgets[key], self)))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.set_tab_chain([self.promised, self.reason, self.told, self.method, self.told_at])
        self.setMinimumWidth(460)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change the promised time"))
        self.labels["promised_at"].setText(self.tr("New promised time"))
        self.labels["reason"].setText(self.tr("Reason"))
        self.labels["method"].setText(self.tr("Told by"))
        self.labels["told_at"].setText(self.tr("Told at"))
        self.told.setText(self.tr("The customer was told"))
        self.reason.setPlaceholderText(self.tr("e.g. the part arrives tomorrow morning"))
        fill_combo(self.method, NOTICE_METHOD_NAMES, "NoticeMethod")
        self.retranslate_buttons(self.tr("&Change promise"))

    def submit(self) -> bool:
        form = progress.PromiseForm(
            self.promised.dateTime().toPython().astimezone(UTC), self.reason.text(),
            self.told.isChecked(), self.method.currentData() or "",
            self.told_at.dateTime().toPython().astimezone(UTC))
        with self.context.write() as s:
            progress.change_promise(s, self.context.user, self.order_id, form)
        self.promise_changed.emit(self.order_id)
        return True
