"""The demo shop's customers and their cars: names, phones, plates, VINs, owners over time.

Every value is drawn from one `random.Random`, so the same seed gives the same people and
cars. Phones, plates and VINs are remembered so that none is handed out twice (the program
treats a repeated phone or plate as a likely duplicate customer).
"""

from __future__ import annotations

import random
import uuid
from bisect import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import accumulate
from typing import Generic, TypeVar

from app import demo_data as data
from app.demo_batch import Batch
from app.domain.vin import make_vin

DIGITS = "0123456789"
# Letters and digits of a VIN serial or an engine number (never I, O or Q).
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)

T = TypeVar("T")


class Picker(Generic[T]):
    """Weighted choice from a fixed table, with the cumulative weights computed once."""

    def __init__(self, items: Iterable[T], weights: Iterable[float]) -> None:
        self.items = list(items)
        self.cumulative = list(accumulate(weights))

    def __call__(self, rng: random.Random) -> T:
        return self.items[bisect(self.cumulative, rng.random() * self.cumulative[-1])]


def new_uuid(rng: random.Random) -> uuid.UUID:
    """A version-4 UUID drawn from `rng`: random-looking, yet repeatable with the seed."""
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def tax_id(rng: random.Random, region: str = "430121") -> str:
    """A unified social credit code (统一社会信用代码, GB 32100) with valid check characters."""
    org = "".join(rng.choices(DIGITS, k=8))  # organisation code (GB 11714) and its check
    check = 11 - sum(int(c) * w for c, w in zip(org, _ORG_WEIGHTS, strict=True)) % 11
    org += {10: "X", 11: "0"}.get(check, str(check))
    body = "91" + region + org
    total = sum(_USCC_CHARS.index(c) * w for c, w in zip(body, _USCC_WEIGHTS, strict=False))
    return body + _USCC_CHARS[(31 - total % 31) % 31]


@dataclass(slots=True)
class Car:
    """A car the shop knows, while it may still come back."""

    id: uuid.UUID
    owner_id: uuid.UUID
    ownership_id: uuid.UUID
    owned_since: date
    model: data.CarModel
    fuel: str
    year: int
    mileage: int
    km_per_day: float
    churn: float  # chance that a visit is its last at this shop
    last_visit: date
    visits: int = 0


