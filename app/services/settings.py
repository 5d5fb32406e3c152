"""Shop settings kept in the database (shared by every workstation), with their defaults."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from db.models import Setting

DEFAULTS: dict[str, Any] = {
    "shop.branch_id": None,  # the branch this database belongs to
    "tax.vat_rate_bp": 1300,  # 13 % for repair services and parts, in basis points
    "tax.prices_include_vat": True,
    "auth.max_failures": 5,
    "auth.lock_minutes": 15,
}


def get(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    return row.value if row is not None else DEFAULTS.get(key)


def put(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
