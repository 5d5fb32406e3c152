"""Add a car to a customer on file, or edit a car's details."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.context import AppContext
from app.services import customers, vehicles
from app.services.files import VehicleFile
from ui.dialogs.form_dialog import FormDialog
from ui.widgets.duplicate_panel import DuplicatePanel
from ui.widgets.vehicle_form import VehicleFormWidget


class VehicleDialog(FormDialog):
    """Give `vehicle` to edit it, or `customer_id` (and its name) to add a car to that customer."""

    vehicle_saved = Signal(uuid.UUID)
    file_requested = Signal(str, uuid.UUID)

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 vehicle: VehicleFile | None = None, customer_id: uuid.UUID | None = None,
                 customer_name: str = "", plate_prefix: str = "") -> None:
        super().__init__(context, parent)
        if vehicle is None and customer_id is None:
            raise ValueError("a car to edit or a customer to add one to")
        self.setObjectName("vehicle_dialog")
        self.vehicle = vehicle
        self.customer_id = customer_id
        self.customer_name = customer_name
        self.owner_label = QLabel(self)
        self.car = VehicleFormWidget(self.errors, plate_prefix, self)
        self.duplicates = DuplicatePanel(self)
        self.duplicates.file_requested.connect(self._open_existing)
        layout = QVBoxLayout(self)
        layout.addWidget(self.owner_label)
        layout.addWidget(self.car)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        if vehicle is not None:  # filled from the car as it is now, with its version
            loaded = vehicles.editing(context.db, vehicle.vehicle_id)
            self.car.set_form(loaded.form)
            self.stamp = loaded.stamp
        self.set_tab_chain(self.car.focus_chain())
        self.setMinimumWidth(540)
        self.retranslate()
        self.car.inputs["plate"].setFocus()

    def retranslate(self) -> None:
        if self.vehicle is not None:
            self.setWindowTitle(self.tr("Edit car {plate}").format(plate=self.vehicle.plate))
        else:
            self.setWindowTitle(self.tr("Add a car"))
        self.owner_label.setVisible(bool(self.customer_name))
        self.owner_label.setText(self.tr("Owner: {name}").format(name=self.customer_name))
        self.retranslate_buttons()

    def submit(self) -> bool:
        self.duplicates.clear()
        form = self.car.form()
        try:
            with self.context.write() as s:
                if self.vehicle is not None:
                    vehicles.update(s, self.context.user, self.vehicle.vehicle_id, form,
                                    loaded=self.stamp)
                    vehicle_id = self.vehicle.vehicle_id
                else:
                    assert self.customer_id is not None
                    vehicle_id = vehicles.add(s, self.context.user, self.customer_id, form)
        except customers.DuplicateFound as found:
            self.duplicates.show_duplicates(found.duplicates)
            return False
        self.vehicle_saved.emit(vehicle_id)
        return True

    def _open_existing(self, kind: str, ref: uuid.UUID) -> None:
        self.file_requested.emit(kind, ref)
        self.reject()
