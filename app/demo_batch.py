"""Rows of the demo waiting to be written, and writing them in one transaction per chunk.

The services add one customer or car at a time with its checks and audit entry; ten years of a
shop are millions of rows, so the demo builds plain rows and writes each chunk with one
executemany per table (the INSERT compiled by SQLAlchemy Core from the model's table), one
transaction per chunk. The tables are written parents first so that foreign keys hold at every
statement.

SQLAlchemy's own per-row parameter handling costs more than SQLite's insert itself at this
volume, so values are converted column by column: UUIDs and UTC times by a fast path, anything
else by the column type's own bind processor. The first row of every chunk is checked against
the column types' processors, so the stored form can never drift from what the program reads.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC
from operator import itemgetter
from pathlib import Path
from typing import Any, cast

from sqlalchemy import (
    Column,
    Connection,
    Dialect,
    Table,
    Uuid,
    bindparam,
    event,
    insert,
    update,
)

from db.engine import Database, database_url, make_engine
from db.ledger import chain_rows, settlement_hash
from db.migrate import ensure_current
from db.models import (
    AuditLog,
    CheckIn,
    CompletionCheck,
    Consent,
    Customer,
    CustomerPhone,
    DocumentCounter,
    FollowUp,
    Handover,
    Payment,
    Settlement,
    SettlementReversal,
    StatusEvent,
    Vehicle,
    VehicleOwnership,
    Warranty,
    WorkOrder,
    WorkOrderLine,
)
from db.types import UTCDateTime

Row = dict[str, Any]

# Parents before children. Later demo content (catalogs, payments, notices) adds its tables here.
TABLES: tuple[Table, ...] = tuple(
    cast(Table, model.__table__)
    for model in (
        Customer, CustomerPhone, Vehicle, VehicleOwnership, WorkOrder, Consent,
        WorkOrderLine, StatusEvent, DocumentCounter, CheckIn, Settlement, Payment,
        SettlementReversal,
        CompletionCheck, Handover, Warranty, FollowUp,  # handover (issue 6, the car side)
    )
)

_END_OWNERSHIP = (
    update(VehicleOwnership)
    .where(VehicleOwnership.id == bindparam("ownership_id"))
    .values(ended_on=bindparam("ended"))
)


# Signed documents the demo writes, each given its chained audit entry holding its content hash
# as the services would add it: (table, entity, action or None for the row's status, time, user)
_SEALED = (("check_ins", "check_in", None, "signed_at", "advisor_id"),
           ("settlements", "settlement", "settle", "settled_at", "cashier_id"),
           ("handovers", "handover", None, "signed_at", "handed_over_by_id"))
_ENTRY_IDS = uuid.UUID("9d7b8a52-3c1e-4f4e-9a61-6f1c2b0d5e37")  # uuid5 namespace: repeatable ids
_AUDIT = cast(Table, AuditLog.__table__)


class Batch:
    """Rows per table for one chunk; `flush` writes them all in one transaction."""

    def __init__(self, tables: Iterable[Table] = TABLES) -> None:
        self.rows: dict[str, list[Row]] = {table.name: [] for table in tables}
        self._tables = {table.name: table for table in tables}
        self.ended_ownerships: list[Row] = []  # {"ownership_id", "ended"}: a car was sold
        self.written: dict[str, int] = dict.fromkeys(self.rows, 0)

    def add(self, table: str, row: Row) -> None:
        self.rows[table].append(row)

    def _audit_entries(self) -> list[Row]:
        """The chained entries of the chunk's signed documents (bills get their hash here)."""
        entries: list[Row] = []
        for table, entity, action, at, user in _SEALED:
            for row in self.rows.get(table, ()):
                if table == "settlements":
                    row["content_hash"] = settlement_hash(row)
                elif row["status"] not in ("signed", "confirmed"):
                    continue
                entries.append({
                    "id": uuid.uuid5(_ENTRY_IDS, f"{entity}:{row['id']}"), "at": row[at],
                    "user_id": row[user], "user_name": "", "entity": entity,
                    "entity_id": str(row["id"]), "action": action or row["status"],
                    "before": None, "after": {"order_id": str(row["order_id"]),
                                              "hash": row["content_hash"]}})
        entries.sort(key=itemgetter("at"))
        return entries

    def count(self, table: str) -> int:
        return len(self.rows[table])

    def flush(self, conn: Connection) -> None:
        """Insert every buffered row (the caller's transaction), then forget them."""
        entries = self._audit_entries()
        for name, rows in self.rows.items():
            if rows:
                _insert_many(conn, self._tables[name], rows)
                self.written[name] += len(rows)
                rows.clear()
        if entries:
            chain_rows(conn, entries)
            _insert_many(conn, _AUDIT, entries)
            self.written["audit_log"] = self.written.get("audit_log", 0) + len(entries)
        if self.ended_ownerships:
            conn.execute(_END_OWNERSHIP, self.ended_ownerships)
            self.ended_ownerships.clear()


