"""A complaint recorded from the car's file shows in its banner until it is closed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services import complaints
from tests.ui.conftest import add_order, register, type_text


def test_record_then_close_a_complaint_from_the_car_file(qtbot, window, context):
    zhang = register(context, "张三", "13800138000", "湘A12345", brand="大众", model="速腾")
    add_order(context, zhang, "WX-BR01-20261120-002", days_ago=2, total_fen=68000,
              mileage_km=45210, status="delivered", category="maintenance")
    window.reception.open_vehicle(zhang.vehicle_id)
    view = window.reception.vehicle_view
    assert not view.close_complaint_button.isVisible()
    qtbot.mouseClick(view.complaint_button, Qt.MouseButton.LeftButton)
    from ui.dialogs.complaint_dialog import CloseComplaintDialog, ComplaintDialog

    dialog = window.findChild(ComplaintDialog)
    assert dialog.order.currentText().startswith("WX-BR01-20261120-002")  # the latest visit
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # nothing written yet
    assert dialog.isVisible() and dialog.errors.label("description").isVisible()
    type_text(qtbot, dialog.description, "保养后机油灯还亮")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "Open complaint" in view.summary.text() and "保养后机油灯还亮" in view.summary.text()
    assert view.close_complaint_button.isVisible()

    qtbot.mouseClick(view.close_complaint_button, Qt.MouseButton.LeftButton)
    closing = window.findChild(CloseComplaintDialog)
    assert "保养后机油灯还亮" in closing.detail.text()
    type_text(qtbot, closing.resolution, "已免费复查并道歉")
    qtbot.keyClick(closing.resolution, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not closing.isVisible())
    assert "Open complaint" not in view.summary.text()
    assert not view.close_complaint_button.isVisible()
    with context.read() as s:
        [done] = complaints.for_customer(s, zhang.customer_id)
    assert (done.status, done.resolution) == ("closed", "已免费复查并道歉")
    QApplication.processEvents()
