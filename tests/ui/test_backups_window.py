"""Shop → Backups: back up now, the list, the folder, a restore shown before it is confirmed,
refusals in words; and start-up never creates a shop behind a mistyped path."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from app.services import backups
from db.models import Branch

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def backups_window(qtbot, context):  # type: ignore[no-untyped-def]
    from ui.dialogs.backups_window import BackupsWindow

    win = BackupsWindow(context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def wait_idle(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not win.busy(), timeout=30_000)


def branch_codes(context) -> set[str]:  # type: ignore[no-untyped-def]
    with context.read() as s:
        return set(s.scalars(select(Branch.code)))


def test_the_shop_menu_opens_the_backups_window_for_a_manager(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.backups_window import BackupsWindow

    action = window.menus.actions["backups"]
    assert action.isEnabled()
    action.trigger()
    opened = window.findChild(BackupsWindow)
    assert opened is not None and opened.isVisible()
    assert opened.width() <= 1366 and opened.height() <= 728
    opened.close()


def test_back_up_now_lists_the_checked_backup(qtbot, backups_window, context) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    assert backups_window.model.rowCount() == 0
    qtbot.mouseClick(backups_window.back_up_button, Qt.MouseButton.LeftButton)
    assert backups_window.progress.isVisible()
    wait_idle(qtbot, backups_window)
    assert backups_window.model.rowCount() == 1
    assert "Backed up and checked" in backups_window.status.text()
    row = backups_window.model.rows()[0]
    assert row.info is not None and row.info.counts["users"] == 1
    assert backups_window.model.index(0, 1).data() == "By hand"


def test_a_restore_shows_the_backup_then_restores_on_confirm(qtbot, backups_window,  # type: ignore[no-untyped-def]
                                                             context) -> None:
    from PySide6.QtCore import Qt

    with context.write() as s:
        s.add(Branch(code="OLD", name="in the backup"))
    backups_window.back_up_now()
    wait_idle(qtbot, backups_window)
    with context.write() as s:
        s.add(Branch(code="NEW", name="after the backup"))

    backups_window.table.setFocus()
    qtbot.keyClick(backups_window.table, Qt.Key.Key_Return)
    wait_idle(qtbot, backups_window)
    assert backups_window.confirm_box.isVisible(), backups_window.status.text()
    details = backups_window.details.text()
    assert "Customers 0" in details and "closes" in details and "other desk" in details
    assert branch_codes(context) >= {"OLD", "NEW"}  # nothing happened yet

    with qtbot.waitSignal(backups_window.restored, timeout=30_000) as restored:
        qtbot.mouseClick(backups_window.confirm_button, Qt.MouseButton.LeftButton)
    result = restored.args[0]
    assert result.kept is not None and result.safety_backup is not None
    assert "NEW" not in branch_codes(context)
    assert "OLD" in branch_codes(context)
    assert backups_window.close_button.text() == "Close GarageDesk"
    assert not backups_window.back_up_button.isEnabled()


def test_a_file_that_is_no_backup_is_refused_in_words(qtbot, backups_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    junk = tmp_path / "photo.db"
    junk.write_bytes(b"\x89PNG not a database")
    backups_window.check_restore(junk)
    wait_idle(qtbot, backups_window)
    assert not backups_window.confirm_box.isVisible()
    assert "Nothing was done" in backups_window.status.text()
    assert "not a GarageDesk backup" in backups_window.status.text()
    missing = tmp_path / "not-there.db"
    backups_window.check_restore(missing)
    wait_idle(qtbot, backups_window)
    assert "There is no backup file" in backups_window.status.text()
    assert not missing.exists()


def test_a_restore_is_refused_while_another_desk_has_the_database_open(  # type: ignore[no-untyped-def]
        qtbot, backups_window, context) -> None:
    backups_window.back_up_now()
    wait_idle(qtbot, backups_window)
    backups_window.restore_selected()
    wait_idle(qtbot, backups_window)
    code = ("import sqlite3, sys\n"
            f"c = sqlite3.connect({context.db.url.database!r})\n"
            "c.execute('PRAGMA journal_mode=WAL'); c.execute('SELECT 1 FROM users').fetchall()\n"
            "print('ready', flush=True); sys.stdin.readline()\n")
    desk = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert desk.stdout is not None and desk.stdout.readline().strip() == "ready"
        backups_window.confirm_restore()
        wait_idle(qtbot, backups_window)
    finally:
        assert desk.stdin is not None and desk.stdout is not None
        desk.stdin.close()
        desk.wait(timeout=30)
        desk.stdout.close()
    assert "Another desk or program has the database open" in backups_window.status.text()
    assert not backups_window.done_restore
    assert branch_codes(context) == {"BR01"}


def test_the_chosen_folder_is_kept_for_this_workstation(qtbot, backups_window, context,  # type: ignore[no-untyped-def]
                                                        tmp_path) -> None:
    usb = tmp_path / "usb" / "garagedesk"
    backups_window.use_folder(usb)
    assert backups_window.folder.text() == str(usb.resolve())
    assert backups.backup_folder(context.paths, context.workstation) == usb.resolve()
    backups_window.back_up_now()
    wait_idle(qtbot, backups_window)
    assert list(usb.glob("*.db"))
    backups_window.use_folder(Path(context.db.url.database).parent)
    assert "holds the database itself" in backups_window.status.text()
    assert backups.backup_folder(context.paths, context.workstation) == usb.resolve()


def test_an_advisor_cannot_open_backups(qtbot, database, advisor) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import make_context
    from ui.main_window import MainWindow

    main = MainWindow(make_context(database, advisor))
    qtbot.addWidget(main)
    assert not main.menus.actions["backups"].isEnabled()
    main.search.timer.stop()


# Start-up: creating a database is an explicit choice


def test_a_mistyped_database_path_is_refused_at_start(qapp, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import ui.launch

    told: list[str] = []
    monkeypatch.setattr(ui.launch, "_fatal", told.append)
    mistyped = tmp_path / "shpo.db"
    assert ui.launch.launch(str(mistyped), "en") is None
    assert "There is no database file" in told[0] and "--create" in told[0]
    assert not mistyped.exists()
    launched = ui.launch.launch(str(mistyped), "en", create=True)
    assert launched is not None and mistyped.exists()
    launched.context.db.dispose()


def test_cancelling_the_first_start_leaves_no_empty_shop_behind(qapp, garagedesk_home) -> None:  # type: ignore[no-untyped-def]
    import ui.launch
    from app.config import paths

    default = paths().default_database
    launched = ui.launch.launch(None, "en")
    assert launched is not None and launched.created == default and default.exists()
    ui.launch.discard_unfinished(launched)  # the first-run dialog was cancelled
    assert not default.exists()
    assert not Path(str(default) + "-wal").exists()


def test_the_days_first_start_backs_up_and_the_close_finds_it(context) -> None:  # type: ignore[no-untyped-def]
    from ui.daily_backup import DailyBackup

    daily = DailyBackup(context)
    daily.start()
    daily.at_close()
    made = backups.list_backups(daily.folder())
    assert [item.info.reason for item in made if item.info] == ["daily"]
    assert daily.error is None


def test_a_failing_daily_backup_never_stops_the_program(context, tmp_path, caplog) -> None:  # type: ignore[no-untyped-def]
    from ui.daily_backup import DailyBackup

    blocker = tmp_path / "usb-not-mounted"
    blocker.write_text("a file where the folder should be")
    context.workstation.backup_folder = str(blocker / "backups")
    daily = DailyBackup(context)
    daily.start()
    daily.at_close()
    assert daily.error is not None
    assert "the daily backup failed" in caplog.text
