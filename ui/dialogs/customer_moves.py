"""Moving things between customers: merging a duplicate file, transferring a sold car."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain.errors import InputError
from app.services import customers, vehicles
from app.services.files import CustomerFile, VehicleFile
from ui.dialogs.form_dialog import FormDialog
from ui.widgets.customer_picker import CustomerPicker
from ui.widgets.field_error import with_error

PICK_FIRST = QT_TRANSLATE_NOOP(
    "InputError", "Choose the customer first: type a name or phone and pick a line.")


class MergeDialog(FormDialog):
    """Fold another file of the same customer into `keep` (manager or administrator)."""

    customers_merged = Signal(uuid.UUID)

    def __init__(self, context: AppContext, keep: CustomerFile,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("merge_dialog")
        self.keep = keep
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.picker = CustomerPicker(context, keep.customer_id, self)
        self.picker.customer_picked.connect(lambda *_: self.retranslate())
        picker_error = self.errors.add("merge", self.picker.field, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(with_error(self.picker, picker_error))
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumSize(560, 420)
        self.retranslate()
        self.picker.field.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Merge a duplicate into {name}").format(name=self.keep.name))
        self.intro.setText(self.tr(
            "Find the other file of {name}. Its cars, work orders and phones move into this "
            "file; the other file is kept, marked as merged, and the audit log records it. "
            "This cannot be undone.").format(name=self.keep.name))
        picked = self.picker.picked
        self.retranslate_buttons(
            self.tr("&Merge {other} into this file").format(other=picked[1].split(" · ")[0])
            if picked else self.tr("&Merge into this file"))

    def submit(self) -> bool:
        if self.picker.picked is None:
            raise InputError("merge", PICK_FIRST)
        with self.context.write() as s:
            customers.merge(s, self.context.user, self.keep.customer_id, self.picker.picked[0])
        self.customers_merged.emit(self.keep.customer_id)
        return True


class TransferDialog(FormDialog):
    """The car was sold: choose (or register) the new owner; the car keeps its file."""

    vehicle_transferred = Signal(uuid.UUID)
    register_requested = Signal()

    def __init__(self, context: AppContext, vehicle: VehicleFile,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("transfer_dialog")
        self.vehicle = vehicle
        owner = vehicle.owner
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.picker = CustomerPicker(context, owner.customer_id if owner else None, self)
        self.register_button = QPushButton(self)
        self.register_button.setObjectName("transfer_register")
        self.register_button.clicked.connect(self.register_requested)
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setObjectName("transfer_date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.note = QLineEdit(self)
        self.note.setObjectName("transfer_note")
        form = QFormLayout()
        self.date_label, self.note_label = QLabel(self), QLabel(self)
        form.addRow(self.date_label, with_error(self.date, self.errors.add("date", self.date)))
        form.addRow(self.note_label, self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(with_error(self.picker, self.errors.add("owner", self.picker.field)))
        layout.addWidget(self.register_button)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumSize(560, 460)
        self.retranslate()
        self.picker.field.setFocus()

    def retranslate(self) -> None:
        plate = self.vehicle.plate or self.vehicle.vin
        self.setWindowTitle(self.tr("Transfer {plate} to another owner").format(plate=plate))
        owner = self.vehicle.owner
        self.intro.setText(self.tr(
            "{plate} belongs to {owner} now. Find the new owner, or register them; the car "
            "keeps its file and history.").format(
                plate=plate, owner=owner.name if owner else self.tr("nobody")))
        self.register_button.setText(self.tr("Register the new owner…"))
        self.date_label.setText(self.tr("Sold on"))
        self.note_label.setText(self.tr("Note"))
        self.date.setAccessibleName(self.tr("Sold on"))
        self.note.setAccessibleName(self.tr("Note"))
        self.retranslate_buttons(self.tr("&Transfer"))

    def submit(self) -> bool:
        if self.picker.picked is None:
            raise InputError("owner", PICK_FIRST)
        with self.context.write() as s:
            vehicles.transfer(s, self.context.user, self.vehicle.vehicle_id,
                              self.picker.picked[0], on=self.date.date().toPython(),
                              note=self.note.text())
        self.vehicle_transferred.emit(self.vehicle.vehicle_id)
        return True
