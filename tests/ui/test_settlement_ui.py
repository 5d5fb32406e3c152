"""The desk settles a ready order by keyboard, prints its receipt, and a manager (only) reverses;
the cash drawer shows the day; the car's file shows money owed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from app.domain.settlement import PaymentDraft
from app.services import settlement
from tests.app.settle_helpers import TOTAL_FEN, ready_order
from tests.ui.conftest import make_context


def _choose(combo: QComboBox, code: str) -> None:
    combo.setCurrentIndex(combo.findData(code))


@pytest.fixture
def desk(database, advisor):  # type: ignore[no-untyped-def]
    return make_context(database, advisor)


def _editor(qtbot, context, order_id):  # type: ignore[no-untyped-def]
    from ui.pages.order_editor import OrderEditor

    editor = OrderEditor(context)
    qtbot.addWidget(editor)
    editor.show()
    editor.open_order(order_id)
    return editor


def test_ready_to_settled_with_wechat_and_cash_change(qtbot, desk, database, advisor) -> None:  # type: ignore[no-untyped-def]
    order_id = ready_order(database, advisor)
    editor = _editor(qtbot, desk, order_id)
    assert editor.buttons["settle"].isVisible() and not editor.buttons["reverse"].isVisible()
    editor.buttons["settle"].click()
    dialog = editor.settlement_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.bill_values["due"].text() == "¥377.50"
    assert dialog.amount.text() == "377.50" and dialog.focusWidget() is dialog.amount
    # WeChat 300, Enter: the row is added and the rest (77.50) is offered.
    _choose(dialog.method, "wechat")
    dialog.amount.selectAll()
    qtbot.keyClicks(dialog.amount, "300")
    qtbot.keyClicks(dialog.reference, "4200001234")
    qtbot.keyClick(dialog.reference, Qt.Key.Key_Return)
    assert dialog.model.rowCount() == 1 and dialog.amount.text() == "77.50"
    assert dialog.remaining.text() == "Still due: ¥77.50"
    # Cash (Ctrl+1): the customer hands over 100; the change shows while it is typed.
    qtbot.keyClick(dialog.amount, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert dialog.method.currentData() == "cash"
    dialog.amount.selectAll()
    qtbot.keyClicks(dialog.amount, "100")
    assert dialog.change.text() == "Change: ¥22.50"
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.model.rowCount() == 2 and dialog.amount.text() == ""
    assert dialog.remaining.text() == "Still due: ¥0.00"
    with qtbot.waitSignal(dialog.settled):
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)  # Enter on an empty field settles
    assert "JS-BR01-" in dialog.outcome.text() and "¥22.50" in dialog.outcome.text()
    assert editor.view.status == "settled" and "receipt" in editor.buttons["settle"].text()
    assert not editor.buttons["reverse"].isVisible()  # an advisor may not reverse
    with qtbot.waitSignal(editor.print_requested) as printed:
        qtbot.keyClick(dialog, Qt.Key.Key_F6)
    assert printed.args == [order_id, "receipt80"]
    with database.read() as s:
        done = settlement.current_settlement(s, order_id)
    assert done is not None and done.change_fen == 2250
    assert [(p.method, p.amount_fen) for p in done.payments] == [
        ("wechat", 30000), ("cash", 7750)]


def test_short_payment_is_refused_beside_the_payments(qtbot, desk, database, advisor) -> None:  # type: ignore[no-untyped-def]
    order_id = ready_order(database, advisor)
    editor = _editor(qtbot, desk, order_id)
    editor.buttons["settle"].click()
    dialog = editor.settlement_dialog
    _choose(dialog.method, "card")
    dialog.amount.setText("300")
    dialog.add_payment()
    dialog.amount.clear()
    assert not dialog.confirm()
    assert "¥77.50 is still due" in dialog.error.text()
    assert editor.view.status == "ready"


def test_on_account_asks_a_manager_to_log_in(qtbot, desk, database, advisor, manager,  # type: ignore[no-untyped-def]
                                             monkeypatch) -> None:
    from ui.dialogs.credit_approval import CreditApproval

    order_id = ready_order(database, advisor, credit=True)
    editor = _editor(qtbot, desk, order_id)
    editor.buttons["settle"].click()
    dialog = editor.settlement_dialog
    _choose(dialog.method, "account")

    def manager_logs_in(approval: CreditApproval) -> int:
        approval.username.setText("wang")
        approval.password.setText("wang-pass-1")
        approval.save()
        return approval.result()

    monkeypatch.setattr(CreditApproval, "exec", manager_logs_in)
    assert dialog.confirm()
    with database.read() as s:
        done = settlement.current_settlement(s, order_id)
    assert done is not None and done.owed_fen == TOTAL_FEN and done.approved_by == "王店长"


def test_reversal_is_for_managers_only(qtbot, desk, database, advisor, manager) -> None:  # type: ignore[no-untyped-def]
    from ui.pages import settlement_buttons

    order_id = ready_order(database, advisor)
    with database.write() as s:
        settlement.settle(s, advisor, order_id, [PaymentDraft("card", TOTAL_FEN)])
    editor = _editor(qtbot, desk, order_id)
    assert not editor.buttons["reverse"].isVisible()
    assert not settlement_buttons.reverse(editor, "收款方式录错")
    assert "may not" in editor.message.text() and editor.view.status == "settled"
    boss = _editor(qtbot, make_context(database, manager), order_id)
    assert boss.buttons["reverse"].isVisible()
    assert not settlement_buttons.reverse(boss, " ")  # a reason is required
    assert settlement_buttons.reverse(boss, "收款方式录错")
    assert boss.view.status == "ready" and boss.buttons["settle"].isVisible()


def test_cash_drawer_shows_the_day_by_method_and_cashier(qtbot, desk, database, advisor) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.cash_drawer import CashDrawerDialog

    order_id = ready_order(database, advisor)
    with database.write() as s:
        settlement.settle(s, advisor, order_id, [PaymentDraft("alipay", 20000),
                                                 PaymentDraft("cash", 20000)])
    dialog = CashDrawerDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.values["received"].text() == "¥377.50"
    assert dialog.values["change"].text() == "¥22.50"
    rows = {dialog.methods.cell(r, 0): dialog.methods.cell(r, 1) for r in dialog.methods.rows()}
    assert rows["Cash"] == "¥177.50" and rows["Alipay"] == "¥200.00"
    [cashier] = dialog.cashiers.rows()
    assert cashier.cashier == "李丽" and dialog.cashiers.cell(cashier, 6) == "¥377.50"
    dialog.print_close()
    qtbot.waitSignal(dialog.preview.ready, timeout=20000).wait()
    assert dialog.preview.pdf.startswith(b"%PDF")


def test_the_car_file_banner_shows_money_owed(qtbot, window, database, advisor, manager) -> None:  # type: ignore[no-untyped-def]
    from app.services import reception

    order_id = ready_order(database, advisor, credit=True)
    with database.write() as s:
        settlement.settle(s, advisor, order_id, [PaymentDraft("account", TOTAL_FEN)],
                          approved_by=manager)
    with database.read() as s:
        from db.models import WorkOrder

        vehicle_id = s.get_one(WorkOrder, order_id).vehicle_id
        desk = reception.desk_summary(s, vehicle_id)
    assert desk.owed is not None and desk.owed.owed_fen == TOTAL_FEN and desk.owed.bills == 1
    window.reception.open_vehicle(vehicle_id)
    summary = window.reception.vehicle_view.summary
    assert summary.isVisible() and "Owes ¥377.50 on 1 bill(s)" in summary.text()


def test_the_receipt_opens_in_the_print_preview(qtbot, desk, database, advisor) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.print_preview import PrintPreview

    order_id = ready_order(database, advisor)
    with database.write() as s:
        done = settlement.settle(s, advisor, order_id, [PaymentDraft("cash", 40000)])
    for document in ("receipt", "receipt80"):
        preview = PrintPreview(desk, order_id, document)
        qtbot.addWidget(preview)
        with qtbot.waitSignal(preview.ready, timeout=20000):
            preview.show()
        assert done.number in preview.windowTitle()
        assert preview.pdf_document.pageCount() == 1
        assert not preview.page_image(0, 300).isNull()


def test_money_owed_is_paid_against_the_original_bill(qtbot, desk, database, advisor,  # type: ignore[no-untyped-def]
                                                       manager) -> None:
    from ui.dialogs.arrears_dialog import ArrearsDialog

    order_id = ready_order(database, advisor, credit=True)
    with database.write() as s:
        done = settlement.settle(s, advisor, order_id, [PaymentDraft("account", TOTAL_FEN)],
                                 approved_by=manager)
    dialog = ArrearsDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 1 and "¥377.50" in dialog.total.text()
    assert dialog.amount.text() == "377.50"
    _choose(dialog.method, "cash")
    dialog.amount.setText("400")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert done.number in dialog.paid_note.text() and "¥22.50" in dialog.paid_note.text()
    assert dialog.model.rowCount() == 0
    with qtbot.waitSignal(dialog.print_requested) as printed:
        dialog.print_button.click()
    assert printed.args == [order_id, "receipt"]
    with database.read() as s:
        bill = settlement.settlement_view(s, done.id)
    assert bill.owed_fen == 0 and [p.kind for p in bill.payments] == ["settlement", "arrears"]


def test_money_models_pass_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from app.services.settlement_reports import Arrear, CashierTotals
    from ui.models.payment_models import (
        ArrearsModel,
        DrawerCashiersModel,
        DrawerMethodsModel,
        PaymentRowsModel,
    )

    payments = PaymentRowsModel()
    payments.set_rows([PaymentDraft("wechat", 30000, "42"), PaymentDraft("cash", 10000)])
    methods = DrawerMethodsModel()
    methods.set_rows([("cash", 100), ("card", 0)])
    cashiers = DrawerCashiersModel(("cash", "card"))
    cashiers.set_rows([CashierTotals("李丽", {"cash": 100, "card": 0}, 100)])
    owed = ArrearsModel()
    import uuid

    owed.set_rows([Arrear(uuid.uuid4(), "JS-BR01-20261202-001", "WX-BR01-20261202-001",
                          uuid.uuid4(), "张三", "湘A12345", datetime.now(UTC), 100, 100, 3)])
    for model in (payments, methods, cashiers, owed):
        qtmodeltester.check(model)


def test_a_paid_order_prints_its_receipt_again_from_the_same_button(qtbot, desk, database,  # type: ignore[no-untyped-def]
                                                                    advisor) -> None:
    order_id = ready_order(database, advisor)
    with database.write() as s:
        settlement.settle(s, advisor, order_id, [PaymentDraft("card", TOTAL_FEN)])
    editor = _editor(qtbot, desk, order_id)
    button = editor.buttons["settle"]
    from ui.pages.settlement_buttons import receipt_menu

    assert button.isVisible() and "receipt" in button.text()
    menu = receipt_menu(editor)  # what the button pops up (a popup warns offscreen)
    [roll] = [a for a in menu.actions() if a.objectName() == "print_receipt80"]
    with qtbot.waitSignal(editor.print_requested) as printed:
        roll.trigger()
    assert printed.args == [order_id, "receipt80"]


def test_an_amount_that_is_not_money_stops_the_settlement(qtbot, desk, database, advisor) -> None:  # type: ignore[no-untyped-def]
    order_id = ready_order(database, advisor)
    editor = _editor(qtbot, desk, order_id)
    editor.buttons["settle"].click()
    dialog = editor.settlement_dialog
    _choose(dialog.method, "card")
    dialog.amount.setText("377.50")
    dialog.add_payment()
    dialog.amount.setText("12,3.4")  # a slip of the finger after the bill was covered
    assert not dialog.confirm()
    assert "comma" in dialog.error.text() and editor.view.status == "ready"
