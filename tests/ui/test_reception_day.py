"""The reception page starts the day: today's arrivals, the cars in the shop by state and the
cars promised for today, each order one Enter away."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from app.services import orders, today
from tests.progress_orders import working_order


def _promised_today() -> datetime:
    """Later today (local), or in a minute when the day is nearly over."""
    now = datetime.now(UTC).astimezone()
    end = datetime.combine(now.date(), time(23, 59), now.tzinfo)
    return min(now + timedelta(hours=2), end) if end > now + timedelta(minutes=1) else now


def test_the_day_lists_arrivals_states_and_promises_late_ones_marked(database, admin):  # type: ignore[no-untyped-def]
    promised = _promised_today()
    first = working_order(database, admin, promised_at=promised)
    second = working_order(database, admin, name="李四", phone="13900139000", plate="湘A54321",
                           start=False)
    day = today.reception_day(database)
    later = today.reception_day(database, promised + timedelta(seconds=1))
    tomorrow = today.reception_day(database, datetime.now(UTC) + timedelta(days=1))
    assert [x.order_id for x in day.arrivals] == [second, first]  # newest first
    assert {(c.status, c.count) for c in day.open_by_state} == {("in_progress", 1),
                                                                ("approved", 1)}
    assert day.open_total == 2
    assert [(x.order_id, x.plate, x.late) for x in day.promised_today] == [
        (first, "湘A12345", False)]
    assert [x.late for x in later.promised_today] == [True]  # past its time, not ready
    assert tomorrow.arrivals == () and tomorrow.promised_today == ()
    assert tomorrow.open_total == 2  # still in the shop


def test_the_reception_page_shows_the_day_and_opens_an_order_from_it(qtbot, context, window):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    order_id = working_order(context.db, context.user, promised_at=_promised_today())
    window.show_page("reception")
    home = window.reception.home
    window.reception.go_home()
    qtbot.waitUntil(lambda: home.day is not None and len(home.day.arrivals) == 1)
    arrivals = home.day_lists["arrivals"]
    assert "湘A12345" in arrivals.item(0).text() and "In progress" in arrivals.item(0).text()
    assert home.day_boxes["arrivals"].title() == "Arrived today (1)"
    assert home.day_boxes["states"].title() == "In the shop (1)"
    assert home.day_lists["states"].item(0).text() == "In progress  1"
    assert "湘A12345" in home.day_lists["promised"].item(0).text()
    # Another desk takes a car in; coming back to the start view reads the day again.
    working_order(context.db, context.user, name="李四", phone="13900139000", plate="湘A54321",
                  start=False)
    window.reception.open_vehicle(_vehicle(context, order_id))
    window.reception.go_home()
    qtbot.waitUntil(lambda: len(home.day.arrivals) == 2)
    assert home.day_boxes["states"].title() == "In the shop (2)"
    arrivals.setFocus()
    arrivals.setCurrentRow(1)
    qtbot.keyClick(arrivals, Qt.Key.Key_Return)
    editor = window.reception.order_editor
    qtbot.waitUntil(lambda: window.reception.stack.currentWidget() is editor)
    assert editor.view.id == order_id


def _vehicle(context, order_id):  # type: ignore[no-untyped-def]
    with context.read() as s:
        return orders.load_order(s, order_id).vehicle_id
