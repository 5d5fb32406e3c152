"""Day by day through the demo shop's years: how many cars come, which ones, and when.

Most cars that come in have been before: each visit schedules the car's next one (its
service interval from how much it is driven, shortened by repairs in between), and each visit
may be its last at this shop. The rest of the day is filled with cars the shop has not seen.
The day's count follows the week (Saturdays busy, Sundays quiet) and the Spring Festival
(the rush before it, the shop closed from New Year's Eve to the fifth day).
"""

from __future__ import annotations

import heapq
import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from itertools import count

from app import demo_data as data
from app.demo_batch import Batch
from app.demo_fleet import Car, Fleet, Picker, new_uuid
from app.demo_orders import LOCAL, OrderMaker

# Chinese New Year's Day by year (the shop's calendar turns on it).
NEW_YEAR: dict[int, date] = {
    2010: date(2010, 2, 14), 2011: date(2011, 2, 3), 2012: date(2012, 1, 23),
    2013: date(2013, 2, 10), 2014: date(2014, 1, 31), 2015: date(2015, 2, 19),
    2016: date(2016, 2, 8), 2017: date(2017, 1, 28), 2018: date(2018, 2, 16),
    2019: date(2019, 2, 5), 2020: date(2020, 1, 25), 2021: date(2021, 2, 12),
    2022: date(2022, 2, 1), 2023: date(2023, 1, 22), 2024: date(2024, 2, 10),
    2025: date(2025, 1, 29), 2026: date(2026, 2, 17), 2027: date(2027, 2, 6),
}  # fmt: skip
WEEKDAY_SHARE = (1.05, 1.0, 0.98, 1.0, 1.05, 1.15, 0.77)  # Monday first; averages 1.0
# On the last day, one order is left in each of these states (the first orders of the day:
# paid and waiting to be picked up, ready, ... a draft), so that even a tiny demo has them all.
LAST_DAY_STATES = ("settled", "ready", "quality_check", "waiting_parts", "in_progress",
                   "approved", "estimated", "draft")
SALE_CHANCE = 0.02  # a returning car has changed hands since its last visit


