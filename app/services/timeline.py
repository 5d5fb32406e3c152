"""The order's timeline: everything that happened to it, oldest first, read by one function.

Each kind of record has a reader that turns its rows into `TimelineEntry`s
(app/services/timeline_entry.py): state changes, line progress, promised-time changes,
inquiries, notices, the customer's consents; the end of the stay's readers are in
timeline_closing. A new kind of record adds its reader to the one list `_READERS`.

An entry's `message` is English source text marked under the "Timeline" context with
`{placeholders}`; `params` fill them. Values in `params` are plain text, numbers or datetimes
(the UI shows those in local time); a parameter named in `TRANSLATED_PARAMS` holds an English
name from a names table, which the UI translates under that table's context.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.progress import (
    INQUIRY_CHANNEL_NAMES,
    LINE_PROGRESS_NAMES,
    NOTICE_KIND_NAMES,
    NOTICE_METHOD_NAMES,
)
from app.domain.workorder import CONSENT_METHOD_NAMES, STATUS_NAMES
from app.i18n import QT_TRANSLATE_NOOP
from app.services import timeline_closing
from app.services.timeline_entry import TimelineEntry
from db.models import CheckIn, Consent, OrderEvent, StatusEvent, User

# Parameter name → the translation context of its (English) value.
TRANSLATED_PARAMS = {
    "from_status": "Status", "to_status": "Status", "progress": "LineProgress",
    "method": "NoticeMethod", "notice": "NoticeKind", "consent_method": "ConsentMethod",
    "payment_method": "PaymentMethod",
}


Reader = Callable[[Session, uuid.UUID], Iterable[TimelineEntry]]
def timeline(session: Session, order_id: uuid.UUID,
             since: datetime | None = None) -> list[TimelineEntry]:
    """Every entry of the order (from `since` on), oldest first."""
    entries = [e for read in _READERS for e in read(session, order_id)
               if since is None or e.at >= since]
    return sorted(entries, key=lambda e: e.at)


def _when(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None


# The reasons the program itself writes on a state change (order_flow.move and its callers),
# matched whole; anything else is a person's own words and is shown as typed.
STATUS_REASONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), message) for pattern, message in (
        (r"reception", QT_TRANSLATE_NOOP("Timeline", "reception")),
        (r"estimate", QT_TRANSLATE_NOOP("Timeline", "estimate sent")),
        (r"estimate reconsidered", QT_TRANSLATE_NOOP("Timeline", "estimate reconsidered")),
        (r"estimate reopened", QT_TRANSLATE_NOOP("Timeline", "estimate reopened")),
        (r"customer declined every line",
         QT_TRANSLATE_NOOP("Timeline", "customer declined every line")),
        (r"customer declined", QT_TRANSLATE_NOOP("Timeline", "customer declined")),
        (r"(?P<given_by>.*) \((?P<consent_method>[a-z_]+)\), (?P<n>\d+) declined",
         QT_TRANSLATE_NOOP("Timeline", "{given_by} ({consent_method}), {n} declined")),
        (r"work started", QT_TRANSLATE_NOOP("Timeline", "work started")),
        (r"parts arrived", QT_TRANSLATE_NOOP("Timeline", "parts arrived")),
        (r"parts arrived: (?P<part>.+)", QT_TRANSLATE_NOOP("Timeline", "parts arrived: {part}")),
        (r"work done", QT_TRANSLATE_NOOP("Timeline", "work done")),
        (r"completion check passed", QT_TRANSLATE_NOOP("Timeline", "completion check passed")),
        (r"completion check failed: (?P<why>.*)",
         QT_TRANSLATE_NOOP("Timeline", "completion check failed: {why}")),
        (r"receipt (?P<number>\S+)", QT_TRANSLATE_NOOP("Timeline", "receipt {number}")),
        (r"settlement (?P<number>\S+) reversed: (?P<why>.*)",
         QT_TRANSLATE_NOOP("Timeline", "settlement {number} reversed: {why}")),
        (r"handed over: signature skipped",
         QT_TRANSLATE_NOOP("Timeline", "handed over, signature skipped")),
        (r"handed over: (?P<signer>.*)", QT_TRANSLATE_NOOP("Timeline", "handed over to {signer}")),
    ))


def status_reason(reason: str | None) -> tuple[str, dict[str, Any]]:
    """The program's own wording of a state change's reason and its parameters, or ("", {})
    for a reason a person typed."""
    for pattern, message in STATUS_REASONS:
        found = pattern.fullmatch(reason or "")
        if found:
            params = found.groupdict()
            if "consent_method" in params:
                params["consent_method"] = CONSENT_METHOD_NAMES.get(
                    params["consent_method"], params["consent_method"])
            return message, params
    return "", {}


def _status_events(session: Session, order_id: uuid.UUID) -> Iterable[TimelineEntry]:
    rows = session.execute(
        select(StatusEvent.at, StatusEvent.from_status, StatusEvent.to_status,
               StatusEvent.reason, User.display_name)
        .outerjoin(User, User.id == StatusEvent.user_id)
        .where(StatusEvent.order_id == order_id))
    for at, before, after, reason, who in rows:
        to = STATUS_NAMES.get(after, after)
        said, said_params = status_reason(reason)
        if before is None:
            yield TimelineEntry(at, "status", who or "", QT_TRANSLATE_NOOP(
                "Timeline", "Order opened: {to_status}"), {"to_status": to}, reason or "",
                said, said_params)
        else:
            yield TimelineEntry(at, "status", who or "", QT_TRANSLATE_NOOP(
                "Timeline", "{from_status} → {to_status}"),
                {"from_status": STATUS_NAMES.get(before, before), "to_status": to},
                reason or "", said, said_params)


EVENT_MESSAGES = {
    "line": QT_TRANSLATE_NOOP("Timeline", "{line}: {progress}"),
    "line_by": QT_TRANSLATE_NOOP("Timeline", "{line}: {progress} ({technician})"),
    "promise": QT_TRANSLATE_NOOP("Timeline", "Promised time changed to {after}"),
    "promise_told": QT_TRANSLATE_NOOP(
        "Timeline", "Promised time changed to {after}; customer told ({method})"),
    "inquiry": QT_TRANSLATE_NOOP("Timeline", "{asked_by} asked where the car is ({method})"),
    "notice": QT_TRANSLATE_NOOP("Timeline", "Notice sent ({method}): {notice}"),
    "other": QT_TRANSLATE_NOOP("Timeline", "{kind}"),
}


def _event_entry(e: OrderEvent) -> TimelineEntry:
    d = e.data or {}
    if e.kind == "line":
        key = "line_by" if d.get("technician") else "line"
        progress = LINE_PROGRESS_NAMES.get(d.get("progress", ""), d.get("progress", ""))
        return TimelineEntry(e.at, e.kind, e.user_name, EVENT_MESSAGES[key], {
            "line": d.get("description", ""), "progress": progress,
            "technician": d.get("technician", "")})
    if e.kind == "promise":
        told = bool(d.get("told"))
        return TimelineEntry(e.at, e.kind, e.user_name,
                             EVENT_MESSAGES["promise_told" if told else "promise"],
                             {"after": _when(d.get("after")),
                              "method": NOTICE_METHOD_NAMES.get(d.get("method", ""), "")},
                             d.get("reason", ""))
    if e.kind == "inquiry":
        return TimelineEntry(e.at, e.kind, e.user_name, EVENT_MESSAGES["inquiry"], {
            "asked_by": d.get("asked_by", ""),
            "method": INQUIRY_CHANNEL_NAMES.get(d.get("channel", ""), "")}, d.get("told", ""))
    if e.kind == "notice":
        return TimelineEntry(e.at, e.kind, e.user_name, EVENT_MESSAGES["notice"], {
            "method": NOTICE_METHOD_NAMES.get(d.get("method", ""), ""),
            "notice": NOTICE_KIND_NAMES.get(d.get("notice", ""), "")}, d.get("text", ""))
    return TimelineEntry(e.at, e.kind, e.user_name, EVENT_MESSAGES["other"], {"kind": e.kind},
                         str(d.get("text", "")))


def _order_events(session: Session, order_id: uuid.UUID) -> Iterable[TimelineEntry]:
    rows = session.scalars(select(OrderEvent).where(OrderEvent.order_id == order_id))
    return [_event_entry(e) for e in rows]


def _consents(session: Session, order_id: uuid.UUID) -> Iterable[TimelineEntry]:
    rows = session.scalars(select(Consent).where(Consent.order_id == order_id))
    for c in rows:
        message = (QT_TRANSLATE_NOOP("Timeline", "{given_by} agreed to added work "
                                     "({consent_method})") if c.kind == "added_work" else
                   QT_TRANSLATE_NOOP("Timeline", "{given_by} agreed ({consent_method})"))
        yield TimelineEntry(c.given_at, "consent", c.recorded_by_name, message, {
            "given_by": c.given_by,
            "consent_method": CONSENT_METHOD_NAMES.get(c.method, c.method)}, c.note)


def _check_ins(session: Session, order_id: uuid.UUID) -> Iterable[TimelineEntry]:
    rows = session.execute(select(CheckIn.signed_at, CheckIn.signer, CheckIn.advisor_name,
                                  CheckIn.version)
                           .where(CheckIn.order_id == order_id, CheckIn.signed_at.is_not(None)))
    for signed_at, signer, advisor, version in rows:
        yield TimelineEntry(signed_at, "check_in", advisor, QT_TRANSLATE_NOOP(
            "Timeline", "Car checked in (version {version}), signed by {signer}"),
            {"version": version, "signer": signer or "—"})


# Every reader, the start of the stay here and its end (completion check, bill, payments,
# handover) in timeline_closing: one literal list, so nothing is registered by importing.
_READERS: tuple[Reader, ...] = (
    _status_events, _order_events, _consents, _check_ins, *timeline_closing.READERS,
)
