"""The progress board and its windows, driven as the desk uses them: two workstations on one
database file, line progress from the panel, "where is my car" (F4), notices, the promised
time, the waiting-room screen."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.bootstrap import connect
from app.services import notices
from app.services import progress as work
from app.services.timeline import timeline
from tests.progress_orders import labor_lines, working_order
from tests.ui.conftest import make_context


@pytest.fixture
def orders_in_shop(database, admin):  # type: ignore[no-untyped-def]
    now = datetime.now(UTC)
    first = working_order(database, admin, promised_at=now + timedelta(minutes=30))
    second = working_order(database, admin, name="李四", phone="13966665678",
                           plate="湘B67890", promised_at=now + timedelta(hours=4))
    return first, second


def test_another_desks_change_shows_on_the_next_poll_and_the_choice_stays(  # type: ignore[no-untyped-def]
        qtbot, database, admin, orders_in_shop):
    from ui.pages.progress_board import ProgressPage

    first, second = orders_in_shop
    other_desk = connect(str(database.url.database))  # a second workstation, same file
    try:
        page = ProgressPage(make_context(other_desk, admin), poll_ms=60_000)
        qtbot.addWidget(page)
        page.resize(1300, 700)
        page.show()
        page.reload()
        assert page.model.order_ids() == [first, second]  # by promised time
        page.select_order(second)
        assert page.panel.status is not None and page.panel.status.order_id == second
        page.table.setFixedHeight(page.table.horizontalHeader().height() + 40)  # must scroll
        bar = page.table.verticalScrollBar()
        bar.setValue(bar.maximum())
        scrolled = bar.value()
        assert scrolled > 0
        assert page.poll() is False  # nothing changed: no reload
        with database.write() as s:  # this desk records progress on the first car
            work.set_line_progress(s, admin, first, labor_lines(database, first)[0], "done")
        assert page.poll() is True
        assert page.selected_order() == second and page.panel.status.order_id == second
        assert bar.value() == scrolled  # the reload kept the scroll position
        row = page.model.row_at(0)
        assert row is not None and (row.order_id, row.labor_done) == (first, 1)
        assert page.model.cell(row, page.model.DONE) == "1/2"
        assert page.poll() is False
        page.timer.stop()
    finally:
        other_desk.dispose()


def test_due_within_the_hour_and_waiting_for_parts_stand_out(qtbot, qtmodeltester, context,  # type: ignore[no-untyped-def]
                                                             orders_in_shop):
    from ui.models.board_model import DUE_SOON, PARTS
    from ui.pages.progress_board import ProgressPage

    _first, second = orders_in_shop
    with context.write() as s:
        work.wait_for_parts(s, context.user, second, "刹车片", None)
    page = ProgressPage(context, poll_ms=60_000)
    qtbot.addWidget(page)
    page.reload()
    model = page.model
    soon = model.index(0, model.PLATE).data(Qt.ItemDataRole.BackgroundRole)
    parts = model.index(1, model.STATUS).data(Qt.ItemDataRole.ForegroundRole)
    assert soon.color() == DUE_SOON and parts.color() == PARTS
    assert model.index(0, model.LEFT).data().startswith("0 h 2")  # about 30 minutes left
    qtmodeltester.check(model)
    assert "1 due within the hour" in page.counts.text()
    page.filters["state"].setCurrentIndex(page.filters["state"].findData("waiting_parts"))
    assert model.order_ids() == [second]
    page.timer.stop()


def test_line_progress_from_the_panel_goes_into_the_timeline(qtbot, context, orders_in_shop):  # type: ignore[no-untyped-def]
    from ui.pages.progress_board import ProgressPage

    first, _second = orders_in_shop
    page = ProgressPage(context, poll_ms=60_000)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    page.select_order(first)
    panel = page.panel
    panel.lines.selectRow(0)
    panel.line_buttons["working"].click()
    panel.lines.selectRow(0)
    panel.line_buttons["done"].click()
    assert panel.lines.item(0, 1).text() == "Done"
    assert "更换刹车片: Done" in panel.timeline.item(panel.timeline.count() - 1).text()
    panel.buttons["quality_check"].click()  # the second line is not done yet
    assert "not done" in panel.message.text()
    page.timer.stop()


def test_where_is_my_car_from_anywhere_and_the_inquiry_is_logged(qtbot, window, context,  # type: ignore[no-untyped-def]
                                                                 orders_in_shop):
    first, _second = orders_in_shop
    window.menus.actions["where_is_my_car"].trigger()
    dialog = window.where_dialog
    qtbot.keyClicks(dialog.query, "2345")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)  # Enter finds, and logs nothing yet
    assert "湘A12345" in dialog.answer.text() and "being repaired" in dialog.answer.text()
    assert dialog.isVisible() and not dialog.logged.text()
    assert not dialog.results.isVisible()  # one car: no list to choose from
    dialog.query.setText("5678")  # phone digits of the second customer
    dialog.find()
    assert "湘B67890" in dialog.answer.text()
    dialog.query.setText("2345")
    dialog.find()
    dialog.log_button.click()
    assert dialog.logged.text()
    with context.read() as s:
        [entry] = [e for e in timeline(s, first) if e.kind == "inquiry"]
    assert entry.params["asked_by"] == "张三" and "expected by" in entry.detail
    dialog.board_button.click()
    assert window.pages.currentWidget() is window.progress_page
    assert window.progress_page.selected_order() == first
    window.progress_page.timer.stop()


def test_a_notice_is_copied_and_marked_sent(qtbot, context, orders_in_shop):  # type: ignore[no-untyped-def]
    from ui.dialogs.notice_dialog import NoticeDialog

    first, _second = orders_in_shop
    dialog = NoticeDialog(context, first, "ready")
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    assert "湘A12345已维修完毕" in dialog.text.toPlainText()
    dialog.copy()
    assert QGuiApplication.clipboard().text() == dialog.text.toPlainText()
    dialog.method.setCurrentIndex(dialog.method.findData("wechat"))
    dialog.save()
    with context.read() as s:
        [sent] = notices.notices(s, first)
    assert (sent.kind, sent.method) == ("ready", "wechat") and "已维修完毕" in sent.text


def test_a_new_promise_needs_a_reason(qtbot, context, orders_in_shop):  # type: ignore[no-untyped-def]
    from ui.dialogs.progress_dialogs import PromiseDialog

    first, _second = orders_in_shop
    dialog = PromiseDialog(context, first, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()
    assert dialog.errors.label("reason").isVisible()
    dialog.reason.setText("配件明早到")
    dialog.save()
    with context.read() as s:
        [entry] = [e for e in timeline(s, first) if e.kind == "promise"]
    assert entry.detail == "配件明早到" and entry.params["method"] == "Phone call"


def test_the_waiting_room_shows_masked_plates_and_turns_pages(qtbot, context, orders_in_shop):  # type: ignore[no-untyped-def]
    from ui.waiting_room import ROWS_PER_PAGE, WaitingRoomWindow

    room = WaitingRoomWindow(context)
    qtbot.addWidget(room)
    plates = [cells[0].text() for cells in room.cells]
    assert plates[:2] == ["湘A·***45", "湘B·***90"] and "湘A12345" not in plates
    assert room.pages() == 1 and ROWS_PER_PAGE >= 2
    with context.write() as s:  # a car is sent to wait for parts: the screen follows
        work.wait_for_parts(s, context.user, orders_in_shop[1], "刹车片", None)
    room.refresh()
    assert room.cells[1][1].text() == "We are waiting for a part"
    room.rows = room.rows * ROWS_PER_PAGE  # many cars: pages turn
    room.next_page()
    assert room.page == 1 and room.page_label.text() == "Page 2 of 2"
    room.close()


def test_a_manager_edits_the_notice_templates(qtbot, database, manager, orders_in_shop):  # type: ignore[no-untyped-def]
    from ui.dialogs.notice_templates import NoticeTemplatesDialog

    first, _second = orders_in_shop
    context = make_context(database, manager)
    dialog = NoticeTemplatesDialog(context)
    qtbot.addWidget(dialog)
    assert "{plate}" in dialog.help.text()
    dialog.texts[("ready", "zh_CN")].setPlainText("{customer}，{plate}可以提车了。")
    dialog.texts[("delay", "en")].setPlainText("")  # back to the default
    dialog.save()
    with context.read() as s:
        assert notices.draft(s, first, "ready", "zh_CN") == "张三，湘A12345可以提车了。"
        assert "sorry" in notices.draft(s, first, "delay", "en")


def test_time_left_reads_at_a_glance() -> None:
    from ui.models.board_model import time_left

    assert [time_left(m) for m in (None, 89, -35, -125, -60 * 24 * 3 - 5)] == [
        "", "1 h 29", "0 h 35 late", "2 h 05 late", "3 d late"]
