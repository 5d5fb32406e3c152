"""UI test fixtures: a context on a real database, the main window, data made by services."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.config import Workstation, paths
from app.context import AppContext
from app.services import customers, vehicles
from app.services.actor import Actor

# Qt's offscreen platform warns whenever a shown window's size limits change (it has no window
# manager to tell); that says nothing about the program, so only that message is let through.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"
HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


def make_context(database, actor: Actor | None) -> AppContext:  # type: ignore[no-untyped-def]
    from app.services import shop

    context = AppContext(database, paths(), Workstation(language="en"), actor)
    with database.read() as s:
        if shop.is_set_up(s):
            profile = shop.profile(s)
            context.shop_name, context.branch_code = profile.name, profile.branch_code
    return context


@pytest.fixture
def context(database, admin) -> AppContext:  # type: ignore[no-untyped-def]
    """The shop's database with its administrator logged in."""
    return make_context(database, admin)


@pytest.fixture
def window(qtbot, context) -> Iterator:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    main = MainWindow(context)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    yield main
    main.search.timer.stop()


def type_text(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type like a person at a Chinese PC: letters and digits as key clicks, Chinese characters
    as the input method commits them (QTest cannot click keys that are not ASCII)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QInputMethodEvent

    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QCoreApplication.sendEvent(widget, event)


@dataclass(frozen=True)
class Registered:
    customer_id: uuid.UUID
    vehicle_id: uuid.UUID | None


def register(context: AppContext, name: str, phone: str, plate: str = "", vin: str = "",
             **car: str) -> Registered:
    """A customer (and car) put on file through the service, as the desk would."""
    form = vehicles.VehicleForm(plate=plate, vin=vin, **car) if plate or vin else None
    with context.write() as s:
        done = customers.register(s, context.user, customers.CustomerForm(name, (phone,)), form)
    return Registered(done.customer_id, done.vehicle_id)


def add_order(context: AppContext, who: Registered, number: str, *, days_ago: int,
              status: str = "delivered", category: str = "maintenance", total_fen: int = 0,
              mileage_km: int | None = None) -> uuid.UUID:
    """A work order row for the history (the order editor comes in a later issue)."""
    from db.models import WorkOrder

    assert who.vehicle_id is not None
    with context.write() as s:
        order = WorkOrder(
            number=number, branch_id=context.user.branch_id, vehicle_id=who.vehicle_id,
            customer_id=who.customer_id, status=status, category=category,
            total_fen=total_fen, mileage_km=mileage_km,
            opened_at=datetime.now(UTC) - timedelta(days=days_ago),
        )
        s.add(order)
        s.flush()
        return order.id
