"""The progress board keeps the advisor's filter, the chosen car, its chosen line and the scroll
position through marking a line done, every other action of its panel and every refresh."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from tests.progress_orders import working_order
from tests.ui.conftest import make_context


def _shop(database, admin, advisor) -> list:  # type: ignore[no-untyped-def]
    now = datetime.now(UTC)
    mine = [working_order(database, advisor, name=f"客户{i}", phone=f"1380013{i:04d}",
                          plate=f"湘A{i:05d}", promised_at=now + timedelta(hours=i))
            for i in range(1, 13)]
    working_order(database, admin, name="王五", phone="13900139000", plate="湘B12345")
    return mine


def test_marking_a_line_done_keeps_filter_selection_and_scroll(qtbot, database, admin,  # type: ignore[no-untyped-def]
                                                               advisor) -> None:
    from ui.pages.progress_board import ProgressPage

    mine = _shop(database, admin, advisor)
    page = ProgressPage(make_context(database, advisor), poll_ms=60_000)
    qtbot.addWidget(page)
    page.resize(1300, 400)
    page.show()
    page.reload()
    advisors = page.filters["advisor"]
    advisors.setCurrentIndex(advisors.findText("李丽"))
    assert page.model.order_ids() == mine  # only her cars, by promised time
    page.select_order(mine[-1])
    bar = page.table.verticalScrollBar()
    bar.setValue(bar.maximum())
    scrolled = bar.value()
    assert scrolled > 0
    panel = page.panel
    panel.lines.selectRow(1)
    line = panel.lines.item(1, 0).data(Qt.ItemDataRole.UserRole)
    qtbot.mouseClick(panel.line_buttons["done"], Qt.MouseButton.LeftButton)
    assert panel.status is not None
    assert {x.line_id: x.progress for x in panel.status.labor_lines}[line] == "done"

    def kept() -> None:
        assert advisors.currentText() == "李丽"
        assert page.model.order_ids() == mine
        assert page.selected_order() == mine[-1] and panel.status.order_id == mine[-1]
        assert panel.lines.item(panel.lines.currentRow(), 0).data(Qt.ItemDataRole.UserRole) == line
        assert bar.value() == scrolled

    kept()
    page.reload()  # the poll's refresh after another desk's change
    kept()
    qtbot.mouseClick(panel.line_buttons["working"], Qt.MouseButton.LeftButton)
    kept()
    page.timer.stop()
