"""The order's own papers (estimate, work order, check-in sheet, key tag) read from the
database into printable documents.

`app/printing` only lays out plain data; this module fills that data (shop header, customer,
car, lines, totals, terms) and names the states and categories in the paper's language. The
bill's papers are in receipts.py, the handover's in handover_documents.py; documents.py picks.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.orm import Session

from app.domain.errors import InputError
from app.domain.phone import check_phone
from app.domain.warranty import term_for
from app.domain.workorder import (
    CATEGORY_NAMES,
    FUEL_NAMES,
    PAYER_NAMES,
    REPAIR_TYPE_NAMES,
    STATUS_NAMES,
)
from app.i18n import translated
from app.printing.model import (
    CheckInDocument,
    CheckItem,
    DamageMark,
    KeyTagDocument,
    OrderDocument,
    PrintLine,
    PrintTotals,
    ShopHeader,
)
from app.printing.warranty_words import PaperWarranty, line_term
from app.services import checkin, orders, settings, shop, warranties
from app.services.orders import LineView
from db.models import CustomerPhone, WorkOrder

_APPROVAL_ON_PAPER = {"awaiting": "awaiting_consent"}


def order_document(session: Session, order_id: uuid.UUID, language: str = "zh_CN",
                   printed_at: datetime | None = None) -> OrderDocument:
    view = orders.load_order(session, order_id)
    profile = shop.profile(session)

    def name(context: str, table: dict[str, str], code: str | None) -> str:
        return translated(context, table[code], language) if code in table else (code or "")

    payer = name("Payer", PAYER_NAMES, view.header.payer)
    if view.header.payer == "insurer":
        payer = " ".join(x for x in (payer, view.header.insurer, view.header.claim_number) if x)
    phone = view.header.contact_phone or customer_phone(session, view.customer_id)
    fuel = name("Fuel", FUEL_NAMES, view.fuel_type)
    if view.fuel_eighths is not None:
        fuel = f"{fuel} {view.fuel_eighths}/8"
    elif view.battery_percent is not None:
        fuel = f"{fuel} {view.battery_percent}%"
    t = view.totals
    return OrderDocument(
        shop=ShopHeader(profile.name, profile.address, profile.phone, profile.branch_code),
        number=view.number, status_name=name("Status", STATUS_NAMES, view.status),
        opened_at=view.opened_at.astimezone(),
        promised_at=view.header.promised_at.astimezone() if view.header.promised_at else None,
        advisor=view.advisor, customer_name=view.customer_name, customer_phone=phone,
        plate=view.plate, vehicle=view.vehicle, vin=view.vin, mileage_km=view.mileage_km,
        fuel=fuel, category_name=name("Category", CATEGORY_NAMES, view.header.category),
        repair_type_name=name("RepairType", REPAIR_TYPE_NAMES, view.header.repair_type),
        payer=payer, complaint=view.header.complaint,
        lines=tuple(_print_line(n, line, language) for n, line in enumerate(view.lines, start=1)),
        totals=PrintTotals(t.labor_fen, t.parts_fen, t.other_fen, t.discount_fen, t.total_fen,
                           t.vat_fen, t.vat_rate_bp // 10),
        terms=str(settings.get(session, "print.terms") or ""),
        language=language, printed_at=printed_at.astimezone() if printed_at else None,
        estimate_valid_days=int(settings.get(session, "estimate.valid_days")),
        warranty=order_warranty(session, order_id, language),
    )


class NoCheckIn(LookupError):
    """The order has no check-in yet: there is no sheet to print."""


def checkin_document(session: Session, order_id: uuid.UUID, language: str = "zh_CN",
                     number: int | None = None) -> CheckInDocument:
    """The check-in sheet of the order's newest check-in version (or version `number`)."""
    view = orders.load_order(session, order_id)
    found = (checkin.version(session, order_id, number) if number
             else checkin.current(session, order_id))
    if found is None:
        raise NoCheckIn(f"{view.number} has no check-in yet")
    profile = shop.profile(session)
    form = found.form
    photos = checkin.thumbnails(session, form.photos)
    return CheckInDocument(
        shop=ShopHeader(profile.name, profile.address, profile.phone, profile.branch_code),
        number=view.number, plate=view.plate, vehicle=view.vehicle, vin=view.vin,
        customer_name=view.customer_name,
        customer_phone=view.header.contact_phone or customer_phone(session, view.customer_id),
        advisor=found.advisor_name or view.advisor, checked_in_at=found.updated_at.astimezone(),
        version=found.version,
        checklist=tuple(CheckItem(translated("CheckItem", x["item"], language), x["state"],
                                  x.get("note", "")) for x in form.checklist),
        marks=tuple(DamageMark(int(m["number"]), float(m["x"]), float(m["y"]), m["kind"],
                               m.get("note", "")) for m in form.marks),
        fuel_eighths=form.fuel_eighths, battery_percent=form.battery_percent,
        odometer_km=form.odometer_km, belongings=_with_keys(form, language),
        valuables=form.valuables,
        photos=tuple(photos[h] for h in form.photos if h in photos),
        signature_png=found.signature_png, signer=found.signer,
        signed_at=found.signed_at.astimezone() if found.signed_at else None,
        content_hash=found.content_hash, language=language,
    )


