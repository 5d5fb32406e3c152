"""Register a customer (with their first car in the same form) or edit one.

One flow: the customer on the left, the car on the right; Save checks both as a whole. Refusals
appear next to their fields and nothing is saved; a phone, plate or VIN already on file shows
where it is, with a jump to that file.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.services import customers
from app.services.files import CustomerFile
from ui.dialogs.form_dialog import FormDialog
from ui.i18n import Retranslating
from ui.widgets.duplicate_panel import DuplicatePanel
from ui.widgets.field_error import with_error
from ui.widgets.phone_list import PhoneListEditor
from ui.widgets.vehicle_form import VehicleFormWidget

TEXT_FIELDS = ("name", "contact_person", "tax_id", "address")


class CustomerFields(Retranslating, QWidget):
    """The customer's own fields."""

    def __init__(self, dialog: FormDialog) -> None:
        super().__init__(dialog)
        errors = dialog.errors
        self.kind = QComboBox(self)
        self.kind.setObjectName("customer_kind")
        self.kind.addItem("", "person")
        self.kind.addItem("", "company")
        self.inputs = {f: QLineEdit(self) for f in TEXT_FIELDS}
        for field, edit in self.inputs.items():
            edit.setObjectName(f"customer_{field}" if field == "name" else field)
        self.phones = PhoneListEditor(errors, self)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("customer_note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(60)
        self.credit = QCheckBox(self)
        self.credit.setObjectName("credit_allowed")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.captions: dict[str, QLabel] = {}
        rows: list[tuple[str, QWidget, QWidget]] = [
            ("kind", self.kind, with_error(self.kind, errors.add("kind", self.kind, self))),
            ("name", self.inputs["name"], with_error(
                self.inputs["name"], errors.add("name", self.inputs["name"], self))),
            ("phones", self.phones, self.phones),
        ]
        rows += [(f, self.inputs[f], self.inputs[f]) for f in TEXT_FIELDS[1:]]
        rows += [("note", self.note, self.note), ("credit", self.credit, self.credit)]
        for key, buddy, cell in rows:
            caption = self.captions[key] = QLabel(self)
            caption.setBuddy(buddy)
            form.addRow(caption, cell)
        self.retranslate()

    def retranslate(self) -> None:
        self.kind.setItemText(0, self.tr("Person"))
        self.kind.setItemText(1, self.tr("Company"))
        captions = {
            "kind": self.tr("&Kind"), "name": self.tr("&Name"), "phones": self.tr("P&hones"),
            "contact_person": self.tr("&Contact person"), "tax_id": self.tr("&Tax ID"),
            "address": self.tr("&Address"), "note": self.tr("N&ote"), "credit": "",
        }
        widgets = {"kind": self.kind, "note": self.note, **self.inputs}
        for key, text in captions.items():
            self.captions[key].setText(text)
            if key in widgets:
                widgets[key].setAccessibleName(text.replace("&", ""))
        self.credit.setText(self.tr("May pay on account (挂账)"))
        self.credit.setAccessibleName(self.credit.text())
        self.inputs["tax_id"].setPlaceholderText(self.tr("companies: for the invoice"))

    def form(self) -> customers.CustomerForm:
        i = self.inputs
        return customers.CustomerForm(
            name=i["name"].text(), phones=tuple(self.phones.numbers()),
            kind=self.kind.currentData(), contact_person=i["contact_person"].text(),
            tax_id=i["tax_id"].text(), address=i["address"].text(),
            note=self.note.toPlainText(), credit_allowed=self.credit.isChecked(),
        )

    def set_form(self, form: customers.CustomerForm) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(form.kind), 0))
        values = {"name": form.name, "contact_person": form.contact_person,
                  "tax_id": form.tax_id, "address": form.address}
        for field, value in values.items():
            self.inputs[field].setText(value)
        self.phones.set_numbers(list(form.phones))
        self.note.setPlainText(form.note)
        self.credit.setChecked(form.credit_allowed)

    def focus_chain(self) -> list[QWidget]:
        i = self.inputs
        return [self.kind, i["name"], *self.phones.focus_chain(), i["contact_person"],
                i["tax_id"], i["address"], self.note, self.credit]


