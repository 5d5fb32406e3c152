"""Work orders at reception and in the estimate editor: open, read, save lines and prices.

A save replaces the order's header and lines as the editor shows them, inside one write
transaction, and only if nobody else saved the order since it was read (`version`): a stale
save is refused with who saved last and when, never applied over their change. After the
customer approved the order, a new line is added work (追加项目) and a dearer line a price
change: both wait for the customer's recorded consent (`order_flow.record_consent`) and are
not charged until then. Discounts beyond the advisor's limit need a manager's approval, given
on the spot and kept in the audit log.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.domain.checkin import level_errors, odometer_error
from app.domain.errors import InputError, InputErrors
from app.domain.permissions import Permission
from app.domain.phone import check_phone
from app.domain.pricing import OrderTotals, PricedLine, check_discount, order_totals
from app.domain.workorder import (
    APPROVED_STATUSES,
    CATEGORY_NAMES,
    EDITABLE_STATUSES,
    LINE_KIND_NAMES,
    OPEN_STATUSES,
    PART_SOURCE_NAMES,
    PAYER_NAMES,
    REPAIR_TYPE_NAMES,
)
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit, settings, shop
from app.services.actor import Actor, may, require
from app.services.versions import StaleRecord
from db.models import (
    Consent,
    Customer,
    StatusEvent,
    User,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
)

ORDER_PREFIX = "WX"  # 维修: the work-order number's prefix


class OpenOrderExists(Exception):
    """The car already has an open order: the desk continues it instead of making a second."""

    def __init__(self, order_id: uuid.UUID, number: str) -> None:
        self.order_id, self.number = order_id, number
        super().__init__(f"the car already has the open order {number}")


class StaleOrder(StaleRecord):
    """Someone saved the order after this editor read it; the editor reloads."""

    def __init__(self, number: str, by: str, at: datetime) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Record", "work order"), number, by, at)
        self.number = number


class OrderLocked(Exception):
    """The order's state no longer allows editing (settled, delivered, cancelled)."""

    def __init__(self, number: str, status: str) -> None:
        self.number, self.status = number, status
        super().__init__(f"{number} is {status} and cannot be edited")


class DiscountNeedsApproval(Exception):
    """The discount is above what the user may give alone; a manager has to approve it."""

    def __init__(self, discount_bp: int, limit_bp: int) -> None:
        self.discount_bp, self.limit_bp = discount_bp, limit_bp
        super().__init__(f"discount {discount_bp / 100:.2f}% is above the limit "
                         f"{limit_bp / 100:.2f}%")


@dataclass(frozen=True)
class ReceptionForm:
    """What reception records when a car comes in (text as typed, checked here)."""

    vehicle_id: uuid.UUID
    customer_id: uuid.UUID
    contact_phone: str = ""
    complaint: str = ""
    mileage: str = ""
    odometer_replaced: bool = False
    odometer_note: str = ""
    fuel_eighths: int | None = None
    battery_percent: int | None = None
    from_appointment: bool = False
    promised_at: datetime | None = None
    category: str = "repair"
    repair_type: str = ""
    payer: str = "customer"
    insurer: str = ""
    claim_number: str = ""


@dataclass(frozen=True)
class LineDraft:
    """One line as the editor holds it; `id` is None for a line not saved yet."""

    kind: str
    description: str
    quantity_milli: int = 1000
    unit_price_fen: int = 0
    discount_fen: int = 0
    code: str = ""
    unit: str = ""
    source: str = ""
    warranty_months: int | None = None
    warranty_km: int | None = None
    technician_id: uuid.UUID | None = None
    part_id: uuid.UUID | None = None
    package_code: str = ""
    approval: str = "pending"
    id: uuid.UUID | None = None

    def priced(self) -> PricedLine:
        return PricedLine(self.kind, self.quantity_milli, self.unit_price_fen, self.discount_fen,
                          self.approval)


@dataclass(frozen=True)
class LineView(LineDraft):
    added: bool = False
    agreed_total_fen: int | None = None
    consent_id: uuid.UUID | None = None
    technician: str = ""

    @property
    def total_fen(self) -> int:
        return self.priced().total_fen


@dataclass(frozen=True)
class HeaderDraft:
    """The order header fields the editor may change."""

    category: str
    repair_type: str = ""
    payer: str = "customer"
    insurer: str = ""
    claim_number: str = ""
    promised_at: datetime | None = None
    complaint: str = ""
    contact_phone: str = ""


@dataclass(frozen=True)
class ConsentView:
    kind: str
    given_by: str
    method: str
    given_at: datetime
    recorded_by: str
    amount_fen: int
    note: str


