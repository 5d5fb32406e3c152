"""The shop's catalogs: labor operations (工时项目), parts with stock (配件), packages (套餐) and
the quick phrases (常用描述, `catalog_phrases`) the desk clicks instead of typing.

Every write needs CATALOG_EDIT (managers, administrators), checks the whole form first
(`catalog_forms`), refuses a code already in use, and leaves creation and every change (prices
above all) in the audit log. Nothing is deleted except quick phrases: an item that is no longer
sold is switched off, so old orders and packages still read it. The work-order editor uses
`search_catalog`, `package_lines` and `quick_phrases` (from `catalog_search`, re-exported here).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import InputError, InputErrors
from app.domain.money import Money
from app.domain.permissions import Permission
from app.domain.pricing import format_quantity
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit, catalog_seed, versions
from app.services.actor import Actor, require
from app.services.catalog_forms import (
    ITEM_KINDS,
    SOURCE_WORDS,
    CleanItem,
    CleanLabor,
    CleanPackage,
    CleanPart,
    LaborForm,
    PackageForm,
    PackageItemForm,
    PartForm,
    check_item,
    check_labor,
    check_package,
    check_part,
    normalize_code,
)
from app.services.catalog_phrases import (
    PhraseInfo,
    add_phrase,
    list_phrases,
    move_phrase,
    quick_phrases,
    remove_phrase,
    reorder_phrases,
    update_phrase,
)
from app.services.catalog_search import (
    KINDS,
    LABOR_UNIT,
    CatalogHit,
    LineResolver,
    PackageLine,
    hourly_rate_fen,
    match_rank,
    package_lines,
    package_totals,
    search_catalog,
)
from app.services.versions import Stamp
from db.models import LaborOperation, Package, PackageItem, Part

__all__ = [
    "ITEM_KINDS", "KINDS", "LABOR_UNIT", "SOURCE_WORDS", "CatalogHit", "LaborForm", "LaborInfo",
    "PackageForm", "PackageInfo", "PackageItemForm", "PackageItemInfo", "PackageLine", "PartForm",
    "PartInfo", "PhraseInfo", "add_phrase", "check_item", "check_labor",
    "check_package", "check_package_item", "check_part", "create_labor", "create_package",
    "create_part", "get_labor", "get_package", "get_part", "hourly_rate_fen", "labor_form",
    "list_labor", "list_packages", "list_parts", "list_phrases", "match_rank", "move_phrase",
    "package_form", "package_lines", "package_totals", "part_form", "parts_by_code",
    "quick_phrases", "remove_phrase", "reorder_phrases", "search_catalog", "seed_defaults",
    "set_active", "update_labor", "update_package", "update_part",
    "update_phrase",
]  # fmt: skip

_LOOKUP_CHUNK = 500  # values per IN (...)
_MODELS: dict[str, Any] = {"labor": LaborOperation, "part": Part, "package": Package}
_ENTITIES = {"labor": "labor_operation", "part": "part", "package": "package"}


@dataclass(frozen=True)
class LaborInfo:
    id: uuid.UUID
    code: str
    name: str
    category: str
    standard_hours_milli: int
    warranty_months: int | None
    warranty_km: int | None
    active: bool
    stamp: Stamp | None = field(default=None, compare=False)  # for the edit form


@dataclass(frozen=True)
class PartInfo:
    id: uuid.UUID
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
    active: bool
    stamp: Stamp | None = field(default=None, compare=False)  # for the edit form


@dataclass(frozen=True)
class PackageItemInfo:
    """A package line as stored, with what it adds to an order now (`line`, None if unknown)."""

    kind: str
    code: str
    description: str  # as stored; empty: the catalog's name
    quantity_milli: int  # labor: times the operation is done
    unit_price_fen: int | None  # None: the catalog's price
    line: PackageLine | None

    def form(self) -> PackageItemForm:
        """The line as the package editor shows it for editing."""
        price = "" if self.unit_price_fen is None else str(Money(self.unit_price_fen))
        return PackageItemForm(self.kind, self.code, self.description,
                               format_quantity(self.quantity_milli), price)


@dataclass(frozen=True)
class PackageInfo:
    id: uuid.UUID
    code: str
    name: str
    category: str
    active: bool
    items: tuple[PackageItemInfo, ...]
    total_fen: int
    stamp: Stamp | None = field(default=None, compare=False)  # for the edit form


# Reading


def _labor_info(op: LaborOperation) -> LaborInfo:
    return LaborInfo(op.id, op.code, op.name, op.category, op.standard_hours_milli,
                     op.warranty_months, op.warranty_km, op.active,
                     Stamp(op.version, _values(op, "labor")))


def _part_info(p: Part) -> PartInfo:
    return PartInfo(p.id, p.code, p.name, p.brand, p.unit, p.price_fen, p.cost_fen,
                    p.stock_milli, p.source, p.warranty_months, p.warranty_km, p.active,
                    Stamp(p.version, _values(p, "part")))


def _package_infos(session: Session, packages: list[Package]) -> list[PackageInfo]:
    resolver = LineResolver(session, [i for p in packages for i in p.items])
    infos = []
    for p in packages:
        items = tuple(PackageItemInfo(i.kind, i.code, i.description, i.quantity_milli,
                                      i.unit_price_fen, resolver.line(i)) for i in p.items)
        total = sum(i.line.gross_fen for i in items if i.line)
        infos.append(PackageInfo(p.id, p.code, p.name, p.category, p.active, items, total,
                                 Stamp(p.version, _package_snapshot(p))))
    return infos


def list_labor(session: Session, include_inactive: bool = True) -> list[LaborInfo]:
    query = select(LaborOperation).order_by(LaborOperation.code)
    if not include_inactive:
        query = query.where(LaborOperation.active)
    return [_labor_info(op) for op in session.scalars(query)]


def list_parts(session: Session, include_inactive: bool = True) -> list[PartInfo]:
    query = select(Part).order_by(Part.code)
    if not include_inactive:
        query = query.where(Part.active)
    return [_part_info(p) for p in session.scalars(query)]


def list_packages(session: Session, include_inactive: bool = True) -> list[PackageInfo]:
    query = select(Package).order_by(Package.code)
    if not include_inactive:
        query = query.where(Package.active)
    return _package_infos(session, list(session.scalars(query)))


def get_labor(session: Session, labor_id: uuid.UUID) -> LaborInfo:
    return _labor_info(session.get_one(LaborOperation, labor_id))


def get_part(session: Session, part_id: uuid.UUID) -> PartInfo:
    return _part_info(session.get_one(Part, part_id))


def get_package(session: Session, package_id: uuid.UUID) -> PackageInfo:
    return _package_infos(session, [session.get_one(Package, package_id)])[0]


def parts_by_code(session: Session, codes: Iterable[str]) -> dict[str, PartInfo]:
    """The catalog's parts with these codes (as stored: `normalize_code`), active or not."""
    found: dict[str, PartInfo] = {}
    wanted = sorted(set(codes))
    for start in range(0, len(wanted), _LOOKUP_CHUNK):
        chunk = wanted[start:start + _LOOKUP_CHUNK]
        found.update((p.code, _part_info(p))
                     for p in session.scalars(select(Part).where(Part.code.in_(chunk))))
    return found


