"""`garagedesk check` and the audit viewer's chain state: is every record still what was written?

Four checks, each reporting findings in words (never a traceback):
- the audit log's hash chain (db/ledger): every entry numbered without a gap, each one's
  `prev_hash` the hash of the one before, each hash recomputed from the entry's content;
- every signed document (check-in versions, pickup records, bills) recomputed from what the
  database holds now and held against the chained entry that recorded its hash when it was
  signed or settled: a row edited with its own hash recomputed still differs from the chain;
- the database's guards: the triggers of revision 0008 are all there (and, on PostgreSQL,
  enabled);
- storage: SQLite's full `integrity_check` (every line it prints) and `foreign_key_check`;
  on PostgreSQL every foreign key and not-valid constraint.

A finding is a template marked for translation plus its values, like an InputError, so the
command line prints it in English and the viewer in the user's language.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections import namedtuple
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from typing import Any, cast

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    Uuid,
    literal_column,
    null,
    select,
    text,
)
from sqlalchemy import cast as sa_cast
from sqlalchemy.orm import Session

from app.domain.checkin import PLACES, canonical, content_hash
from app.domain.permissions import Permission
from app.i18n import QT_TRANSLATE_NOOP
from app.services import checkin, handover
from app.services.actor import Actor, require
from db import ledger
from db.engine import Database
from db.models import AuditLog, Base, CheckIn, Handover, Settlement
from db.types import UTCDateTime

DOCUMENTS = ("check_in", "handover", "settlement")
MAX_FINDINGS = 50  # per check: a file broken everywhere says so once, not a million times

SQLITE_GUARDS = (
    "audit_log_no_update", "audit_log_no_delete", "payments_no_update", "payments_no_delete",
    "settlement_reversals_no_update", "settlement_reversals_no_delete", "handovers_no_update",
    "handovers_no_delete", "settlements_no_delete", "settlements_no_update",
    "settled_lines_no_update", "settled_lines_no_delete", "signed_check_ins_no_update",
    "signed_check_ins_no_delete",
)
POSTGRES_GUARDS = (
    "audit_log_unchangeable", "payments_unchangeable", "settlement_reversals_unchangeable",
    "handovers_unchangeable", "audit_log_no_truncate", "payments_no_truncate",
    "settlement_reversals_no_truncate", "handovers_no_truncate", "settlements_no_truncate",
    "settlements_guard", "settled_lines_guard", "signed_check_ins_unchangeable",
)


@dataclass(frozen=True)
class Finding:
    """One thing found wrong: `check` is chain | document | guard | storage | schema."""

    check: str
    message: str  # English source text with {placeholders}, context "Integrity"
    params: dict[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        return self.message.format(**self.params)


@dataclass(frozen=True)
class ChainState:
    entries: int
    broken_at: int | None  # seq of the first entry where the chain does not hold
    findings: tuple[Finding, ...]

    @property
    def verified(self) -> bool:
        return not self.findings


@dataclass(frozen=True)
class CheckReport:
    database: str
    schema: str | None
    program: str
    entries: int
    documents: int
    findings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        return not self.findings


class _Found:
    """Findings of one check, at most MAX_FINDINGS kept and the rest counted."""

    def __init__(self, check: str) -> None:
        self.check = check
        self.items: list[Finding] = []
        self.more = 0

    def add(self, message: str, **params: Any) -> None:
        if len(self.items) < MAX_FINDINGS:
            self.items.append(Finding(self.check, message, params))
        else:
            self.more += 1

    def done(self) -> list[Finding]:
        if self.more:
            self.items.append(Finding(self.check, QT_TRANSLATE_NOOP(
                "Integrity", "… and {count} more findings of the same check."),
                {"count": self.more}))
        return self.items


# Reading the rows ---------------------------------------------------------------------------
#
# Hundreds of thousands of rows are hashed, so on SQLite they are read with the DBAPI cursor and
# each stored value is turned straight into the text its canonical JSON holds (a UUID as its
# dashed text, a time as its ISO text in UTC), which is what the ORM's value would become there:
# the hash is the same, without building a UUID and a datetime only to print them again. A value
# stored in any other form than the program writes (a hand-edited row) is read again the ORM's
# own way and hashed exactly as before. PostgreSQL rows always come the ORM's way.


class _Slow(Exception):
    """A stored value not in the form the program writes it."""


_Row = Any  # a plain row (a named tuple of the canonical values) or the ORM's Row


_HEX32 = re.compile(r"[0-9a-f]{32}")
_STORED_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}")
_PLAIN_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                               allow_nan=False)  # both canonical forms, for plain values


def _uuid_text(raw: Any) -> str | None:
    if raw is None:
        return None
    if type(raw) is str and len(raw) == 32 and _HEX32.fullmatch(raw):
        return f"{raw[:8]}-{raw[8:12]}-{raw[12:16]}-{raw[16:20]}-{raw[20:]}"
    raise _Slow


def _time_text(raw: Any) -> str | None:
    """Stored naive UTC 'YYYY-MM-DD HH:MM:SS.ffffff' as the aware time's isoformat()."""
    if raw is None:
        return None
    if type(raw) is str and _STORED_TIME.fullmatch(raw):
        try:
            datetime.fromisoformat(raw)  # a real date and time, as the ORM would read it
        except ValueError:
            raise _Slow from None
        return f"{raw[:10]}T{raw[11:]}+00:00"
    raise _Slow


