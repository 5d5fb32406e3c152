"""Registering, editing, duplicates and merging customers and their cars."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.domain.errors import InputErrors
from app.domain.permissions import NotAllowed
from app.services import audit, customers, files, vehicles
from app.services.actor import Actor
from app.services.customers import CustomerForm, DuplicateFound
from app.services.vehicles import VehicleForm
from db.engine import Database
from db.models import Customer, Vehicle, WorkOrder

ZHANG = CustomerForm("张三", ("138 0013 8000",))
CAR = VehicleForm(plate="湘a·12345", vin="LFV2A21K5A3012345", brand="大众", model="朗逸",
                  year="2019", mileage_km="45,000")


def _count(database: Database, model: type) -> int:
    with database.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def _register(database: Database, actor: Actor, form=ZHANG, car=CAR, **kw):  # type: ignore[no-untyped-def]
    with database.write() as s:
        return customers.register(s, actor, form, car, **kw)


def _vin_ok(database: Database) -> VehicleForm:
    from app.domain.vin import with_check_digit

    return VehicleForm(plate="湘A12345", vin=with_check_digit("LFV2A21K0A3012345"),
                       brand="大众", model="朗逸", year="2019", mileage_km="45,000")


def test_register_customer_with_car(database: Database, advisor: Actor) -> None:
    done = _register(database, advisor, car=_vin_ok(database))
    with database.read() as s:
        f = files.customer_file(s, done.customer_id)
        car = files.vehicle_file(s, done.vehicle_id)
    assert f.name == "张三" and [p.number for p in f.phones] == ["13800138000"]
    assert [v.plate for v in f.vehicles] == ["湘A12345"]
    assert car.mileage_km == 45000 and car.owner.name == "张三"
    with database.read() as s:
        assert audit.history(s, "customer", done.customer_id)[0].action == "create"


def test_every_bad_field_is_reported_and_nothing_saved(database: Database, advisor: Actor) -> None:
    bad_customer = CustomerForm("", ("12345", "13800138000", "138-0013-8000"))
    bad_car = VehicleForm(plate="湘A1234", vin="LFV2A21K5A30123", year="1890",
                          mileage_km="lots", fuel_type="coal")
    with pytest.raises(InputErrors) as e:
        _register(database, advisor, bad_customer, bad_car)
    fields = set(e.value.by_field())
    assert fields == {"name", "phones.0", "phones.2", "plate", "vin", "year", "mileage_km",
                      "fuel_type"}
    assert _count(database, Customer) == 0 and _count(database, Vehicle) == 0


def test_vin_check_digit_mismatch_needs_confirmation(database: Database, advisor: Actor) -> None:
    from app.domain.vin import vin_check_digit, with_check_digit

    good = with_check_digit("WVWZZZ1KZ6W000001")
    wrong_digit = "0" if vin_check_digit(good) != "0" else "1"
    wrong = good[:8] + wrong_digit + good[9:]
    car = VehicleForm(plate="湘A12345", vin=wrong)
    with pytest.raises(InputErrors) as e:
        _register(database, advisor, car=car)
    assert e.value.by_field()["vin"].params["expected"] == vin_check_digit(good)
    done = _register(database, advisor, car=VehicleForm(plate="湘A12345", vin=wrong,
                                                        vin_confirmed=True))
    with database.read() as s:
        assert files.vehicle_file(s, done.vehicle_id).vin_confirmed


def test_phone_or_plate_on_file_is_caught_before_a_duplicate(
    database: Database, advisor: Actor
) -> None:
    first = _register(database, advisor, car=_vin_ok(database))
    with pytest.raises(DuplicateFound) as e:
        _register(database, advisor, CustomerForm("张三丰", ("13800138000",)),
                  VehicleForm(plate="湘A 12345"))
    found = {(d.field, d.customer_id) for d in e.value.duplicates}
    assert found == {("phone", first.customer_id), ("plate", first.customer_id)}
    assert _count(database, Customer) == 1
    # A family sharing one phone may be registered once the advisor says so.
    _register(database, advisor, CustomerForm("张小三", ("13800138000",)),
              VehicleForm(plate="湘A54321"), allow_shared_phone=True)
    assert _count(database, Customer) == 2


def test_edit_customer_is_audited_field_by_field(database: Database, advisor: Actor) -> None:
    done = _register(database, advisor, car=None)
    with database.write() as s:
        customers.update(s, advisor, done.customer_id,
                         CustomerForm("张三", ("13800138000", "0731-84001234"), address="星沙"))
    with database.read() as s:
        f = files.customer_file(s, done.customer_id)
        last = audit.history(s, "customer", done.customer_id)[-1]
    assert [p.kind for p in f.phones] == ["mobile", "landline"]
    assert set(last.after) == {"phones", "address"}
    assert last.before["phones"] == ["13800138000"]


def test_car_sold_to_another_customer_keeps_its_history(
    database: Database, advisor: Actor
) -> None:
    seller = _register(database, advisor, car=_vin_ok(database), today=date(2024, 3, 1))
    buyer = _register(database, advisor, CustomerForm("李四", ("13900139000",)), None)
    with database.write() as s:
        vehicles.transfer(s, advisor, seller.vehicle_id, buyer.customer_id, date(2026, 5, 1))
    with database.read() as s:
        car = files.vehicle_file(s, seller.vehicle_id)
        sold = files.customer_file(s, seller.customer_id)
    assert [o.name for o in car.owners] == ["李四", "张三"]
    assert car.owners[1].ended_on == date(2026, 5, 1)
    assert sold.vehicles[0].owned_until == date(2026, 5, 1)


def test_manager_merges_duplicates_with_history_kept(
    database: Database, advisor: Actor, manager: Actor, admin: Actor
) -> None:
    keep = _register(database, advisor, car=_vin_ok(database))
    dup = _register(database, advisor, CustomerForm("张三", ("13700137000",), note="老客户"),
                    VehicleForm(plate="湘A88888"))
    with database.write() as s:
        s.add(WorkOrder(number="WX-BR01-20250101-001", branch_id=admin.branch_id,
                        vehicle_id=dup.vehicle_id, customer_id=dup.customer_id))
    with pytest.raises(NotAllowed), database.write() as s:
        customers.merge(s, advisor, keep.customer_id, dup.customer_id)
    with database.write() as s:
        customers.merge(s, manager, keep.customer_id, dup.customer_id)
    with database.read() as s:
        kept = files.customer_file(s, keep.customer_id)
        gone = files.customer_file(s, dup.customer_id)
        log = audit.history(s, "customer", dup.customer_id)[-1]
    assert {v.plate for v in kept.vehicles} == {"湘A12345", "湘A88888"}
    assert {p.number for p in kept.phones} == {"13800138000", "13700137000"}
    assert kept.order_count == 1 and "老客户" in kept.note
    assert gone.merged_into_id == keep.customer_id
    assert log.action == "merged_into" and log.before["phones"] == ["13700137000"]
