"""Money owed (挂账): every bill with arrears, oldest first, and a payment taken against one.

The payment is recorded on the ORIGINAL bill (app/services/settlement.pay_arrears); cash may be
more than owed, the change is shown. The bill's receipt can be printed again afterwards: it
lists the later payment with its day.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain.errors import InputError, InputErrors
from app.domain.money import Money
from app.domain.permissions import NotAllowed
from app.domain.settlement import PAYMENT_METHOD_NAMES, PaymentDraft
from app.services import settlement
from app.services.settlement_reports import arrears
from ui import format as fmt
from ui.dialogs.form_dialog import NOT_ALLOWED
from ui.i18n import Retranslating
from ui.models.payment_models import ArrearsModel, method_name
from ui.widgets.field_error import FieldError
from ui.widgets.fitting import fit_placeholders
from ui.widgets.why_not import allow


class ArrearsDialog(Retranslating, QDialog):
    print_requested = Signal(uuid.UUID, str)  # order, "receipt" | "receipt80"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("arrears_dialog")
        self.context = context
        self.model = ArrearsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("arrears_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the customer's name
        self.total = QLabel(self)
        self.total.setObjectName("arrears_total")
        self.method = QComboBox(self)
        self.method.setObjectName("arrears_method")
        for code in PAYMENT_METHOD_NAMES:
            if code != "account":
                self.method.addItem("", code)
        self.amount = QLineEdit(self)
        self.amount.setObjectName("arrears_amount")
        self.reference = QLineEdit(self)
        self.reference.setObjectName("arrears_reference")
        self.pay_button = QPushButton(self)
        self.pay_button.setObjectName("arrears_pay")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("arrears_print")
        self.close_button = QPushButton(self)
        self.error = FieldError("amount", self)
        self.paid_note = QLabel(self)
        self.paid_note.setObjectName("arrears_done")
        self._lay_out()
        # A bound slot, not a lambda: Qt drops it with the dialog (the table's selection model
        # still signals while the dialog is being destroyed).
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.pay_button.clicked.connect(lambda: self.take_payment())
        self.amount.returnPressed.connect(lambda: self.take_payment())
        self.print_button.clicked.connect(self._print)
        self.close_button.clicked.connect(self.accept)
        self.retranslate()
        self.reload()

    def _lay_out(self) -> None:
        entry = QHBoxLayout()
        entry.addWidget(self.method)
        entry.addWidget(self.amount, 1)
        entry.addWidget(self.reference, 1)
        entry.addWidget(self.pay_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.paid_note, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.total)
        layout.addWidget(self.table, 1)
        layout.addLayout(entry)
        self.error.keep_place()  # a refusal appearing never moves the buttons
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        for button in (self.pay_button, self.print_button, self.close_button):
            button.setAutoDefault(False)
        self.resize(900, 480)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Money owed (挂账)"))
        for index in range(self.method.count()):
            self.method.setItemText(index, method_name(self.method.itemData(index)))
        self.amount.setPlaceholderText(self.tr("¥ paid now"))
        self.reference.setPlaceholderText(self.tr("slip / transaction no."))
        fit_placeholders(self)
        self.pay_button.setText(self.tr("&Take payment (Enter)"))
        self.print_button.setText(self.tr("&Print the bill again"))
        self.close_button.setText(self.tr("Close"))
        self.model.retranslate()
        self._show_total()

    def reload(self) -> None:
        with self.context.read() as s:
            self.model.set_rows(arrears(s))
        self._show_total()
        if self.model.rowCount():
            self.table.selectRow(0)
        self._prefill()

    def _show_total(self) -> None:
        rows = self.model.rows()
        self.total.setText(self.tr("{n} bill(s) owe {amount} in all.").format(
            n=len(rows), amount=fmt.yuan(sum(r.owed_fen for r in rows))))

    def selected(self):  # type: ignore[no-untyped-def]  # -> Arrear | None
        return self.model.row_at(self.table.currentIndex())

    def _current_changed(self, _current: object, _previous: object) -> None:
        self._prefill()

    def _prefill(self) -> None:
        row = self.selected()
        self.amount.setText(str(Money(row.owed_fen)) if row else "")
        allow(self.pay_button, None if row is not None else self.tr("Choose a bill first."))
        self.amount.selectAll()
        self.amount.setFocus()

    def take_payment(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        try:
            fen = Money.parse(self.amount.text()).fen
            with self.context.write() as s:
                planned = settlement.pay_arrears(s, self.context.user, row.settlement_id,
                                                 PaymentDraft(self.method.currentData(), fen,
                                                              self.reference.text()))
        except InputError as e:
            self.error.show_error(e.for_field("amount"))
            return False
        except InputErrors as refused:
            self.error.show_error(refused.errors[0])
            return False
        except NotAllowed:
            self.error.show_error(InputError("amount", NOT_ALLOWED))
            return False
        self.error.show_error(None)
        text = self.tr("{amount} taken on receipt {number}.").format(
            amount=fmt.yuan(planned.amount_fen), number=row.receipt)
        if planned.change_fen:
            text += " " + self.tr("Give back {amount} change.").format(
                amount=fmt.yuan(planned.change_fen))
        self.paid_note.setText(text)
        self.last_paid = row
        self.reference.clear()
        self.reload()
        return True

    def _print(self) -> None:
        row = getattr(self, "last_paid", None) or self.selected()
        if row is None:
            return
        with self.context.read() as s:
            order_id = settlement.settlement_view(s, row.settlement_id).order_id
        self.print_requested.emit(order_id, "receipt")
