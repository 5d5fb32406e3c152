"""The car side of the demo's finished orders: completion checks, pickups with a drawn signature
(hashed exactly as the program hashes a real one), warranties, follow-up call tasks, and a few
comebacks (返修) whose warranty items are free and whose delivery restarts the warranty.

Rows go into the same `Batch` as the orders. The signatures come from the check-in maker's pool,
so a pickup costs no drawing. A restarted warranty's predecessor is pointed at it once at the end
(`link_restarted`): both rows may sit in one chunk, and a row cannot name one inserted after it.
"""

from __future__ import annotations

import hashlib
import json
import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from types import SimpleNamespace
from typing import Any

from sqlalchemy import bindparam, update
from sqlalchemy.engine import Connection

from app.demo_batch import Batch
from app.demo_fleet import Car, new_uuid
from app.domain.checkin import MARK_KINDS, _plain, canonical
from app.domain.completion import DEFAULT_CHECKLIST
from app.domain.handover import PickupFacts, differences, follow_up_due, numbered_marks
from app.domain.warranty import warranty_from
from app.services.handover import signed_content
from db.models import Warranty

LOCAL = timedelta(hours=8)
COMEBACK_CHANCE = 0.012  # of deliveries with a warranty: the car is back within days
FOLLOW_UP_DAYS = 3
NEW_AT_PICKUP = 0.015  # a mark the walk-around finds that the check-in did not have


@dataclass
class Running:
    """A car's live warranty, as the demo remembers it for a possible comeback."""

    warranty_id: uuid.UUID
    order_id: uuid.UUID
    repair_type: str
    until_on: date
    until_km: int | None


