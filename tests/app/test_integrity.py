"""Settled and signed means unchangeable (issue 10 §3): the database refuses edits of settled
bills, signed papers and the audit log, and `garagedesk check` finds what was changed anyway
(by someone who dropped the guards with an SQLite shell)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from app.bootstrap import connect
from app.cli import main
from app.domain.checkin import content_hash
from app.domain.handover import PickupFacts
from app.domain.settlement import PaymentDraft
from app.services import audit, checkin, handover, integrity, settlement
from app.services.checkin import signed_content
from db import ledger
from db.engine import Database
from db.migrate import ensure_current
from tests.app.handover_helpers import STROKES, settled_order
from tests.tamper import forced, refused


def _png() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def delivered(database, advisor):  # type: ignore[no-untyped-def]
    """A car checked in (signed), worked on, settled and handed back (signed)."""
    order_id = settled_order(database, advisor)
    with database.write() as s:
        handover.deliver(s, advisor, order_id, PickupFacts(46230), STROKES, _png(), "张三")
    return order_id


def _path(database: Database) -> Path:
    return Path(database.engine.url.database or "")


def _check(database: Database, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["check", "--db", str(_path(database))])
    return code, capsys.readouterr().out


def test_a_shop_as_the_program_wrote_it_passes_check(database, delivered, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out = _check(database, capsys)
    assert code == 0, out
    assert "all checks passed" in out
    report = integrity.check(database)
    assert report.ok and report.documents == 3  # check-in, bill, pickup
    assert report.entries >= 10


def test_settled_and_signed_rows_and_the_log_refuse_raw_edits(database, delivered) -> None:  # type: ignore[no-untyped-def]
    path = _path(database)
    for sql in ("UPDATE settlements SET total_fen = 1", "DELETE FROM settlements",
                "UPDATE settlements SET status = 'reversed', owed_fen = 0",
                "UPDATE payments SET amount_fen = 1", "DELETE FROM payments",
                "UPDATE work_order_lines SET total_fen = 1", "DELETE FROM work_order_lines",
                "UPDATE check_ins SET belongings = '笔记本电脑'", "DELETE FROM check_ins",
                "UPDATE handovers SET odometer_out_km = 1", "DELETE FROM handovers",
                "UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log"):
        assert "GarageDesk:" in refused(path, sql), sql
    assert integrity.check(database).ok  # nothing changed


def test_arrears_and_a_reversal_still_go_through_and_check_stays_clean(  # type: ignore[no-untyped-def]
        database, advisor, manager):
    from tests.app.settle_helpers import TOTAL_FEN, ready_order

    order_id = ready_order(database, advisor, credit=True)
    with database.write() as s:
        bill = settlement.settle(s, advisor, order_id, [PaymentDraft("account", TOTAL_FEN)],
                                 approved_by=manager)
    with database.write() as s:
        settlement.pay_arrears(s, advisor, bill.id, PaymentDraft("card", 20000))
    path = _path(database)
    # owed may only go down by a payment that is really there
    assert "settled bill" in refused(path, "UPDATE settlements SET owed_fen = 0, "
                                     "paid_fen = paid_fen + owed_fen")
    with database.write() as s:
        settlement.reverse(s, manager, order_id, "录错了")
    with database.read() as s:
        assert settlement.settlement_view(s, bill.id).status == "reversed"
        assert [e.action for e in audit.history(s, "settlement", bill.id)] == [
            "settle", "arrears_paid", "reverse"]
    assert integrity.check(database).ok


def test_check_finds_a_signed_check_in_edited_with_its_own_hash_recomputed(  # type: ignore[no-untyped-def]
        database, delivered, capsys):
    with database.read() as s:
        signed = checkin.current(s, delivered)
    assert signed is not None
    with database.read() as s:
        from db.models import CheckIn

        row = s.get_one(CheckIn, signed.id)
        row.belongings = "笔记本电脑"  # in this session only: to compute the forger's hash
        forged = content_hash(signed_content(row))
        s.rollback()
    forced(_path(database), ("UPDATE check_ins SET belongings = '笔记本电脑', content_hash = ? "
                             "WHERE id = ?", (forged, signed.id.hex)))
    with database.read() as s:
        assert checkin.verify(s, signed.id).ok  # its own hash is fooled …
    code, out = _check(database, capsys)  # … the chain is not
    assert code == 1
    assert "check-in v1 of order WX-" in out and "differs from what the audit chain" in out
    assert "guard signed_check_ins_no_update is missing" in out  # and the dropped guards


def test_check_finds_an_audit_entry_changed_and_one_removed(database, delivered, capsys) -> None:  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(_path(database))
    ids = [r[0] for r in conn.execute("SELECT id FROM audit_log ORDER BY seq")]
    conn.close()
    forced(_path(database), ("UPDATE audit_log SET after = json_set(after, '$.total_fen', 1) "
                             "WHERE entity = 'settlement'", ()),
           ("DELETE FROM audit_log WHERE id = ?", (ids[2],)))
    code, out = _check(database, capsys)
    assert code == 1
    assert "Audit entries 3 to 3 are missing from the chain" in out
    assert "on settlement) was changed after it was written" in out
    assert "Traceback" not in out


def test_an_entry_recomputed_by_the_forger_breaks_the_link_to_the_next(database, delivered) -> None:  # type: ignore[no-untyped-def]
    """Rewriting an entry and its own hash still leaves the next entry pointing elsewhere."""
    path = _path(database)
    conn = sqlite3.connect(path)
    row = conn.execute("SELECT seq, prev_hash FROM audit_log WHERE entity = 'settlement'"
                       ).fetchone()
    conn.close()
    with database.read() as s:
        from db.models import AuditLog

        entry = s.scalar(select(AuditLog).where(AuditLog.seq == row[0]))
        content = ledger.entry_content(entry)
    content["after"] = {**content["after"], "total_fen": 1}
    rehashed = ledger.entry_hash(row[1], content)
    forced(path, ("UPDATE audit_log SET after = ?, entry_hash = ? WHERE seq = ?",
                  (json.dumps(content["after"]), rehashed, row[0])))
    report = integrity.check(database)
    texts = [f.text() for f in report.findings if f.check == "chain"]
    assert texts == [f"Audit entry {row[0] + 1} does not follow the entry before it (the log "
                     "was changed or an entry put in)."]


def test_a_damaged_file_is_reported_in_words(database, delivered, capsys) -> None:  # type: ignore[no-untyped-def]
    forced(_path(database), "DELETE FROM users WHERE username = 'lily'")  # foreign keys off
    code, out = _check(database, capsys)
    assert code == 1
    assert "points at a missing row of users" in out


def test_a_mistyped_path_is_reported_and_nothing_is_created(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "shpo.db"
    assert main(["check", "--db", str(missing)]) == 2  # as every command that opens the file
    assert "There is no database file" in capsys.readouterr().err
    assert not missing.exists()


def test_an_older_file_is_chained_and_sealed_by_its_upgrade(tmp_path: Path) -> None:
    sample = Path(__file__).parents[1] / "db" / "schemas" / "0007.db"
    copy = tmp_path / "old.db"
    shutil.copy(sample, copy)
    db = connect(str(copy))
    try:
        ensure_current(db.engine, tmp_path / "backups")
        report = integrity.check(db)
        assert report.ok, [f.text() for f in report.findings]
        assert report.entries > 0
    finally:
        db.dispose()


def test_an_entry_slipped_in_outside_the_chain_is_found(database, delivered) -> None:  # type: ignore[no-untyped-def]
    forced(_path(database), "INSERT INTO audit_log (id, at, user_name, entity, entity_id, "
           "action, before, after, prev_hash, entry_hash) VALUES ('00000000000000000000000000"
           "000001', '2026-11-22 01:00:00.000000', '', 'settlement', 'x', 'settle', 'null', "
           "'null', '', '')")
    [finding] = [f for f in integrity.check(database).findings if f.check == "chain"]
    assert "was written outside the chain" in finding.text()