class History:
    """Generates the shop's days into batches; the caller writes each batch."""

    def __init__(self, rng: random.Random, fleet: Fleet, orders: OrderMaker, start: date,
                 end: date, cars_per_day: float) -> None:
        self.rng, self.fleet, self.orders = rng, fleet, orders
        self.start, self.end = start, end
        self.cars_per_day = cars_per_day
        self._due: list[tuple[int, int, Car]] = []  # (day ordinal, tie-breaker, car)
        self._tie = count()
        self._models: dict[int, Picker[data.CarModel]] = {}
        self.order_count = 0

    def days(self) -> Iterator[date]:
        day = self.start
        while day <= self.end:
            yield day
            day += timedelta(days=1)

    def cars_on(self, day: date) -> int:
        mean = self.cars_per_day * WEEKDAY_SHARE[day.weekday()] * _festival(day)
        if mean <= 0:
            return 0
        return max(0, round(self.rng.gauss(mean, (mean ** 0.5) * 0.8)))

    def run_day(self, batch: Batch, day: date) -> int:
        """Write one day's orders into `batch`; returns how many."""
        n = self.cars_on(day)
        last_day = day == self.end
        if last_day:
            n = max(n, len(LAST_DAY_STATES))
        if n == 0:
            return 0
        rng = self.rng
        opened = sorted(self._opening_times(day, n))
        returning = self._returning(day, round(n * 0.9))
        new = n - len(returning)
        cars: list[Car | None] = [*returning, *([None] * new)]
        rng.shuffle(cars)
        for seq, (car, at) in enumerate(zip(cars, opened, strict=True), start=1):
            car = self._arrive(batch, car, day, at)
            forced = LAST_DAY_STATES[seq - 1] if last_day and seq <= len(LAST_DAY_STATES) else None
            self.orders.write(batch, car, day, seq, at, forced)
            self._schedule(car, day)
        batch.add("document_counters", {
            "id": new_uuid(rng), "branch_id": self.fleet.branch_id, "kind": "WX", "day": day,
            "last_seq": n,
        })
        self.order_count += n
        return n

    # Who comes ----------------------------------------------------------------------------

    def _returning(self, day: date, most: int) -> list[Car]:
        """Cars due back by `day`, up to `most`; long-overdue ones have gone elsewhere."""
        cars: list[Car] = []
        today = day.toordinal()
        while self._due and self._due[0][0] <= today and len(cars) < most:
            due, _, car = heapq.heappop(self._due)
            if today - due <= 60:
                cars.append(car)
        return cars

    def _arrive(self, batch: Batch, car: Car | None, day: date, at: datetime) -> Car:
        rng = self.rng
        if car is None:
            return self.fleet.new_car(batch, day, at, self._models_of(day.year))
        gap = (day - car.last_visit).days
        car.mileage += max(1, int(gap * car.km_per_day * rng.uniform(0.7, 1.3)))
        if rng.random() < SALE_CHANCE and gap > 2:
            sold_on = car.last_visit + timedelta(days=rng.randint(1, gap - 1))
            self.fleet.sell(batch, car, sold_on, at)
        return car

    def _schedule(self, car: Car, day: date) -> None:
        """When the car comes back, or never (it moved, was sold away, or prefers another shop)."""
        rng = self.rng
        car.visits += 1
        car.last_visit = day
        back = self.orders.handovers.comeback_day(car, day)  # back for the same fault (返修)
        if back is not None:
            heapq.heappush(self._due, (back.toordinal(), next(self._tie), car))
            return
        if rng.random() < car.churn or day.year - car.year > 18:
            return
        interval = min(270.0, max(60.0, 7500 / car.km_per_day)) * rng.uniform(0.45, 1.25)
        due = day.toordinal() + max(21, int(interval))
        heapq.heappush(self._due, (due, next(self._tie), car))

    def _models_of(self, year: int) -> Picker[data.CarModel]:
        picker = self._models.get(year)
        if picker is None:
            sold = [m for m in data.MODELS if m.first_year <= year]
            # A model stops being sold, but its cars keep coming for years; electric and
            # plug-in cars grow from a few percent to about a third of the cars coming in.
            nev = 1 + 0.5 * max(0, year - 2020)
            weights = [m.weight * (0.5 if m.last_year < year else 1.0)
                       * (nev if m.fuel in ("electric", "phev") else 1.0) for m in sold]
            picker = self._models[year] = Picker(sold, weights)
        return picker

    def _opening_times(self, day: date, n: int) -> list[datetime]:
        """When the day's orders are opened: a morning peak, a quiet lunch, the afternoon."""
        rng = self.rng
        midnight = datetime(day.year, day.month, day.day, tzinfo=UTC) - LOCAL
        latest = 17 * 60 + 30
        if day == self.end:
            now_local = self.orders.now + LOCAL
            latest = min(latest, now_local.hour * 60 + now_local.minute - 15)
        times = []
        for _ in range(n):
            roll = rng.random()
            if roll < 0.55:
                minute = rng.uniform(8 * 60, 11 * 60 + 30)
            elif roll < 0.65:
                minute = rng.uniform(11 * 60 + 30, 13 * 60 + 30)
            else:
                minute = rng.uniform(13 * 60 + 30, 17 * 60 + 30)
            if minute > latest:
                minute = latest - rng.uniform(0, 90)
            times.append(midnight + timedelta(minutes=max(8 * 60, minute)))
        return times


def _festival(day: date) -> float:
    """The Spring Festival: busy the two weeks before, closed over the holiday, slow after."""
    new_year = NEW_YEAR.get(day.year)
    if new_year is None or abs((day - new_year).days) > 40:
        new_year = NEW_YEAR.get(day.year + 1)
    if new_year is None:
        return 1.0
    offset = (day - new_year).days
    if -14 <= offset <= -2:
        return 1.3
    if -1 <= offset <= 5:
        return 0.0
    if 6 <= offset <= 10:
        return 0.6
    return 1.0