def _text(milli_or_none: int | None) -> str:
    return "" if milli_or_none is None else str(milli_or_none)


def labor_form(info: LaborInfo) -> LaborForm:
    """A labor operation's values as text again, for an edit form."""
    return LaborForm(info.code, info.name, info.category,
                     format_quantity(info.standard_hours_milli), _text(info.warranty_months),
                     _text(info.warranty_km))


def part_form(info: PartInfo) -> PartForm:
    """A part's values as text again, for an edit form or an import row to fill in."""
    return PartForm(info.code, info.name, info.brand, info.unit, str(Money(info.price_fen)),
                    str(Money(info.cost_fen)), format_quantity(info.stock_milli), info.source,
                    _text(info.warranty_months), _text(info.warranty_km))


def package_form(info: PackageInfo) -> PackageForm:
    return PackageForm(info.code, info.name, info.category, tuple(i.form() for i in info.items))


# Labor operations and parts


def _refuse_taken_code(session: Session, kind: str, code: str,
                       exclude: uuid.UUID | None = None) -> None:
    model = _MODELS[kind]
    row = session.execute(select(model.id, model.name).where(model.code == code)).first()
    if row is not None and row.id != exclude:
        raise InputErrors([InputError("code", QT_TRANSLATE_NOOP(
            "InputError", "The code {code} is already used by {name}; choose another code."),
            code=code, name=row.name)])


