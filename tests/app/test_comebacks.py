"""Comebacks: marked against a delivered order still in warranty, warranty items free, the
warranty restarting at the comeback's delivery, and the comeback rate."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.domain.errors import InputErrors
from app.domain.handover import PickupFacts
from app.services import (
    checkin,
    comebacks,
    completion,
    handover,
    order_flow,
    orders,
    reception,
    warranties,
)
from tests.app.handover_helpers import (
    STROKES,
    order_in_quality_check,
    passed_results,
    register_car,
    settle,
)
from tests.app.test_handover import png


def _delivered(database, actor, car, mileage: str, now: datetime,  # type: ignore[no-untyped-def]
               technician=None):
    lines = [orders.LineDraft("labor", "二级维护", 2000, 12000, technician_id=technician),
             orders.LineDraft("part", "机油滤清器", 1000, 6800)]
    oid = order_in_quality_check(database, actor, car, mileage=mileage, lines=lines)
    with database.write() as s:
        completion.record(s, actor, oid, passed_results(s))
    settle(database, actor, oid)
    with database.write() as s:
        handover.deliver(s, actor, oid, PickupFacts(int(mileage) + 10), STROKES, png(), "张三",
                         now)
    return oid


def _open_comeback(database, actor, car, mileage: str = "47000"):  # type: ignore[no-untyped-def]
    with database.write() as s:
        oid = orders.open_order(s, actor, orders.ReceptionForm(
            car.vehicle_id, car.customer_id, mileage=mileage, fuel_eighths=4))
        orders.save_order(s, actor, oid, 1, orders.HeaderDraft("repair", ""),
                          [orders.LineDraft("labor", "重新紧固油底壳", 500, 12000),
                           orders.LineDraft("part", "油底壳垫片", 1000, 3500)])
    return oid


def test_reception_sees_the_active_warranty(database, advisor):  # type: ignore[no-untyped-def]
    car = register_car(database, advisor)
    original = _delivered(database, advisor, car, "46200", datetime.now(UTC))
    with database.read() as s:
        desk = reception.desk_summary(s, car.vehicle_id)
    [w] = desk.warranties
    assert (w.order_id, w.repair_type, w.km, w.days) == (
        original, "secondary_maintenance", 5000, 30)


def test_a_comeback_is_free_and_restarts_the_warranty(database, advisor):  # type: ignore[no-untyped-def]
    car = register_car(database, advisor)
    first_day = datetime.now(UTC) - timedelta(days=10)
    original = _delivered(database, advisor, car, "46200", first_day)
    oid = _open_comeback(database, advisor, car)
    with database.write() as s:
        comebacks.mark_comeback(s, advisor, oid, original)
        view = orders.load_order(s, oid)
        free = comebacks.charge_free(s, advisor, oid, [line.id for line in view.lines])
    assert free == 6000 + 3500
    with database.read() as s:
        view = orders.load_order(s, oid)
    assert view.totals.total_fen == 0 and all(x.total_fen == 0 for x in view.lines)
    assert [x.discount_fen for x in view.lines] == [6000, 3500]  # the price stays visible
    # The warranty items stay free through the rest of the order's life.
    now = datetime.now(UTC)
    with database.write() as s:
        cid = checkin.start(s, advisor, oid)
        checkin.sign(s, advisor, cid, checkin.current(s, oid).form, STROKES, png(), "张三")
        order_flow.approve(s, advisor, oid, order_flow.ConsentForm("张三", "in_person"))
        order_flow.start_work(s, advisor, oid)
        order_flow.move(s, advisor, order_flow.locked_order(s, oid), "quality_check", "", now)
        completion.record(s, advisor, oid, passed_results(s))
    settle(database, advisor, oid)
    with database.write() as s:
        done = handover.deliver(s, advisor, oid, PickupFacts(47010), STROKES, png(), "张三", now)
    today = now.astimezone().date()
    assert done.warranty.restarted and done.warranty.starts_on == today
    assert done.warranty.repair_type == "secondary_maintenance"  # the original's
    assert done.warranty.until_km == 47010 + 5000
    with database.read() as s:
        [running] = warranties.active(s, car.vehicle_id, today)
    assert running.order_id == oid  # the original's is superseded, not running beside it


def test_a_car_out_of_warranty_is_not_a_comeback(database, advisor):  # type: ignore[no-untyped-def]
    car = register_car(database, advisor)
    original = _delivered(database, advisor, car, "46200",
                          datetime.now(UTC) - timedelta(days=45))  # 30 days ran out
    oid = _open_comeback(database, advisor, car)
    with pytest.raises(InputErrors) as refused, database.write() as s:
        comebacks.mark_comeback(s, advisor, oid, original)
    assert refused.value.errors[0].message == comebacks.NOT_COVERED


def test_a_car_past_its_warranty_km_is_not_a_comeback(database, advisor):  # type: ignore[no-untyped-def]
    car = register_car(database, advisor)
    original = _delivered(database, advisor, car, "46200", datetime.now(UTC))
    oid = _open_comeback(database, advisor, car, mileage="52000")  # past 46210 + 5000
    with pytest.raises(InputErrors), database.write() as s:
        comebacks.mark_comeback(s, advisor, oid, original)


def test_only_a_comebacks_lines_are_free(database, advisor):  # type: ignore[no-untyped-def]
    car = register_car(database, advisor)
    oid = _open_comeback(database, advisor, car)
    with pytest.raises(InputErrors), database.write() as s:
        view = orders.load_order(s, oid)
        comebacks.charge_free(s, advisor, oid, [view.lines[0].id])


def test_the_comeback_rate_by_advisor_technician_and_repair_type(  # type: ignore[no-untyped-def]
        database, advisor, manager):
    car = register_car(database, advisor)
    other = register_car(database, manager, plate="湘A67890", phone="13900139000")
    since = datetime.now(UTC) - timedelta(days=30)
    original = _delivered(database, advisor, car, "46200", datetime.now(UTC) - timedelta(days=5),
                          technician=advisor.user_id)
    _delivered(database, manager, other, "12000", datetime.now(UTC) - timedelta(days=4),
               technician=manager.user_id)
    oid = _open_comeback(database, advisor, car)
    with database.write() as s:
        comebacks.mark_comeback(s, advisor, oid, original)
    until = datetime.now(UTC) + timedelta(days=1)
    with database.read() as s:
        by_advisor = {r.name: (r.delivered, r.comebacks, r.rate_bp)
                      for r in comebacks.comeback_rates(s, "advisor", since, until)}
        by_type = {r.key: (r.delivered, r.comebacks)
                   for r in comebacks.comeback_rates(s, "repair_type", since, until)}
        by_technician = comebacks.comeback_rates(s, "technician", since, until)
    assert by_advisor == {"李丽": (1, 1, 10_000), "王店长": (1, 0, 0)}
    assert by_type == {"secondary_maintenance": (2, 1)}
    assert [(r.name, r.delivered, r.comebacks) for r in by_technician] == [
        ("李丽", 1, 1), ("王店长", 1, 0)]
