"""Which automatic backups to keep: 7 daily, 4 weekly, 12 monthly (grandfather-father-son).

Walking from the newest backup back, a backup is kept when it is the newest of a day not yet
kept among the last `daily` days that have a backup, or the newest of such a week (ISO week) or
month. The rest may be deleted. Pure: dates in, the kept dates out.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import datetime

DAILY, WEEKLY, MONTHLY = 7, 4, 12


def _day(when: datetime) -> Hashable:
    return when.date()


def _week(when: datetime) -> Hashable:
    year, week, _ = when.isocalendar()
    return (year, week)


def _month(when: datetime) -> Hashable:
    return (when.year, when.month)


def backups_to_keep(dates: Iterable[datetime], daily: int = DAILY, weekly: int = WEEKLY,
                    monthly: int = MONTHLY) -> set[datetime]:
    """The dates (local time) of the backups to keep out of `dates`."""
    rules: list[tuple[Callable[[datetime], Hashable], int]] = [
        (_day, daily), (_week, weekly), (_month, monthly)]
    kept: set[datetime] = set()
    seen: list[set[Hashable]] = [set() for _ in rules]
    for when in sorted(set(dates), reverse=True):
        for (bucket_of, limit), buckets in zip(rules, seen, strict=True):
            bucket = bucket_of(when)
            if bucket not in buckets and len(buckets) < limit:
                buckets.add(bucket)
                kept.add(when)
    return kept
