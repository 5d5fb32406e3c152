"""The front desk's global search on a real SQLite file: what it finds, in what order, and that
the index follows every change made through the ORM."""

from __future__ import annotations

import json
import re
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app.bootstrap import connect
from app.services import customers
from app.services.actor import Actor
from app.services.search import (
    ANY_PART,
    EXACT,
    PREFIX,
    SearchResult,
    search,
    search_floor_sql,
)
from app.services.search_index import (
    install_auto_index,
    rebuild_index,
    reindex_customer,
    remove_entry,
)
from db.engine import Database
from db.migrate import ensure_current
from db.models import (
    Branch,
    Customer,
    CustomerPhone,
    SearchEntry,
    SearchKey,
    Vehicle,
    VehicleOwnership,
    WorkOrder,
)

ZHANG_VIN = "LFV2A21K5A3987654"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = connect(str(tmp_path / "t.db"))
    ensure_current(database.engine, None)
    install_auto_index(database)
    yield database
    database.dispose()


def _customer(database: Database, name: str, *phones: str, **fields: object) -> uuid.UUID:
    with database.write() as s:
        c = Customer(name=name, **fields)
        c.phones = [CustomerPhone(number=p, position=i) for i, p in enumerate(phones)]
        s.add(c)
        s.flush()
        return c.id


def _car(database: Database, plate: str | None, owner: uuid.UUID | None, **fields: object
         ) -> uuid.UUID:
    with database.write() as s:
        v = Vehicle(plate=plate, **fields)
        s.add(v)
        s.flush()
        if owner is not None:
            s.add(VehicleOwnership(vehicle_id=v.id, customer_id=owner,
                                   started_on=date(2024, 1, 1)))
        return v.id


@pytest.fixture
def zhang(db: Database) -> tuple[uuid.UUID, uuid.UUID]:
    """张三 with his 大众 朗逸 湘A12345; returns (customer id, vehicle id)."""
    cid = _customer(db, "张三", "13800138000", "073184001234")
    vid = _car(db, "湘A12345", cid, vin=ZHANG_VIN, brand="大众", model="朗逸", year=2019,
               colour="白")
    return cid, vid


def _find(database: Database, text: str, limit: int = 20) -> list[SearchResult]:
    with database.read() as s:
        return search(s, text, limit)


def _refs(database: Database, text: str, kind: str | None = None) -> list[uuid.UUID]:
    return [r.ref for r in _find(database, text) if kind is None or r.kind == kind]


# --- finding cars and customers -------------------------------------------------------------


@pytest.mark.parametrize("typed", [
    "湘A12345", "湘a12345", "湘a 12345", "湘A·12345", "湘Ａ１２３４５", "A12345", "a12345",
])  # fmt: skip
def test_plate_in_every_typed_form_finds_the_car_first(db: Database, zhang, typed: str) -> None:
    first = _find(db, typed)[0]
    assert (first.kind, first.ref, first.rank) == ("vehicle", zhang[1], EXACT)
    assert (first.plate, first.name, first.phone) == ("湘A12345", "张三", "13800138000")
    assert first.detail == "大众 朗逸 2019 白"


@pytest.mark.parametrize("typed", ["湘A12345", "2345", "zs", "张", "13800138000"])
def test_the_search_box_path_finds_what_a_session_finds(db: Database, zhang, typed: str) -> None:
    from app.services.search import search_box

    assert search_box(db, typed) == _find(db, typed)


def test_plate_middle_is_an_any_part_match(db: Database, zhang) -> None:
    [hit] = _find(db, "2345")
    assert (hit.ref, hit.rank) == (zhang[1], ANY_PART)
    assert set(_refs(db, "234")) == set(zhang)  # also in the landline 0731-84001234


def test_plate_beginning_is_a_prefix_match(db: Database, zhang) -> None:
    [hit] = _find(db, "湘A12")
    assert (hit.ref, hit.rank) == (zhang[1], PREFIX)


