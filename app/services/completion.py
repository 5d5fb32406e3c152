"""The completion check (竣工检验): the final inspection before the car is called ready.

The checklist comes from the setting `completion.checklist` (default in app/domain/completion).
The workshop's inspector (or whoever holds QUALITY_CHECK) records every item; a pass moves the
order `quality_check → ready`, a fail sends it back to `in_progress` with the reason in the
timeline (the StatusEvent's reason). Every check is kept, passed or failed.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.completion import DEFAULT_CHECKLIST, check_results
from app.domain.errors import InputError, InputErrors
from app.domain.permissions import Permission
from app.services import audit, settings
from app.services.actor import Actor, require
from app.services.order_flow import MoveRefused, locked_order, move
from db.models import CompletionCheck, User


@dataclass(frozen=True)
class CompletionView:
    id: uuid.UUID
    order_id: uuid.UUID
    results: tuple[dict[str, Any], ...]
    passed: bool
    reason: str
    inspector_name: str
    checked_at: datetime


def checklist_items(session: Session) -> list[str]:
    """The shop's completion checklist (English source names of the default, or its own)."""
    custom = settings.get(session, "completion.checklist")
    return list(custom) if custom else list(DEFAULT_CHECKLIST)


def record(session: Session, actor: Actor, order_id: uuid.UUID,
           results: Iterable[Mapping[str, Any]], reason: str = "",
           now: datetime | None = None) -> CompletionView:
    """Record the check and move the order: ready when every item passes, else back to work."""
    require(session, actor, Permission.QUALITY_CHECK)
    now = now or datetime.now(UTC)
    order = locked_order(session, order_id)
    if order.status != "quality_check":
        raise MoveRefused(order.number, order.status, "ready")
    try:
        clean, passed, why = check_results(results, reason)
    except InputError as e:
        raise InputErrors([e]) from None
    row = CompletionCheck(order_id=order.id, results=clean, passed=passed, reason=why,
                          inspector_id=actor.user_id, inspector_name=actor.display_name,
                          checked_at=now)
    session.add(row)
    session.flush()
    if passed:
        move(session, actor, order, "ready", "completion check passed", now)
    else:
        move(session, actor, order, "in_progress", f"completion check failed: {why}", now)
    audit.record(session, actor, "work_order", order.id, "completion_check", None,
                 {"passed": passed, "reason": why, "check_id": row.id})
    return _view(row, session)


def latest(session: Session, order_id: uuid.UUID) -> CompletionView | None:
    row = session.scalar(select(CompletionCheck).where(CompletionCheck.order_id == order_id)
                         .order_by(CompletionCheck.checked_at.desc()).limit(1))
    return _view(row, session) if row is not None else None


def passed_check(session: Session, order_id: uuid.UUID) -> CompletionView | None:
    """The check the car passed (the certificate names its inspector and date)."""
    row = session.scalar(select(CompletionCheck).where(CompletionCheck.order_id == order_id,
                                                       CompletionCheck.passed.is_(True))
                         .order_by(CompletionCheck.checked_at.desc()).limit(1))
    return _view(row, session) if row is not None else None


def _view(row: CompletionCheck, session: Session) -> CompletionView:
    return CompletionView(row.id, row.order_id, tuple(row.results or ()), row.passed,
                          row.reason, row.inspector_name or user_name(session, row.inspector_id),
                          row.checked_at)


def user_name(session: Session, user_id: uuid.UUID | None) -> str:
    """A user's name for a row that kept only the id (rows written in bulk, e.g. the demo)."""
    user = session.get(User, user_id) if user_id is not None else None
    return user.display_name if user is not None else ""
