"""No file dialog of ours ever opens the database's files, nor starts in their folder.

Opening and closing any of the `.db`, `-wal`, `-shm` in the program's process drops SQLite's
locks (tests/db/test_lost_lock.py shows what that costs). The kernel tells which files in the
folder were opened (inotify), whoever opened them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QFileInfo
from PySide6.QtWidgets import QFileDialog, QFileSystemModel

from app.config import paths
from tests import folder_watch
from ui.widgets import file_dialogs
from ui.widgets.file_dialogs import NameOnlyIconProvider, file_dialog

ROOT = Path(__file__).resolve().parents[2]
SUFFIXES = ("", "-wal", "-shm")


def database_files(database) -> list[Path]:  # type: ignore[no-untyped-def]
    path = Path(database.url.database)
    files = [Path(f"{path}{suffix}") for suffix in SUFFIXES]
    assert all(f.exists() for f in files)  # WAL mode: all three are there while it is open
    return files


@pytest.mark.skipif(not folder_watch.available(), reason="inotify: Linux")
def test_listing_the_database_folder_opens_none_of_its_files(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    files = database_files(database)
    folder = files[0].parent
    (folder / "quote.pdf").write_bytes(b"%PDF-1.4\n")
    watch = folder_watch.FolderOpens(folder)
    try:
        dialog = file_dialog(None, "Save as PDF", "", "", save=True)
        qtbot.addWidget(dialog)
        dialog.setDirectory(str(folder))  # the person goes there by hand
        dialog.show()
        model = dialog.findChild(QFileSystemModel)
        provider = NameOnlyIconProvider()
        listed = [*files, folder / "quote.pdf"]
        # Every file listed with its type: the dialog is done asking about them.
        qtbot.waitUntil(lambda: all(
            model.type(model.index(str(f))) == provider.type(QFileInfo(str(f)))
            for f in listed), timeout=15_000)
        assert model.type(model.index(str(files[1]))) == "DB-WAL file"
        dialog.close()
        assert watch.opened() & {f.name for f in files} == set()
        # The watch does see an open in this process (what Qt's own type guessing does).
        os.close(os.open(files[1], os.O_RDONLY))
        assert files[1].name in watch.read_only_closed()
    finally:
        watch.close()


def test_the_dialog_is_qt_own_with_the_name_only_provider(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = file_dialog(None, "Add photos", "", "Pictures (*.jpg *.png)", several=True)
    qtbot.addWidget(dialog)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert isinstance(dialog.iconProvider(), NameOnlyIconProvider)
    assert dialog.fileMode() == QFileDialog.FileMode.ExistingFiles


def test_a_dialog_never_starts_in_the_database_folder_nor_the_data_folder(  # type: ignore[no-untyped-def]
        qtbot, database, monkeypatch) -> None:
    folder = Path(database.url.database).parent
    data = paths().data
    data.mkdir(parents=True, exist_ok=True)
    elsewhere = folder / "exports"
    elsewhere.mkdir()
    monkeypatch.chdir(folder)  # a relative name would start in the working folder
    safe = file_dialogs.start_folder()
    assert safe.resolve() not in {folder.resolve(), data.resolve()}
    for suggested, save in [(folder / "W1-workorder.pdf", True), ("W1-workorder.pdf", True),
                            (data / "report.csv", True), (folder, False), ("", False)]:
        dialog = file_dialog(None, "Choose", suggested, "", save=save)
        qtbot.addWidget(dialog)
        start = Path(dialog.directory().absolutePath()).resolve()
        assert start == safe.resolve(), suggested
        if save:  # the suggested name stays
            assert Path(dialog.selectedFiles()[0]).name == Path(str(suggested)).name
    dialog = file_dialog(None, "Import", elsewhere, "")
    qtbot.addWidget(dialog)
    assert Path(dialog.directory().absolutePath()).resolve() == elsewhere.resolve()


def test_every_file_dialog_of_the_program_goes_through_file_dialogs() -> None:
    own = ROOT / "ui" / "widgets" / "file_dialogs.py"
    users = []
    for source in sorted([*ROOT.glob("ui/**/*.py"), *ROOT.glob("app/**/*.py")]):
        if source != own and "QFileDialog" in source.read_text(encoding="utf-8"):
            users.append(str(source.relative_to(ROOT)))
    assert users == []
    callers = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("ui/**/*.py")
                     if "file_dialogs." in p.read_text(encoding="utf-8") and p != own)
    assert callers == ["ui/dialogs/backups_window.py", "ui/dialogs/checkin_window.py",
                       "ui/dialogs/import_base.py",
                       "ui/dialogs/print_preview.py", "ui/import_dialog.py"]


def test_a_dialog_will_not_hand_back_one_of_the_database_files(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    """Saving a PDF over the .db, or importing the -wal, would damage the database."""
    from PySide6.QtWidgets import QMessageBox

    files = database_files(database)
    folder = files[0].parent
    for target, save in [(files[0], True), (files[1], False)]:
        dialog = file_dialog(None, "Save as PDF", "", "", save=save)
        qtbot.addWidget(dialog)
        dialog.setDirectory(str(folder))
        dialog.show()
        dialog.selectFile(str(target))
        dialog.accept()
        box = dialog.findChild(QMessageBox, "database_file_refused")
        assert box is not None and box.isVisible()
        assert str(target) in box.text()
        assert dialog.isVisible() and dialog.result() != QFileDialog.DialogCode.Accepted
        box.accept()
    dialog = file_dialog(None, "Save as PDF", folder / "exports-W1.pdf", "", save=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.result() == QFileDialog.DialogCode.Accepted
    assert Path(dialog.selectedFiles()[0]).name == "exports-W1.pdf"
