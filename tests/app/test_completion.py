"""The completion check: pass → ready, fail → back to work with the reason in the timeline."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.domain.errors import InputErrors
from app.domain.permissions import NotAllowed
from app.services import completion, orders, settings
from app.services.order_flow import MoveRefused
from db.models import CompletionCheck, StatusEvent
from tests.app.handover_helpers import order_in_quality_check, passed_results
from tests.people import add_user


def test_the_default_checklist_is_the_shops_practice(database, advisor):  # type: ignore[no-untyped-def]
    with database.read() as s:
        items = completion.checklist_items(s)
    assert items[0] == "Every job on the order done"
    assert "Road test" in items and "No oil or water leaks" in items
    with database.write() as s:
        settings.put(s, "completion.checklist", ["路试", "车辆清洁"])
    with database.read() as s:
        assert completion.checklist_items(s) == ["路试", "车辆清洁"]


def test_a_pass_makes_the_car_ready(database, advisor):  # type: ignore[no-untyped-def]
    oid = order_in_quality_check(database, advisor)
    with database.write() as s:
        view = completion.record(s, advisor, oid, passed_results(s))
    assert view.passed and view.inspector_name == "李丽" and view.reason == ""
    with database.read() as s:
        assert orders.load_order(s, oid).status == "ready"
        assert completion.passed_check(s, oid).id == view.id


def test_a_fail_sends_the_car_back_with_the_reason(database, advisor):  # type: ignore[no-untyped-def]
    oid = order_in_quality_check(database, advisor)
    with database.write() as s:
        results = passed_results(s)
        results[3] = {**results[3], "passed": False, "note": "油底壳渗油"}
        view = completion.record(s, advisor, oid, results, "油底壳螺丝需重新紧固")
    assert not view.passed
    with database.read() as s:
        assert orders.load_order(s, oid).status == "in_progress"
        event = s.scalars(select(StatusEvent).where(StatusEvent.order_id == oid)
                          .order_by(StatusEvent.at.desc())).first()
        assert (event.from_status, event.to_status) == ("quality_check", "in_progress")
        assert "油底壳螺丝需重新紧固" in event.reason
        assert completion.passed_check(s, oid) is None
        assert s.scalar(select(CompletionCheck.results).where(
            CompletionCheck.order_id == oid))[3]["note"] == "油底壳渗油"


def test_a_failed_item_needs_its_note_and_nothing_is_written(database, advisor):  # type: ignore[no-untyped-def]
    oid = order_in_quality_check(database, advisor)
    with pytest.raises(InputErrors) as refused, database.write() as s:
        results = passed_results(s)
        results[0] = {**results[0], "passed": False}
        completion.record(s, advisor, oid, results)
    assert refused.value.errors[0].field == "results"
    with database.read() as s:
        assert orders.load_order(s, oid).status == "quality_check"
        assert completion.latest(s, oid) is None


def test_the_reason_defaults_to_the_failed_items(database, advisor):  # type: ignore[no-untyped-def]
    oid = order_in_quality_check(database, advisor)
    with database.write() as s:
        results = passed_results(s)
        results[2] = {**results[2], "passed": False, "note": "方向跑偏"}
        view = completion.record(s, advisor, oid, results)
    assert view.reason == "Road test: 方向跑偏"


def test_only_an_order_in_quality_check_is_checked(database, advisor):  # type: ignore[no-untyped-def]
    oid = order_in_quality_check(database, advisor)
    with database.write() as s:
        completion.record(s, advisor, oid, passed_results(s))
    with pytest.raises(MoveRefused), database.write() as s:
        completion.record(s, advisor, oid, passed_results(s))


def test_the_workshop_checks_and_the_cashier_may_not(database, admin, advisor):  # type: ignore[no-untyped-def]
    oid = order_in_quality_check(database, advisor)
    with database.write() as s:
        cashier = add_user(s, admin, "cash", "收银员", "cashier", "cash-pass-1")
        foreman = add_user(s, admin, "fore", "车间主任", "workshop", "fore-pass-1")
    with pytest.raises(NotAllowed), database.write() as s:
        completion.record(s, cashier, oid, passed_results(s))
    with database.write() as s:
        assert completion.record(s, foreman, oid, passed_results(s)).inspector_name == "车间主任"
