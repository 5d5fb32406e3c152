"""The car's file (一车一档): the car, its owners over time and every work order, newest first."""

from __future__ import annotations

import html
import uuid
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.permissions import Permission
from app.services.actor import Actor
from app.services.files import VehicleFile
from app.services.reception import DeskSummary
from ui import format as fmt
from ui.i18n import Retranslating, fuel_name, status_name
from ui.models.file_models import OrdersModel, OwnersModel
from ui.widgets.file_parts import Details, FileTable
from ui.widgets.warranty_banner import warranty_lines

COMPLAINT_HTML = '<span style="color:#b71c1c; font-weight:bold;">{}</span>'
DETAIL_KEYS = ("vin", "brand", "model", "year", "colour", "engine_no", "fuel", "mileage", "note")


class VehicleFileView(Retranslating, QWidget):
    edit_requested = Signal()
    transfer_requested = Signal()
    customer_selected = Signal(uuid.UUID)
    order_selected = Signal(uuid.UUID)
    new_order_requested = Signal()
    complaint_requested = Signal()
    close_complaint_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vehicle_file")
        self.file: VehicleFile | None = None
        self._actor: Actor | None = None
        self.title = QLabel(self)
        self.title.setObjectName("vehicle_title")
        self.title.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.owner_line = QLabel(self)
        self.owner_line.setObjectName("vehicle_owner")
        self.edit_button = self._button("edit_vehicle", self.edit_requested)
        self.transfer_button = self._button("transfer_vehicle", self.transfer_requested)
        self.owner_button = self._button("open_owner", None)
        self.owner_button.clicked.connect(self._open_owner)
        self.order_button = self._button("new_order", None)
        self.order_button.clicked.connect(self._order_clicked)
        self.order_button.setStyleSheet("font-weight: bold;")
        self.complaint_button = self._button("record_complaint", self.complaint_requested)
        self.close_complaint_button = self._button("close_complaint",
                                                   self.close_complaint_requested)
        self.close_complaint_button.hide()
        self.summary = QLabel(self)
        self.summary.setObjectName("desk_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)  # a complaint's line prints red
        self.summary.setStyleSheet(
            "background: #fff8e1; border: 1px solid #ffcc80; padding: 6px;")
        self.summary.hide()
        self.desk: DeskSummary | None = None
        self.details_box = QGroupBox(self)
        self.details = Details(DETAIL_KEYS, self.details_box)
        QVBoxLayout(self.details_box).addWidget(self.details)
        self.owners_box = QGroupBox(self)
        self.owners_model = OwnersModel(self)
        self.owners = FileTable(self.owners_box)
        self.owners.setObjectName("vehicle_owners")
        self.owners.setModel(self.owners_model)
        self.owners.row_activated.connect(self._open_owner_row)
        QVBoxLayout(self.owners_box).addWidget(self.owners)
        self.orders_box = QGroupBox(self)
        self.orders_model = OrdersModel(self)
        self.orders = FileTable(self.orders_box)
        self.orders.setObjectName("vehicle_orders")
        self.orders.setModel(self.orders_model)
        self.orders.row_activated.connect(self._open_order)
        QVBoxLayout(self.orders_box).addWidget(self.orders)
        self._lay_out()
        self.retranslate()

    def _button(self, name: str, signal: Signal | None) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        if signal is not None:
            button.clicked.connect(signal)
        return button

    def _lay_out(self) -> None:
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.owner_line)
        head.addLayout(titles, 1)
        for button in (self.order_button, self.edit_button, self.transfer_button,
                       self.owner_button, self.complaint_button, self.close_complaint_button):
            head.addWidget(button)
        top = QWidget(self)
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.details_box, 2)
        top_layout.addWidget(self.owners_box, 3)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(self.orders_box)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

    def retranslate(self) -> None:
        self.edit_button.setText(self.tr("&Edit car"))
        self.transfer_button.setText(self.tr("&Transfer to another owner…"))
        self.owner_button.setText(self.tr("Open &owner's file"))
        self.complaint_button.setText(self.tr("Complaint…"))
        self.close_complaint_button.setText(self.tr("Close complaint…"))
        self.details_box.setTitle(self.tr("Car"))
        self.owners_box.setTitle(self.tr("Owners over time"))
        self.details.set_captions({
            "vin": self.tr("VIN"), "brand": self.tr("Brand"), "model": self.tr("Model"),
            "year": self.tr("Year"), "colour": self.tr("Colour"),
            "engine_no": self.tr("Engine no."), "fuel": self.tr("Fuel"),
            "mileage": self.tr("Last mileage"), "note": self.tr("Note"),
        })
        self.owners_model.retranslate()
        self.orders_model.retranslate()
        self._show_desk()
        if self.file is not None:
            self.show_file(self.file, self._actor)
        else:
            self.orders_box.setTitle(self.tr("Work orders"))

    def show_file(self, file: VehicleFile, actor: Actor | None) -> None:
        self.file, self._actor = file, actor
        self.title.setText(file.plate or self.tr("(no plate)"))
        owner = file.owner
        car = " ".join(x for x in (file.brand, file.model, str(file.year or "")) if x)
        self.owner_line.setText(" · ".join(x for x in (
            car, owner.name if owner else self.tr("no current owner"),
            fmt.phone(owner.phone) if owner and owner.phone else "") if x))
        vin = file.vin
        if file.vin and file.vin_confirmed:
            vin = self.tr("{vin}  (check digit mismatch confirmed as read)").format(vin=file.vin)
        self.details.set_values({
            "vin": vin, "brand": file.brand, "model": file.model, "year": str(file.year or ""),
            "colour": file.colour, "engine_no": file.engine_no, "fuel": fuel_name(file.fuel_type),
            "mileage": fmt.km(file.mileage_km), "note": file.note,
        })
        self.owners_model.set_rows(file.owners)
        self.orders_model.set_rows(file.orders)
        self.orders_box.setTitle(self.tr("Work orders ({n}), newest first").format(
            n=len(file.orders)))
        may = actor.may if actor else (lambda _p: False)
        self.edit_button.setEnabled(may(Permission.VEHICLE_EDIT))
        self.transfer_button.setEnabled(may(Permission.VEHICLE_TRANSFER))
        self.owner_button.setEnabled(owner is not None)
        self.order_button.setEnabled(may(Permission.ORDER_EDIT) and owner is not None)
        self.complaint_button.setEnabled(may(Permission.COMPLAINT_EDIT) and owner is not None)
        self.close_complaint_button.setEnabled(may(Permission.COMPLAINT_EDIT))

    def show_desk(self, desk: DeskSummary | None) -> None:
        """What the desk must see at once: open complaint, open order, declined work, money
        owed, last visit."""
        self.desk = desk
        self._show_desk()

    def _show_desk(self) -> None:
        desk = self.desk
        if desk is None:
            self.summary.hide()
            self.close_complaint_button.hide()
            self.order_button.setText(self.tr("&New work order (Ctrl+O)"))
            return
        complaints, parts = self._complaint_lines(desk), []
        self.close_complaint_button.setVisible(bool(desk.complaints))
        if desk.open_order is not None:
            o = desk.open_order
            parts.append(self.tr("Open order {number} ({status}), since {when}.").format(
                number=o.number, status=status_name(o.status), when=fmt.local_time(o.opened_at)))
            self.order_button.setText(self.tr("&Continue order {number} (Ctrl+O)").format(
                number=o.number))
        else:
            self.order_button.setText(self.tr("&New work order (Ctrl+O)"))
        if desk.declined:
            items = "、".join(d.description for d in desk.declined[:5])
            more = len(desk.declined) - 5
            parts.append(self.tr("Declined before, not done since: {items}").format(
                items=items + (self.tr(" and {n} more").format(n=more) if more > 0 else "")))
        if desk.owed is not None:
            parts.append(self.tr("Owes {amount} on {n} bill(s), the oldest {days} days old.")
                         .format(amount=fmt.yuan(desk.owed.owed_fen), n=desk.owed.bills,
                                 days=desk.owed.oldest_days))
        if desk.last_visit is not None:
            v = desk.last_visit
            parts.append(self.tr("Last visit {day}, {km}, {total}.").format(
                day=fmt.local_date(v.at), km=fmt.km(v.mileage_km) or "—",
                total=fmt.yuan(v.total_fen)))
        parts += warranty_lines(desk.warranties)  # handover (issue 6)
        self.summary.setText("<br>".join(complaints + [html.escape(p) for p in parts]))
        self.summary.setVisible(bool(complaints or parts))

    def _complaint_lines(self, desk: DeskSummary) -> list[str]:
        """An open complaint comes first, in red: nobody greets an unhappy customer unawares."""
        now = datetime.now(UTC)
        lines = []
        for c in desk.complaints:
            text = (self.tr("⚠ Open complaint since {day}: {text} — {owner} replies by {due}"
                            " (overdue).") if c.overdue(now) else
                    self.tr("⚠ Open complaint since {day}: {text} — {owner} replies by {due}."))
            lines.append(COMPLAINT_HTML.format(html.escape(text.format(
                day=fmt.local_date(c.received_at), text=c.description, owner=c.owner_name,
                due=fmt.local_time(c.reply_due_at)))))
        return lines

    def _order_clicked(self) -> None:
        if self.desk is not None and self.desk.open_order is not None:
            self.order_selected.emit(self.desk.open_order.order_id)
        else:
            self.new_order_requested.emit()

    def _open_owner(self) -> None:
        if self.file is not None and self.file.owner is not None:
            self.customer_selected.emit(self.file.owner.customer_id)

    def _open_owner_row(self, row: int) -> None:
        owner = self.owners_model.row_at(row)
        if owner is not None:
            self.customer_selected.emit(owner.customer_id)

    def _open_order(self, row: int) -> None:
        order = self.orders_model.row_at(row)
        if order is not None:
            self.order_selected.emit(order.order_id)
