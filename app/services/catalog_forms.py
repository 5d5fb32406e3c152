"""The catalogs' forms as typed, and the checks that turn them into clean values or refuse them.

A form holds the text of each field exactly as the desk typed it (or a file's cell); the check
returns typed values (codes upper-cased, money in fen, hours and stock in thousandths) or raises
InputErrors naming every wrong field at once. Whether a code is already taken, or a package line
names an item that exists, needs the database: `app.services.catalog` checks that.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from app.domain.errors import InputError, InputErrors, collect
from app.domain.money import Money
from app.domain.pricing import MILLI, parse_quantity
from app.domain.workorder import CATEGORY_NAMES, PART_SOURCE_NAMES
from app.i18n import QT_TRANSLATE_NOOP

ITEM_KINDS = ("labor", "part", "fee")
MAX_CODE, MAX_NAME, MAX_BRAND, MAX_UNIT, MAX_PHRASE = 40, 200, 60, 8, 100
MAX_HOURS_MILLI = 100 * MILLI  # more than 100 standard hours for one operation is a typo
MAX_STOCK_MILLI = 1_000_000 * MILLI
MAX_WARRANTY_MONTHS, MAX_WARRANTY_KM = 240, 1_000_000

# What a file or a person may call a part's source, folded by `_word`.
SOURCE_WORDS: dict[str, str] = {
    "原厂": "oem", "原厂件": "oem", "原装": "oem", "oem": "oem", "genuine": "oem",
    "品牌": "brand", "品牌件": "brand", "brand": "brand",
    "副厂": "aftermarket", "副厂件": "aftermarket", "aftermarket": "aftermarket",
    "修复": "repaired", "修复件": "repaired", "repaired": "repaired",
    "客供": "customer", "客供件": "customer", "客户自带": "customer", "customer": "customer",
    "customersupplied": "customer",
}  # fmt: skip

_HOURS_UNITS = ("小时", "工时", "hours", "hour", "h")
_KM_UNITS = ("公里", "千米", "km")
_MONTH_UNITS = ("个月", "月", "months", "month")
_WHOLE = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+")


@dataclass(frozen=True)
class LaborForm:
    """A labor operation (工时项目) as typed."""

    code: str
    name: str
    category: str = "repair"
    standard_hours: str = "1"
    warranty_months: str = ""
    warranty_km: str = ""


@dataclass(frozen=True)
class PartForm:
    """A part (配件) as typed; prices in yuan ("45", "12.50元"), stock as a number ("4.5")."""

    code: str
    name: str
    brand: str = ""
    unit: str = "个"
    price: str = ""
    cost: str = ""
    stock: str = "0"
    source: str = "brand"
    warranty_months: str = ""
    warranty_km: str = ""


@dataclass(frozen=True)
class PackageItemForm:
    """One line of a package: a labor operation or part by code, or a fee with its price.

    For labor, `quantity` is how many times the operation is done (its standard hours come
    from the catalog) and `unit_price` a price per hour; for parts, how many of the part's unit.
    An empty `unit_price` means the catalog's current price (a fee must give its own).
    """

    kind: str
    code: str = ""
    description: str = ""
    quantity: str = "1"
    unit_price: str = ""


@dataclass(frozen=True)
class PackageForm:
    """A package (套餐) as typed, with its lines in order."""

    code: str
    name: str
    category: str = "maintenance"
    items: tuple[PackageItemForm, ...] = ()


@dataclass(frozen=True)
class CleanLabor:
    code: str
    name: str
    category: str
    standard_hours_milli: int
    warranty_months: int | None
    warranty_km: int | None


@dataclass(frozen=True)
class CleanPart:
    code: str
    name: str
    brand: str
    unit: str
    price_fen: int
    cost_fen: int
    stock_milli: int
    source: str
    warranty_months: int | None
    warranty_km: int | None


@dataclass(frozen=True)
class CleanItem:
    kind: str
    code: str
    description: str
    quantity_milli: int
    unit_price_fen: int | None


@dataclass(frozen=True)
class CleanPackage:
    code: str
    name: str
    category: str
    items: tuple[CleanItem, ...]


def _fold(text: str) -> str:
    """Spaces tidied; the characters kept as typed (a name's fullwidth （） stay)."""
    return " ".join(text.split())


def _word(text: str) -> str:
    return re.sub(r"[\s\-_/()（）]", "", unicodedata.normalize("NFKC", text).casefold())


def normalize_code(text: str) -> str:
    """A code as stored and compared: halfwidth, upper case, single spaces ("by01" -> "BY01")."""
    return _fold(unicodedata.normalize("NFKC", text)).upper()


def check_code(text: str, field: str = "code") -> str:
    code = normalize_code(text)
    if not code:
        raise InputError(field, QT_TRANSLATE_NOOP(
            "InputError", "Enter a code (for example BY01); the desk finds the item by it."))
    if len(code) > MAX_CODE:
        raise InputError(field, QT_TRANSLATE_NOOP(
            "InputError", "The code is longer than {n} characters; shorten it."), n=MAX_CODE)
    return code


def _text(text: str, field: str, limit: int, missing: str | None) -> str:
    value = _fold(text)
    if not value and missing:
        raise InputError(field, missing)
    if len(value) > limit:
        raise InputError(field, QT_TRANSLATE_NOOP(
            "InputError", "The text is longer than {n} characters; shorten it."), n=limit)
    return value


def check_name(text: str, field: str = "name") -> str:
    return _text(text, field, MAX_NAME, QT_TRANSLATE_NOOP(
        "InputError", "Enter a name; it is what the order and the settlement list show."))


def check_category(category: str) -> str:
    if category not in CATEGORY_NAMES:
        raise InputError("category", QT_TRANSLATE_NOOP(
            "InputError", "Choose a repair category from the list."))
    return category


def _strip_units(text: str, units: tuple[str, ...]) -> str:
    folded = unicodedata.normalize("NFKC", text).strip().casefold()
    for unit in units:
        if folded.endswith(unit):
            return folded[: -len(unit)].strip()
    return folded


def check_hours(text: str, field: str = "standard_hours") -> int:
    """Standard hours as typed ("1.5", "0.5h", "2 工时") in thousandths of an hour."""
    cleaned = _strip_units(text, _HOURS_UNITS)
    if not cleaned:
        raise InputError(field, QT_TRANSLATE_NOOP(
            "InputError", "Enter the standard hours, for example 0.5 or 1.5."))
    try:
        milli = parse_quantity(cleaned, field)
    except InputError:
        if cleaned.strip("0.") == "" and any(c == "0" for c in cleaned):
            raise InputError(field, QT_TRANSLATE_NOOP(
                "InputError", "The standard hours must be more than 0.")) from None
        raise InputError(field, QT_TRANSLATE_NOOP(
            "InputError", "The standard hours {text} are not a number of hours. Type for "
            "example 1 or 1.5 (at most 3 decimals)."), text=text.strip()) from None
    if milli > MAX_HOURS_MILLI:
        raise InputError(field, QT_TRANSLATE_NOOP(
            "InputError", "{text} standard hours is more than {n} for one operation; check for "
            "extra digits."), text=text.strip(), n=MAX_HOURS_MILLI // MILLI)
    return milli


def check_price(text: str, field: str = "price", required: bool = True) -> int | None:
    """A price in yuan as typed ("45", "¥12.50", "12.5元") in fen; never negative."""
    if not text.strip():
        if not required:
            return None
        raise InputError(field, QT_TRANSLATE_NOOP(
            "InputError", "Enter the price in yuan, for example 45 or 12.50."))
    try:
        fen = Money.parse(text).fen
    except InputError as e:
        raise e.for_field(field) from None
    if fen < 0:
        raise InputError(field, QT_TRANSLATE_NOOP(
            "InputError", "A price cannot be negative. Type the amount without a minus sign."))
    return fen


def check_stock(text: str, field: str = "stock") -> int:
    """Stock on hand as typed ("0", "12", "4.5") in thousandths of the part's unit."""
    cleaned = unicodedata.normalize("NFKC", text).strip().replace("−", "-")
    if not cleaned or re.fullmatch(r"0*(\.0*)?", cleaned):
        return 0
    if cleaned.startswith("-"):
        raise InputError(field, QT_TRANSLATE_NOOP(
            "InputError", "The stock cannot be negative; count what is on the shelf, or enter "
            "0."))
    try:
        milli = parse_quantity(cleaned, field)
    except InputError:
        raise InputError(field, QT_TRANSLATE_NOOP(
            "InputError", "The stock {text} is not a number. Type for example 0, 12 or 4.5."),
            text=text.strip()) from None
    return min(milli, MAX_STOCK_MILLI)


def _whole_number(text: str, units: tuple[str, ...]) -> int | None:
    cleaned = _strip_units(text, units)
    if not cleaned:
        return None
    if cleaned.endswith("万") and re.fullmatch(r"[0-9]+(\.[0-9])?万", cleaned):
        return round(float(cleaned[:-1]) * 10_000)
    if not _WHOLE.fullmatch(cleaned):
        raise ValueError(text)
    return int(cleaned.replace(",", ""))


def check_warranty_months(text: str, field: str = "warranty_months") -> int | None:
    try:
        months = _whole_number(text, _MONTH_UNITS)
    except ValueError:
        months = -1
    if months is not None and not 0 <= months <= MAX_WARRANTY_MONTHS:
        raise InputError(field, QT_TRANSLATE_NOOP(
            "InputError", "The warranty {text} is not a number of months from 0 to {n}. Type for "
            "example 12, or leave it empty."), text=text.strip(), n=MAX_WARRANTY_MONTHS)
    return months


def check_warranty_km(text: str, field: str = "warranty_km") -> int | None:
    try:
        km = _whole_number(text, _KM_UNITS)
    except ValueError:
        km = -1
    if km is not None and not 0 <= km <= MAX_WARRANTY_KM:
        raise InputError(field, QT_TRANSLATE_NOOP(
            "InputError", "The warranty {text} is not a number of kilometres. Type for example "
            "20000, or leave it empty."), text=text.strip())
    return km


def check_source(text: str, field: str = "source") -> str:
    """A part's source by its key (oem …) or as a file names it (原厂, 品牌, 副厂, 修复, 客供)."""
    word = _word(text)
    source = word if word in PART_SOURCE_NAMES else SOURCE_WORDS.get(word)
    if source is None:
        source = {_word(n): k for k, n in PART_SOURCE_NAMES.items()}.get(word)
    if source is None:
        raise InputError(field, QT_TRANSLATE_NOOP(
            "InputError", "The source {text} is not one the shop uses. Choose 原厂 (OEM), 品牌 "
            "(brand), 副厂 (aftermarket), 修复 (repaired) or 客供 (customer-supplied)."),
            text=text.strip() or "-")
    return source


def check_unit(text: str, field: str = "unit") -> str:
    return _text(text, field, MAX_UNIT, QT_TRANSLATE_NOOP(
        "InputError", "Enter the unit the part is sold in, for example 个, 套 or 升."))


def check_labor(form: LaborForm) -> CleanLabor:
    errors: list[InputError] = []
    clean = CleanLabor(
        collect(errors, check_code, form.code), collect(errors, check_name, form.name),
        collect(errors, check_category, form.category),
        collect(errors, check_hours, form.standard_hours),
        collect(errors, check_warranty_months, form.warranty_months),
        collect(errors, check_warranty_km, form.warranty_km),
    )
    if errors:
        raise InputErrors(errors)
    return clean


def check_part(form: PartForm) -> CleanPart:
    errors: list[InputError] = []
    clean = CleanPart(
        collect(errors, check_code, form.code), collect(errors, check_name, form.name),
        collect(errors, _text, form.brand, "brand", MAX_BRAND, None),
        collect(errors, check_unit, form.unit), collect(errors, check_price, form.price),
        collect(errors, check_price, form.cost, "cost", False) or 0,
        collect(errors, check_stock, form.stock), collect(errors, check_source, form.source),
        collect(errors, check_warranty_months, form.warranty_months),
        collect(errors, check_warranty_km, form.warranty_km),
    )
    if errors:
        raise InputErrors(errors)
    return clean


def check_item(form: PackageItemForm, prefix: str = "item") -> CleanItem:
    """One package line on its own; fields are named `{prefix}.code`, `{prefix}.quantity` …"""
    errors: list[InputError] = []
    if form.kind not in ITEM_KINDS:
        raise InputErrors([InputError(f"{prefix}.kind", QT_TRANSLATE_NOOP(
            "InputError", "Choose labor, part or fee for the line."))])
    fee = form.kind == "fee"
    code = normalize_code(form.code)
    if not fee:
        code = collect(errors, check_code, form.code, field=f"{prefix}.code")
    description = collect(errors, _text, form.description, f"{prefix}.description", MAX_NAME,
                          QT_TRANSLATE_NOOP("InputError", "Enter what the fee is for, for "
                                            "example 废油回收处理费.") if fee else None)
    quantity = collect(errors, parse_quantity, form.quantity, f"{prefix}.quantity")
    price = collect(errors, check_price, form.unit_price, f"{prefix}.unit_price", fee)
    if errors:
        raise InputErrors(errors)
    return CleanItem(form.kind, code or "", description or "", quantity, price)


def check_package(form: PackageForm) -> CleanPackage:
    errors: list[InputError] = []
    code = collect(errors, check_code, form.code)
    name = collect(errors, check_name, form.name)
    category = collect(errors, check_category, form.category)
    items = []
    if not form.items:
        errors.append(InputError("items", QT_TRANSLATE_NOOP(
            "InputError", "Add at least one line to the package: a labor operation, a part or "
                          "a fee.")))
    for i, item in enumerate(form.items):
        try:
            items.append(check_item(item, f"items.{i}"))
        except InputErrors as e:
            errors += e.errors
    if errors:
        raise InputErrors(errors)
    return CleanPackage(code, name, category, tuple(items))


def check_phrase(text: str) -> str:
    return _text(text, "text", MAX_PHRASE, QT_TRANSLATE_NOOP(
        "InputError", "Enter the phrase, for example 刹车异响."))
