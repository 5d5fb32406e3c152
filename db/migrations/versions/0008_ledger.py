"""settled and signed means unchangeable: triggers, the audit log's hash chain, bill hashes

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 18:00:00

Triggers on SQLite and PostgreSQL refuse UPDATE and DELETE of
- every audit entry (append-only),
- every payment and every reversal record (corrections are new rows, never edits),
- a settlement, except exactly the two changes the program itself makes (below),
- the lines of an order whose bill is in force (status 'settled'),
- a signed or confirmed check-in version (a change is a new version), and every pickup record.

The two narrow changes a bill allows, every other column staying as it was:
- reversal: status settled → reversed with owed_fen 0, only once its settlement_reversals row
  exists (the program inserts that row first);
- money paid later against arrears: owed_fen goes down and paid_fen up by the same amount, and
  owed_fen is then exactly on_account_fen minus the bill's arrears payments (the program
  inserts the payment first).

The audit log gets seq / prev_hash / entry_hash; existing entries are chained here in the order
they were written (time, then id). Settlements get content_hash; every signed document (check-in,
pickup, bill) with no chained entry holding its hash gets one now ("sealed"), so that
`garagedesk check` can hold every document against the chain.

A later migration that adds a column to `settlements` must re-create the settlement trigger
with the new column in its list (and on SQLite a table rebuilt by batch mode loses its
triggers: re-create them).
"""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa
from alembic import op

import db.types
from db import ledger

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

LOCKED = "('signed', 'confirmed')"
SETTLEMENT_COLUMNS = (
    "id", "number", "order_id", "customer_id", "branch_id", "status", "labor_fen",
    "parts_fen", "other_fen", "discount_fen", "vat_fen", "total_fen", "deposit_fen", "due_fen",
    "paid_fen", "change_fen", "on_account_fen", "owed_fen", "cashier_id", "cashier_name",
    "approved_by_id", "approved_by_name", "settled_at", "content_hash",
)
MOVABLE = {"status", "owed_fen", "paid_fen"}

MESSAGES = {
    "audit": "GarageDesk: the audit log is append-only; entries are never changed or removed",
    "payment": "GarageDesk: a payment is never changed or removed; a correction is a reversal",
    "reversal": "GarageDesk: a reversal record is never changed or removed",
    "settlement": "GarageDesk: a settled bill is never changed or removed; a manager "
                  "reverses it",
    "line": "GarageDesk: the lines of a settled order are never changed or removed",
    "check_in": "GarageDesk: a signed check-in is never changed or removed; make a new version",
    "handover": "GarageDesk: a signed pickup record is never changed or removed",
}
ALWAYS = {"audit_log": "audit", "payments": "payment", "settlement_reversals": "reversal",
          "handovers": "handover"}


def _same(is_same: str) -> str:
    return " AND ".join(f"NEW.{c} {is_same} OLD.{c}" for c in SETTLEMENT_COLUMNS
                        if c not in MOVABLE)


def _bill_change_allowed(is_same: str) -> str:
    return f"""({_same(is_same)}) AND OLD.status = 'settled' AND (
        (NEW.status = 'reversed' AND NEW.owed_fen = 0 AND NEW.paid_fen = OLD.paid_fen
         AND EXISTS (SELECT 1 FROM settlement_reversals r WHERE r.settlement_id = OLD.id))
     OR (NEW.status = 'settled' AND NEW.owed_fen >= 0 AND NEW.owed_fen < OLD.owed_fen
         AND NEW.paid_fen - OLD.paid_fen = OLD.owed_fen - NEW.owed_fen
         AND NEW.owed_fen = OLD.on_account_fen - (
             SELECT COALESCE(SUM(p.amount_fen), 0) FROM payments p
             WHERE p.settlement_id = OLD.id AND p.kind = 'arrears')))"""


_IN_FORCE = ("EXISTS (SELECT 1 FROM settlements s WHERE s.order_id = {row}.order_id "
             "AND s.status = 'settled')")


