"""The front desk's global search: one box finds cars, customers and work orders.

What the box searches is kept in two tables, rebuilt here and nowhere else:

- `search_entries`: one row per car and per (not merged) customer, holding what a result line
  shows (name, phone, plate, detail) and `keys`, every searchable form of the row, lower case
  and space-separated. SQLite indexes `keys` with FTS5 trigram (`search_fts`, kept in step by
  the migration's triggers) for any-part matches: a plate's middle, four digits of a phone, a
  VIN's tail. PostgreSQL indexes it with pg_trgm.
- `search_keys`: one row per distinct key of an entry, so that a whole key ("湘a12345",
  "zhangsan", "13800138000") and a key's beginning ("湘a12", "zhang") are index seeks.

A car's entry carries its current owner's name and phones, and a customer's entry its cars'
plates, so changing one reindexes the other. `install_auto_index` makes this automatic: every
session notes the cars and customers a flush touched and reindexes them before the transaction
commits (and before a search in the same session), so no service can forget. Bulk `UPDATE`
statements bypass the ORM and therefore this hook; the one service that uses them (merging
customers) also sets `merged_into_id`, which reindexes both customers and their cars.

A search is one SQL statement per keystroke: a UNION ALL of an exact seek and a prefix range
seek on `search_keys` (a range, never LIKE: SQLite's LIKE cannot use the index), the FTS5 match
for inputs of three characters or more, and, when the input looks like a work-order number, an
exact and a prefix seek on `work_orders.number`; each part has its own LIMIT and the union is
joined to `search_entries` by primary key. `search_floor_sql` gives the very statement and
parameters so `garagedesk bench` can time it through the bare sqlite3 module for comparison.

PostgreSQL (several workstations): any-part matching is `keys ILIKE '%q%'` on the pg_trgm
index; prefix ranges compare with COLLATE "C" (a locale collation does not sort a prefix's
matches together), which an index seeks only if it is built with that collation. Two desks
may reindex the same entry at once: each locks the entries, then reads the data again, so the
one that commits last wrote from the freshest data (READ COMMITTED would otherwise let a stale
entry overwrite a fresh one). SQLite's write transactions are serial anyway.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
import uuid
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import (
    Connection,
    Integer,
    Select,
    String,
    Table,
    bindparam,
    delete,
    event,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.selectable import TextualSelect

from app.domain.numbering import looks_like_doc_number
from app.domain.phone import normalize_phone
from app.domain.pinyin import (
    MAX_KEY_LENGTH,
    has_surname_reading,
    is_han,
    name_keys,
    normalize_key,
)
from app.domain.plate import PROVINCES, plate_without_province
from db.models import (
    Customer,
    CustomerPhone,
    SearchEntry,
    SearchKey,
    Vehicle,
    VehicleOwnership,
)
from db.types import UTCDateTime

KINDS = ("vehicle", "customer", "order")
EXACT, PREFIX, ANY_PART = 0, 1, 2  # SearchResult.rank: how the text matched
VIN_TAIL = 6  # advisors read the last six characters of a VIN (车架号后六位)

_ENTRIES = cast(Table, SearchEntry.__table__)
_KEYS = cast(Table, SearchKey.__table__)
_VEHICLES = cast(Table, Vehicle.__table__)
_OWNERSHIPS = cast(Table, VehicleOwnership.__table__)
_CUSTOMERS = cast(Table, Customer.__table__)
_PHONES = cast(Table, CustomerPhone.__table__)
_CHUNK = 500  # ids per IN (...) list
_BULK = 5000  # rows per executemany in a rebuild
_PENDING = "garagedesk.search.pending"
_INSTALLED = "_garagedesk_search_auto_index"


@dataclass(frozen=True)
class SearchResult:
    """One line of the result list. `ref` is the car's, customer's or work order's id."""

    kind: str  # vehicle | customer | order
    ref: uuid.UUID
    name: str
    phone: str
    plate: str
    detail: str
    rank: int  # EXACT, PREFIX or ANY_PART
    number: str = ""  # the work-order number of an "order" result

    def to_dict(self) -> dict[str, str | int]:
        return {
            "kind": self.kind, "ref": str(self.ref), "name": self.name, "phone": self.phone,
            "plate": self.plate, "detail": self.detail, "rank": self.rank, "number": self.number,
        }  # fmt: skip


