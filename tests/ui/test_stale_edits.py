"""An edit form whose record another desk saved meanwhile: the message names who, when and
what they changed, what was typed stays in the form, and a second Save puts it over theirs."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.bootstrap import open_database
from app.services import checkin, customers, files, orders
from app.services.customers import CustomerForm
from tests.ui.conftest import register, type_text
from ui.dialogs.customer_dialog import CustomerDialog


def _second_desk(context):  # type: ignore[no-untyped-def]
    other, _ = open_database(context.db.url.render_as_string(hide_password=False))
    return other


def test_the_customer_dialog_names_the_other_desks_save_and_keeps_the_typing(  # type: ignore[no-untyped-def]
        qtbot, context, manager) -> None:
    who = register(context, "张三", "13800138000", plate="湘A12345")
    with context.read() as s:
        file = files.customer_file(s, who.customer_id)
    dialog = CustomerDialog(context, customer=file)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    address = dialog.fields.inputs["address"]
    type_text(qtbot, address, "长沙市开福区")

    other = _second_desk(context)  # meanwhile, at desk 2, the manager renames the customer
    with other.write() as s:
        customers.update(s, manager, who.customer_id, CustomerForm("张三丰", ("13800138000",)))
    other.dispose()

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    message = dialog.general_error.text()
    assert dialog.isVisible() and dialog.general_error.isVisible()
    assert "王店长" in message and "changed: name." in message and "Save again" in message
    assert address.text() == "长沙市开福区"  # the typing is kept
    assert dialog.fields.inputs["name"].text() == "张三"
    stored = customers.editing(context.db, who.customer_id).form
    assert (stored.name, stored.address) == ("张三丰", "")  # nothing of the stale form written

    with qtbot.waitSignal(dialog.customer_saved):  # Save again: on purpose, over theirs
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = customers.editing(context.db, who.customer_id).form
    assert (stored.name, stored.address) == ("张三", "长沙市开福区")


def test_the_check_in_window_names_the_other_desks_save(qtbot, context, manager) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.checkin_window import CheckInWindow

    who = register(context, "李四", "13900139000", plate="湘A54321")
    assert who.vehicle_id is not None
    with context.write() as s:
        order_id = orders.open_order(s, context.user, orders.ReceptionForm(
            who.vehicle_id, who.customer_id, complaint="保养", mileage="46200"))
    window = CheckInWindow(context, order_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    type_text(qtbot, window.valuables, "现金200元")

    other = _second_desk(context)
    with other.read() as s:
        view = checkin.current(s, order_id)
    assert view is not None
    with other.write() as s:
        checkin.save(s, manager, view.id, checkin.CheckInForm(
            **{**vars(view.form), "belongings": "儿童座椅"}), loaded=view.stamp)
    other.dispose()

    window.buttons["save"].click()
    assert "王店长" in window.error.text() and "belongings" in window.error.text()
    assert window.valuables.text() == "现金200元"
    with context.read() as s:
        stored = checkin.current(s, order_id)
    assert stored is not None and (stored.form.belongings, stored.form.valuables) == (
        "儿童座椅", "")