def _insert_many(conn: Connection, table: Table, rows: list[Row]) -> None:
    dialect = conn.dialect
    sql = str(insert(table).compile(dialect=dialect))
    names = [column.name for column in table.columns]
    missing = [name for name in names if name not in rows[0]]
    if missing:  # columns a later schema added that this demo generator leaves at their default
        defaults = _scalar_defaults(table, missing)
        rows = [{**defaults, **row} for row in rows]
    columns: list[Any] = list(zip(*map(itemgetter(*names), rows), strict=True))
    for i, column in enumerate(table.columns):
        fast, exact = _converters(column, dialect)
        first = columns[i][0]
        if fast is not None and first is not None and fast(first) != exact(first):
            raise AssertionError(f"demo writes {column} unlike SQLAlchemy would")
        convert = fast or exact
        if convert is not None:
            columns[i] = list(map(convert, columns[i]))
    conn.exec_driver_sql(sql, list(zip(*columns, strict=True)))


def _scalar_defaults(table: Table, names: list[str]) -> Row:
    defaults: Row = {}
    for name in names:
        column = table.columns[name]
        if column.default is None or not column.default.is_scalar:
            if not column.nullable:
                raise AssertionError(f"demo gives no value for {column}")
            defaults[name] = None
        else:
            defaults[name] = column.default.arg
    return defaults


def _converters(column: Column, dialect: Dialect) -> tuple[Callable | None, Callable | None]:
    """(fast converter or None, the type's own bind processor or None) for a column."""
    exact = column.type.dialect_impl(dialect).bind_processor(dialect)
    if isinstance(column.type, Uuid) and not dialect.supports_native_uuid:
        return _uuid_hex, exact
    if isinstance(column.type, UTCDateTime) and dialect.name == "sqlite":
        return _utc_text, exact
    return None, exact


def _uuid_hex(value: Any) -> str | None:
    return None if value is None else value.hex


def _utc_text(value: Any) -> str | None:
    if value is None:
        return None
    return value.astimezone(UTC).isoformat(" ", "microseconds")[:26]


def open_for_bulk(path: Path) -> Database:
    """The database with its schema, tuned for one bulk writer.

    synchronous=OFF is safe here only because the file is a throwaway until the demo finishes:
    a crash half-way leaves a file to delete, never a shop's data at risk. The program itself
    always opens with synchronous=FULL. A large page cache keeps the UUID indexes in memory.
    """
    engine = make_engine(database_url(str(path)), synchronous="OFF")

    @event.listens_for(engine, "connect")
    def _bulk_pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA cache_size=-262144")  # 256 MB, this process only
        cursor.execute("PRAGMA temp_store=MEMORY")
        cursor.close()

    ensure_current(engine, backup_dir=None)  # a new or empty file: nothing to back up
    # No unit-of-work hooks, on purpose: the demo writes in bulk and rebuilds the whole search
    # index once at the end (app/demo.write_demo).
    return Database(engine, hooks=())


@contextmanager
def indexes_built_after(database: Database, tables: Iterable[Table] = TABLES) -> Iterator[None]:
    """Drop the tables' secondary indexes for the bulk load and build them again afterwards.

    Building an index once from the finished table is faster than keeping it up to date
    through millions of random UUID inserts, and gives compact index pages. The indexes are
    recreated from their own `CREATE INDEX` text in the file, so they come back exactly as the
    migrations made them. (The indexes of primary keys and UNIQUE constraints stay.)
    """
    names = ", ".join(f"'{table.name}'" for table in tables)
    with database.engine.begin() as conn:
        indexes = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            f" AND tbl_name IN ({names})").all()
        for name, _sql in indexes:
            conn.exec_driver_sql(f'DROP INDEX "{name}"')
    try:
        yield
    finally:
        with database.engine.begin() as conn:
            for _name, sql in indexes:
                conn.exec_driver_sql(sql)


@contextmanager
def history_before_the_bill(conn: Connection, table: str) -> Iterator[None]:
    """Let the demo record what happened before a bill was paid (a line's progress on a
    settled order) after writing the bill: the table's guarding triggers (revision 0008) are
    dropped for the statement and re-created from their own text in the file. Only the demo's
    bulk writer does this, on its own new file; the program never does.
    """
    triggers = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
        (table,)).all()
    for name, _sql in triggers:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    try:
        yield
    finally:
        for _name, sql in triggers:
            conn.exec_driver_sql(sql)