def _sqlite_triggers() -> list[tuple[str, str]]:
    """(name, CREATE TRIGGER …) for SQLite."""
    def refuse(name: str, when: str, table: str, message: str, condition: str = "") -> tuple:
        where = f" WHEN {condition}" if condition else ""
        return name, (f"CREATE TRIGGER {name} BEFORE {when} ON {table}{where} BEGIN "
                      f"SELECT RAISE(ABORT, '{MESSAGES[message]}'); END")

    made = []
    for table, message in ALWAYS.items():
        made.append(refuse(f"{table}_no_update", "UPDATE", table, message))
        made.append(refuse(f"{table}_no_delete", "DELETE", table, message))
    made.append(refuse("settlements_no_delete", "DELETE", "settlements", "settlement"))
    made.append(refuse("settlements_no_update", "UPDATE", "settlements", "settlement",
                       f"NOT ({_bill_change_allowed('IS')})"))
    made.append(refuse("settled_lines_no_update", "UPDATE", "work_order_lines", "line",
                       f"{_IN_FORCE.format(row='OLD')} OR {_IN_FORCE.format(row='NEW')}"))
    made.append(refuse("settled_lines_no_delete", "DELETE", "work_order_lines", "line",
                       _IN_FORCE.format(row="OLD")))
    made.append(refuse("signed_check_ins_no_update", "UPDATE", "check_ins", "check_in",
                       f"OLD.status IN {LOCKED}"))
    made.append(refuse("signed_check_ins_no_delete", "DELETE", "check_ins", "check_in",
                       f"OLD.status IN {LOCKED}"))
    return made


def _postgres_statements() -> list[str]:
    raise_ = "RAISE EXCEPTION '%', {msg} USING ERRCODE = 'restrict_violation';"
    out = [f"""CREATE FUNCTION garagedesk_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN {raise_.format(msg='TG_ARGV[0]')} END $$""",
           f"""CREATE FUNCTION garagedesk_settlement_guard() RETURNS trigger LANGUAGE plpgsql
        AS $$ BEGIN
            IF TG_OP = 'UPDATE' AND {_bill_change_allowed('IS NOT DISTINCT FROM')} THEN
                RETURN NEW;
            END IF;
            {raise_.format(msg=repr(MESSAGES['settlement']))}
        END $$""",
           f"""CREATE FUNCTION garagedesk_settled_lines_guard() RETURNS trigger
        LANGUAGE plpgsql AS $$ BEGIN
            IF {_IN_FORCE.format(row='OLD')} OR (TG_OP = 'UPDATE'
                AND {_IN_FORCE.format(row='NEW')}) THEN
                {raise_.format(msg=repr(MESSAGES['line']))}
            END IF;
            IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
            RETURN NEW;
        END $$"""]
    for table, message in ALWAYS.items():
        out.append(f"CREATE TRIGGER {table}_unchangeable BEFORE UPDATE OR DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION garagedesk_refuse('{MESSAGES[message]}')")
    for table, message in {**ALWAYS, "settlements": "settlement"}.items():
        out.append(f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                   f"FOR EACH STATEMENT EXECUTE FUNCTION garagedesk_refuse("
                   f"'{MESSAGES[message]}')")
    out += [
        "CREATE TRIGGER settlements_guard BEFORE UPDATE OR DELETE ON settlements "
        "FOR EACH ROW EXECUTE FUNCTION garagedesk_settlement_guard()",
        "CREATE TRIGGER settled_lines_guard BEFORE UPDATE OR DELETE ON work_order_lines "
        "FOR EACH ROW EXECUTE FUNCTION garagedesk_settled_lines_guard()",
        f"CREATE TRIGGER signed_check_ins_unchangeable BEFORE UPDATE OR DELETE ON check_ins "
        f"FOR EACH ROW WHEN (OLD.status IN {LOCKED}) "
        f"EXECUTE FUNCTION garagedesk_refuse('{MESSAGES['check_in']}')",
    ]
    return out


_POSTGRES_TRIGGERS = [(f"{t}_unchangeable", t) for t in ALWAYS] + [
    (f"{t}_no_truncate", t) for t in (*ALWAYS, "settlements")] + [
    ("settlements_guard", "settlements"), ("settled_lines_guard", "work_order_lines"),
    ("signed_check_ins_unchangeable", "check_ins")]
_POSTGRES_FUNCTIONS = ("garagedesk_refuse", "garagedesk_settlement_guard",
                       "garagedesk_settled_lines_guard")


def _audit_table() -> sa.Table:
    return sa.table(
        "audit_log", sa.column("id", sa.Uuid()), sa.column("at", db.types.UTCDateTime()),
        sa.column("user_id", sa.Uuid()), sa.column("user_name", sa.String()),
        sa.column("entity", sa.String()), sa.column("entity_id", sa.String()),
        sa.column("action", sa.String()), sa.column("before", sa.JSON()),
        sa.column("after", sa.JSON()), sa.column("seq", sa.Integer()),
        sa.column("prev_hash", sa.String()), sa.column("entry_hash", sa.String()))


