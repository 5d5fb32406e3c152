"""Settling a ready order at the desk (结算): the bill, payments typed by keyboard, the change.

The amount field starts with what is due; Enter adds the row (method, amount, reference) and
puts what is still due back in the field; Enter on an empty field settles; Ctrl+1…6 pick the
method. For cash the
amount is what the customer hands over and the change shows while it is typed. The sums come
from app/domain/settlement; the rules (exact cover, credit, the manager's approval) from
app/services/settlement. Once settled the dialog offers the receipt, A4 or the 80 mm roll.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
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
from app.domain.settlement import PAYMENT_METHOD_NAMES, PaymentDraft, tally
from app.services import settlement
from app.services.actor import Actor
from app.services.order_flow import MoveRefused
from app.services.settlement import Bill, CreditNeedsApproval
from ui import format as fmt
from ui.dialogs.form_dialog import NOT_ALLOWED
from ui.errors import refusal
from ui.i18n import Retranslating, status_name
from ui.models.payment_models import PaymentRowsModel, method_name
from ui.widgets.field_error import FieldError
from ui.widgets.fitting import fit_placeholders
from ui.widgets.why_not import allow

BILL_KEYS = ("labor", "parts", "other", "discount", "total", "vat", "deposit", "due")


class SettlementDialog(Retranslating, QDialog):
    settled = Signal(uuid.UUID)  # the order
    print_requested = Signal(uuid.UUID, str)  # order, "receipt" | "receipt80"

    def __init__(self, context: AppContext, order_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settlement_dialog")
        self.context, self.order_id = context, order_id
        self.done_view: settlement.SettlementView | None = None
        with context.read() as s:
            self.bill: Bill = settlement.bill(s, order_id)
        self.heading = QLabel(self)
        self.heading.setObjectName("settle_heading")
        self.heading.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.bill_box = QGroupBox(self)
        self.bill_captions = {k: QLabel(self) for k in BILL_KEYS}
        self.bill_values = {k: QLabel(self) for k in BILL_KEYS}
        self.model = PaymentRowsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("settle_payments")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.method = QComboBox(self)
        self.method.setObjectName("settle_method")
        for code in PAYMENT_METHOD_NAMES:
            self.method.addItem("", code)
        self.amount = QLineEdit(self)
        self.amount.setObjectName("settle_amount")
        self.reference = QLineEdit(self)
        self.reference.setObjectName("settle_reference")
        self.entry_caption = {k: QLabel(self) for k in ("method", "amount", "reference")}
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("settle_add")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("settle_remove")
        self.remaining = QLabel(self)
        self.remaining.setObjectName("settle_remaining")
        self.remaining.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.change = QLabel(self)
        self.change.setObjectName("settle_change")
        self.change.setStyleSheet("font-size: 16px; font-weight: bold; color: #0a6b0a;")
        self.error = FieldError("payments", self)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("settle_result")
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        self.settle_button = QPushButton(self)
        self.settle_button.setObjectName("settle_confirm")
        self.print_a4 = QPushButton(self)
        self.print_a4.setObjectName("settle_print_a4")
        self.print_roll = QPushButton(self)
        self.print_roll.setObjectName("settle_print_roll")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("settle_close")
        self._lay_out()
        self._connect()
        self.retranslate()
        self._show_bill()
        self._prefill()

    def _lay_out(self) -> None:
        form = QFormLayout(self.bill_box)
        for key in BILL_KEYS:
            self.bill_values[key].setAlignment(Qt.AlignmentFlag.AlignRight)
            form.addRow(self.bill_captions[key], self.bill_values[key])
        self.bill_values["due"].setStyleSheet("font-size: 18px; font-weight: bold;")
        entry = QHBoxLayout()
        for key, widget in (("method", self.method), ("amount", self.amount),
                            ("reference", self.reference)):
            self.entry_caption[key].setBuddy(widget)
            entry.addWidget(self.entry_caption[key])
            entry.addWidget(widget, 1 if key != "method" else 0)
        entry.addWidget(self.add_button)
        entry.addWidget(self.remove_button)
        sums = QHBoxLayout()
        sums.addWidget(self.remaining)
        sums.addStretch(1)
        sums.addWidget(self.change)
        right = QVBoxLayout()
        right.addLayout(entry)
        right.addWidget(self.table, 1)
        right.addLayout(sums)
        self.error.keep_place()  # a refusal appearing never moves the buttons
        right.addWidget(self.error)
        right.addWidget(self.outcome)
        body = QHBoxLayout()
        body.addWidget(self.bill_box)
        body.addLayout(right, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.settle_button, self.print_a4, self.print_roll, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        for button in (self.print_a4, self.print_roll):
            button.hide()
        # Enter belongs to the fields (add a row / settle), never to whichever button is near.
        for button in (self.add_button, self.remove_button, self.settle_button, self.print_a4,
                       self.print_roll, self.close_button):
            button.setAutoDefault(False)
        self.setTabOrder(self.method, self.amount)
        self.setTabOrder(self.amount, self.reference)
        self.setTabOrder(self.reference, self.add_button)
        self.resize(860, 460)

    def _connect(self) -> None:
        self.amount.textEdited.connect(lambda _t: self._show_tally())
        self.method.currentIndexChanged.connect(lambda _i: self._show_tally())
        self.amount.returnPressed.connect(self._enter)
        self.reference.returnPressed.connect(self._enter)
        self.add_button.clicked.connect(lambda: self.add_payment())
        self.remove_button.clicked.connect(self.remove_payment)
        self.settle_button.clicked.connect(lambda: self.confirm())
        self.close_button.clicked.connect(self.reject)
        self.print_a4.clicked.connect(lambda: self._print("receipt"))
        self.print_roll.clicked.connect(lambda: self._print("receipt80"))
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table,
                           activated=self.remove_payment)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        # Ctrl+1 … Ctrl+6 pick the method in the order of the list, hands staying on the keys.
        for number in range(1, self.method.count() + 1):
            QShortcut(QKeySequence(f"Ctrl+{number}"), self,
                      activated=lambda n=number: self._pick_method(n - 1))
        QShortcut(QKeySequence("F5"), self, activated=lambda: self._print("receipt"))
        QShortcut(QKeySequence("F6"), self, activated=lambda: self._print("receipt80"))

    def retranslate(self) -> None:
        b = self.bill
        self.setWindowTitle(self.tr("Settle {number}").format(number=b.number))
        self._show_heading("settled" if self.done_view else b.status)
        self.bill_box.setTitle(self.tr("Bill"))
        for key, text in {
            "labor": self.tr("Labor"), "parts": self.tr("Parts"), "other": self.tr("Other"),
            "discount": self.tr("Discount"), "total": self.tr("Total"),
            "vat": self.tr("of which VAT"), "deposit": self.tr("Deposit paid"),
            "due": self.tr("Amount due"),
        }.items():
            self.bill_captions[key].setText(text)
        for index in range(self.method.count()):
            name = method_name(self.method.itemData(index))
            self.method.setItemText(index, f"{index + 1} {name}")
        self.method.setToolTip(self.tr("Ctrl+1 … Ctrl+6 choose the method"))
        self.entry_caption["method"].setText(self.tr("&Method"))
        self.entry_caption["amount"].setText(self.tr("Amou&nt"))
        self.entry_caption["reference"].setText(self.tr("&Reference"))
        self.amount.setPlaceholderText(self.tr("¥ (cash: what is handed over)"))
        self.reference.setPlaceholderText(self.tr("slip / transaction no."))
        fit_placeholders(self)  # the Chinese hints are wider than the English
        self.add_button.setText(self.tr("&Add (Enter)"))
        self.remove_button.setText(self.tr("Remove (Del)"))
        self.settle_button.setText(self.tr("&Settle"))
        self.print_a4.setText(self.tr("Print A4 receipt (F5)"))
        self.print_roll.setText(self.tr("Print 80 mm receipt (F6)"))
        self.close_button.setText(self.tr("Close") if self.done_view else self.tr("Cancel"))
        self.model.retranslate()
        self._show_tally()
        if self.done_view is not None:
            self._show_done()

    # Showing
    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self.done_view is None:
            self.amount.setFocus()  # the cashier types the amount first, due already in it

    def _show_bill(self) -> None:
        b = self.bill
        values = {"labor": b.labor_fen, "parts": b.parts_fen, "other": b.other_fen,
                  "discount": -b.discount_fen, "total": b.total_fen, "vat": b.vat_fen,
                  "deposit": -b.deposit_applied_fen, "due": b.due_fen}
        for key, fen in values.items():
            self.bill_values[key].setText(fmt.yuan(fen))
        for key in ("other", "discount", "deposit"):
            visible = bool(values[key])
            self.bill_captions[key].setVisible(visible)
            self.bill_values[key].setVisible(visible)

    def drafts(self, with_typed: bool = False) -> list[PaymentDraft]:
        rows = self.model.rows()
        typed = self._typed() if with_typed else None
        return [*rows, typed] if typed is not None else rows

    def _typed(self) -> PaymentDraft | None:
        """The row being typed, if its amount reads as money (it counts in the sums live)."""
        text = self.amount.text().strip()
        if not text:
            return None
        try:
            fen = Money.parse(text).fen
        except InputError:
            return None
        return PaymentDraft(self.method.currentData(), fen, self.reference.text())

    def _show_tally(self) -> None:
        # What is still due counts the rows added; the change already counts the cash typed,
        # so the cashier sees it before pressing Enter.
        left = tally(self.bill.due_fen, self.model.rows()).remaining_fen
        now = tally(self.bill.due_fen, self.drafts(with_typed=True))
        self.remaining.setText(self.tr("Still due: {amount}").format(amount=fmt.yuan(left)))
        self.change.setText(self.tr("Change: {amount}").format(amount=fmt.yuan(now.change_fen))
                            if now.change_fen else "")

    def _prefill(self) -> None:
        left = tally(self.bill.due_fen, self.model.rows()).remaining_fen
        self.amount.setText(str(Money(left)) if left else "")
        self.reference.clear()
        self.amount.selectAll()
        self.amount.setFocus()
        self._show_tally()

    # Typing the payments
    def _pick_method(self, index: int) -> None:
        if self.done_view is None:
            self.method.setCurrentIndex(index)
            self.amount.setFocus()
            self.amount.selectAll()

    def _enter(self) -> None:
        if self.done_view is not None:
            return
        if self.amount.text().strip():
            self.add_payment()
        else:
            self.confirm()

    def add_payment(self) -> bool:
        try:
            fen = Money.parse(self.amount.text()).fen
        except InputError as e:
            self.error.show_error(e.for_field("payments"))
            self.amount.setFocus()
            return False
        self.error.show_error(None)
        self.model.append(PaymentDraft(self.method.currentData(), fen, self.reference.text()))
        self._prefill()
        return True

    def remove_payment(self) -> None:
        self.model.remove(self.table.currentIndex().row())
        self._prefill()

    # Settling
    def confirm(self, approved_by: Actor | None = None) -> bool:
        # What is still in the amount field is a payment too (the "rest by WeChat" case);
        # text that is not money stops here with its message, never settles without it.
        if self.amount.text().strip() and not self.add_payment():
            return False
        try:
            with self.context.write() as s:
                self.done_view = settlement.settle(s, self.context.user, self.order_id,
                                                   self.model.rows(), approved_by)
        except CreditNeedsApproval as need:
            return self._ask_manager(need)
        except InputErrors as refused:
            self.error.show_error(refused.errors[0])
            return False
        except MoveRefused as refused:
            self.error.show_error(InputError("payments", self.tr(
                "This order cannot be settled now ({status}).").format(
                    status=status_name(refused.status))))
            return False
        except NotAllowed:
            self.error.show_error(InputError("payments", NOT_ALLOWED))
            return False
        except Exception as error:  # a storage failure is said here; anything else goes to
            failure = refusal(error, self.context)  # the log and a message box (ui/errors)
            if failure is None:
                raise
            self.error.show_error(failure.for_field("payments"))
            return False
        self.error.show_error(None)
        self._show_done()
        self.settled.emit(self.order_id)
        return True

    def _ask_manager(self, need: CreditNeedsApproval) -> bool:
        from ui.dialogs.credit_approval import CreditApproval

        dialog = CreditApproval(self.context, need.on_account_fen, self)
        if dialog.exec() and dialog.actor is not None:
            return self.confirm(approved_by=dialog.actor)
        self.error.show_error(InputError("payments", self.tr(
            "Money on account needs a manager's approval.")))
        return False

    def _show_heading(self, status: str) -> None:
        b = self.bill
        self.heading.setText(" · ".join(x for x in (
            b.number, b.plate, b.customer_name, status_name(status)) if x))

    def _show_done(self) -> None:
        done = self.done_view
        assert done is not None
        self._show_heading("settled")  # no longer 待交车 (ready) once the bill is paid
        text = self.tr("Settled: receipt {number}.").format(number=done.number)
        if done.change_fen:
            text += " " + self.tr("Give back {amount} change.").format(
                amount=fmt.yuan(done.change_fen))
        refund = -sum(p.amount_fen for p in done.payments if p.kind == "refund")
        if refund:
            text += " " + self.tr("Give back {amount} of the deposit.").format(
                amount=fmt.yuan(refund))
        if done.owed_fen:
            text += " " + self.tr("{amount} is owed on account.").format(
                amount=fmt.yuan(done.owed_fen))
        self.outcome.setText(text)
        self.outcome.show()
        for widget in (self.method, self.amount, self.reference, self.settle_button):
            widget.setEnabled(False)
        for button in (self.add_button, self.remove_button):
            allow(button, self.tr("The bill is settled: its payments are on the receipt."))
        self.settle_button.hide()
        self.print_a4.show()
        self.print_roll.show()
        self.close_button.setText(self.tr("Close"))
        # After the Enter that settled has been handled: that same key press would otherwise
        # reach the new default button and open the receipt unasked.
        QTimer.singleShot(0, self._offer_receipt)

    def _offer_receipt(self) -> None:
        self.print_a4.setDefault(True)
        self.print_a4.setFocus()

    def _print(self, document: str) -> None:
        if self.done_view is not None:
            self.print_requested.emit(self.order_id, document)
