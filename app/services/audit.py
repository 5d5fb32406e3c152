"""The audit log: who changed money, status, customer identity or user rights, and how."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.actor import Actor
from db.models import AuditLog


def _plain(value: Any) -> Any:
    """JSON-safe copy of a before/after snapshot (UUIDs and dates become strings)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, uuid.UUID | date | datetime):
        return str(value)
    return value


def record(
    session: Session,
    actor: Actor | None,
    entity: str,
    entity_id: object,
    action: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    session.add(
        AuditLog(
            user_id=actor.user_id if actor else None,
            user_name=actor.display_name if actor else "",
            entity=entity,
            entity_id=str(entity_id),
            action=action,
            before=_plain(before),
            after=_plain(after),
        )
    )


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    user_name: str
    entity: str
    entity_id: str
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def history(session: Session, entity: str, entity_id: object) -> list[AuditEntry]:
    rows = session.scalars(
        select(AuditLog)
        .where(AuditLog.entity == entity, AuditLog.entity_id == str(entity_id))
        .order_by(AuditLog.seq)
    )
    return [
        AuditEntry(r.at, r.user_name, r.entity, r.entity_id, r.action, r.before, r.after)
        for r in rows
    ]


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict, dict]:
    """Only the fields that differ, so the log says what changed rather than everything."""
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}
