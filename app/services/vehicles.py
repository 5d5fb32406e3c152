"""Cars: register, edit, transfer to a new owner (the car's file and history stay with the car)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import InputError, InputErrors, collect
from app.domain.permissions import Permission
from app.domain.plate import check_plate, normalize_plate
from app.domain.vin import check_vin, normalize_vin
from app.domain.workorder import FUEL_NAMES
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit, versions
from app.services.actor import Actor, require
from app.services.versions import Stamp
from db.engine import Database
from db.models import Customer, Vehicle, VehicleOwnership

MAX_MILEAGE_KM = 3_000_000


@dataclass(frozen=True)
class VehicleForm:
    """A car as typed; every field is text from the form except the tick boxes."""

    plate: str = ""
    vin: str = ""
    vin_confirmed: bool = False  # the advisor read the VIN off the car and vouches for it
    brand: str = ""
    model: str = ""
    year: str = ""
    colour: str = ""
    engine_no: str = ""
    fuel_type: str = "petrol"
    mileage_km: str = ""
    note: str = ""


@dataclass(frozen=True)
class CleanVehicle:
    plate: str | None
    vin: str | None
    vin_confirmed: bool
    brand: str
    model: str
    year: int | None
    colour: str
    engine_no: str
    fuel_type: str
    mileage_km: int | None
    note: str


def _check_vin(text: str, confirmed: bool) -> tuple[str, bool]:
    result = check_vin(text)
    if result.check_digit_ok:
        return result.vin, False
    if not confirmed:
        raise InputError("vin", QT_TRANSLATE_NOOP(
            "InputError",
            "The check digit (9th character) of this VIN should be {expected}. Read the VIN "
            "off the car again; if it is right as typed (imported cars often have no check "
            "digit), tick \"VIN confirmed as read\"."), expected=result.expected_check_digit)
    return result.vin, True


def _whole_number(text: str, field: str, low: int, high: int) -> int | None:
    text = text.strip().replace(",", "").replace("，", "")
    if not text:
        return None
    if not text.isdigit() or not low <= int(text) <= high:
        raise InputError(field, QT_TRANSLATE_NOOP(
            "InputError", "Enter a whole number from {low} to {high}."), low=low, high=high)
    return int(text)


def check_vehicle(form: VehicleForm, today: date | None = None) -> CleanVehicle:
    today = today or date.today()
    errors: list[InputError] = []
    plate = vin = None
    vin_confirmed = False
    if form.plate.strip():
        checked = collect(errors, check_plate, form.plate)
        plate = checked.text if checked else None
    if form.vin.strip():
        checked_vin = collect(errors, _check_vin, form.vin, form.vin_confirmed)
        if checked_vin:
            vin, vin_confirmed = checked_vin
    if not form.plate.strip() and not form.vin.strip():
        errors.append(InputError("plate", QT_TRANSLATE_NOOP(
            "InputError", "Enter the plate, or the VIN for a car that has no plate yet.")))
    year = collect(errors, _whole_number, form.year, "year", 1950, today.year + 1)
    mileage = collect(errors, _whole_number, form.mileage_km, "mileage_km", 0, MAX_MILEAGE_KM)
    if form.fuel_type not in FUEL_NAMES:
        errors.append(InputError("fuel_type", QT_TRANSLATE_NOOP(
            "InputError", "Choose the kind of fuel from the list.")))
    if errors:
        raise InputErrors(errors)
    return CleanVehicle(
        plate, vin, vin_confirmed, form.brand.strip(), form.model.strip(), year,
        form.colour.strip(), form.engine_no.strip().upper(), form.fuel_type, mileage,
        form.note.strip(),
    )


def find_vehicle_duplicates(
    session: Session, plate: str | None, vin: str | None, exclude: uuid.UUID | None = None
) -> list:  # list[customers.Duplicate]; imported late to avoid a cycle
    from app.services.customers import Duplicate

    found = []
    for column, value, name in (
        (Vehicle.plate, normalize_plate(plate) if plate else None, "plate"),
        (Vehicle.vin, normalize_vin(vin) if vin else None, "vin"),
    ):
        if not value:
            continue
        for v in session.scalars(select(Vehicle).where(column == value)):
            if v.id == exclude:
                continue
            owner = current_owner(session, v.id)
            found.append(Duplicate(name, value, owner.id if owner else None, v.id,
                                   owner.name if owner else ""))
    return found


def current_owner(session: Session, vehicle_id: uuid.UUID) -> Customer | None:
    return session.scalar(
        select(Customer)
        .join(VehicleOwnership, VehicleOwnership.customer_id == Customer.id)
        .where(VehicleOwnership.vehicle_id == vehicle_id, VehicleOwnership.ended_on.is_(None))
    )


RECORD_NAME = QT_TRANSLATE_NOOP("Record", "car")
FIELD_LABELS = {
    "plate": QT_TRANSLATE_NOOP("Field", "plate"), "vin": QT_TRANSLATE_NOOP("Field", "VIN"),
    "vin_confirmed": QT_TRANSLATE_NOOP("Field", "VIN confirmed"),
    "brand": QT_TRANSLATE_NOOP("Field", "brand"), "model": QT_TRANSLATE_NOOP("Field", "model"),
    "year": QT_TRANSLATE_NOOP("Field", "year"), "colour": QT_TRANSLATE_NOOP("Field", "colour"),
    "engine_no": QT_TRANSLATE_NOOP("Field", "engine number"),
    "fuel_type": QT_TRANSLATE_NOOP("Field", "fuel"),
    "mileage_km": QT_TRANSLATE_NOOP("Field", "mileage"), "note": QT_TRANSLATE_NOOP("Field", "note"),
}


def _snapshot(v: Vehicle) -> dict[str, object]:
    return {k: getattr(v, k) for k in (
        "plate", "vin", "vin_confirmed", "brand", "model", "year", "colour", "engine_no",
        "fuel_type", "mileage_km", "note")}


def _apply(vehicle: Vehicle, car: CleanVehicle) -> None:
    for key, value in vars(car).items():
        setattr(vehicle, key, value)


def create_for(
    session: Session, actor: Actor, customer_id: uuid.UUID, car: CleanVehicle,
    today: date | None = None,
) -> uuid.UUID:
    vehicle = Vehicle()
    _apply(vehicle, car)
    session.add(vehicle)
    session.flush()
    session.add(VehicleOwnership(vehicle_id=vehicle.id, customer_id=customer_id,
                                 started_on=today or date.today()))
    audit.record(session, actor, "vehicle", vehicle.id, "create",
                 after={**_snapshot(vehicle), "owner": customer_id})
    session.flush()
    return vehicle.id


def add(
    session: Session, actor: Actor, customer_id: uuid.UUID, form: VehicleForm,
    today: date | None = None,
) -> uuid.UUID:
    """Another car for a customer already on file."""
    require(session, actor, Permission.VEHICLE_EDIT)
    car = check_vehicle(form, today)
    _raise_duplicates(session, car, None)
    return create_for(session, actor, customer_id, car, today)


def _raise_duplicates(session: Session, car: CleanVehicle, exclude: uuid.UUID | None) -> None:
    from app.services.customers import DuplicateFound

    dups = find_vehicle_duplicates(session, car.plate, car.vin, exclude)
    if dups:
        raise DuplicateFound(dups)


@dataclass(frozen=True)
class VehicleEdit:
    """A car as the edit form loads it: the values, and the stamp it hands back on save."""

    vehicle_id: uuid.UUID
    form: VehicleForm
    stamp: Stamp


def editing(database: Database, vehicle_id: uuid.UUID) -> VehicleEdit:
    """The car as the edit form loads it (its own read)."""
    with database.read() as session:
        v = session.get_one(Vehicle, vehicle_id)
        form = VehicleForm(
            plate=v.plate or "", vin=v.vin or "", vin_confirmed=v.vin_confirmed, brand=v.brand,
            model=v.model, year=str(v.year or ""), colour=v.colour, engine_no=v.engine_no,
            fuel_type=v.fuel_type,
            mileage_km=str(v.mileage_km) if v.mileage_km is not None else "", note=v.note)
        return VehicleEdit(v.id, form, Stamp(v.version, _snapshot(v)))


def update(session: Session, actor: Actor, vehicle_id: uuid.UUID, form: VehicleForm, *,
           loaded: Stamp | None = None) -> int:
    """Save the edit form; returns the car's new version (StaleRecord: another desk saved)."""
    require(session, actor, Permission.VEHICLE_EDIT)
    car = check_vehicle(form)
    vehicle = session.scalars(select(Vehicle).where(Vehicle.id == vehicle_id)
                              .with_for_update()).one()
    before = _snapshot(vehicle)
    versions.check(loaded, vehicle.version, before, what=RECORD_NAME,
                   name=vehicle.plate or vehicle.vin or "", by=vehicle.updated_by_name,
                   at=vehicle.updated_at, labels=FIELD_LABELS)
    _raise_duplicates(session, car, vehicle_id)
    _apply(vehicle, car)
    after = _snapshot(vehicle)
    if before != after:
        versions.saved(vehicle, actor)
        audit.record(session, actor, "vehicle", vehicle.id, "update",
                     *audit.changed_fields(before, after))
    return vehicle.version