class CustomerDialog(FormDialog):
    """`customer_saved` carries the customer's id; `vehicle_saved` the first car's, if any."""

    customer_saved = Signal(uuid.UUID)
    vehicle_saved = Signal(uuid.UUID)
    file_requested = Signal(str, uuid.UUID)

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 customer: CustomerFile | None = None, with_car: bool = True,
                 plate_prefix: str = "") -> None:
        super().__init__(context, parent)
        self.setObjectName("customer_dialog")
        self.customer = customer
        self.customer_box = QGroupBox(self)
        self.fields = CustomerFields(self)
        customer_layout = QVBoxLayout(self.customer_box)
        customer_layout.addWidget(self.fields)
        customer_layout.addStretch(1)
        self.car_box = QGroupBox(self)
        self.car_box.setObjectName("first_car")
        self.car_box.setCheckable(True)
        self.car = VehicleFormWidget(self.errors, plate_prefix, self.car_box)
        car_layout = QVBoxLayout(self.car_box)
        car_layout.addWidget(self.car)
        car_layout.addStretch(1)
        self.car_box.setVisible(customer is None and with_car)
        self.car_box.setChecked(customer is None and with_car)
        self.duplicates = DuplicatePanel(self)
        self.duplicates.file_requested.connect(self._open_existing)
        self.fields.phones.rows_changed.connect(self._chain_tabs)
        boxes = QHBoxLayout()
        boxes.addWidget(self.customer_box, 1)
        boxes.addWidget(self.car_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(boxes)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        if customer is not None:  # filled from the record as it is now, with its version
            loaded = customers.editing(context.db, customer.customer_id)
            self.fields.set_form(loaded.form)
            self.stamp = loaded.stamp
        self._chain_tabs()
        self.setMinimumWidth(960 if self.car_box.isVisibleTo(self) else 500)
        self.retranslate()
        self.fields.inputs["name"].setFocus()

    def retranslate(self) -> None:
        editing = self.customer is not None
        self.setWindowTitle(self.tr("Edit customer") if editing else
                            self.tr("Register new customer"))
        self.customer_box.setTitle(self.tr("Customer"))
        self.car_box.setTitle(self.tr("Their car (untick for a customer without a car)"))
        self.retranslate_buttons()

    def prefill(self, text: str) -> None:
        """Put what was typed in the search box where it belongs: plate, phone or name."""
        from app.domain.errors import InputError
        from app.domain.phone import check_phone
        from app.domain.plate import check_plate

        text = text.strip()
        for check, target in ((check_plate, self.car.inputs["plate"]),
                              (check_phone, self.fields.phones.edits[0])):
            try:
                check(text)
            except InputError:
                continue
            target.setText(text.upper() if target is self.car.inputs["plate"] else text)
            return
        if text and not any(ch.isdigit() for ch in text):
            self.fields.inputs["name"].setText(text)

    def _chain_tabs(self) -> None:
        self.set_tab_chain([*self.fields.focus_chain(), self.car_box, *self.car.focus_chain()])

    def submit(self) -> bool:
        shared = self.duplicates.phone_sharing_allowed()
        self.duplicates.clear()
        form = self.fields.form()
        try:
            with self.context.write() as s:
                if self.customer is not None:
                    customers.update(s, self.context.user, self.customer.customer_id, form,
                                     allow_shared_phone=shared, loaded=self.stamp)
                    saved = customers.Registered(self.customer.customer_id)
                else:
                    car = self.car.form() if self.car_box.isChecked() else None
                    saved = customers.register(s, self.context.user, form, car,
                                               allow_shared_phone=shared)
        except customers.DuplicateFound as found:
            self.duplicates.show_duplicates(found.duplicates)
            return False
        self.customer_saved.emit(saved.customer_id)
        if saved.vehicle_id is not None:
            self.vehicle_saved.emit(saved.vehicle_id)
        return True

    def _open_existing(self, kind: str, ref: uuid.UUID) -> None:
        self.file_requested.emit(kind, ref)
        self.reject()
