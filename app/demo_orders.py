"""One demo work order: its lines, its timeline of states, and where it stands at "now".

Each order gets a whole planned life (draft → … → delivered, or declined, or cancelled) with
times inside the shop's working hours; the demo's fixed "now" then cuts it, so the orders of
the last days are naturally open in every state and their times never lie in the future.
Amounts are integer fen: labor is standard hours (tenths) × an hourly rate in whole yuan, parts
are whole yuan × a quantity, so every line total is exact and the order total is their sum.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app import demo_catalog as catalog
from app.demo_batch import Batch
from app.demo_checkins import CheckInMaker
from app.demo_fleet import Car, Picker, new_uuid
from app.demo_handover import HandoverMaker
from app.demo_settlements import SettlementMaker
from app.domain.money import Money, vat_split
from app.domain.numbering import format_doc_number

LOCAL = timedelta(hours=8)  # China Standard Time; stored times are UTC
OPEN_FROM, CLOSE_AT = 8 * 60, 18 * 60 + 30  # the shop's day in local minutes
CLOSED_STATES = ("delivered", "declined", "cancelled")
# Minutes of workshop time per category: (shortest, longest).
WORK_MINUTES: dict[str, tuple[int, int]] = {
    "maintenance": (30, 100), "repair": (45, 300), "body": (600, 2400), "paint": (600, 1800),
    "accident": (1500, 6000), "insurance": (1500, 5000), "warranty": (60, 1500),
    "detailing": (40, 300),
}


@dataclass(frozen=True)
class Staff:
    advisors: tuple[uuid.UUID, ...]
    technicians: tuple[uuid.UUID, ...]
    cashier: uuid.UUID
    manager: uuid.UUID


@dataclass(frozen=True)
class Step:
    status: str
    at: datetime
    user: uuid.UUID
    reason: str = ""


class OrderMaker:
    """Writes work orders with their lines and status events into a `Batch`."""

    def __init__(self, rng: random.Random, branch_id: uuid.UUID, branch_code: str,
                 staff: Staff, now: datetime, end_day: date) -> None:
        self.rng = rng
        self.branch_id, self.branch_code = branch_id, branch_code
        self.staff = staff
        self.now = now
        self.end_day = end_day
        self._categories = Picker(catalog.CATEGORY_WEIGHTS, catalog.CATEGORY_WEIGHTS.values())
        self._jobs = {
            category: Picker([(said, lines) for _w, said, lines in jobs], [w for w, *_ in jobs])
            for category, jobs in catalog.JOBS.items()
        }
        self.statuses: dict[str, int] = {}
        self.check_ins = CheckInMaker(rng)
        self.settlements = SettlementMaker(
            branch_id, branch_code, (staff.cashier, _name("cashier")),
            (staff.manager, _name("manager")), now, lambda t: (t + LOCAL).date())
        self.handovers = HandoverMaker(rng, self.check_ins.pool, staff.technicians[0], end_day)

    # The order ------------------------------------------------------------------------------

    def write(self, batch: Batch, car: Car, day: date, seq: int, opened: datetime,
              forced: str | None = None) -> str:
        """Add one order for `car` opened at `opened`; returns the state it is in at "now"."""
        rng = self.rng
        category = self._category(car, day)
        complaint, lines = self._lines(car, category, day)
        advisor = rng.choice(self.staff.advisors)
        plan = self._plan(category, opened, advisor, forced)
        ready = next((s.at for s in plan if s.status == "ready"), opened + timedelta(hours=3))
        steps = self._with_reversal(self._cut(plan, forced))
        status = steps[-1].status
        self.statuses[status] = self.statuses.get(status, 0) + 1
        reached = {s.status for s in steps}
        approval = ("declined" if "declined" in reached
                    else "approved" if "approved" in reached else "pending")
        order_id = new_uuid(rng)
        approved_at = next((x.at for x in steps if x.status == "approved"), None)
        consent_id = new_uuid(rng) if approved_at else None
        # Some customers decline the last recommendation (kept as tomorrow's sale), and the
        # workshop finds added work on some jobs, which the customer agrees to by phone.
        declined_at = len(lines) - 1 if approved_at and len(lines) > 2 and \
            rng.random() < 0.18 else None
        in_work = "in_progress" in reached
        added = in_work and rng.random() < 0.1 and category in ("maintenance", "repair")
        comeback_of = self.handovers.comeback_of(car, day)
        if comeback_of is not None:  # back for the same fault: the warranty items are free
            lines = [(k, c, t, q, p, q * p // 1000) for k, c, t, q, p, _d in lines]
        if added:
            lines.append(self._added_line(car))
        sums = {"labor": 0, "part": 0, "other": 0, "discount": 0}
        total = 0
        added_consent = None
        for position, (kind, code, text, quantity, price, discount) in enumerate(lines):
            line_total = quantity * price // 1000 - discount
            line_approval, line_consent, is_added = approval, consent_id, False
            if position == declined_at:
                line_approval, line_consent = "declined", None
            if added and position == len(lines) - 1:
                is_added = True
                agreed = status != "in_progress" or rng.random() < 0.6
                line_approval = "approved" if agreed else "awaiting"
                added_consent = new_uuid(rng) if agreed else None
                line_consent = added_consent
            if line_approval in ("approved", "pending"):
                sums["labor" if kind == "labor" else "part" if kind == "part" else "other"] += \
                    quantity * price // 1000
                sums["discount"] += discount
                total += line_total
            batch.add("work_order_lines", {
                "id": new_uuid(rng), "order_id": order_id, "position": position, "kind": kind,
                "code": code, "description": text, "quantity_milli": quantity,
                "unit_price_fen": price, "discount_fen": discount, "total_fen": line_total,
                "approval": line_approval, "unit": catalog.unit_of(kind, code),
                "source": catalog.source_of(kind, code), "added": is_added,
                "consent_id": line_consent,
                "agreed_total_fen": line_total if line_consent else None,
                "technician_id": self.staff.technicians[position % len(self.staff.technicians)]
                if kind == "labor" and in_work else None,
            })
        if approved_at is not None:
            self._consent(batch, consent_id, order_id, "approval", approved_at, advisor,
                          total - (lines[-1][3] * lines[-1][4] // 1000 - lines[-1][5]
                                   if added_consent else 0))
        if added_consent is not None:
            at = next(x.at for x in steps if x.status == "in_progress") + self._minutes(20, 90)
            self._consent(batch, added_consent, order_id, "added_work", min(at, self.now),
                          advisor, lines[-1][3] * lines[-1][4] // 1000 - lines[-1][5], "phone")
        vat = vat_split(Money(total))[1].fen
        if "settled" in reached:
            back = next((x for x in steps if x.status == "ready" and x.reason), None)
            self.settlements.write(
                batch, order_id, car.owner_id, [x.at for x in steps if x.status == "settled"],
                back.at if back else None, back.reason if back else "",
                {**sums, "vat": vat, "total": total})
        fuel = rng.randint(1, 8) if car.fuel != "electric" else None
        battery = rng.randint(15, 95) if car.fuel == "electric" else None
        marks = 0
        if in_work or (approved_at is not None and rng.random() < 0.5):
            # Work never starts without a signed check-in; some approved cars are checked in
            # already, waiting for a bay.
            marks = self.check_ins.write(batch, order_id, opened, car.mileage, fuel, battery,
                                         advisor)
        previous = None
        for step in steps:
            batch.add("status_events", {
                "id": new_uuid(rng), "order_id": order_id, "from_status": previous,
                "to_status": step.status, "at": step.at, "user_id": step.user,
                "reason": step.reason,
            })
            previous = step.status
        batch.add("work_orders", {
            "id": order_id, "number": format_doc_number("WX", self.branch_code, day, seq),
            "branch_id": self.branch_id, "vehicle_id": car.id, "customer_id": car.owner_id,
            "advisor_id": advisor, "status": status, "category": category,
            "mileage_km": car.mileage, "complaint": complaint, "total_fen": total,
            "labor_fen": sums["labor"], "parts_fen": sums["part"], "other_fen": sums["other"],
            "discount_fen": sums["discount"], "vat_fen": vat,
            "repair_type": catalog.REPAIR_TYPES.get(category),
            "fuel_eighths": fuel, "battery_percent": battery,
            "cancel_reason": steps[-1].reason if status == "cancelled" else "",
            "updated_by_name": "",
            "opened_at": opened, "promised_at": self._promise(ready),
            "closed_at": steps[-1].at if status in CLOSED_STATES else None,
            "version": len(steps), "updated_at": steps[-1].at, "comeback_of_id": comeback_of,
        })
        self.handovers.write(batch, order_id, car, {s.status: s.at for s in steps},
                             catalog.REPAIR_TYPES.get(category), fuel, battery, marks,
                             comeback_of, advisor)
        return status

    def _with_reversal(self, steps: list[Step]) -> list[Step]:
        """A few settlements are reversed by the manager and settled again (a wrong method)."""
        at = next((i for i, x in enumerate(steps) if x.status == "settled"), None)
        if at is None or not self.settlements.reversal_steps():
            return steps
        start = steps[at].at
        end = steps[at + 1].at if at + 1 < len(steps) else self.now
        gap = (end - start) / 3
        reason = self.settlements.reversal_reason()
        return [*steps[:at + 1], Step("ready", start + gap, self.staff.manager, reason),
                Step("settled", start + 2 * gap, self.staff.cashier), *steps[at + 1:]]

    def _added_line(self, car: Car) -> tuple:
        code = self.rng.choice(catalog.ADDED_WORK)
        text, yuan = catalog.PARTS[code]
        return ("part", code, text, 1000, max(1, round(yuan * car.model.tier)) * 100, 0)

    def _consent(self, batch: Batch, consent_id: uuid.UUID | None, order_id: uuid.UUID,
                 kind: str, at: datetime, advisor: uuid.UUID, amount: int,
                 method: str = "") -> None:
        method = method or self.rng.choice(("signature", "in_person", "in_person"))
        batch.add("consents", {
            "id": consent_id, "order_id": order_id, "kind": kind, "given_by": "车主本人",
            "method": method, "given_at": at, "recorded_by_id": advisor,
            "recorded_by_name": "", "amount_fen": amount, "note": "",
        })

    def _category(self, car: Car, day: date) -> str:
        category = self._categories(self.rng)
        if category == "warranty" and day.year - car.year > 3:
            category = "repair"  # out of the maker's warranty
        return category

    def _promise(self, ready: datetime) -> datetime:
        """What the advisor promised: usually a little after the work is done, sometimes not."""
        rng = self.rng
        slack = rng.randint(-75, -10) if rng.random() < 0.15 else rng.randint(0, 90)
        promised = ready + timedelta(minutes=slack)
        return promised - timedelta(minutes=promised.minute % 30, seconds=promised.second,
                                    microseconds=promised.microsecond) + timedelta(minutes=30)

    # Lines ----------------------------------------------------------------------------------

    def _lines(self, car: Car, category: str, day: date) -> tuple[str, list[tuple]]:
        rng = self.rng
        jobs = category
        if car.fuel == "electric" and category in ("maintenance", "repair"):
            jobs = "ev_" + category if category == "maintenance" or rng.random() < 0.7 else jobs
        complaint, templates = self._jobs[jobs](rng)
        templates = list(templates)
        if category in ("maintenance", "repair"):
            for extra in rng.sample(catalog.EXTRAS, k=rng.choices((0, 1, 2), (45, 35, 20))[0]):
                if extra[0] not in templates:
                    templates += extra
        # Prices of older orders: about 3 % a year lower than today's list.
        inflation = 0.97 ** ((self.end_day - day).days / 365)
        level = car.model.tier * inflation
        rate = round(catalog.LABOR_RATE_YUAN * car.model.tier ** 0.5 * inflation) * 100
        member = rng.random() < 0.08
        lines = []
        for template in templates:
            kind, code = template[0], template[1]
            if kind == "labor":
                text, hours = catalog.LABOR[code]
                quantity = round(hours * 10) * 100
                gross = quantity * rate // 1000
                discount = gross // 1000 * 100 if member else 0  # 10 % in whole yuan
                lines.append((kind, code, text, quantity, rate, discount))
            elif kind == "part":
                text, yuan = catalog.PARTS[code]
                quantity = round(template[2] * 1000)
                lines.append((kind, code, text, quantity, max(1, round(yuan * level)) * 100, 0))
            else:
                text, yuan = catalog.FEES[code]
                lines.append((kind, code, text, 1000, max(1, round(yuan * level)) * 100, 0))
        return complaint, lines

    # Timeline -------------------------------------------------------------------------------

    def _plan(self, category: str, opened: datetime, advisor: uuid.UUID,
              forced: str | None) -> list[Step]:
        rng, staff = self.rng, self.staff
        tech = rng.choice(staff.technicians)
        steps = [Step("draft", opened, advisor)]
        t = opened + self._minutes(5, 25)
        steps.append(Step("estimated", t, advisor))
        roll = 1.0 if forced else rng.random()
        if roll < 0.035:
            steps.append(Step("declined", t + self._minutes(10, 90), advisor,
                              rng.choice(catalog.DECLINE_REASONS)))
            return steps
        if roll < 0.045:
            steps.append(Step("cancelled", t + self._minutes(5, 60), advisor,
                              rng.choice(catalog.CANCEL_REASONS)))
            return steps
        t += self._minutes(3, 30)
        steps.append(Step("approved", t, advisor))
        if roll < 0.055:
            steps.append(Step("cancelled", self._in_hours(t + self._minutes(30, 600)),
                              staff.manager, rng.choice(catalog.CANCEL_REASONS)))
            return steps
        t = self._in_hours(t + self._minutes(10, 120))
        steps.append(Step("in_progress", t, tech))
        long_job = category not in ("maintenance", "detailing")
        if forced == "waiting_parts" or (not forced and long_job and rng.random() < 0.08):
            t = self._in_hours(t + self._minutes(30, 240))
            steps.append(Step("waiting_parts", t, tech, rng.choice(catalog.WAITING_PARTS_REASONS)))
            t = self._morning(t + timedelta(days=rng.randint(1, 3)))
            steps.append(Step("in_progress", t, tech, "配件到货"))
        low, high = WORK_MINUTES[category]
        t = self._in_hours(t + self._minutes(low, high))
        steps.append(Step("quality_check", t, staff.technicians[0]))
        t = self._in_hours(t + self._minutes(10, 40))
        steps.append(Step("ready", t, staff.technicians[0]))
        if rng.random() < 0.06:
            t = self._morning(t + timedelta(days=rng.randint(1, 3)))  # picked up days later
        t = self._in_hours(t + self._minutes(20, 200))
        steps.append(Step("settled", t, staff.cashier))
        later = self._minutes(2, 15) if rng.random() < 0.97 else timedelta(days=1)
        steps.append(Step("delivered", self._in_hours(t + later), advisor))
        return steps

    def _cut(self, plan: list[Step], forced: str | None) -> list[Step]:
        """The part of the plan that has happened by "now" (or up to a state forced on it)."""
        if forced:
            end = next(i for i, s in enumerate(plan) if s.status == forced)
            plan = plan[: end + 1]
            last = plan[-1].at
            if last > self.now:  # squeeze the steps into the time before "now"
                start = plan[0].at
                scale = (self.now - timedelta(minutes=5) - start) / (last - start)
                plan = [Step(s.status, start + (s.at - start) * scale, s.user, s.reason)
                        for s in plan]
            return plan
        return [s for s in plan if s.at <= self.now] or plan[:1]

    def _minutes(self, low: int, high: int) -> timedelta:
        """A random span from `low` to `high` minutes, to the second."""
        return timedelta(seconds=low * 60 + int(self.rng.random() * (high - low + 1) * 60))

    def _in_hours(self, t: datetime) -> datetime:
        """`t`, or the next morning when it falls after closing time (or before opening)."""
        local = t + LOCAL
        minute = local.hour * 60 + local.minute
        if minute >= CLOSE_AT:
            return self._morning(t + timedelta(days=1))
        if minute < OPEN_FROM:
            return self._morning(t)
        return t

    def _morning(self, t: datetime) -> datetime:
        """Between 8:30 and 10:00 local on the day of `t`."""
        local = t + LOCAL
        start = local.replace(hour=8, minute=30, second=0, microsecond=0) - LOCAL
        return start + self._minutes(0, 90)


def _name(role: str) -> str:
    """The demo login's display name for a role (the first user of that role)."""
    from app.demo import USERS  # the demo's own table; imported late, it imports this module

    return next(name for _login, name, user_role, _pw in USERS if user_role == role)
