"""Customer files: register, edit, find duplicates, merge (一车一档 keeps each car's history)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session

from app.domain.errors import InputError, InputErrors, collect
from app.domain.permissions import Permission
from app.domain.phone import check_phone, normalize_phone
from app.domain.text import text_errors
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit, vehicles, versions
from app.services.actor import Actor, require
from app.services.versions import Stamp
from db.engine import Database
from db.models import Customer, CustomerPhone, VehicleOwnership, WorkOrder

CUSTOMER_KINDS = ("person", "company")


@dataclass(frozen=True)
class CustomerForm:
    """A customer as typed: text fields straight from the form, checked by `check_customer`."""

    name: str
    phones: tuple[str, ...] = ()
    kind: str = "person"
    contact_person: str = ""
    tax_id: str = ""
    address: str = ""
    note: str = ""
    credit_allowed: bool = False


@dataclass(frozen=True)
class CleanPhone:
    number: str
    kind: str


@dataclass(frozen=True)
class Duplicate:
    """Something typed that is already on file: where it is, so the desk can jump there."""

    field: str  # phone | plate | vin
    value: str
    customer_id: uuid.UUID | None
    vehicle_id: uuid.UUID | None
    name: str


class DuplicateFound(Exception):
    def __init__(self, duplicates: list[Duplicate]) -> None:
        self.duplicates = duplicates
        super().__init__(", ".join(f"{d.field} {d.value} ({d.name})" for d in duplicates))


@dataclass(frozen=True)
class Registered:
    customer_id: uuid.UUID
    vehicle_id: uuid.UUID | None = None
    warnings: list[str] = field(default_factory=list)


def check_customer(form: CustomerForm) -> tuple[CustomerForm, list[CleanPhone]]:
    errors: list[InputError] = text_errors({  # NUL and other control characters
        "name": form.name, "contact_person": form.contact_person, "tax_id": form.tax_id,
        "address": form.address, "note": form.note})
    name = " ".join(form.name.split())
    if not name:
        errors.append(InputError("name", QT_TRANSLATE_NOOP(
            "InputError", "Enter the customer's name (a person or a company).")))
    elif len(name) > 100:
        errors.append(InputError("name", QT_TRANSLATE_NOOP(
            "InputError", "The name is longer than {n} characters; shorten it."), n=100))
    if form.kind not in CUSTOMER_KINDS:
        errors.append(InputError("kind", QT_TRANSLATE_NOOP(
            "InputError", "Choose person or company.")))
    phones: list[CleanPhone] = []
    typed = [p for p in form.phones if p.strip()]
    if not typed:
        errors.append(InputError("phones.0", QT_TRANSLATE_NOOP(
            "InputError", "Enter at least one phone number so the shop can call the customer.")))
    for i, text in enumerate(form.phones):
        if not text.strip():
            continue
        phone = collect(errors, check_phone, text, field=f"phones.{i}")
        if phone is None:
            continue
        if any(p.number == phone.digits for p in phones):
            errors.append(InputError(f"phones.{i}", QT_TRANSLATE_NOOP(
                "InputError", "This number is already given above; remove one of the two.")))
            continue
        phones.append(CleanPhone(phone.digits, phone.kind))
    if errors:
        raise InputErrors(errors)
    clean = CustomerForm(
        name, tuple(p.number for p in phones), form.kind, form.contact_person.strip(),
        form.tax_id.strip().upper(), form.address.strip(), form.note.strip(),
        form.credit_allowed,
    )
    return clean, phones


def find_duplicates(
    session: Session,
    phones: tuple[str, ...] = (),
    plate: str | None = None,
    vin: str | None = None,
    exclude_customer: uuid.UUID | None = None,
    exclude_vehicle: uuid.UUID | None = None,
) -> list[Duplicate]:
    """What is already on file among these phones, plate and VIN (merged customers ignored)."""
    found: list[Duplicate] = []
    numbers = [normalize_phone(p) for p in phones if p.strip()]
    if numbers:
        rows = session.execute(
            select(CustomerPhone.number, Customer.id, Customer.name)
            .join(Customer, Customer.id == CustomerPhone.customer_id)
            .where(CustomerPhone.number.in_(numbers), Customer.merged_into_id.is_(None))
        )
        for number, cid, name in rows:
            if cid != exclude_customer:
                found.append(Duplicate("phone", number, cid, None, name))
    found += vehicles.find_vehicle_duplicates(session, plate, vin, exclude_vehicle)
    return found


RECORD_NAME = QT_TRANSLATE_NOOP("Record", "customer")
FIELD_LABELS = {
    "kind": QT_TRANSLATE_NOOP("Field", "kind"), "name": QT_TRANSLATE_NOOP("Field", "name"),
    "phones": QT_TRANSLATE_NOOP("Field", "phones"),
    "contact_person": QT_TRANSLATE_NOOP("Field", "contact person"),
    "tax_id": QT_TRANSLATE_NOOP("Field", "tax ID"),
    "address": QT_TRANSLATE_NOOP("Field", "address"), "note": QT_TRANSLATE_NOOP("Field", "note"),
    "credit_allowed": QT_TRANSLATE_NOOP("Field", "credit (挂账)"),
}


def _snapshot(c: Customer) -> dict[str, object]:
    return {
        "kind": c.kind, "name": c.name, "phones": [p.number for p in c.phones],
        "contact_person": c.contact_person, "tax_id": c.tax_id, "address": c.address,
        "note": c.note, "credit_allowed": c.credit_allowed,
    }


def _apply(customer: Customer, form: CustomerForm, phones: list[CleanPhone]) -> None:
    customer.kind, customer.name = form.kind, form.name
    customer.contact_person, customer.tax_id = form.contact_person, form.tax_id
    customer.address, customer.note = form.address, form.note
    customer.credit_allowed = form.credit_allowed
    kept = {p.number: p for p in customer.phones}
    customer.phones = [
        kept.get(p.number) or CustomerPhone(number=p.number, kind=p.kind) for p in phones
    ]
    for i, p in enumerate(customer.phones):
        p.position = i


def register(
    session: Session,
    actor: Actor,
    form: CustomerForm,
    vehicle: vehicles.VehicleForm | None = None,
    *,
    allow_shared_phone: bool = False,
    today: date | None = None,
) -> Registered:
    """A new customer, with their car when one is given, in one unit of work.

    Every field of both forms is checked first (all refusals at once); a phone, plate or VIN
    already on file raises DuplicateFound so the desk can open the existing file instead.
    A family sharing one phone is allowed once the advisor says so (`allow_shared_phone`).
    """
    require(session, actor, Permission.CUSTOMER_EDIT)
    errors: list[InputError] = []
    clean = phones = car = None
    try:
        clean, phones = check_customer(form)
    except InputErrors as e:
        errors += e.errors
    if vehicle is not None:
        try:
            car = vehicles.check_vehicle(vehicle, today)
        except InputErrors as e:
            errors += e.errors
    if errors:
        raise InputErrors(errors)
    assert clean is not None and phones is not None
    dups = find_duplicates(
        session, clean.phones if not allow_shared_phone else (),
        car.plate if car else None, car.vin if car else None,
    )
    if dups:
        raise DuplicateFound(dups)
    customer = Customer(branch_id=actor.branch_id)
    _apply(customer, clean, phones)
    session.add(customer)
    session.flush()
    audit.record(session, actor, "customer", customer.id, "create", after=_snapshot(customer))
    vehicle_id = None
    if car is not None:
        vehicle_id = vehicles.create_for(session, actor, customer.id, car, today)
    return Registered(customer.id, vehicle_id)


@dataclass(frozen=True)
class CustomerEdit:
    """A customer as the edit form loads it: the values, and the stamp it hands back on save."""

    customer_id: uuid.UUID
    form: CustomerForm
    stamp: Stamp


def editing(database: Database, customer_id: uuid.UUID) -> CustomerEdit:
    """The customer as the edit form loads it (its own read)."""
    with database.read() as session:
        c = session.get_one(Customer, customer_id)
        form = CustomerForm(c.name, tuple(p.number for p in c.phones), c.kind,
                            c.contact_person, c.tax_id, c.address, c.note, c.credit_allowed)
        return CustomerEdit(c.id, form, Stamp(c.version, _snapshot(c)))


def update(
    session: Session,
    actor: Actor,
    customer_id: uuid.UUID,
    form: CustomerForm,
    *,
    allow_shared_phone: bool = False,
    loaded: Stamp | None = None,
) -> int:
    """Save the edit form; returns the customer's new version.

    `loaded` is the stamp the form was filled from: when another desk saved the customer
    since, StaleRecord names who, when and what, and nothing is written.
    """
    require(session, actor, Permission.CUSTOMER_EDIT)
    clean, phones = check_customer(form)
    customer = session.scalars(select(Customer).where(Customer.id == customer_id)
                               .with_for_update()).one()
    before = _snapshot(customer)
    versions.check(loaded, customer.version, before, what=RECORD_NAME, name=customer.name,
                   by=customer.updated_by_name, at=customer.updated_at, labels=FIELD_LABELS)
    if not allow_shared_phone:
        new_numbers = tuple(n for n in clean.phones if n not in {p.number for p in customer.phones})
        dups = find_duplicates(session, new_numbers, exclude_customer=customer_id)
        if dups:
            raise DuplicateFound(dups)
    _apply(customer, clean, phones)
    after = _snapshot(customer)
    if before != after:
        versions.saved(customer, actor)
        audit.record(session, actor, "customer", customer.id, "update",
                     *audit.changed_fields(before, after))
    return customer.version


def merge(session: Session, actor: Actor, keep_id: uuid.UUID, merge_id: uuid.UUID) -> None:
    """Fold a duplicate customer into another; its cars, orders and phones move over.

    The duplicate's row stays (pointing at the kept one) and the audit log holds what it
    looked like, so nothing of the history is lost.
    """
    require(session, actor, Permission.CUSTOMER_MERGE)
    if keep_id == merge_id:
        raise InputError("merge", QT_TRANSLATE_NOOP(
            "InputError", "Choose two different customers to merge."))
    keep = session.get_one(Customer, keep_id)
    gone = session.get_one(Customer, merge_id)
    if keep.merged_into_id or gone.merged_into_id:
        raise InputError("merge", QT_TRANSLATE_NOOP(
            "InputError", "One of the two customers was already merged into another."))
    snapshot = _snapshot(gone)
    numbers = {p.number for p in keep.phones}
    for phone in list(gone.phones):
        if phone.number not in numbers:
            keep.phones.append(CustomerPhone(number=phone.number, kind=phone.kind,
                                             label=phone.label, position=len(keep.phones)))
    gone.phones = []
    if gone.note and gone.note not in keep.note:
        keep.note = (keep.note + "\n" + gone.note).strip()
    keep.credit_allowed = keep.credit_allowed or gone.credit_allowed
    session.execute(sql_update(VehicleOwnership).where(VehicleOwnership.customer_id == merge_id)
                    .values(customer_id=keep_id))
    session.execute(sql_update(WorkOrder).where(WorkOrder.customer_id == merge_id)
                    .values(customer_id=keep_id))
    gone.merged_into_id = keep_id
    session.flush()
    session.expire_all()  # the bulk updates above bypassed the loaded objects
    audit.record(session, actor, "customer", merge_id, "merged_into",
                 before=snapshot, after={"merged_into": keep_id})
    audit.record(session, actor, "customer", keep_id, "merged_from",
                 after={"merged_from": merge_id, "name": snapshot["name"]})
