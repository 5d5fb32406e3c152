"""Two desks editing one record: a save from a form that loaded an older version is refused.

Every record two desks can edit carries a version, the name of who saved it last and when
(work orders since the start; customers, cars, check-in drafts, catalog entries and the shop's
rules since migration 0009). A form keeps the `Stamp` it loaded (the version and the values
then) and hands it back on save; the service locks the row, and when someone saved in between
raises `StaleRecord` naming who, when and which fields they changed. Nothing is written then,
and the form keeps what was typed; the refusal carries the current stamp, so saving again on
purpose puts the typed values over the other desk's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.actor import Actor
from app.services.shop import insert_ignoring_conflict
from db.models import Setting

RECORD = "Record"  # translation context of the record nouns below
FIELD = "Field"  # translation context of the field labels the services name


@dataclass(frozen=True)
class Stamp:
    """What a form loaded: the record's version, and its values then (to name what changed)."""

    version: int
    values: Mapping[str, Any] = field(default_factory=dict, compare=False)


class StaleRecord(Exception):
    """Someone saved the record after this form loaded it.

    `what` and `fields` are English source texts (translation contexts RECORD and FIELD).
    """

    def __init__(self, what: str, name: str, by: str, at: datetime | None,
                 fields: tuple[str, ...] = (), current: Stamp | None = None) -> None:
        self.what, self.name, self.by, self.at = what, name, by, at
        self.fields, self.current = fields, current
        when = f"{at:%H:%M:%S}" if at else "?"
        changed = ", ".join(fields) or "-"
        super().__init__(f"{what} {name} was changed by {by or '?'} at {when}: {changed}")


def check(loaded: Stamp | None, version: int, values: Mapping[str, Any], *, what: str,
          name: str, by: str, at: datetime | None, labels: Mapping[str, str]) -> None:
    """Refuse when the record is not as the form loaded it (None: no form, nothing to check).

    Stale is a newer version, or a value the form shows that differs from the stamp's (a change
    made by another path, e.g. the mileage an order wrote). `values` are the record's values now,
    with the stamp's keys; `labels` name them.
    """
    if loaded is None:
        return
    changed = tuple(dict.fromkeys(
        labels.get(k, k) for k, v in values.items()
        if k in loaded.values and _plain(loaded.values[k]) != _plain(v)))
    if loaded.version == version and not changed:
        return
    raise StaleRecord(what, name, by, at, changed, Stamp(version, dict(values)))


def saved(record: Any, actor: Actor, now: datetime | None = None,
          column: str = "version") -> int:
    """Count a save on a versioned row: version + 1, by whom, when; returns the new version."""
    setattr(record, column, (getattr(record, column) or 0) + 1)
    record.updated_by_name = actor.display_name
    record.updated_at = now or datetime.now(UTC)
    return int(getattr(record, column))


# -- a group of settings edited in one form (the shop's rules) ---------------------------------

def settings_stamp(session: Session, group: str, values: Mapping[str, Any]) -> Stamp:
    row = session.get(Setting, _key(group))
    return Stamp(int(row.value["version"]) if row else 1, dict(values))


def check_settings(session: Session, group: str, loaded: Stamp | None,
                   values: Mapping[str, Any], *, what: str,
                   labels: Mapping[str, str]) -> dict[str, Any]:
    """Lock the group's version row (made on its first save) and refuse a stale form."""
    key = _key(group)
    if session.get(Setting, key) is None:  # its first save: made the way document counters are
        session.execute(insert_ignoring_conflict(
            session, Setting, key=key, value={"version": 1, "by": "", "at": None}))
    row = session.scalars(select(Setting).where(Setting.key == key).with_for_update()
                          .execution_options(populate_existing=True)).one()
    state = dict(row.value)
    at = datetime.fromisoformat(state["at"]) if state.get("at") else None
    check(loaded, int(state["version"]), values, what=what, name="", by=state.get("by", ""),
          at=at, labels=labels)
    return state


def saved_settings(session: Session, group: str, actor: Actor,
                   now: datetime | None = None) -> int:
    row = session.get_one(Setting, _key(group))
    version = int(row.value["version"]) + 1
    row.value = {"version": version, "by": actor.display_name,
                 "at": (now or datetime.now(UTC)).isoformat()}
    return version


def _key(group: str) -> str:
    return f"version.{group}"


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value
