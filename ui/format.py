"""How values read on screen: money from fen, local times from UTC, dates, mileage."""

from __future__ import annotations

from datetime import date, datetime

from app.domain.money import Money


def yuan(fen: int) -> str:
    """Integer fen as people read it: 123456 -> "¥1,234.56"."""
    return Money(fen).format_yuan()


def local_time(moment: datetime | None) -> str:
    """A stored UTC moment in this PC's local time: "2026-11-22 14:05"."""
    if moment is None:
        return ""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def local_date(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d") if moment else ""


def day(value: date | None) -> str:
    return value.isoformat() if value else ""


def km(value: int | None) -> str:
    return f"{value:,} km" if value is not None else ""


def phone(digits: str) -> str:
    """A stored phone number grouped for reading aloud: "13800138000" -> "138 0013 8000"."""
    from app.domain.errors import InputError
    from app.domain.phone import check_phone

    try:
        return check_phone(digits).display
    except InputError:
        return digits