# ---------------------------------------------------------------------------------------------
# The query


def _entry_union(pg: bool, fts: bool) -> str:
    key = 'key COLLATE "C"' if pg else "key"
    parts = [
        "SELECT 0 AS rank, x.entry_id AS entry_id FROM (SELECT entry_id FROM search_keys"
        " WHERE key = :q LIMIT :lim) AS x",
        f"SELECT 1, y.entry_id FROM (SELECT entry_id FROM search_keys"
        f" WHERE {key} > :q AND {key} < :q_next LIMIT :lim) AS y",
    ]
    if fts and pg:
        parts.append("SELECT 2, z.id FROM (SELECT id FROM search_entries"
                     " WHERE keys ILIKE :like LIMIT :lim) AS z")
    elif fts:
        parts.append("SELECT 2, z.rowid FROM (SELECT rowid FROM search_fts"
                     " WHERE search_fts MATCH :fts LIMIT :lim) AS z")
    return (
        "SELECT m.rank AS rank, e.kind AS kind, e.ref AS ref, e.name AS name,"
        " e.phone AS phone, e.plate AS plate, e.detail AS detail, '' AS number,"
        " '' AS status, CAST(NULL AS TIMESTAMP) AS opened_at"
        f" FROM ({' UNION ALL '.join(parts)}) AS m"
        " CROSS JOIN search_entries AS e WHERE e.id = m.entry_id"
    )


def _order_union(pg: bool) -> str:
    number = 'number COLLATE "C"' if pg else "number"
    return (
        "SELECT w.rank, 'order', o.id, COALESCE(ce.name, c.name, ''), COALESCE(ce.phone, ''),"
        " COALESCE(v.plate, ''), '', o.number, o.status, o.opened_at"
        " FROM (SELECT 0 AS rank, a.id AS id FROM (SELECT id FROM work_orders"
        " WHERE number = :num LIMIT 1) AS a"
        " UNION ALL SELECT 1, b.id FROM (SELECT id FROM work_orders"
        f" WHERE {number} > :num AND {number} < :num_next ORDER BY {number} DESC"
        " LIMIT :lim) AS b) AS w"
        " CROSS JOIN work_orders AS o"
        " LEFT JOIN search_entries AS ce ON ce.kind = 'customer' AND ce.ref = o.customer_id"
        " LEFT JOIN customers AS c ON c.id = o.customer_id"
        " LEFT JOIN vehicles AS v ON v.id = o.vehicle_id"
        " WHERE o.id = w.id"
    )


def _sql(pg: bool, fts: bool, orders: bool) -> str:
    entries = _entry_union(pg, fts)
    return f"{entries} UNION ALL {_order_union(pg)}" if orders else entries


_RESULT_TYPES: dict[str, Any] = {
    "rank": Integer, "kind": String, "ref": String, "name": String, "phone": String,
    "plate": String, "detail": String, "number": String, "status": String,
    "opened_at": UTCDateTime,
}  # fmt: skip
# Built once: SQLAlchemy then compiles each of them once per engine (its compiled cache).
_STATEMENTS: dict[tuple[bool, bool, bool], TextualSelect] = {
    (pg, fts, orders): text(_sql(pg, fts, orders)).columns(**_RESULT_TYPES)
    for pg in (False, True) for fts in (False, True) for orders in (False, True)
}

# The floor of the benchmark, in its barest form: an FTS5 trigram lookup of a plate's middle
# joined to the display columns, run through the stdlib sqlite3 module (`:fts` is the quoted
# FTS string, e.g. '"a12345"'). `search_floor_sql` gives the complete statement `search` runs.
FTS_FLOOR_SQL = (
    "SELECT e.kind, e.ref, e.name, e.phone, e.plate, e.detail FROM search_fts"
    " CROSS JOIN search_entries AS e WHERE e.id = search_fts.rowid"
    " AND search_fts MATCH :fts LIMIT :lim"
)

_PHONE_TYPED = re.compile(r"[\d\s\-+().（）]*\d[\d\s\-+().（）]*")
_DOC_DASHES = str.maketrans({"—": "-", "–": "-", "−": "-", "_": "-"})


