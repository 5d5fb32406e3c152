"""Recording the customer's decision: who agreed, how, when — and to which lines.

For the estimate every line starts ticked (approved); the advisor unticks what the customer
declines. For added work and price rises only the waiting lines are listed; the ticked ones
are consented to. The service records the consent; nothing is changed if it refuses.
"""

from __future__ import annotations

import uuid
from datetime import UTC

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain.errors import InputError
from app.domain.workorder import CONSENT_METHOD_NAMES
from app.i18n import QT_TRANSLATE_NOOP
from app.services import order_flow
from app.services.order_flow import ConsentForm
from app.services.orders import LineView
from ui import format as fmt
from ui.dialogs.form_dialog import FormDialog
from ui.i18n import status_name
from ui.widgets.field_error import with_error
from ui.widgets.order_header import fill_combo

APPROVAL, ADDED_WORK = "approval", "added_work"


class ConsentDialog(FormDialog):
    def __init__(self, context: AppContext, order_id: uuid.UUID, customer_name: str,
                 lines: list[LineView], mode: str, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("consent_dialog")
        self.order_id, self.mode = order_id, mode
        self.lines = [x for x in lines if mode == APPROVAL or x.approval == "awaiting"]
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("consent_lines")
        for line in self.lines:
            item = QListWidgetItem(f"{line.description}    {fmt.yuan(line.total_fen)}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if line.approval != "declined"
                               else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, line.id)
            self.list.addItem(item)
        self.given_by = QLineEdit(customer_name, self)
        self.given_by.setObjectName("given_by")
        self.method = QComboBox(self)
        self.method.setObjectName("method")
        self.given_at = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.given_at.setObjectName("given_at")
        self.given_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.labels = {k: QLabel(self) for k in ("given_by", "method", "given_at", "note")}
        form = QFormLayout()
        e = self.errors
        form.addRow(self.labels["given_by"],
                    with_error(self.given_by, e.add("given_by", self.given_by, self)))
        form.addRow(self.labels["method"], with_error(self.method,
                                                      e.add("method", self.method, self)))
        form.addRow(self.labels["given_at"],
                    with_error(self.given_at, e.add("given_at", self.given_at, self)))
        form.addRow(self.labels["note"], self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(with_error(self.list, e.add("lines", self.list, self)), 1)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.set_tab_chain([self.list, self.given_by, self.method, self.given_at, self.note])
        self.setMinimumSize(520, 420)
        self.retranslate()

    def retranslate(self) -> None:
        if self.mode == APPROVAL:
            self.setWindowTitle(self.tr("Customer's decision on the estimate"))
            self.intro.setText(self.tr("Ticked lines are approved. Untick what the customer "
                                       "declines; declined lines stay on the car's file as "
                                       "recommended work."))
        else:
            self.setWindowTitle(self.tr("Customer's consent to added work"))
            self.intro.setText(self.tr("The workshop may do the ticked lines once you save. "
                                       "Record who agreed, how and when."))
        self.labels["given_by"].setText(self.tr("Agreed by"))
        self.labels["method"].setText(self.tr("How"))
        self.labels["given_at"].setText(self.tr("When"))
        self.labels["note"].setText(self.tr("Note"))
        fill_combo(self.method, CONSENT_METHOD_NAMES, "ConsentMethod")
        self.retranslate_buttons(self.tr("&Record decision"))

    def ticked(self) -> tuple[list[uuid.UUID], list[uuid.UUID]]:
        yes, no = [], []
        for row in range(self.list.count()):
            item = self.list.item(row)
            target = yes if item.checkState() == Qt.CheckState.Checked else no
            target.append(item.data(Qt.ItemDataRole.UserRole))
        return yes, no

    def submit(self) -> bool:
        try:
            return self._record()
        except order_flow.MoveRefused as refused:  # e.g. another desk changed the order
            raise InputError("general", QT_TRANSLATE_NOOP(
                "InputError", "The order is {status} now and cannot take this decision; "
                "close and look at it again."), status=status_name(refused.status)) from None

    def _record(self) -> bool:
        consent = ConsentForm(self.given_by.text(), self.method.currentData(),
                              self.given_at.dateTime().toPython().astimezone(UTC),
                              self.note.text())
        yes, no = self.ticked()
        with self.context.write() as s:
            if self.mode == APPROVAL:
                order_flow.approve(s, self.context.user, self.order_id, consent, no)
            else:
                if yes:
                    order_flow.record_consent(s, self.context.user, self.order_id, yes,
                                              consent)
                if no:
                    order_flow.refuse_added_work(s, self.context.user, self.order_id, no,
                                                 consent.given_by)
        return True
