"""The service layer trusts no Actor it did not issue: a forged manager is refused.

Every forgery a caller could try: a clerk's own login with role="manager" written over it, a
made-up user id, an Actor built by hand from a real manager's data, a manager switched off or
demoted since the login, and a hand-made copy of the program's SYSTEM actor.
"""

from __future__ import annotations

import dataclasses
import uuid

import pytest

from app.domain.permissions import NotAllowed
from app.services import auth, customers, orders, settlement
from app.services.actor import SYSTEM, Actor, NotVerified
from app.services.customers import CustomerForm
from app.services.orders import DiscountNeedsApproval, LineDraft
from app.services.settlement import CreditNeedsApproval, PaymentDraft
from app.services.vehicles import VehicleForm
from db.engine import Database
from tests.app.settle_helpers import TOTAL_FEN, ready_order


def _forgeries(advisor: Actor, manager: Actor) -> dict[str, Actor]:
    return {
        "clerk calling itself manager": dataclasses.replace(advisor, role="manager"),
        "made-up user": Actor(uuid.uuid4(), "boss", "老板", "manager", advisor.branch_id),
        "hand-built copy of the manager": Actor(
            manager.user_id, manager.username, manager.display_name, "manager",
            manager.branch_id),
        "manager's proof on another name": dataclasses.replace(manager, display_name="李丽"),
    }


def _settled(database: Database, advisor: Actor, plate: str) -> uuid.UUID:
    order_id = ready_order(database, advisor, plate, phone="139" + plate[-5:] + "000")
    with database.write() as s:
        settlement.settle(s, advisor, order_id, [PaymentDraft("card", TOTAL_FEN)])
    return order_id


def test_a_forged_manager_cannot_reverse_a_settlement(database, advisor, manager) -> None:  # type: ignore[no-untyped-def]
    order_id = _settled(database, advisor, "湘A30001")
    for name, forged in _forgeries(advisor, manager).items():
        with pytest.raises(NotAllowed), database.write() as s:
            settlement.reverse(s, forged, order_id, "伪造")
            pytest.fail(name)
    with database.write() as s:  # the real login still does it
        settlement.reverse(s, manager, order_id, "收款方式录错")


def test_a_switched_off_or_demoted_manager_is_refused(database, admin, advisor, manager) -> None:  # type: ignore[no-untyped-def]
    first, second = _settled(database, advisor, "湘A30002"), _settled(database, advisor, "湘A30003")
    with database.write() as s:
        auth.set_active(s, admin, manager.user_id, False)
    with pytest.raises(NotVerified), database.write() as s:
        settlement.reverse(s, manager, first, "已离职")
    with database.write() as s:
        auth.set_active(s, admin, manager.user_id, True)
        auth.update_user(s, admin, manager.user_id, auth.UserForm("wang", "王店长", "advisor"))
    with pytest.raises(NotAllowed), database.write() as s:  # the login still says manager
        settlement.reverse(s, manager, second, "已降职")


def test_a_forged_approver_gives_no_discount_over_the_limit(database, advisor, manager) -> None:  # type: ignore[no-untyped-def]
    with database.write() as s:
        car = customers.register(s, advisor, CustomerForm("张三", ("13900030004",)),
                                 VehicleForm(plate="湘A30004", brand="大众", model="朗逸"))
        order_id = orders.open_order(s, advisor, orders.ReceptionForm(
            car.vehicle_id, car.customer_id, complaint="刹车异响", mileage="50000"))
    pads = LineDraft("part", "前刹车片", 1000, 38000, source="brand")

    def save(approved_by: Actor | None) -> None:
        with database.read() as s:
            view = orders.load_order(s, order_id)
        with database.write() as s:
            orders.save_order(s, advisor, order_id, view.version, view.header, [pads], 5700,
                              approved_by)

    for forged in _forgeries(advisor, manager).values():
        with pytest.raises((NotAllowed, DiscountNeedsApproval)):
            save(forged)
    save(manager)


def test_a_forged_approver_allows_no_credit(database, advisor, manager) -> None:  # type: ignore[no-untyped-def]
    order_id = ready_order(database, advisor, "湘A30005", credit=True, phone="13900030005")
    for forged in _forgeries(advisor, manager).values():
        with pytest.raises((NotAllowed, CreditNeedsApproval)), database.write() as s:
            settlement.settle(s, advisor, order_id, [PaymentDraft("account", TOTAL_FEN)], forged)
    with database.write() as s:
        done = settlement.settle(s, advisor, order_id, [PaymentDraft("account", TOTAL_FEN)],
                                 manager)
    assert done.approved_by == "王店长"


def test_the_system_actor_cannot_be_built_by_hand(database, admin, advisor) -> None:  # type: ignore[no-untyped-def]
    order_id = _settled(database, advisor, "湘A30006")
    for forged in (Actor(None, "system", "GarageDesk", "admin"),
                   Actor(None, "system", "GarageDesk", "admin", None, b"x" * 32)):
        with pytest.raises(NotVerified), database.write() as s:
            settlement.reverse(s, forged, order_id, "伪造")
    with database.write() as s:  # the program's own SYSTEM (command line) still works
        settlement.reverse(s, dataclasses.replace(SYSTEM, display_name="命令行"), order_id,
                           "命令行更正")


def test_a_login_is_the_way_to_an_actor(database, admin) -> None:  # type: ignore[no-untyped-def]
    with database.write() as s:
        refused = auth.login(s, "admin", "wrong-password")
        actor = auth.login(s, "admin", "admin-pass-1")
    assert isinstance(refused, auth.LoginFailed)
    assert isinstance(actor, Actor) and actor.user_id == admin.user_id
    assert not hasattr(auth, "get_actor")

