"""From the workshop's last check to the car leaving: the completion check dialog from the
order editor, then the handover window with a new mark clicked on the car, the odometer out
and the customer's signature drawn with the mouse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from app.services import handover, orders, reception, settings
from db.models import Handover
from tests.app.handover_helpers import order_in_quality_check, settle
from tests.ui.test_checkin_window import _sign


@pytest.fixture
def in_check(context):  # type: ignore[no-untyped-def]
    return order_in_quality_check(context.db, context.user)


def _editor(window, order_id):  # type: ignore[no-untyped-def]
    window.reception.open_order(order_id)
    return window.reception.order_editor


def test_completion_check_fail_then_pass(qtbot, window, context, in_check) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.completion_dialog import CompletionDialog

    editor = _editor(window, in_check)
    assert editor.buttons["completion"].isVisibleTo(editor)
    assert not editor.buttons["handover"].isVisibleTo(editor)
    dialog = CompletionDialog(context, in_check, "WX 湘A12345", editor)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # all pass
    dialog.table.setCurrentCell(2, 0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_2)  # but the road test failed
    assert "1 item(s) failed" in dialog.summary.text()
    dialog.save()  # refused: the failed item says nothing
    assert dialog.errors.general is not None and dialog.result() == 0
    assert "Road test" in dialog.findChild(type(dialog.general_error), "error_results").text()
    dialog.set_note(2, "方向跑偏")
    dialog.save()
    assert dialog.passed is False
    with context.read() as s:
        assert orders.load_order(s, in_check).status == "in_progress"


def test_walk_from_quality_check_to_delivered(qtbot, window, context, in_check) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.completion_dialog import CompletionDialog
    from ui.dialogs.handover_window import HandoverWindow

    editor = _editor(window, in_check)
    dialog = CompletionDialog(context, in_check, "WX 湘A12345", editor)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.pass_remaining()
    assert "All items passed" in dialog.summary.text()
    dialog.save()
    assert dialog.passed is True
    editor.open_order(in_check)
    assert editor.view.status == "ready" and not editor.buttons["handover"].isVisibleTo(editor)
    _pay_by_wechat_and_cash(qtbot, editor)
    assert editor.buttons["handover"].isVisibleTo(editor)
    editor.buttons["handover"].click()
    window_ = editor.handover_window
    assert isinstance(window_, HandoverWindow)
    qtbot.waitExposed(window_)
    assert window_.width() <= 1366 and window_.height() <= 768
    # The check-in's mark is on the diagram; a click adds one found now, numbered 2.
    assert len(window_.diagram.check_in_marks()) == 1
    diagram = window_.diagram
    qtbot.mouseClick(diagram, Qt.MouseButton.LeftButton,
                     pos=QPoint(diagram.width() * 2 // 3, diagram.height() // 2))
    assert len(diagram.marks()) == 1
    window_.mark_note.setFocus()
    qtbot.keyClicks(window_.mark_note, "new dent")
    assert "mark 2" in window_.differences.text()
    assert window_.walkaround.marks_list.count() == 2
    # The odometer below check-in is refused beside the field.
    window_.odometer.setValue(46000)
    _sign(qtbot, window_.pad)
    window_.buttons["sign"].click()
    assert window_.odometer_error.isVisibleTo(window_)
    window_.odometer.setValue(46225)
    assert "25 km" in window_.differences.text()
    window_.buttons["sign"].click()
    assert window_.record is not None and window_.record.status == "signed"
    assert not window_.buttons["sign"].isEnabled()
    assert "Warranty 5,000 km / 30 days: until" in window_.state_line.text()
    assert "follow-up call due" in window_.state_line.text()
    assert window_.buttons["print_note"].isEnabled()
    with context.read() as s:
        assert orders.load_order(s, in_check).status == "delivered"
        record = handover.current(s, in_check)
        strokes = s.get(Handover, record.id).signature_strokes
        desk = reception.desk_summary(s, orders.load_order(s, in_check).vehicle_id)
        assert len(handover.follow_ups(s, in_check)) == 1
    assert record.odometer_out_km == 46225 and record.signature_png
    assert len(strokes) == 1 and len(strokes[0]) >= 10  # the stroke as drawn by the mouse
    assert [d["kind"] for d in record.differences][:2] == ["new_mark", "driven"]
    assert desk.warranties and desk.warranties[0].order_id == in_check
    assert editor.view.status == "delivered"
    # The pickup note prints from the window (a preview built off the UI thread).
    from PySide6.QtWidgets import QApplication

    from ui.dialogs.print_preview import PrintPreview

    window_.buttons["print_note"].click()
    [preview] = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, PrintPreview) and w.isVisible()]
    with qtbot.waitSignal(preview.ready, timeout=20000):
        pass
    assert preview.pdf.startswith(b"%PDF") and preview.pdf_document.pageCount() == 1
    preview.reject()
    # Reception sees the warranty the moment the car's file opens.
    window.reception.open_vehicle(desk.vehicle_id)
    banner = window.reception.vehicle_view.summary.text()
    assert "In warranty (Second-level maintenance, order WX-" in banner
    assert "51,225 km" in banner


def _pay_by_wechat_and_cash(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    """At the cashier: ¥308.00 due, ¥300 by WeChat, the rest in cash from a ¥10 note."""
    editor.buttons["settle"].click()
    dialog = editor.settlement_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.bill_values["due"].text() == "¥308.00"
    dialog.method.setCurrentIndex(dialog.method.findData("wechat"))
    dialog.amount.selectAll()
    qtbot.keyClicks(dialog.amount, "300")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.amount, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # cash
    dialog.amount.selectAll()
    qtbot.keyClicks(dialog.amount, "10")
    assert dialog.change.text() == "Change: ¥2.00"
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    with qtbot.waitSignal(dialog.settled):
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)  # Enter on an empty field settles
    dialog.close()
    assert editor.view.status == "settled"


def test_a_mandatory_pickup_signature_hides_the_skip(qtbot, window, context, in_check) -> None:  # type: ignore[no-untyped-def]
    from app.services import completion
    from tests.app.handover_helpers import passed_results
    from ui.dialogs.handover_window import HandoverWindow

    with context.write() as s:
        completion.record(s, context.user, in_check, passed_results(s))
        settings.put(s, "signatures.mandatory", ["checkin", "pickup"])
    settle(context.db, context.user, in_check)
    dialog = HandoverWindow(context, in_check)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.buttons["skip"].isVisibleTo(dialog)
    dialog.buttons["sign"].click()  # nothing drawn: the customer signs first
    assert dialog.error.isVisibleTo(dialog) and dialog.record is None


def test_enter_in_the_odometer_hands_nothing_over(qtbot, context, in_check) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt as QtKeys

    from app.services import completion
    from tests.app.handover_helpers import passed_results
    from ui.dialogs.handover_window import HandoverWindow

    with context.write() as s:
        completion.record(s, context.user, in_check, passed_results(s))
    settle(context.db, context.user, in_check)
    dialog = HandoverWindow(context, in_check)
    qtbot.addWidget(dialog)
    dialog.show()
    _sign(qtbot, dialog.pad)
    dialog.odometer.setFocus()
    qtbot.keyClick(dialog.odometer, QtKeys.Key.Key_Return)
    assert dialog.record is None and dialog.isVisible()
    dialog.signer.setFocus()
    qtbot.keyClick(dialog.signer, QtKeys.Key.Key_Return)
    assert dialog.record is None and dialog.isVisible()
    dialog.buttons["sign"].click()  # (Ctrl+Enter too; offscreen Qt has no active window for it)
    assert dialog.record is not None and dialog.record.status == "signed"