class HandoverMaker:
    def __init__(self, rng: random.Random, signatures: list[tuple[list[Any], bytes]],
                 inspector: uuid.UUID, today: date) -> None:
        self.rng, self.signatures, self.inspector = rng, signatures, inspector
        self.today = today  # the demo's last day: follow-ups due a week before it are done
        self.running: dict[uuid.UUID, Running] = {}  # car → its live warranty
        self.coming_back: dict[uuid.UUID, date] = {}  # car → the day it returns for the fault
        self.restarted: list[dict[str, uuid.UUID]] = []  # {"old", "new"} linked at the end
        self.comebacks = 0
        self._strokes_text: dict[int, str] = {}  # pool signature → its canonical JSON

    # Before the order: is it a comeback?
    def comeback_of(self, car: Car, day: date) -> uuid.UUID | None:
        """The original order when `car` is back on its planned comeback day, still covered."""
        planned = self.coming_back.pop(car.id, None)
        if planned is None or day < planned:  # a busy day may put the visit off a little
            return None
        live = self.running.get(car.id)
        if live is None or day > live.until_on or (
                live.until_km is not None and car.mileage > live.until_km):
            return None
        self.comebacks += 1
        return live.order_id

    def comeback_day(self, car: Car, day: date) -> date | None:
        """When the car returns for the same fault, if it does (history schedules the visit)."""
        live = self.running.get(car.id)
        if live is None or live.until_on < day or self.rng.random() >= COMEBACK_CHANCE:
            return None
        back = day + timedelta(days=self.rng.randint(2, min(8, max(2, (live.until_on - day).days))))
        self.coming_back[car.id] = back
        return back

    # After the order: what its last steps left behind
    def write(self, batch: Batch, order_id: uuid.UUID, car: Car, reached: dict[str, datetime],
              repair_type: str | None, fuel: int | None, battery: int | None,
              marks_at_check_in: int, comeback_of: uuid.UUID | None,
              advisor: uuid.UUID) -> None:
        if "ready" in reached:
            batch.add("completion_checks", {
                "id": new_uuid(self.rng), "order_id": order_id,
                "results": [{"item": x, "passed": True, "note": ""} for x in DEFAULT_CHECKLIST],
                "passed": True, "reason": "", "inspector_id": self.inspector,
                "inspector_name": "", "checked_at": reached["ready"]})
        at = reached.get("delivered")
        if at is not None:
            self._pickup(batch, order_id, car, at, repair_type, fuel, battery,
                         marks_at_check_in, comeback_of, advisor)

    def _pickup(self, batch: Batch, order_id: uuid.UUID, car: Car, at: datetime,
                repair_type: str | None, fuel: int | None, battery: int | None, marks: int,
                comeback_of: uuid.UUID | None, advisor: uuid.UUID) -> None:
        rng = self.rng
        out = car.mileage + rng.randint(0, 12)
        new = ()
        if rng.random() < NEW_AT_PICKUP:
            new = ({"x": 0.5 + rng.uniform(-0.3, 0.3), "y": 0.45, "kind": rng.choice(
                list(MARK_KINDS)), "note": "交车时发现，双方确认"},)
        facts = PickupFacts(out, fuel, battery, new)
        numbered = numbered_marks(new, marks)
        strokes, png = rng.choice(self.signatures)
        signed_at = at.replace(microsecond=0)
        row = SimpleNamespace(
            id=new_uuid(rng), order_id=order_id, status="signed", check_in_version=1,
            odometer_in_km=car.mileage, odometer_out_km=out, fuel_eighths_out=fuel,
            battery_percent_out=battery, new_marks=numbered,
            differences=differences(facts, numbered, car.mileage, fuel, battery),
            belongings_returned=True, belongings_note="", signature_strokes=strokes,
            signature_png=png, signer="车主本人", signed_at=signed_at,
            handed_over_by_id=advisor, handed_over_by_name="", created_at=at)
        row.content_hash = self._hash(signed_content(row), strokes)
        batch.add("handovers", vars(row))
        delivered_on = (at + LOCAL).date()
        previous = self.running.get(car.id) if comeback_of is not None else None
        given = warranty_from(previous.repair_type if previous else repair_type, delivered_on,
                              out)
        if given is not None:
            warranty_id = new_uuid(rng)
            batch.add("warranties", {
                "id": warranty_id, "order_id": order_id, "vehicle_id": car.id,
                "repair_type": given.repair_type, "km": given.km, "days": given.days,
                "starts_on": given.starts_on, "until_on": given.until_on,
                "until_km": given.until_km, "restarted": previous is not None,
                "superseded_by_id": None, "created_at": at})
            if previous is not None:
                self.restarted.append({"old": previous.warranty_id, "new": warranty_id})
            self.running[car.id] = Running(warranty_id, order_id, given.repair_type,
                                           given.until_on, given.until_km)
        due = follow_up_due(delivered_on, FOLLOW_UP_DAYS)
        done = due < self.today - timedelta(days=7)
        batch.add("follow_ups", {
            "id": new_uuid(rng), "order_id": order_id, "kind": "call", "due_on": due,
            "status": "done" if done else "open", "outcome": "已回访" if done else "",
            "done_at": datetime(due.year, due.month, due.day, 2, 30, tzinfo=at.tzinfo)
            if done else None, "created_at": at})


    def _hash(self, content: dict[str, Any], strokes: list[Any]) -> str:
        """The program's content hash, with the pool signature's canonical text made once:
        walking a signature's points is most of a hash, and the pool repeats them. The text
        is the same as `content_hash` gives (tested: the demo's pickups verify)."""
        text = self._strokes_text.get(id(strokes))
        if text is None:
            text = json.dumps(_plain(strokes), ensure_ascii=False, separators=(",", ":"),
                              allow_nan=False)
            self._strokes_text[id(strokes)] = text
        whole = canonical({**content, "signature_strokes": _SLOT})
        return hashlib.sha256(whole.replace(_SLOT_TEXT, text, 1).encode("utf-8")).hexdigest()


_SLOT = "\u0000signature strokes\u0000"  # a text no real content holds
_SLOT_TEXT = json.dumps(_SLOT, ensure_ascii=False)


def link_restarted(conn: Connection, maker: HandoverMaker) -> None:
    """Point each warranty a comeback restarted at its successor (once, after the load)."""
    if maker.restarted:
        conn.execute(update(Warranty).where(Warranty.id == bindparam("old"))
                     .values(superseded_by_id=bindparam("new")), maker.restarted)
