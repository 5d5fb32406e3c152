"""The desk always answers: Ctrl+S says when it saved, a step whose save is refused says so,
the settle dialog's heading follows the settlement, a refusal never moves the buttons, and the
completion checklist is the inspector's word item by item."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from app.domain.errors import InputError
from app.services import orders
from tests.app.handover_helpers import order_in_quality_check
from tests.app.settle_helpers import ready_order
from tests.ui.windows import demo_shop


def _positions(window: QWidget) -> dict[str, tuple[int, int]]:
    QApplication.processEvents()  # the layout settled
    return {b.objectName() or b.text(): b.mapTo(window, b.rect().topLeft()).toTuple()
            for b in window.findChildren(QPushButton) if b.isVisibleTo(window)}


def test_ctrl_s_says_when_the_order_was_saved(qtbot, window, context) -> None:  # type: ignore[no-untyped-def]
    shop = demo_shop(context)
    window.open_order(shop.draft)
    editor = window.reception.order_editor
    editor.complaint.setPlainText("刹车异响，方向盘抖动，加：空调不冷")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.dirty
    message = window.statusBar().currentMessage()
    assert message.startswith(f"Order {editor.view.number} saved at ")
    assert message[-5:-3].isdigit() and message[-3] == ":"  # HH:MM


def test_a_step_whose_save_is_refused_says_it_did_not_run(qtbot, window, context) -> None:  # type: ignore[no-untyped-def]
    shop = demo_shop(context)
    window.open_order(shop.draft)
    editor = window.reception.order_editor
    editor.order_discount.setText("120%")  # refused: more than the whole order
    editor.order_discount.textEdited.emit("120%")
    assert editor.dirty
    qtbot.mouseClick(editor.buttons["checkin"], Qt.MouseButton.LeftButton)
    assert editor.message.isVisible() and "could not be saved" in editor.message.text()
    assert editor.discount_error.isVisible()
    assert getattr(editor, "checkin_window", None) is None


def test_the_settle_heading_follows_the_settlement(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.settlement_dialog import SettlementDialog

    order_id = ready_order(context.db, context.user)
    dialog = SettlementDialog(context, order_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Ready for pickup" in dialog.heading.text()
    before = _positions(dialog)
    dialog.error.show_error(InputError("payments", "The payments do not cover the bill."))
    QApplication.processEvents()
    assert _positions(dialog) == before  # the refusal took its reserved place
    dialog.error.show_error(None)
    assert dialog.confirm()
    assert "Settled" in dialog.heading.text() and "Ready" not in dialog.heading.text()


def test_a_refusal_never_moves_the_check_in_buttons(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.checkin_window import CheckInWindow

    shop = demo_shop(context)
    window = CheckInWindow(context, shop.draft)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    before = _positions(window)
    window.error.show_error(InputError("general", "Have the customer sign first."))
    QApplication.processEvents()
    assert _positions(window) == before


def test_the_completion_check_is_confirmed_item_by_item(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.completion_dialog import CompletionDialog

    order_id = order_in_quality_check(context.db, context.user)
    dialog = CompletionDialog(context, order_id, "湘A12345")
    qtbot.addWidget(dialog)
    dialog.show()
    items = dialog.table.rowCount()
    assert items >= 3 and dialog.unchecked_rows() == list(range(items))  # nothing ticked
    assert f"{items} item(s) not checked yet" in dialog.summary.text()
    dialog.table.setFocus()
    dialog.table.setCurrentCell(0, 0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_1)  # passed, and on to the next item
    assert dialog.unchecked_rows() == list(range(1, items)) and dialog.table.currentRow() == 1
    dialog.save()  # refused: the rest are not checked, and it says which
    assert dialog.result() == 0
    refusal = dialog.errors.shown()["results"]
    assert "Not checked yet" in refusal and dialog.table.item(1, 0).text() in refusal
    with context.read() as s:
        assert orders.load_order(s, order_id).status == "quality_check"
    qtbot.keyClick(dialog.table, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert dialog.unchecked_rows() == [] and "All items passed" in dialog.summary.text()
    assert not dialog.pass_rest.isEnabled() and dialog.pass_rest.toolTip()
    dialog.save()
    assert dialog.passed is True
    with context.read() as s:
        assert orders.load_order(s, order_id).status == "ready"
