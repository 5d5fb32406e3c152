"""Progress in the workshop: line progress into the timeline, waiting for parts, quality check,
the promised-time rule, "where is my car" by plate and phone, and the notice log."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.domain import progress as rules
from app.domain.errors import InputErrors
from app.domain.plate import mask_plate
from app.services import auth, board, car_status, notices, order_flow, orders
from app.services import progress as work
from app.services.timeline import timeline
from tests.progress_orders import labor_lines, working_order

NOW = datetime(2026, 11, 22, 8, 0, tzinfo=UTC)


def test_line_progress_goes_into_the_timeline_with_the_technician(database, admin, advisor):  # type: ignore[no-untyped-def]
    order_id = working_order(database, advisor)
    first, _second = labor_lines(database, order_id)
    with database.write() as s:
        auth.create_user(s, admin, auth.UserForm("lihui", "李辉", "workshop", "lihui-pass-1"),
                         admin.branch_id)
    with database.read() as s:
        [(tech_id, _name)] = orders.technicians(s)
    with database.write() as s:
        work.set_line_progress(s, advisor, order_id, first, "working", tech_id)
        work.set_line_progress(s, advisor, order_id, first, "done")
    with database.read() as s:
        entries = timeline(s, order_id)
        status = car_status.car_status(s, order_id)
    lines = [e for e in entries if e.kind == "line"]
    assert [e.params["progress"] for e in lines] == ["Working", "Done"]
    assert lines[0].params["line"] == "更换刹车片" and lines[0].who == advisor.display_name
    assert lines[0].params["technician"] == "李辉"
    assert lines[0].message == "{line}: {progress} ({technician})"
    assert [x.description for x in status.done] == ["更换刹车片"]
    assert [x.description for x in status.left] == ["四轮定位"]
    kinds = [e.kind for e in entries]
    assert kinds.index("status") < kinds.index("line")  # oldest first
    with pytest.raises(InputErrors), database.write() as s:
        work.set_line_progress(s, advisor, order_id, first, "half")


def test_waiting_for_parts_and_quality_check_go_through_the_state_machine(database, advisor):  # type: ignore[no-untyped-def]
    order_id = working_order(database, advisor)
    with pytest.raises(InputErrors) as refused, database.write() as s:
        work.wait_for_parts(s, advisor, order_id, " ", None)
    assert "part" in refused.value.by_field()
    expected = date.today() + timedelta(days=2)
    with database.write() as s:
        work.wait_for_parts(s, advisor, order_id, "刹车片 (原厂)", expected)
    with database.read() as s:
        [row] = board.board_rows(s)
    assert (row.status, row.waiting, row.waiting_for, row.parts_expected_on) == (
        "waiting_parts", "parts", "刹车片 (原厂)", expected)
    with database.write() as s:
        work.parts_arrived(s, advisor, order_id)
    with pytest.raises(order_flow.MoveRefused) as not_done, database.write() as s:
        work.send_to_quality_check(s, advisor, order_id)
    assert not_done.value.why == work.LINES_NOT_DONE
    with database.write() as s:
        for line_id in labor_lines(database, order_id):
            work.set_line_progress(s, advisor, order_id, line_id, "done")
        work.send_to_quality_check(s, advisor, order_id)
    with database.read() as s:
        status = car_status.car_status(s, order_id)
        moves = [(e.params.get("from_status"), e.params["to_status"])
                 for e in timeline(s, order_id) if e.kind == "status"]
    assert status.status == "quality_check"
    assert moves[-3:] == [("In progress", "Waiting for parts"),
                          ("Waiting for parts", "In progress"), ("In progress", "Quality check")]


def test_promised_time_rule_late_and_due_within_the_hour() -> None:
    assert rules.timing("in_progress", NOW - timedelta(minutes=1), NOW) == "late"
    assert rules.timing("in_progress", NOW + timedelta(minutes=59), NOW) == "due_soon"
    assert rules.timing("in_progress", NOW + timedelta(minutes=60), NOW) == "due_soon"
    assert rules.timing("in_progress", NOW + timedelta(minutes=61), NOW) == ""
    assert rules.timing("ready", NOW - timedelta(hours=3), NOW) == ""  # kept: the car is ready
    assert rules.timing("approved", None, NOW) == ""
    assert rules.waiting("in_progress", True) == "consent"
    assert rules.waiting("waiting_parts", False) == "parts"
    assert rules.minutes_left(NOW + timedelta(minutes=90), NOW) == 90
    assert rules.minutes_left(NOW - timedelta(minutes=5), NOW) == -5


def test_changing_the_promise_needs_a_reason_and_records_who_was_told(database, advisor):  # type: ignore[no-untyped-def]
    order_id = working_order(database, advisor)
    now = datetime.now(UTC)
    later = now + timedelta(hours=3)
    with pytest.raises(InputErrors) as refused, database.write() as s:
        work.change_promise(s, advisor, order_id, work.PromiseForm(later, "", True, ""), now)
    assert set(refused.value.by_field()) == {"reason", "method"}
    with pytest.raises(InputErrors) as past, database.write() as s:
        work.change_promise(s, advisor, order_id,
                            work.PromiseForm(now - timedelta(minutes=1), "配件晚到", False), now)
    assert set(past.value.by_field()) == {"promised_at"}
    with database.write() as s:
        work.change_promise(s, advisor, order_id,
                            work.PromiseForm(later, "配件晚到", True, "phone"), now)
    with database.read() as s:
        [entry] = [e for e in timeline(s, order_id) if e.kind == "promise"]
        [row] = board.board_rows(s)
        text = notices.draft(s, order_id, "delay", "zh_CN")
    assert entry.detail == "配件晚到" and entry.params["method"] == "Phone call"
    assert entry.params["after"] == later
    assert row.promised_at == later and row.timing(now) == ""
    assert row.timing(later - timedelta(minutes=30)) == "due_soon"
    assert "配件晚到" in text and "湘A12345" in text


def test_where_is_my_car_by_plate_fragment_and_phone_digits(database, advisor):  # type: ignore[no-untyped-def]
    first = working_order(database, advisor)
    working_order(database, advisor, name="李四", phone="13966665678", plate="湘B67890")
    by_plate = car_status.find_cars(database, "2345")
    by_phone = car_status.find_cars(database, "5678")
    by_whole = car_status.find_cars(database, "湘A12345")
    assert [h.plate for h in by_plate] == ["湘A12345"] and by_plate[0].order_id == first
    assert [h.plate for h in by_phone] == ["湘B67890"]
    assert [h.customer for h in by_whole] == ["张三"]
    assert car_status.find_cars(database, "9999") == []
    with database.read() as s:
        answer = car_status.car_status(s, first)
    assert answer.status == "in_progress" and answer.customer == "张三"
    assert answer.phone == "13800138000" and len(answer.left) == 2
    assert answer.timeline[0].kind == "check_in"  # the answer's timeline starts at check-in
    assert answer.timeline[0].params == {"version": 1, "signer": "张三"}
    assert any(e.kind == "status" for e in answer.timeline)


def test_an_inquiry_is_logged_with_who_asked_how_and_what_they_were_told(database, advisor):  # type: ignore[no-untyped-def]
    order_id = working_order(database, advisor)
    with pytest.raises(InputErrors), database.write() as s:
        car_status.log_inquiry(s, advisor, order_id, car_status.InquiryForm("", "fax", ""))
    with database.write() as s:
        car_status.log_inquiry(s, advisor, order_id,
                               car_status.InquiryForm("张三", "phone", "下午五点完工"))
    with database.read() as s:
        [entry] = [e for e in timeline(s, order_id) if e.kind == "inquiry"]
    assert entry.params == {"asked_by": "张三", "method": "Phone call"}
    assert entry.detail == "下午五点完工"


def test_notices_are_filled_from_templates_and_kept_on_the_order(database, advisor, manager):  # type: ignore[no-untyped-def]
    order_id = working_order(database, advisor)
    with database.read() as s:
        chinese = notices.draft(s, order_id, "state_changed", "zh_CN")
        english = notices.draft(s, order_id, "ready", "en")
    assert chinese.startswith("张三您好") and "湘A12345" in chinese and "{" not in chinese
    assert "is ready for pickup" in english and "0731-8400 1234" in english
    with pytest.raises(InputErrors) as refused, database.write() as s:
        notices.record_notice(s, advisor, order_id, notices.NoticeForm("ready", "en", "", "fax"))
    assert set(refused.value.by_field()) == {"text", "method"}
    with database.write() as s:
        notices.record_notice(s, advisor, order_id,
                              notices.NoticeForm("state_changed", "zh_CN", chinese, "wechat"))
        notices.save_templates(s, manager, {"ready": {"zh_CN": "{plate}可以提车了 {unknown}"}})
    with database.read() as s:
        [sent] = notices.notices(s, order_id)
        custom = notices.draft(s, order_id, "ready", "zh_CN")
        fallback = notices.draft(s, order_id, "ready", "en")
        [entry] = [e for e in timeline(s, order_id) if e.kind == "notice"]
    assert (sent.kind, sent.method, sent.text, sent.sent_by) == (
        "state_changed", "wechat", chinese, advisor.display_name)
    assert custom == "湘A12345可以提车了 {unknown}"  # an unknown placeholder stays as typed
    assert "is ready for pickup" in fallback  # an empty template falls back to the default
    assert entry.params == {"method": "WeChat", "notice": "State changed"}


def test_the_board_marker_moves_only_when_an_order_changes(database, advisor):  # type: ignore[no-untyped-def]
    order_id = working_order(database, advisor)
    first = board.change_marker(database)
    assert board.change_marker(database) == first
    with database.read() as s:
        version = orders.load_order(s, order_id).version
    with database.write() as s:
        car_status.log_inquiry(s, advisor, order_id, car_status.InquiryForm("张三", "phone", ""))
    # Another desk's panel shows the inquiry on its next poll; an editor open on it stays current.
    after_inquiry = board.change_marker(database)
    assert after_inquiry != first
    with database.read() as s:
        assert orders.load_order(s, order_id).version == version
    first = after_inquiry
    line = labor_lines(database, order_id)[0]
    with database.write() as s:
        work.set_line_progress(s, advisor, order_id, line, "done")
    second = board.change_marker(database)
    assert second != first
    with database.read() as s:
        [row] = board.board_rows(s)
    assert (row.labor_done, row.labor_total, row.done_share) == (1, 2, 50)


def test_the_waiting_room_masks_plates(database, advisor):  # type: ignore[no-untyped-def]
    working_order(database, advisor)
    working_order(database, advisor, name="李四", phone="13966665678", plate="湘B67890",
                  start=False)
    with database.read() as s:
        rows = board.waiting_room_rows(s)
    assert sorted(r.plate for r in rows) == ["湘A·***45", "湘B·***90"]
    assert mask_plate("湘A12345") == "湘A·***45"
    assert {r.status for r in rows} == {"in_progress", "approved"}


def test_where_is_my_car_looks_at_the_cars_in_the_shop_first(database, advisor):  # type: ignore[no-untyped-def]
    """A short fragment many cars of the file share still finds the one in the shop."""
    from app.services import customers
    from app.services.customers import CustomerForm
    from app.services.vehicles import VehicleForm

    with database.write() as s:
        for i in range(30):  # cars on file, not in the shop, that the global search finds too
            customers.register(s, advisor, CustomerForm(f"客户{i}", (f"1390000{i:04d}",)),
                               VehicleForm(plate=f"湘A5{i:04d}"))
    in_shop = working_order(database, advisor, plate="湘A5Z999", phone="13811112222")
    assert [h.order_id for h in car_status.find_cars(database, "湘A5")] == [in_shop]
    assert [h.order_id for h in car_status.find_cars(database, "a5z")] == [in_shop]
    assert [h.order_id for h in car_status.find_cars(database, "1111 2222")] == [in_shop]
    assert car_status.find_cars(database, "%") == []  # typed wildcards are plain characters
    assert [h.order_id for h in car_status.find_cars(database, "张三")] == [in_shop]  # by name
    [hit] = car_status.find_cars(database, "湘A5Z999")
    assert [h.order_id for h in car_status.find_cars(database, hit.number)] == [in_shop]
