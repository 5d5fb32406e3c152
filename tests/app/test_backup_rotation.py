"""The rotation keeps 7 daily, 4 weekly and 12 monthly backups, the newest of each."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.domain.backup_rotation import backups_to_keep

START = datetime(2026, 1, 1, 18, 0)


def test_a_year_of_daily_backups_keeps_7_days_4_weeks_and_12_months() -> None:
    dates = [START + timedelta(days=n) for n in range(365)]  # 2026-01-01 .. 2026-12-31
    kept = backups_to_keep(dates)
    newest = dates[-1]
    days = {d for d in kept if newest - d < timedelta(days=7)}
    assert len(days) == 7  # the last seven days
    # the newest of each of the last 4 ISO weeks, the newest of each of 12 months
    assert {(d.isocalendar()[0], d.isocalendar()[1]) for d in kept} >= {
        (newest - timedelta(weeks=w)).isocalendar()[:2] for w in range(4)}
    assert {(d.year, d.month) for d in kept} == {(2026, m) for m in range(1, 13)}
    assert datetime(2026, 1, 31, 18, 0) in kept  # January's newest
    assert datetime(2026, 1, 30, 18, 0) not in kept
    assert len(kept) <= 7 + 4 + 12


def test_several_backups_on_one_day_keep_the_newest_of_the_day() -> None:
    morning, evening = START, START + timedelta(hours=3)
    assert backups_to_keep([morning, evening]) == {evening}


def test_fewer_backups_than_slots_are_all_kept() -> None:
    dates = [START + timedelta(days=n) for n in range(5)]
    assert backups_to_keep(dates) == set(dates)
    assert backups_to_keep([]) == set()


def test_gaps_count_days_that_have_a_backup() -> None:
    # a shop closed for the spring festival: the last 7 days WITH a backup are kept
    dates = [START + timedelta(days=n) for n in (0, 1, 2, 20, 21, 40, 41, 42, 43)]
    kept = backups_to_keep(dates, weekly=0, monthly=0)
    assert kept == set(dates[-7:])
