"""Column types shared by the models."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Dialect
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """A moment in time, stored as naive UTC and handed back timezone-aware (UTC).

    SQLite has no time zones; storing naive UTC everywhere keeps comparisons and indexes simple,
    and handing back aware values stops a local time from being mistaken for UTC.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use datetime.now(UTC)")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        found: datetime = value.replace(tzinfo=UTC)
        return found


def new_id() -> uuid.UUID:
    """A new primary key: UUIDs so that branches' rows never collide when merged at head office."""
    return uuid.uuid4()


def utcnow() -> datetime:
    return datetime.now(UTC)