@dataclass(frozen=True)
class OrderView:
    id: uuid.UUID
    number: str
    status: str
    version: int
    opened_at: datetime
    updated_at: datetime
    updated_by: str
    advisor: str
    customer_id: uuid.UUID
    customer_name: str
    vehicle_id: uuid.UUID
    plate: str
    vehicle: str
    vin: str
    fuel_type: str
    mileage_km: int | None
    fuel_eighths: int | None
    battery_percent: int | None
    from_appointment: bool
    header: HeaderDraft
    lines: tuple[LineView, ...]
    order_discount_fen: int
    totals: OrderTotals
    consents: tuple[ConsentView, ...] = field(default=())
    cancel_reason: str = ""

    @property
    def editable(self) -> bool:
        return self.status in EDITABLE_STATUSES

    @property
    def approved(self) -> bool:
        return self.status in APPROVED_STATUSES


# ---------------------------------------------------------------------------------------------
# Reception: opening an order


def open_order(session: Session, actor: Actor, form: ReceptionForm,
               now: datetime | None = None) -> uuid.UUID:
    """A new draft order for the car; refused when the car already has an open one."""
    require(session, actor, Permission.ORDER_EDIT)
    now = now or datetime.now(UTC)
    vehicle = session.get(Vehicle, form.vehicle_id)
    customer = session.get(Customer, form.customer_id)
    if vehicle is None or customer is None:
        raise LookupError("the car or customer is no longer on file")
    existing = session.execute(
        select(WorkOrder.id, WorkOrder.number)
        .where(WorkOrder.vehicle_id == vehicle.id, WorkOrder.status.in_(OPEN_STATUSES))
    ).first()
    if existing is not None:
        raise OpenOrderExists(existing.id, existing.number)
    clean = check_reception(form, vehicle.mileage_km)
    header = check_header(HeaderDraft(
        clean.category, clean.repair_type, clean.payer, clean.insurer, clean.claim_number,
        clean.promised_at, clean.complaint, clean.contact_phone), now)
    mileage = int(clean.mileage) if clean.mileage else None
    order = WorkOrder(
        number=shop.next_document_number(session, ORDER_PREFIX, _local_day(now)),
        branch_id=shop.profile(session).branch_id, vehicle_id=vehicle.id,
        customer_id=customer.id, advisor_id=actor.user_id, status="draft",
        mileage_km=mileage, opened_at=now, fuel_eighths=clean.fuel_eighths,
        battery_percent=clean.battery_percent, odometer_replaced=clean.odometer_replaced,
        odometer_note=clean.odometer_note, from_appointment=clean.from_appointment,
        updated_by_name=actor.display_name, version=1,
    )
    _apply_header(order, header)
    session.add(order)
    if mileage is not None and (clean.odometer_replaced or mileage > (vehicle.mileage_km or 0)):
        vehicle.mileage_km = mileage
    session.flush()
    session.add(StatusEvent(order_id=order.id, from_status=None, to_status="draft", at=now,
                            user_id=actor.user_id, reason="reception"))
    audit.record(session, actor, "work_order", order.id, "create",
                 after={"number": order.number, "vehicle": vehicle.plate,
                        "mileage_km": mileage, "odometer_replaced": clean.odometer_replaced})
    return order.id


def check_reception(form: ReceptionForm, last_mileage_km: int | None) -> ReceptionForm:
    errors: list[InputError] = []
    mileage = "".join(form.mileage.replace(",", "").split())
    if mileage:
        if not mileage.isdigit():
            errors.append(InputError("mileage", QT_TRANSLATE_NOOP(
                "InputError", "Type the odometer reading in whole kilometres, e.g. 45200.")))
        elif (too_large := odometer_error("mileage", int(mileage))) is not None:
            errors.append(too_large)
        elif last_mileage_km and int(mileage) < last_mileage_km and not form.odometer_replaced:
            errors.append(InputError("mileage", QT_TRANSLATE_NOOP(
                "InputError", "The odometer shows less than the {last} km recorded last time. "
                "Check the reading, or tick \"Replaced\" and say why."),
                last=f"{last_mileage_km:,}"))
    if form.odometer_replaced and not form.odometer_note.strip():
        errors.append(InputError("odometer_note", QT_TRANSLATE_NOOP(
            "InputError", "Say why the odometer reading went back (e.g. instrument cluster "
            "replaced).")))
    errors += level_errors(form.fuel_eighths, form.battery_percent)
    if errors:
        raise InputErrors(errors)
    return replace(form, mileage=mileage, odometer_note=form.odometer_note.strip())


