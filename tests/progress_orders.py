"""Orders in the workshop for the progress tests, made through the services as the desk would:
registered, priced, approved, checked in with a signature and started."""

from __future__ import annotations

import io
import uuid
from dataclasses import replace
from datetime import datetime

from PIL import Image

from app.services import checkin, customers, order_flow, orders
from app.services.actor import Actor
from app.services.customers import CustomerForm
from app.services.order_flow import ConsentForm
from app.services.vehicles import VehicleForm

STROKES = [[(10.0, 20.0, 1.0, 0), (50.0, 60.0, 0.8, 16)]]


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), "white").save(out, "PNG")
    return out.getvalue()


def working_order(database, actor: Actor, *, name: str = "张三", phone: str = "13800138000",  # type: ignore[no-untyped-def]
                  plate: str = "湘A12345", promised_at: datetime | None = None,
                  start: bool = True) -> uuid.UUID:
    """An order with two labor lines and a part, approved, checked in and (by default) started."""
    with database.write() as s:
        car = customers.register(s, actor, CustomerForm(name, (phone,)),
                                 VehicleForm(plate=plate, brand="大众", model="朗逸"))
        oid = orders.open_order(s, actor, orders.ReceptionForm(
            car.vehicle_id, car.customer_id, mileage="46200", fuel_eighths=3))
        orders.save_order(s, actor, oid, 1, orders.HeaderDraft("repair", promised_at=promised_at),
                          [orders.LineDraft("labor", "更换刹车片", 800, 12000),
                           orders.LineDraft("labor", "四轮定位", 1000, 12000),
                           orders.LineDraft("part", "刹车片", 1000, 38000)])
        order_flow.approve(s, actor, oid, ConsentForm(name, "in_person"))
        check_in_id = checkin.start(s, actor, oid)
        view = checkin.current(s, oid)
        checkin.sign(s, actor, check_in_id, replace(view.form, keys_count=1), STROKES, _png(),
                     name)
        if start:
            order_flow.start_work(s, actor, oid)
    return oid


def labor_lines(database, order_id: uuid.UUID) -> list[uuid.UUID]:  # type: ignore[no-untyped-def]
    with database.read() as s:
        view = orders.load_order(s, order_id)
    return [x.id for x in view.lines if x.kind == "labor" and x.id is not None]
