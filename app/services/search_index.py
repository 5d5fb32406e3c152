"""The search box's index: what `search_entries` and `search_keys` hold, and keeping them in
step with every unit of work (app/services/search.py reads them).

- `search_entries`: one row per car and per (not merged) customer, holding what a result line
  shows (name, phone, plate, detail) and `keys`, every searchable form of the row, lower case
  and space-separated. SQLite indexes `keys` with FTS5 trigram (`search_fts`, kept in step by
  the migration's triggers); PostgreSQL with pg_trgm.
- `search_keys`: one row per distinct key of an entry, so that a whole key and a key's
  beginning are index seeks.

A car's entry carries its current owner's name and phones, and a customer's entry its cars'
plates, so changing one reindexes the other. `install_auto_index` (one of every Database's
unit-of-work hooks, app.bootstrap.UNIT_OF_WORK) makes this automatic: every session notes the
cars and customers a flush touched and reindexes them before the transaction commits (and
before a search in the same session), so no service can forget. Bulk `UPDATE` statements
bypass the ORM and therefore this hook; the one service that uses them (merging customers)
also sets `merged_into_id`, which reindexes both customers and their cars.

Two desks on PostgreSQL may reindex the same entry at once: each locks the entries, then reads
the data again, so the one that commits last wrote from the freshest data.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, cast

from sqlalchemy import (
    Connection,
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

from app.domain.pinyin import (
    has_surname_reading,
)
from app.services.search_entries import (
    Entry,
    Source,
    load,
    rows_by,
)
from db.models import (
    Customer,
    CustomerPhone,
    SearchEntry,
    SearchKey,
    Vehicle,
    VehicleOwnership,
)

_ENTRIES = cast(Table, SearchEntry.__table__)
_KEYS = cast(Table, SearchKey.__table__)
_CUSTOMERS = cast(Table, Customer.__table__)
_CHUNK = 500  # ids per IN (...) list
_BULK = 5000  # rows per executemany in a rebuild
_PENDING = "garagedesk.search.pending"
_INSTALLED = "_garagedesk_search_auto_index"


# ---------------------------------------------------------------------------------------------
# Writing entries


def _store(conn: Connection, wanted: dict[tuple[str, uuid.UUID], Entry | None]) -> None:
    """Make the stored entries match `wanted`, touching only the rows that differ."""
    existing: dict[tuple[str, uuid.UUID], Any] = {}
    for kind in ("vehicle", "customer"):
        refs = [ref for k, ref in wanted if k == kind]
        stmt = select(_ENTRIES).where(_ENTRIES.c.kind == kind)
        existing.update(((kind, r.ref), r) for r in rows_by(conn, stmt, _ENTRIES.c.ref, refs))
    gone: list[int] = []
    old_keys: list[Any] = []  # rows whose keys are to go
    changed: list[dict[str, Any]] = []
    new: list[Entry] = []
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
            for r in rows_by(conn, stmt, _ENTRIES.c.ref, list(fresh)):
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
        _lock_entries(conn, load(conn, vehicle_ids, customer_ids))
    _store(conn, dict(load(conn, vehicle_ids, customer_ids).entries()))


def _lock_entries(conn: Connection, source: Source) -> None:
    for kind, refs in (("vehicle", source.vehicle_ids), ("customer", source.customer_ids)):
        stmt = (select(_ENTRIES.c.id).where(_ENTRIES.c.kind == kind)
                .order_by(_ENTRIES.c.id).with_for_update())
        for _ in rows_by(conn, stmt, _ENTRIES.c.ref, refs):
            pass


def reindex_customer(session: Session, customer_id: uuid.UUID) -> None:
    """Bring the customer's entry and those of the cars it owns now up to date.

    A merged or deleted customer loses its entry.
    """
    sync(session, force_flush=True)
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
    sync(session, force_flush=True)
    conn = session.connection()
    source = load(conn, None, None)
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


def sync(session: Session, *, force_flush: bool = False) -> None:
    """Flush what the session holds and reindex what its flushes touched."""
    if force_flush or (session.autoflush and (session.new or session.dirty or session.deleted)):
        session.flush()
    pending = session.info.pop(_PENDING, None)
    if pending:
        _reindex(session.connection(), *pending)


def _before_commit(session: Session) -> None:
    sync(session, force_flush=True)


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