def check_header(header: HeaderDraft, now: datetime | None = None) -> HeaderDraft:
    errors: list[InputError] = []
    if header.category not in CATEGORY_NAMES:
        errors.append(InputError("category", QT_TRANSLATE_NOOP(
            "InputError", "Choose the repair category.")))
    if header.repair_type and header.repair_type not in REPAIR_TYPE_NAMES:
        errors.append(InputError("repair_type", QT_TRANSLATE_NOOP(
            "InputError", "Choose the repair type from the list.")))
    if header.payer not in PAYER_NAMES:
        errors.append(InputError("payer", QT_TRANSLATE_NOOP(
            "InputError", "Choose who pays: the customer, an insurer or the maker.")))
    elif header.payer == "insurer" and not (header.insurer.strip()
                                            and header.claim_number.strip()):
        errors.append(InputError("claim_number", QT_TRANSLATE_NOOP(
            "InputError", "An insurance job needs the insurer and the claim number (报案号).")))
    if header.promised_at is not None and now is not None and header.promised_at < now:
        errors.append(InputError("promised_at", QT_TRANSLATE_NOOP(
            "InputError", "The promised time is already past. Choose a later time.")))
    phone = header.contact_phone.strip()
    if phone:
        try:
            phone = check_phone(phone).display
        except InputError as e:
            errors.append(e.for_field("contact_phone"))
    if errors:
        raise InputErrors(errors)
    return replace(header, insurer=header.insurer.strip(),
                   claim_number=header.claim_number.strip(),
                   complaint=header.complaint.strip(), contact_phone=phone)


def _apply_header(order: WorkOrder, header: HeaderDraft) -> None:
    order.category, order.repair_type = header.category, header.repair_type or None
    order.payer, order.insurer, order.claim_number = (
        header.payer, header.insurer, header.claim_number)
    order.promised_at, order.complaint = header.promised_at, header.complaint
    order.contact_phone = header.contact_phone


def _local_day(moment: datetime):  # type: ignore[no-untyped-def]
    return moment.astimezone().date()  # document numbers follow the shop's calendar day


# ---------------------------------------------------------------------------------------------
# Reading


def load_order(session: Session, order_id: uuid.UUID) -> OrderView:
    order = session.scalar(
        select(WorkOrder).where(WorkOrder.id == order_id).options(selectinload(WorkOrder.lines))
    )
    if order is None:
        raise LookupError(f"no work order {order_id}")
    vehicle = session.get_one(Vehicle, order.vehicle_id)
    customer = session.get_one(Customer, order.customer_id)
    user_ids = {line.technician_id for line in order.lines} | {order.advisor_id}
    names = dict(session.execute(
        select(User.id, User.display_name).where(User.id.in_([u for u in user_ids if u]))
    ).all())
    lines = tuple(_line_view(line, names) for line in order.lines)
    consents = tuple(
        ConsentView(c.kind, c.given_by, c.method, c.given_at, c.recorded_by_name, c.amount_fen,
                    c.note)
        for c in session.scalars(
            select(Consent).where(Consent.order_id == order.id).order_by(Consent.given_at))
    )
    header = HeaderDraft(order.category, order.repair_type or "", order.payer, order.insurer,
                         order.claim_number, order.promised_at, order.complaint,
                         order.contact_phone)
    car = " ".join(str(p) for p in (vehicle.brand, vehicle.model, vehicle.year, vehicle.colour)
                   if p)
    return OrderView(
        order.id, order.number, order.status, order.version, order.opened_at, order.updated_at,
        order.updated_by_name, names.get(order.advisor_id, ""), customer.id, customer.name,
        vehicle.id, vehicle.plate or "", car, vehicle.vin or "", vehicle.fuel_type,
        order.mileage_km, order.fuel_eighths, order.battery_percent, order.from_appointment,
        header, lines, order.order_discount_fen,
        totals_of(session, [line.priced() for line in lines], order.order_discount_fen),
        consents, order.cancel_reason,
    )


def _line_view(line: WorkOrderLine, names: dict[uuid.UUID, str]) -> LineView:
    return LineView(
        kind=line.kind, description=line.description, quantity_milli=line.quantity_milli,
        unit_price_fen=line.unit_price_fen, discount_fen=line.discount_fen, code=line.code,
        unit=line.unit, source=line.source, warranty_months=line.warranty_months,
        warranty_km=line.warranty_km, technician_id=line.technician_id, part_id=line.part_id,
        package_code=line.package_code, approval=line.approval, id=line.id, added=line.added,
        agreed_total_fen=line.agreed_total_fen, consent_id=line.consent_id,
        technician=names.get(line.technician_id, "") if line.technician_id else "",
    )


