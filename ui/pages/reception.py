"""Reception (接待): find or register the customer and car, and show their files.

The page shows one thing at a time: the start view, a customer's file or a car's file, with a
Back history (Alt+Left). It is the controller of the file views: it loads files through the
services and opens the dialogs their buttons ask for.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.services import catalog, files, reception, today
from app.services.today import DayOrder, ReceptionDay
from ui.i18n import Retranslating, status_name
from ui.pages.customer_file import CustomerFileView
from ui.pages.vehicle_file import VehicleFileView

CUSTOMER, VEHICLE, ORDER = "customer", "vehicle", "order"


class ReceptionHome(Retranslating, QWidget):
    """What the desk sees before opening a file: how to find one, how to register one, and
    the day so far — today's arrivals, the cars in the shop by state, the cars promised today."""

    register_requested = Signal()
    order_requested = Signal(object)  # an order id from one of the day's lists
    shown = Signal()  # the start view came up: time to read the day again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day: ReceptionDay | None = None
        self.day_boxes: dict[str, QGroupBox] = {}
        self.day_lists: dict[str, QListWidget] = {}
        day_row = QHBoxLayout()
        for key in ("arrivals", "states", "promised"):
            box = self.day_boxes[key] = QGroupBox(self)
            box.setObjectName(f"today_{key}_box")
            shown_list = self.day_lists[key] = QListWidget(box)
            shown_list.setObjectName(f"today_{key}")
            shown_list.setMinimumHeight(140)
            shown_list.itemActivated.connect(self._activated)
            inner = QVBoxLayout(box)
            inner.addWidget(shown_list)
            day_row.addWidget(box, 2 if key != "states" else 1)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 22px; font-weight: bold;")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setFixedWidth(560)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.hint.setStyleSheet("font-size: 14px; color: #444444;")
        self.register_button = QPushButton(self)
        self.register_button.setObjectName("home_register")
        self.register_button.clicked.connect(self.register_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.heading, self.hint, self.register_button):
            row = QHBoxLayout()  # centred without an alignment flag: wrapped text keeps its height
            row.addStretch(1)
            row.addWidget(widget)
            row.addStretch(1)
            layout.addLayout(row)
            layout.addSpacing(8)
        layout.addLayout(day_row, 3)
        layout.addStretch(1)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()

    def show_day(self, day: ReceptionDay) -> None:
        self.day = day
        self._fill_day()

    def _activated(self, item: QListWidgetItem) -> None:
        order_id = item.data(Qt.ItemDataRole.UserRole)
        if order_id is not None:
            self.order_requested.emit(order_id)

    def _fill_day(self) -> None:
        day = self.day
        arrivals = day.arrivals if day else ()
        promised = day.promised_today if day else ()
        self.day_boxes["arrivals"].setTitle(self.tr("Arrived today ({n})").format(n=len(arrivals)))
        self.day_boxes["states"].setTitle(self.tr("In the shop ({n})").format(
            n=day.open_total if day else 0))
        self.day_boxes["promised"].setTitle(self.tr("Promised for today ({n})").format(
            n=len(promised)))
        self._fill_orders(self.day_lists["arrivals"], arrivals, self.tr("No car has come in yet."))
        self._fill_orders(self.day_lists["promised"], promised,
                          self.tr("No car is promised for today."))
        states = self.day_lists["states"]
        states.clear()
        for count in day.open_by_state if day else ():
            states.addItem(f"{status_name(count.status)}  {count.count}")
        if not states.count():
            self._empty(states, self.tr("No car in the shop."))

    def _fill_orders(self, shown: QListWidget, rows: tuple[DayOrder, ...], empty: str) -> None:
        shown.clear()
        for row in rows:
            text = "  ".join(x for x in (row.at.astimezone().strftime("%H:%M"), row.plate,
                                         row.customer, status_name(row.status)) if x)
            if row.late:
                text = self.tr("Late: {order}").format(order=text)
            item = QListWidgetItem(text, shown)
            item.setData(Qt.ItemDataRole.UserRole, row.order_id)
            item.setToolTip(self.tr("{number} — Enter or double-click opens the order").format(
                number=row.number))
            if row.late:
                item.setForeground(QColor("#c62828"))
        if not rows:
            self._empty(shown, empty)

    @staticmethod
    def _empty(shown: QListWidget, text: str) -> None:
        item = QListWidgetItem(text, shown)
        item.setFlags(Qt.ItemFlag.NoItemFlags)

    def retranslate(self) -> None:
        self._fill_day()
        self.heading.setText(self.tr("Reception"))
        self.hint.setText(self.tr(
            "Find the customer or car: press Ctrl+F and type a plate (any part), phone digits, "
            "a name or its pinyin initials, the end of the VIN, or scan a work order."))
        self.register_button.setText(self.tr("Register new customer (Ctrl+N)"))