@dataclass(frozen=True)
class _Plan:
    pg: bool
    fts: bool
    orders: bool
    params: dict[str, Any]
    prefer: dict[str, int]  # kind -> place among results of the same rank

    @property
    def statement(self) -> TextualSelect:
        return _STATEMENTS[(self.pg, self.fts, self.orders)]


def _after(prefix: str) -> str:
    """The smallest string above every string that starts with `prefix`."""
    last = ord(prefix[-1])
    return prefix[:-1] + chr(last + 1) if last < 0x10FFFF else prefix + "\U0010ffff"


def _fold_query(typed: str) -> str:
    halfwidth = unicodedata.normalize("NFKC", typed)
    if _PHONE_TYPED.fullmatch(halfwidth.strip()):
        return normalize_phone(halfwidth)  # "+86 138-0013-8000" -> "13800138000"
    return normalize_key(halfwidth)


def _looks_like_car(q: str) -> bool:
    """A plate or VIN (letters and digits, or a province then a letter), not a name or phone."""
    if q[0] in PROVINCES and len(q) > 1 and q[1].isascii():
        return True
    return any(c.isdigit() for c in q) and any("a" <= c <= "z" for c in q)


def _plan(typed: str, limit: int, pg: bool) -> _Plan | None:
    if limit <= 0:
        return None
    q = _fold_query(typed)[:MAX_KEY_LENGTH]
    orders = looks_like_doc_number(typed)
    if len(q) < 2 and not (q and is_han(q)):
        if not orders:
            return None  # one letter or digit matches too much to be worth showing
        q = ""  # "W-": only work orders; " " below is no key's beginning (keys have no spaces)
    sub = limit * 2 + 5  # each part's LIMIT; a car and its owner share the owner's keys
    params: dict[str, Any] = {"q": q or " ", "q_next": _after(q or " "), "lim": sub}
    fts = len(q) >= 3
    if fts:
        params["fts"] = '"' + q.replace('"', '""') + '"'
        escaped = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params["like"] = f"%{escaped}%"
    if orders:
        number = "".join(unicodedata.normalize("NFKC", typed).translate(_DOC_DASHES).split())
        params["num"] = number.upper()
        params["num_next"] = _after(number.upper())
        prefer = {"order": 0, "vehicle": 1, "customer": 2}
    elif _looks_like_car(q):
        prefer = {"vehicle": 0, "customer": 1, "order": 2}
    else:
        prefer = {"customer": 0, "vehicle": 1, "order": 2}
    if not pg:
        params.pop("like", None)
    else:
        params.pop("fts", None)
    return _Plan(pg, fts, orders, params, prefer)


def search(session: Session, text: str, limit: int = 20) -> list[SearchResult]:
    """What the search box shows for `text`: best match first, each car/customer/order once.

    Exact key matches come first, then keys that start with the text, then any-part matches.
    Within a rank, cars come first for a plate or VIN, customers for a name or phone, work
    orders for a document number (so a scanned number's order is the first line); then by
    plate and name. One character finds nothing, except a Chinese one (a surname).
    """
    _sync(session)
    return _run(session.connection(), text, limit)


def search_box(database: Any, text: str, limit: int = 20) -> list[SearchResult]:
    """`search` for the search box: a pooled Core connection, no ORM Session around it.

    Every keystroke runs this; the Session's own set-up and teardown cost as much as the
    query (DESIGN's measured floors). A fresh read has no pending changes to index, so the
    session's `_sync` is not needed here. `database` is a db.engine.Database.
    """
    with database.engine.connect() as conn:
        # One SELECT needs no BEGIN/ROLLBACK around it on SQLite (a no-op option elsewhere).
        return _run(conn.execution_options(sqlite_begin="NONE"), text, limit)


def _run(conn: Connection, text: str, limit: int) -> list[SearchResult]:
    plan = _plan(text, limit, conn.dialect.name == "postgresql")
    if plan is None:
        return []
    best: dict[tuple[str, Any], tuple[Any, ...]] = {}
    for row in conn.execute(plan.statement, plan.params).fetchall():
        key = (row[1], row[2])  # kind, ref
        if key not in best or row[0] < best[key][0]:
            best[key] = tuple(row)
    newest = sorted((r[7] for r in best.values() if r[1] == "order"), reverse=True)
    place = {number: i for i, number in enumerate(newest)}  # orders: newest number first
    prefer = plan.prefer
    found = sorted(best.values(), key=lambda r: (
        r[0], prefer[r[1]], place.get(r[7], 0), r[5] or "\U0010ffff", r[3]))
    return [_result(*r) for r in found[:limit]]


