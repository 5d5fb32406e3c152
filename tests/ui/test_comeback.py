"""A car back within its warranty: reception marks the new order a comeback of the delivered one,
and in the editor the warranty items are made free (Ctrl+Shift+W)."""

from __future__ import annotations

from datetime import UTC, datetime

from app.domain.handover import PickupFacts
from app.services import comebacks, files, handover, orders
from tests.app.handover_helpers import STROKES, settled_order
from tests.app.test_handover import png


def _delivered(context):  # type: ignore[no-untyped-def]
    oid = settled_order(context.db, context.user)
    with context.write() as s:
        handover.deliver(s, context.user, oid, PickupFacts(46230), STROKES, png(), "张三",
                         datetime.now(UTC))
        vehicle_id = orders.load_order(s, oid).vehicle_id
    return oid, vehicle_id


def test_reception_marks_a_comeback_and_the_editor_makes_lines_free(qtbot, window, context) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.reception_dialog import ReceptionDialog

    original, vehicle_id = _delivered(context)
    with context.read() as s:
        car = files.vehicle_file(s, vehicle_id)
    dialog = ReceptionDialog(context, car, [])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.comeback.isVisibleTo(dialog)
    assert dialog.comeback.original.currentData() == original
    dialog.mileage.setText("46800")
    dialog.comeback.check.setChecked(True)
    opened = []
    dialog.opened.connect(opened.append)
    dialog.save()
    [order_id] = opened
    with context.write() as s:
        assert comebacks.comeback_of(s, order_id).original_id == original
        orders.save_order(s, context.user, order_id, orders.load_order(s, order_id).version,
                          orders.HeaderDraft("repair"),
                          [orders.LineDraft("labor", "重新紧固油底壳", 500, 12000),
                           orders.LineDraft("part", "雨刮片", 1000, 9000)])
    window.reception.open_order(order_id)
    editor = window.reception.order_editor
    assert "Comeback of WX-" in editor.message.text()
    assert editor.comeback.action.isEnabled()
    editor.table.selectRow(0)
    editor.comeback.action.trigger()
    with context.read() as s:
        view = orders.load_order(s, order_id)
    assert [line.total_fen for line in view.lines] == [0, 9000]  # only the warranty item
    assert view.totals.total_fen == 9000


def test_a_car_without_warranty_is_offered_no_comeback(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import register
    from ui.dialogs.reception_dialog import ReceptionDialog

    who = register(context, "李四", "13900139000", "湘A54321")
    with context.read() as s:
        car = files.vehicle_file(s, who.vehicle_id)
    dialog = ReceptionDialog(context, car, [])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.comeback.isVisibleTo(dialog)


def test_a_comeback_past_the_warranty_km_is_refused_and_nothing_opened(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.reception_dialog import ReceptionDialog

    _original, vehicle_id = _delivered(context)
    with context.read() as s:
        car = files.vehicle_file(s, vehicle_id)
    dialog = ReceptionDialog(context, car, [])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.mileage.setText("60000")  # past 46,230 + 5,000 km
    dialog.comeback.check.setChecked(True)
    dialog.save()
    assert "does not cover the car" in dialog.errors.shown()["comeback"]
    assert dialog.order_id is None or dialog.result() == 0
    with context.read() as s:
        assert files.vehicle_file(s, vehicle_id).orders[0].status == "delivered"


def test_reception_tells_the_warranty_of_the_chosen_repair_type(qtbot, context, manager) -> None:  # type: ignore[no-untyped-def]
    from app.services import customers, warranties
    from app.services.customers import CustomerForm
    from app.services.vehicles import VehicleForm
    from ui.dialogs.reception_dialog import ReceptionDialog

    with context.write() as s:
        car = customers.register(s, context.user, CustomerForm("李四", ("13912345678",)),
                                 VehicleForm(plate="湘A54321", brand="丰田"))
        warranties.set_promised(s, manager, {"minor_repair": ("3000", "30")})
        file = files.vehicle_file(s, car.vehicle_id)
    dialog = ReceptionDialog(context, file, [])
    qtbot.addWidget(dialog)
    assert dialog.warranty_term.text() == ""  # no repair type chosen yet
    dialog.repair_type.setCurrentIndex(dialog.repair_type.findData("secondary_maintenance"))
    assert dialog.warranty_term.text() == "Warranty 5,000 km or 30 days"  # the law's term
    dialog.repair_type.setCurrentIndex(dialog.repair_type.findData("minor_repair"))
    assert dialog.warranty_term.text() == "Warranty 3,000 km or 30 days"  # the shop's promise