@pytest.mark.parametrize("typed", ["13800138000", "138 0013 8000", "+86 138-0013-8000"])
def test_full_phone_finds_the_customer_then_the_car(db: Database, zhang, typed: str) -> None:
    hits = _find(db, typed)
    assert [(h.kind, h.ref, h.rank) for h in hits] == [
        ("customer", zhang[0], EXACT), ("vehicle", zhang[1], EXACT)]
    assert hits[0].plate == "湘A12345"  # the customer's line shows the car


@pytest.mark.parametrize("digits", ["0013", "8000", "00138", "1380", "84001234"])
def test_any_four_digits_of_a_phone(db: Database, zhang, digits: str) -> None:
    assert set(_refs(db, digits)) == set(zhang)


def test_second_phone_finds_the_customer(db: Database, zhang) -> None:
    [first, *_] = _find(db, "0731-84001234")
    assert (first.kind, first.ref, first.phone) == ("customer", zhang[0], "13800138000")


@pytest.mark.parametrize("typed", ["张三", "zhangsan", "ZhangSan", "zhang san", "zs", "zhang"])
def test_name_pinyin_and_initials_find_the_customer_first(db: Database, zhang, typed: str
                                                          ) -> None:
    hits = _find(db, typed)
    assert [(h.kind, h.ref) for h in hits] == [("customer", zhang[0]), ("vehicle", zhang[1])]


def test_a_surname_alone_does_a_prefix_search(db: Database, zhang) -> None:
    _customer(db, "李四", "13900139000")
    assert set(_refs(db, "张")) == set(zhang)


@pytest.mark.parametrize("typed", ["", " ", "z", "1", "a", "·"])
def test_one_letter_or_digit_finds_nothing(db: Database, zhang, typed: str) -> None:
    assert _find(db, typed) == []


def test_vin_whole_and_tail(db: Database, zhang) -> None:
    assert _refs(db, ZHANG_VIN) == [zhang[1]]
    assert _refs(db, ZHANG_VIN.lower()) == [zhang[1]]
    [tail] = _find(db, ZHANG_VIN[-6:])
    assert (tail.ref, tail.rank) == (zhang[1], EXACT)
    assert _refs(db, ZHANG_VIN[-8:]) == [zhang[1]]  # any part


def test_exact_plate_comes_before_plates_that_contain_it(db: Database) -> None:
    owner = _customer(db, "王五", "13700137000")
    inside = _car(db, "VA12345", owner)  # military plate: "a12345" in its middle
    longer = _car(db, "湘A12345D", owner)  # new-energy plate: starts with "湘a12345"
    other_province = _car(db, "粤A12345", owner)
    exact = _car(db, "湘A12345", owner)
    hits = _find(db, "湘A12345")
    assert [h.ref for h in hits if h.kind == "vehicle"] == [exact, longer]
    hits = _find(db, "a12345")
    assert [(h.ref, h.rank) for h in hits] == [
        (exact, EXACT), (other_province, EXACT), (longer, PREFIX), (inside, ANY_PART)]


def test_cars_of_the_same_rank_come_in_plate_order(db: Database) -> None:
    owner = _customer(db, "王五", "13700137000")
    plates = ["湘A10003", "湘A10001", "湘A10002"]
    for plate in plates:
        _car(db, plate, owner)
    hits = _find(db, "湘A1000")
    assert [h.plate for h in hits if h.kind == "vehicle"] == sorted(plates)


def test_limit_and_no_duplicates(db: Database) -> None:
    owner = _customer(db, "王五", "13700137000")
    for i in range(30):
        _car(db, f"湘A2{i:04d}", owner)
    hits = _find(db, "湘A2", limit=10)
    assert len(hits) == 10
    assert len({(h.kind, h.ref) for h in hits}) == 10


def test_company_is_found_by_its_contact_and_shows_its_cars(db: Database) -> None:
    cid = _customer(db, "星沙物流有限公司", "073184009999", kind="company",
                    contact_person="李四")
    for plate in ("湘A30001", "湘A30002", "湘A30003"):
        _car(db, plate, cid)
    hit, *cars = _find(db, "lisi")
    assert (hit.kind, hit.ref, hit.plate) == ("customer", cid, "湘A30001")
    assert [c.plate for c in cars] == ["湘A30001", "湘A30002", "湘A30003"]
    assert hit.detail == "李四 · 湘A30002 湘A30003"
    assert _refs(db, "星沙物流", "customer") == [cid]  # any part of the name
    assert _refs(db, "xswl", "customer") == [cid]