def _result(rank: int, kind: str, ref: Any, name: str, phone: str, plate: str, detail: str,
            number: str, status: str, opened: datetime | None) -> SearchResult:
    # The id is read as text (SQLite) or a uuid (PostgreSQL) and made a UUID only for the
    # lines shown, not for every row the seeks return.
    ref = ref if isinstance(ref, uuid.UUID) else uuid.UUID(ref)
    if kind == "order":
        day = opened.astimezone().date().isoformat() if opened else ""
        detail = " ".join(p for p in (number, status, day) if p)
    return SearchResult(kind, ref, name, phone, plate, detail, rank, number)


def search_floor_sql(text: str, limit: int = 20) -> tuple[str, dict[str, Any]] | None:
    """The SQLite statement and parameters `search` runs for `text` (None: it runs none).

    `garagedesk bench` runs them through the stdlib sqlite3 module (named parameters) to
    measure the floor that `search` is held to (p95 at most three times it). For the barest
    FTS lookup, see `FTS_FLOOR_SQL`.
    """
    plan = _plan(text, limit, pg=False)
    if plan is None:
        return None
    return _sql(False, plan.fts, plan.orders), dict(plan.params)


# ---------------------------------------------------------------------------------------------
# What an entry holds


@dataclass(frozen=True)
class _Entry:
    kind: str
    ref: uuid.UUID
    name: str
    phone: str
    plate: str
    detail: str
    keys: tuple[str, ...]

    def columns(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "ref": self.ref, "name": self.name[:100],
            "phone": self.phone[:20], "plate": self.plate[:12], "detail": self.detail[:200],
            "keys": " ".join(self.keys),
        }  # fmt: skip


@dataclass
class _Person:
    name: str
    kind: str
    contact: str
    merged: bool
    phones: list[str]
    _keys: tuple[str, ...] | None = None

    @property
    def keys(self) -> tuple[str, ...]:
        if self._keys is None:
            keys = name_keys(self.name)
            if self.kind == "company" and self.contact:
                keys += name_keys(self.contact)  # a company is also found by its contact
            self._keys = _distinct(self.phones, keys)
        return self._keys


def _distinct(raw: Iterable[str], folded: Iterable[str] = ()) -> tuple[str, ...]:
    """Keys without repeats: `raw` ones folded here, `folded` ones (name keys) as they are."""
    keys = [normalize_key(k)[:MAX_KEY_LENGTH] for k in raw if k]
    return tuple(dict.fromkeys(k for k in (*keys, *folded) if k))


def _vehicle_entry(vid: uuid.UUID, car: Any, owner: _Person | None) -> _Entry:
    plate = car.plate or ""
    vin = car.vin or ""
    keys = _distinct([plate, plate_without_province(plate) if plate else "", vin,
                      vin[-VIN_TAIL:]], owner.keys if owner else ())
    year = str(car.year) if car.year else ""
    detail = " ".join(p for p in (car.brand, car.model, year, car.colour) if p)
    if not plate and vin:
        detail = f"{detail} {vin}".strip()  # a new car without its plate yet
    name = owner.name if owner else ""
    phone = owner.phones[0] if owner and owner.phones else ""
    return _Entry("vehicle", vid, name, phone, plate, detail, keys)


def _customer_entry(cid: uuid.UUID, person: _Person, plates: list[str]) -> _Entry:
    plates = sorted(p for p in plates if p)
    more = plates[1:4] + ([f"+{len(plates) - 4}"] if len(plates) > 4 else [])
    contact = person.contact if person.kind == "company" else ""
    detail = " · ".join(p for p in (contact, " ".join(more)) if p)
    phone = person.phones[0] if person.phones else ""
    return _Entry("customer", cid, person.name, phone, plates[0] if plates else "", detail,
                  person.keys)


# ---------------------------------------------------------------------------------------------
# Loading what the entries are made of


