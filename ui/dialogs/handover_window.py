"""The handover window (交车): walk-around beside the check-in, odometer out, pickup signature.

The check-in's marks are on the diagram (hollow, fixed) and its belongings beside it; marks found
now are placed on top as "new at pickup". The differences from the check-in are listed as they
are found. The customer signs on the pad; "Hand over" records the pickup, moves the settled
order to delivered, gives the warranty and makes the follow-up call task (app/services/handover).
Keyboard: Tab walks the form, the diagram has its own keys, Ctrl+Enter hands over, Ctrl+P
prints the pickup note.
"""

from __future__ import annotations

import uuid
from itertools import pairwise

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain.errors import InputError, InputErrors
from app.domain.handover import PickupFacts, difference_text, differences, numbered_marks
from app.domain.permissions import NotAllowed
from app.domain.warranty import CERTIFICATE_TYPES
from app.services import handover, orders, warranties
from app.services.handover import Walkaround
from app.services.order_flow import MoveRefused
from ui import format as fmt
from ui.dialogs.checkin_window import SIGN_FIRST
from ui.dialogs.form_dialog import NOT_ALLOWED
from ui.i18n import Retranslating, app_text, status_name
from ui.widgets.damage_diagram import Mark
from ui.widgets.field_error import FieldError
from ui.widgets.signature_pad import SignaturePad
from ui.widgets.walkaround_panel import WalkaroundPanel
from ui.widgets.why_not import allow


