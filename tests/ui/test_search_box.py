"""The global search box: every kind of key, typed into the real box, opens the right file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import add_order, register, type_text

VIN = "LFV2A21K7J3044197"


@pytest.fixture
def shop_data(context):  # type: ignore[no-untyped-def]
    zhang = register(context, "张三", "13800138000", "湘A12345", VIN, brand="大众", model="速腾")
    li = register(context, "李四", "13912345678", "湘B6K7M9", brand="丰田")
    order = add_order(context, zhang, "WX-BR01-20261120-007", days_ago=3, total_fen=68000)
    return {"zhang": zhang, "li": li, "order": order}


def type_search(qtbot, window, text: str):  # type: ignore[no-untyped-def]
    window.search.focus()
    type_text(qtbot, window.search.field, text)
    model = window.search.panel.model
    qtbot.waitUntil(lambda: window.search.searched == text and model.rowCount() > 0)
    return model


@pytest.mark.parametrize(
    ("typed", "kind", "who"),
    [
        ("湘A12345", "vehicle", "zhang"),  # whole plate
        ("A1234", "vehicle", "zhang"),  # without the province, beginning
        ("1234", "vehicle", "zhang"),  # the plate's middle
        ("6K7M", "vehicle", "li"),
        ("0013", "customer", "zhang"),  # four digits of the phone
        ("13912345678", "customer", "li"),
        ("张三", "customer", "zhang"),
        ("zs", "customer", "zhang"),  # pinyin initials
        ("lisi", "customer", "li"),
        ("044197", "vehicle", "zhang"),  # the VIN's tail
    ],
)
def test_each_kind_of_key_finds_the_file(qtbot, window, shop_data, typed, kind, who):
    model = type_search(qtbot, window, typed)
    first = model.row_at(0)
    assert first is not None
    found = {(r.kind, r.ref) for r in model.rows()}
    target = shop_data[who]
    ref = target.vehicle_id if kind == "vehicle" else target.customer_id
    assert (kind, ref) in found
    assert window.search.panel.isVisible()
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    view = window.reception.stack.currentWidget()
    assert view.objectName() in ("vehicle_file", "customer_file")
    assert view.file is not None


def test_arrows_choose_and_enter_opens_the_chosen(qtbot, window, shop_data):
    model = type_search(qtbot, window, "湘")
    assert model.rowCount() >= 2
    qtbot.keyClick(window.search.field, Qt.Key.Key_Down)
    chosen = model.row_at(window.search.panel.current_row())
    assert window.search.panel.current_row() == 1
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    opened = window.reception.current()
    assert opened is not None and opened[1] == chosen.ref
    assert window.search.field.text() == ""
    assert not window.search.panel.isVisible()


def test_scanned_order_number_opens_the_order_at_once(qtbot, window, shop_data):
    window.search.focus()
    qtbot.keyClicks(window.search.field, "WX-BR01-20261120-007")
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)  # before the pause: a scanner
    assert window.reception.current() == ("order", shop_data["order"])
    assert "WX-BR01-20261120-007" in window.reception.order_editor.title.text()
    window.reception.back()  # Back goes to the car's file
    assert window.reception.current() == ("vehicle", shop_data["zhang"].vehicle_id)
    assert window.reception.vehicle_view.title.text() == "湘A12345"


def test_order_results_show_number_and_status_by_name(qtbot, window, shop_data):
    model = type_search(qtbot, window, "WX-BR01-2026")
    first = model.row_at(0)
    assert first.kind == "order" and first.ref == shop_data["order"]
    assert model.cell(first, model.KIND) == "Work order"
    assert model.cell(first, model.PLATE) == "湘A12345"
    detail = model.cell(first, model.DETAIL)
    assert "WX-BR01-20261120-007" in detail and "Delivered" in detail


def test_escape_clears_and_shortcuts_focus_the_box(qtbot, window, shop_data):
    window.reception.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.field.hasFocus()
    type_search(qtbot, window, "张")
    qtbot.keyClick(window.search.field, Qt.Key.Key_Escape)
    assert window.search.field.text() == ""
    assert not window.search.panel.isVisible()
    window.reception.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.search.field.hasFocus()


def test_nothing_found_offers_to_register_with_the_plate(qtbot, window, shop_data):
    window.search.focus()
    type_text(qtbot, window.search.field, "湘A99999")
    panel = window.search.panel
    qtbot.waitUntil(lambda: window.search.searched == "湘A99999")
    assert panel.model.rowCount() == 0
    assert panel.stack.currentWidget() is panel.empty
    assert "湘A99999" in panel.empty_text.text()
    qtbot.keyClick(window.search.field, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    from ui.dialogs.customer_dialog import CustomerDialog

    dialog = window.findChild(CustomerDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.car.inputs["plate"].text() == "湘A99999"
    dialog.reject()
