"""Pure rules of the workshop's progress: line states, the board's warnings, customer words.

The board marks an order `late` once its promised time has passed and `due_soon` when it falls
within the next hour, unless the car is already ready (the shop rule: tell the customer before
the promise is missed, and apologise). Waiting for the customer's consent or for parts is a
different mark (`waiting`), shown beside the timing one. The customer reads states in their
own words (`CUSTOMER_WORDS`), never the desk's names.
"""

from __future__ import annotations

import string
from datetime import datetime, timedelta
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP

DUE_SOON = timedelta(hours=1)
# The car is in the shop in these states: the board and the waiting room list them.
BOARD_STATUSES = ("draft", "estimated", "approved", "in_progress", "waiting_parts",
                  "quality_check", "ready", "settled")
# Done from the customer's point of view: a promise is kept once the car is ready.
DONE_STATUSES = frozenset({"ready", "settled", "delivered"})

LINE_PROGRESS_NAMES: dict[str, str] = {
    "not_started": QT_TRANSLATE_NOOP("LineProgress", "Not started"),
    "working": QT_TRANSLATE_NOOP("LineProgress", "Working"),
    "done": QT_TRANSLATE_NOOP("LineProgress", "Done"),
}
# In-progress states where the workshop records line progress.
WORKSHOP_STATUSES = frozenset({"in_progress", "waiting_parts", "quality_check"})

NOTICE_KIND_NAMES: dict[str, str] = {
    "state_changed": QT_TRANSLATE_NOOP("NoticeKind", "State changed"),
    "ready": QT_TRANSLATE_NOOP("NoticeKind", "Ready for pickup"),
    "delay": QT_TRANSLATE_NOOP("NoticeKind", "Delay"),
    "consent": QT_TRANSLATE_NOOP("NoticeKind", "Added work needs consent"),
}
NOTICE_METHOD_NAMES: dict[str, str] = {
    "phone": QT_TRANSLATE_NOOP("NoticeMethod", "Phone call"),
    "sms": QT_TRANSLATE_NOOP("NoticeMethod", "SMS"),
    "wechat": QT_TRANSLATE_NOOP("NoticeMethod", "WeChat"),
    "in_person": QT_TRANSLATE_NOOP("NoticeMethod", "In person"),
}
# How a customer asked "where is my car".
INQUIRY_CHANNEL_NAMES: dict[str, str] = {
    "phone": QT_TRANSLATE_NOOP("NoticeMethod", "Phone call"),
    "in_person": QT_TRANSLATE_NOOP("NoticeMethod", "In person"),
    "wechat": QT_TRANSLATE_NOOP("NoticeMethod", "WeChat"),
    "sms": QT_TRANSLATE_NOOP("NoticeMethod", "SMS"),
}

# What the customer is told, by state (short enough to read out on the phone).
CUSTOMER_WORDS: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("CustomerWords", "We are looking at your car"),
    "estimated": QT_TRANSLATE_NOOP("CustomerWords", "The estimate is ready for your decision"),
    "declined": QT_TRANSLATE_NOOP("CustomerWords", "You declined the estimate"),
    "approved": QT_TRANSLATE_NOOP("CustomerWords", "Your car is waiting for a free bay"),
    "in_progress": QT_TRANSLATE_NOOP("CustomerWords", "Your car is being repaired"),
    "waiting_parts": QT_TRANSLATE_NOOP("CustomerWords", "We are waiting for a part"),
    "quality_check": QT_TRANSLATE_NOOP("CustomerWords",
                                       "The work is done; final inspection under way"),
    "ready": QT_TRANSLATE_NOOP("CustomerWords", "Your car is ready for pickup"),
    "settled": QT_TRANSLATE_NOOP("CustomerWords", "Paid; ready to drive away"),
    "delivered": QT_TRANSLATE_NOOP("CustomerWords", "You have picked up your car"),
    "cancelled": QT_TRANSLATE_NOOP("CustomerWords", "The job was cancelled"),
}


def timing(status: str, promised_at: datetime | None, now: datetime) -> str:
    """`late`, `due_soon` or "" for an order on the board."""
    if promised_at is None or status in DONE_STATUSES:
        return ""
    if promised_at <= now:
        return "late"
    if promised_at - now <= DUE_SOON:
        return "due_soon"
    return ""


def waiting(status: str, awaiting_consent: bool) -> str:
    """`consent` (added work waits for the customer's yes), `parts`, or ""."""
    if awaiting_consent and status not in DONE_STATUSES:
        return "consent"
    if status == "waiting_parts":
        return "parts"
    return ""


def minutes_left(promised_at: datetime | None, now: datetime) -> int | None:
    """Whole minutes to the promised time (negative: late by that many); None: no promise."""
    if promised_at is None:
        return None
    return int((promised_at - now).total_seconds() // 60)


def done_share(done: int, total: int) -> int | None:
    """Percent of labor lines done, None when the order has no labor line."""
    return None if total == 0 else done * 100 // total


class _Blank(dict):  # type: ignore[type-arg]
    """Format values: an unknown placeholder stays as typed, so a shop's template never fails."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill_template(template: str, values: dict[str, Any]) -> str:
    """A notice template with the order's details; unknown {names} are left as they are."""
    try:
        return string.Formatter().vformat(template, (), _Blank(values))
    except (ValueError, IndexError):  # a stray brace in a shop's own template
        return template
