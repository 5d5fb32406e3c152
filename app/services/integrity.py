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
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Connection, Table, Text, null, select, text
from sqlalchemy import cast as sa_cast
from sqlalchemy.orm import Session

from app.domain.checkin import canonical, content_hash
from app.i18n import QT_TRANSLATE_NOOP
from app.services import checkin, handover
from db import ledger
from db.engine import Database
from db.models import AuditLog, Base, CheckIn, Handover, Settlement

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


# The chain ------------------------------------------------------------------------------------

_AUDIT = cast(Table, AuditLog.__table__)


def _chain(conn: Connection) -> tuple[ChainState, dict[tuple[str, str], str]]:
    """Walk the whole chain; also return the last hash each document's entries recorded."""
    found = _Found("chain")
    recorded: dict[tuple[str, str], str] = {}
    expected_seq, prev, count, broken = 1, ledger.GENESIS, 0, None
    for row in _entries(conn):
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
        computed = ledger.entry_hash(row.prev_hash, ledger.entry_content(row))
        if computed != row.entry_hash:
            found.add(QT_TRANSLATE_NOOP(
                "Integrity", "Audit entry {seq} ({when}, {action} on {entity}) was changed "
                "after it was written."), seq=row.seq, when=_when(row.at), action=row.action,
                entity=row.entity)
            broken = broken or row.seq
        if row.entity in DOCUMENTS and isinstance(row.after, dict) and "hash" in row.after:
            recorded[(row.entity, row.entity_id)] = row.after["hash"]
        expected_seq, prev = row.seq + 1, row.entry_hash
    return ChainState(count, broken, tuple(found.done())), recorded


def _entries(conn: Connection) -> Iterator[Any]:
    """Every entry: in the chain's order (by its index), then any written outside it."""
    streamed = conn.execution_options(yield_per=5000)
    yield from streamed.execute(select(_AUDIT).where(_AUDIT.c.seq.is_not(None))
                                .order_by(_AUDIT.c.seq))
    yield from streamed.execute(select(_AUDIT).where(_AUDIT.c.seq.is_(None)))


def chain_state(session: Session) -> ChainState:
    """The audit log's chain verified from its first entry to its last."""
    return _chain(session.connection())[0]


def _when(at: Any) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M") if at is not None else "?"


# Signed documents -----------------------------------------------------------------------------

_NAMES = {"check_in": QT_TRANSLATE_NOOP("Integrity", "check-in"),
          "handover": QT_TRANSLATE_NOOP("Integrity", "pickup record"),
          "settlement": QT_TRANSLATE_NOOP("Integrity", "bill")}


_NUMBERS_ONLY = re.compile(r"[\[\]0-9eE+\-., ]*")
_SLOT = "\u0000signature strokes\u0000"  # a text no real content holds
_SLOT_TEXT = json.dumps(_SLOT, ensure_ascii=False)


def _signed_hash(content_of: Callable[[Any], dict[str, Any]]) -> Callable[[Any], str]:
    """The document's content hash from a row whose strokes come as the stored JSON text.

    A signature is thousands of numbers; decoding and re-encoding them is most of the work.
    Strokes made only of numbers (as the program stores them, already rounded) have the
    canonical text of the stored text with its spaces taken out, so that is hashed; anything
    else is decoded and hashed the slow, exact way. (Strokes not rounded as the program rounds
    them give another hash and are reported as changed, which they were.)
    """

    def compute(row: Any) -> str:
        raw = row.strokes_text or "[]"
        if _NUMBERS_ONLY.fullmatch(raw):
            whole = canonical({**content_of(row), "signature_strokes": _SLOT})
            whole = whole.replace(_SLOT_TEXT, raw.replace(" ", ""), 1)
            return hashlib.sha256(whole.encode("utf-8")).hexdigest()
        return content_hash({**content_of(row), "signature_strokes": json.loads(raw)})

    return compute


def _documents(conn: Connection, recorded: dict[tuple[str, str], str]) -> tuple[int, list]:
    found = _Found("document")
    check_ins, pickups = cast(Table, CheckIn.__table__), cast(Table, Handover.__table__)
    kinds: list[tuple[str, Any, Callable[[Any], str], Callable[[Any], str]]] = [
        ("check_in", _with_strokes_text(check_ins).where(CheckIn.status.in_(checkin.LOCKED)),
         _signed_hash(checkin.signed_content), lambda r: f"v{r.version}"),
        ("handover", _with_strokes_text(pickups), _signed_hash(handover.signed_content),
         lambda r: ""),
        ("settlement", select(cast(Table, Settlement.__table__)), ledger.settlement_hash,
         lambda r: r.number),
    ]
    count = 0
    for entity, query, compute, label in kinds:
        for row in conn.execution_options(yield_per=2000).execute(query):
            count += 1
            chained = recorded.get((entity, str(row.id)))
            if compute(row) != row.content_hash:
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


def _storage(conn: Connection) -> list[Finding]:
    found = _Found("storage")
    if conn.dialect.name == "sqlite":
        for (line,) in conn.execute(text("PRAGMA integrity_check")):
            if line != "ok":
                found.add(QT_TRANSLATE_NOOP(
                    "Integrity", "The database file is damaged: {detail}"), detail=line)
        for table, rowid, parent, _fk in conn.execute(text("PRAGMA foreign_key_check")):
            found.add(QT_TRANSLATE_NOOP(
                "Integrity", "A row of {table} (row {rowid}) points at a missing row of "
                "{parent}."), table=table, rowid=rowid, parent=parent)
        return found.done()
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
    with database.engine.connect() as conn:
        state, recorded = _chain(conn)
        findings += state.findings
        documents, found = _documents(conn, recorded)
        findings += found
        findings += _guards(conn)
        findings += _storage(conn)
        conn.rollback()
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
