"""The warranty lines of the car-file banner: what reception must see when the plate is typed.

The law asks the shop to show the warranty at reception; a car back within it for the same
fault is a free comeback (返修). One line per running warranty, from the desk summary.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.workorder import REPAIR_TYPE_NAMES
from app.services.warranties import WarrantyView
from ui.i18n import app_text


def warranty_lines(warranties: tuple[WarrantyView, ...]) -> list[str]:
    lines = []
    for w in warranties:
        kind = app_text("RepairType", REPAIR_TYPE_NAMES.get(w.repair_type, w.repair_type))
        until = (QCoreApplication.translate("WarrantyBanner", "{day} or {km} km").format(
            day=w.until_on.isoformat(), km=f"{w.until_km:,}") if w.until_km is not None
            else w.until_on.isoformat())
        lines.append(QCoreApplication.translate(
            "WarrantyBanner", "In warranty ({kind}, order {number}) until {until}: the same "
            "fault again is a free comeback.").format(kind=kind, number=w.order_number,
                                                       until=until))
    return lines
