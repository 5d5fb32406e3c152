"""Every file dialog of the program: Qt's own dialog that never opens the files it lists.

Qt's file dialogs guess a file's type (and icon) by opening it and reading its first bytes. In
the folder of the SQLite database that means opening and closing the `.db`, `-wal` and `-shm`,
and on Linux and macOS closing any handle on a file drops all of this process's locks on it:
another desk may then delete the journal we are writing into (DESIGN.md, "POSIX locks and
SQLite"). So every dialog here

- is Qt's own dialog (the platform's native one would sniff the files in our process too, and
  ignores our provider),
- gets `NameOnlyIconProvider`, which tells a file's icon and type from its name alone,
- never starts in the database's folder nor the data folder: it starts in the user's Documents
  folder instead (a suggested file name keeps its name),
- refuses to hand back one of the database's own files (a PDF saved over the `.db`, an import
  that reads the `-wal`): it says so and stays open for another choice.

`open_file_name`, `open_file_names` and `save_file_name` answer like QFileDialog's static
functions (the chosen path, or "" / [] when the user cancelled). `file_dialog` builds the dialog
without showing it (tests list folders with it).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo, QStandardPaths
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QStyle, QWidget

from app.config import paths
from db import engine
from db.engine import sqlite_files_open


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names from the file name only: it never opens (nor reads) a file.

    Qt asks it from the file dialog's worker thread, so the icons are made once, up front, in
    the GUI thread.
    """

    def __init__(self) -> None:
        super().__init__()
        style = QApplication.style()
        self._icons = {
            QAbstractFileIconProvider.IconType.Folder:
                style.standardIcon(QStyle.StandardPixmap.SP_DirIcon),
            QAbstractFileIconProvider.IconType.File:
                style.standardIcon(QStyle.StandardPixmap.SP_FileIcon),
            QAbstractFileIconProvider.IconType.Drive:
                style.standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon),
            QAbstractFileIconProvider.IconType.Computer:
                style.standardIcon(QStyle.StandardPixmap.SP_ComputerIcon),
            QAbstractFileIconProvider.IconType.Network:
                style.standardIcon(QStyle.StandardPixmap.SP_DriveNetIcon),
            QAbstractFileIconProvider.IconType.Desktop:
                style.standardIcon(QStyle.StandardPixmap.SP_DesktopIcon),
            QAbstractFileIconProvider.IconType.Trashcan:
                style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon),
        }
        self._folder_text = QCoreApplication.translate("FileDialogs", "Folder")
        self._file_text = QCoreApplication.translate("FileDialogs", "File")
        self._typed_text = QCoreApplication.translate("FileDialogs", "{suffix} file")

    def icon(self, which: QAbstractFileIconProvider.IconType | QFileInfo) -> QIcon:
        if isinstance(which, QFileInfo):  # stat() only: a folder or not, never its content
            which = (QAbstractFileIconProvider.IconType.Folder if which.isDir()
                     else QAbstractFileIconProvider.IconType.File)
        return QIcon(self._icons.get(which, self._icons[QAbstractFileIconProvider.IconType.File]))

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return self._folder_text
        suffix = info.suffix()
        return self._typed_text.format(suffix=suffix.upper()) if suffix else self._file_text




def database_files() -> set[Path]:
    """The files of every SQLite database this process has open, and of the default one."""
    return engine.database_files([*sqlite_files_open(), paths().default_database])


def protected_folders() -> set[Path]:
    """Folders a dialog never starts in: those holding an open database, and the data folder."""
    folders = {Path(os.path.realpath(p)).parent for p in sqlite_files_open()}
    folders.add(Path(os.path.realpath(paths().data)))
    return folders


def start_folder() -> Path:
    """Where a dialog starts when it may not start where it was asked: Documents, else home."""
    protected = protected_folders()
    for location in (QStandardPaths.StandardLocation.DocumentsLocation,
                     QStandardPaths.StandardLocation.HomeLocation):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir() and Path(os.path.realpath(folder)) not in protected:
            return Path(folder)
    return Path.home()


def _safe_start(suggested: str | Path, *, save: bool) -> tuple[Path, str]:
    """The folder a dialog starts in, and the file name it suggests."""
    text = str(suggested or "")
    if not text:
        return start_folder(), ""
    path = Path(text).expanduser()
    if not save and path.is_dir():
        folder, name = path, ""
    else:
        folder, name = path.parent, path.name
    # A relative name would start in the working folder, which may hold the database.
    if not path.is_absolute() or not folder.is_dir() or (
            Path(os.path.realpath(folder)) in protected_folders()):
        return start_folder(), name
    return folder, name


class SafeFileDialog(QFileDialog):
    """Qt's own file dialog that will not accept one of the database's files."""

    def accept(self) -> None:
        forbidden = database_files()
        chosen = [f for f in self.selectedFiles() if Path(os.path.realpath(f)) in forbidden]
        if not chosen:
            super().accept()
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(), QCoreApplication.translate(
            "FileDialogs", "{file} is GarageDesk's database. Reading or writing it here could "
            "damage it; choose another file.").format(file=chosen[0]),
            QMessageBox.StandardButton.Ok, self)
        box.setObjectName("database_file_refused")
        box.open()  # the dialog stays open for another choice


def file_dialog(parent: QWidget | None, caption: str, suggested: str | Path = "",
                filters: str = "", *, save: bool = False, several: bool = False,
                folder: bool = False) -> QFileDialog:
    """Qt's own file dialog with the name-only provider, starting in a safe folder.

    `folder`: the user chooses a folder (e.g. where backups go), not a file."""
    dialog = SafeFileDialog(parent, caption)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    provider = NameOnlyIconProvider()
    dialog.setIconProvider(provider)
    dialog._garagedesk_provider = provider  # type: ignore[attr-defined]  # Qt does not own it
    if filters:
        dialog.setNameFilter(filters)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    elif folder:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles if several
                           else QFileDialog.FileMode.ExistingFile)
    start, name = _safe_start(suggested, save=save)
    dialog.setDirectory(str(start))
    if name:
        dialog.selectFile(name)
    return dialog


def _chosen(dialog: QFileDialog) -> list[str]:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return []
        return dialog.selectedFiles()
    finally:
        dialog.deleteLater()


def open_file_name(parent: QWidget | None, caption: str, folder: str | Path = "",
                   filters: str = "") -> str:
    """One existing file the user chose, or "" when cancelled."""
    files = _chosen(file_dialog(parent, caption, folder, filters))
    return files[0] if files else ""


def open_file_names(parent: QWidget | None, caption: str, folder: str | Path = "",
                    filters: str = "") -> list[str]:
    """The existing files the user chose ([] when cancelled)."""
    return _chosen(file_dialog(parent, caption, folder, filters, several=True))


def save_file_name(parent: QWidget | None, caption: str, suggested: str | Path = "",
                   filters: str = "") -> str:
    """The path the user chose to save to, or "" when cancelled."""
    files = _chosen(file_dialog(parent, caption, suggested, filters, save=True))
    return files[0] if files else ""
