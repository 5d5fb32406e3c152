"""Roles and the permission table: the one place that answers "may this user do X".

Widgets ask `may(role, ...)` to enable a button; services check it again with `require`, so
a rule holds whatever the UI shows. Later issues add rows here, not `if role == ...` elsewhere.
"""

from __future__ import annotations

from enum import StrEnum

from app.i18n import QT_TRANSLATE_NOOP


class Role(StrEnum):
    ADVISOR = "advisor"  # 服务顾问
    CASHIER = "cashier"  # 收银
    WORKSHOP = "workshop"  # 车间 (technician / foreman)
    MANAGER = "manager"  # 店长
    ADMIN = "admin"


ROLE_NAMES: dict[Role, str] = {
    Role.ADVISOR: QT_TRANSLATE_NOOP("Role", "Service advisor"),
    Role.CASHIER: QT_TRANSLATE_NOOP("Role", "Cashier"),
    Role.WORKSHOP: QT_TRANSLATE_NOOP("Role", "Workshop"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Role", "Manager"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Role", "Administrator"),
}


class Permission(StrEnum):
    CUSTOMER_VIEW = "customer.view"
    CUSTOMER_EDIT = "customer.edit"
    CUSTOMER_MERGE = "customer.merge"
    VEHICLE_EDIT = "vehicle.edit"
    VEHICLE_TRANSFER = "vehicle.transfer"
    IMPORT_RECORDS = "import.records"
    USER_MANAGE = "user.manage"
    SHOP_SETTINGS = "shop.settings"
    SHOP_RULES = "shop.rules"  # rates, discount limit, terms, checklist, signed papers
    AUDIT_VIEW = "audit.view"
    BACKUP = "database.backup"  # back up now, choose the backup folder, restore (managers)
    ORDER_VIEW = "order.view"
    ORDER_EDIT = "order.edit"  # open orders, edit estimates, record the customer's decisions
    ORDER_CANCEL = "order.cancel"
    DISCOUNT_OVER_LIMIT = "discount.over_limit"  # approve a discount above the advisor's limit
    CATALOG_EDIT = "catalog.edit"  # labor operations, parts, packages, quick phrases
    CHECKIN_EDIT = "checkin.edit"  # record and sign the car's check-in
    WORK_PROGRESS = "work.progress"  # start work, record progress in the workshop
    COMPLAINT_EDIT = "complaint.edit"  # record a customer's complaint and close it with the reply
    SETTLE = "settlement.settle"  # take payment for a ready order (cashier, advisor, manager)
    SETTLEMENT_REVERSE = "settlement.reverse"  # undo a settlement with a reason (managers)
    CREDIT_APPROVE = "settlement.credit"  # let a customer with credit leave it on account (挂账)
    QUALITY_CHECK = "quality.check"  # the completion check (竣工检验): pass → ready, fail → work
    HANDOVER = "handover"  # hand the settled car back with the customer's pickup signature


_ALL = set(Permission)
_DESK = {
    Permission.CUSTOMER_VIEW,
    Permission.CUSTOMER_EDIT,
    Permission.VEHICLE_EDIT,
    Permission.VEHICLE_TRANSFER,
    Permission.ORDER_VIEW,
    Permission.ORDER_EDIT,
    Permission.ORDER_CANCEL,
    Permission.CHECKIN_EDIT,
    Permission.WORK_PROGRESS,
    Permission.COMPLAINT_EDIT,
    Permission.SETTLE,
    # Handover: a small shop's advisor inspects and hands back too; the cashier does not.
    Permission.QUALITY_CHECK,
    Permission.HANDOVER,
}

PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADVISOR: frozenset(_DESK),
    Role.CASHIER: frozenset(
        {Permission.CUSTOMER_VIEW, Permission.CUSTOMER_EDIT, Permission.ORDER_VIEW,
         Permission.COMPLAINT_EDIT, Permission.SETTLE}),
    Role.WORKSHOP: frozenset(
        {Permission.CUSTOMER_VIEW, Permission.ORDER_VIEW, Permission.WORK_PROGRESS,
         Permission.QUALITY_CHECK}),
    Role.MANAGER: frozenset(
        _DESK
        | {Permission.CUSTOMER_MERGE, Permission.IMPORT_RECORDS, Permission.AUDIT_VIEW,
           Permission.DISCOUNT_OVER_LIMIT, Permission.CATALOG_EDIT, Permission.SHOP_RULES,
           Permission.SETTLEMENT_REVERSE, Permission.CREDIT_APPROVE, Permission.BACKUP}
    ),
    Role.ADMIN: frozenset(_ALL),
}


def may(role: str, permission: Permission) -> bool:
    try:
        return permission in PERMISSIONS[Role(role)]
    except ValueError:
        return False


class NotAllowed(PermissionError):
    """The user's role does not carry the permission; the message names both."""

    def __init__(self, role: str, permission: Permission) -> None:
        self.role = role
        self.permission = permission
        super().__init__(f"role {role!r} may not {permission.value}")


def require(role: str, permission: Permission) -> None:
    if not may(role, permission):
        raise NotAllowed(role, permission)
