"""The customer's file and the car's file: details, cars, owners over time, work orders."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.services import files
from tests.ui.conftest import add_order, make_context, register, type_text


@pytest.fixture
def zhang(context):  # type: ignore[no-untyped-def]
    who = register(context, "张三", "13800138000", "湘A12345", brand="大众", model="速腾",
                   year="2018", mileage_km="45210")
    add_order(context, who, "WX-BR01-20250301-001", days_ago=400, total_fen=68000,
              mileage_km=30000, status="delivered", category="maintenance")
    add_order(context, who, "WX-BR01-20261120-002", days_ago=2, total_fen=123456,
              mileage_km=45210, status="in_progress", category="repair")
    return who


def test_car_file_shows_owners_and_orders_newest_first(qtbot, window, zhang):
    window.reception.open_vehicle(zhang.vehicle_id)
    view = window.reception.vehicle_view
    assert view.isVisible()
    assert view.title.text() == "湘A12345"
    assert "张三" in view.owner_line.text()
    assert view.details.values["mileage"].text() == "45,210 km"
    orders = view.orders_model
    assert orders.rowCount() == 2
    newest = [orders.cell(orders.row_at(0), c) for c in range(orders.columnCount())]
    assert newest[1:] == ["WX-BR01-20261120-002", "45,210 km", "Repair", "¥1,234.56",
                          "In progress"]
    assert orders.cell(orders.row_at(1), orders.TOTAL) == "¥680.00"
    assert view.owners_model.cell(view.owners_model.row_at(0), 3) == "current owner"
    assert "(2)" in view.orders_box.title()


def test_customer_file_lists_cars_and_opens_one_with_enter(qtbot, window, zhang):
    window.reception.open_customer(zhang.customer_id)
    view = window.reception.customer_view
    assert view.title.text() == "张三"
    assert view.details.values["phones"].text() == "138 0013 8000"
    assert view.cars_model.rowCount() == 1
    assert view.cars_model.cell(view.cars_model.row_at(0), 5) == "Current"
    view.cars.setFocus()
    view.cars.setCurrentIndex(view.cars_model.index(0, 0))
    qtbot.keyClick(view.cars, Qt.Key.Key_Return)
    assert window.reception.current() == ("vehicle", zhang.vehicle_id)
    qtbot.mouseClick(window.reception.back_button, Qt.MouseButton.LeftButton)
    assert window.reception.current() == ("customer", zhang.customer_id)


def test_transfer_to_a_new_owner_keeps_the_history(qtbot, window, context, zhang):
    li = register(context, "李四", "13912345678")
    window.reception.open_vehicle(zhang.vehicle_id)
    view = window.reception.vehicle_view
    qtbot.mouseClick(view.transfer_button, Qt.MouseButton.LeftButton)
    from ui.dialogs.customer_moves import TransferDialog

    dialog = window.findChild(TransferDialog)
    type_text(qtbot, dialog.picker.field, "lisi")
    qtbot.waitUntil(lambda: dialog.picker.model.rowCount() == 1)
    assert dialog.picker.picked is not None and dialog.picker.picked[0] == li.customer_id
    with qtbot.waitSignal(dialog.vehicle_transferred):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    owners = view.owners_model
    assert [o.name for o in owners.rows()] == ["李四", "张三"]
    assert owners.rows()[1].ended_on is not None
    assert view.orders_model.rowCount() == 2  # the car's orders stay with the car
    window.reception.open_customer(zhang.customer_id)
    cars = window.reception.customer_view.cars_model
    assert cars.cell(cars.row_at(0), 5).startswith("Sold")


def test_manager_merges_a_duplicate_customer(qtbot, database, admin, manager, zhang):
    from ui.main_window import MainWindow

    context = make_context(database, manager)
    other = register(context, "张三丰", "13700001111", "湘A54321")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.reception.open_customer(zhang.customer_id)
    view = window.reception.customer_view
    assert view.merge_button.isVisible()
    qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    from ui.dialogs.customer_moves import MergeDialog

    dialog = window.findChild(MergeDialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Choose the customer first" in dialog.errors.shown()["merge"]
    type_text(qtbot, dialog.picker.field, "13700001111")
    qtbot.waitUntil(lambda: dialog.picker.picked is not None)
    with qtbot.waitSignal(dialog.customers_merged):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert {c.plate for c in view.cars_model.rows()} == {"湘A12345", "湘A54321"}
    assert "137 0000 1111" in view.details.values["phones"].text()
    with database.read() as s:
        assert files.customer_file(s, other.customer_id).merged_into_id == zhang.customer_id
    window.search.timer.stop()


def test_advisor_does_not_see_merge(qtbot, database, admin, advisor, zhang):
    from ui.pages.customer_file import CustomerFileView

    view = CustomerFileView()
    qtbot.addWidget(view)
    with database.read() as s:
        view.show_file(files.customer_file(s, zhang.customer_id), advisor)
    assert view.merge_button.isHidden()
    assert view.edit_button.isEnabled()


def test_edit_customer_and_add_a_car(qtbot, window, zhang):
    window.reception.open_customer(zhang.customer_id)
    view = window.reception.customer_view
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    from ui.dialogs.customer_dialog import CustomerDialog
    from ui.dialogs.vehicle_dialog import VehicleDialog

    dialog = window.findChild(CustomerDialog)
    assert dialog.car_box.isHidden()
    address = dialog.findChild(QLineEdit, "address")
    type_text(qtbot, address, "长沙市开福区")
    with qtbot.waitSignal(dialog.customer_saved):
        qtbot.keyClick(address, Qt.Key.Key_Return)
    assert view.details.values["address"].text() == "长沙市开福区"
    qtbot.mouseClick(view.add_car_button, Qt.MouseButton.LeftButton)
    car = window.findChild(VehicleDialog)
    type_text(qtbot, car.car.inputs["plate"], "湘AD12345")
    car.car.fuel.setCurrentIndex(car.car.fuel.findData("electric"))
    with qtbot.waitSignal(car.vehicle_saved):
        qtbot.mouseClick(car.save_button, Qt.MouseButton.LeftButton)
    assert window.reception.vehicle_view.details.values["fuel"].text() == "Electric"


def test_models_pass_the_model_tester(qtmodeltester, context, zhang):
    from ui.models.file_models import CustomerVehiclesModel, OrdersModel, OwnersModel
    from ui.models.search_model import SearchResultModel
    from ui.models.users_model import UsersModel

    with context.read() as s:
        car = files.vehicle_file(s, zhang.vehicle_id)
        customer = files.customer_file(s, zhang.customer_id)
        from app.services import auth
        from app.services.search import search

        results = search(s, "张三")
        users = auth.list_users(s)
    for model, rows in ((OrdersModel(), car.orders), (OwnersModel(), car.owners),
                        (CustomerVehiclesModel(), customer.vehicles),
                        (SearchResultModel(), results), (UsersModel(), users)):
        model.set_rows(rows)
        assert model.rowCount() == len(rows) > 0
        qtmodeltester.check(model, force_py=True)