def _chain_existing(conn: sa.Connection) -> None:
    audit = _audit_table()
    rows = conn.execute(sa.select(audit).order_by(audit.c.at, audit.c.id)).all()
    prev, changes = ledger.GENESIS, []
    for seq, row in enumerate(rows, start=1):
        h = ledger.entry_hash(prev, ledger.entry_content(dict(row._mapping, seq=seq)))
        changes.append({"row_id": row.id, "seq": seq, "prev": prev, "hash": h})
        prev = h
    if changes:
        conn.execute(audit.update().where(audit.c.id == sa.bindparam("row_id")).values(
            seq=sa.bindparam("seq"), prev_hash=sa.bindparam("prev"),
            entry_hash=sa.bindparam("hash")), changes)


def _hash_settlements(conn: sa.Connection) -> None:
    typed = {"id": sa.Uuid(), "order_id": sa.Uuid(), "customer_id": sa.Uuid(),
             "branch_id": sa.Uuid(), "cashier_id": sa.Uuid(), "approved_by_id": sa.Uuid(),
             "settled_at": db.types.UTCDateTime()}
    bills = sa.table("settlements", *(sa.column(c, typed.get(c)) for c in SETTLEMENT_COLUMNS))
    changes = [{"row_id": r.id, "hash": ledger.settlement_hash(r._mapping)}
               for r in conn.execute(sa.select(bills))]
    if changes:
        conn.execute(bills.update().where(bills.c.id == sa.bindparam("row_id"))
                     .values(content_hash=sa.bindparam("hash")), changes)


def _seal_documents(conn: sa.Connection) -> None:
    """One chained entry for each signed document whose hash no entry holds yet."""
    audit = _audit_table()
    held = {(r.entity, r.entity_id, (r.after or {}).get("hash"))
            for r in conn.execute(sa.select(audit.c.entity, audit.c.entity_id, audit.c.after)
                                  .where(audit.c.entity.in_(("check_in", "handover",
                                                             "settlement"))))}
    documents = [
        ("check_in", f"SELECT id, content_hash FROM check_ins WHERE status IN {LOCKED}"),
        ("handover", "SELECT id, content_hash FROM handovers"),
        ("settlement", "SELECT id, content_hash FROM settlements"),
    ]
    now = db.types.utcnow()
    new: list[dict[str, Any]] = []
    for entity, sql in documents:
        for row_id, content_hash in conn.execute(sa.text(sql)):
            entity_id = str(uuid.UUID(str(row_id)))
            if (entity, entity_id, content_hash) not in held:
                new.append({"id": uuid.uuid4(), "at": now, "user_id": None,
                            "user_name": "", "entity": entity, "entity_id": entity_id,
                            "action": "sealed",
                            "before": None, "after": {"hash": content_hash,
                                                      "by": "migration 0008"}})
    if new:
        ledger.chain_rows(conn, new)
        conn.execute(audit.insert(), new)


def upgrade() -> None:
    with op.batch_alter_table('audit_log') as batch:
        batch.add_column(sa.Column('seq', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('prev_hash', sa.String(64), nullable=False,
                                   server_default=sa.text("''")))
        batch.add_column(sa.Column('entry_hash', sa.String(64), nullable=False,
                                   server_default=sa.text("''")))
    op.create_index('ix_audit_log_seq', 'audit_log', ['seq'], unique=True)
    with op.batch_alter_table('settlements') as batch:
        batch.add_column(sa.Column('content_hash', sa.String(64), nullable=False,
                                   server_default=sa.text("''")))
    conn = op.get_bind()
    _hash_settlements(conn)
    _chain_existing(conn)
    _seal_documents(conn)
    if conn.dialect.name == "postgresql":
        for statement in _postgres_statements():
            op.execute(statement)
    else:
        for _name, statement in _sqlite_triggers():
            op.execute(statement)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        for name, table in _POSTGRES_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        for name in _POSTGRES_FUNCTIONS:
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    else:
        for name, _statement in _sqlite_triggers():
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table('settlements') as batch:
        batch.drop_column('content_hash')
    op.drop_index('ix_audit_log_seq', table_name='audit_log')
    with op.batch_alter_table('audit_log') as batch:
        batch.drop_column('entry_hash')
        batch.drop_column('prev_hash')
        batch.drop_column('seq')
