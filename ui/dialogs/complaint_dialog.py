"""Recording a customer's complaint (投诉) from the car's file, and closing it with the reply.

The complaint is about the car on screen and, by default, its latest order; its owner (who
replies) defaults to the person at the desk and its deadline to the shop's reply time.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.services import complaints
from app.services.complaints import CHANNEL_NAMES, ComplaintForm, ComplaintView
from app.services.files import VehicleFile
from ui import format as fmt
from ui.dialogs.form_dialog import FormDialog
from ui.widgets.field_error import with_error
from ui.widgets.order_header import fill_combo


def _text_box(parent: QWidget, name: str) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setMaximumHeight(90)
    return box


class ComplaintDialog(FormDialog):
    """A new complaint about the car on screen."""

    def __init__(self, context: AppContext, car: VehicleFile,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("complaint_dialog")
        self.car = car
        self.channel = QComboBox(self)
        self.channel.setObjectName("complaint_channel")
        self.description = _text_box(self, "complaint_description")
        self.order = QComboBox(self)
        self.order.setObjectName("complaint_order")
        self.owner = QComboBox(self)
        self.owner.setObjectName("complaint_owner")
        self.reply_due = QDateTimeEdit(self)
        self.reply_due.setObjectName("complaint_reply_due")
        self.reply_due.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.reply_due.setCalendarPopup(True)
        with context.read() as s:
            people = complaints.staff(s)
            hours = complaints.reply_hours(s)
        for user_id, name in people:
            self.owner.addItem(name, user_id)
        me = context.actor.user_id if context.actor else None
        self.owner.setCurrentIndex(max(self.owner.findData(me), 0))
        self.reply_due.setDateTime(QDateTime.currentDateTime().addSecs(hours * 3600))
        self.order.addItem("", None)
        for o in car.orders[:20]:  # newest first: the latest visit is the usual subject
            self.order.addItem(f"{o.number}  {fmt.local_date(o.opened_at)}", o.order_id)
        self.order.setCurrentIndex(1 if car.orders else 0)
        self.labels = {k: QLabel(self) for k in (
            "channel", "description", "order", "owner", "reply_due")}
        e = self.errors
        form = QFormLayout()
        form.addRow(self.labels["channel"],
                    with_error(self.channel, e.add("channel", self.channel, self)))
        form.addRow(self.labels["description"], with_error(
            self.description, e.add("description", self.description, self)))
        form.addRow(self.labels["order"], self.order)
        form.addRow(self.labels["owner"],
                    with_error(self.owner, e.add("owner", self.owner, self)))
        form.addRow(self.labels["reply_due"],
                    with_error(self.reply_due, e.add("reply_due_at", self.reply_due, self)))
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.set_tab_chain([self.channel, self.description, self.order, self.owner,
                            self.reply_due])
        self.setMinimumWidth(520)
        self.retranslate()
        self.description.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record a complaint"))
        self.intro.setText(self.tr(
            "{plate}: the desk sees this complaint whenever the car or its owner comes up, "
            "until it is closed with the reply.").format(plate=self.car.plate))
        texts = {"channel": self.tr("How"), "description": self.tr("Complaint"),
                 "order": self.tr("About order"), "owner": self.tr("Owner (replies)"),
                 "reply_due": self.tr("Reply by")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        fill_combo(self.channel, CHANNEL_NAMES, "ComplaintChannel")
        self.order.setItemText(0, self.tr("(no particular order)"))
        self.retranslate_buttons(self.tr("&Record complaint"))

    def submit(self) -> bool:
        owner = self.car.owner
        if owner is None:
            return False
        form = ComplaintForm(
            customer_id=owner.customer_id, vehicle_id=self.car.vehicle_id,
            order_id=self.order.currentData(), channel=self.channel.currentData(),
            description=self.description.toPlainText(), owner_id=self.owner.currentData(),
            reply_due_at=self.reply_due.dateTime().toPython().astimezone(UTC),
        )
        with self.context.write() as s:
            complaints.record(s, self.context.user, form)
        return True


class CloseComplaintDialog(FormDialog):
    """Close one of the car's open complaints with what the customer was told or given."""

    def __init__(self, context: AppContext, open_ones: tuple[ComplaintView, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("close_complaint_dialog")
        self.open_ones = open_ones
        self.which = QComboBox(self)
        self.which.setObjectName("complaint_which")
        now = datetime.now(UTC)
        for c in open_ones:
            late = " ⚠" if c.overdue(now) else ""
            self.which.addItem(f"{fmt.local_date(c.received_at)}  {c.description[:40]}{late}",
                               c.complaint_id)
        self.detail = QLabel(self)
        self.detail.setObjectName("complaint_detail")
        self.detail.setWordWrap(True)
        self.resolution = QLineEdit(self)  # Enter closes the complaint
        self.resolution.setObjectName("complaint_resolution")
        self.labels = {k: QLabel(self) for k in ("which", "resolution")}
        e = self.errors
        form = QFormLayout()
        form.addRow(self.labels["which"], self.which)
        form.addRow("", self.detail)
        form.addRow(self.labels["resolution"], with_error(
            self.resolution, e.add("resolution", self.resolution, self)))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.which.currentIndexChanged.connect(lambda _i: self._show_detail())
        self.set_tab_chain([self.which, self.resolution])
        self.setMinimumWidth(520)
        self.retranslate()
        self.resolution.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Close a complaint"))
        self.labels["which"].setText(self.tr("Complaint"))
        self.labels["resolution"].setText(self.tr("Reply given"))
        self._show_detail()
        self.retranslate_buttons(self.tr("&Close complaint"))

    def _show_detail(self) -> None:
        index = self.which.currentIndex()
        if not 0 <= index < len(self.open_ones):
            return
        c = self.open_ones[index]
        self.detail.setText(self.tr("{text}\nOwner {owner}, reply by {due}.").format(
            text=c.description, owner=c.owner_name, due=fmt.local_time(c.reply_due_at)))

    def submit(self) -> bool:
        with self.context.write() as s:
            complaints.close(s, self.context.user, self.which.currentData(),
                             self.resolution.text())
        return True