def _rows(conn: Connection, stmt: Select[Any], column: Any,
          ids: Collection[uuid.UUID] | None) -> Iterator[Any]:
    """The rows of `stmt`, all of them (ids None) or those whose `column` is in `ids`."""
    if ids is None:
        yield from conn.execute(stmt)
        return
    ordered = list(ids)
    for i in range(0, len(ordered), _CHUNK):
        yield from conn.execute(stmt.where(column.in_(ordered[i:i + _CHUNK])))


@dataclass
class _Source:
    """What a set of entries is made of, loaded in a few statements."""

    vehicles: dict[uuid.UUID, Any]  # id -> (plate, vin, brand, model, year, colour)
    persons: dict[uuid.UUID, _Person]
    owner_of: dict[uuid.UUID, uuid.UUID]  # car -> current owner
    cars_of: dict[uuid.UUID, list[uuid.UUID]]  # customer -> current cars
    vehicle_ids: Collection[uuid.UUID]  # the entries to make
    customer_ids: Collection[uuid.UUID]

    def __len__(self) -> int:
        return len(self.vehicle_ids) + len(self.customer_ids)

    def entries(self) -> Iterator[tuple[tuple[str, uuid.UUID], _Entry | None]]:
        """Each entry as it should be; None where there must be none (a deleted car, a
        deleted or merged customer)."""
        for vid in self.vehicle_ids:
            car = self.vehicles.get(vid)
            owner_id = self.owner_of.get(vid)
            owner = self.persons.get(owner_id) if owner_id else None
            yield ("vehicle", vid), None if car is None else _vehicle_entry(vid, car, owner)
        for cid in self.customer_ids:
            person = self.persons.get(cid)
            if person is None or person.merged:
                yield ("customer", cid), None
                continue
            plates = [self.vehicles[v].plate for v in self.cars_of.get(cid, ())
                      if v in self.vehicles]
            yield ("customer", cid), _customer_entry(cid, person, plates)


def _load(
    conn: Connection,
    vehicle_ids: Collection[uuid.UUID] | None,
    customer_ids: Collection[uuid.UUID] | None,
) -> _Source:
    """The source of the entries of these cars and customers (both None: of all of them),
    the current owners of these cars, and the current cars of these customers."""
    own = (select(_OWNERSHIPS.c.vehicle_id, _OWNERSHIPS.c.customer_id)
           .where(_OWNERSHIPS.c.ended_on.is_(None)).order_by(_OWNERSHIPS.c.started_on))
    owner_of: dict[uuid.UUID, uuid.UUID] = {}
    cars: set[uuid.UUID] | None = None
    people: set[uuid.UUID] | None = None
    if vehicle_ids is None and customer_ids is None:
        owner_of.update((r.vehicle_id, r.customer_id) for r in conn.execute(own))
    else:
        first = set(vehicle_ids or ())
        owner_of.update((r.vehicle_id, r.customer_id)
                        for r in _rows(conn, own, _OWNERSHIPS.c.vehicle_id, first))
        people = set(customer_ids or ()) | set(owner_of.values())
        owner_of.update((r.vehicle_id, r.customer_id)
                        for r in _rows(conn, own, _OWNERSHIPS.c.customer_id, people))
        cars = first | set(owner_of)
    cars_of: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for vid, cid in owner_of.items():
        cars_of[cid].append(vid)
    vehicles = {r.id: r for r in _rows(conn, select(
        _VEHICLES.c.id, _VEHICLES.c.plate, _VEHICLES.c.vin, _VEHICLES.c.brand,
        _VEHICLES.c.model, _VEHICLES.c.year, _VEHICLES.c.colour), _VEHICLES.c.id, cars)}
    persons = {
        r.id: _Person(r.name, r.kind, r.contact_person, r.merged_into_id is not None, [])
        for r in _rows(conn, select(
            _CUSTOMERS.c.id, _CUSTOMERS.c.name, _CUSTOMERS.c.kind,
            _CUSTOMERS.c.contact_person, _CUSTOMERS.c.merged_into_id), _CUSTOMERS.c.id, people)
    }
    phones = (select(_PHONES.c.customer_id, _PHONES.c.number)
              .order_by(_PHONES.c.position, _PHONES.c.number))
    for r in _rows(conn, phones, _PHONES.c.customer_id, people):
        if r.customer_id in persons:
            persons[r.customer_id].phones.append(r.number)
    if cars is None or people is None:  # everything: every car, every customer not merged
        return _Source(vehicles, persons, owner_of, cars_of, list(vehicles),
                       [cid for cid, p in persons.items() if not p.merged])
    return _Source(vehicles, persons, owner_of, cars_of, cars, people)


