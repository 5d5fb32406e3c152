"""Work orders through reception, the estimate editor and the customer's decisions."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.domain.errors import InputErrors
from app.domain.permissions import NotAllowed
from app.services import audit, customers, order_flow, orders
from app.services.customers import CustomerForm
from app.services.order_flow import ConsentForm, MoveRefused
from app.services.orders import (
    DiscountNeedsApproval,
    HeaderDraft,
    LineDraft,
    OpenOrderExists,
    ReceptionForm,
    StaleOrder,
)
from app.services.vehicles import VehicleForm
from db.engine import Database
from db.models import Consent, StatusEvent, Vehicle, WorkOrder
from tests.people import add_user

OIL = LineDraft("part", "机油 5W-30", 4000, 6800, code="P-OIL", unit="L", source="oem")
FILTER = LineDraft("part", "机油滤芯", 1000, 4500, code="P-FLT", unit="个", source="brand")
LABOR = LineDraft("labor", "更换机油机滤", 500, 12000, code="L-OIL", unit="h")
PADS = LineDraft("part", "前刹车片", 1000, 38000, source="aftermarket")


@pytest.fixture
def car(database: Database, advisor):  # type: ignore[no-untyped-def]
    with database.write() as s:
        done = customers.register(
            s, advisor, CustomerForm("张三", ("13800138000",)),
            VehicleForm(plate="湘A12345", brand="大众", model="朗逸", year="2019",
                        mileage_km="45000"))
    return done


def _open(database: Database, actor, car, **kw) -> object:  # type: ignore[no-untyped-def]
    form = ReceptionForm(car.vehicle_id, car.customer_id, complaint="保养，刹车异响",
                         mileage=kw.pop("mileage", "46,200"), **kw)
    with database.write() as s:
        return orders.open_order(s, actor, form)


def _save(database, actor, order_id, lines, discount=0, approved_by=None, header=None):  # type: ignore[no-untyped-def]
    with database.read() as s:
        view = orders.load_order(s, order_id)
    with database.write() as s:
        return orders.save_order(s, actor, order_id, view.version, header or view.header,
                                 [*view.lines, *lines] if lines is not None else list(view.lines),
                                 discount, approved_by)


def _view(database, order_id):  # type: ignore[no-untyped-def]
    with database.read() as s:
        return orders.load_order(s, order_id)


def test_reception_opens_a_numbered_draft_and_records_the_mileage(database, advisor, car) -> None:  # type: ignore[no-untyped-def]
    order_id = _open(database, advisor, car, fuel_eighths=3)
    view = _view(database, order_id)
    assert view.number.startswith("WX-BR01-") and view.number.endswith("-001")
    assert (view.status, view.mileage_km, view.fuel_eighths) == ("draft", 46200, 3)
    assert view.header.complaint == "保养，刹车异响" and view.advisor == "李丽"
    with database.read() as s:
        assert s.get(Vehicle, car.vehicle_id).mileage_km == 46200
        assert s.scalar(select(StatusEvent.to_status)) == "draft"


def test_a_car_with_an_open_order_gets_no_second_one(database, advisor, car) -> None:  # type: ignore[no-untyped-def]
    first = _open(database, advisor, car)
    with pytest.raises(OpenOrderExists) as e:
        _open(database, advisor, car)
    assert e.value.order_id == first


def test_a_lower_odometer_is_refused_unless_marked_replaced(database, advisor, car) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputErrors) as e:
        _open(database, advisor, car, mileage="30000")
    assert "mileage" in e.value.by_field()
    with pytest.raises(InputErrors) as e:
        _open(database, advisor, car, mileage="30000", odometer_replaced=True)
    assert "odometer_note" in e.value.by_field()
    order_id = _open(database, advisor, car, mileage="30000", odometer_replaced=True,
                     odometer_note="仪表总成更换")
    assert _view(database, order_id).mileage_km == 30000
    with database.read() as s:
        assert s.scalar(select(func.count()).select_from(WorkOrder)) == 1


def test_insurance_jobs_need_insurer_and_claim_number(database, advisor, car) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputErrors) as e:
        _open(database, advisor, car, payer="insurer", insurer="人保")
    assert "claim_number" in e.value.by_field()


def test_saving_lines_stores_totals_that_add_up(database, advisor, car) -> None:  # type: ignore[no-untyped-def]
    order_id = _open(database, advisor, car)
    _save(database, advisor, order_id, [OIL, FILTER, LABOR])
    view = _view(database, order_id)
    assert [x.description for x in view.lines] == ["机油 5W-30", "机油滤芯", "更换机油机滤"]
    assert view.totals.total_fen == 4 * 6800 + 4500 + 6000
    assert view.totals.labor_fen == 6000 and view.totals.parts_fen == 4 * 6800 + 4500
    with database.read() as s:
        stored = s.get(WorkOrder, order_id)
        assert stored.total_fen == view.totals.total_fen and stored.vat_fen > 0


def test_bad_lines_are_refused_whole_and_nothing_is_saved(database, advisor, car) -> None:  # type: ignore[no-untyped-def]
    order_id = _open(database, advisor, car)
    bad = [OIL, LineDraft("part", "  ", 1000, 100),
           LineDraft("labor", "拆装", 1000, 10000, discount_fen=20000)]
    with pytest.raises(InputErrors) as e:
        _save(database, advisor, order_id, bad)
    assert set(e.value.by_field()) == {"line_2.description", "line_3.discount"}
    assert _view(database, order_id).lines == ()


def test_a_stale_save_is_refused_and_names_who_saved(database, advisor, manager, car) -> None:  # type: ignore[no-untyped-def]
    order_id = _open(database, advisor, car)
    seen_by_desk_1 = _view(database, order_id)
    _save(database, manager, order_id, [OIL])  # desk 2 saves first
    with pytest.raises(StaleOrder) as e, database.write() as s:
        orders.save_order(s, advisor, order_id, seen_by_desk_1.version, seen_by_desk_1.header,
                          [FILTER])
    assert e.value.by == "王店长"
    assert [x.description for x in _view(database, order_id).lines] == ["机油 5W-30"]


def test_discount_above_the_advisors_limit_needs_a_manager(database, advisor, manager, car) -> None:  # type: ignore[no-untyped-def]
    order_id = _open(database, advisor, car)
    _save(database, advisor, order_id, [PADS])
    with pytest.raises(DiscountNeedsApproval) as e:
        _save(database, advisor, order_id, None, discount=38000 * 15 // 100)
    assert e.value.limit_bp == 1000
    with pytest.raises(DiscountNeedsApproval):  # another advisor cannot approve it
        _save(database, advisor, order_id, None, discount=5700, approved_by=advisor)
    _save(database, advisor, order_id, None, discount=5700, approved_by=manager)
    assert _view(database, order_id).totals.total_fen == 38000 - 5700
    with database.read() as s:
        [entry] = [x for x in audit.history(s, "work_order", order_id)
                   if x.action == "discount_approved"]
    assert entry.user_name == "王店长" and entry.after["asked_by"] == "李丽"
    _save(database, advisor, order_id, None, discount=5700)  # unchanged: no new approval


def test_approval_keeps_declined_lines_and_records_the_consent(database, advisor, car) -> None:  # type: ignore[no-untyped-def]
    order_id = _open(database, advisor, car)
    _save(database, advisor, order_id, [OIL, FILTER, LABOR, PADS])
    with database.write() as s:
        order_flow.send_estimate(s, advisor, order_id)
    pads_id = _view(database, order_id).lines[3].id
    with database.write() as s:
        order_flow.approve(s, advisor, order_id, ConsentForm("张三", "signature"), [pads_id])
    view = _view(database, order_id)
    assert view.status == "approved"
    assert [x.approval for x in view.lines] == ["approved"] * 3 + ["declined"]
    assert view.totals.declined_fen == 38000
    assert view.totals.total_fen == 4 * 6800 + 4500 + 6000
    [consent] = view.consents
    assert (consent.kind, consent.given_by, consent.recorded_by) == ("approval", "张三", "李丽")
    assert consent.amount_fen == view.totals.total_fen


def test_added_work_waits_for_consent_and_is_not_charged_until_then(database, advisor, car) -> None:  # type: ignore[no-untyped-def]
    order_id = _open(database, advisor, car)
    _save(database, advisor, order_id, [OIL])
    with database.write() as s:
        order_flow.approve(s, advisor, order_id, ConsentForm("张三", "in_person"))
    _save(database, advisor, order_id, [PADS])
    view = _view(database, order_id)
    added = view.lines[1]
    assert (added.added, added.approval) == (True, "awaiting")
    assert view.totals.total_fen == 4 * 6800 and view.totals.awaiting_fen == 38000
    with pytest.raises(InputErrors), database.write() as s:
        order_flow.record_consent(s, advisor, order_id, [added.id], ConsentForm("", "phone"))
    at = datetime.now(UTC) - timedelta(minutes=5)
    with database.write() as s:
        order_flow.record_consent(s, advisor, order_id, [added.id],
                                  ConsentForm("张三", "phone", at, "电话确认"))
    view = _view(database, order_id)
    assert view.lines[1].approval == "approved"
    assert view.totals.total_fen == 4 * 6800 + 38000
    assert {(c.kind, c.method, c.note) for c in view.consents} == {
        ("approval", "in_person", ""), ("added_work", "phone", "电话确认")}


def test_a_price_rise_after_approval_needs_consent(database, advisor, car) -> None:  # type: ignore[no-untyped-def]
    order_id = _open(database, advisor, car)
    _save(database, advisor, order_id, [PADS])
    with database.write() as s:
        order_flow.approve(s, advisor, order_id, ConsentForm("张三", "in_person"))
    view = _view(database, order_id)
    dearer = replace(view.lines[0], unit_price_fen=42000)
    with database.write() as s:
        orders.save_order(s, advisor, order_id, view.version, view.header, [dearer])
    view = _view(database, order_id)
    assert view.lines[0].approval == "awaiting"
    assert view.lines[0].agreed_total_fen == 38000
    with database.write() as s:
        order_flow.record_consent(s, advisor, order_id, [view.lines[0].id],
                                  ConsentForm("张三", "message"))
    assert _view(database, order_id).consents[-1].kind == "price_change"
    assert _view(database, order_id).totals.total_fen == 42000


def test_declining_every_line_declines_the_estimate(database, advisor, car) -> None:  # type: ignore[no-untyped-def]
    order_id = _open(database, advisor, car)
    _save(database, advisor, order_id, [PADS])
    line = _view(database, order_id).lines[0]
    with database.write() as s:
        order_flow.approve(s, advisor, order_id, ConsentForm("张三", "in_person"), [line.id])
    assert _view(database, order_id).status == "declined"
    with database.read() as s:
        assert s.scalar(select(func.count()).select_from(Consent)) == 0


def test_transitions_follow_the_state_machine(database, advisor, car) -> None:  # type: ignore[no-untyped-def]
    order_id = _open(database, advisor, car)
    with pytest.raises(MoveRefused), database.write() as s:
        order_flow.send_estimate(s, advisor, order_id)  # no lines yet
    with pytest.raises(InputErrors), database.write() as s:
        order_flow.cancel(s, advisor, order_id, "  ")
    with database.write() as s:
        order_flow.cancel(s, advisor, order_id, "客户不修了")
    view = _view(database, order_id)
    assert (view.status, view.cancel_reason) == ("cancelled", "客户不修了")
    with pytest.raises(orders.OrderLocked):
        _save(database, advisor, order_id, [OIL])
    with pytest.raises(MoveRefused), database.write() as s:
        order_flow.approve(s, advisor, order_id, ConsentForm("张三", "in_person"))
    with database.read() as s:
        events = s.scalars(select(StatusEvent.to_status).order_by(StatusEvent.at)).all()
    assert events == ["draft", "cancelled"]
    # a cancelled order no longer blocks a new one for the car
    assert _open(database, advisor, car) != order_id


def test_the_workshop_cannot_edit_orders(database, admin, car) -> None:  # type: ignore[no-untyped-def]

    with database.write() as s:
        tech = add_user(s, admin, "li", "李师傅", "workshop", "li-pass-12")
    with pytest.raises(NotAllowed):
        _open(database, tech, car)


def test_header_changes_are_checked(database, advisor, car) -> None:  # type: ignore[no-untyped-def]
    order_id = _open(database, advisor, car)
    bad = HeaderDraft("nonsense", payer="customer")
    with pytest.raises(InputErrors) as e:
        _save(database, advisor, order_id, [], header=bad)
    assert "category" in e.value.by_field()