def totals_of(session: Session, lines: list[PricedLine], order_discount_fen: int) -> OrderTotals:
    """The order's totals with the shop's VAT settings (what the editor shows as you type)."""
    return order_totals(lines, order_discount_fen, settings.get(session, "tax.vat_rate_bp"),
                        settings.get(session, "tax.prices_include_vat"))


def technicians(session: Session) -> list[tuple[uuid.UUID, str]]:
    """The workshop's people a labor line can be given to (active users of the workshop role)."""
    return [(u.id, u.display_name) for u in session.scalars(
        select(User).where(User.role == "workshop", User.active.is_(True))
        .order_by(User.display_name))]


def discount_limit_bp(session: Session, actor: Actor) -> int | None:
    """The largest discount the user may give alone; None = no limit (managers)."""
    if may(session, actor, Permission.DISCOUNT_OVER_LIMIT):
        return None
    return int(settings.get(session, "discount.advisor_limit_bp"))


# ---------------------------------------------------------------------------------------------
# Saving


def check_lines(lines: list[LineDraft]) -> list[LineDraft]:
    """Every line checked at once; the errors name the line ("line_3.quantity")."""
    errors: list[InputError] = []
    clean: list[LineDraft] = []
    for number, line in enumerate(lines, start=1):
        where = f"line_{number}"
        description = " ".join(line.description.split())
        if line.kind not in LINE_KIND_NAMES:
            errors.append(InputError(f"{where}.kind", QT_TRANSLATE_NOOP(
                "InputError", "Line {line}: choose labor, part, sublet or fee."), line=number))
        if not description:
            errors.append(InputError(f"{where}.description", QT_TRANSLATE_NOOP(
                "InputError", "Line {line}: say what the work or part is."), line=number))
        elif len(description) > 200:
            errors.append(InputError(f"{where}.description", QT_TRANSLATE_NOOP(
                "InputError", "Line {line}: the description is longer than 200 characters."),
                line=number))
        if line.quantity_milli <= 0:
            errors.append(InputError(f"{where}.quantity", QT_TRANSLATE_NOOP(
                "InputError", "Line {line}: the quantity must be more than 0."), line=number))
        if line.unit_price_fen < 0:
            errors.append(InputError(f"{where}.price", QT_TRANSLATE_NOOP(
                "InputError", "Line {line}: a price cannot be negative; use a discount."),
                line=number))
        if line.source and line.source not in PART_SOURCE_NAMES:
            errors.append(InputError(f"{where}.source", QT_TRANSLATE_NOOP(
                "InputError", "Line {line}: choose where the part comes from."), line=number))
        try:
            check_discount(line.discount_fen, line.priced().gross_fen, f"{where}.discount")
        except InputError as e:
            errors.append(InputError(e.field, QT_TRANSLATE_NOOP(
                "InputError", "Line {line}: {problem}"), line=number, problem=e.text()))
        clean.append(replace(line, description=description))
    if errors:
        raise InputErrors(errors)
    return clean


def save_order(
    session: Session,
    actor: Actor,
    order_id: uuid.UUID,
    version: int,
    header: HeaderDraft,
    lines: list[LineDraft],
    order_discount_fen: int = 0,
    approved_by: Actor | None = None,
    now: datetime | None = None,
) -> int:
    """Save the editor's header and lines; returns the order's new version.

    Raises StaleOrder, OrderLocked, InputErrors or DiscountNeedsApproval; nothing is written
    then. `approved_by` is the manager who approved a discount above `actor`'s limit.
    """
    require(session, actor, Permission.ORDER_EDIT)
    now = now or datetime.now(UTC)
    order = session.scalar(
        select(WorkOrder).where(WorkOrder.id == order_id).options(selectinload(WorkOrder.lines))
        .with_for_update()
    )
    if order is None:
        raise LookupError(f"no work order {order_id}")
    if order.version != version:
        raise StaleOrder(order.number, order.updated_by_name, order.updated_at)
    if order.status not in EDITABLE_STATUSES:
        raise OrderLocked(order.number, order.status)
    clean_header = check_header(header)
    clean_lines = check_lines(lines)
    after_approval = order.status in APPROVED_STATUSES
    existing = {line.id: line for line in order.lines}
    planned = [_planned_line(draft, existing.get(draft.id), after_approval)
               for draft in clean_lines]
    totals = totals_of(session, [p.priced() for p in planned], order_discount_fen)
    try:
        check_discount(order_discount_fen, totals.gross_fen - totals.line_discount_fen,
                       "order_discount")
    except InputError as e:
        raise InputErrors([e]) from None
    _check_authority(session, actor, approved_by, order, totals)
    before = _money_snapshot(order)
    _write_lines(session, order, planned, existing)
    _apply_header(order, clean_header)
    order.order_discount_fen = order_discount_fen
    _store_totals(order, totals)
    order.version += 1
    order.updated_at, order.updated_by_name = now, actor.display_name
    after = _money_snapshot(order)
    if before != after:
        audit.record(session, actor, "work_order", order.id, "save", before, after)
    session.flush()
    return order.version


