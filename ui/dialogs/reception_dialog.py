"""Taking a car in (接车登记): what the customer says, mileage, fuel, promised time, who pays.

One form on top of the car's file; Save opens the work order. The quick phrases the shop keeps
are buttons that add their text to the description, so the advisor types as little as possible.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain.warranty import term_for
from app.services import comebacks, orders, warranties
from app.services.files import VehicleFile
from ui import format as fmt
from ui.dialogs.form_dialog import FormDialog
from ui.widgets.comeback_choice import ComebackChoice
from ui.widgets.field_error import with_error
from ui.widgets.order_header import HeaderFields

PHRASES_PER_ROW = 5


class ReceptionDialog(FormDialog):
    """The reception form for one car; `opened(order_id)` once the order exists."""

    opened = Signal(uuid.UUID)

    def __init__(self, context: AppContext, car: VehicleFile, phrases: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("reception_dialog")
        self.car = car
        self.order_id: uuid.UUID | None = None
        owner = car.owner
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.contact = QLineEdit(fmt.phone(owner.phone) if owner and owner.phone else "", self)
        self.contact.setObjectName("contact_phone")
        self.complaint = QPlainTextEdit(self)
        self.complaint.setObjectName("complaint")
        self.complaint.setTabChangesFocus(True)
        self.complaint.setMinimumHeight(60)
        self.complaint.setMaximumHeight(90)
        self.phrase_buttons = [self._phrase_button(text) for text in phrases]
        self.mileage = QLineEdit(self)
        self.mileage.setObjectName("mileage")
        self.odometer_replaced = QCheckBox(self)
        self.odometer_replaced.setObjectName("odometer_replaced")
        self.odometer_note = QLineEdit(self)
        self.odometer_note.setObjectName("odometer_note")
        self.odometer_note.setEnabled(False)
        self.odometer_replaced.toggled.connect(self.odometer_note.setEnabled)
        self.electric = car.fuel_type == "electric"
        self.fuel = QSlider(Qt.Orientation.Horizontal, self)
        self.fuel.setObjectName("fuel")
        self.fuel.setRange(0, 100 if self.electric else 8)
        self.fuel.setValue(50 if self.electric else 4)
        self.fuel.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.fuel.setTickInterval(10 if self.electric else 1)
        self.fuel_value = QLabel(self)
        self.fuel.valueChanged.connect(self._show_fuel)
        self.appointment = QCheckBox(self)
        self.appointment.setObjectName("from_appointment")
        self.comeback = ComebackChoice(context, car.vehicle_id, self)  # handover (issue 6)
        self.promised = QDateTimeEdit(self)
        self.promised.setObjectName("promised_at")
        self.promised.setCalendarPopup(True)
        self.promised.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.promised.setDateTime(_default_promise())
        self.header = HeaderFields(self)
        h = self.header
        self.category, self.repair_type, self.payer = h.category, h.repair_type, h.payer
        self.insurer, self.claim = h.insurer, h.claim
        # The law asks the shop to tell the warranty at reception: the chosen repair type's term.
        with context.read() as session:
            self.promised_terms = warranties.promised(session)
        self.warranty_term = QLabel(self)
        self.warranty_term.setObjectName("warranty_term")
        self.warranty_term.setStyleSheet("color: #2e7d32;")
        self.repair_type.currentIndexChanged.connect(lambda _i: self._show_warranty())
        self._lay_out()
        self.retranslate()
        self.mileage.setFocus()

    def _phrase_button(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName("phrase")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab stays on the form's fields
        button.clicked.connect(lambda: self._add_phrase(text))
        return button

    def _add_phrase(self, text: str) -> None:
        current = self.complaint.toPlainText().strip()
        self.complaint.setPlainText(f"{current}，{text}" if current else text)

    def _lay_out(self) -> None:
        e = self.errors
        form = QFormLayout()
        self.form = form
        form.addRow(self.heading)
        self.labels = {name: QLabel(self) for name in (
            "mileage", "odometer_note", "fuel", "complaint", "contact", "promised", "category",
            "repair_type", "payer", "insurer", "claim")}
        # Each input with its refusal under it fills its own row, so a message never clips.
        form.addRow(self.labels["mileage"], with_error(
            self.mileage, e.add("mileage", self.mileage, self)))
        note = QHBoxLayout()
        note.addWidget(self.odometer_replaced)
        note.addWidget(with_error(
            self.odometer_note, e.add("odometer_note", self.odometer_note, self)), 1)
        form.addRow(self.labels["odometer_note"], note)
        fuel = QHBoxLayout()
        fuel.addWidget(self.fuel, 1)
        fuel.addWidget(self.fuel_value)
        form.addRow(self.labels["fuel"], fuel)
        phrases = QVBoxLayout()
        for start in range(0, len(self.phrase_buttons), PHRASES_PER_ROW):
            row = QHBoxLayout()
            for button in self.phrase_buttons[start:start + PHRASES_PER_ROW]:
                row.addWidget(button)
            row.addStretch(1)
            phrases.addLayout(row)
        complaint = QVBoxLayout()
        complaint.addWidget(self.complaint)
        complaint.addLayout(phrases)
        form.addRow(self.labels["complaint"], complaint)
        form.addRow(self.labels["contact"], with_error(
            self.contact, e.add("contact_phone", self.contact, self)))
        form.addRow(self.labels["promised"], with_error(
            self.promised, e.add("promised_at", self.promised, self)))
        form.addRow("", self.appointment)
        form.addRow("", with_error(self.comeback, e.add("comeback", self.comeback.check, self)))
        form.addRow(self.labels["category"], with_error(
            self.category, e.add("category", self.category, self)))
        repair_type = QHBoxLayout()
        repair_type.addWidget(self.repair_type, 1)
        repair_type.addWidget(self.warranty_term)
        form.addRow(self.labels["repair_type"], repair_type)
        form.addRow(self.labels["payer"], self.payer)
        form.addRow(self.labels["insurer"], self.insurer)
        form.addRow(self.labels["claim"], with_error(
            self.claim, e.add("claim_number", self.claim, self)))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.set_tab_chain([self.mileage, self.odometer_replaced, self.odometer_note, self.fuel,
                            self.complaint, self.contact, self.promised, self.appointment,
                            self.comeback.check, self.comeback.original,
                            *self.header.widgets()])
        self.setMinimumWidth(620)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Take the car in"))
        car = self.car
        self.heading.setText(" · ".join(x for x in (
            car.plate, " ".join(x for x in (car.brand, car.model) if x),
            car.owner.name if car.owner else "") if x))
        texts = {
            "mileage": self.tr("O&dometer (km)"), "odometer_note": self.tr("Odometer"),
            "fuel": self.tr("&Battery charge") if self.electric else self.tr("&Fuel level"),
            "complaint": self.tr("Customer &says"), "contact": self.tr("Contact &phone"),
            "promised": self.tr("P&romised for"), "category": self.tr("&Category"),
            "repair_type": self.tr("Repair &type"), "payer": self.tr("Who pa&ys"),
            "insurer": self.tr("&Insurer"), "claim": self.tr("Claim &no."),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        buddies = {"mileage": self.mileage, "odometer_note": self.odometer_note,
                   "fuel": self.fuel, "complaint": self.complaint, "contact": self.contact,
                   "promised": self.promised, "category": self.category,
                   "repair_type": self.repair_type, "payer": self.payer,
                   "insurer": self.insurer, "claim": self.claim}
        for name, widget in buddies.items():
            self.labels[name].setBuddy(widget)  # Alt+letter jumps there; "&" is not shown
        self.mileage.setPlaceholderText(self.tr("last recorded: {km}").format(
            km=fmt.km(car.mileage_km) or "—"))
        self.odometer_replaced.setText(self.tr("Replaced; why:"))
        self.appointment.setText(self.tr("Came by appointment"))
        self.complaint.setPlaceholderText(self.tr("In the customer's words; click a phrase "
                                                  "below to add it."))
        self.header.retranslate(self.tr("(not set)"))
        for combo, name in ((self.category, "category"), (self.repair_type, "repair_type"),
                            (self.payer, "payer")):
            combo.setAccessibleName(texts[name])
        self._show_fuel()
        self._show_warranty()
        self.retranslate_buttons(self.tr("&Open work order"))

    def _show_warranty(self) -> None:
        term = term_for(self.repair_type.currentData() or None, self.promised_terms)
        self.warranty_term.setText(self.tr("Warranty {km} km or {days} days").format(
            km=f"{term.km:,}", days=term.days) if term else "")

    def _show_fuel(self) -> None:
        value = self.fuel.value()
        self.fuel_value.setText(f"{value} %" if self.electric else f"{value}/8")
        self.fuel.setAccessibleName(self.fuel_value.text())

    def form_data(self) -> orders.ReceptionForm:
        owner = self.car.owner
        promised = self.promised.dateTime().toPython().astimezone(UTC)
        return orders.ReceptionForm(
            vehicle_id=self.car.vehicle_id, customer_id=owner.customer_id if owner else None,  # type: ignore[arg-type]
            contact_phone=self.contact.text(), complaint=self.complaint.toPlainText(),
            mileage=self.mileage.text(), odometer_replaced=self.odometer_replaced.isChecked(),
            odometer_note=self.odometer_note.text(),
            fuel_eighths=None if self.electric else self.fuel.value(),
            battery_percent=self.fuel.value() if self.electric else None,
            from_appointment=self.appointment.isChecked(), promised_at=promised,
            **self.header.values(),
        )

    def submit(self) -> bool:
        try:
            with self.context.write() as s:
                self.order_id = orders.open_order(s, self.context.user, self.form_data())
                original = self.comeback.original_id()
                if original is not None:  # refused (out of warranty): nothing is opened
                    comebacks.mark_comeback(s, self.context.user, self.order_id, original)
        except orders.OpenOrderExists as existing:
            # Another desk took the car in meanwhile: continue its order, never a second one.
            self.order_id = existing.order_id
        self.opened.emit(self.order_id)
        return True


def _default_promise() -> QDateTime:
    """Two hours from now, on the half hour: what most desks promise for a small job."""
    soon = datetime.now().astimezone() + timedelta(hours=2)
    soon = soon.replace(minute=30 if soon.minute < 30 else 0, second=0, microsecond=0)
    if soon.minute == 0:
        soon += timedelta(hours=1)
    return QDateTime(soon.date(), soon.time())