class ReceptionPage(Retranslating, QWidget):
    register_requested = Signal(str)  # prefill text

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reception_page")
        self.context = context
        self.history: list[tuple[str, uuid.UUID]] = []
        self.home = ReceptionHome(self)
        self.customer_view = CustomerFileView(self)
        self.vehicle_view = VehicleFileView(self)
        self._order_editor: QWidget | None = None  # built on the first order: a faster start
        self.stack = QStackedWidget(self)
        for view in (self.home, self.customer_view, self.vehicle_view):
            self.stack.addWidget(view)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("back")
        self.back_button.clicked.connect(self.back)
        self.back_button.setFlat(True)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, activated=self.back)
        QShortcut(QKeySequence("Ctrl+O"), self.vehicle_view,
                  activated=self.vehicle_view.order_button.click)
        self._connect_views()
        self._update_back()
        self.retranslate()

    def _connect_views(self) -> None:
        from ui.pages import file_actions

        self.actions = file_actions.FileActions(self.context, self)
        self.home.register_requested.connect(lambda: self.register_requested.emit(""))
        self.home.shown.connect(self.refresh_day)
        self.home.order_requested.connect(self.open_order_of_day)
        c, v = self.customer_view, self.vehicle_view
        c.vehicle_selected.connect(self.open_vehicle)
        c.merged_file_requested.connect(self.open_customer)
        c.edit_requested.connect(lambda: self.actions.edit_customer(c.file))
        c.add_car_requested.connect(lambda: self.actions.add_car(c.file))
        c.merge_requested.connect(lambda: self.actions.merge(c.file))
        v.customer_selected.connect(self.open_customer)
        v.edit_requested.connect(lambda: self.actions.edit_vehicle(v.file))
        v.transfer_requested.connect(lambda: self.actions.transfer(v.file))
        v.order_selected.connect(self.open_order)
        v.new_order_requested.connect(self.take_car_in)
        v.complaint_requested.connect(lambda: self.actions.record_complaint(v.file))
        v.close_complaint_requested.connect(
            lambda: self.actions.close_complaint(v.desk.complaints if v.desk else ()))

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Back (Alt+Left)"))

    # The day at a glance (the start view)
    def refresh_day(self) -> None:
        self.home.show_day(today.reception_day(self.context.db))

    def open_order_of_day(self, order_id: uuid.UUID) -> None:
        """An order from the day's lists, opened over its car's file (Back returns to it)."""
        with self.context.read() as s:
            vehicle_id = files.order_vehicle_id(s, order_id)
        if vehicle_id is not None:
            self.open_vehicle(vehicle_id)
            self.open_order(order_id)

    # Opening files
    def open_customer(self, customer_id: uuid.UUID) -> None:
        with self.context.read() as s:
            file = files.customer_file(s, customer_id)
        self.customer_view.show_file(file, self.context.actor)
        self._shown(CUSTOMER, customer_id, self.customer_view)

    def open_vehicle(self, vehicle_id: uuid.UUID) -> None:
        with self.context.read() as s:
            file = files.vehicle_file(s, vehicle_id)
            desk = reception.desk_summary(s, vehicle_id)
        self.vehicle_view.show_file(file, self.context.actor)
        self.vehicle_view.show_desk(desk)
        self._shown(VEHICLE, vehicle_id, self.vehicle_view)

    @property
    def order_editor(self):  # type: ignore[no-untyped-def]  # -> OrderEditor, imported late
        if self._order_editor is None:
            from ui.pages.order_editor import OrderEditor

            self._order_editor = OrderEditor(self.context, self)
            self._order_editor.print_requested.connect(self.print_document)
            self.stack.addWidget(self._order_editor)
        return self._order_editor

    def open_order(self, order_id: uuid.UUID) -> None:
        self.order_editor.open_order(order_id)
        self._shown(ORDER, order_id, self.order_editor)
        self.order_editor.entry.field.setFocus()

    def open_file(self, kind: str, ref: uuid.UUID) -> None:
        {VEHICLE: self.open_vehicle, CUSTOMER: self.open_customer,
         ORDER: self.open_order}[kind](ref)

    def take_car_in(self) -> None:
        """The reception form for the car on screen; Save opens its new work order."""
        from ui.dialogs.reception_dialog import ReceptionDialog

        car = self.vehicle_view.file
        if car is None:
            return
        with self.context.read() as s:
            phrases = catalog.quick_phrases(s)
        dialog = ReceptionDialog(self.context, car, phrases, self)
        dialog.opened.connect(self.open_order)
        self.show_dialog(dialog)

    def print_document(self, order_id: uuid.UUID, document: str) -> None:
        from ui.dialogs.print_preview import PrintPreview

        self.show_dialog(PrintPreview(self.context, order_id, document, self))

    def _shown(self, kind: str, ref: uuid.UUID, view: QWidget) -> None:
        if not self.history or self.history[-1] != (kind, ref):
            self.history.append((kind, ref))
        self.stack.setCurrentWidget(view)
        self._update_back()

    def reload(self) -> None:
        """Show the open file again with what is now in the database."""
        if self.history:
            kind, ref = self.history[-1]
            self.open_file(kind, ref)

    def back(self) -> None:
        if not self.history:
            return
        self.history.pop()
        if self.history:
            kind, ref = self.history.pop()
            self.open_file(kind, ref)
        else:
            self.go_home()

    def go_home(self) -> None:
        self.history.clear()
        already = self.stack.currentWidget() is self.home
        self.stack.setCurrentWidget(self.home)
        self._update_back()
        if already and self.home.isVisible():  # no show event comes: read the day here
            self.refresh_day()

    def _update_back(self) -> None:
        self.back_button.setVisible(bool(self.history))

    def current(self) -> tuple[str, uuid.UUID] | None:
        return self.history[-1] if self.history else None

    def show_dialog(self, dialog: QDialog) -> None:
        """Open a dialog without blocking; it is deleted once closed."""
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