def _of_type(kind: type) -> Callable[[Any], Any]:
    def value(raw: Any) -> Any:
        if raw is None or type(raw) is kind:
            return raw
        raise _Slow
    return value


def _boolean(raw: Any) -> bool | None:
    if raw is None:
        return None
    if type(raw) is int:
        return bool(raw)
    raise _Slow


def _never(_raw: Any) -> Any:
    raise _Slow


# json.loads without its Python steps around the scanner; for a document, every float rounded
# as it is read, which is all that _plain does to what JSON gives (the keys are text already).
_SCAN = json.JSONDecoder().scan_once
_SCAN_ROUNDED = json.JSONDecoder(parse_float=lambda t: round(float(t), PLACES)).scan_once


def _json(rounded: bool) -> Callable[[Any], Any]:
    scan = _SCAN_ROUNDED if rounded else _SCAN

    def value(raw: Any) -> Any:
        if raw is None:
            return None
        if type(raw) is not str:
            raise _Slow
        try:
            loaded, end = scan(raw, 0)
        except StopIteration:
            raise _Slow from None
        if end != len(raw):  # more after the value (spaces, or not JSON): the exact way
            raise _Slow
        return loaded
    return value


def _reader(column: Column[Any], rounded: bool) -> Callable[[Any], Any] | None:
    """How a stored value becomes its canonical one; None: it already is (SQLite hands text
    and integers to the ORM as stored, and a wrong kind of value fails the JSON encoder)."""
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return _time_text
    if isinstance(kind, Uuid):
        return _uuid_text
    if isinstance(kind, JSON):
        return _json(rounded)
    if isinstance(kind, Boolean):
        return _boolean
    if isinstance(kind, Integer):  # a float would be rounded in a document
        return _of_type(int) if rounded else None
    if isinstance(kind, LargeBinary):
        return _of_type(bytes)
    if isinstance(kind, String):  # Text too
        return None
    return _never


def _rows(conn: Connection, query: Any, *, rounded: bool = False,
          raw_text: tuple[str, ...] = ()) -> Iterator[tuple[_Row, Callable[[], _Row] | None]]:
    """(row, exact) for each row of `query` (a select of one table's columns, some maybe
    renamed); `exact` is None when `row` holds the ORM's values, else the row's values are
    the canonical texts (see above) and `exact()` reads it again the ORM's way: a hash that
    does not match is recomputed from that before anything is reported. `rounded`: JSON
    values rounded as a signed document's content is; `raw_text`: columns handed over as
    selected."""
    if conn.dialect.name != "sqlite":
        for row in conn.execution_options(yield_per=2000).execute(query):
            yield row, None
        return

    def exact(rowid: int) -> _Row:
        return conn.execute(query.where(literal_column("rowid") == rowid)).one()

    names = [c.name for c in query.selected_columns]
    plain = namedtuple("Stored", names)  # type: ignore[misc]
    table = query.get_final_froms()[0]
    convert = [(i, read) for i, name in enumerate(names)
               if name not in raw_text and name in table.c
               and (read := _reader(table.c[name], rounded)) is not None]
    sql = query.add_columns(literal_column("rowid").label("_rowid"))
    compiled = sql.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True})
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(str(compiled))
        while batch := cursor.fetchmany(5000):
            for raw in batch:
                values = list(raw)
                rowid = values.pop()
                try:
                    for i, read in convert:
                        values[i] = read(values[i])
                except _Slow:
                    yield exact(rowid), None
                    continue
                yield plain._make(values), partial(exact, rowid)
    finally:
        cursor.close()


# The chain ------------------------------------------------------------------------------------

_AUDIT = cast(Table, AuditLog.__table__)


