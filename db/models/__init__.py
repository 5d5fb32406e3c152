"""The shop's records as SQLAlchemy 2.x typed models, one module per aggregate.

Primary keys are UUIDs so that two branches' rows never collide when merged at head office;
people read the document numbers instead. Times are UTC (see `db.types.UTCDateTime`).
Money columns end in `_fen` and hold integer fen. Later issues extend these tables only through
Alembic migrations. Importing this package registers every table on the one `Base`: the modules
are imported here in a fixed order (a literal list), so relationships between them resolve.
"""

from __future__ import annotations

from db.models.audit import AuditLog
from db.models.base import Base
from db.models.catalog import LaborOperation, Package, PackageItem, Part, QuickPhrase
from db.models.checkin import CheckIn, CheckInPhoto
from db.models.complaints import Complaint
from db.models.customers import Customer, CustomerPhone
from db.models.handover import CompletionCheck, FollowUp, Handover, Warranty
from db.models.orders import Consent, OrderEvent, StatusEvent, WorkOrder, WorkOrderLine
from db.models.search import SearchEntry, SearchKey
from db.models.settlement import Deposit, Payment, Settlement, SettlementReversal
from db.models.shop import Branch, DocumentCounter, Setting, User
from db.models.vehicles import Vehicle, VehicleOwnership

__all__ = [
    "AuditLog",
    "Base",
    "Branch",
    "CheckIn",
    "CheckInPhoto",
    "Complaint",
    "CompletionCheck",
    "Consent",
    "Customer",
    "CustomerPhone",
    "Deposit",
    "DocumentCounter",
    "FollowUp",
    "Handover",
    "LaborOperation",
    "OrderEvent",
    "Package",
    "PackageItem",
    "Part",
    "Payment",
    "QuickPhrase",
    "SearchEntry",
    "SearchKey",
    "Setting",
    "Settlement",
    "SettlementReversal",
    "StatusEvent",
    "User",
    "Vehicle",
    "VehicleOwnership",
    "Warranty",
    "WorkOrder",
    "WorkOrderLine",
]
