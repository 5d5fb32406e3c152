"""The several-workstations path on a real PostgreSQL server (tests/pg_server.py, no mocks).

The program logs in as an ordinary role that owns its database (not a superuser) over TCP with
a password taken from the OS keyring, the way a shop's workstations do. Every test gets its own
database (tests/db/conftest.py); all are skipped, with the reason, where PostgreSQL is not
installed.
"""

from __future__ import annotations

import inspect
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from types import ModuleType

import pytest
from sqlalchemy import func, insert, select, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError, StatementError

from app.bootstrap import UNIT_OF_WORK, connect
from app.services import auth, customers, files, shop
from app.services.actor import Actor
from app.services.customers import CustomerForm
from app.services.vehicles import VehicleForm
from db.engine import KEYRING_SERVICE, Database, keyring_account, make_engine
from db.migrate import current_revision, ensure_current
from db.migrations import HEAD
from db.models import (
    AuditLog,
    Base,
    Branch,
    Customer,
    CustomerPhone,
    SearchEntry,
    Setting,
    Vehicle,
)
from tests.app import test_auth, test_customers, test_progress, test_search, test_shop
from tests.app.test_search import zhang  # noqa: F401  (a fixture of the reused search tests)
from tests.pg_server import PgServer, wait_until

TRGM_INDEX = "ix_search_entries_keys_trgm"
# Indexes only the migration knows (db/models.py cannot say them): the trigram index for
# any-part matches, and byte-order ("C") copies of two btree indexes for the prefix seeks.
POSTGRES_ONLY_INDEXES = {TRGM_INDEX, "ix_search_keys_key_c", "ix_work_orders_number_c"}


def _without_password(url: URL) -> URL:
    return url._replace(password=None)


def _store_password(keyring_backend, url: URL) -> URL:  # type: ignore[no-untyped-def]
    """Put the URL's password into the keyring under the entry the engine looks up; return the
    URL as the workstation setting keeps it (no password)."""
    plain = _without_password(url)
    keyring_backend.set_password(KEYRING_SERVICE, keyring_account(plain), url.password)
    return plain


@pytest.fixture
def database(pg_url: URL, memory_keyring) -> Iterator[Database]:  # type: ignore[no-untyped-def]
    """The program's database on PostgreSQL, opened as `app.bootstrap` opens it (this module's
    `admin`, `advisor` and `manager` fixtures set up their shop here)."""
    from app.bootstrap import open_database, prepare
    from app.config import paths

    setting = _store_password(memory_keyring, pg_url).render_as_string(hide_password=False)
    assert "@" in setting and ":" + str(pg_url.password) not in setting
    db, where = open_database(setting, paths())
    prepare(db, where)
    yield db
    db.dispose()


def _scalar(url: URL, sql: str, **params: object) -> object:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql), params).scalar()
    finally:
        engine.dispose()


# -- schema ------------------------------------------------------------------------------------