def _entry_holds(row: _Row, exact: Callable[[], _Row] | None) -> bool:
    """Whether the entry's hash is that of its content."""
    if exact is not None:
        try:
            content = _PLAIN_JSON.encode({name: getattr(row, name) for name in ledger.ENTRY_FIELDS})
            text = f"{row.prev_hash}\n{content}"
            if hashlib.sha256(text.encode()).hexdigest() == row.entry_hash:
                return True
        except (TypeError, ValueError):  # not a plain value after all
            pass
        row = exact()
    return ledger.entry_hash(row.prev_hash, ledger.entry_content(row)) == row.entry_hash


def _chain(conn: Connection) -> tuple[ChainState, dict[tuple[str, str], str]]:
    """Walk the whole chain; also return the last hash each document's entries recorded."""
    found = _Found("chain")
    recorded: dict[tuple[str, str], str] = {}
    expected_seq, prev, count, broken = 1, ledger.GENESIS, 0, None
    for row, exact in _entries(conn):
        count += 1
        if row.seq is None:
            found.add(QT_TRANSLATE_NOOP(
                "Integrity", "Audit entry {entry} ({when}, {action} on {entity}) was written "
                "outside the chain."), entry=str(row.id), when=_when(row.at),
                action=row.action, entity=row.entity)
            broken = broken or expected_seq
            continue
        if row.seq != expected_seq:
            found.add(QT_TRANSLATE_NOOP(
                "Integrity", "Audit entries {first} to {last} are missing from the chain "
                "(removed from the log)."), first=expected_seq, last=row.seq - 1)
            broken = broken or expected_seq
        elif row.prev_hash != prev:
            found.add(QT_TRANSLATE_NOOP(
                "Integrity", "Audit entry {seq} does not follow the entry before it (the log "
                "was changed or an entry put in)."), seq=row.seq)
            broken = broken or row.seq
        if not _entry_holds(row, exact):
            found.add(QT_TRANSLATE_NOOP(
                "Integrity", "Audit entry {seq} ({when}, {action} on {entity}) was changed "
                "after it was written."), seq=row.seq, when=_when(row.at), action=row.action,
                entity=row.entity)
            broken = broken or row.seq
        after = row.after
        if row.entity in DOCUMENTS and isinstance(after, dict) and "hash" in after:
            recorded[(row.entity, row.entity_id)] = after["hash"]
        expected_seq, prev = row.seq + 1, row.entry_hash
    return ChainState(count, broken, tuple(found.done())), recorded


def _entries(conn: Connection) -> Iterator[tuple[_Row, Callable[[], _Row] | None]]:
    """Every entry: in the chain's order (by its index), then any written outside it."""
    yield from _rows(conn, select(_AUDIT).where(_AUDIT.c.seq.is_not(None))
                     .order_by(_AUDIT.c.seq))
    yield from _rows(conn, select(_AUDIT).where(_AUDIT.c.seq.is_(None)))


def chain_state(session: Session) -> ChainState:
    """The audit log's chain verified from its first entry to its last."""
    return _chain(session.connection())[0]


def _when(at: Any) -> str:
    if isinstance(at, str):  # a plain row's time text
        at = datetime.fromisoformat(at)
    return at.astimezone().strftime("%Y-%m-%d %H:%M") if at is not None else "?"


# Signed documents -----------------------------------------------------------------------------

_NAMES = {"check_in": QT_TRANSLATE_NOOP("Integrity", "check-in"),
          "handover": QT_TRANSLATE_NOOP("Integrity", "pickup record"),
          "settlement": QT_TRANSLATE_NOOP("Integrity", "bill")}


_NUMBERS_ONLY = re.compile(r"[\[\]0-9eE+\-., ]*")
_SLOT = "\u0000signature strokes\u0000"  # a text no real content holds
_SLOT_TEXT = json.dumps(_SLOT, ensure_ascii=False)


def _signed_hash(content_of: Callable[[Any], dict[str, Any]]
                 ) -> Callable[[bool, _Row], str]:
    """The document's content hash from a row whose strokes come as the stored JSON text.

    A signature is thousands of numbers; decoding and re-encoding them is most of the work.
    Strokes made only of numbers (as the program stores them, already rounded) have the
    canonical text of the stored text with its spaces taken out, so that is hashed; anything
    else is decoded and hashed the slow, exact way. (Strokes not rounded as the program rounds
    them give another hash and are reported as changed, which they were.) A plain row's other
    values are already what the canonical form holds but for the signature picture (its hash).
    """

    def compute(plain: bool, row: _Row) -> str:
        raw = row.strokes_text or "[]"
        content = {**content_of(row), "signature_strokes": _SLOT}
        if plain:
            content["signature_png"] = hashlib.sha256(content["signature_png"]).hexdigest()
        if _NUMBERS_ONLY.fullmatch(raw):
            whole = _PLAIN_JSON.encode(content) if plain else canonical(content)
            whole = whole.replace(_SLOT_TEXT, raw.replace(" ", ""), 1)
            return hashlib.sha256(whole.encode("utf-8")).hexdigest()
        return content_hash({**content, "signature_strokes": json.loads(raw)})

    return compute