_RECORD_NAMES = {
    "labor": QT_TRANSLATE_NOOP("Record", "labor operation"),
    "part": QT_TRANSLATE_NOOP("Record", "part"),
    "package": QT_TRANSLATE_NOOP("Record", "package"),
}
_VALUES = {
    "labor": ("code", "name", "category", "standard_hours_milli", "warranty_months",
              "warranty_km"),
    "part": ("code", "name", "brand", "unit", "price_fen", "cost_fen", "stock_milli", "source",
             "warranty_months", "warranty_km"),
}
FIELD_LABELS = {
    "code": QT_TRANSLATE_NOOP("Field", "code"), "name": QT_TRANSLATE_NOOP("Field", "name"),
    "category": QT_TRANSLATE_NOOP("Field", "category"),
    "standard_hours_milli": QT_TRANSLATE_NOOP("Field", "standard hours"),
    "warranty_months": QT_TRANSLATE_NOOP("Field", "warranty (months)"),
    "warranty_km": QT_TRANSLATE_NOOP("Field", "warranty (km)"),
    "brand": QT_TRANSLATE_NOOP("Field", "brand"), "unit": QT_TRANSLATE_NOOP("Field", "unit"),
    "price_fen": QT_TRANSLATE_NOOP("Field", "price"),
    "cost_fen": QT_TRANSLATE_NOOP("Field", "cost"),
    "stock_milli": QT_TRANSLATE_NOOP("Field", "stock"),
    "source": QT_TRANSLATE_NOOP("Field", "source"),
    "items": QT_TRANSLATE_NOOP("Field", "lines"),
}


def _values(row: Any, kind: str) -> dict[str, Any]:
    return {k: getattr(row, k) for k in _VALUES[kind]}


def _locked(session: Session, kind: str, item_id: uuid.UUID, loaded: Stamp | None) -> Any:
    """The row to change, locked; refused (StaleRecord) when it is not as the form loaded it."""
    model = _MODELS[kind]
    row = session.scalars(select(model).where(model.id == item_id).with_for_update()).one()
    values = _package_snapshot(row) if kind == "package" else _values(row, kind)
    versions.check(loaded, row.version, values, what=_RECORD_NAMES[kind], name=row.code,
                   by=row.updated_by_name, at=row.updated_at, labels=FIELD_LABELS)
    return row


def _snapshot(row: Any, clean: Any) -> dict[str, Any]:
    return {k: getattr(row, k) for k in asdict(clean) if k != "items"}


def _write(session: Session, actor: Actor, kind: str, row: Any, clean: Any) -> None:
    """Put checked values on a new or existing row; the audit log gets what changed."""
    new = row.id is None
    before = {} if new else _snapshot(row, clean)
    for key, value in asdict(clean).items():
        setattr(row, key, value)
    if new:
        session.add(row)
    session.flush()
    after = _snapshot(row, clean)
    if new:
        audit.record(session, actor, _ENTITIES[kind], row.id, "create", after=after)
    elif before != after:
        versions.saved(row, actor)
        audit.record(session, actor, _ENTITIES[kind], row.id, "update",
                     *audit.changed_fields(before, after))


def create_labor(session: Session, actor: Actor, form: LaborForm) -> uuid.UUID:
    require(session, actor, Permission.CATALOG_EDIT)
    clean: CleanLabor = check_labor(form)
    _refuse_taken_code(session, "labor", clean.code)
    op = LaborOperation()
    _write(session, actor, "labor", op, clean)
    return op.id


def update_labor(session: Session, actor: Actor, labor_id: uuid.UUID, form: LaborForm, *,
                 loaded: Stamp | None = None) -> None:
    """`loaded`: the stamp of the info the form was filled from (StaleRecord if changed since)."""
    require(session, actor, Permission.CATALOG_EDIT)
    clean = check_labor(form)
    row = _locked(session, "labor", labor_id, loaded)
    _refuse_taken_code(session, "labor", clean.code, labor_id)
    _write(session, actor, "labor", row, clean)


def create_part(session: Session, actor: Actor, form: PartForm) -> uuid.UUID:
    require(session, actor, Permission.CATALOG_EDIT)
    clean: CleanPart = check_part(form)
    _refuse_taken_code(session, "part", clean.code)
    part = Part()
    _write(session, actor, "part", part, clean)
    return part.id


def update_part(session: Session, actor: Actor, part_id: uuid.UUID, form: PartForm, *,
                loaded: Stamp | None = None) -> None:
    """`loaded`: the stamp of the info the form was filled from (StaleRecord if changed since)."""
    require(session, actor, Permission.CATALOG_EDIT)
    clean = check_part(form)
    row = _locked(session, "part", part_id, loaded)
    _refuse_taken_code(session, "part", clean.code, part_id)
    _write(session, actor, "part", row, clean)


def set_active(session: Session, actor: Actor, kind: str, item_id: uuid.UUID,
               active: bool) -> None:
    """Switch a labor operation, part or package off (no longer offered) or on again."""
    require(session, actor, Permission.CATALOG_EDIT)
    row = session.get_one(_MODELS[kind], item_id)
    if row.active != active:
        row.active = active
        audit.record(session, actor, _ENTITIES[kind], item_id,
                     "activate" if active else "deactivate",
                     before={"active": not active}, after={"active": active})


# Packages