def test_polyphonic_surname_by_both_readings(db: Database) -> None:
    cid = _customer(db, "曾小明", "13600136000")
    for typed in ("zengxiaoming", "zxm", "cengxiaoming", "曾小明"):
        assert _refs(db, typed, "customer") == [cid], typed


@pytest.mark.parametrize(("name", "surname_reading", "everyday"), [
    ("卜凡", ("bufan", "bf"), ("bofan",)),
    ("薄一波", ("boyibo", "byb"), ("baoyibo",)),
    ("都海", ("duhai", "dh"), ("douhai",)),
    ("乜红", ("niehong", "nh"), ("miehong", "mh")),
    ("子车明", ("zijuming", "zjm"), ("zicheming", "zcm")),
    ("尉迟恭", ("yuchigong", "ycg"), ("weichigong", "wcg")),
])  # fmt: skip
def test_polyphonic_surnames_by_the_surname_and_the_everyday_reading(
    db: Database, name: str, surname_reading: tuple[str, ...], everyday: tuple[str, ...]
) -> None:
    cid = _customer(db, name, "13600136001")
    car = _car(db, "湘A61234", cid)
    for typed in (*surname_reading, *everyday, name):
        assert _refs(db, typed, "customer") == [cid], typed
        assert _refs(db, typed, "vehicle") == [car], typed
    assert _refs(db, surname_reading[0][:4], "customer") == [cid]  # a beginning too


def test_migration_0010_gives_names_on_file_their_surname_reading(db: Database,
                                                                 tmp_path: Path) -> None:
    """A file indexed under the old rules (卜凡 only as "bofan") is found by "bufan" after
    the upgrade, and the other entries are untouched."""
    cid = _customer(db, "卜凡", "13600136002")
    zhang = _customer(db, "张三", "13800138000")
    with db.engine.begin() as conn:  # the index as the old rules made it
        conn.exec_driver_sql("UPDATE search_entries SET keys = '13600136002 卜凡 bofan bf' "
                             "WHERE kind = 'customer' AND name = '卜凡'")
        conn.exec_driver_sql("DELETE FROM search_keys WHERE key = 'bufan'")
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0009'")
        before = conn.exec_driver_sql(
            "SELECT keys FROM search_entries WHERE name = '张三'").scalar()
    assert _refs(db, "bufan", "customer") == []
    result = ensure_current(db.engine, tmp_path / "backups")
    assert result.before == "0009"
    assert _refs(db, "bufan", "customer") == [cid]
    assert _refs(db, "bof", "customer") == [cid]
    assert _refs(db, "zhangsan", "customer") == [zhang]
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql(
            "SELECT keys FROM search_entries WHERE name = '张三'").scalar() == before


def test_rare_characters(db: Database) -> None:
    jiye = _customer(db, "𠮷野家", "13500135000")
    kun = _customer(db, "王堃", "13500135001")
    assert _refs(db, "𠮷", "customer") == [jiye]
    assert _refs(db, "𠮷野家", "customer") == [jiye]
    assert _refs(db, "yejia", "customer") == [jiye]
    assert _refs(db, "wangkun", "customer") == [kun]
    assert _refs(db, "堃", "customer") == []  # not a surname, too short for any-part


# --- work orders ------------------------------------------------------------------------------


def _orders(database: Database, zhang, *numbers: str) -> dict[str, uuid.UUID]:
    with database.write() as s:
        branch = Branch(code="BR01", name="长沙星沙")
        s.add(branch)
        s.flush()
        made = {}
        for number in numbers:
            order = WorkOrder(number=number, branch_id=branch.id, customer_id=zhang[0],
                              vehicle_id=zhang[1], status="in_progress",
                              opened_at=datetime(2026, 11, 22, 2, 0, tzinfo=UTC))
            s.add(order)
            s.flush()
            made[number] = order.id
        return made


