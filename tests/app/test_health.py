"""The start-up check on real files: a damaged demo file is never opened nor changed, the newest
good backup is offered, read-only places and network shares are told at start."""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from pathlib import Path

import pytest

from app.services import health
from tests.mounts import read_only

PAGE = 4096


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from app.demo import write_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    write_demo(str(path), years=0.05, cars_per_day=6, seed=2, out=None)
    return path


def damaged_copy(source: Path, target: Path) -> Path:
    """A copy of a real database with ten pages in the middle overwritten, as a bad disk does."""
    shutil.copyfile(source, target)
    pages = target.stat().st_size // PAGE
    with target.open("r+b") as f:
        f.seek(PAGE * (pages // 2))
        f.write(b"\xa5" * PAGE * 10)
    return target


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_sound_demo_file_passes(demo_file: Path) -> None:
    assert health.check_sqlite_file(demo_file, mounts_text="").ok


def test_a_damaged_file_is_found_and_left_as_it_was(demo_file: Path, tmp_path: Path) -> None:
    bad = damaged_copy(demo_file, tmp_path / "shop.db")
    before = digest(bad)
    found = health.check_sqlite_file(bad, tmp_path / "backups", mounts_text="")
    assert [f.kind for f in found.findings] == ["damaged"]
    assert str(bad) in found.lines()[0] and "damaged" in found.lines()[0]
    assert digest(bad) == before  # the check never writes
    assert "No good backup was found" in found.lines()[-1]


def test_the_newest_good_backup_is_offered(demo_file: Path, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    older = backups / "shop-20261120-080000-daily.db"
    shutil.copyfile(demo_file, older)
    newest_bad = damaged_copy(demo_file, backups / "shop-20261122-080000-daily.db")
    now = time.time()
    os.utime(older, (now - 7200, now - 7200))
    os.utime(newest_bad, (now - 60, now - 60))
    (backups / "notes.txt").write_text("not a backup")
    bad = damaged_copy(demo_file, tmp_path / "shop.db")
    found = health.check_sqlite_file(bad, backups, mounts_text="")
    assert found.good_backup == older  # the newer one is damaged too: not offered
    assert f'garagedesk restore "{older}"' in found.lines()[-1]


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    text = tmp_path / "customers.csv"
    text.write_text("name,phone\n" * 200, encoding="utf-8")
    found = health.check_sqlite_file(text, mounts_text="")
    assert found.damaged and "not a database" in found.lines()[0]
    assert text.read_text(encoding="utf-8").startswith("name,phone")


def test_a_new_file_in_a_writable_folder_is_fine(tmp_path: Path) -> None:
    assert health.check_sqlite_file(tmp_path / "new" / "shop.db", mounts_text="").ok


MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
//nas/shop /mnt/nas cifs rw,relatime,vers=3.1.1,username=desk 0 0
nas:/export/garage /srv/garage nfs4 rw,relatime,vers=4.2 0 0
/dev/sdb1 /media/usb\\040stick vfat ro,relatime 0 0
/dev/sda2 /srv/garage/local ext4 rw,relatime 0 0
"""


@pytest.mark.parametrize(("path", "kind"), [
    ("/mnt/nas/garagedesk.db", "cifs"),
    ("/mnt/nas", "cifs"),
    ("/srv/garage/shop.db", "nfs4"),
    ("/srv/garage/local/shop.db", None),  # a local disk mounted inside the share
    ("/srv/garagedesk/shop.db", None),  # a prefix of the name is not the mount
    ("/home/desk/shop.db", None),
    ("/media/usb stick/shop.db", None),
])
def test_network_shares_from_the_mount_table(path: str, kind: str | None) -> None:
    assert health.network_kind(path, MOUNTS) == kind


@pytest.mark.parametrize(("path", "windows", "unc"), [
    (r"\\nas\shop\garagedesk.db", True, True),
    ("//nas/shop/garagedesk.db", True, True),
    (r"\\?\UNC\nas\shop\garagedesk.db", True, True),
    (r"\\?\C:\GarageDesk\garagedesk.db", True, False),
    (r"C:\GarageDesk\garagedesk.db", True, False),
    ("//nas/shop/garagedesk.db", False, False),  # on Linux an ordinary path
])
def test_unc_paths(path: str, windows: bool, unc: bool) -> None:
    assert health.is_unc_path(path, windows) is unc


def test_a_network_share_is_a_finding(tmp_path: Path) -> None:
    mounts = f"//nas/shop {tmp_path} cifs rw,relatime 0 0\n"
    found = health.check_sqlite_file(tmp_path / "shop.db", mounts_text=mounts)
    assert [f.kind for f in found.findings] == ["network_share"]
    assert "network share (cifs)" in found.lines()[0] and "PostgreSQL" in found.lines()[0]


def test_a_read_only_file_system_from_the_mount_table(demo_file: Path, tmp_path: Path) -> None:
    shutil.copyfile(demo_file, tmp_path / "shop.db")
    mounts = f"/dev/sdb1 {tmp_path} vfat ro,relatime 0 0\n"
    found = health.check_sqlite_file(tmp_path / "shop.db", mounts_text=mounts)
    assert [f.kind for f in found.findings] == ["read_only_file"]
    found = health.check_sqlite_file(tmp_path / "new.db", mounts_text=mounts)
    assert [f.kind for f in found.findings] == ["read_only_folder"]


def test_a_really_read_only_folder(demo_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    shutil.copyfile(demo_file, folder / "shop.db")
    with read_only(folder):
        found = health.check_sqlite_file(folder / "shop.db")  # this machine's own mount table
        fresh = health.check_sqlite_file(folder / "other.db")
    assert [f.kind for f in found.findings] == ["read_only_file"]
    assert "read-only" in found.lines()[0]
    assert [f.kind for f in fresh.findings] == ["read_only_folder"]


def test_the_program_refuses_to_start_on_a_damaged_file(demo_file: Path, tmp_path: Path) -> None:
    from app.bootstrap import build_context

    bad = damaged_copy(demo_file, tmp_path / "shop.db")
    before = digest(bad)
    with pytest.raises(health.DatabaseUnhealthy) as refused:
        build_context(str(bad))
    assert refused.value.health.damaged
    assert digest(bad) == before


def test_commands_that_open_the_database_say_so_and_fail(
        demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    bad = damaged_copy(demo_file, tmp_path / "shop.db")
    assert main(["search", "湘A", "--db", str(bad)]) == 3
    err = capsys.readouterr().err
    assert "is damaged" in err and "Traceback" not in err
    assert main(["print", "WX-1", "--db", str(bad)]) == 3
    assert main(["dailyclose", "--db", str(bad)]) == 3
    assert main(["search", "湘A", "--db", str(demo_file)]) == 0


def test_a_check_started_early_finds_the_same(demo_file: Path, tmp_path: Path) -> None:
    from app.bootstrap import build_context, start_health_check

    bad = damaged_copy(demo_file, tmp_path / "shop.db")
    started = start_health_check(str(bad))  # as the window starts it, before Qt loads
    with pytest.raises(health.DatabaseUnhealthy) as refused:
        build_context(str(bad), started)
    assert refused.value.health == health.check_sqlite_file(bad, started.result().backups_folder)