# ---------------------------------------------------------------------------------------------
# Writing entries


def _store(conn: Connection, wanted: dict[tuple[str, uuid.UUID], _Entry | None]) -> None:
    """Make the stored entries match `wanted`, touching only the rows that differ."""
    existing: dict[tuple[str, uuid.UUID], Any] = {}
    for kind in ("vehicle", "customer"):
        refs = [ref for k, ref in wanted if k == kind]
        stmt = select(_ENTRIES).where(_ENTRIES.c.kind == kind)
        existing.update(((kind, r.ref), r) for r in _rows(conn, stmt, _ENTRIES.c.ref, refs))
    gone: list[int] = []
    old_keys: list[Any] = []  # rows whose keys are to go
    changed: list[dict[str, Any]] = []
    new: list[_Entry] = []
    keys_of: dict[int, tuple[str, ...]] = {}
    for ident, entry in wanted.items():
        row = existing.get(ident)
        if entry is None:
            if row is not None:
                gone.append(row.id)
                old_keys.append(row)
            continue
        if row is None:
            new.append(entry)
            continue
        columns = entry.columns()
        if any(getattr(row, name) != value for name, value in columns.items()):
            changed.append({"entry_id": row.id, **columns})
        if row.keys != columns["keys"]:
            old_keys.append(row)
            keys_of[row.id] = entry.keys
    _delete_keys(conn, old_keys)
    for i in range(0, len(gone), _CHUNK):
        conn.execute(delete(_ENTRIES).where(_ENTRIES.c.id.in_(gone[i:i + _CHUNK])))
    if changed:
        conn.execute(update(_ENTRIES).where(_ENTRIES.c.id == bindparam("entry_id")), changed)
    if new:
        conn.execute(insert(_ENTRIES), [e.columns() for e in new])
        for kind in ("vehicle", "customer"):
            fresh = {e.ref: e for e in new if e.kind == kind}
            stmt = select(_ENTRIES.c.id, _ENTRIES.c.ref).where(_ENTRIES.c.kind == kind)
            for r in _rows(conn, stmt, _ENTRIES.c.ref, list(fresh)):
                keys_of[r.id] = fresh[r.ref].keys
    _insert_keys(conn, [(k, i) for i, keys in keys_of.items() for k in keys])


def _delete_keys(conn: Connection, rows: Iterable[Any]) -> None:
    """Delete the search_keys rows of these entries, found by what their `keys` column lists.

    By (key, entry_id), which the key index seeks: search_keys has no index on entry_id
    alone, so `WHERE entry_id IN (...)` would read the whole table (a million rows).
    """
    pairs = [(k, row.id) for row in rows for k in row.keys.split()]
    if pairs:
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        conn.exec_driver_sql(
            f"DELETE FROM search_keys WHERE key = {mark} AND entry_id = {mark}", pairs)


def _insert_keys(conn: Connection, rows: list[tuple[str, int]]) -> None:
    """executemany straight to the driver: plain strings and integers need no type
    processing, and a rebuild writes about a million of them."""
    if rows:
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        conn.exec_driver_sql(
            f"INSERT INTO search_keys (key, entry_id) VALUES ({mark}, {mark})", rows)


def _reindex(conn: Connection, vehicle_ids: Collection[uuid.UUID],
             customer_ids: Collection[uuid.UUID]) -> None:
    if not (vehicle_ids or customer_ids):
        return
    if conn.dialect.name == "postgresql":
        # READ COMMITTED: another workstation may hold these entries, written from data it
        # has not committed yet. Wait for it (row locks, in id order), then read the data
        # again: each statement now sees what it committed, so ours is the fresher entry.
        _lock_entries(conn, _load(conn, vehicle_ids, customer_ids))
    _store(conn, dict(_load(conn, vehicle_ids, customer_ids).entries()))


def _lock_entries(conn: Connection, source: _Source) -> None:
    for kind, refs in (("vehicle", source.vehicle_ids), ("customer", source.customer_ids)):
        stmt = (select(_ENTRIES.c.id).where(_ENTRIES.c.kind == kind)
                .order_by(_ENTRIES.c.id).with_for_update())
        for _ in _rows(conn, stmt, _ENTRIES.c.ref, refs):
            pass


