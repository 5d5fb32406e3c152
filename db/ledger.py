"""The audit log as a hash chain, and the content hash of a settled bill (issue 10 §3).

Every audit entry carries `seq` (1, 2, 3 … without gaps), `prev_hash` (the entry before's
`entry_hash`; GENESIS for the first) and `entry_hash`, the SHA-256 of the previous hash and of
the entry's own content as one canonical JSON text. Changing, removing or inserting an entry
anywhere breaks the chain at that point; `app/services/integrity` walks it.

An entry added through the ORM (`audit.record`, or any `AuditLog` a session adds) is chained
here, in the mapper's `before_insert`, after every `before_flush` hook has set its time; bulk
writers (the demo) chain their rows with `chain_rows`. Appending is serialised so that two
desks never fork the chain: SQLite's write transactions begin IMMEDIATE (one writer at a time),
PostgreSQL takes a transaction-scoped advisory lock before it reads the chain's head. The
unique index on `seq` refuses a fork even if some writer skipped the lock.

This module is plain db code: the migration that chains the existing rows uses it too.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, event, text
from sqlalchemy.orm import Mapper, Session, object_session

from db.models.audit import AuditLog
from db.types import new_id, utcnow

GENESIS = "0" * 64  # the "previous hash" of the first entry
CHAIN_LOCK_KEY = 0x6761726167656465  # "garagede": PostgreSQL advisory lock of the chain's head
_HEAD_KEY = "audit_chain_head"  # session.info: (seq, hash) reached within the running flush

# What a settlement's content hash covers: everything the bill froze when it was paid. Not
# status, owed_fen and paid_fen: a reversal or money paid later against arrears changes those
# (the database's trigger allows exactly those changes), and each has its own chained entry.
SETTLEMENT_SEALED = (
    "id", "number", "order_id", "customer_id", "branch_id", "labor_fen", "parts_fen",
    "other_fen", "discount_fen", "vat_fen", "total_fen", "deposit_fen", "due_fen",
    "change_fen", "on_account_fen", "cashier_id", "cashier_name", "approved_by_id",
    "approved_by_name", "settled_at",
)


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, uuid.UUID | date):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not a JSON value")


def canonical(value: Any) -> str:
    """The one JSON text of a value the chain hashes: keys sorted, no spaces, UUIDs and dates
    as text, times in UTC (tuples are lists)."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False, default=_json_default)


ENTRY_FIELDS = ("seq", "id", "at", "user_id", "user_name", "entity", "entity_id", "action",
                "before", "after")


def entry_content(row: Any) -> dict[str, Any]:
    """The part of an audit entry its hash vouches for (`row`: an AuditLog, a result row or
    a dict of its columns)."""
    if isinstance(row, Mapping):
        return {name: row[name] for name in ENTRY_FIELDS}
    mapping = getattr(row, "_mapping", None)
    if mapping is not None:
        return {name: mapping[name] for name in ENTRY_FIELDS}
    return {name: getattr(row, name) for name in ENTRY_FIELDS}


def entry_hash(prev_hash: str, content: Mapping[str, Any]) -> str:
    return hashlib.sha256(f"{prev_hash}\n{canonical(content)}".encode()).hexdigest()


def settlement_hash(row: Any) -> str:
    """SHA-256 of a bill's frozen content (`row`: a Settlement, a result row or a dict)."""
    get = row.get if isinstance(row, Mapping) else lambda name: getattr(row, name)
    content = {name: get(name) for name in SETTLEMENT_SEALED}
    return hashlib.sha256(canonical(content).encode()).hexdigest()


def lock_and_read_head(conn: Connection) -> tuple[int, str]:
    """(seq, hash) of the chain's last entry, (0, GENESIS) when empty; on PostgreSQL first
    takes the chain's advisory lock, held until the transaction ends."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK_KEY})
    row = conn.execute(text(
        "SELECT seq, entry_hash FROM audit_log WHERE seq IS NOT NULL "
        "ORDER BY seq DESC LIMIT 1")).first()
    return (0, GENESIS) if row is None else (int(row[0]), str(row[1]))


def chain_rows(conn: Connection, rows: Iterable[dict[str, Any]]) -> None:
    """Give bulk-written audit rows (dicts of AuditLog's columns, in order) their place in
    the chain; `before`/`after` must already be plain JSON values."""
    seq, prev = lock_and_read_head(conn)
    for row in rows:
        seq += 1
        row["seq"], row["prev_hash"] = seq, prev
        row["entry_hash"] = prev = entry_hash(prev, entry_content(row))


def _as_json(value: Any) -> Any:
    """Exactly what the JSON column hands back later (tuples become lists, keys text …)."""
    return None if value is None else json.loads(canonical(value))


def _forget_head(session: Session, _context: Any, _instances: Any) -> None:
    # Each flush reads the head afresh: a rolled-back savepoint may have taken entries away.
    session.info.pop(_HEAD_KEY, None)


def _chain_entry(_mapper: Mapper[AuditLog], conn: Connection, entry: AuditLog) -> None:
    session = object_session(entry)
    head = session.info.get(_HEAD_KEY) if session is not None else None
    if head is None:
        head = lock_and_read_head(conn)
    if entry.id is None:
        entry.id = new_id()
    if entry.at is None:
        entry.at = utcnow()
    if entry.user_name is None:
        entry.user_name = ""
    entry.before, entry.after = _as_json(entry.before), _as_json(entry.after)
    seq, prev = head[0] + 1, head[1]
    entry.seq, entry.prev_hash = seq, prev
    entry.entry_hash = entry_hash(prev, entry_content(entry))
    if session is not None:
        session.info[_HEAD_KEY] = (seq, entry.entry_hash)


def install() -> None:
    """Chain every audit entry any session inserts. `db.engine.Database` calls it for every
    database it opens; calling it again is harmless."""
    if not event.contains(AuditLog, "before_insert", _chain_entry):
        event.listen(Session, "before_flush", _forget_head)
        event.listen(AuditLog, "before_insert", _chain_entry)
