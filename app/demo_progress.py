"""The demo's day in progress: what the workshop and the desk recorded on the open orders.

Runs once after the history is written, over the orders still in the shop at the demo's
"now" (a few dozen to a few hundred, so the ten-year demo stays fast): labor lines started
and done by their technicians, what the cars waiting for parts wait for, promises that slip
(changed with a reason, the customer told) and some that are simply late, customers asking
where their car is, and the notices the desk sent. Its own random generator (seeded from the
demo's seed) leaves the rest of the demo as it was.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, bindparam, select, update

from app import demo_catalog as catalog
from app.demo_batch import Batch, history_before_the_bill
from app.demo_fleet import new_uuid
from app.demo_orders import LOCAL
from app.domain.money import Money
from app.domain.progress import BOARD_STATUSES, CUSTOMER_WORDS, fill_template
from app.i18n import translated
from db.engine import Database
from db.models import (
    Branch,
    Customer,
    OrderEvent,
    StatusEvent,
    User,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
)

EVENTS = cast(Table, OrderEvent.__table__)
LINES = cast(Table, WorkOrderLine.__table__)
ORDERS = cast(Table, WorkOrder.__table__)
DONE_AFTER_WORK = ("quality_check", "ready", "settled")
DELAY_REASONS = ("配件到货延迟", "追加项目需要时间", "技师临时调整", "检测发现新问题")
TOLD_BY = ("phone", "wechat", "sms")


class _Day:
    def __init__(self, database: Database, rng: random.Random, now: datetime) -> None:
        self.rng, self.now = rng, now
        self.batch = Batch((EVENTS,))
        self.line_updates: list[dict[str, Any]] = []
        self.order_updates: list[dict[str, Any]] = []
        with database.read() as s:
            self.names = dict(s.execute(select(User.id, User.display_name)).all())
            branch = s.scalars(select(Branch)).first()
            self.shop = (branch.name, branch.phone) if branch else ("", "")
            self.orders = s.execute(
                select(WorkOrder.id, WorkOrder.status, WorkOrder.opened_at, WorkOrder.promised_at,
                       WorkOrder.advisor_id, WorkOrder.updated_at, Customer.name,
                       Vehicle.plate)
                .join(Customer, Customer.id == WorkOrder.customer_id)
                .join(Vehicle, Vehicle.id == WorkOrder.vehicle_id)
                .where(WorkOrder.status.in_(BOARD_STATUSES))
                .order_by(WorkOrder.number)).all()
            ids = [o.id for o in self.orders]
            self.lines: dict[Any, list[Any]] = {}
            for line in s.execute(select(
                    WorkOrderLine.id, WorkOrderLine.order_id, WorkOrderLine.kind,
                    WorkOrderLine.approval, WorkOrderLine.technician_id,
                    WorkOrderLine.description, WorkOrderLine.total_fen)
                    .where(WorkOrderLine.order_id.in_(ids))
                    .order_by(WorkOrderLine.order_id, WorkOrderLine.position)):
                self.lines.setdefault(line.order_id, []).append(line)
            self.steps: dict[Any, dict[str, datetime]] = {}
            for e in s.execute(select(StatusEvent.order_id, StatusEvent.to_status,
                                      StatusEvent.at, StatusEvent.reason)
                               .where(StatusEvent.order_id.in_(ids))
                               .order_by(StatusEvent.at)):
                self.steps.setdefault(e.order_id, {})[e.to_status] = e.at
                if e.to_status == "waiting_parts":
                    self.steps[e.order_id]["reason:" + e.reason] = e.at

    def event(self, order: Any, kind: str, at: datetime, user: Any, data: dict[str, Any],
              line_id: Any = None) -> None:
        self.batch.add("order_events", {
            "id": new_uuid(self.rng), "order_id": order.id, "kind": kind,
            "at": min(at, self.now - timedelta(minutes=1)), "user_id": user,
            "user_name": self.names.get(user, ""), "line_id": line_id, "data": data})

    def between(self, start: datetime, end: datetime) -> datetime:
        span = max((end - start).total_seconds(), 60)
        return start + timedelta(seconds=self.rng.random() * span)


def write_progress(database: Database, seed: int, now: datetime) -> dict[str, int]:
    """Record the day's progress on the open orders; returns rows written per kind."""
    day = _Day(database, random.Random(f"{seed}:progress"), now)
    counts: dict[str, int] = {}
    for order in day.orders:
        for kind in _order_day(day, order):
            counts[kind] = counts.get(kind, 0) + 1
    with database.engine.begin() as conn:
        day.batch.flush(conn)
        if day.line_updates:
            with history_before_the_bill(conn, LINES.name):  # the settled orders' lines too
                conn.execute(update(LINES).where(LINES.c.id == bindparam("line_id"))
                             .values(progress=bindparam("p"), progress_at=bindparam("p_at")),
                             day.line_updates)
        if day.order_updates:
            conn.execute(update(ORDERS).where(ORDERS.c.id == bindparam("order_id"))
                         .values(waiting_for=bindparam("w"), parts_expected_on=bindparam("e"),
                                 promised_at=bindparam("promised"),
                                 updated_at=bindparam("updated")), day.order_updates)
    return counts