def reindex_vehicle(session: Session, vehicle_id: uuid.UUID) -> None:
    """Bring the car's entry (and its owner's, which lists its plate) up to date."""
    _sync(session, force_flush=True)
    _reindex(session.connection(), {vehicle_id}, set())


def reindex_customer(session: Session, customer_id: uuid.UUID) -> None:
    """Bring the customer's entry and those of the cars it owns now up to date.

    A merged or deleted customer loses its entry.
    """
    _sync(session, force_flush=True)
    _reindex(session.connection(), set(), {customer_id})


def reindex_surnames(conn: Connection) -> int:
    """Reindex the customers (and their cars) whose name or contact starts with a surname
    that has its own reading; returns how many customers. For a data-only migration after the
    surname rules change (`app.domain.pinyin.SURNAME_RULES_VERSION`): only these entries'
    keys change, so the rest of the index is left as it is."""
    stmt = select(_CUSTOMERS.c.id, _CUSTOMERS.c.name, _CUSTOMERS.c.contact_person).where(
        _CUSTOMERS.c.merged_into_id.is_(None))
    ids = [r.id for r in conn.execute(stmt)
           if has_surname_reading(r.name or "") or has_surname_reading(r.contact_person or "")]
    for i in range(0, len(ids), _CHUNK):
        _reindex(conn, set(), ids[i:i + _CHUNK])
    return len(ids)


def remove_entry(session: Session, kind: str, ref: uuid.UUID) -> None:
    """Take one car or customer out of the search (its row is gone or must not be found)."""
    if kind not in ("vehicle", "customer"):
        raise ValueError(f"no search entries of kind {kind!r}")
    conn = session.connection()
    rows = conn.execute(select(_ENTRIES.c.id, _ENTRIES.c["keys"]).where(
        _ENTRIES.c.kind == kind, _ENTRIES.c.ref == ref)).all()
    _delete_keys(conn, rows)
    for row in rows:
        conn.execute(delete(_ENTRIES).where(_ENTRIES.c.id == row.id))


def rebuild_index(
    session: Session, progress: Callable[[int, int], None] | None = None
) -> int:
    """Rebuild the whole search index from the cars and customers; returns the entry count.

    For a new or imported database, or after a bulk change that bypassed the ORM. Entries are
    made and written in batches with executemany; `progress(done, total)` follows the entries.
    On SQLite the FTS triggers and the key index are set aside meanwhile and the FTS index is
    rebuilt in one pass at the end (per-row triggers make this ten times slower); it all
    happens in the caller's transaction, so a failure leaves the old index as it was.
    """
    _sync(session, force_flush=True)
    conn = session.connection()
    source = _load(conn, None, None)
    total = len(source)
    if progress:
        progress(0, total)
    with _bulk_writing(conn):
        conn.execute(delete(_KEYS))
        conn.execute(delete(_ENTRIES))
        entries = source.entries()
        done = 0
        while batch := [e for _, e in itertools.islice(entries, _BULK) if e is not None]:
            rows = [{"id": done + i + 1, **e.columns()} for i, e in enumerate(batch)]
            conn.execute(insert(_ENTRIES), rows)
            _insert_keys(conn, [(k, done + i + 1) for i, e in enumerate(batch) for k in e.keys])
            done += len(batch)
            if progress:
                progress(done, total)
    return done


@contextmanager
def _bulk_writing(conn: Connection) -> Iterator[None]:
    """Writing the whole index: without per-row FTS triggers or key index on SQLite."""
    if conn.dialect.name == "postgresql":
        # Explicit ids: keep other workstations from taking one meanwhile; then move the
        # sequence past them.
        conn.execute(text("LOCK TABLE search_entries IN EXCLUSIVE MODE"))
        yield
        conn.execute(text(
            "SELECT setval(pg_get_serial_sequence('search_entries', 'id'),"
            " GREATEST((SELECT max(id) FROM search_entries), 1),"
            " (SELECT max(id) FROM search_entries) IS NOT NULL)"))
        return
    if conn.dialect.name != "sqlite":
        yield
        return
    # Set aside exactly what the migration created, and put it back the same way.
    aside = conn.execute(text(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name IN"
        " ('search_entries', 'search_keys') AND type IN ('trigger', 'index')"
        " AND sql IS NOT NULL ORDER BY type DESC")).all()
    for kind, name, _ in aside:
        conn.exec_driver_sql(f'DROP {kind.upper()} "{name}"')
    yield
    conn.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
    for _, _, sql in aside:
        conn.exec_driver_sql(sql)