def transfer(
    session: Session, actor: Actor, vehicle_id: uuid.UUID, to_customer_id: uuid.UUID,
    on: date | None = None, note: str = "",
) -> None:
    """The car was sold: the old ownership ends, a new one starts; the car's file stays whole."""
    require(session, actor, Permission.VEHICLE_TRANSFER)
    on = on or date.today()
    current = session.scalar(select(VehicleOwnership).where(
        VehicleOwnership.vehicle_id == vehicle_id, VehicleOwnership.ended_on.is_(None)))
    if current is not None and current.customer_id == to_customer_id:
        raise InputError("owner", QT_TRANSLATE_NOOP(
            "InputError", "This customer already owns the car; choose the new owner."))
    if current is not None:
        if on < current.started_on:
            raise InputError("date", QT_TRANSLATE_NOOP(
                "InputError", "The sale date is before the current owner got the car ({date})."),
                date=current.started_on.isoformat())
        current.ended_on = on
    session.add(VehicleOwnership(vehicle_id=vehicle_id, customer_id=to_customer_id,
                                 started_on=on, note=note.strip()))
    audit.record(session, actor, "vehicle", vehicle_id, "transfer",
                 {"owner": current.customer_id if current else None},
                 {"owner": to_customer_id, "on": on})
    session.flush()
