"""The demo shop: valid identifiers, consistent money and history, repeatable, careful."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.bootstrap import connect
from app.demo import DEMO_END, USERS, DemoRefused, write_demo
from app.domain.phone import check_phone
from app.domain.plate import check_plate
from app.domain.vin import check_vin
from app.domain.workorder import CATEGORY_NAMES, FUEL_NAMES, STATUS_NAMES


@pytest.fixture(scope="module", autouse=True)
def quick_password_hashing():  # type: ignore[no-untyped-def]
    """Each demo hashes ten passwords; the tests need argon2, not its full cost, for them."""
    from argon2 import PasswordHasher

    from app.services import auth

    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(auth, "_hasher", lambda: cheap)
        yield


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A year of a small shop: long enough for cars to come back and change hands."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    write_demo(str(path), years=1, cars_per_day=4, seed=7, out=None)
    return path


@pytest.fixture
def rows(demo_path: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(demo_path)
    yield conn
    conn.close()


def test_every_vin_has_a_correct_check_digit_and_the_cars_model_year(rows) -> None:
    cars = rows.execute("SELECT vin, year FROM vehicles").fetchall()
    assert len(cars) > 500
    for vin, year in cars:
        checked = check_vin(vin, today=DEMO_END)
        assert checked.check_digit_ok, vin
        assert checked.model_year == year, vin
    wmis = {vin[:3] for vin, _ in cars}
    assert {"LSV", "LFV", "LGB"} & wmis  # brands' own makers, not made-up codes
    assert len({vin for vin, _ in cars}) == len(cars)


def test_plates_are_valid_and_green_for_electric_cars(rows) -> None:
    cars = rows.execute("SELECT plate, fuel_type FROM vehicles").fetchall()
    prefixes: dict[str, int] = {}
    for plate, fuel in cars:
        checked = check_plate(plate)
        assert checked.text == plate
        assert (checked.kind == "new_energy") == (fuel in ("electric", "phev")), plate
        assert fuel in FUEL_NAMES
        prefixes[plate[:2]] = prefixes.get(plate[:2], 0) + 1
    assert max(prefixes, key=prefixes.__getitem__) == "湘A"
    assert len(prefixes) > 3  # other Hunan cities and other provinces too
    assert len({p for p, _ in cars}) == len(cars)


def test_phones_are_valid_and_never_shared(rows) -> None:
    phones = rows.execute("SELECT number, kind FROM customer_phones").fetchall()
    for number, kind in phones:
        checked = check_phone(number)
        assert (checked.digits, checked.kind) == (number, kind)
    assert len({n for n, _ in phones}) == len(phones)
    assert {k for _, k in phones} == {"mobile", "landline"}


def test_customers_are_people_and_companies_with_chinese_names(rows) -> None:
    kinds = dict(rows.execute("SELECT kind, count(*) FROM customers GROUP BY kind").fetchall())
    assert kinds["person"] > 10 * kinds["company"] > 0
    names = [n for (n,) in rows.execute("SELECT name FROM customers WHERE kind = 'person'")]
    assert all(2 <= len(n) <= 10 for n in names)
    companies = [n for (n,) in rows.execute("SELECT name FROM customers WHERE kind = 'company'")]
    assert all(n.endswith("公司") for n in companies)


def test_order_totals_are_the_sum_of_their_charged_lines(rows) -> None:
    # Declined lines and added work still awaiting consent are kept but not charged.
    assert rows.execute(
        "SELECT count(*) FROM work_orders AS o WHERE o.total_fen != (SELECT"
        " coalesce(sum(l.total_fen), 0) FROM work_order_lines AS l WHERE l.order_id = o.id"
        " AND l.approval IN ('approved', 'pending'))"
        " OR o.total_fen != o.labor_fen + o.parts_fen + o.other_fen - o.discount_fen"
    ).fetchone() == (0,)
    assert rows.execute(
        "SELECT count(*) FROM work_order_lines WHERE approval = 'declined'").fetchone()[0] > 0
    assert rows.execute(
        "SELECT count(*) FROM work_order_lines AS l JOIN consents AS c ON c.id = l.consent_id"
        " WHERE l.added AND c.kind = 'added_work'").fetchone()[0] > 0
    lines = rows.execute(
        "SELECT quantity_milli, unit_price_fen, discount_fen, total_fen FROM work_order_lines"
    ).fetchall()
    assert len(lines) > 3000
    for quantity, price, discount, total in lines:
        assert quantity * price % 1000 == 0  # exact: no rounding hidden in a line
        assert total == quantity * price // 1000 - discount >= 0


def test_every_state_and_category_occurs_and_open_orders_are_recent(rows) -> None:
    statuses = {s for (s,) in rows.execute("SELECT DISTINCT status FROM work_orders")}
    assert statuses == set(STATUS_NAMES)
    categories = {c for (c,) in rows.execute("SELECT DISTINCT category FROM work_orders")}
    assert categories == set(CATEGORY_NAMES)
    oldest_open = rows.execute(
        "SELECT min(opened_at) FROM work_orders WHERE status NOT IN"
        " ('delivered', 'declined', 'cancelled')").fetchone()[0]
    assert date.fromisoformat(oldest_open[:10]) > date(2026, 10, 1)
    assert rows.execute(
        "SELECT count(*) FROM work_orders WHERE (closed_at IS NULL) !="
        " (status NOT IN ('delivered', 'declined', 'cancelled'))").fetchone() == (0,)


def test_status_events_retrace_each_order_up_to_now(rows) -> None:
    now = datetime(2026, 11, 22, 8, 30)  # 16:30 in Changsha, in UTC
    last = dict(rows.execute(
        "SELECT e.order_id, e.to_status FROM status_events AS e WHERE e.at = (SELECT max(at)"
        " FROM status_events AS f WHERE f.order_id = e.order_id)").fetchall())
    orders = dict(rows.execute("SELECT id, status FROM work_orders").fetchall())
    assert last == orders
    latest = rows.execute("SELECT max(at) FROM status_events").fetchone()[0]
    assert datetime.fromisoformat(latest) <= now
    firsts = rows.execute(
        "SELECT count(*) FROM status_events WHERE from_status IS NULL AND to_status = 'draft'"
    ).fetchone()[0]
    assert firsts == len(orders)


def test_order_numbers_follow_the_day_and_the_counter_continues(rows) -> None:
    numbers = rows.execute(
        "SELECT number FROM work_orders WHERE number LIKE 'WX-BR01-20261122-%' ORDER BY number"
    ).fetchall()
    assert [n for (n,) in numbers][:3] == [f"WX-BR01-20261122-00{i}" for i in (1, 2, 3)]
    counter = rows.execute(
        "SELECT last_seq FROM document_counters WHERE kind = 'WX' AND day = '2026-11-22'"
    ).fetchone()
    assert counter == (len(numbers),)


def test_some_cars_changed_hands_and_keep_their_history(demo_path: Path, rows) -> None:
    from app.services.files import vehicle_file

    sold = [v for (v,) in rows.execute(
        "SELECT vehicle_id FROM vehicle_ownerships GROUP BY vehicle_id HAVING count(*) > 1")]
    assert sold
    assert rows.execute(
        "SELECT count(*) FROM vehicle_ownerships WHERE ended_on < started_on").fetchone() == (0,)
    assert rows.execute(
        "SELECT count(*) FROM (SELECT vehicle_id FROM vehicle_ownerships WHERE ended_on IS NULL"
        " GROUP BY vehicle_id HAVING count(*) != 1)").fetchone() == (0,)
    database = connect(str(demo_path))
    try:
        with database.read() as session:
            import uuid

            car = vehicle_file(session, uuid.UUID(hex=sold[0]))
    finally:
        database.dispose()
    assert len(car.owners) >= 2 and car.owner is not None
    assert car.owners[0].name != car.owners[-1].name or car.owners[0].phone != car.owners[-1].phone
    assert car.orders and car.mileage_km == max(o.mileage_km for o in car.orders)


def test_the_shop_is_set_up_and_every_demo_login_works(demo_path: Path) -> None:
    from app.bootstrap import open_database
    from app.services import auth, shop

    database, _ = open_database(str(demo_path))
    try:
        with database.read() as session:
            assert shop.is_set_up(session)
            profile = shop.profile(session)
            assert (profile.branch_code, profile.plate_prefix) == ("BR01", "湘A")
            roles = [u.role for u in auth.list_users(session)]
        for login, _name, role, password in (USERS[0], USERS[2]):
            with database.write() as session:
                actor = auth.login(session, login, password)
            assert not isinstance(actor, auth.LoginFailed) and actor.role == role
    finally:
        database.dispose()
    assert sorted(roles) == sorted(role for _, _, role, _ in USERS)


def test_search_finds_a_generated_car_by_plate_and_its_owner_by_phone(demo_path, rows) -> None:
    from app.bootstrap import open_database
    from app.services.search import search

    plate, number = rows.execute(
        "SELECT v.plate, p.number FROM vehicles AS v"
        " JOIN vehicle_ownerships AS o ON o.vehicle_id = v.id AND o.ended_on IS NULL"
        " JOIN customer_phones AS p ON p.customer_id = o.customer_id AND p.position = 0"
        " LIMIT 1 OFFSET 17").fetchone()
    database, _ = open_database(str(demo_path))
    try:
        with database.read() as session:
            by_plate = search(session, plate)
            by_phone = search(session, number)
    finally:
        database.dispose()
    assert by_plate[0].kind == "vehicle" and by_plate[0].plate == plate
    assert any(r.phone == number or number in r.phone for r in by_phone)


def _digest(path: Path) -> str:
    """What two runs must share: every generated table, and users without their salted hash."""
    queries = [
        "SELECT id, code, name, address, phone, plate_prefix FROM branches",
        "SELECT id, username, display_name, role FROM users ORDER BY username",
        "SELECT * FROM customers ORDER BY id",
        "SELECT * FROM customer_phones ORDER BY id",
        "SELECT * FROM vehicles ORDER BY id",
        "SELECT * FROM vehicle_ownerships ORDER BY id",
        "SELECT * FROM work_orders ORDER BY id",
        "SELECT * FROM work_order_lines ORDER BY id",
        "SELECT * FROM status_events ORDER BY id",
        "SELECT * FROM document_counters ORDER BY id",
        "SELECT * FROM order_events ORDER BY id",
        "SELECT kind, ref, name, phone, plate, detail, keys FROM search_entries ORDER BY kind, ref",
    ]
    digest = hashlib.sha256()
    conn = sqlite3.connect(path)
    try:
        for query in queries:
            for row in conn.execute(query):
                digest.update(repr(row).encode())
    finally:
        conn.close()
    return digest.hexdigest()


def test_the_same_seed_writes_the_same_shop(tmp_path: Path) -> None:
    paths = [tmp_path / name for name in ("a.db", "b.db", "c.db")]
    for path, seed in zip(paths, (3, 3, 4), strict=True):
        write_demo(str(path), years=0.05, cars_per_day=6, seed=seed, out=None)
    first, again, other = (_digest(p) for p in paths)
    assert first == again
    assert first != other


def test_refuses_a_file_that_holds_data(demo_path: Path, tmp_path: Path) -> None:
    with pytest.raises(DemoRefused, match="already holds data"):
        write_demo(str(demo_path), years=0.01, out=None)
    text = tmp_path / "notes.db"
    text.write_text("not a database at all, but someone's notes" * 100)
    with pytest.raises(DemoRefused, match="not an empty GarageDesk database"):
        write_demo(str(text), years=0.01, out=None)
    assert "someone's notes" in text.read_text()


def test_writes_into_a_new_empty_schema_and_reports_progress(tmp_path: Path) -> None:
    import io

    from app.bootstrap import open_database, prepare
    from app.config import paths

    path = tmp_path / "fresh.db"
    database, where = open_database(str(path), paths())
    prepare(database, where)
    database.dispose()
    out = io.StringIO()
    summary = write_demo(str(path), years=0.02, cars_per_day=5, out=out)
    shown = out.getvalue()
    assert "\rdemo [" in shown and "100%" in shown
    assert "admin" in shown and "admin123" in shown
    assert summary.rows["work_orders"] == sum(summary.statuses.values()) > 0
    assert summary.last_day == DEMO_END


def test_work_started_only_on_signed_check_ins_that_verify(demo_path: Path, rows) -> None:
    from app.bootstrap import open_database
    from app.services import checkin

    unsigned_work = rows.execute(
        "SELECT count(*) FROM work_orders AS o WHERE o.status IN ('in_progress',"
        " 'waiting_parts', 'quality_check', 'ready', 'settled', 'delivered') AND NOT EXISTS"
        " (SELECT 1 FROM check_ins AS c WHERE c.order_id = o.id AND c.status = 'signed')"
    ).fetchone()[0]
    assert unsigned_work == 0
    ids = [uuid.UUID(hex=x) for (x,) in rows.execute(
        "SELECT id FROM check_ins ORDER BY rowid LIMIT 25").fetchall()]
    assert len(ids) == 25
    database, _ = open_database(str(demo_path))
    try:
        with database.read() as session:
            assert all(checkin.verify(session, i).ok for i in ids)
            view = checkin.current(session, checkin_order(session, ids[0]))
    finally:
        database.dispose()
    assert view is not None and view.signature_png and view.signature_strokes


def checkin_order(session, check_in_id):  # type: ignore[no-untyped-def]
    from db.models import CheckIn

    return session.get(CheckIn, check_in_id).order_id


def test_recent_complaints_are_open_and_show_at_reception(demo_path: Path, rows) -> None:
    from app.services import reception

    counts = dict(rows.execute("SELECT status, count(*) FROM complaints GROUP BY status"))
    assert counts.get("open", 0) >= 1
    assert rows.execute("SELECT count(*) FROM complaints WHERE status = 'closed'"
                        " AND resolution = ''").fetchone() == (0,)
    [vehicle] = rows.execute("SELECT vehicle_id FROM complaints WHERE status = 'open'"
                             " ORDER BY received_at LIMIT 1").fetchone()
    db = connect(str(demo_path))
    with db.read() as s:
        desk = reception.desk_summary(s, uuid.UUID(hex=vehicle))
    db.dispose()
    assert desk.complaints and desk.complaints[0].status == "open"


def test_the_demo_leaves_a_day_in_progress(demo_path: Path) -> None:
    """Open orders in every open state, line progress, parts, inquiries, notices, late cars."""
    conn = sqlite3.connect(demo_path)
    try:
        open_states = {s for (s,) in conn.execute(
            "SELECT DISTINCT status FROM work_orders WHERE status NOT IN"
            " ('delivered', 'declined', 'cancelled')")}
        kinds = {k for (k,) in conn.execute("SELECT DISTINCT kind FROM order_events")}
        progress = {p for (p,) in conn.execute("SELECT DISTINCT progress FROM work_order_lines")}
        waiting = conn.execute("SELECT count(*) FROM work_orders WHERE status = 'waiting_parts'"
                               " AND waiting_for = ''").fetchone()[0]
    finally:
        conn.close()
    assert open_states >= {"draft", "estimated", "approved", "in_progress", "waiting_parts",
                           "quality_check", "ready", "settled"}
    assert kinds >= {"line", "notice", "inquiry"}
    assert progress >= {"not_started", "working", "done"}
    assert waiting == 0  # every car waiting for parts says for which


@pytest.mark.parametrize(("utc", "day", "at"), [
    (datetime(2026, 12, 2, 3, 0, tzinfo=UTC), date(2026, 12, 2), (11, 0)),  # 11:00 in China
    (datetime(2026, 12, 1, 23, 0, tzinfo=UTC), date(2026, 12, 1), (18, 0)),  # 07:00: last night
    (datetime(2026, 12, 2, 12, 0, tzinfo=UTC), date(2026, 12, 2), (18, 0)),  # 20:00: closed
])
def test_a_demo_ending_now_stops_within_working_hours(utc, day, at) -> None:  # type: ignore[no-untyped-def]
    from app.demo import ending_now

    assert ending_now(utc) == (day, at)


def test_a_demo_ending_now_has_nothing_in_the_future(tmp_path: Path) -> None:
    from app.demo import ending_now

    now = datetime.now(UTC)
    end, at = ending_now(now)
    write_demo(str(tmp_path / "today.db"), years=0.05, cars_per_day=4, seed=3, end=end,
               now_local=at, out=None)
    conn = sqlite3.connect(tmp_path / "today.db")
    latest = conn.execute("SELECT max(at) FROM status_events").fetchone()[0]
    conn.close()
    assert latest[:10] <= now.date().isoformat() and latest <= now.strftime("%Y-%m-%d %H:%M:%S")
