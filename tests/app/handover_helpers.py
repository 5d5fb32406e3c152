"""Orders brought to the states the handover needs, through the real services.

`settle` pays the bill through the real settlement service, as the cashier would.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from app.services import checkin, completion, customers, order_flow, orders
from app.services.actor import Actor
from app.services.customers import CustomerForm
from app.services.order_flow import ConsentForm
from app.services.vehicles import VehicleForm

STROKES = [[(10.0, 20.0, 1.0, 0), (50.5, 60.5, 0.8, 16), (90.0, 40.0, 0.6, 33)],
           [(120.0, 30.0, 1.0, 0), (150.0, 80.0, 1.0, 20)]]
MARK = {"number": 1, "x": 0.25, "y": 0.2, "kind": "scratch", "note": "左前门"}


def register_car(database, actor: Actor, plate: str = "湘A12345",  # type: ignore[no-untyped-def]
                 phone: str = "13800138000"):
    with database.write() as s:
        return customers.register(s, actor, CustomerForm("张三", (phone,)),
                                  VehicleForm(plate=plate, brand="大众", model="朗逸"))


def order_in_quality_check(database, actor: Actor, car=None, *,  # type: ignore[no-untyped-def]
                           repair_type: str = "secondary_maintenance", mileage: str = "46200",
                           lines=None) -> uuid.UUID:
    car = car or register_car(database, actor)
    with database.write() as s:
        oid = orders.open_order(s, actor, orders.ReceptionForm(
            car.vehicle_id, car.customer_id, mileage=mileage, fuel_eighths=3))
        orders.save_order(s, actor, oid, 1, orders.HeaderDraft("maintenance", repair_type),
                          lines or [orders.LineDraft("labor", "二级维护", 2000, 12000),
                                    orders.LineDraft("part", "机油滤清器", 1000, 6800)])
        order_flow.approve(s, actor, oid, ConsentForm("张三", "in_person"))
        check_in_id = checkin.start(s, actor, oid)
        view = checkin.current(s, oid)
        form = checkin.CheckInForm(checklist=view.form.checklist, marks=(MARK,),
                                   fuel_eighths=3, odometer_km=int(mileage), keys_count=2,
                                   belongings="行车记录仪", valuables="无")
        checkin.sign(s, actor, check_in_id, form, STROKES, b"\x89PNG fake", "张三")
        order_flow.start_work(s, actor, oid)
        order = order_flow.locked_order(s, oid)
        order_flow.move(s, actor, order, "quality_check", "work done", datetime.now(UTC))
    return oid


def passed_results(session) -> list[dict]:  # type: ignore[no-untyped-def]
    return [{"item": x, "passed": True, "note": ""} for x in completion.checklist_items(session)]


def settle(database, actor: Actor, order_id: uuid.UUID) -> None:
    """The bill paid in full by card through the real settlement: ready → settled."""
    from app.domain.settlement import PaymentDraft
    from app.services import settlement

    with database.read() as s:
        due = settlement.bill(s, order_id).due_fen
    with database.write() as s:
        settlement.settle(s, actor, order_id, [PaymentDraft("card", due)])


def ready_order(database, actor: Actor, **kw) -> uuid.UUID:  # type: ignore[no-untyped-def]
    oid = order_in_quality_check(database, actor, **kw)
    with database.write() as s:
        completion.record(s, actor, oid, passed_results(s))
    return oid


def settled_order(database, actor: Actor, **kw) -> uuid.UUID:  # type: ignore[no-untyped-def]
    oid = ready_order(database, actor, **kw)
    settle(database, actor, oid)
    return oid