class Fleet:
    """Makes customers and cars into a `Batch`, drawing from one random generator."""

    def __init__(self, rng: random.Random, branch_id: uuid.UUID, plate_prefix: str) -> None:
        self.rng = rng
        self.branch_id = branch_id
        self.plate_prefix = plate_prefix or "湘A"
        self._surname = Picker([s for s, _ in data.SURNAMES], [w for _, w in data.SURNAMES])
        self._colour = Picker([c for c, _ in data.COLOURS], [w for _, w in data.COLOURS])
        self._phones: set[str] = set()
        self._plates: set[str] = set()
        self._vins: set[str] = set()
        self._families: list[uuid.UUID] = []  # recent private customers (a second family car)
        self._companies: list[list] = []  # [customer id, cars still to come]
        self.customers = 0
        self.credit_customers: set[uuid.UUID] = set()
        self.cars = 0

    # People -------------------------------------------------------------------------------

    def person_name(self) -> str:
        rng = self.rng
        if rng.random() < 0.001:
            return rng.choice(data.SPECIAL_NAMES)
        pool = data.GIVEN_MALE if rng.random() < 0.62 else data.GIVEN_FEMALE
        given = [rng.choice(pool) for _ in range(2 if rng.random() < 0.72 else 1)]
        if rng.random() < 0.004:
            given[-1] = rng.choice(data.GIVEN_RARE)
        return self._surname(rng) + "".join(given)

    def mobile(self) -> str:
        while True:
            number = self.rng.choice(data.MOBILE_PREFIXES) + "".join(
                self.rng.choices(DIGITS, k=8))
            if number not in self._phones:
                self._phones.add(number)
                return number

    def landline(self) -> str:
        while True:
            number = (data.LANDLINE_AREA + self.rng.choice(data.LANDLINE_STARTS)
                      + "".join(self.rng.choices(DIGITS, k=7)))
            if number not in self._phones:
                self._phones.add(number)
                return number

    def address(self) -> str:
        rng = self.rng
        return (f"湖南省长沙市{rng.choice(data.DISTRICTS)}{rng.choice(data.STREETS)}"
                f"{rng.randint(1, 399)}号")

    def _customer(self, batch: Batch, when: datetime, kind: str, name: str,
                  phones: list[tuple[str, str, str]], **extra: object) -> uuid.UUID:
        customer_id = new_uuid(self.rng)
        batch.add("customers", {
            "id": customer_id, "kind": kind, "name": name,
            "contact_person": extra.get("contact_person", ""), "tax_id": extra.get("tax_id", ""),
            "address": extra.get("address", ""), "note": extra.get("note", ""),
            "credit_allowed": extra.get("credit_allowed", False), "merged_into_id": None,
            "branch_id": self.branch_id, "created_at": when, "updated_at": when,
        })
        for position, (number, phone_kind, label) in enumerate(phones):
            batch.add("customer_phones", {
                "id": new_uuid(self.rng), "customer_id": customer_id, "number": number,
                "kind": phone_kind, "label": label, "position": position,
            })
        self.customers += 1
        if extra.get("credit_allowed"):
            self.credit_customers.add(customer_id)  # the demo's bills may go on account
        return customer_id

    def person(self, batch: Batch, when: datetime) -> uuid.UUID:
        rng = self.rng
        phones = [(self.mobile(), "mobile", "")]
        roll = rng.random()
        if roll < 0.10:
            phones.append((self.mobile(), "mobile", rng.choice(("家人", "爱人", "单位"))))
        elif roll < 0.13:
            phones.append((self.landline(), "landline", "家里"))
        address = self.address() if rng.random() < 0.3 else ""
        customer_id = self._customer(batch, when, "person", self.person_name(), phones,
                                     address=address)
        self._families.append(customer_id)
        if len(self._families) > 3000:
            del self._families[:1000]
        return customer_id

    def company(self, batch: Batch, when: datetime) -> uuid.UUID:
        rng = self.rng
        name = (rng.choice(data.COMPANY_PLACES) + rng.choice(data.COMPANY_WORDS)
                + rng.choice(data.COMPANY_TRADES) + rng.choice(data.COMPANY_FORMS))
        contact = self.person_name()
        phones = [(self.landline(), "landline", "前台"), (self.mobile(), "mobile", contact)]
        return self._customer(
            batch, when, "company", name, phones, contact_person=contact,
            tax_id=tax_id(rng), address=self.address(), credit_allowed=rng.random() < 0.7,
            note="月结客户，每月25日对账" if rng.random() < 0.3 else "",
        )

    def owner_of_new_car(self, batch: Batch, when: datetime) -> uuid.UUID:
        """Who brings a car the shop has not seen: mostly a new person, some families, fleets."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.045:
            open_fleets = [c for c in self._companies if c[1] > 0]
            if open_fleets and rng.random() < 0.85:
                fleet = rng.choice(open_fleets)
            else:
                fleet = [self.company(batch, when), rng.randint(3, 15)]
                self._companies.append(fleet)
                if len(self._companies) > 200:
                    self._companies = [c for c in self._companies if c[1] > 0]
            fleet[1] -= 1
            return fleet[0]
        if roll < 0.10 and self._families:
            return rng.choice(self._families)
        return self.person(batch, when)

    # Cars ---------------------------------------------------------------------------------

    def plate(self, fuel: str) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.82:
            prefix = self.plate_prefix
        elif roll < 0.93:
            prefix = self.plate_prefix[0] + rng.choice(data.HUNAN_OFFICES)
        else:
            prefix = rng.choice(data.OTHER_PREFIXES)
        while True:
            if fuel in ("electric", "phev"):
                energy = "D" if fuel == "electric" else "F"
                serial = energy + rng.choice(VIN_CHARS) + "".join(rng.choices(DIGITS, k=4))
            else:
                chars = rng.choices(DIGITS, k=5)
                letters = rng.choices((0, 1, 2), weights=(35, 45, 20))[0]
                for position in rng.sample(range(5), letters):
                    chars[position] = rng.choice(data.PLATE_LETTERS)
                serial = "".join(chars)
            plate = prefix + serial
            if plate not in self._plates:
                self._plates.add(plate)
                return plate

    def vin(self, model: data.CarModel, year: int) -> str:
        rng = self.rng
        while True:
            vin = make_vin(rng.choice(model.wmis), model.vds, year, rng.choice(VIN_CHARS[:-9]),
                           "".join(rng.choices(DIGITS, k=6)))
            if vin not in self._vins:
                self._vins.add(vin)
                return vin

    def engine_no(self, fuel: str) -> str:
        rng = self.rng
        if fuel == "electric":
            return "TZ" + "".join(rng.choices(DIGITS, k=3)) + "XS" + "".join(
                rng.choices(DIGITS, k=7))
        return "".join(rng.choices(VIN_CHARS, k=3)) + "".join(rng.choices(DIGITS, k=6))

    def new_car(self, batch: Batch, day: date, when: datetime,
                models: Picker[data.CarModel]) -> Car:
        """A car the shop sees for the first time, with its owner (new or already on file)."""
        rng = self.rng
        model = models(rng)
        age = min(int(rng.gammavariate(2.0, 2.2)), 16)
        year = max(model.first_year, data.OLDEST_YEAR, min(model.last_year, day.year - age))
        year = min(year, day.year)
        bought = date(year, 1, 1) + timedelta(days=rng.randint(0, 300))
        bought = min(bought, day - timedelta(days=7))
        fleet_car = rng.random() < 0.05
        km_per_day = rng.uniform(80, 160) if fleet_car else rng.uniform(15, 55)
        mileage = max(50, int((day - bought).days * km_per_day * rng.uniform(0.8, 1.2)))
        owner_id = self.owner_of_new_car(batch, when)
        car_id, ownership_id = new_uuid(rng), new_uuid(rng)
        batch.add("vehicles", {
            "id": car_id, "plate": self.plate(model.fuel), "vin": self.vin(model, year),
            "vin_confirmed": False, "brand": model.brand, "model": model.model, "year": year,
            "colour": self._colour(rng), "engine_no": self.engine_no(model.fuel),
            "fuel_type": model.fuel, "mileage_km": mileage, "note": "",
            "created_at": when, "updated_at": when,
        })
        # The owner had the car before the first visit (second-hand cars from some later day).
        since = bought
        if rng.random() < 0.2:
            since += timedelta(days=rng.randint(0, (day - bought).days))
        batch.add("vehicle_ownerships", {
            "id": ownership_id, "vehicle_id": car_id, "customer_id": owner_id,
            "started_on": since, "ended_on": None, "note": "",
        })
        self.cars += 1
        loyal = rng.random() < 0.48  # comes back for years; the others once or twice
        return Car(car_id, owner_id, ownership_id, since, model, model.fuel, year, mileage,
                   km_per_day, 0.2 if loyal else 0.68, day)

    def sell(self, batch: Batch, car: Car, on: date, when: datetime) -> None:
        """The car changed hands since its last visit: the old ownership ends, a new one starts."""
        new_owner = self.person(batch, when)
        batch.ended_ownerships.append({"ownership_id": car.ownership_id, "ended": on})
        car.owner_id, car.ownership_id, car.owned_since = new_owner, new_uuid(self.rng), on
        batch.add("vehicle_ownerships", {
            "id": car.ownership_id, "vehicle_id": car.id, "customer_id": new_owner,
            "started_on": on, "ended_on": None, "note": "二手车过户",
        })