@pytest.mark.parametrize("typed", [
    "WX-BR01-20261122-007", "wx-br01-20261122-007", " WX-BR01-20261122-007\r",
    "ＷＸ－ＢＲ０１－２０２６１１２２－００７",
])  # fmt: skip
def test_scanned_order_number_gives_that_order_first(db: Database, zhang, typed: str) -> None:
    made = _orders(db, zhang, "WX-BR01-20261122-007", "WX-BR01-20261122-0071",
                   "WX-BR01-20261122-006")
    first = _find(db, typed)[0]
    assert (first.kind, first.ref, first.rank) == ("order", made["WX-BR01-20261122-007"], EXACT)
    assert (first.name, first.phone, first.plate) == ("张三", "13800138000", "湘A12345")
    assert first.number == "WX-BR01-20261122-007"
    assert first.detail.startswith("WX-BR01-20261122-007 in_progress 2026-11-2")


def test_order_number_prefix_lists_newest_first(db: Database, zhang) -> None:
    made = _orders(db, zhang, "WX-BR01-20261121-001", "WX-BR01-20261122-001",
                   "WX-BR01-20261122-002", "WX-BR02-20261122-001")
    other_car = _car(db, "湘A00001", zhang[0])  # its plate sorts first; its order is oldest
    with db.write() as s:
        s.get_one(WorkOrder, made["WX-BR01-20261121-001"]).vehicle_id = other_car
    hits = _find(db, "WX-BR01-202611")
    assert [h.number for h in hits] == [
        "WX-BR01-20261122-002", "WX-BR01-20261122-001", "WX-BR01-20261121-001"]
    assert all(h.kind == "order" and h.rank == PREFIX for h in hits)
    assert {h.ref for h in _find(db, "WX-")} == set(made.values())


def test_plate_typed_with_a_dash_is_still_a_plate(db: Database, zhang) -> None:
    first = _find(db, "A-12345")[0]
    assert (first.kind, first.ref) == ("vehicle", zhang[1])


# --- the index follows every change ---------------------------------------------------------


def test_rename_changes_customer_and_car_entries(db: Database, zhang) -> None:
    with db.write() as s:
        s.get_one(Customer, zhang[0]).name = "张小三"
    assert _refs(db, "zhangxiaosan") == list(zhang)
    assert _refs(db, "zhangsan") == []
    assert {h.name for h in _find(db, "湘A12345")} == {"张小三"}


def test_phone_change_reaches_the_car(db: Database, zhang) -> None:
    with db.write() as s:
        c = s.get_one(Customer, zhang[0])
        c.phones = [CustomerPhone(number="13911112222", position=0)]  # the old ones are orphans
    assert _find(db, "13800138000") == []
    assert _find(db, "84001234") == []
    assert set(_refs(db, "13911112222")) == set(zhang)
    assert _find(db, "湘A12345")[0].phone == "13911112222"


def test_adding_a_phone_row_directly(db: Database, zhang) -> None:
    with db.write() as s:
        s.add(CustomerPhone(customer_id=zhang[0], number="18612345678", position=5))
    assert set(_refs(db, "18612345678")) == set(zhang)


def test_ownership_transfer_moves_the_car(db: Database, zhang) -> None:
    li = _customer(db, "李四", "13900139000")
    with db.write() as s:
        current = s.scalars(select(VehicleOwnership)
                            .where(VehicleOwnership.vehicle_id == zhang[1])).one()
        current.ended_on = date(2026, 1, 1)
        s.add(VehicleOwnership(vehicle_id=zhang[1], customer_id=li,
                               started_on=date(2026, 1, 1)))
    car = _find(db, "湘A12345")[0]
    assert (car.ref, car.name, car.phone) == (zhang[1], "李四", "13900139000")
    assert _refs(db, "zhangsan") == [zhang[0]]  # the car is no longer found by the old owner
    assert _find(db, "zhangsan")[0].plate == ""
    assert set(_refs(db, "lisi")) == {li, zhang[1]}
    assert _find(db, "lisi")[0].plate == "湘A12345"


