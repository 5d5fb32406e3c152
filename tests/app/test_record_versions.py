"""Two desks on one database file edit the same record: the second save is refused, naming who
saved in between, when, and which fields they changed; nothing of the first desk's is lost.

Each desk is its own `Database` (engine and connections) on the same real SQLite file, as two
programs on one PC or a shared folder would be.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from app.bootstrap import open_database
from app.services import catalog, checkin, customers, orders, shop_rules, vehicles
from app.services.actor import Actor
from app.services.catalog import LaborForm, PartForm
from app.services.customers import CustomerForm
from app.services.handover_rules import HandoverRulesForm
from app.services.shop_rules import RulesForm
from app.services.vehicles import VehicleForm
from app.services.versions import StaleRecord
from db.engine import Database


@pytest.fixture
def second_desk(database: Database) -> Iterator[Database]:
    other, _ = open_database(database.url.render_as_string(hide_password=False))
    yield other
    other.dispose()


@pytest.fixture
def car(database: Database, advisor: Actor):  # type: ignore[no-untyped-def]
    with database.write() as s:
        return customers.register(
            s, advisor, CustomerForm("张三", ("13800138000",), note="老客户"),
            VehicleForm(plate="湘A12345", brand="大众", model="朗逸", colour="白",
                        mileage_km="45000"))


def test_a_second_desk_cannot_silently_revert_a_customer(database, second_desk, advisor,  # type: ignore[no-untyped-def]
                                                         manager, car) -> None:
    desk_1 = customers.editing(database, car.customer_id)
    desk_2 = customers.editing(second_desk, car.customer_id)
    with second_desk.write() as s:  # desk 2 renames and adds a phone first
        customers.update(s, manager, car.customer_id,
                         CustomerForm("张三丰", ("13800138000", "13900139000"), note="老客户"),
                         loaded=desk_2.stamp)
    typed = CustomerForm("张三", ("13800138000",), note="老客户，喜欢原厂件")
    with pytest.raises(StaleRecord) as stale, database.write() as s:
        customers.update(s, advisor, car.customer_id, typed, loaded=desk_1.stamp)
    assert stale.value.by == "王店长" and stale.value.at is not None
    assert stale.value.fields == ("name", "phones")
    assert "王店长" in str(stale.value) and "name, phones" in str(stale.value)
    now = customers.editing(database, car.customer_id)  # desk 2's save stands
    assert now.form.name == "张三丰" and now.form.note == "老客户"
    assert now.stamp.version == desk_1.stamp.version + 1
    with database.write() as s:  # saving again on purpose puts desk 1's typing over it
        customers.update(s, advisor, car.customer_id, typed, loaded=stale.value.current)
    assert customers.editing(second_desk, car.customer_id).form.note == "老客户，喜欢原厂件"


def test_a_second_desk_cannot_silently_revert_a_car(database, second_desk, advisor, manager,  # type: ignore[no-untyped-def]
                                                    car) -> None:
    desk_1 = vehicles.editing(database, car.vehicle_id)
    desk_2 = vehicles.editing(second_desk, car.vehicle_id)
    with second_desk.write() as s:
        vehicles.update(s, manager, car.vehicle_id,
                        replace(desk_2.form, colour="黑"), loaded=desk_2.stamp)
    with pytest.raises(StaleRecord) as stale, database.write() as s:
        vehicles.update(s, advisor, car.vehicle_id,
                        replace(desk_1.form, engine_no="EA211"), loaded=desk_1.stamp)
    assert (stale.value.by, stale.value.fields) == ("王店长", ("colour",))
    assert vehicles.editing(database, car.vehicle_id).form.colour == "黑"


def test_a_second_desk_cannot_silently_revert_a_check_in_draft(database, second_desk,  # type: ignore[no-untyped-def]
                                                               advisor, manager, car) -> None:
    with database.write() as s:
        order_id = orders.open_order(s, advisor, orders.ReceptionForm(
            car.vehicle_id, car.customer_id, complaint="保养", mileage="46200"))
        check_in_id = checkin.start(s, advisor, order_id)
    with database.read() as s:
        desk_1 = checkin.current(s, order_id)
    with second_desk.read() as s:
        desk_2 = checkin.current(s, order_id)
    assert desk_1 is not None and desk_2 is not None
    with second_desk.write() as s:
        checkin.save(s, manager, check_in_id, replace(desk_2.form, belongings="行车记录仪"),
                     loaded=desk_2.stamp)
    with pytest.raises(StaleRecord) as stale, database.write() as s:
        checkin.save(s, advisor, check_in_id, replace(desk_1.form, valuables="现金 200 元"),
                     loaded=desk_1.stamp)
    assert (stale.value.by, stale.value.fields) == ("王店长", ("belongings",))
    with pytest.raises(StaleRecord), database.write() as s:  # signing the stale form, too
        checkin.sign(s, advisor, check_in_id, desk_1.form, [], None, "", loaded=desk_1.stamp)
    with database.read() as s:
        view = checkin.current(s, order_id)
    assert view is not None and view.status == "draft"
    assert (view.form.belongings, view.form.valuables) == ("行车记录仪", "")


def test_a_second_desk_cannot_silently_revert_catalog_entries(database, second_desk,  # type: ignore[no-untyped-def]
                                                              manager, admin) -> None:
    with database.write() as s:
        part_id = catalog.create_part(s, manager, PartForm("P-OIL", "机油", price="68", cost="40",
                                                           stock="10"))
        labor_id = catalog.create_labor(s, manager, LaborForm("L-OIL", "换机油", "maintenance",
                                                              "0.5"))
        phrase_id = catalog.add_phrase(s, manager, "刹车异响")
    with database.read() as s:
        part_1, labor_1 = catalog.get_part(s, part_id), catalog.get_labor(s, labor_id)
        [phrase_1] = catalog.list_phrases(s)
    with second_desk.write() as s:  # the administrator at desk 2 changes all three first
        catalog.update_part(s, admin, part_id, replace(catalog.part_form(part_1), price="75"),
                            loaded=part_1.stamp)
        catalog.update_labor(s, admin, labor_id,
                             replace(catalog.labor_form(labor_1), standard_hours="0.8"),
                             loaded=labor_1.stamp)
        catalog.update_phrase(s, admin, phrase_id, "刹车尖叫", loaded=phrase_1.stamp)
    refused = []
    for save in (
        lambda s: catalog.update_part(s, manager, part_id,
                                      replace(catalog.part_form(part_1), name="全合成机油"),
                                      loaded=part_1.stamp),
        lambda s: catalog.update_labor(s, manager, labor_id,
                                       replace(catalog.labor_form(labor_1), name="更换机油"),
                                       loaded=labor_1.stamp),
        lambda s: catalog.update_phrase(s, manager, phrase_id, "异响", loaded=phrase_1.stamp),
    ):
        with pytest.raises(StaleRecord) as stale, database.write() as s:
            save(s)
        refused.append((stale.value.by, stale.value.fields))
    assert refused == [("管理员", ("price",)), ("管理员", ("standard hours",)),
                       ("管理员", ("text",))]
    with database.read() as s:
        assert catalog.get_part(s, part_id).price_fen == 7500
        assert catalog.get_labor(s, labor_id).standard_hours_milli == 800


def test_a_second_desk_cannot_silently_revert_the_shop_rules(database, second_desk,  # type: ignore[no-untyped-def]
                                                             manager, admin) -> None:
    handover = HandoverRulesForm("3", "", {})
    with database.read() as s:
        desk_1 = shop_rules.editing(s)
    with second_desk.read() as s:
        desk_2 = shop_rules.editing(s)
    with second_desk.write() as s:
        shop_rules.save(s, admin, _typed(desk_2.rules, hourly_rate="150"), handover,
                        loaded=desk_2.stamp)
    typed = _typed(desk_1.rules, terms="本店条款")
    with pytest.raises(StaleRecord) as stale, database.write() as s:
        shop_rules.save(s, manager, typed, handover, loaded=desk_1.stamp)
    assert stale.value.by == "管理员" and stale.value.fields == ("hourly rate",)
    with database.read() as s:
        assert shop_rules.rules(s).hourly_rate_fen == 15000
        assert shop_rules.rules(s).terms == desk_1.rules.terms
    with database.write() as s:  # on purpose, with the stamp the refusal brought
        shop_rules.save(s, manager, typed, handover, loaded=stale.value.current)
    with second_desk.read() as s:
        assert shop_rules.rules(s).terms == "本店条款"
        assert shop_rules.editing(s).stamp.version == 3


def _typed(rules: shop_rules.ShopRules, **changes: str) -> RulesForm:
    """The rules dialog's fields as loaded, with some typed over."""
    return replace(RulesForm(
        str(rules.hourly_rate_fen / 100), str(rules.advisor_limit_bp / 100),
        str(rules.estimate_valid_days), rules.terms, "\n".join(rules.checklist),
        rules.mandatory_signatures), **changes)
