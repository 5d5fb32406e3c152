"""The check-in at the desk: checklist by keys, a damage mark by a click, a photo, the customer's
signature drawn with the mouse; signing locks it and work may start; a change is version 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage

from app.services import checkin, order_flow, orders
from app.services.order_flow import ConsentForm
from tests.ui.conftest import register


@pytest.fixture
def approved(context):  # type: ignore[no-untyped-def]
    who = register(context, "张三", "13800138000", "湘A12345", brand="大众", model="速腾")
    with context.write() as s:
        order_id = orders.open_order(s, context.user, orders.ReceptionForm(
            who.vehicle_id, who.customer_id, mileage="46300", fuel_eighths=5))
        orders.save_order(s, context.user, order_id, 1, orders.HeaderDraft("repair"),
                          [orders.LineDraft("labor", "更换刹车片", 800, 12000)])
        order_flow.approve(s, context.user, order_id, ConsentForm("张三", "in_person"))
    return order_id


def _window(qtbot, window, order_id):  # type: ignore[no-untyped-def]
    from ui.dialogs.checkin_window import CheckInWindow

    window.reception.open_order(order_id)
    editor = window.reception.order_editor
    assert "not done yet" in editor.checkin_state.text()
    editor.buttons["start_work"].click()  # refused: not checked in
    assert "check-in is not signed" in editor.message.text()
    editor.buttons["checkin"].click()
    dialog = editor.checkin_window
    assert isinstance(dialog, CheckInWindow)
    qtbot.waitExposed(dialog)
    return editor, dialog


def _sign(qtbot, pad) -> None:  # type: ignore[no-untyped-def]
    w, h = pad.width(), pad.height()
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(w // 5, h // 2))
    for i in range(1, 12):
        qtbot.mouseMove(pad, QPoint(w // 5 + i * w // 20, h // 2 + (-1) ** i * h // 6))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton,
                       pos=QPoint(w // 5 + 11 * w // 20, h // 2))


def test_check_in_sign_lock_and_start_work(qtbot, window, context, approved, tmp_path) -> None:  # type: ignore[no-untyped-def]
    editor, dialog = _window(qtbot, window, approved)
    assert dialog.fuel.value() == 5 and dialog.odometer.value() == 46300
    # The checklist by keys: "2" marks the selected item damaged; a note says what.
    dialog.checklist.setFocus()
    dialog.checklist.setCurrentCell(0, 0)
    qtbot.keyClick(dialog.checklist, Qt.Key.Key_2)
    assert dialog.checklist.cellWidget(0, 1).currentData() == "damaged"
    dialog.checklist.item(0, 2).setText("左前门划痕")
    # A damage mark by a click on the car.
    diagram = dialog.diagram
    qtbot.mouseClick(diagram, Qt.MouseButton.LeftButton,
                     pos=QPoint(diagram.width() // 2, diagram.height() // 2))
    assert len(diagram.marks()) == 1
    assert dialog.marks_list.count() == 1
    # A photo from a file.
    photo = tmp_path / "car.png"
    image = QImage(320, 240, QImage.Format.Format_RGB32)
    image.fill(QColor("steelblue"))
    image.save(str(photo))
    dialog.add_photo_files([Path(photo)])
    assert dialog.photos.count() == 1
    dialog.add_photo_files([Path(photo)])  # the same picture twice is kept once
    assert dialog.photos.count() == 1
    other = tmp_path / "other.png"
    image.fill(QColor("tomato"))
    image.save(str(other))
    dialog.add_photo_files([other])
    dialog.photos.setCurrentRow(1)
    dialog.photos.setFocus()
    qtbot.keyClick(dialog.photos, Qt.Key.Key_Delete)
    assert dialog.photos.count() == 1
    # Signing needs a signature; then it locks.
    dialog.buttons["sign"].click()
    assert dialog.error.isVisible()
    _sign(qtbot, dialog.pad)
    assert not dialog.pad.is_empty()
    dialog.buttons["sign"].click()
    assert dialog.view.locked, dialog.error.text()
    assert dialog.view.content_hash[:12] in dialog.state_line.text()
    assert not dialog.buttons["sign"].isEnabled() and dialog.buttons["new_version"].isEnabled()
    with context.read() as s:
        stored = checkin.current(s, approved)
        assert checkin.verify(s, stored.id).ok
    assert stored.form.checklist[0]["state"] == "damaged" and len(stored.form.marks) == 1
    assert len(stored.form.photos) == 1 and stored.signature_png.startswith(b"\x89PNG")
    assert stored.signature_strokes == [[list(p) for p in s] for s in dialog.pad.strokes()]
    dialog.buttons["verify"].click()
    assert "unchanged" in dialog.state_line.text()
    dialog.accept()
    editor.open_order(approved)
    assert "signed by 张三" in editor.checkin_state.text()
    editor.buttons["start_work"].click()
    assert editor.view.status == "in_progress"


def test_a_change_after_signing_is_version_two(qtbot, window, context, approved,
                                               monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _editor, dialog = _window(qtbot, window, approved)
    _sign(qtbot, dialog.pad)
    dialog.buttons["sign"].click()
    assert dialog.view.locked
    dialog.buttons["new_version"].click()
    assert dialog.view.version == 2 and not dialog.view.locked
    assert dialog.pad.is_empty() and dialog.belongings.isEnabled()
    dialog.belongings.setText("行车记录仪")
    dialog.buttons["save"].click()
    with context.read() as s:
        assert not checkin.is_locked(s, approved)
        assert checkin.version(s, approved, 1).locked
        assert checkin.current(s, approved).form.belongings == "行车记录仪"
    assert dialog.buttons["earlier"].isEnabled()  # version 1 stays readable as signed
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("1", True))
    dialog.buttons["earlier"].click()
    preview = dialog.earlier_preview
    assert preview.doc.version == 1 and preview.doc.belongings != "行车记录仪"
    preview.reject()


def test_the_sheet_prints_from_the_window(qtbot, window, context, approved) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from ui.dialogs.print_preview import PrintPreview

    _editor, dialog = _window(qtbot, window, approved)
    _sign(qtbot, dialog.pad)
    dialog.buttons["sign"].click()
    dialog.buttons["print_sheet"].click()
    [preview] = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, PrintPreview) and w.isVisible()]
    with qtbot.waitSignal(preview.ready, timeout=20000):
        pass
    assert preview.pdf.startswith(b"%PDF") and preview.pdf_document.pageCount() == 1
    preview.reject()