def _planned_line(draft: LineDraft, stored: WorkOrderLine | None,
                  after_approval: bool) -> LineDraft:
    """The approval state a saved line gets: the editor cannot approve by itself."""
    if stored is None:
        # Before approval a new line waits for the customer's decision; after it, it is
        # added work that waits for consent. A line cannot arrive already approved.
        approval = "awaiting" if after_approval else (
            "declined" if draft.approval == "declined" else "pending")
        return replace(draft, approval=approval, id=None)
    approval = stored.approval
    if after_approval:
        total = draft.priced().total_fen
        if stored.agreed_total_fen is not None and total > stored.agreed_total_fen:
            approval = "awaiting"  # dearer than agreed: consent to the difference first
    elif draft.approval in {"pending", "declined"}:
        approval = draft.approval  # before approval the desk records the customer's no/maybe
    return replace(draft, approval=approval)


def _write_lines(session: Session, order: WorkOrder, planned: list[LineDraft],
                 existing: dict[uuid.UUID, WorkOrderLine]) -> None:
    kept: set[uuid.UUID] = set()
    after_approval = order.status in APPROVED_STATUSES
    for position, draft in enumerate(planned, start=1):
        line = existing.get(draft.id) if draft.id else None
        if line is None:
            line = WorkOrderLine(order_id=order.id, added=after_approval)
            order.lines.append(line)
        else:
            kept.add(line.id)
        line.position, line.kind, line.code, line.description = (
            position, draft.kind, draft.code, draft.description)
        line.quantity_milli, line.unit_price_fen, line.discount_fen = (
            draft.quantity_milli, draft.unit_price_fen, draft.discount_fen)
        line.total_fen = draft.priced().total_fen
        line.unit, line.source = draft.unit, draft.source
        line.warranty_months, line.warranty_km = draft.warranty_months, draft.warranty_km
        line.technician_id, line.part_id = draft.technician_id, draft.part_id
        line.package_code, line.approval = draft.package_code, draft.approval
    for line_id, line in existing.items():
        if line_id not in kept:
            order.lines.remove(line)


def _check_authority(session: Session, actor: Actor, approved_by: Actor | None,
                     order: WorkOrder, totals: OrderTotals) -> None:
    limit = discount_limit_bp(session, actor)
    if limit is None or totals.discount_bp <= limit:
        return
    stored = order_totals(
        [PricedLine(x.kind, x.quantity_milli, x.unit_price_fen, x.discount_fen, x.approval)
         for x in order.lines], order.order_discount_fen)
    if totals.discount_fen <= stored.discount_fen and stored.discount_bp >= totals.discount_bp:
        return  # a discount a manager approved before, not raised since
    # The approver is checked like the user: a login the auth service issued, its role now.
    if approved_by is None or not may(session, approved_by, Permission.DISCOUNT_OVER_LIMIT):
        raise DiscountNeedsApproval(totals.discount_bp, limit)
    audit.record(session, approved_by, "work_order", order.id, "discount_approved",
                 {"limit_bp": limit},
                 {"discount_bp": totals.discount_bp, "discount_fen": totals.discount_fen,
                  "asked_by": actor.display_name})


def _store_totals(order: WorkOrder, totals: OrderTotals) -> None:
    order.labor_fen, order.parts_fen, order.other_fen = (
        totals.labor_fen, totals.parts_fen, totals.other_fen)
    order.discount_fen, order.vat_fen, order.total_fen = (
        totals.discount_fen, totals.vat_fen, totals.total_fen)


def _money_snapshot(order: WorkOrder) -> dict[str, object]:
    return {
        "total_fen": order.total_fen, "discount_fen": order.discount_fen,
        "order_discount_fen": order.order_discount_fen,
        "lines": [[x.description, x.quantity_milli, x.unit_price_fen, x.discount_fen,
                   x.approval] for x in order.lines],
    }


def refresh_totals(session: Session, order: WorkOrder) -> None:
    """Recompute the stored totals after approvals changed (order_flow calls this)."""
    _store_totals(order, totals_of(
        session,
        [PricedLine(x.kind, x.quantity_milli, x.unit_price_fen, x.discount_fen, x.approval)
         for x in order.lines],
        order.order_discount_fen))