def _order_day(day: _Day, order: Any) -> list[str]:
    rng, now = day.rng, day.now
    steps = day.steps.get(order.id, {})
    started = steps.get("in_progress")
    written: list[str] = []
    labor = [x for x in day.lines.get(order.id, []) if x.kind == "labor" and x.approval ==
             "approved"]
    if started is not None and labor:
        finished = steps.get("quality_check", now)
        share = 1.0 if order.status in DONE_AFTER_WORK else rng.choice((0.0, 0.34, 0.5, 0.7))
        done = round(len(labor) * share)
        at = started
        for i, line in enumerate(labor):
            tech = line.technician_id
            if i < done or (i == done and order.status in ("in_progress", "waiting_parts")):
                at = day.between(at, min(finished, now))
                day.event(order, "line", at, tech, {"description": line.description,
                          "progress": "working", "before": "not_started",
                          "technician": day.names.get(tech, "")}, line.id)
                progress = "working"
                if i < done:
                    at = day.between(at, min(finished, now))
                    day.event(order, "line", at, tech, {"description": line.description,
                              "progress": "done", "before": "working",
                              "technician": day.names.get(tech, "")}, line.id)
                    progress = "done"
                day.line_updates.append({"line_id": line.id, "p": progress, "p_at": at})
                written.append("line")
    waiting_for, expected = "", None
    if order.status == "waiting_parts":
        waiting_for = next((k[7:] for k in steps if k.startswith("reason:")),
                           catalog.WAITING_PARTS_REASONS[0])
        expected = (now + timedelta(hours=8 + 24 * rng.randint(0, 2))).date()
    promised = order.promised_at
    if promised is not None and order.status in ("in_progress", "waiting_parts", "approved"):
        roll = rng.random()
        if roll < 0.2:  # slipped: a new time, with the reason and the customer told
            before = promised
            promised = now + timedelta(minutes=rng.choice((90, 120, 180, 60 * 20)))
            at = day.between(max(order.opened_at, now - timedelta(hours=3)), now)
            reason = waiting_for or rng.choice(DELAY_REASONS)
            method = rng.choice(TOLD_BY)
            day.event(order, "promise", at, order.advisor_id, {
                "before": before.isoformat(), "after": promised.isoformat(), "reason": reason,
                "told": True, "method": method, "told_at": at.isoformat()})
            _notice(day, order, "delay", at, method, promised, reason)
            written += ["promise", "notice"]
        elif roll < 0.32:  # late, nobody told yet: the board shows it red
            promised = now - timedelta(minutes=rng.randint(10, 150))
        elif roll < 0.42:  # due within the hour: the board shows it orange
            promised = now + timedelta(minutes=rng.randint(10, 55))
    if waiting_for or promised != order.promised_at:
        # updated_at given: the column's onupdate would stamp the wall clock (not repeatable)
        day.order_updates.append({"order_id": order.id, "w": waiting_for, "e": expected,
                                  "promised": promised, "updated": order.updated_at})
    if rng.random() < 0.3:
        at = day.between(order.opened_at, now)
        who = order.name if rng.random() < 0.8 else order.name[:1] + "先生的家人"
        words = translated("CustomerWords", CUSTOMER_WORDS.get(order.status, ""), "zh_CN")
        day.event(order, "inquiry", at, order.advisor_id, {
            "asked_by": who, "channel": rng.choice(("phone", "phone", "in_person", "wechat")),
            "told": words})
        written.append("inquiry")
    if order.status in ("ready", "settled") and rng.random() < 0.8:
        at = day.between(steps.get("ready", order.opened_at), now)
        _notice(day, order, "ready", at, rng.choice(("wechat", "sms", "phone")), promised, "")
        written.append("notice")
    awaiting = [x for x in day.lines.get(order.id, []) if x.approval == "awaiting"]
    if awaiting:
        at = day.between(started or order.opened_at, now)
        _notice(day, order, "consent", at, "phone", promised, "", awaiting)
        written.append("notice")
    return written


def _notice(day: _Day, order: Any, kind: str, at: datetime, method: str,
            promised: datetime | None, reason: str, awaiting: list[Any] | None = None) -> None:
    from app.services.notices import DEFAULT_TEMPLATES

    awaiting = awaiting or []
    values = {
        "customer": order.name, "plate": order.plate or "", "number": "",
        "status": translated("CustomerWords", CUSTOMER_WORDS.get(order.status, ""), "zh_CN"),
        "promised": (promised + LOCAL).strftime("%m-%d %H:%M") if promised else "",
        "reason": reason, "added_work": "、".join(x.description for x in awaiting),
        "amount": Money(sum(x.total_fen for x in awaiting)).format_yuan(),
        "shop": day.shop[0], "shop_phone": day.shop[1], "car": "",
    }
    text = fill_template(DEFAULT_TEMPLATES[kind]["zh_CN"], values)
    day.event(order, "notice", at, order.advisor_id, {
        "notice": kind, "language": "zh_CN", "text": text, "method": method})
