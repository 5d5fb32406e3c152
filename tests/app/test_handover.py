"""Handing the car back: refused before settlement, the pickup signature, the differences from
the check-in, the warranty at delivery, and the follow-up call task."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image

from app.domain.errors import InputErrors
from app.domain.handover import PickupFacts, difference_text
from app.services import handover, orders, settings, warranties
from app.services.order_flow import MoveRefused
from tests.app.handover_helpers import STROKES, ready_order, settled_order
from tests.tamper import forced, refused

NEW_MARK = {"x": 0.7, "y": 0.5, "kind": "dent", "note": "右后门新凹陷"}


def png() -> bytes:
    out = io.BytesIO()
    Image.new("1", (600, 200), 1).save(out, "PNG")
    return out.getvalue()


def test_delivery_before_settlement_is_refused_with_the_reason(database, advisor):  # type: ignore[no-untyped-def]
    oid = ready_order(database, advisor)
    with pytest.raises(MoveRefused) as refused, database.write() as s:
        handover.deliver(s, advisor, oid, PickupFacts(46230), STROKES, png(), "张三")
    assert refused.value.why == handover.NOT_SETTLED
    with database.read() as s:
        assert orders.load_order(s, oid).status == "ready"
        assert handover.current(s, oid) is None


def test_delivery_records_the_pickup_and_closes_the_order(database, advisor):  # type: ignore[no-untyped-def]
    oid = settled_order(database, advisor)
    now = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
    with database.write() as s:
        done = handover.deliver(s, advisor, oid, PickupFacts(46230, 5, new_marks=(NEW_MARK,)),
                                STROKES, png(), "张三", now)
    with database.read() as s:
        view = orders.load_order(s, oid)
        record = handover.current(s, oid)
        check = handover.verify(s, record.id)
    assert view.status == "delivered"
    assert record.status == "signed" and record.signer == "张三"
    assert record.handed_over_by_name == "李丽" and record.content_hash == done.content_hash
    assert (record.odometer_in_km, record.odometer_out_km) == (46200, 46230)
    # Numbered on after the check-in's one mark.
    assert record.new_marks[0]["number"] == 2 and record.new_marks[0]["new"]
    assert check.ok


def test_the_pickup_record_lists_the_differences(database, advisor):  # type: ignore[no-untyped-def]
    oid = settled_order(database, advisor)
    facts = PickupFacts(46230, 5, new_marks=(NEW_MARK,), belongings_returned=False,
                        belongings_note="行车记录仪客户暂存本店")
    with database.write() as s:
        handover.deliver(s, advisor, oid, facts, STROKES, png(), "张三")
    with database.read() as s:
        record = handover.current(s, oid)
    kinds = [d["kind"] for d in record.differences]
    assert kinds == ["new_mark", "driven", "fuel", "belongings"]
    texts = [difference_text(d) for d in record.differences]
    assert texts[0] == "New at pickup: mark 2, Dent 右后门新凹陷"
    assert texts[1] == "Driven while in the shop: 30 km (46,200 → 46,230)"
    assert texts[2] == "Fuel: 3/8 at check-in, 5/8 now"
    assert texts[3] == "Belongings not all returned: 行车记录仪客户暂存本店"


def test_odometer_out_below_check_in_is_refused(database, advisor):  # type: ignore[no-untyped-def]
    oid = settled_order(database, advisor)
    with pytest.raises(InputErrors) as refused, database.write() as s:
        handover.deliver(s, advisor, oid, PickupFacts(46100), STROKES, png(), "张三")
    assert refused.value.errors[0].field == "odometer_out"
    assert refused.value.errors[0].params == {"km": 46200}
    with database.read() as s:
        assert orders.load_order(s, oid).status == "settled"


def test_a_mandatory_pickup_signature_cannot_be_skipped(database, advisor):  # type: ignore[no-untyped-def]
    oid = settled_order(database, advisor)
    with database.write() as s:
        settings.put(s, "signatures.mandatory", ["checkin", "pickup"])
    with pytest.raises(InputErrors) as refused, database.write() as s:
        handover.deliver(s, advisor, oid, PickupFacts(46230), [], None, "")
    assert refused.value.errors[0].field == "signature"
    with database.read() as s:
        assert orders.load_order(s, oid).status == "settled"


def test_an_optional_pickup_signature_may_be_skipped_visibly(database, advisor):  # type: ignore[no-untyped-def]
    oid = settled_order(database, advisor)
    with database.write() as s:
        handover.deliver(s, advisor, oid, PickupFacts(46230), [], None, "")
    with database.read() as s:
        record = handover.current(s, oid)
        assert record.status == "confirmed" and record.signature_png is None
        assert handover.verify(s, record.id).ok


def test_delivery_gives_the_warranty_of_the_repair_type(database, advisor):  # type: ignore[no-untyped-def]
    oid = settled_order(database, advisor)  # second-level maintenance: 5,000 km or 30 days
    now = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
    with database.write() as s:
        done = handover.deliver(s, advisor, oid, PickupFacts(46230), STROKES, png(), "张三", now)
    local = now.astimezone().date()
    w = done.warranty
    assert (w.repair_type, w.km, w.days) == ("secondary_maintenance", 5000, 30)
    assert (w.starts_on, w.until_on, w.until_km) == (local, local + timedelta(days=29), 51230)


def test_the_shops_longer_promise_is_given(database, advisor, manager):  # type: ignore[no-untyped-def]
    with database.write() as s:
        warranties.set_promised(s, manager, {"secondary_maintenance": ("8000", "60")})
    oid = settled_order(database, advisor)
    with database.write() as s:
        done = handover.deliver(s, advisor, oid, PickupFacts(46230), STROKES, png(), "张三")
    assert (done.warranty.km, done.warranty.days) == (8000, 60)


def test_a_promise_below_the_law_is_refused(database, manager):  # type: ignore[no-untyped-def]
    with pytest.raises(InputErrors) as refused, database.write() as s:
        warranties.set_promised(s, manager, {"vehicle_overhaul": ("30000", "90")})
    assert refused.value.errors[0].field == "vehicle_overhaul"
    assert refused.value.errors[0].params == {"km": 20000, "days": 100}
    with database.read() as s:
        assert warranties.promised(s) == {}


def test_the_follow_up_call_is_due_three_days_later_by_default(database, advisor):  # type: ignore[no-untyped-def]
    oid = settled_order(database, advisor)
    now = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
    with database.write() as s:
        done = handover.deliver(s, advisor, oid, PickupFacts(46230), STROKES, png(), "张三", now)
    with database.read() as s:
        [task] = handover.follow_ups(s, oid)
    assert done.follow_up_due == now.astimezone().date() + timedelta(days=3)
    assert (task.kind, task.status, task.due_on) == ("call", "open", done.follow_up_due)


def test_the_follow_up_delay_is_a_setting(database, advisor):  # type: ignore[no-untyped-def]
    oid = settled_order(database, advisor)
    now = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
    with database.write() as s:
        settings.put(s, "followup.due_days", 6)
        done = handover.deliver(s, advisor, oid, PickupFacts(46230), STROKES, png(), "张三", now)
    assert done.follow_up_due == now.astimezone().date() + timedelta(days=6)


@pytest.mark.parametrize("typed", ["1", "8", "x", ""])
def test_a_follow_up_delay_outside_two_to_seven_days_is_refused(typed: str) -> None:
    from app.domain.errors import InputError
    from app.domain.handover import check_due_days

    with pytest.raises(InputError):
        check_due_days(typed)
    assert check_due_days("2") == 2 and check_due_days(" 7 ") == 7


def test_a_pickup_changed_behind_the_programs_back_fails_verification(  # type: ignore[no-untyped-def]
        database, advisor, tmp_path: Path):
    oid = settled_order(database, advisor)
    with database.write() as s:
        done = handover.deliver(s, advisor, oid, PickupFacts(46230), STROKES, png(), "张三")
    assert "pickup" in refused(tmp_path / "shop.db", "UPDATE handovers SET odometer_out_km = 46999")
    forced(tmp_path / "shop.db", "UPDATE handovers SET odometer_out_km = 46999")
    with database.read() as s:
        assert not handover.verify(s, done.handover_id).ok


def test_only_a_settled_order_is_handed_over(database, advisor):  # type: ignore[no-untyped-def]
    oid = settled_order(database, advisor)
    with database.write() as s:
        handover.deliver(s, advisor, oid, PickupFacts(46230), STROKES, png(), "张三")
    with pytest.raises(MoveRefused), database.write() as s:
        handover.deliver(s, advisor, oid, PickupFacts(46230), STROKES, png(), "张三")


def test_the_walkaround_compares_with_the_signed_check_in_not_a_later_draft(  # type: ignore[no-untyped-def]
        database, advisor):
    from app.services import checkin

    oid = settled_order(database, advisor)
    with database.write() as s:
        checkin.new_version(s, advisor, oid)  # begun, never signed
        seen = handover.walkaround(s, oid)
    assert seen.check_in_version == 1 and len(seen.marks) == 1
    assert (seen.odometer_in_km, seen.belongings) == (46200, "行车记录仪")
