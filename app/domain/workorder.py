"""Work-order states, the transitions between them, and the names the desk reads.

`draft → estimated → approved → in_progress ⇄ waiting_parts → quality_check → ready → settled →
delivered`, plus `declined` (estimate refused) and `cancelled` (before settlement, with a
reason) — DESIGN.md. `TRANSITIONS` is the whole state machine; the services in app/ each check
`can_move` before they change a status and record who, when and why.
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

# Every allowed move. A declined estimate can be re-estimated (the customer changes their mind);
# a settled order is never edited or cancelled (a correction is a manager's reversal entry).
TRANSITIONS: dict[str, frozenset[str]] = {
    "draft": frozenset({"estimated", "approved", "cancelled"}),
    "estimated": frozenset({"approved", "declined", "draft", "cancelled"}),
    "declined": frozenset({"estimated", "cancelled"}),
    "approved": frozenset({"in_progress", "estimated", "cancelled"}),
    "in_progress": frozenset({"waiting_parts", "quality_check", "cancelled"}),
    "waiting_parts": frozenset({"in_progress", "cancelled"}),
    "quality_check": frozenset({"ready", "in_progress", "cancelled"}),
    "ready": frozenset({"settled", "in_progress", "cancelled"}),
    "settled": frozenset({"delivered", "ready"}),  # back to ready: a manager's reversal
    "delivered": frozenset(),
    "cancelled": frozenset(),
}
# Lines and prices may be edited in these states (after approval through consent only).
EDITABLE_STATUSES = frozenset(
    {"draft", "estimated", "declined", "approved", "in_progress", "waiting_parts",
     "quality_check"}
)
# After the customer's yes, a new line is added work (追加项目) that waits for consent.
APPROVED_STATUSES = frozenset({"approved", "in_progress", "waiting_parts", "quality_check"})


def can_move(status: str, target: str) -> bool:
    return target in TRANSITIONS.get(status, frozenset())


# The regulation's repair classes (机动车维修管理规定): they set the legal warranty at handover.
REPAIR_TYPE_NAMES: dict[str, str] = {
    "vehicle_overhaul": QT_TRANSLATE_NOOP("RepairType", "Vehicle overhaul"),  # 整车修理
    "assembly_overhaul": QT_TRANSLATE_NOOP("RepairType", "Assembly overhaul"),  # 总成修理
    "secondary_maintenance": QT_TRANSLATE_NOOP(
        "RepairType", "Second-level maintenance"),  # 二级维护
    "primary_maintenance": QT_TRANSLATE_NOOP("RepairType", "First-level maintenance"),  # 一级维护
    "minor_repair": QT_TRANSLATE_NOOP("RepairType", "Minor repair"),  # 小修
    "special_repair": QT_TRANSLATE_NOOP("RepairType", "Special repair"),  # 专项修理
}

PAYER_NAMES: dict[str, str] = {
    "customer": QT_TRANSLATE_NOOP("Payer", "Customer"),
    "insurer": QT_TRANSLATE_NOOP("Payer", "Insurer"),
    "maker": QT_TRANSLATE_NOOP("Payer", "Maker warranty"),
}

LINE_KIND_NAMES: dict[str, str] = {
    "labor": QT_TRANSLATE_NOOP("LineKind", "Labor"),  # 工时
    "part": QT_TRANSLATE_NOOP("LineKind", "Part"),  # 配件
    "sublet": QT_TRANSLATE_NOOP("LineKind", "Sublet"),  # 外包
    "fee": QT_TRANSLATE_NOOP("LineKind", "Fee"),  # 其他费用
}

PART_SOURCE_NAMES: dict[str, str] = {
    "oem": QT_TRANSLATE_NOOP("PartSource", "OEM"),  # 原厂
    "brand": QT_TRANSLATE_NOOP("PartSource", "Brand"),  # 品牌
    "aftermarket": QT_TRANSLATE_NOOP("PartSource", "Aftermarket"),  # 副厂
    "repaired": QT_TRANSLATE_NOOP("PartSource", "Repaired"),  # 修复
    "customer": QT_TRANSLATE_NOOP("PartSource", "Customer-supplied"),  # 客供
}

APPROVAL_NAMES: dict[str, str] = {
    "pending": QT_TRANSLATE_NOOP("Approval", "Not yet decided"),
    "approved": QT_TRANSLATE_NOOP("Approval", "Approved"),
    "declined": QT_TRANSLATE_NOOP("Approval", "Declined"),
    "awaiting": QT_TRANSLATE_NOOP("Approval", "Awaiting consent"),  # added work, no yes yet
}

CONSENT_METHOD_NAMES: dict[str, str] = {
    "in_person": QT_TRANSLATE_NOOP("ConsentMethod", "In person"),
    "signature": QT_TRANSLATE_NOOP("ConsentMethod", "In person, signed"),
    "phone": QT_TRANSLATE_NOOP("ConsentMethod", "By phone"),
    "message": QT_TRANSLATE_NOOP("ConsentMethod", "By message (SMS / WeChat)"),
}
