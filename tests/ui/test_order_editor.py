"""The desk's walk: search → the car's file → new work order → lines by keyboard → the
customer's decision → added work and its consent → print preview."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from app.services import catalog, order_flow, orders
from app.services.order_flow import ConsentForm
from tests.ui.conftest import register, type_text


@pytest.fixture
def zhang(context):  # type: ignore[no-untyped-def]
    with context.write() as s:
        catalog.seed_defaults(s, context.user)
    return register(context, "张三", "13800138000", "湘A12345", brand="大众", model="速腾",
                    year="2018", mileage_km="45210")


def _dialog(kind: type) -> QDialog:
    [found] = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found


def _open_new_order(qtbot, window, zhang):  # type: ignore[no-untyped-def]
    from ui.dialogs.reception_dialog import ReceptionDialog

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, window.search.field, "A123")
    qtbot.waitUntil(lambda: window.search.searched == "A123"
                    and window.search.panel.model.rowCount() > 0)
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    view = window.reception.vehicle_view
    qtbot.waitUntil(view.isVisible)
    assert "New work order" in view.order_button.text()
    view.order_button.click()
    dialog = _dialog(ReceptionDialog)
    qtbot.keyClicks(dialog.mileage, "40000")
    dialog.save_button.click()
    assert "less than" in dialog.errors.shown()["mileage"]  # lower than last time: refused
    dialog.mileage.clear()
    qtbot.keyClicks(dialog.mileage, "46300")
    [phrase] = [b for b in dialog.phrase_buttons if b.text() == "刹车异响"]
    phrase.click()
    assert dialog.complaint.toPlainText() == "刹车异响"
    dialog.save_button.click()
    editor = window.reception.order_editor
    qtbot.waitUntil(editor.isVisible)
    return editor


def test_a_work_order_from_search_to_print_preview(qtbot, window, zhang, context) -> None:  # type: ignore[no-untyped-def]
    editor = _open_new_order(qtbot, window, zhang)
    assert editor.view.status == "draft" and "湘A12345" in editor.subtitle.text()
    assert editor.entry.field.hasFocus()
    # A package by its pinyin initials, then a part by code: each Enter adds its lines.
    type_text(qtbot, editor.entry.field, "xby")
    qtbot.waitUntil(lambda: editor.entry.hits.count() > 0)
    qtbot.keyClick(editor.entry.field, Qt.Key.Key_Return)
    assert editor.model.rowCount() >= 3
    package_rows = editor.model.rowCount()
    type_text(qtbot, editor.entry.field, "刹车片")
    qtbot.waitUntil(lambda: editor.entry.hits.count() > 0)
    qtbot.keyClick(editor.entry.field, Qt.Key.Key_Return)
    assert editor.model.rowCount() == package_rows + 1
    pads = editor.model.rowCount() - 1
    # Quantity typed in place; a bad one is refused next to the table and changes nothing.
    quantity = editor.model.index(pads, 4)
    assert not editor.model.setData(quantity, "abc")
    assert "Line" in editor.line_error.text() and editor.line_error.isVisible()
    assert editor.model.setData(quantity, "2")
    total_before = editor.totals["total"].text()
    assert editor.model.rows()[pads].quantity_milli == 2000
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.dirty and editor.view.version == 2
    assert editor.totals["total"].text() == total_before
    editor.buttons["estimate"].click()
    assert editor.view.status == "estimated"
    assert not editor.buttons["estimate"].isEnabled()


def test_decisions_added_work_and_preview(qtbot, window, zhang, context, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.consent_dialog import ConsentDialog
    from ui.dialogs.print_preview import PrintPreview

    editor = _open_new_order(qtbot, window, zhang)
    type_text(qtbot, editor.entry.field, "xby")
    qtbot.waitUntil(lambda: editor.entry.hits.count() > 0)
    qtbot.keyClick(editor.entry.field, Qt.Key.Key_Return)
    editor.table.selectRow(editor.model.rowCount() - 1)
    editor.buttons["decline"].click()  # the customer says no to the last line
    assert editor.model.rows()[-1].approval == "declined"
    assert editor.save()

    def decide(dialog: ConsentDialog) -> int:
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ConsentDialog, "exec", decide)
    editor.buttons["approve"].click()
    view = editor.view
    assert view.status == "approved"
    assert view.lines[-1].approval == "declined" and view.consents[0].given_by == "张三"
    # Added work after approval waits for consent and is shaded; no charge until then.
    type_text(qtbot, editor.entry.field, "雨刮")
    qtbot.waitUntil(lambda: editor.entry.hits.count() > 0)
    qtbot.keyClick(editor.entry.field, Qt.Key.Key_Return)
    assert editor.save()
    assert editor.view.lines[-1].approval == "awaiting"
    assert editor.totals["awaiting"].text() != "¥0.00"
    assert editor.buttons["consent"].isEnabled()
    editor.buttons["consent"].click()
    assert editor.view.lines[-1].approval == "approved"
    assert editor.totals["awaiting"].text() == "¥0.00"
    # Print preview shows the real PDF.
    editor.buttons["print_order"].click()
    preview = _dialog(PrintPreview)
    with qtbot.waitSignal(preview.ready, timeout=20000):
        pass
    assert preview.pdf.startswith(b"%PDF") and preview.pdf_document.pageCount() >= 1
    image = preview.page_image(0, 400)
    assert image.pixelColor(5, 5).name() == "#ffffff"
    preview.reject()


def test_a_stale_save_reloads_and_says_who(qtbot, window, zhang, context, manager) -> None:  # type: ignore[no-untyped-def]
    editor = _open_new_order(qtbot, window, zhang)
    type_text(qtbot, editor.entry.field, "xby")
    qtbot.waitUntil(lambda: editor.entry.hits.count() > 0)
    qtbot.keyClick(editor.entry.field, Qt.Key.Key_Return)
    view = editor.view
    with context.write() as s:  # another desk saves first
        orders.save_order(s, manager, view.id, view.version, view.header, [
            orders.LineDraft("labor", "四轮定位", 1000, 18000)])
    assert not editor.save()
    assert "王店长" in editor.message.text() and editor.message.isVisible()
    assert [x.description for x in editor.view.lines] == ["四轮定位"]


def test_a_big_discount_asks_for_a_manager(qtbot, window, zhang, context, advisor, manager,
                                            monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import make_context
    from ui.dialogs.manager_approval import ManagerApproval
    from ui.pages.order_editor import OrderEditor

    desk = make_context(context.db, advisor)
    with desk.write() as s:
        order_id = orders.open_order(s, advisor, orders.ReceptionForm(
            zhang.vehicle_id, zhang.customer_id, mileage="46300"))
        orders.save_order(s, advisor, order_id, 1, orders.HeaderDraft("repair"), [
            orders.LineDraft("part", "前刹车片", 1000, 40000)])
    editor = OrderEditor(desk)
    qtbot.addWidget(editor)
    editor.open_order(order_id)
    editor.order_discount.setText("20%")
    editor._edited()

    def manager_logs_in(dialog: ManagerApproval) -> int:
        dialog.username.setText("wang")
        dialog.password.setText("wang-pass-1")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ManagerApproval, "exec", manager_logs_in)
    assert editor.save()
    assert editor.view.totals.total_fen == 32000
    with desk.write() as s:
        order_flow.approve(s, advisor, order_id, ConsentForm("张三", "in_person"))


def test_a_labor_line_is_given_to_a_technician(qtbot, window, zhang, context, admin) -> None:  # type: ignore[no-untyped-def]
    from app.services import auth
    from ui.models.lines_model import TECHNICIAN

    with context.write() as s:
        auth.create_user(s, admin, auth.UserForm("li", "李师傅", "workshop", "li-pass-12"),
                         admin.branch_id)
    editor = _open_new_order(qtbot, window, zhang)
    type_text(qtbot, editor.entry.field, "xby")
    qtbot.waitUntil(lambda: editor.entry.hits.count() > 0)
    qtbot.keyClick(editor.entry.field, Qt.Key.Key_Return)
    labor = next(i for i, x in enumerate(editor.model.rows()) if x.kind == "labor")
    part = next(i for i, x in enumerate(editor.model.rows()) if x.kind == "part")
    cell = editor.model.index(labor, TECHNICIAN)
    assert editor.model.flags(cell) & Qt.ItemFlag.ItemIsEditable
    assert not editor.model.flags(editor.model.index(part, TECHNICIAN)) & \
        Qt.ItemFlag.ItemIsEditable  # parts are not given to a person
    delegate = editor.table.itemDelegateForColumn(TECHNICIAN)
    combo = delegate.createEditor(editor.table.viewport(), None, cell)
    combo.setCurrentIndex(combo.findText("李师傅"))
    delegate.setModelData(combo, editor.model, cell)
    assert editor.model.cell(editor.model.rows()[labor], TECHNICIAN) == "李师傅"
    assert editor.save()
    assert editor.view.lines[labor].technician == "李师傅"


def test_an_insurance_job_asks_for_the_claim_number(qtbot, window, zhang) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.reception_dialog import ReceptionDialog

    window.reception.open_vehicle(zhang.vehicle_id)
    window.reception.vehicle_view.order_button.click()
    dialog = _dialog(ReceptionDialog)
    assert not dialog.claim.isEnabled()
    dialog.payer.setCurrentIndex(dialog.payer.findData("insurer"))
    assert dialog.claim.isEnabled() and dialog.insurer.isEnabled()
    type_text(qtbot, dialog.insurer, "人保")
    dialog.save_button.click()
    assert "claim number" in dialog.errors.shown()["claim_number"]
    assert dialog.isVisible()  # nothing saved, the form stays
    qtbot.keyClicks(dialog.claim, "RDAA2026001")
    dialog.save_button.click()
    editor = window.reception.order_editor
    qtbot.waitUntil(editor.isVisible)
    assert editor.view.header.claim_number == "RDAA2026001"
    assert editor.claim.isEnabled() and editor.claim.text() == "RDAA2026001"
