"""The manager's audit log window: the chain's state and an order's history (issue 10 §3)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from app.domain.handover import PickupFacts
from app.domain.permissions import NotAllowed
from app.services import audit, handover, orders
from tests.app.handover_helpers import STROKES, settled_order
from tests.tamper import forced
from tests.ui.conftest import make_context


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def delivered(database, advisor):  # type: ignore[no-untyped-def]
    order_id = settled_order(database, advisor)
    with database.write() as s:
        handover.deliver(s, advisor, order_id, PickupFacts(46230), STROKES, _png(), "张三")
        number = orders.load_order(s, order_id).number
    return number


def _viewer(qtbot, context):  # type: ignore[no-untyped-def]
    from ui.dialogs.audit_viewer import AuditViewer

    viewer = AuditViewer(context)
    qtbot.addWidget(viewer)
    viewer.show()
    viewer.wait_verified()
    return viewer


def _cells(viewer, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [viewer.table.item(r, column).text() for r in range(viewer.table.rowCount())]


def test_a_manager_sees_the_chain_verified_and_an_orders_history(  # type: ignore[no-untyped-def]
        qtbot, database, manager, delivered):
    viewer = _viewer(qtbot, make_context(database, manager))
    assert viewer.chain_label.text().startswith("Audit chain verified: all ")
    assert viewer.width() <= 1366 and viewer.height() <= 728
    qtbot.keyClicks(viewer.search, delivered)
    qtbot.keyClick(viewer.search, Qt.Key.Key_Return)
    assert viewer.found_label.text().startswith(f"order {delivered}: ")
    actions = _cells(viewer, 4)
    assert {"signed", "settled"} <= set(actions) and actions[-1] == "signed"  # the pickup
    assert {"work order", "check-in", "bill", "pickup record"} <= set(_cells(viewer, 3))
    seqs = [int(n) for n in _cells(viewer, 0)]
    assert seqs == sorted(seqs)
    viewer.search.setText("湘A12345")  # (QTest types Latin-1 only)
    qtbot.keyClick(viewer.search, Qt.Key.Key_Return)
    assert viewer.found_label.text().startswith("car 湘A12345")
    assert "settled" in _cells(viewer, 4)
    viewer.search.setText("JS-nothing")
    viewer.find_button.click()
    assert "No order, bill, car or customer" in viewer.found_label.text()


def test_the_viewer_says_where_the_chain_breaks(qtbot, database, manager, delivered) -> None:  # type: ignore[no-untyped-def]
    viewer = _viewer(qtbot, make_context(database, manager))
    forced(Path(database.engine.url.database), "DELETE FROM audit_log WHERE seq = 4")
    viewer.verify_button.click()
    viewer.wait_verified()
    text = viewer.chain_label.text()
    assert text.startswith("The audit chain breaks at entry 4")
    assert "Audit entries 4 to 4 are missing from the chain" in text


def test_only_a_manager_opens_the_audit_log(qtbot, database, advisor, window) -> None:  # type: ignore[no-untyped-def]
    action = window.menus.actions["audit_log"]
    assert action.isEnabled()  # the administrator of the `window` fixture
    action.trigger()
    viewer = window.audit_viewer
    viewer.wait_verified()
    assert viewer.isVisible()
    viewer.close_button.click()
    window.menus.apply_user(advisor)
    assert not action.isEnabled()
    with pytest.raises(NotAllowed):
        audit.trail(database, advisor, "湘A12345")
