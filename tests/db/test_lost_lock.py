"""The lost-lock hazard: a handle closed in our process must not cost a committed row.

On Linux and macOS closing any handle on a file drops all of the process's POSIX locks on it. A
Qt file dialog listing the database's folder opens and closes the `.db`, `-wal` and `-shm` to
guess their type; the next other desk to close then believes it is the last one, checkpoints and
deletes `-wal`/`-shm`, and what the program writes afterwards went into deleted files: a second
desk (or the program after a crash) never sees it. The engine checks before each transaction
that the files SQLite holds are still the files on disk and reconnects (or refuses) instead.

Every test: the program's Database on a real file with committed rows, the locks lost in the
program's process, another process reading, writing and closing, the program writing again,
then every committed row looked for by a fresh process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from app.bootstrap import connect
from db.engine import Database, DatabaseFilesReplaced
from tests import folder_watch

ROOT = Path(__file__).resolve().parents[2]
FILES = ("shop.db", "shop.db-wal", "shop.db-shm")

pytestmark = [
    pytest.mark.skipif(not folder_watch.available(), reason="POSIX locks and inotify: Linux"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

OTHER_DESK = """
import sys
from sqlalchemy import text
from app.bootstrap import connect
db = connect(sys.argv[1])
with db.read() as s:
    s.execute(text("SELECT count(*) FROM t")).scalar()
with db.write() as s:
    s.execute(text("INSERT INTO t(who) VALUES (:who)"), {"who": sys.argv[2]})
db.dispose()
"""

CRASHING_DESK = """
import os, signal, sys
from sqlalchemy import text
from app.bootstrap import connect
db = connect(sys.argv[1])
with db.write() as s:
    s.execute(text("INSERT INTO t(who) VALUES (:who)"), {"who": sys.argv[2]})
os.kill(os.getpid(), signal.SIGKILL)
"""

FRESH_LOOK = """
import sqlite3, sys
print("\\n".join(w for (w,) in sqlite3.connect(sys.argv[1]).execute("SELECT who FROM t")))
"""


def _run(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def other_desk(path: Path, who: str) -> None:
    done = _run(OTHER_DESK, str(path), who)
    assert done.returncode == 0, done.stderr


def crashing_desk(path: Path, who: str) -> None:
    assert _run(CRASHING_DESK, str(path), who).returncode == -9


def rows_a_fresh_process_sees(path: Path) -> set[str]:
    done = _run(FRESH_LOOK, str(path))
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


def write(db: Database, who: str) -> None:
    with db.write() as s:
        s.execute(text("INSERT INTO t(who) VALUES (:who)"), {"who": who})


@pytest.fixture
def shop(tmp_path: Path):  # type: ignore[no-untyped-def]
    """The program's database with a committed row, in a folder of its own."""
    folder = tmp_path / "shop"
    folder.mkdir()
    path = folder / "shop.db"
    db = connect(str(path))
    with db.write() as s:
        s.execute(text("CREATE TABLE t(id INTEGER PRIMARY KEY, who TEXT NOT NULL)"))
    write(db, "program-1")
    yield db, path
    db.dispose()


def open_and_close_in_process(path: Path) -> None:
    """What a file dialog sniffing the types does: each file opened read-only, then closed."""
    for name in FILES:
        os.close(os.open(path.parent / name, os.O_RDONLY))


def test_a_qt_file_dialog_on_the_database_folder_loses_no_row(qtbot, shop) -> None:  # type: ignore[no-untyped-def]
    """Qt's own dialog with its own file-type guessing (the engine guard alone saves the row)."""
    from PySide6.QtWidgets import QFileDialog

    db, path = shop
    watch = folder_watch.FolderOpens(path.parent)
    try:
        dialog = QFileDialog(None, "Save as PDF", str(path.parent))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        dialog.show()
        # The hazard happened: the dialog opened and closed each of the database's files.
        qtbot.waitUntil(lambda: set(FILES) <= watch.read_only_closed(), timeout=15_000)
        dialog.close()
    finally:
        watch.close()
    other_desk(path, "other-desk")  # believes it is the last one: deletes -wal and -shm
    assert not (path.parent / "shop.db-wal").exists()
    write(db, "program-2")
    assert rows_a_fresh_process_sees(path) == {"program-1", "other-desk", "program-2"}


def test_files_opened_and_closed_in_the_process_lose_no_row(shop) -> None:  # type: ignore[no-untyped-def]
    db, path = shop
    open_and_close_in_process(path)
    other_desk(path, "other-desk")
    write(db, "program-2")
    other_desk(path, "other-desk-2")
    write(db, "program-3")
    assert rows_a_fresh_process_sees(path) == {
        "program-1", "other-desk", "program-2", "other-desk-2", "program-3"}


def test_reconnecting_keeps_the_rows_a_crashed_desk_left_in_the_journal(shop) -> None:  # type: ignore[no-untyped-def]
    """The stale connections are closed without a checkpoint: closing them normally would
    delete by name the -wal that now holds another desk's committed, not yet copied rows."""
    db, path = shop
    open_and_close_in_process(path)
    other_desk(path, "other-desk")
    crashing_desk(path, "crashed-desk")  # committed, then killed: its rows are in its -wal
    write(db, "program-2")
    assert rows_a_fresh_process_sees(path) == {
        "program-1", "other-desk", "crashed-desk", "program-2"}


def test_quitting_on_stale_files_keeps_a_crashed_desks_rows(shop) -> None:  # type: ignore[no-untyped-def]
    db, path = shop
    open_and_close_in_process(path)
    other_desk(path, "other-desk")
    crashing_desk(path, "crashed-desk")
    db.dispose()  # the program quits without writing again
    assert rows_a_fresh_process_sees(path) == {"program-1", "other-desk", "crashed-desk"}


def test_a_write_is_refused_while_stale_files_stay_open_then_works(shop) -> None:  # type: ignore[no-untyped-def]
    """A connection still in use keeps the stale -shm for the whole process: no fresh one can
    be consistent, so the write is refused before anything ran; once it is given back, the
    next write reconnects and works."""
    db, path = shop
    body_ran = False
    with db.read() as reading:
        reading.execute(text("SELECT count(*) FROM t")).scalar()
        open_and_close_in_process(path)
        other_desk(path, "other-desk")
        with pytest.raises(DatabaseFilesReplaced, match="nothing was saved"), db.write() as s:
            body_ran = True
            s.execute(text("INSERT INTO t(who) VALUES ('never')"))
    assert not body_ran
    assert rows_a_fresh_process_sees(path) == {"program-1", "other-desk"}
    write(db, "program-2")
    assert rows_a_fresh_process_sees(path) == {"program-1", "other-desk", "program-2"}


def test_the_guard_is_quiet_while_nothing_changed(shop) -> None:  # type: ignore[no-untyped-def]
    db, path = shop
    other_desk(path, "other-desk")  # our locks hold: it is not the last, deletes nothing
    assert (path.parent / "shop.db-wal").exists()
    for n in range(20):
        write(db, f"program-{n + 2}")
    assert rows_a_fresh_process_sees(path) == {"other-desk"} | {f"program-{n + 1}"
                                                                for n in range(21)}
