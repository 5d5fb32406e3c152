"""What one search entry holds (a car's or a customer's result line and its keys), and
loading what the entries are made of; search_index.py writes them."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import (
    Connection,
    Select,
    Table,
    select,
)

from app.domain.pinyin import (
    MAX_KEY_LENGTH,
    name_keys,
    normalize_key,
)
from app.domain.plate import plate_without_province
from db.models import (
    Customer,
    CustomerPhone,
    Vehicle,
    VehicleOwnership,
)

VIN_TAIL = 6  # advisors read the last six characters of a VIN (车架号后六位)

_VEHICLES = cast(Table, Vehicle.__table__)
_OWNERSHIPS = cast(Table, VehicleOwnership.__table__)
_CUSTOMERS = cast(Table, Customer.__table__)
_PHONES = cast(Table, CustomerPhone.__table__)
_CHUNK = 500  # ids per IN (...) list


# ---------------------------------------------------------------------------------------------
# What an entry holds


@dataclass(frozen=True)
class Entry:
    kind: str
    ref: uuid.UUID
    name: str
    phone: str
    plate: str
    detail: str
    keys: tuple[str, ...]

    def columns(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "ref": self.ref, "name": self.name[:100],
            "phone": self.phone[:20], "plate": self.plate[:12], "detail": self.detail[:200],
            "keys": " ".join(self.keys),
        }  # fmt: skip


@dataclass
class Person:
    name: str
    kind: str
    contact: str
    merged: bool
    phones: list[str]
    _keys: tuple[str, ...] | None = None

    @property
    def keys(self) -> tuple[str, ...]:
        if self._keys is None:
            keys = name_keys(self.name)
            if self.kind == "company" and self.contact:
                keys += name_keys(self.contact)  # a company is also found by its contact
            self._keys = distinct(self.phones, keys)
        return self._keys


def distinct(raw: Iterable[str], folded: Iterable[str] = ()) -> tuple[str, ...]:
    """Keys without repeats: `raw` ones folded here, `folded` ones (name keys) as they are."""
    keys = [normalize_key(k)[:MAX_KEY_LENGTH] for k in raw if k]
    return tuple(dict.fromkeys(k for k in (*keys, *folded) if k))


def vehicle_entry(vid: uuid.UUID, car: Any, owner: Person | None) -> Entry:
    plate = car.plate or ""
    vin = car.vin or ""
    keys = distinct([plate, plate_without_province(plate) if plate else "", vin,
                      vin[-VIN_TAIL:]], owner.keys if owner else ())
    year = str(car.year) if car.year else ""
    detail = " ".join(p for p in (car.brand, car.model, year, car.colour) if p)
    if not plate and vin:
        detail = f"{detail} {vin}".strip()  # a new car without its plate yet
    name = owner.name if owner else ""
    phone = owner.phones[0] if owner and owner.phones else ""
    return Entry("vehicle", vid, name, phone, plate, detail, keys)


def customer_entry(cid: uuid.UUID, person: Person, plates: list[str]) -> Entry:
    plates = sorted(p for p in plates if p)
    more = plates[1:4] + ([f"+{len(plates) - 4}"] if len(plates) > 4 else [])
    contact = person.contact if person.kind == "company" else ""
    detail = " · ".join(p for p in (contact, " ".join(more)) if p)
    phone = person.phones[0] if person.phones else ""
    return Entry("customer", cid, person.name, phone, plates[0] if plates else "", detail,
                  person.keys)


# ---------------------------------------------------------------------------------------------
# Loading what the entries are made of


def rows_by(conn: Connection, stmt: Select[Any], column: Any,
          ids: Collection[uuid.UUID] | None) -> Iterator[Any]:
    """The rows of `stmt`, all of them (ids None) or those whose `column` is in `ids`."""
    if ids is None:
        yield from conn.execute(stmt)
        return
    ordered = list(ids)
    for i in range(0, len(ordered), _CHUNK):
        yield from conn.execute(stmt.where(column.in_(ordered[i:i + _CHUNK])))


@dataclass
class Source:
    """What a set of entries is made of, loaded in a few statements."""

    vehicles: dict[uuid.UUID, Any]  # id -> (plate, vin, brand, model, year, colour)
    persons: dict[uuid.UUID, Person]
    owner_of: dict[uuid.UUID, uuid.UUID]  # car -> current owner
    cars_of: dict[uuid.UUID, list[uuid.UUID]]  # customer -> current cars
    vehicle_ids: Collection[uuid.UUID]  # the entries to make
    customer_ids: Collection[uuid.UUID]

    def __len__(self) -> int:
        return len(self.vehicle_ids) + len(self.customer_ids)

    def entries(self) -> Iterator[tuple[tuple[str, uuid.UUID], Entry | None]]:
        """Each entry as it should be; None where there must be none (a deleted car, a
        deleted or merged customer)."""
        for vid in self.vehicle_ids:
            car = self.vehicles.get(vid)
            owner_id = self.owner_of.get(vid)
            owner = self.persons.get(owner_id) if owner_id else None
            yield ("vehicle", vid), None if car is None else vehicle_entry(vid, car, owner)
        for cid in self.customer_ids:
            person = self.persons.get(cid)
            if person is None or person.merged:
                yield ("customer", cid), None
                continue
            plates = [self.vehicles[v].plate for v in self.cars_of.get(cid, ())
                      if v in self.vehicles]
            yield ("customer", cid), customer_entry(cid, person, plates)


def load(
    conn: Connection,
    vehicle_ids: Collection[uuid.UUID] | None,
    customer_ids: Collection[uuid.UUID] | None,
) -> Source:
    """The source of the entries of these cars and customers (both None: of all of them),
    the current owners of these cars, and the current cars of these customers."""
    own = (select(_OWNERSHIPS.c.vehicle_id, _OWNERSHIPS.c.customer_id)
           .where(_OWNERSHIPS.c.ended_on.is_(None)).order_by(_OWNERSHIPS.c.started_on))
    owner_of: dict[uuid.UUID, uuid.UUID] = {}
    cars: set[uuid.UUID] | None = None
    people: set[uuid.UUID] | None = None
    if vehicle_ids is None and customer_ids is None:
        owner_of.update((r.vehicle_id, r.customer_id) for r in conn.execute(own))
    else:
        first = set(vehicle_ids or ())
        owner_of.update((r.vehicle_id, r.customer_id)
                        for r in rows_by(conn, own, _OWNERSHIPS.c.vehicle_id, first))
        people = set(customer_ids or ()) | set(owner_of.values())
        owner_of.update((r.vehicle_id, r.customer_id)
                        for r in rows_by(conn, own, _OWNERSHIPS.c.customer_id, people))
        cars = first | set(owner_of)
    cars_of: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for vid, cid in owner_of.items():
        cars_of[cid].append(vid)
    vehicles = {r.id: r for r in rows_by(conn, select(
        _VEHICLES.c.id, _VEHICLES.c.plate, _VEHICLES.c.vin, _VEHICLES.c.brand,
        _VEHICLES.c.model, _VEHICLES.c.year, _VEHICLES.c.colour), _VEHICLES.c.id, cars)}
    persons = {
        r.id: Person(r.name, r.kind, r.contact_person, r.merged_into_id is not None, [])
        for r in rows_by(conn, select(
            _CUSTOMERS.c.id, _CUSTOMERS.c.name, _CUSTOMERS.c.kind,
            _CUSTOMERS.c.contact_person, _CUSTOMERS.c.merged_into_id), _CUSTOMERS.c.id, people)
    }
    phones = (select(_PHONES.c.customer_id, _PHONES.c.number)
              .order_by(_PHONES.c.position, _PHONES.c.number))
    for r in rows_by(conn, phones, _PHONES.c.customer_id, people):
        if r.customer_id in persons:
            persons[r.customer_id].phones.append(r.number)
    if cars is None or people is None:  # everything: every car, every customer not merged
        return Source(vehicles, persons, owner_of, cars_of, list(vehicles),
                       [cid for cid, p in persons.items() if not p.merged])
    return Source(vehicles, persons, owner_of, cars_of, cars, people)
