"""The cash drawer (收银日结): one day's money by payment method and by cashier, and the daily
close sheet to print and sign. Read-only: the numbers come from app/services."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain.settlement import RECEIVED_METHODS
from app.services.settlement_reports import CashDrawer, cash_drawer
from ui import format as fmt
from ui.i18n import Retranslating
from ui.models.payment_models import DrawerCashiersModel, DrawerMethodsModel

SUMMARY_KEYS = ("received", "settled", "arrears", "deposits", "refunds", "change",
                "on_account")


class CashDrawerDialog(Retranslating, QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 day: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cash_drawer")
        self.context = context
        self.drawer: CashDrawer | None = None
        self.day = QDateEdit(self)
        self.day.setObjectName("drawer_day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(QDate(day) if day else QDate.currentDate())
        self.day_caption = QLabel(self)
        self.day_caption.setBuddy(self.day)
        self.methods = DrawerMethodsModel(self)
        self.cashiers = DrawerCashiersModel(RECEIVED_METHODS, self)
        self.method_table = self._table("drawer_methods", self.methods)
        self.cashier_table = self._table("drawer_cashiers", self.cashiers)
        self.captions = {k: QLabel(self) for k in SUMMARY_KEYS}
        self.values = {k: QLabel(self) for k in SUMMARY_KEYS}
        for key, label in self.values.items():
            label.setObjectName(f"drawer_{key}")
        self.values["received"].setStyleSheet("font-size: 16px; font-weight: bold;")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("drawer_print")
        self.print_button.clicked.connect(self.print_close)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.accept)
        self._lay_out()
        self.day.dateChanged.connect(lambda _d: self.reload())
        self.retranslate()
        self.reload()

    def _table(self, name: str, model) -> QTableView:  # type: ignore[no-untyped-def]
        table = QTableView(self)
        table.setObjectName(name)
        table.setModel(model)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        return table

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.day_caption)
        top.addWidget(self.day)
        top.addStretch(1)
        summary = QFormLayout()
        for key in SUMMARY_KEYS:
            summary.addRow(self.captions[key], self.values[key])
        middle = QHBoxLayout()
        middle.addWidget(self.method_table, 1)
        middle.addLayout(summary, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.cashier_table, 1)
        layout.addLayout(buttons)
        self.resize(820, 520)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cash drawer — daily close"))
        self.day_caption.setText(self.tr("&Day"))
        for key, text in {
            "received": self.tr("Received"), "settled": self.tr("Bills settled"),
            "arrears": self.tr("of which arrears paid"),
            "deposits": self.tr("of which deposits"), "refunds": self.tr("Refunds (reversals)"),
            "change": self.tr("Change given"),
            "on_account": self.tr("Left on account (not received)"),
        }.items():
            self.captions[key].setText(text)
        self.print_button.setText(self.tr("&Print daily close sheet…"))
        self.close_button.setText(self.tr("Close"))
        self.methods.retranslate()
        self.cashiers.retranslate()
        self._show()

    def selected_day(self) -> date:
        return self.day.date().toPython()  # type: ignore[no-any-return]

    def reload(self) -> None:
        with self.context.read() as s:
            self.drawer = cash_drawer(s, self.selected_day())
        self._show()

    def _show(self) -> None:
        d = self.drawer
        if d is None:
            return
        self.methods.set_rows([(m, d.by_method[m]) for m in RECEIVED_METHODS])
        self.cashiers.set_rows(list(d.by_cashier))
        values = {
            "received": fmt.yuan(d.received_fen),
            "settled": self.tr("{n} bill(s), {amount}").format(
                n=d.settled_count, amount=fmt.yuan(d.settled_fen)),
            "arrears": fmt.yuan(d.arrears_received_fen), "deposits": fmt.yuan(d.deposits_fen),
            "refunds": fmt.yuan(-d.refunds_fen), "change": fmt.yuan(d.change_fen),
            "on_account": fmt.yuan(d.on_account_fen),
        }
        for key, text in values.items():
            self.values[key].setText(text)

    def print_close(self) -> None:
        from app.services.receipts import close_document
        from ui.dialogs.print_preview import PrintPreview

        with self.context.read() as s:
            data = close_document(s, self.selected_day(),
                                  self.context.workstation.language or "zh_CN")
        preview = PrintPreview(self.context, None, "dailyclose", self, data=data)
        preview.finished.connect(preview.deleteLater)
        self.preview = preview
        preview.open()