def _settlement_hash(plain: bool, row: _Row) -> str:
    if not plain:
        return ledger.settlement_hash(row)
    content = {name: getattr(row, name) for name in ledger.SETTLEMENT_SEALED}
    return hashlib.sha256(_PLAIN_JSON.encode(content).encode()).hexdigest()


def _holds(compute: Callable[[bool, _Row], str], row: _Row,
           exact: Callable[[], _Row] | None) -> bool:
    """Whether the document's own hash is that of its content (see _rows)."""
    if exact is not None:
        try:
            if compute(True, row) == row.content_hash:
                return True
        except (TypeError, ValueError):  # not a plain value after all
            pass
        row = exact()
    return compute(False, row) == row.content_hash


def _documents(conn: Connection, recorded: dict[tuple[str, str], str]) -> tuple[int, list]:
    found = _Found("document")
    check_ins, pickups = cast(Table, CheckIn.__table__), cast(Table, Handover.__table__)
    kinds: list[tuple[str, Any, Callable[[bool, _Row], str], Callable[[Any], str]]] = [
        ("check_in", _with_strokes_text(check_ins).where(CheckIn.status.in_(checkin.LOCKED)),
         _signed_hash(checkin.signed_content), lambda r: f"v{r.version}"),
        ("handover", _with_strokes_text(pickups), _signed_hash(handover.signed_content),
         lambda r: ""),
        ("settlement", select(cast(Table, Settlement.__table__)), _settlement_hash,
         lambda r: r.number),
    ]
    count = 0
    for entity, query, compute, label in kinds:
        for row, exact in _rows(conn, query, rounded=entity != "settlement",
                                raw_text=("strokes_text",)):
            count += 1
            chained = recorded.get((entity, str(row.id)))
            if not _holds(compute, row, exact):
                message = QT_TRANSLATE_NOOP(
                    "Integrity", "The {document} {label} of order {order} was changed after "
                    "it was signed: it no longer matches its own hash.")
            elif chained is None:
                message = QT_TRANSLATE_NOOP(
                    "Integrity", "The {document} {label} of order {order} has no entry in the "
                    "audit chain.")
            elif chained != row.content_hash:
                message = QT_TRANSLATE_NOOP(
                    "Integrity", "The {document} {label} of order {order} differs from what "
                    "the audit chain recorded when it was signed.")
            else:
                continue
            found.add(message, document=_NAMES[entity], label=label(row),
                      order=_order_number(conn, row.order_id))
    return count, found.done()


def _with_strokes_text(table: Table) -> Any:
    """Every column but the strokes, and the strokes as the JSON text stored."""
    strokes = table.c.signature_strokes
    return select(*(c for c in table.c if c is not strokes),
                  sa_cast(strokes, Text).label("strokes_text"),
                  null().label("signature_strokes"))  # the content's slot, filled from the text


def _order_number(conn: Connection, order_id: Any) -> str:
    from db.models import WorkOrder

    if isinstance(order_id, str):  # a plain row's UUID text
        order_id = uuid.UUID(order_id)
    number = conn.execute(select(WorkOrder.number).where(WorkOrder.id == order_id)).scalar()
    return number or str(order_id)


# Guards and storage ---------------------------------------------------------------------------