def test_plate_change_reaches_the_owner(db: Database, zhang) -> None:
    with db.write() as s:
        s.get_one(Vehicle, zhang[1]).plate = "湘B88888"
    assert _find(db, "湘A12345") == []
    assert _find(db, "zs")[0].plate == "湘B88888"


def test_deleting_car_and_customer_removes_their_entries(db: Database, zhang) -> None:
    with db.write() as s:
        for o in s.scalars(select(VehicleOwnership)):
            s.delete(o)
        s.delete(s.get_one(Vehicle, zhang[1]))
    assert _refs(db, "湘A12345") == []
    assert _find(db, "zs")[0].plate == ""
    with db.write() as s:
        s.delete(s.get_one(Customer, zhang[0]))
    assert _find(db, "zs") == []
    with db.read() as s:
        assert s.scalars(select(SearchEntry)).all() == []
        assert s.scalars(select(SearchKey)).all() == []


def test_a_search_in_the_same_unit_of_work_sees_its_changes(db: Database, zhang) -> None:
    with db.write() as s:
        s.get_one(Customer, zhang[0]).name = "张小三"
        assert [h.ref for h in search(s, "zxs")] == list(zhang)


def test_rolled_back_changes_leave_the_index_alone(db: Database, zhang) -> None:
    with pytest.raises(RuntimeError), db.write() as s:
        s.get_one(Customer, zhang[0]).name = "张小三"
        s.flush()
        raise RuntimeError("cancelled")
    assert _refs(db, "zs") == list(zhang)
    assert _find(db, "zxs") == []


def test_merged_customer_is_not_found_by_itself(database: Database, manager: Actor) -> None:
    with database.write() as s:
        keep = customers.register(s, manager, customers.CustomerForm("张三", ("13800138000",)))
        gone = customers.register(
            s, manager, customers.CustomerForm("张叁", ("13900139000",)),
            customers.vehicles.VehicleForm(plate="湘A54321"))
    with database.write() as s:
        customers.merge(s, manager, keep.customer_id, gone.customer_id)
    with database.read() as s:
        assert [h for h in search(s, "张叁") if h.kind == "customer"] == []
        assert [h.ref for h in search(s, "13900139000")] == [
            keep.customer_id, gone.vehicle_id]
        car = search(s, "湘A54321")[0]
        assert (car.ref, car.name) == (gone.vehicle_id, "张三")
        assert search(s, "zs")[0].plate == "湘A54321"


def test_reindex_and_remove_by_hand(db: Database, zhang) -> None:
    with db.write() as s:
        remove_entry(s, "customer", zhang[0])
    assert _refs(db, "zs") == [zhang[1]]
    with db.write() as s:
        reindex_customer(s, zhang[0])
    assert _refs(db, "zs") == list(zhang)


# --- rebuilding -------------------------------------------------------------------------------


def _index(database: Database) -> tuple[set[tuple], set[tuple]]:
    with database.read() as s:
        entries = {(e.kind, e.ref, e.name, e.phone, e.plate, e.detail, e.keys)
                   for e in s.scalars(select(SearchEntry))}
        keys = {(k.key, e.kind, e.ref) for k, e in s.execute(
            select(SearchKey, SearchEntry).join(SearchEntry))}
    return entries, keys


def test_rebuild_gives_the_same_index_as_incremental_updates(db: Database, zhang) -> None:
    li = _customer(db, "李四", "13900139000")
    company = _customer(db, "曾氏汽修有限公司", "073188886666", kind="company",
                        contact_person="曾小明")
    _car(db, "湘A11111", li, brand="丰田")
    _car(db, None, company, vin="LSVAA4182E2000001")
    _car(db, "湘A22222", None)  # a car whose owner is not on file
    with db.write() as s:
        s.get_one(Customer, zhang[0]).name = "张小三"
    incremental = _index(db)
    calls: list[tuple[int, int]] = []
    with db.write() as s:
        count = rebuild_index(s, lambda done, total: calls.append((done, total)))
    assert count == 3 + 4
    assert calls[0] == (0, 7) and calls[-1] == (7, 7)
    assert _index(db) == incremental
    assert _refs(db, "2000001") != [] and _refs(db, "zengxiaoming", "customer") == [company]


