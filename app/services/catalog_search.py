"""Finding catalog items while an order is written, and the lines a package adds to it.

The catalogs are small (hundreds to a few thousand rows), so a search reads the active rows'
codes and names and ranks them in Python: a code that starts with the text first, then names
that start with or contain it, then names whose pinyin (full or initials) starts with it, and
last names whose initials contain it ("jl" finds 更换机油机滤). The same `match_rank` filters
the catalog pages, so the desk finds an item the same way everywhere.

Prices are always the catalog's current ones: labor is standard hours × the shop's hourly rate
(a package's labor line is the operation's standard hours × how many times it is done), a
part's price is its selling price, a package's price is the sum of its lines.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.pinyin import name_keys, normalize_key
from app.domain.pricing import MILLI, line_gross_fen
from app.services import settings
from db.models import LaborOperation, Package, PackageItem, Part

KINDS = ("labor", "part", "package")
LABOR_UNIT = "h"  # what a labor line's quantity counts: standard hours (工时)
EVERYTHING = 9  # the rank of every item when nothing is typed


@dataclass(frozen=True)
class CatalogHit:
    kind: str  # "labor" | "part" | "package"
    id: uuid.UUID
    code: str
    name: str
    unit: str  # labor "h" (工时), part its unit, package ""
    quantity_milli: int  # labor: standard hours ×1000; part and package: 1000
    unit_price_fen: int  # labor: the hourly rate; part: its price; package: sum of its lines
    stock_milli: int | None  # parts only
    source: str  # parts only, else ""
    warranty_months: int | None
    warranty_km: int | None


@dataclass(frozen=True)
class PackageLine:
    """One line a package adds to an order, priced from the catalog as it is now."""

    kind: str  # labor | part | fee
    code: str
    description: str
    quantity_milli: int  # labor: hours ×1000
    unit: str
    unit_price_fen: int  # labor: per hour
    source: str
    warranty_months: int | None
    warranty_km: int | None
    part_id: uuid.UUID | None

    @property
    def gross_fen(self) -> int:
        return line_gross_fen(self.quantity_milli, self.unit_price_fen)


def hourly_rate_fen(session: Session) -> int:
    return int(settings.get(session, "labor.hourly_rate_fen"))


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().casefold()


@lru_cache(maxsize=16_384)
def _name_keys(name: str) -> tuple[str, str, tuple[str, ...], tuple[str, ...]]:
    """A name folded, as a search key, its pinyin keys and, of those, the initials."""
    key = normalize_key(name)
    pinyin = tuple(k for k in name_keys(name)[1:] if k.isascii())
    # A full reading has at least one letter per character and almost always more; initials
    # (and latin words of the name) have at most as many as the name has characters.
    initials = tuple(k for k in pinyin if len(k) <= len(key))
    return _fold(name), key, pinyin, initials


def match_rank(text: str, code: str, name: str) -> int | None:
    """How well `text` finds the item (0 best), or None when it does not find it at all."""
    needle = _fold(text)
    if not needle:
        return EVERYTHING
    folded_code = _fold(code)
    if folded_code == needle:
        return 0
    if folded_code.startswith(needle):
        return 1
    folded_name, name_key, pinyin, initials = _name_keys(name)
    if folded_name.startswith(needle):
        return 2
    key = normalize_key(needle)
    if needle in folded_name or (key and key in name_key):
        return 3
    if not key or not key.isascii():
        return None
    if any(k.startswith(key) for k in pinyin):
        return 4
    if len(key) > 1 and any(key in k for k in initials):
        return 5  # the initials of a word inside the name ("jl": 更换机油机滤)
    return None


_MODELS: dict[str, Any] = {"labor": LaborOperation, "part": Part, "package": Package}


def search_catalog(
    session: Session, text: str, limit: int = 20, kinds: tuple[str, ...] = KINDS
) -> list[CatalogHit]:
    """Active items that `text` finds, best first (codes first); see `match_rank`.

    Runs at every keystroke: the codes and names of the active items are ranked first, then
    only the best `limit` are read whole.
    """
    found: list[tuple[int, int, str, str]] = []
    for order, kind in enumerate(kinds):
        model = _MODELS[kind]
        for code, name in session.execute(select(model.code, model.name).where(model.active)):
            rank = match_rank(text, code, name)
            if rank is not None:
                found.append((rank, order, code, kind))
    found.sort()
    best = found[:limit]
    rows = {kind: _rows_by_code(session, kind, [c for *_, c, k in best if k == kind])
            for kind in kinds}
    rate = hourly_rate_fen(session) if rows.get("labor") else 0
    totals = package_totals(session, [r.id for r in rows.get("package", {}).values()])
    hits = []
    for *_, code, kind in best:
        row = rows[kind][code]
        if kind == "labor":
            hits.append(_labor_hit(row, rate))
        elif kind == "part":
            hits.append(_part_hit(row))
        else:
            hits.append(CatalogHit("package", row.id, row.code, row.name, "", MILLI,
                                   totals.get(row.id, 0), None, "", None, None))
    return hits


def _rows_by_code(session: Session, kind: str, codes: list[str]) -> dict[str, Any]:
    if not codes:
        return {}
    model = _MODELS[kind]
    columns = [c for c in model.__table__.columns if c.key != "active"]
    return {r.code: r for r in session.execute(select(*columns).where(model.code.in_(codes)))}


def _labor_hit(op: Any, rate: int) -> CatalogHit:
    return CatalogHit("labor", op.id, op.code, op.name, LABOR_UNIT, op.standard_hours_milli, rate,
                      None, "", op.warranty_months, op.warranty_km)


def _part_hit(part: Any) -> CatalogHit:
    return CatalogHit("part", part.id, part.code, part.name, part.unit, MILLI, part.price_fen,
                      part.stock_milli, part.source, part.warranty_months, part.warranty_km)


class LineResolver:
    """Turns package items into order lines, with the labor and parts they name read at once."""

    def __init__(self, session: Session, items: Iterable[PackageItem]) -> None:
        items = list(items)
        self.rate = hourly_rate_fen(session)
        labor = {i.code for i in items if i.kind == "labor"}
        parts = {i.code for i in items if i.kind == "part"}
        self.labor = {op.code: op for op in session.scalars(
            select(LaborOperation).where(LaborOperation.code.in_(labor)))} if labor else {}
        self.parts = {p.code: p for p in session.scalars(
            select(Part).where(Part.code.in_(parts)))} if parts else {}

    def line(self, item: PackageItem) -> PackageLine | None:
        """The order line of `item`; None when its labor or part is no longer in the catalog."""
        if item.kind == "labor":
            op = self.labor.get(item.code)
            if op is None:
                return None
            # standard hours × how many times, rounded half up to a thousandth of an hour
            hours = (op.standard_hours_milli * item.quantity_milli + MILLI // 2) // MILLI
            price = self.rate if item.unit_price_fen is None else item.unit_price_fen
            return PackageLine("labor", op.code, item.description or op.name, hours, LABOR_UNIT,
                               price, "", op.warranty_months, op.warranty_km, None)
        if item.kind == "part":
            part = self.parts.get(item.code)
            if part is None:
                return None
            price = part.price_fen if item.unit_price_fen is None else item.unit_price_fen
            return PackageLine("part", part.code, item.description or part.name,
                               item.quantity_milli, part.unit, price, part.source,
                               part.warranty_months, part.warranty_km, part.id)
        return PackageLine("fee", item.code, item.description, item.quantity_milli, "",
                           item.unit_price_fen or 0, "", None, None, None)


def package_lines(session: Session, package_id: uuid.UUID) -> list[PackageLine]:
    """The lines the package adds to an order, in its order, with current catalog prices."""
    items = list(session.scalars(select(PackageItem).where(PackageItem.package_id == package_id)
                                 .order_by(PackageItem.position)))
    resolver = LineResolver(session, items)
    return [line for item in items if (line := resolver.line(item)) is not None]


def package_totals(session: Session, package_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, int]:
    """Each package's price now: the sum of its lines' amounts, in fen."""
    ids = list(package_ids)
    if not ids:
        return {}
    items = list(session.scalars(select(PackageItem).where(PackageItem.package_id.in_(ids))))
    resolver = LineResolver(session, items)
    totals: dict[uuid.UUID, int] = defaultdict(int)
    for item in items:
        line = resolver.line(item)
        totals[item.package_id] += line.gross_fen if line else 0
    return {pid: totals.get(pid, 0) for pid in ids}