def test_migrations_create_the_schema_on_an_empty_database(
    pg_empty_url: URL, tmp_path: Path
) -> None:
    engine = make_engine(pg_empty_url)
    try:
        assert current_revision(engine) is None
        result = ensure_current(engine, tmp_path / "backups")
        assert (result.before, result.after, result.backup) == (None, HEAD, None)
        assert current_revision(engine) == HEAD
        assert ensure_current(engine, tmp_path / "backups").before == HEAD  # nothing to do
        with engine.connect() as conn:
            tables = set(conn.execute(text(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars())
            extensions = set(conn.execute(text("SELECT extname FROM pg_extension")).scalars())
            indexes = dict(conn.execute(text(
                "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'")).all())
            superuser = conn.execute(text(
                "SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar()
    finally:
        engine.dispose()
    assert tables == set(Base.metadata.tables) | {"alembic_version"}
    assert "pg_trgm" in extensions
    assert "USING gin (keys gin_trgm_ops)" in indexes[TRGM_INDEX]
    assert 'USING btree (key COLLATE "C", entry_id)' in indexes["ix_search_keys_key_c"]
    assert set(indexes) >= POSTGRES_ONLY_INDEXES
    assert superuser is False  # pg_trgm is a trusted extension: a database owner may add it
    assert not (tmp_path / "backups").exists()


def test_migrated_schema_matches_the_models(pg_url: URL) -> None:
    """Alembic's own comparison finds nothing between the migrations and db/models.py on
    PostgreSQL (types, nullability, indexes, constraints), except the indexes that only the
    migration knows."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = make_engine(pg_url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            diffs = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    leftover = [d for d in diffs
                if not (d[0] == "remove_index" and d[1].name in POSTGRES_ONLY_INDEXES)]
    assert leftover == []


def test_migration_downgrades_and_upgrades_again(pg_url: URL) -> None:
    from alembic import command

    from db.migrate import alembic_config, upgrade

    engine = make_engine(pg_url)
    try:
        config = alembic_config(engine)
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "base")
        assert current_revision(engine) is None
        upgrade(engine)
        assert current_revision(engine) == HEAD
    finally:
        engine.dispose()
    assert _scalar(pg_url, "SELECT count(*) FROM pg_indexes WHERE indexname = ANY(:n)",
                   n=sorted(POSTGRES_ONLY_INDEXES)) == len(POSTGRES_ONLY_INDEXES)


MIGRATE = """
import sys
from db.engine import make_engine
from db.migrate import ensure_current
engine = make_engine(sys.argv[1])
print(ensure_current(engine, None).after)
"""


@pytest.mark.slow
def test_workstations_starting_together_upgrade_the_schema_once(
    pg_server: PgServer, pg_empty_url: URL
) -> None:
    """After a program update every PC of the shop starts the new version at 8 o'clock:
    one upgrades the shared database, the others wait for it and find it current."""
    # Hold the schema so both programs are inside their migration before either can finish.
    blocker = pg_server.admin_connect(pg_empty_url.database)
    blocker.autocommit = False
    blocker.execute("DROP SCHEMA public CASCADE")  # rolled back below; locks the schema
    url = pg_empty_url.render_as_string(hide_password=False)
    programs = [subprocess.Popen([sys.executable, "-c", MIGRATE, url], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True) for _ in range(2)]
    try:
        assert wait_until(lambda: _waiting_on_locks(pg_server, pg_empty_url.database) == 2, 60)
    finally:
        blocker.rollback()
        blocker.close()
    outcomes = [p.communicate(timeout=60) for p in programs]
    assert [(p.returncode, out.strip()) for p, (out, _) in zip(programs, outcomes, strict=True)]\
        == [(0, HEAD), (0, HEAD)], [err[-600:] for _, err in outcomes]
    assert _scalar(pg_empty_url, "SELECT version_num FROM alembic_version") == HEAD


def _waiting_on_locks(server: PgServer, dbname: str) -> int:
    return int(server.admin(
        "SELECT count(*) FROM pg_stat_activity "
        f"WHERE datname = '{dbname}' AND wait_event_type = 'Lock'")[0][0])


# -- types -------------------------------------------------------------------------------------


def test_models_round_trip(database: Database) -> None:
    """UUID keys, aware UTC times and JSON come back as they went in, whatever the server's
    own time zone (a Chinese server runs on Asia/Shanghai)."""
    shanghai = timezone(timedelta(hours=8))
    at = datetime(2026, 11, 22, 9, 30, 15, 123456, tzinfo=shanghai)
    snapshot = {"name": "张三", "phones": ["13800138000"], "total_fen": 123456,
                "nested": {"ok": True, "none": None, "ratio": 0.5}}
    with database.engine.connect() as conn:
        conn.execute(text(f'ALTER DATABASE "{database.url.database}" '
                          "SET timezone TO 'Asia/Shanghai'"))
        conn.commit()
    database.engine.dispose()  # new connections pick the setting up
    with database.write() as s:
        branch = Branch(code="BR01", name="长沙星沙汽修", created_at=at)
        s.add(branch)
        s.flush()
        log = AuditLog(at=at, entity="shop", entity_id=str(branch.id), action="set_up",
                       before=None, after=snapshot)
        s.add(log)
        s.add_all([Setting(key="list", value=[1, "二", None]), Setting(key="number", value=13),
                   Setting(key="null", value=None)])
        s.flush()
        branch_id, log_id = branch.id, log.id
    with database.read() as s:
        assert s.scalar(text("SHOW timezone")) == "Asia/Shanghai"
        branch = s.get_one(Branch, branch_id)
        log = s.get_one(AuditLog, log_id)
        loaded_id, created_at = branch.id, branch.created_at
        logged_at, before, after = log.at, log.before, log.after
        settings = {row.key: row.value for row in s.scalars(select(Setting))}
        found = s.scalar(select(AuditLog.id).where(AuditLog.at == at.astimezone(UTC)))
        raw = s.execute(text("SELECT at, pg_typeof(at)::text, pg_typeof(id)::text "
                             "FROM audit_log")).one()
    assert isinstance(loaded_id, uuid.UUID) and loaded_id == branch_id
    assert created_at == at and created_at.tzinfo is UTC
    assert logged_at == at and logged_at.utcoffset() == timedelta(0)
    assert after == snapshot and before is None
    assert settings == {"list": [1, "二", None], "number": 13, "null": None}
    assert found == log_id
    # Stored as naive UTC, as on SQLite: 09:30 in Shanghai is 01:30 UTC.
    assert raw == (datetime(2026, 11, 22, 1, 30, 15, 123456),
                   "timestamp without time zone", "uuid")


def test_naive_datetimes_are_refused(database: Database) -> None:
    with pytest.raises(StatementError, match="naive datetime"), database.write() as s:
        s.add(Branch(code="BR01", name="x", created_at=datetime(2026, 1, 1)))


# -- the server's password ---------------------------------------------------------------------


@pytest.mark.parametrize("password", ["s3cret-only-letters", "p@ss:w/rd%40#?密码 1"])
def test_password_comes_from_the_keyring(
    pg_server: PgServer, pg_empty_url: URL, memory_keyring,  # type: ignore[no-untyped-def]
    password: str, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The workstation keeps a URL without password; the password is in the OS keyring.
    Characters that URLs and Alembic's config file treat specially must survive both."""
    from psycopg import sql

    monkeypatch.delenv("PGPASSWORD", raising=False)  # libpq's own fallbacks stay out of it
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")

    role = f"{pg_empty_url.database}_desk"  # a login of its own, owning the test's database
    with pg_server.admin_connect() as conn:
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
            sql.Identifier(role), sql.Literal(password)))
        conn.execute(sql.SQL("ALTER DATABASE {} OWNER TO {}").format(
            sql.Identifier(pg_empty_url.database), sql.Identifier(role)))
    setting = pg_empty_url._replace(username=role, password=None)

    nothing_stored = connect(setting)
    with pytest.raises(OperationalError, match="password"):
        nothing_stored.engine.connect().close()
    nothing_stored.dispose()

    _store_password(memory_keyring, setting._replace(password=password))
    database = connect(setting.render_as_string(hide_password=False))
    try:
        assert ensure_current(database.engine, None).after == HEAD  # Alembic gets it too
        with database.read() as s:
            assert s.scalar(text("SELECT current_user")) == role
        assert password not in database.describe()
        assert password not in repr(database.engine.url)
        assert database.describe() == f"postgresql://127.0.0.1/{pg_empty_url.database}"
    finally:
        database.dispose()


# -- several workstations at once --------------------------------------------------------------


def _other_workstation(database: Database) -> Database:
    """A second program on another PC: its own engine and connection pool."""
    return Database(make_engine(database.url), hooks=UNIT_OF_WORK)


def _backend_waiting_on_a_lock(database: Database) -> bool:
    with database.engine.connect() as conn:
        return bool(conn.execute(text(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND wait_event_type = 'Lock'")).scalar())


def test_document_counter_row_is_locked_while_a_number_is_taken(
    database: Database, admin: Actor
) -> None:
    """Read-then-write on two workstations: the second waits on the first's row lock
    (SELECT ... FOR UPDATE) instead of reading the same last number."""
    day = date(2026, 11, 22)
    with database.write() as s:
        assert shop.next_document_number(s, "WX", day).endswith("-001")
    first_holds_lock, release = threading.Event(), threading.Event()
    results: dict[str, str] = {}

    def first() -> None:
        with database.write() as s:
            results["first"] = shop.next_document_number(s, "WX", day)
            first_holds_lock.set()
            release.wait(30)

    other = _other_workstation(database)

    def second() -> None:
        with other.write() as s:
            results["second"] = shop.next_document_number(s, "WX", day)

    t1 = threading.Thread(target=first)
    t1.start()
    assert first_holds_lock.wait(30)
    t2 = threading.Thread(target=second)
    t2.start()
    try:
        assert wait_until(lambda: _backend_waiting_on_a_lock(database))
        assert "second" not in results
    finally:
        release.set()
        t1.join(30)
        t2.join(30)
        other.dispose()
    assert results == {"first": "WX-BR01-20261122-002", "second": "WX-BR01-20261122-003"}


def test_two_workstations_never_get_the_same_number(database: Database, admin: Actor) -> None:
    day, per_thread = date(2026, 11, 22), 25
    with database.write() as s:
        shop.next_document_number(s, "WX", day)  # the day's counter row exists
    got: list[str] = []
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def workstation(db: Database) -> None:
        try:
            start.wait(30)
            for _ in range(per_thread):
                with db.write() as s:
                    got.append(shop.next_document_number(s, "WX", day))
        except BaseException as e:
            errors.append(e)

    others = [_other_workstation(database) for _ in range(2)]
    threads = [threading.Thread(target=workstation, args=(db,)) for db in others]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    for db in others:
        db.dispose()
    assert errors == []
    assert sorted(got) == [f"WX-BR01-20261122-{n:03d}" for n in range(2, 2 + 2 * per_thread)]


def test_first_number_of_the_day_on_two_workstations(database: Database, admin: Actor) -> None:
    """No counter row yet: both read "none", both insert; the second must still get 002."""
    day = date(2026, 11, 23)
    first_inserted, release = threading.Event(), threading.Event()
    results: dict[str, object] = {}

    def first() -> None:
        with database.write() as s:
            results["first"] = shop.next_document_number(s, "WX", day)
            first_inserted.set()
            release.wait(30)

    other = _other_workstation(database)

    def second() -> None:
        try:
            with other.write() as s:
                results["second"] = shop.next_document_number(s, "WX", day)
        except Exception as e:
            results["second"] = e

    t1 = threading.Thread(target=first)
    t1.start()
    assert first_inserted.wait(30)
    t2 = threading.Thread(target=second)
    t2.start()
    assert wait_until(lambda: _backend_waiting_on_a_lock(database))
    release.set()
    t1.join(30)
    t2.join(30)
    other.dispose()
    if isinstance(results.get("second"), Exception):
        raise results["second"]  # type: ignore[misc]
    assert results == {"first": "WX-BR01-20261123-001", "second": "WX-BR01-20261123-002"}


# -- the service layer -------------------------------------------------------------------------


def test_front_desk_day_on_postgres(database: Database, admin: Actor, advisor: Actor) -> None:
    """Shop set up, customers and their cars registered, files read back, duplicates caught."""
    with database.read() as s:
        assert shop.is_set_up(s) and shop.profile(s).branch_code == "BR01"
        assert isinstance(auth.login(s, "lily", "lily-pass-1"), Actor)
    people = [
        (CustomerForm("张三", ("138 0013 8000",)), VehicleForm(plate="湘A·12345", brand="大众")),
        (CustomerForm("李四", ("13900139000", "0731-84001234")), VehicleForm(plate="湘AD12345")),
        (CustomerForm("长沙通达物流有限公司", ("13700137000",), kind="company"),
         VehicleForm(plate="湘A9876学")),
    ]
    done = []
    for person, car in people:
        with database.write() as s:
            done.append(customers.register(s, advisor, person, car, today=date(2026, 11, 22)))
    with database.read() as s:
        zhang = files.customer_file(s, done[0].customer_id)
        car = files.vehicle_file(s, done[1].vehicle_id)
        phones = s.scalars(select(CustomerPhone.number).order_by(CustomerPhone.number)).all()
    assert zhang.name == "张三" and [v.plate for v in zhang.vehicles] == ["湘A12345"]
    assert zhang.created_at.tzinfo is UTC
    assert car.plate == "湘AD12345" and car.owner.name == "李四"
    assert phones == ["073184001234", "13700137000", "13800138000", "13900139000"]
    with pytest.raises(customers.DuplicateFound), database.write() as s:
        customers.register(s, advisor, CustomerForm("张小三", ("13800138000",)),
                           VehicleForm(plate="湘A 12345"))
    with database.read() as s:
        assert s.scalar(select(func.count(Customer.id))) == 3
        assert s.scalar(select(func.count(Vehicle.id))) == 3


# -- global search -----------------------------------------------------------------------------


def test_search_finds_registered_customers_on_postgres(
    database: Database, advisor: Actor
) -> None:
    """Registered through the services, found by what the desk types: plate, a plate's middle,
    a phone's digits, pinyin initials, a VIN's tail."""
    from app.services.search import ANY_PART, EXACT, PREFIX, search

    with database.write() as s:
        zhang = customers.register(
            s, advisor, CustomerForm("张三", ("138 0013 8000",)),
            VehicleForm(plate="湘A·12345", vin="LFV2A21K5A3987654", vin_confirmed=True))
        li = customers.register(s, advisor, CustomerForm("李四", ("13900139000",)),
                                VehicleForm(plate="湘A67890"))

    def found(typed: str) -> list[tuple[str, uuid.UUID, int]]:
        with database.read() as s:
            return [(r.kind, r.ref, r.rank) for r in search(s, typed)]

    assert found("湘A12345")[0] == ("vehicle", zhang.vehicle_id, EXACT)
    assert found("a123")[0] == ("vehicle", zhang.vehicle_id, PREFIX)
    assert ("vehicle", zhang.vehicle_id, ANY_PART) in found("234")  # a plate's middle
    assert found("0138")[:2] == [("customer", zhang.customer_id, ANY_PART),
                                 ("vehicle", zhang.vehicle_id, ANY_PART)]
    assert found("zs")[0] == ("customer", zhang.customer_id, EXACT)
    assert found("ls")[0] == ("customer", li.customer_id, EXACT)
    assert found("李")[0][:2] == ("customer", li.customer_id)
    assert found("987654")[0] == ("vehicle", zhang.vehicle_id, EXACT)


def test_migration_0010_reindexes_polyphonic_surnames_on_postgres(
    database: Database, advisor: Actor
) -> None:
    """A server indexed under the old rules (卜凡 only as "bofan") finds "bufan" after 0010."""
    from app.services.search import search

    with database.write() as s:
        bu = customers.register(s, advisor, CustomerForm("卜凡", ("13600136002",)),
                                VehicleForm(plate="湘A61234"))
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE search_entries SET keys = replace(keys, 'bufan', 'bofan')"))
        conn.execute(text("DELETE FROM search_keys WHERE key = 'bufan'"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0009'"))

    def found(typed: str) -> list[uuid.UUID]:
        with database.read() as s:
            return [r.ref for r in search(s, typed)]

    assert found("bufan") == []
    assert ensure_current(database.engine, None).before == "0009"
    assert found("bufan") == [bu.customer_id, bu.vehicle_id]
    assert found("bofan") == [bu.customer_id, bu.vehicle_id]
    assert found("ufa")[:2] == [bu.customer_id, bu.vehicle_id]  # any part, via pg_trgm


def test_search_on_a_server_with_chinese_collation(
    pg_chinese_url: URL, memory_keyring  # type: ignore[no-untyped-def]
) -> None:
    """A server set up with a Chinese locale sorts by pinyin: there "张三" is not between "张"
    and the next code point, so the prefix seeks must compare byte-wise (COLLATE "C"), and
    the indexes they use must have that collation too."""
    from app.bootstrap import open_database, prepare
    from app.config import paths
    from app.services.search import search
    from tests.app.test_search import _customer

    setting = _store_password(memory_keyring, pg_chinese_url)
    database, where = open_database(setting.render_as_string(hide_password=False), paths())
    try:
        prepare(database, where)
        with database.read() as s:
            assert s.scalar(text("SELECT '张三' < '张' || chr(ascii('张') + 1)")) is False
        zhang = _customer(database, "张三", "13800138000")
        zhang_wei = _customer(database, "张伟", "13800138001")
        zhang_hua = _customer(database, "章华", "13800138002")  # also "zhang", another surname
        with database.read() as s:
            by_surname = {r.ref for r in search(s, "张")}
            by_pinyin = {r.ref for r in search(s, "zhang")}
        assert by_surname == {zhang, zhang_wei}
        assert by_pinyin == {zhang, zhang_wei, zhang_hua}
        plan = _plan_of_search(database, "zhang", "enable_seqscan = off")
        assert "ix_search_keys_key_c" in plan, plan
    finally:
        database.dispose()


def test_search_entry_follows_edits_from_two_workstations(
    database: Database, advisor: Actor
) -> None:
    """One desk renames a customer while another adds a car for them: the entry shows both
    (the second waits for the first and reindexes from what it committed, not from before)."""
    from app.services import search_index, vehicles
    with database.write() as s:
        cid = customers.register(s, advisor, CustomerForm("张三", ("13800138000",)), None
                                 ).customer_id
    renamed, release = threading.Event(), threading.Event()

    def rename() -> None:
        with database.write() as s:
            customers.update(s, advisor, cid, CustomerForm("张三丰", ("13800138000",)))
            search_index.reindex_customer(s, cid)
            renamed.set()
            release.wait(30)

    other = _other_workstation(database)
    search_index.install_auto_index(other)

    def add_car() -> None:
        with other.write() as s:
            vehicles.add(s, advisor, cid, VehicleForm(plate="湘A54321"))

    t1 = threading.Thread(target=rename)
    t1.start()
    assert renamed.wait(30)
    t2 = threading.Thread(target=add_car)
    t2.start()
    try:
        assert wait_until(lambda: _backend_waiting_on_a_lock(database))
    finally:
        release.set()
        t1.join(30)
        t2.join(30)
        other.dispose()
    with database.read() as s:
        entries = set(s.execute(select(SearchEntry.kind, SearchEntry.name, SearchEntry.plate)))
    assert entries == {("customer", "张三丰", "湘A54321"), ("vehicle", "张三丰", "湘A54321")}


def test_two_workstations_saving_one_customer_at_once(database: Database, advisor: Actor) -> None:
    """Both forms loaded version 1; the second save waits for the first's row lock, then is
    refused as stale (it read the row only after the first committed), never a silent revert."""
    from app.services.versions import StaleRecord

    with database.write() as s:
        cid = customers.register(s, advisor, CustomerForm("张三", ("13800138000",)), None
                                 ).customer_id
    loaded = customers.editing(database, cid).stamp
    saved, release = threading.Event(), threading.Event()
    results: dict[str, object] = {}

    def first() -> None:
        with database.write() as s:
            customers.update(s, advisor, cid, CustomerForm("张三丰", ("13800138000",)),
                             loaded=loaded)
            saved.set()
            release.wait(30)

    other = _other_workstation(database)

    def second() -> None:
        try:
            with other.write() as s:
                customers.update(s, advisor, cid,
                                 CustomerForm("张三", ("13800138000",), note="老客户"),
                                 loaded=loaded)
            results["second"] = "saved"
        except StaleRecord as e:
            results["second"] = e.fields

    t1 = threading.Thread(target=first)
    t1.start()
    assert saved.wait(30)
    t2 = threading.Thread(target=second)
    t2.start()
    try:
        assert wait_until(lambda: _backend_waiting_on_a_lock(database))
    finally:
        release.set()
        t1.join(30)
        t2.join(30)
        other.dispose()
    assert results == {"second": ("name",)}
    assert customers.editing(database, cid).form.name == "张三丰"


def test_rebuilt_index_equals_the_incremental_one(database: Database, advisor: Actor) -> None:
    from app.services.search import search
    from app.services.search_index import rebuild_index

    for i, name in enumerate(["张三", "李四", "王五"]):
        with database.write() as s:
            customers.register(s, advisor, CustomerForm(name, (f"1380013800{i}",)),
                               VehicleForm(plate=f"湘A1234{i}"))
    incremental = _search_index(database)
    with database.write() as s:
        assert rebuild_index(s) == 6
    assert _search_index(database) == incremental
    with database.write() as s:  # the id sequence was moved past the rebuilt rows
        later = customers.register(s, advisor, CustomerForm("赵六", ("13700137000",)), None)
    with database.read() as s:
        assert [r.ref for r in search(s, "zhaoliu")] == [later.customer_id]


def _search_index(database: Database) -> set[tuple[object, ...]]:
    with database.read() as s:
        return set(s.execute(text(
            "SELECT e.kind, e.ref, e.name, e.phone, e.plate, e.detail, e.keys, k.key"
            " FROM search_entries e LEFT JOIN search_keys k ON k.entry_id = e.id")).all())


def _fill(database: Database, cars: int) -> None:
    """A branch's worth of customers, each with a phone and a car, and a work order per car."""
    import random

    from app.services.search_index import rebuild_index
    from db.models import VehicleOwnership, WorkOrder

    rnd = random.Random(2026)
    surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
    given = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚"
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ" + "0123456789" * 3
    rows: dict[type, list[dict[str, object]]] = {Customer: [], CustomerPhone: [], Vehicle: [],
                                                 VehicleOwnership: [], WorkOrder: []}
    with database.write() as s:
        branch = s.scalar(select(Branch.id))
    for i in range(cars):
        cid, vid = uuid.uuid4(), uuid.uuid4()
        rows[Customer].append({"id": cid, "name": rnd.choice(surnames) + rnd.choice(given)})
        rows[CustomerPhone].append({"customer_id": cid,
                                    "number": "13" + str(rnd.randrange(10**9)).zfill(9)})
        rows[Vehicle].append({"id": vid, "plate": "湘" + rnd.choice("ABCDEF") + "".join(
            rnd.choice(letters) for _ in range(5))})
        rows[VehicleOwnership].append({"vehicle_id": vid, "customer_id": cid,
                                       "started_on": date(2024, 1, 1)})
        rows[WorkOrder].append({"number": f"WX-BR01-2026{1 + i // 900:02d}{10 + i % 900 // 50:02d}"
                                          f"-{i % 50 + 1:03d}", "branch_id": branch,
                                "vehicle_id": vid, "customer_id": cid})
    with database.write() as s:
        for model, values in rows.items():
            s.execute(insert(model), values)
    with database.write() as s:
        rebuild_index(s)
    with database.engine.connect() as conn:
        conn.execute(text("ANALYZE"))
        conn.commit()


def _plan_of_search(database: Database, typed: str, *settings: str) -> str:
    """EXPLAIN of the very statement `search` sends for `typed` (caught on its way out)."""
    from sqlalchemy import event

    from app.services.search import search

    sent: list[tuple[str, object]] = []

    def catch(_conn, _cursor, statement, parameters, _context, _many):  # type: ignore[no-untyped-def]
        sent.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", catch)
    try:
        with database.read() as s:
            search(s, typed)
    finally:
        event.remove(database.engine, "before_cursor_execute", catch)
    statement, parameters = sent[-1]
    with database.engine.begin() as conn:
        for setting in settings:
            conn.exec_driver_sql(f"SET LOCAL {setting}")
        rows = conn.exec_driver_sql("EXPLAIN " + statement, parameters).scalars()
        return "\n".join(rows)


@pytest.mark.slow
def test_search_statements_use_the_indexes(database: Database, admin: Actor) -> None:
    """On 5,000 cars, their owners and orders: the exact and prefix seeks use the btree
    indexes, and the any-part match can use the trigram index."""
    _fill(database, 5000)
    for typed in ("湘a1", "zs", "13812", "wang"):
        plan = _plan_of_search(database, typed)
        assert "Seq Scan on search_keys" not in plan, plan
        assert "ix_search_keys_key_c" in plan, plan
    plan = _plan_of_search(database, "WX-BR01-202601")  # an order number's beginning
    assert "ix_work_orders_number_c" in plan, plan
    # With this few rows the planner may still prefer reading search_entries whole; what
    # matters is that the trigram index serves the any-part match once the table grows.
    for typed in ("0013", "a12", "王伟芳"):
        plan = _plan_of_search(database, typed, "enable_seqscan = off")
        assert f"Bitmap Index Scan on {TRGM_INDEX}" in plan, plan
        assert "Seq Scan" not in plan, plan


# The service tests written for SQLite run here again, unchanged, on PostgreSQL: this module's
# `database` (and `db`) fixture stands in for the SQLite file, and so `admin`, `advisor` and
# `manager` set up their shop on PostgreSQL too. Tests that open the file with sqlite3 stay
# SQLite-only; their PostgreSQL counterparts are written above.
@pytest.fixture
def db(database: Database) -> Database:
    return database


def _reuse(module: ModuleType) -> None:
    short = module.__name__.rsplit(".", 1)[1].removeprefix("test_")
    for name, test in list(vars(module).items()):
        if not name.startswith("test_") or not callable(test):
            continue
        wants_db = {"database", "db"} & set(inspect.signature(test).parameters)
        if wants_db and "sqlite" not in inspect.getsource(test):
            globals()[f"test_on_postgres_{short}_{name.removeprefix('test_')}"] = test


for _module in (test_shop, test_auth, test_customers, test_search, test_progress):
    _reuse(_module)
