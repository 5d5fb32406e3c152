"""Backups as the desk and the command line use them: back up, the daily backup and its
rotation, the folder, the list, restore with confirmation, and no silently created shop."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.bootstrap import connect
from app.cli import main
from app.config import Workstation, paths
from app.domain.permissions import NotAllowed
from app.services import backups
from db.backup import backup_name, write_sidecar
from db.engine import Database
from db.models import Branch


def test_only_a_manager_backs_up_or_restores(database: Database, advisor, manager,  # type: ignore[no-untyped-def]
                                            tmp_path: Path) -> None:
    with pytest.raises(NotAllowed):
        backups.back_up(advisor, database, tmp_path)
    with pytest.raises(NotAllowed):
        backups.restore(advisor, database, tmp_path / "x.db", tmp_path)
    assert backups.back_up(manager, database, tmp_path).counts["users"] == 3


def test_the_daily_backup_is_taken_once_a_day(database: Database, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    first = backups.daily_backup(database, folder)
    assert first is not None and first.reason == "daily"
    assert backups.daily_backup(database, folder) is None  # the close of the same day
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    assert backups.daily_backup(database, folder, tomorrow) is not None


def test_rotation_deletes_old_daily_backups_only(database: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    model = backups.back_up(_system(), database, folder, "daily")
    now = datetime(2026, 12, 31, 18, tzinfo=UTC)
    made = []
    for n in range(120):  # four months of daily backups
        when = now - timedelta(days=n)
        path = backup_name("shop", "daily", folder, when)
        path.write_bytes(model.path.read_bytes())
        write_sidecar(replace(model, path=path, created_at=when))
        made.append(path)
    manual = backups.back_up(_system(), database, folder, "manual")
    model.path.unlink()
    model.path.with_suffix(".json").unlink()

    deleted = backups.rotate(folder, "shop")

    left = {p for p in folder.glob("*.db")}
    assert manual.path in left
    daily_left = left - {manual.path}
    assert 7 <= len(daily_left) <= 7 + 4 + 12
    assert made[0] in daily_left and made[6] in daily_left and made[8] not in daily_left
    assert len(deleted) == 120 - len(daily_left)
    assert not any(p.with_suffix(".json").exists() for p in deleted)


def _system():  # type: ignore[no-untyped-def]
    from app.services.actor import SYSTEM

    return SYSTEM


def test_the_folder_is_a_workstation_setting_checked_for_writing(  # type: ignore[no-untyped-def]
        database: Database, manager, tmp_path: Path) -> None:
    where = paths()
    chosen = backups.choose_folder(manager, where, Workstation(), tmp_path / "nas" / "shop",
                                   database)
    assert backups.backup_folder(where, Workstation.load(where)) == chosen
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(backups.BackupRefused, match="cannot be written"):
        backups.choose_folder(manager, where, Workstation(), blocker / "sub", database)


def test_the_list_shows_sidecars_and_files_without_one(database: Database, tmp_path: Path
                                                       ) -> None:
    info = backups.back_up(_system(), database, tmp_path)
    bare = tmp_path / "copied-by-hand.db"
    bare.write_bytes(info.path.read_bytes())
    (tmp_path / "junk.db").write_text("no")
    listed = {item.path.name: item.info for item in backups.list_backups(tmp_path)}
    assert listed[info.path.name] is not None and listed[info.path.name].reason == "manual"
    copied = listed["copied-by-hand.db"]
    assert copied is not None and copied.counts == info.counts
    assert listed["junk.db"] is None


# The command line


def shop_file(database: Database) -> str:
    with database.write() as s:
        s.add(Branch(code="OLD", name="before"))
    database.dispose()
    return str(database.url.database)


def test_cli_backup_list_and_restore(database: Database, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    db = shop_file(database)
    folder = tmp_path / "usb"
    assert main(["backup", "--db", db, "--to", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "backup:" in out and "customers 0" in out
    backup = Path(out.split("backup:")[1].split()[0])
    assert backup.parent == folder

    assert main(["backups", "--db", db, "--in", str(folder)]) == 0
    listing = capsys.readouterr().out
    assert "1 backups" in listing and backup.name in listing and "manual" in listing

    other = connect(db)
    with other.write() as s:
        s.add(Branch(code="NEW", name="after"))
    other.dispose()

    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    assert main(["restore", str(backup), "--db", db]) == 1
    asked = capsys.readouterr().out
    assert "Replace the database" in asked and "nothing restored" in asked
    assert _codes(db) == {"OLD", "NEW"}

    assert main(["restore", str(backup), "--db", db, "--yes"]) == 0
    done = capsys.readouterr().out
    assert "restored" in done and "kept as" in done and "backed up to" in done
    assert _codes(db) == {"OLD"}


def _codes(db: str) -> set[str]:
    opened = connect(db)
    try:
        with opened.read() as s:
            return set(s.scalars(select(Branch.code)))
    finally:
        opened.dispose()


def test_cli_refuses_a_mistyped_backup(database: Database, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    db = shop_file(database)
    missing = tmp_path / "bakup.db"
    assert main(["restore", str(missing), "--db", db, "--yes"]) == 1
    assert "nothing restored: There is no backup file" in capsys.readouterr().err
    assert not missing.exists()
    assert _codes(db) == {"OLD"}


def test_a_mistyped_database_path_creates_nothing(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    mistyped = tmp_path / "shpo.db"
    for command in (["backup"], ["search", "湘A"], ["check"], ["restore", "x.db"]):
        assert main([*command, "--db", str(mistyped)]) == 2
        assert "There is no database file" in capsys.readouterr().err
        assert not mistyped.exists()
    assert main(["--create", "search", "湘A", "--db", str(mistyped)]) == 0
    assert mistyped.exists()
    assert main(["backup", "--db", str(mistyped), "--to", str(tmp_path / "b")]) == 0


def test_a_new_pc_lists_the_usb_disk_and_restores_with_create(
        database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = shop_file(database)
    usb = tmp_path / "usb"
    assert main(["backup", "--db", db, "--to", str(usb)]) == 0
    backup = Path(capsys.readouterr().out.split("backup:")[1].split()[0])
    new_pc = tmp_path / "new-pc" / "garagedesk.db"
    assert main(["backups", "--db", str(new_pc), "--in", str(usb)]) == 0
    assert backup.name in capsys.readouterr().out
    assert not new_pc.exists()
    assert main(["restore", str(backup), "--db", str(new_pc), "--yes"]) == 2
    assert not new_pc.exists()
    assert main(["restore", str(backup), "--db", str(new_pc), "--yes", "--create"]) == 0
    assert _codes(str(new_pc)) == {"OLD"}
