"""What a printed order document shows: plain frozen dataclasses, the only input of every document.

The caller fills them from the database (translated status names, local times, worded
warranties), so the documents never query anything and the same values always print the same
bytes. Money is integer fen, quantities integer thousandths, exactly as stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.printing.warranty_words import PaperWarranty


@dataclass(frozen=True)
class ShopHeader:
    """The shop (branch) printed at the top of every page."""

    name: str
    address: str
    phone: str
    branch_code: str
    tax_id: str = ""
    logo_png: bytes | None = None


@dataclass(frozen=True)
class PrintLine:
    """One labor, part, sublet or fee line of an order, as it is printed."""

    position: int  # 1-based line number as shown
    kind: str  # "labor" | "part" | "sublet" | "fee"
    code: str  # catalog code, may be ""
    description: str
    quantity_milli: int  # quantity × 1000 (labor: standard hours × 1000, e.g. 1500 = 1.5 h)
    unit: str  # e.g. "h", "个", "L", "次"
    unit_price_fen: int  # tax-inclusive unit price (labor: hourly rate)
    discount_fen: int  # discount on this line, fen
    total_fen: int  # line total after discount, fen
    # parts: "oem" 原厂 | "brand" 品牌 | "aftermarket" 副厂 | "repaired" 修复 | "customer" 客供
    source: str = ""
    warranty: str = ""  # e.g. "12个月/20000km", already worded
    technician: str = ""
    approval: str = "pending"  # "pending" | "approved" | "declined" | "awaiting_consent"
    added: bool = False  # 追加项目: added after approval


@dataclass(frozen=True)
class PrintTotals:
    """The order's totals, computed by the caller (the documents never redo the arithmetic)."""

    labor_fen: int  # sums of approved/pending (not declined) lines before order discount
    parts_fen: int
    other_fen: int
    discount_fen: int  # line discounts + order-level discount
    total_fen: int  # amount payable, tax-inclusive
    vat_fen: int  # VAT portion contained in total_fen
    vat_rate_permille: int  # 130 = 13 %


@dataclass(frozen=True)
class OrderDocument:
    """Everything an estimate or work order prints about one repair order."""

    shop: ShopHeader
    number: str  # e.g. "WX-BR01-20261122-007"
    status_name: str  # already translated, e.g. "已批准"
    opened_at: datetime  # local time, naive or aware
    promised_at: datetime | None
    advisor: str
    customer_name: str
    customer_phone: str
    plate: str
    vehicle: str  # vehicle e.g. "大众 朗逸 2021 白色"
    vin: str
    mileage_km: int | None
    fuel: str
    category_name: str
    repair_type_name: str
    payer: str  # e.g. "客户" or "保险公司 人保 报案号 123"
    complaint: str  # 客户描述
    lines: tuple[PrintLine, ...]
    totals: PrintTotals
    terms: str = ""  # the shop's terms text from settings, may be several paragraphs
    language: str = "zh_CN"  # "zh_CN" or "en": the printed labels
    printed_at: datetime | None = None  # shown in the footer; None = omitted (reproducible output)
    estimate_valid_days: int = 7  # the estimate's validity note: prices hold this many days
    warranty: PaperWarranty | None = None  # the repair type's warranty by law (None: none)


# --- The check-in sheet (接车检查单) and the key tag -------------------------------------------


@dataclass(frozen=True)
class CheckItem:
    """One checklist item as found: state "ok" | "damaged" | "missing", with a note."""

    name: str  # already in the paper's language, e.g. "外观"
    state: str
    note: str = ""


@dataclass(frozen=True)
class DamageMark:
    """A numbered mark on the car diagram; x, y in 0..1 of resources/diagrams/car_outline.png."""

    number: int
    x: float
    y: float
    kind: str  # "scratch" 划痕 | "dent" 凹陷 | "crack" 裂纹 | "chip" 掉漆 | "other" 其他
    note: str = ""


@dataclass(frozen=True)
class CheckInDocument:
    shop: ShopHeader
    number: str  # the work order's number (its barcode goes on the sheet)
    plate: str
    vehicle: str
    vin: str
    customer_name: str
    customer_phone: str
    advisor: str
    checked_in_at: datetime  # local time
    version: int  # 1, 2, … (a changed check-in is signed again as a new version)
    checklist: tuple[CheckItem, ...]
    marks: tuple[DamageMark, ...]
    fuel_eighths: int | None  # 0 empty … 8 full; None for an electric car
    battery_percent: int | None  # electric cars
    odometer_km: int | None
    belongings: str  # what the customer left in the car
    valuables: str  # valuables declared
    photos: tuple[bytes, ...]  # JPEG or PNG thumbnails, printed small
    signature_png: bytes | None  # the customer's signature as drawn (PNG), None if not signed
    signer: str  # who signed (the customer or their representative)
    signed_at: datetime | None  # local time
    content_hash: str  # SHA-256 hex of the signed content; the sheet prints its first 12
    language: str = "zh_CN"


@dataclass(frozen=True)
class KeyTagDocument:
    """The small label hung on the car's keys at check-in."""

    plate: str
    number: str  # order number, also as QR code
    customer_name: str
    promised_at: datetime | None
    width_mm: float = 50.0
    height_mm: float = 30.0
    language: str = "zh_CN"
