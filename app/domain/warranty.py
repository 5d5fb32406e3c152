"""The warranty by law (质量保证期) that a repair type carries from the day the car leaves.

China's 机动车维修管理规定 sets minimum periods for cars, whichever limit comes first:
整车修理 / 总成修理 20,000 km or 100 days; 二级维护 5,000 km or 30 days; 一级维护, 小修 and
专项修理 2,000 km or 10 days. A shop may promise longer (a setting per repair type, shown at
reception as the law asks) but never shorter. Pure rules: no database, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.errors import InputError
from app.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class WarrantyTerm:
    km: int
    days: int


LEGAL_MINIMUM: dict[str, WarrantyTerm] = {
    "vehicle_overhaul": WarrantyTerm(20_000, 100),  # 整车修理
    "assembly_overhaul": WarrantyTerm(20_000, 100),  # 总成修理
    "secondary_maintenance": WarrantyTerm(5_000, 30),  # 二级维护
    "primary_maintenance": WarrantyTerm(2_000, 10),  # 一级维护
    "minor_repair": WarrantyTerm(2_000, 10),  # 小修
    "special_repair": WarrantyTerm(2_000, 10),  # 专项修理
}

# The repair types whose car leaves with a completion certificate (竣工出厂合格证).
CERTIFICATE_TYPES = frozenset({"vehicle_overhaul", "assembly_overhaul", "secondary_maintenance"})


@dataclass(frozen=True)
class Warranty:
    """One delivered order's warranty: valid until the day or the odometer reading, whichever
    comes first (`until_km` is None when the odometer at delivery is unknown)."""

    repair_type: str
    km: int
    days: int
    starts_on: date
    until_on: date
    until_km: int | None

    def covers(self, on: date, odometer_km: int | None = None) -> bool:
        return covered(self.starts_on, self.until_on, self.until_km, on, odometer_km)


def covered(starts_on: date, until_on: date, until_km: int | None, on: date,
            odometer_km: int | None = None) -> bool:
    """Whether a warranty from `starts_on` until `until_on` / `until_km` still runs on `on`
    at `odometer_km` (an unknown reading limits nothing)."""
    if on < starts_on or on > until_on:
        return False
    return odometer_km is None or until_km is None or odometer_km <= until_km


def term_for(repair_type: str | None,
             promised: dict[str, WarrantyTerm] | None = None) -> WarrantyTerm | None:
    """The term a repair type carries: the shop's promise where it is longer, else the law's.

    None when the order has no regulated repair type (detailing, a car wash): no legal warranty.
    """
    legal = LEGAL_MINIMUM.get(repair_type or "")
    if legal is None:
        return None
    shop = (promised or {}).get(repair_type or "")
    if shop is None:
        return legal
    return WarrantyTerm(max(shop.km, legal.km), max(shop.days, legal.days))


def warranty_from(repair_type: str | None, delivered_on: date, odometer_km: int | None,
                  promised: dict[str, WarrantyTerm] | None = None) -> Warranty | None:
    """The warranty that starts the day the car leaves: the last covered day is
    `delivered_on + days - 1` (day one is the day of delivery)."""
    term = term_for(repair_type, promised)
    if term is None or repair_type is None:
        return None
    return Warranty(
        repair_type=repair_type, km=term.km, days=term.days, starts_on=delivered_on,
        until_on=delivered_on + timedelta(days=term.days - 1),
        until_km=None if odometer_km is None else odometer_km + term.km,
    )


def check_promise(repair_type: str, term: WarrantyTerm) -> WarrantyTerm:
    """A shop's promised term for a repair type: refused below the legal minimum."""
    legal = LEGAL_MINIMUM.get(repair_type)
    if legal is None:
        raise InputError("repair_type", QT_TRANSLATE_NOOP(
            "InputError", "Choose one of the regulation's repair types."))
    if term.km < legal.km or term.days < legal.days:
        raise InputError(repair_type, QT_TRANSLATE_NOOP(
            "InputError", "The law's minimum for this repair type is {km} km or {days} days: "
            "the shop may promise more, never less."), km=legal.km, days=legal.days)
    return term