def _guards(conn: Connection) -> list[Finding]:
    found = _Found("guard")
    if conn.dialect.name == "sqlite":
        present = {n for (n,) in conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'"))}
        disabled: set[str] = set()
        wanted = SQLITE_GUARDS
    else:
        rows = conn.execute(text(
            "SELECT tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal")).all()
        present = {r[0] for r in rows}
        disabled = {r[0] for r in rows if r[1] == "D"}
        wanted = POSTGRES_GUARDS
    for name in wanted:
        if name not in present:
            found.add(QT_TRANSLATE_NOOP(
                "Integrity", "The database's guard {name} is missing: settled and signed "
                "records could be changed without a trace."), name=name)
        elif name in disabled:
            found.add(QT_TRANSLATE_NOOP(
                "Integrity", "The database's guard {name} is switched off."), name=name)
    return found.done()


def _sqlite_damage(conn: Connection) -> _Found:
    found = _Found("storage")
    for (line,) in conn.execute(text("PRAGMA integrity_check")):
        if line != "ok":
            found.add(QT_TRANSLATE_NOOP(
                "Integrity", "The database file is damaged: {detail}"), detail=line)
    return found


def _sqlite_orphans(conn: Connection) -> _Found:
    found = _Found("storage")
    for table, rowid, parent, _fk in conn.execute(text("PRAGMA foreign_key_check")):
        found.add(QT_TRANSLATE_NOOP(
            "Integrity", "A row of {table} (row {rowid}) points at a missing row of "
            "{parent}."), table=table, rowid=rowid, parent=parent)
    return found


def _one_list(*parts: _Found) -> list[Finding]:
    """The parts' findings as one check's, in order, MAX_FINDINGS kept in all."""
    found = _Found("storage")
    for part in parts:
        for finding in part.items:
            found.add(finding.message, **finding.params)
        found.more += part.more
    return found.done()


def _storage(conn: Connection) -> list[Finding]:
    if conn.dialect.name == "sqlite":
        return _one_list(_sqlite_damage(conn), _sqlite_orphans(conn))
    found = _Found("storage")
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            column, parent = fk.parent, fk.column
            orphans = conn.execute(text(
                f'SELECT count(*) FROM "{table.name}" AS c WHERE c."{column.name}" IS NOT NULL '
                f'AND NOT EXISTS (SELECT 1 FROM "{parent.table.name}" AS p '
                f'WHERE p."{parent.name}" = c."{column.name}")')).scalar()
            if orphans:
                found.add(QT_TRANSLATE_NOOP(
                    "Integrity", "{count} rows of {table} point at a missing row of {parent}."),
                    count=orphans, table=table.name, parent=parent.table.name)
    for name, table in conn.execute(text(
            "SELECT conname, conrelid::regclass::text FROM pg_constraint "
            "WHERE NOT convalidated AND connamespace = 'public'::regnamespace")):
        found.add(QT_TRANSLATE_NOOP(
            "Integrity", "The constraint {name} on {table} was never checked against the rows."),
            name=name, table=table)
    return found.done()


# The whole check -------------------------------------------------------------------------------

def check(database: Database) -> CheckReport:
    """Every check on the database (a read: nothing is written)."""
    from db.migrate import current_revision
    from db.migrations import HEAD

    revision = current_revision(database.engine)
    findings: list[Finding] = []
    if revision != HEAD:
        findings.append(Finding("schema", QT_TRANSLATE_NOOP(
            "Integrity", "The database's schema is {schema}, the program's {program}: open it "
            "with the program once to upgrade it."), {"schema": revision or "-",
                                                      "program": HEAD}))
        return CheckReport(database.describe(), revision, HEAD, 0, 0, tuple(findings))
    # SQLite's integrity_check and foreign_key_check of a big file take seconds of their own
    # and let go of Python's lock while they run: each goes on, on its own connection, beside
    # the walk of the chain and the documents (the walk is the one that needs Python). Every
    # connection is opened and begun here first, and ended here last: the engine's file guard
    # looks at the process's open files on each begin, so none opens or closes meanwhile.
    sqlite = database.engine.dialect.name == "sqlite"
    works = (_sqlite_damage, _sqlite_orphans) if sqlite else (_storage,)
    with ExitStack() as open_:
        conn, *others = [open_.enter_context(database.engine.connect())
                         for _ in range(1 + len(works))]
        for each in (conn, *others):
            each.begin()
        with ThreadPoolExecutor(len(works)) as beside:
            parts = [beside.submit(work, other)
                     for work, other in zip(works, others, strict=True)]
            state, recorded = _chain(conn)
            findings += state.findings
            documents, found = _documents(conn, recorded)
            findings += found
            findings += _guards(conn)
            storage = [part.result() for part in parts]
        for each in (conn, *others):
            each.rollback()
    findings += _one_list(*storage) if sqlite else storage[0]
    return CheckReport(database.describe(), revision, HEAD, state.entries, documents,
                       tuple(findings))


def lines(report: CheckReport) -> Iterator[str]:
    """The report as the command line prints it."""
    yield f"database: {report.database}"
    yield f"schema: {report.schema or '-'} (program {report.program})"
    yield f"audit entries in the chain: {report.entries:,}; signed documents: {report.documents:,}"
    for finding in report.findings:
        yield f"FOUND [{finding.check}] {finding.text()}"
    yield ("all checks passed" if report.ok
           else f"{len(report.findings)} finding(s): the database is not as it was written")


def chain(database: Database, actor: Actor) -> ChainState:
    """The chain's state for the manager's audit viewer."""
    with database.read() as session:
        require(session, actor, Permission.AUDIT_VIEW)
        return chain_state(session)