# ---------------------------------------------------------------------------------------------
# Keeping the index in step with every unit of work

_WATCHED: dict[type, tuple[str, ...]] = {
    Customer: ("name", "kind", "contact_person", "merged_into_id", "phones"),
    CustomerPhone: ("number", "position", "customer_id", "customer"),
    Vehicle: ("plate", "vin", "brand", "model", "year", "colour", "ownerships"),
    VehicleOwnership: ("vehicle_id", "customer_id", "ended_on", "vehicle", "customer"),
}


def _values(state: Any, attr: str) -> list[Any]:
    """The attribute's current and previous values as far as loaded (never loads anything)."""
    history = state.attrs[attr].history
    found = [*history.added, *history.deleted]
    if attr in state.dict:
        found.append(state.dict[attr])
    return [v.id if hasattr(v, "id") else v for v in found if v is not None]


def _affected(session: Session) -> tuple[set[uuid.UUID], set[uuid.UUID]]:
    vehicles: set[uuid.UUID] = set()
    customers: set[uuid.UUID] = set()
    for group, check in ((session.new, False), (session.deleted, False), (session.dirty, True)):
        for obj in group:
            attrs = _WATCHED.get(type(obj))
            if attrs is None:
                continue
            state: Any = inspect(obj)
            if check and not any(state.attrs[a].history.has_changes() for a in attrs):
                continue
            if isinstance(obj, Customer):
                customers.update(_values(state, "id"))
                customers.update(_values(state, "merged_into_id"))  # its cars moved there
            elif isinstance(obj, CustomerPhone):
                customers.update(_values(state, "customer_id"))
                customers.update(_values(state, "customer"))
            elif isinstance(obj, Vehicle):
                vehicles.update(_values(state, "id"))
            else:
                vehicles.update(_values(state, "vehicle_id") + _values(state, "vehicle"))
                customers.update(_values(state, "customer_id") + _values(state, "customer"))
    return vehicles, customers


def _note_flush(session: Session, _flush_context: Any) -> None:
    vehicles, customers = _affected(session)
    if vehicles or customers:
        pending = session.info.setdefault(_PENDING, (set(), set()))
        pending[0].update(vehicles)
        pending[1].update(customers)


def _sync(session: Session, *, force_flush: bool = False) -> None:
    """Flush what the session holds and reindex what its flushes touched."""
    if force_flush or (session.autoflush and (session.new or session.dirty or session.deleted)):
        session.flush()
    pending = session.info.pop(_PENDING, None)
    if pending:
        _reindex(session.connection(), *pending)


def _before_commit(session: Session) -> None:
    _sync(session, force_flush=True)


def _after_transaction_end(session: Session, transaction: Any) -> None:
    if transaction.parent is None:  # the whole unit of work is over (committed or not)
        session.info.pop(_PENDING, None)


def install_auto_index(target: Any) -> None:
    """Keep the search index in step with every unit of work of `target`'s sessions.

    `target` is a sessionmaker, a Session class, or a `db.engine.Database` (both of its
    session factories). Installing twice is harmless.
    """
    factories = [target]
    if hasattr(target, "_writer") and hasattr(target, "_reader"):  # a db.engine.Database
        factories = [target._writer, target._reader]
    for factory in factories:
        cls = factory.class_ if isinstance(factory, sessionmaker) else factory
        if not (isinstance(cls, type) and issubclass(cls, Session)):
            raise TypeError(f"cannot watch the sessions of {factory!r}")
        # A flag on the class, not event.contains(): that registry is keyed by id(), which a
        # new class can reuse after an old one (of a closed Database) is garbage collected.
        if getattr(cls, _INSTALLED, False):
            continue
        event.listen(cls, "after_flush", _note_flush)
        event.listen(cls, "before_commit", _before_commit)
        event.listen(cls, "after_transaction_end", _after_transaction_end)
        setattr(cls, _INSTALLED, True)
