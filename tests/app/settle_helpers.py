"""A priced, approved order brought to `ready`, for the settlement tests of every tier."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from app.services import customers, order_flow, orders
from app.services.actor import Actor
from app.services.customers import CustomerForm
from app.services.order_flow import ConsentForm
from app.services.orders import LineDraft, ReceptionForm
from app.services.vehicles import VehicleForm

OIL = LineDraft("part", "机油 5W-30", 4000, 6800, code="P-OIL", unit="L", source="oem")
FILTER = LineDraft("part", "机油滤芯", 1000, 4550, code="P-FLT", unit="个", source="aftermarket")
LABOR = LineDraft("labor", "更换机油机滤", 500, 12000, code="L-OIL", unit="h")
PADS = LineDraft("part", "前刹车片", 1000, 38000, source="brand")
# 272.00 + 45.50 + 60.00 = 377.50; the pads are declined and never charged.
TOTAL_FEN = 37750


def ready_order(database, actor: Actor, plate: str = "湘A12345", credit: bool = False,  # type: ignore[no-untyped-def]
                phone: str = "13800138000") -> uuid.UUID:
    """An order with oil, filter and labor approved, brake pads declined, in `ready`."""
    with database.write() as s:
        car = customers.register(
            s, actor, CustomerForm("张三", (phone,), credit_allowed=credit),
            VehicleForm(plate=plate, brand="大众", model="朗逸", mileage_km="45000"))
        order_id = orders.open_order(s, actor, ReceptionForm(
            car.vehicle_id, car.customer_id, complaint="保养", mileage="46200",
            repair_type="secondary_maintenance"))
    with database.read() as s:
        view = orders.load_order(s, order_id)
    with database.write() as s:
        orders.save_order(s, actor, order_id, view.version, view.header,
                          [OIL, FILTER, LABOR, PADS])
    with database.read() as s:
        view = orders.load_order(s, order_id)
    pads = next(line.id for line in view.lines if line.description == "前刹车片")
    with database.write() as s:
        order_flow.approve(s, actor, order_id, ConsentForm("张三", "in_person"), [pads])
        order = order_flow.locked_order(s, order_id)
        for step in ("in_progress", "quality_check", "ready"):
            order_flow.move(s, actor, order, step, "test", datetime.now(UTC))
    return order_id