def test_rebuild_leaves_fts_triggers_and_key_index_working(db: Database, zhang) -> None:
    def schema() -> list[tuple]:
        with sqlite3.connect(db.engine.url.database) as raw:
            return raw.execute("SELECT type, name, sql FROM sqlite_master"
                               " ORDER BY type, name").fetchall()

    before = schema()
    with db.write() as s:
        rebuild_index(s)
    assert schema() == before
    with db.write() as s:  # the triggers keep the FTS index in step again
        s.get_one(Vehicle, zhang[1]).plate = "湘B67890"
    assert _refs(db, "6789") == [zhang[1]] and _refs(db, "2345") == []
    with sqlite3.connect(db.engine.url.database) as raw:
        raw.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")


def test_rebuild_on_an_empty_database(db: Database) -> None:
    with db.write() as s:
        assert rebuild_index(s) == 0
    _customer(db, "张三", "13800138000")
    assert len(_find(db, "zs")) == 1


# --- what callers get -------------------------------------------------------------------------


def test_result_is_json_friendly(db: Database, zhang) -> None:
    data = [r.to_dict() for r in _find(db, "zs")]
    text = json.dumps(data, ensure_ascii=False)
    assert json.loads(text)[0] == {
        "kind": "customer", "ref": str(zhang[0]), "name": "张三", "phone": "13800138000",
        "plate": "湘A12345", "detail": "", "rank": EXACT, "number": "",
    }


_TABLE_SCAN = re.compile(
    r"\bSCAN (search_keys|search_entries|vehicles|customers|customer_phones|work_orders"
    r"|vehicle_ownerships|[a-z])\b(?! VIRTUAL)")


@pytest.mark.parametrize("typed", [
    "湘A12345", "234", "zs", "张", "zhangsan", "13800138000", "WX-BR01-2026", "A-12345",
])  # fmt: skip
def test_query_seeks_indexes_and_never_scans_a_table(db: Database, zhang, typed: str) -> None:
    sql, params = search_floor_sql(typed)  # type: ignore[misc]
    with sqlite3.connect(db.engine.url.database) as raw:
        plan = [row[3] for row in raw.execute("EXPLAIN QUERY PLAN " + sql, params)]
    aliases = {"x", "y", "z", "a", "b"}  # the LIMITed seeks, run as co-routines
    scans = [p for p in plan if p.startswith("SCAN ")
             and p.split()[1] not in aliases and "VIRTUAL TABLE" not in p]
    assert scans == [], plan
    assert any("ix_search_keys_key" in p for p in plan)


def test_floor_statement_gives_the_same_rows_as_search(db: Database, zhang) -> None:
    sql, params = search_floor_sql("湘A12345")  # type: ignore[misc]
    with sqlite3.connect(db.engine.url.database) as raw:
        rows = raw.execute(sql, params).fetchall()
    assert {uuid.UUID(r[2]) for r in rows} == {r.ref for r in _find(db, "湘A12345")}
    assert search_floor_sql("z") is None


def test_every_database_the_program_opens_keeps_its_search_index(tmp_path: Path) -> None:
    # Opened the program's way (app.bootstrap.connect), even without the rest of bootstrap,
    # a new customer is found at once; a database opened with no hooks on purpose keeps none,
    # and its hooks (none) do not leak into or out of the other database's units of work.
    url = str(tmp_path / "shop.db")
    program = connect(url)
    ensure_current(program.engine, None)
    bare = Database.open(url, hooks=())
    try:
        _customer(program, "欧阳娜娜", "13911112222")
        with program.read() as s:
            assert [r.name for r in search(s, "13911112222")] == ["欧阳娜娜"]
        _customer(bare, "司马光", "13733334444")
        with program.read() as s:
            assert search(s, "13733334444") == []
        with pytest.raises(TypeError):
            Database.open(url)  # type: ignore[call-arg]  # forgetting the hooks is an error
    finally:
        bare.dispose()
        program.dispose()