def _with_keys(form: checkin.CheckInForm, language: str) -> str:
    if form.keys_count is None:
        return form.belongings
    keys = (f"钥匙 {form.keys_count} 把" if language == "zh_CN"
            else f"{form.keys_count} key(s)")
    return "；".join(x for x in (keys, form.belongings) if x)


def keytag_document(session: Session, order_id: uuid.UUID,
                    language: str = "zh_CN") -> KeyTagDocument:
    view = orders.load_order(session, order_id)
    width, height = settings.get(session, "keytag.size_mm") or (50, 30)
    promised = view.header.promised_at.astimezone() if view.header.promised_at else None
    return KeyTagDocument(view.plate, view.number, view.customer_name, promised,
                          float(width), float(height), language)


def order_warranty(session: Session, order_id: uuid.UUID,
                   language: str = "zh_CN") -> PaperWarranty | None:
    """The warranty by law the order's repair type carries, for its papers: as issued at
    handover (from the odometer out); before delivery the term, running from the day the car
    leaves. None when the repair type carries none (or none is set)."""
    order = session.get_one(WorkOrder, order_id)
    term = term_for(order.repair_type, warranties.promised(session))
    if term is None or order.repair_type is None:
        return None
    type_name = translated("RepairType", REPAIR_TYPE_NAMES[order.repair_type], language)
    issued = warranties.for_order(session, order_id) if order.status == "delivered" else None
    if issued is None:
        return PaperWarranty(type_name, term.km, term.days)
    return PaperWarranty(type_name, issued.km, issued.days, issued.until_on, issued.until_km,
                         issued.restarted)


def _print_line(position: int, line: LineView, language: str = "zh_CN") -> PrintLine:
    warranty = line_term(line.warranty_months, line.warranty_km, language)
    return PrintLine(
        position=position, kind=line.kind, code=line.code, description=line.description,
        quantity_milli=line.quantity_milli, unit=line.unit, unit_price_fen=line.unit_price_fen,
        discount_fen=line.discount_fen, total_fen=line.total_fen, source=line.source,
        warranty=warranty, technician=line.technician,
        approval=_APPROVAL_ON_PAPER.get(line.approval, line.approval), added=line.added,
    )


def customer_phone(session: Session, customer_id: uuid.UUID) -> str:
    """The customer's first phone, grouped for reading aloud as on screen (138 0013 8000)."""
    from sqlalchemy import select

    digits = session.scalar(
        select(CustomerPhone.number).where(CustomerPhone.customer_id == customer_id)
        .order_by(CustomerPhone.position).limit(1)) or ""
    try:
        return check_phone(digits).display if digits else ""
    except InputError:
        return digits
