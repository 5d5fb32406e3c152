"""Complaints (投诉): recorded with an owner and a deadline, seen at reception until closed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.domain.errors import InputErrors
from app.domain.permissions import NotAllowed
from app.services import complaints, customers, reception, vehicles
from app.services.actor import Actor
from app.services.complaints import ComplaintForm
from app.services.customers import CustomerForm
from app.services.vehicles import VehicleForm
from db.engine import Database
from db.models import AuditLog
from tests.people import add_user

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def car(database: Database, advisor):  # type: ignore[no-untyped-def]
    with database.write() as s:
        return customers.register(
            s, advisor, CustomerForm("张三", ("13800138000",)),
            VehicleForm(plate="湘A12345", brand="大众", model="朗逸"))


def _form(car, advisor: Actor, **kw) -> ComplaintForm:  # type: ignore[no-untyped-def]
    values = dict(customer_id=car.customer_id, vehicle_id=car.vehicle_id, order_id=None,
                  channel="phone", description="保养后机油灯还亮", owner_id=advisor.user_id)
    values.update(kw)
    return ComplaintForm(**values)  # type: ignore[arg-type]


def test_an_open_complaint_shows_at_reception_until_it_is_closed(
        database: Database, advisor: Actor, car) -> None:  # type: ignore[no-untyped-def]
    with database.write() as s:
        cid = complaints.record(s, advisor, _form(car, advisor), NOW)
    with database.read() as s:
        [open_one] = reception.desk_summary(s, car.vehicle_id, NOW).complaints
    assert (open_one.description, open_one.owner_name) == ("保养后机油灯还亮", "李丽")
    assert open_one.reply_due_at == NOW + timedelta(hours=24)  # the shop's default reply time
    assert not open_one.overdue(NOW) and open_one.overdue(NOW + timedelta(hours=25))
    with database.write() as s:
        complaints.close(s, advisor, cid, "已免费复查，客户满意", NOW + timedelta(hours=3))
    with database.read() as s:
        assert reception.desk_summary(s, car.vehicle_id, NOW).complaints == ()
        [closed] = complaints.for_customer(s, car.customer_id)
        actions = s.scalars(select(AuditLog.action).where(AuditLog.entity == "complaint")).all()
    assert (closed.status, closed.resolution) == ("closed", "已免费复查，客户满意")
    assert sorted(actions) == ["closed", "recorded"]


def test_the_owners_other_car_shows_the_complaint_too(
        database: Database, advisor: Actor, car) -> None:  # type: ignore[no-untyped-def]
    with database.write() as s:
        other = vehicles.add(s, advisor, car.customer_id,
                             VehicleForm(plate="湘A88888", brand="丰田"))
        complaints.record(s, advisor, _form(car, advisor), NOW)
    with database.read() as s:
        assert len(reception.desk_summary(s, other, NOW).complaints) == 1


def test_a_complaint_needs_what_who_and_a_future_deadline(
        database: Database, advisor: Actor, car) -> None:  # type: ignore[no-untyped-def]
    with database.write() as s, pytest.raises(InputErrors) as refused:
        complaints.record(s, advisor, _form(car, advisor, description=" ", owner_id=None,
                                            reply_due_at=NOW - timedelta(hours=1)), NOW)
    assert set(refused.value.by_field()) == {"description", "owner", "reply_due_at"}
    with database.read() as s:
        assert complaints.for_customer(s, car.customer_id) == []


def test_closing_needs_the_reply_and_happens_once(
        database: Database, advisor: Actor, car) -> None:  # type: ignore[no-untyped-def]
    with database.write() as s:
        cid = complaints.record(s, advisor, _form(car, advisor), NOW)
    with database.write() as s, pytest.raises(InputErrors) as refused:
        complaints.close(s, advisor, cid, "  ", NOW)
    assert "resolution" in refused.value.by_field()
    with database.write() as s:
        complaints.close(s, advisor, cid, "道歉并退还工时费", NOW)
    with database.write() as s, pytest.raises(InputErrors):
        complaints.close(s, advisor, cid, "again", NOW)


def test_the_workshop_may_not_record_complaints(
        database: Database, admin: Actor, car) -> None:  # type: ignore[no-untyped-def]

    with database.write() as s:
        worker = add_user(s, admin, "li", "李师傅", "workshop", "li-pass-12")
    with database.write() as s, pytest.raises(NotAllowed):
        complaints.record(s, worker, _form(car, admin, owner_id=admin.user_id), NOW)