class HandoverWindow(Retranslating, QDialog):
    delivered = Signal(uuid.UUID)  # the order handed over
    print_requested = Signal(uuid.UUID, str)

    def __init__(self, context: AppContext, order_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handover_window")
        self.context, self.order_id = context, order_id
        with context.read() as s:
            self.seen: Walkaround = handover.walkaround(s, order_id)
            order = orders.load_order(s, order_id)
        self.order = order
        self.electric = order.fuel_type == "electric"
        self._build()
        self._lay_out()
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self._on_sign)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self._on_print_note)
        self.retranslate()
        self.reload()
        self.resize(QSize(1280, 690))  # fits 1366×768 with a taskbar

    # Building
    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setObjectName("handover_title")
        self.title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.state_line = QLabel(self)
        self.state_line.setObjectName("handover_state")
        self.state_line.setWordWrap(True)
        self.walkaround = WalkaroundPanel([
            Mark(int(m["number"]), float(m["x"]), float(m["y"]), m["kind"], m.get("note", ""))
            for m in self.seen.marks], self)
        self.walkaround.changed.connect(self._show_differences)
        self.diagram, self.mark_note = self.walkaround.diagram, self.walkaround.mark_note
        self.at_check_in = QLabel(self)
        self.at_check_in.setObjectName("at_check_in")
        self.at_check_in.setWordWrap(True)
        self.odometer = QSpinBox(self)
        self.odometer.setObjectName("odometer_out")
        self.odometer.setRange(0, 2_147_483_647)  # a reading too large is refused with the limit
        self.odometer.setSuffix(" km")
        self.odometer.setGroupSeparatorShown(True)
        self.odometer.valueChanged.connect(self._show_differences)
        self.odometer_error = FieldError("odometer_out", self)
        self.fuel = QSlider(Qt.Orientation.Horizontal, self)
        self.fuel.setObjectName("fuel_out")
        self.fuel.setRange(0, 100 if self.electric else 8)
        self.fuel_value = QLabel(self)
        self.fuel.valueChanged.connect(self._show_differences)
        self.returned = QCheckBox(self)
        self.returned.setObjectName("belongings_returned")
        self.returned.setChecked(True)
        self.returned.toggled.connect(self._show_differences)
        self.returned_note = QLineEdit(self)
        self.returned_note.setObjectName("belongings_note")
        self.returned_note.textEdited.connect(self._show_differences)
        self.differences = QLabel(self)
        self.differences.setObjectName("pickup_differences")
        self.differences.setWordWrap(True)
        self.differences.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.pad = SignaturePad(self)
        self.pad.setObjectName("pickup_signature_pad")
        self.pad.setMaximumHeight(170)
        self.signer = QLineEdit(self.seen.customer_name, self)
        self.signer.setObjectName("pickup_signer")
        self.clear_pad = QPushButton(self)
        self.clear_pad.clicked.connect(self.pad.clear)
        self.undo_pad = QPushButton(self)
        self.undo_pad.clicked.connect(self.pad.undo_stroke)
        self.error = FieldError("general", self)
        self.buttons = {name: QPushButton(self) for name in (
            "sign", "skip", "print_note", "print_certificate", "close")}
        for name, button in self.buttons.items():
            button.setObjectName(f"handover_{name}")
            button.clicked.connect(getattr(self, f"_on_{name}"))

    def _lay_out(self) -> None:
        self.car_box = QGroupBox(self)
        car = QFormLayout(self.car_box)
        self.car_labels = {k: QLabel(self) for k in ("check_in", "odometer", "fuel", "returned")}
        car.addRow(self.car_labels["check_in"], self.at_check_in)
        odometer = QVBoxLayout()
        odometer.addWidget(self.odometer)
        odometer.addWidget(self.odometer_error)
        car.addRow(self.car_labels["odometer"], odometer)
        fuel = QHBoxLayout()
        fuel.addWidget(self.fuel, 1)
        fuel.addWidget(self.fuel_value)
        car.addRow(self.car_labels["fuel"], fuel)
        car.addRow(self.car_labels["returned"], self.returned)
        car.addRow("", self.returned_note)
        self.car_labels["odometer"].setBuddy(self.odometer)
        self.car_labels["fuel"].setBuddy(self.fuel)
        self.differences_box = QGroupBox(self)
        QVBoxLayout(self.differences_box).addWidget(self.differences)
        self.sign_box = QGroupBox(self)
        sign = QGridLayout(self.sign_box)
        self.signer_label = QLabel(self)
        self.signer_label.setBuddy(self.signer)
        sign.addWidget(self.pad, 0, 0, 1, 4)
        sign.addWidget(self.signer_label, 1, 0)
        sign.addWidget(self.signer, 1, 1)
        sign.addWidget(self.undo_pad, 1, 2)
        sign.addWidget(self.clear_pad, 1, 3)
        sign.setColumnStretch(1, 1)
        # The signature beside the walk-around, not under it: the window fits a 768-pixel
        # screen with the diagram still large enough to place a mark by hand.
        right = QVBoxLayout()
        right.addWidget(self.car_box)
        right.addWidget(self.differences_box, 1)
        right.addWidget(self.sign_box)
        grid = QGridLayout()
        grid.addWidget(self.walkaround, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for name in ("print_certificate", "print_note", "skip", "sign", "close"):
            buttons.addWidget(self.buttons[name])
        self.error.keep_place()  # a refusal appearing never moves the buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.state_line)
        layout.addLayout(grid, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        # Enter in a field hands nothing over by accident: only Ctrl+Enter or the button does.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        chain = [*self.walkaround.focus_chain(), self.odometer,
                 self.fuel, self.returned, self.returned_note, self.pad, self.signer,
                 self.undo_pad, self.clear_pad, self.buttons["sign"], self.buttons["skip"],
                 self.buttons["print_note"], self.buttons["print_certificate"],
                 self.buttons["close"]]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hand over — {number}").format(number=self.seen.number))
        self.title.setText(" · ".join(x for x in (
            self.seen.number, self.seen.plate, self.order.vehicle, self.seen.customer_name) if x))
        self.car_box.setTitle(self.tr("Car and belongings"))
        for key, text in {
            "check_in": self.tr("At check-in"), "odometer": self.tr("&Odometer out"),
            "fuel": self.tr("&Battery now") if self.electric else self.tr("&Fuel now"),
            "returned": self.tr("Belongings"),
        }.items():
            self.car_labels[key].setText(text)
        self.returned.setText(self.tr("All &returned to the customer"))
        self.returned_note.setPlaceholderText(self.tr("what was not returned, and why"))
        self.differences_box.setTitle(self.tr("Differences from the check-in"))
        self.sign_box.setTitle(self.tr("Customer's pickup signature"))
        self.signer_label.setText(self.tr("Signed &by"))
        self.clear_pad.setText(self.tr("Clear"))
        self.undo_pad.setText(self.tr("Undo stroke"))
        for name, text in {
            "sign": self.tr("Sign and &hand over (Ctrl+Enter)"),
            "skip": self.tr("Hand over without signature"),
            "print_note": self.tr("Print &pickup note"),
            "print_certificate": self.tr("Print &certificate"), "close": self.tr("Close"),
        }.items():
            self.buttons[name].setText(text)
        self._show_check_in()
        self._show_differences()
        self.error.retranslate()
        self._show_state()

    # Showing
    def reload(self) -> None:
        with self.context.read() as s:
            self.seen = handover.walkaround(s, self.order_id)
            self.record = handover.current(s, self.order_id)
            self.warranty = warranties.for_order(s, self.order_id)
            self.tasks = handover.follow_ups(s, self.order_id)
        done = self.record is not None
        if self.record is not None:
            self.walkaround.show_new_marks(list(self.record.new_marks))
            self.pad.set_strokes([[tuple(p) for p in stroke]
                                  for stroke in self.record.signature_strokes])
            self.odometer.setValue(self.record.odometer_out_km or 0)
            level = (self.record.battery_percent_out if self.electric
                     else self.record.fuel_eighths_out)
            if level is not None:
                self.fuel.setValue(level)
            self.returned.setChecked(self.record.belongings_returned)
            self.returned_note.setText(self.record.belongings_note)
            if self.record.signer:
                self.signer.setText(self.record.signer)
        else:
            self.odometer.setValue(self.seen.odometer_in_km or 0)
            level = self.seen.battery_percent_in if self.electric else self.seen.fuel_eighths_in
            self.fuel.setValue(level if level is not None else (50 if self.electric else 4))
        for widget in (self.odometer, self.fuel, self.returned, self.returned_note, self.signer):
            widget.setEnabled(not done)
        handed = self.tr("The car is handed over already.") if done else None
        self.walkaround.set_locked(done)
        self.pad.set_locked(done)
        b = self.buttons
        for button in (b["sign"], b["skip"], self.clear_pad, self.undo_pad):
            allow(button, handed)
        b["skip"].setVisible(not self.seen.signature_mandatory)
        allow(b["print_note"], None if done
              else self.tr("The pickup note prints once the car is handed over."))
        b["print_certificate"].setVisible(self.order.header.repair_type in CERTIFICATE_TYPES)
        self._show_state()
        self._show_differences()

    def _show_state(self) -> None:
        record = getattr(self, "record", None)
        if record is None:
            text = self.tr("{status}: walk round the car with the customer, then sign").format(
                status=status_name(self.seen.status))
        elif record.status == "signed":
            text = self.tr("Handed over to {who} at {time} by {by} · check code {code}").format(
                who=record.signer, time=fmt.local_time(record.signed_at),
                by=record.handed_over_by_name, code=record.content_hash[:12])
        else:
            text = self.tr("Handed over without signature at {time} by {by}").format(
                time=fmt.local_time(record.signed_at), by=record.handed_over_by_name)
        warranty = getattr(self, "warranty", None)
        if record is not None and warranty is not None:
            text += "  ·  " + self.tr("Warranty {km} km / {days} days: until {day}{or_km}").format(
                km=f"{warranty.km:,}", days=warranty.days, day=warranty.until_on.isoformat(),
                or_km=self.tr(" or {km} km").format(km=f"{warranty.until_km:,}")
                if warranty.until_km is not None else "")
        tasks = getattr(self, "tasks", [])
        if record is not None and tasks:
            text += "  ·  " + self.tr("follow-up call due {day}").format(
                day=tasks[0].due_on.isoformat())
        self.state_line.setText(text)

    def _show_check_in(self) -> None:
        seen = self.seen
        none = self.tr("none")
        keys = "" if seen.keys_count is None else self.tr("{n} key(s)").format(n=seen.keys_count)
        km = f"{seen.odometer_in_km:,} km" if seen.odometer_in_km is not None else none
        version = (self.tr("check-in version {n}").format(n=seen.check_in_version)
                   if seen.check_in_version else self.tr("no signed check-in"))
        self.at_check_in.setText("\n".join([
            version, self.tr("Odometer {km}").format(km=km),
            self.tr("Belongings: {what}").format(
                what="；".join(x for x in (keys, seen.belongings) if x) or none),
            self.tr("Valuables: {what}").format(what=seen.valuables or none)]))

    def facts(self) -> PickupFacts:
        level = self.fuel.value()
        return PickupFacts(
            odometer_out_km=self.odometer.value() or None,
            fuel_eighths_out=None if self.electric else level,
            battery_percent_out=level if self.electric else None,
            new_marks=self.walkaround.new_marks(),
            belongings_returned=self.returned.isChecked(),
            belongings_note=self.returned_note.text())

    def _show_differences(self) -> None:
        level = self.fuel.value()
        self.fuel_value.setText(f"{level} %" if self.electric else f"{level}/8")
        self.returned_note.setVisible(not self.returned.isChecked())
        record = getattr(self, "record", None)
        if record is not None:
            found = list(record.differences)
        else:
            facts = self.facts()
            marks = numbered_marks(facts.new_marks, len(self.seen.marks))
            found = differences(facts, marks, self.seen.odometer_in_km, self.seen.fuel_eighths_in,
                                self.seen.battery_percent_in)
        texts = [difference_text(d, QCoreApplication.translate) for d in found]
        self.differences.setText("\n".join(f"{n}. {t}" for n, t in enumerate(texts, start=1))
                                 or self.tr("As at check-in: no differences."))

    # Handing over
    def _deliver(self, strokes: list, png: bytes | None) -> None:  # type: ignore[type-arg]
        self.error.show_error(None)
        self.odometer_error.show_error(None)
        try:
            with self.context.write() as s:
                handover.deliver(s, self.context.user, self.order_id, self.facts(), strokes,
                                 png, self.signer.text())
        except InputErrors as refused:
            for error in refused.errors:
                (self.odometer_error if error.field == "odometer_out" else self.error
                 ).show_error(error)
            return
        except MoveRefused as refused:
            self.error.show_error(InputError("general", NOT_NOW, why=app_text(
                "MoveRefused", refused.why) if refused.why else status_name(refused.status)))
            return
        except NotAllowed:
            self.error.show_error(InputError("general", NOT_ALLOWED))
            return
        self.reload()
        self.delivered.emit(self.order_id)

    def _on_sign(self) -> None:
        if self.record is not None:
            return
        if self.pad.is_empty():
            self.error.show_error(InputError("signature", SIGN_FIRST))
            self.pad.setFocus()
            return
        self._deliver(self.pad.strokes(), self.pad.render_png())

    def _on_skip(self) -> None:
        if self.record is None:
            self._deliver([], None)

    def _on_print_note(self) -> None:
        if self.record is not None:
            self.print_requested.emit(self.order_id, "pickup")

    def _on_print_certificate(self) -> None:
        from app.services.handover_documents import NoCertificate, certificate_document

        try:
            with self.context.read() as s:
                certificate_document(s, self.order_id)
        except NoCertificate:
            self.error.show_error(InputError("general", NO_CERTIFICATE))
            return
        self.print_requested.emit(self.order_id, "certificate")

    def _on_close(self) -> None:
        self.accept()


NOT_NOW = QT_TRANSLATE_NOOP("InputError", "Not possible now: {why}")
NO_CERTIFICATE = QT_TRANSLATE_NOOP(
    "InputError", "No completion certificate: the car has not passed its completion check, or "
    "its repair type needs none.")
