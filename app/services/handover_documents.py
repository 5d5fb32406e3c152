"""The completion certificate and the pickup note read from the database into printable data.

Called from app/services/documents (`--doc certificate`, `--doc pickup`). The certificate is
only for the repair types the regulation names (CERTIFICATE_TYPES) and only after the car
passed its completion check; the pickup note only after the car was handed over.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from app.domain.checkin import MARK_KINDS
from app.domain.handover import difference_text
from app.domain.warranty import CERTIFICATE_TYPES, warranty_from
from app.domain.workorder import REPAIR_TYPE_NAMES, STATUS_NAMES
from app.i18n import translated
from app.printing.handover_model import CertificateDocument, PickupDocument, WarrantyTerms
from app.printing.model import DamageMark, ShopHeader
from app.printing.warranty_words import line_term
from app.services import checkin, completion, handover, order_papers, orders, shop, warranties
from db.models import Vehicle


class NoCertificate(LookupError):
    """The order's repair type carries no certificate, or the car has not passed its check."""


class NotHandedOver(LookupError):
    """The car has not been handed over yet: there is no pickup note."""


def _header(session: Session) -> ShopHeader:
    profile = shop.profile(session)
    return ShopHeader(profile.name, profile.address, profile.phone, profile.branch_code)


def _type_name(repair_type: str | None, language: str) -> str:
    text = REPAIR_TYPE_NAMES.get(repair_type or "")
    return translated("RepairType", text, language) if text else (repair_type or "")


def _item_warranties(view: orders.OrderView, language: str) -> tuple[tuple[str, str], ...]:
    """The approved lines that carry their own warranty, worded as on the work order."""
    return tuple((line.description, line_term(line.warranty_months, line.warranty_km, language))
                 for line in view.lines
                 if line.approval == "approved" and (line.warranty_months or line.warranty_km))


def _terms(session: Session, view: orders.OrderView, language: str,
           now: datetime | None) -> tuple[WarrantyTerms | None, bool]:
    """The order's warranty as given at delivery, or as it would be if delivered today."""
    given = warranties.for_order(session, view.id)
    if given is not None:
        return WarrantyTerms(_type_name(given.repair_type, language), given.km, given.days,
                             given.starts_on, given.until_on, given.until_km,
                             given.restarted), True
    today = (now or datetime.now(UTC)).astimezone().date()
    preview = warranty_from(view.header.repair_type or None, today, view.mileage_km,
                            warranties.promised(session))
    if preview is None:
        return None, False
    return WarrantyTerms(_type_name(preview.repair_type, language), preview.km, preview.days,
                         preview.starts_on, preview.until_on, preview.until_km), False


def certificate_document(session: Session, order_id: uuid.UUID, language: str = "zh_CN",
                         now: datetime | None = None) -> CertificateDocument:
    view = orders.load_order(session, order_id)
    passed = completion.passed_check(session, order_id)
    warranty, delivered = _terms(session, view, language, now)
    repair_type = view.header.repair_type
    if repair_type not in CERTIFICATE_TYPES:
        kind = (f"a {REPAIR_TYPE_NAMES[repair_type].lower()}" if repair_type in REPAIR_TYPE_NAMES
                else "no repair type set")
        raise NoCertificate(
            f"work order {view.number} has no completion certificate (竣工出厂合格证): it is "
            f"{kind}, and the certificate is issued only for a vehicle overhaul, an assembly "
            "overhaul or second-level maintenance")
    if passed is None:
        raise NoCertificate(
            f"work order {view.number} has no completion certificate yet: it has not passed "
            f"its completion check (it is {STATUS_NAMES.get(view.status, view.status).lower()})")
    record = handover.current(session, order_id)
    car = session.get(Vehicle, view.vehicle_id)
    work = tuple(line.description for line in view.lines
                 if line.approval == "approved" and line.kind in ("labor", "sublet"))
    return CertificateDocument(
        shop=_header(session), number=view.number, plate=view.plate, vehicle=view.vehicle,
        vin=view.vin, engine_no=car.engine_no if car else "", customer_name=view.customer_name,
        repair_type_name=_type_name(repair_type, language),
        work_done=work or tuple(x.description for x in view.lines if x.approval == "approved"),
        inspector=passed.inspector_name, checked_at=passed.checked_at.astimezone(),
        delivered_on=warranty.starts_on if delivered and warranty else (
            record.signed_at.astimezone().date() if record and record.signed_at else None),
        odometer_km=record.odometer_out_km if record else view.mileage_km,
        warranty=warranty, language=language, item_warranties=_item_warranties(view, language))


def pickup_document(session: Session, order_id: uuid.UUID,
                    language: str = "zh_CN") -> PickupDocument:
    view = orders.load_order(session, order_id)
    record = handover.current(session, order_id)
    if record is None:
        raise NotHandedOver(
            f"work order {view.number} has no pickup note yet: the car has not been handed "
            f"over (it is {STATUS_NAMES.get(view.status, view.status).lower()})")
    found = (checkin.version(session, order_id, record.check_in_version)
             if record.check_in_version else None)
    form = found.form if found else None
    warranty, _ = _terms(session, view, language, None)

    def mark(m: dict) -> DamageMark:  # type: ignore[type-arg]
        return DamageMark(int(m["number"]), float(m["x"]), float(m["y"]), m["kind"],
                          m.get("note", ""))

    def mark_name(kind: str) -> str:
        return translated("MarkKind", MARK_KINDS.get(kind, kind), language)

    return PickupDocument(
        shop=_header(session), number=view.number, plate=view.plate, vehicle=view.vehicle,
        vin=view.vin, customer_name=view.customer_name,
        customer_phone=(view.header.contact_phone
                        or order_papers.customer_phone(session, view.customer_id)),
        handed_over_by=record.handed_over_by_name,
        delivered_at=(record.signed_at or datetime.now(UTC)).astimezone(),
        check_in_version=record.check_in_version, odometer_in_km=record.odometer_in_km,
        odometer_out_km=record.odometer_out_km,
        fuel_in=_level(form.fuel_eighths, form.battery_percent) if form else "",
        fuel_out=_level(record.fuel_eighths_out, record.battery_percent_out),
        marks=tuple(mark(m) for m in (form.marks if form else ())),
        new_marks=tuple(mark(m) for m in record.new_marks),
        differences=tuple(difference_text(
            d, lambda context, text: translated(context, text, language), mark_name)
            for d in record.differences),
        belongings=form.belongings if form else "",
        belongings_returned=record.belongings_returned, belongings_note=record.belongings_note,
        signature_png=record.signature_png, signer=record.signer,
        signed_at=record.signed_at.astimezone() if record.signed_at else None,
        content_hash=record.content_hash, warranty=warranty, language=language,
        item_warranties=_item_warranties(view, language))


def _level(eighths: int | None, percent: int | None) -> str:
    if eighths is not None:
        return f"{eighths}/8"
    return f"{percent} %" if percent is not None else ""
