"""`garagedesk check` reads the stored texts directly (fast); a value stored in another form than
the program writes is read the ORM's way, so what check finds does not depend on the form."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from app.domain.handover import PickupFacts
from app.services import checkin, handover, integrity
from tests.app.handover_helpers import STROKES, settled_order
from tests.tamper import forced


@pytest.fixture
def delivered(database, advisor):  # type: ignore[no-untyped-def]
    order_id = settled_order(database, advisor)
    with database.write() as s:
        handover.deliver(s, advisor, order_id, PickupFacts(46230), STROKES, b"\x89PNG", "张三")
    return order_id


def _path(database) -> Path:  # type: ignore[no-untyped-def]
    return Path(database.engine.url.database or "")


def _not_guards(database) -> list[str]:  # type: ignore[no-untyped-def]
    return [f.text() for f in integrity.check(database).findings if f.check != "guard"]


def _marks(database, check_in_id) -> str:  # type: ignore[no-untyped-def]
    with sqlite3.connect(_path(database)) as conn:
        return conn.execute("SELECT marks FROM check_ins WHERE id = ?",
                            (check_in_id.hex,)).fetchone()[0]


def test_the_same_values_stored_in_other_forms_are_the_same_documents(  # type: ignore[no-untyped-def]
        database, delivered):
    with database.read() as s:
        signed = checkin.current(s, delivered)
    assert signed is not None
    [mark] = json.loads(_marks(database, signed.id))
    assert (mark["x"], mark["y"]) == (0.25, 0.2)
    # The same mark with digits the check-in does not keep and an exponent; times with a "T";
    # an entry's id in capitals, its JSON without spaces: the ORM reads each as the same value.
    marks = json.dumps([{**mark, "x": "X", "y": "Y"}], ensure_ascii=False).replace(
        '"X"', "0.2500000001").replace('"Y"', "2e-1")
    forced(_path(database),
           ("UPDATE check_ins SET marks = ?, signed_at = replace(signed_at, ' ', 'T') "
            "WHERE id = ?", (marks, signed.id.hex)),
           "UPDATE audit_log SET id = upper(id), at = replace(at, ' ', 'T'), "
           "after = json(after)",
           "UPDATE settlements SET settled_at = replace(settled_at, ' ', 'T')",
           "UPDATE handovers SET signed_at = replace(signed_at, ' ', 'T')")
    assert "2500000001" in _marks(database, signed.id)
    assert _not_guards(database) == []


def test_a_mark_moved_past_what_is_kept_is_found(database, delivered) -> None:  # type: ignore[no-untyped-def]
    with database.read() as s:
        signed = checkin.current(s, delivered)
    assert signed is not None
    marks = _marks(database, signed.id).replace("0.25", "0.2501")
    forced(_path(database), ("UPDATE check_ins SET marks = ?, signed_at = replace(signed_at, "
                             "' ', 'T') WHERE id = ?", (marks, signed.id.hex)))
    found = _not_guards(database)
    assert len(found) == 1, found
    [finding] = found
    assert "check-in v1 of order WX-" in finding and "no longer matches its own hash" in finding
