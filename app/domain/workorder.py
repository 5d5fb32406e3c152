"""Work-order states and categories with their names (transitions come with the order editor).

`draft → estimated → approved → in_progress ⇄ waiting_parts → quality_check → ready → settled →
delivered`, plus `declined` and `cancelled` (DESIGN.md).
"""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP

STATUS_NAMES: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("Status", "Draft"),
    "estimated": QT_TRANSLATE_NOOP("Status", "Estimated"),
    "approved": QT_TRANSLATE_NOOP("Status", "Approved"),
    "in_progress": QT_TRANSLATE_NOOP("Status", "In progress"),
    "waiting_parts": QT_TRANSLATE_NOOP("Status", "Waiting for parts"),
    "quality_check": QT_TRANSLATE_NOOP("Status", "Quality check"),
    "ready": QT_TRANSLATE_NOOP("Status", "Ready for pickup"),
    "settled": QT_TRANSLATE_NOOP("Status", "Settled"),
    "delivered": QT_TRANSLATE_NOOP("Status", "Delivered"),
    "declined": QT_TRANSLATE_NOOP("Status", "Declined"),
    "cancelled": QT_TRANSLATE_NOOP("Status", "Cancelled"),
}
OPEN_STATUSES = frozenset(
    {"draft", "estimated", "approved", "in_progress", "waiting_parts", "quality_check", "ready"}
)

CATEGORY_NAMES: dict[str, str] = {
    "maintenance": QT_TRANSLATE_NOOP("Category", "Maintenance"),  # 保养
    "repair": QT_TRANSLATE_NOOP("Category", "Repair"),  # 维修
    "body": QT_TRANSLATE_NOOP("Category", "Body work"),  # 钣金
    "paint": QT_TRANSLATE_NOOP("Category", "Paint"),  # 喷漆
    "accident": QT_TRANSLATE_NOOP("Category", "Accident"),  # 事故
    "insurance": QT_TRANSLATE_NOOP("Category", "Insurance claim"),  # 保险理赔
    "warranty": QT_TRANSLATE_NOOP("Category", "Warranty claim"),  # 索赔
    "detailing": QT_TRANSLATE_NOOP("Category", "Detailing"),  # 美容
}

FUEL_NAMES: dict[str, str] = {
    "petrol": QT_TRANSLATE_NOOP("Fuel", "Petrol"),
    "diesel": QT_TRANSLATE_NOOP("Fuel", "Diesel"),
    "hybrid": QT_TRANSLATE_NOOP("Fuel", "Hybrid"),
    "phev": QT_TRANSLATE_NOOP("Fuel", "Plug-in hybrid"),
    "electric": QT_TRANSLATE_NOOP("Fuel", "Electric"),
    "gas": QT_TRANSLATE_NOOP("Fuel", "Natural gas"),
    "other": QT_TRANSLATE_NOOP("Fuel", "Other"),
}
