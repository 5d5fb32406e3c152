"""The customer's file: who they are, how to reach them, and all their cars (sold ones marked)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.files import CustomerFile
from ui import format as fmt
from ui.i18n import Retranslating
from ui.models.file_models import CustomerVehiclesModel
from ui.widgets.file_parts import Details, FileTable

DETAIL_KEYS = ("kind", "phones", "contact_person", "tax_id", "address", "note", "credit",
               "since", "visits")


class CustomerFileView(Retranslating, QWidget):
    vehicle_selected = Signal(uuid.UUID)
    edit_requested = Signal()
    add_car_requested = Signal()
    merge_requested = Signal()
    merged_file_requested = Signal(uuid.UUID)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer_file")
        self.file: CustomerFile | None = None
        self._actor: Actor | None = None
        self.title = QLabel(self)
        self.title.setObjectName("customer_title")
        self.title.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.merged_note = QPushButton(self)
        self.merged_note.setObjectName("merged_note")
        self.merged_note.setFlat(True)
        self.merged_note.setStyleSheet("color: #ef6c00; text-align: left;")
        self.merged_note.clicked.connect(self._open_merged)
        self.edit_button = self._button("edit_customer", self.edit_requested)
        self.add_car_button = self._button("add_car", self.add_car_requested)
        self.merge_button = self._button("merge_customer", self.merge_requested)
        self.details_box = QGroupBox(self)
        self.details = Details(DETAIL_KEYS, self.details_box)
        QVBoxLayout(self.details_box).addWidget(self.details)
        self.cars_box = QGroupBox(self)
        self.cars_model = CustomerVehiclesModel(self)
        self.cars = FileTable(self.cars_box)
        self.cars.setObjectName("customer_vehicles")
        self.cars.setModel(self.cars_model)
        self.cars.row_activated.connect(self._open_car)
        QVBoxLayout(self.cars_box).addWidget(self.cars)
        self._lay_out()
        self.retranslate()

    def _button(self, name: str, signal: Signal) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(signal)
        return button

    def _lay_out(self) -> None:
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        for button in (self.edit_button, self.add_car_button, self.merge_button):
            head.addWidget(button)
        body = QHBoxLayout()
        body.addWidget(self.details_box, 2)
        body.addWidget(self.cars_box, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.merged_note)
        layout.addLayout(body, 1)

    def retranslate(self) -> None:
        self.edit_button.setText(self.tr("&Edit customer"))
        self.add_car_button.setText(self.tr("&Add car"))
        self.merge_button.setText(self.tr("&Merge duplicate…"))
        self.merge_button.setToolTip(self.tr(
            "Fold another file of the same customer into this one; cars, orders and phones "
            "move over (manager)"))
        self.details_box.setTitle(self.tr("Customer"))
        self.cars_box.setTitle(self.tr("Cars (Enter or double-click opens the car's file)"))
        self.details.set_captions({
            "kind": self.tr("Kind"), "phones": self.tr("Phones"),
            "contact_person": self.tr("Contact person"), "tax_id": self.tr("Tax ID"),
            "address": self.tr("Address"), "note": self.tr("Note"),
            "credit": self.tr("On account"), "since": self.tr("Customer since"),
            "visits": self.tr("Work orders"),
        })
        self.cars_model.retranslate()
        if self.file is not None:
            self.show_file(self.file, self._actor)

    def show_file(self, file: CustomerFile, actor: Actor | None) -> None:
        self.file, self._actor = file, actor
        self.title.setText(file.name)
        kind = self.tr("Company") if file.kind == "company" else self.tr("Person")
        visits = str(file.order_count)
        if file.last_visit:
            visits = self.tr("{n}, last on {date}").format(
                n=file.order_count, date=fmt.local_date(file.last_visit))
        self.details.set_values({
            "kind": kind,
            "phones": "\n".join(fmt.phone(p.number) for p in file.phones),
            "contact_person": file.contact_person, "tax_id": file.tax_id,
            "address": file.address, "note": file.note,
            "credit": self.tr("allowed") if file.credit_allowed else self.tr("not allowed"),
            "since": fmt.local_date(file.created_at), "visits": visits,
        })
        self.merged_note.setVisible(file.merged_into_id is not None)
        self.merged_note.setText(self.tr(
            "This file was merged into another customer's file — open that file"))
        self.cars_model.set_rows(file.vehicles)
        if file.vehicles:
            self.cars.selectRow(0)
        may = actor.may if actor else (lambda _p: False)
        self.edit_button.setEnabled(may(Permission.CUSTOMER_EDIT) and not file.merged_into_id)
        self.add_car_button.setEnabled(may(Permission.VEHICLE_EDIT) and not file.merged_into_id)
        self.merge_button.setVisible(may(Permission.CUSTOMER_MERGE))
        self.merge_button.setEnabled(not file.merged_into_id)

    def _open_car(self, row: int) -> None:
        car = self.cars_model.row_at(row)
        if car is not None:
            self.vehicle_selected.emit(car.vehicle_id)

    def _open_merged(self) -> None:
        if self.file is not None and self.file.merged_into_id is not None:
            self.merged_file_requested.emit(self.file.merged_into_id)