_NO_SUCH = {
    "labor": QT_TRANSLATE_NOOP("InputError", "There is no labor operation with the code {code} "
                               "in the catalog; add it there first, or choose another."),
    "part": QT_TRANSLATE_NOOP("InputError", "There is no part with the code {code} in the "
                              "catalog; add it there first, or choose another."),
}
_SWITCHED_OFF = {
    "labor": QT_TRANSLATE_NOOP("InputError", "The labor operation {code} is switched off; switch "
                               "it on in the catalog first, or choose another."),
    "part": QT_TRANSLATE_NOOP("InputError", "The part {code} is switched off; switch it on in the "
                              "catalog first, or choose another."),
}


def _refuse_unknown_items(session: Session, items: tuple[CleanItem, ...],
                          prefix: str | None) -> None:
    errors = []
    for kind in ("labor", "part"):
        codes = {i.code for i in items if i.kind == kind}
        model = _MODELS[kind]
        active: dict[str, bool] = {code: on for code, on in session.execute(
            select(model.code, model.active).where(model.code.in_(codes)))} if codes else {}
        for n, item in enumerate(items):
            if item.kind != kind or active.get(item.code) is True:
                continue
            message = _NO_SUCH[kind] if item.code not in active else _SWITCHED_OFF[kind]
            field = f"{prefix}.code" if prefix else f"items.{n}.code"
            errors.append(InputError(field, message, code=item.code))
    if errors:
        raise InputErrors(errors)


def check_package_item(session: Session, form: PackageItemForm) -> PackageItemInfo:
    """One line for the package editor, checked (fields `item.*`) and priced as it would be."""
    clean = check_item(form, "item")
    _refuse_unknown_items(session, (clean,), "item")
    item = _item_row(clean, 0)
    line = LineResolver(session, [item]).line(item)
    return PackageItemInfo(clean.kind, clean.code, clean.description, clean.quantity_milli,
                           clean.unit_price_fen, line)


def _item_row(item: CleanItem, position: int) -> PackageItem:
    return PackageItem(position=position, kind=item.kind, code=item.code,
                       description=item.description, quantity_milli=item.quantity_milli,
                       unit_price_fen=item.unit_price_fen)


def _package_snapshot(p: Package) -> dict[str, Any]:
    return {"code": p.code, "name": p.name, "category": p.category, "items": [
        {"kind": i.kind, "code": i.code, "description": i.description,
         "quantity_milli": i.quantity_milli, "unit_price_fen": i.unit_price_fen}
        for i in p.items]}


def _write_package(session: Session, actor: Actor, package: Package,
                   clean: CleanPackage) -> None:
    _refuse_unknown_items(session, clean.items, None)
    new = package.id is None
    before = {} if new else _package_snapshot(package)
    package.code, package.name, package.category = clean.code, clean.name, clean.category
    package.items = [_item_row(item, n) for n, item in enumerate(clean.items)]
    if new:
        session.add(package)
    session.flush()
    after = _package_snapshot(package)
    if new:
        audit.record(session, actor, "package", package.id, "create", after=after)
    elif before != after:
        versions.saved(package, actor)
        audit.record(session, actor, "package", package.id, "update",
                     *audit.changed_fields(before, after))


def create_package(session: Session, actor: Actor, form: PackageForm) -> uuid.UUID:
    require(session, actor, Permission.CATALOG_EDIT)
    clean = check_package(form)
    _refuse_taken_code(session, "package", clean.code)
    package = Package()
    _write_package(session, actor, package, clean)
    return package.id


def update_package(session: Session, actor: Actor, package_id: uuid.UUID,
                   form: PackageForm, *, loaded: Stamp | None = None) -> None:
    """`loaded`: the stamp of the info the form was filled from (StaleRecord if changed since)."""
    require(session, actor, Permission.CATALOG_EDIT)
    clean = check_package(form)
    package = _locked(session, "package", package_id, loaded)
    _refuse_taken_code(session, "package", clean.code, package_id)
    _write_package(session, actor, package, clean)


# A new shop's starter catalog


def seed_defaults(session: Session, actor: Actor) -> None:
    """A starter catalog (`catalog_seed`); what the shop already has (same code or phrase)
    is left as it is, so running it again adds nothing."""
    require(session, actor, Permission.CATALOG_EDIT)
    for kind, forms, create in (("labor", catalog_seed.LABOR, create_labor),
                                ("part", catalog_seed.PARTS, create_part),
                                ("package", catalog_seed.PACKAGES, create_package)):
        model = _MODELS[kind]
        taken = set(session.scalars(select(model.code)))
        for form in forms:
            if normalize_code(form.code) in taken:
                continue
            try:
                create(session, actor, form)
            except InputErrors:  # a package whose items the shop has switched off: left out
                if kind != "package":
                    raise
    phrases = set(quick_phrases(session))
    for text in catalog_seed.PHRASES:
        if text not in phrases:
            add_phrase(session, actor, text)
