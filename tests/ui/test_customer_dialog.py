"""Registering a customer with their car: bad input refused next to each field, then saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget
from sqlalchemy import func, select

from db.models import Customer, Vehicle
from tests.ui.conftest import register, type_text
from ui.dialogs.customer_dialog import CustomerDialog

GOOD_VIN = "LFV2A21K7J3044197"
BAD_CHECK_VIN = "LFV2A21K6J3044197"  # position 9 should be 7


def counts(context) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with context.read() as s:
        return (s.scalar(select(func.count(Customer.id))),
                s.scalar(select(func.count(Vehicle.id))))


def open_register(qtbot, window) -> CustomerDialog:  # type: ignore[no-untyped-def]
    window.register_customer("")
    dialog = window.findChild(CustomerDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def fill(qtbot, dialog, **fields: str) -> None:  # type: ignore[no-untyped-def]
    for name, text in fields.items():
        edit = dialog.findChild(QLineEdit, name)
        assert edit is not None, name
        edit.clear()
        type_text(qtbot, edit, text)


def test_bad_input_is_refused_next_to_each_field_then_good_input_saves(qtbot, window, context):
    dialog = open_register(qtbot, window)
    fill(qtbot, dialog, customer_name="张三", phone_0="12345", plate="湘I12345",
         vin=BAD_CHECK_VIN, year="1890")
    assert dialog.car.vin_confirmed.isVisible()  # the check digit does not match
    assert "should be 7" in dialog.car.vin_hint.text()
    qtbot.keyClick(dialog.car.inputs["year"], Qt.Key.Key_Return)  # Enter saves

    shown = dialog.errors.shown()
    assert set(shown) == {"phones.0", "plate", "vin", "year"}
    assert "I or O" in shown["plate"]
    assert dialog.findChild(QLabel, "error_plate").isVisible()
    assert dialog.focusWidget() is dialog.fields.phones.edits[0]  # the first wrong field
    assert dialog.isVisible()
    assert counts(context) == (0, 0)  # nothing saved

    fill(qtbot, dialog, phone_0="138 0013 8000", plate="湘a12345", year="2018")
    assert dialog.car.inputs["plate"].text() == "湘A12345"  # upper-cased as typed
    dialog.car.vin_confirmed.setChecked(True)  # read off the car: it is right as typed
    with qtbot.waitSignal(dialog.customer_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert counts(context) == (1, 1)
    with context.read() as s:
        car = s.scalars(select(Vehicle)).one()
        assert (car.plate, car.vin, car.vin_confirmed, car.year) == (
            "湘A12345", BAD_CHECK_VIN, True, 2018)
    vehicle_view = window.reception.vehicle_view
    assert window.reception.stack.currentWidget() is vehicle_view
    assert vehicle_view.title.text() == "湘A12345"
    assert "confirmed" in vehicle_view.details.values["vin"].text()


def test_good_vin_shows_maker_and_year(qtbot, window):
    dialog = open_register(qtbot, window)
    fill(qtbot, dialog, vin=GOOD_VIN.lower())
    assert dialog.car.inputs["vin"].text() == GOOD_VIN
    assert "FAW-Volkswagen" in dialog.car.vin_hint.text()
    assert "2018" in dialog.car.vin_hint.text()
    assert not dialog.car.vin_confirmed.isVisible()
    dialog.reject()


def test_plate_without_province_gets_the_shops_prefix_offered(qtbot, window):
    dialog = open_register(qtbot, window)
    fill(qtbot, dialog, plate="a12345")
    assert dialog.car.plate_hint.isVisible()
    assert "湘A12345" in dialog.car.plate_hint.text()
    dialog.car._use_suggestion()
    assert dialog.car.inputs["plate"].text() == "湘A12345"
    dialog.reject()


def test_duplicate_plate_is_caught_with_a_jump_to_the_existing_file(qtbot, window, context):
    zhang = register(context, "张三", "13800138000", "湘A12345")
    dialog = open_register(qtbot, window)
    fill(qtbot, dialog, customer_name="李四", phone_0="13912345678", plate="湘A·12345")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    panel = dialog.duplicates
    assert panel.isVisible()
    assert "湘A12345 is already on file: 张三" in panel.rows[0][0].text()
    assert not panel.shared_phone.isVisible()  # a plate cannot be shared
    assert counts(context) == (1, 1)
    qtbot.mouseClick(panel.rows[0][1], Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert window.reception.current() == ("vehicle", zhang.vehicle_id)


def test_shared_family_phone_may_be_saved_once_ticked(qtbot, window, context):
    register(context, "张三", "13800138000", "湘A12345")
    dialog = open_register(qtbot, window)
    dialog.car_box.setChecked(False)  # a customer without a car
    fill(qtbot, dialog, customer_name="张小三", phone_0="13800138000")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    panel = dialog.duplicates
    assert "13800138000" in panel.rows[0][0].text()
    assert panel.shared_phone.isVisible()
    panel.shared_phone.setChecked(True)
    with qtbot.waitSignal(dialog.customer_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert counts(context) == (2, 1)
    assert window.reception.customer_view.title.text() == "张小三"


def test_several_phones_with_one_wrong(qtbot, window, context):
    dialog = open_register(qtbot, window)
    dialog.car_box.setChecked(False)
    qtbot.mouseClick(dialog.fields.phones.add_button, Qt.MouseButton.LeftButton)
    fill(qtbot, dialog, customer_name="王五", phone_0="13700001111", phone_1="0731-123")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert set(dialog.errors.shown()) == {"phones.1"}
    assert dialog.focusWidget() is dialog.fields.phones.edits[1]
    dialog.fields.phones.remove_row(1)
    with qtbot.waitSignal(dialog.customer_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert counts(context) == (1, 0)


def test_inputs_carry_names_for_tests_and_screen_readers(qtbot, window):
    dialog = open_register(qtbot, window)
    for name in ("customer_kind", "customer_name", "phone_0", "contact_person", "tax_id",
                 "address", "customer_note", "credit_allowed", "plate", "vin", "brand",
                 "model", "year", "colour", "engine_no", "fuel_type", "mileage_km",
                 "vehicle_note"):
        widget = dialog.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
    dialog.reject()
