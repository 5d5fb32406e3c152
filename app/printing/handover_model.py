"""What the completion certificate and the pickup note print: plain frozen dataclasses.

Filled by app/services/handover_documents from the database (translated names, local times,
worded differences), so the documents never query anything and print the same bytes again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.printing.model import DamageMark, ShopHeader


@dataclass(frozen=True)
class WarrantyTerms:
    """The warranty the car leaves with, whichever limit comes first."""

    repair_type_name: str  # already translated, e.g. "二级维护"
    km: int
    days: int
    starts_on: date
    until_on: date
    until_km: int | None  # None when the odometer was not read at delivery
    restarted: bool = False  # a comeback's delivery restarted it


@dataclass(frozen=True)
class CertificateDocument:
    """竣工出厂合格证: for complete/assembly repairs and second-level maintenance."""

    shop: ShopHeader
    number: str  # the work order's number (the certificate's number, and its barcode)
    plate: str
    vehicle: str
    vin: str
    engine_no: str
    customer_name: str
    repair_type_name: str
    work_done: tuple[str, ...]  # the approved labor lines (and parts) as done
    inspector: str  # who passed the completion check
    checked_at: datetime | None  # local time of the passed check
    delivered_on: date | None  # None: not delivered yet (the warranty is counted from today)
    odometer_km: int | None
    warranty: WarrantyTerms | None
    language: str = "zh_CN"
    # The lines that carry their own warranty (a part's months / km), as (description, term).
    item_warranties: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class PickupDocument:
    """交车单: the car handed back, with the differences from its check-in and the signature."""

    shop: ShopHeader
    number: str
    plate: str
    vehicle: str
    vin: str
    customer_name: str
    customer_phone: str
    handed_over_by: str
    delivered_at: datetime  # local time
    check_in_version: int | None
    odometer_in_km: int | None
    odometer_out_km: int | None
    fuel_in: str  # already worded ("3/8", "45 %", "")
    fuel_out: str
    marks: tuple[DamageMark, ...]  # recorded at check-in
    new_marks: tuple[DamageMark, ...]  # found at pickup, numbered on
    differences: tuple[str, ...]  # already worded in the paper's language
    belongings: str  # declared at check-in
    belongings_returned: bool
    belongings_note: str
    signature_png: bytes | None
    signer: str
    signed_at: datetime | None
    content_hash: str
    warranty: WarrantyTerms | None
    language: str = "zh_CN"
    # The lines that carry their own warranty (a part's months / km), as (description, term).
    item_warranties: tuple[tuple[str, str], ...] = ()
