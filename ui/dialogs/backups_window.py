"""Shop → Backups: the list of backups, back up now, the backup folder, and a checked restore.

Every long step (a backup, the checks of a backup, the restore) runs on a worker thread with a
progress bar; the window stays responsive and cannot be closed while one runs. A restore first
shows the backup's date and row counts and what will happen (the database is closed, the file
replaced, the program closes) before its confirm button; it is refused while another desk has
the database open. File dialogs here never open the files they list (no type sniffing: see the
POSIX-lock hazard in DESIGN.md) and start in the backup folder, not the database's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain.permissions import NotAllowed
from app.services import backups
from ui.i18n import Retranslating
from ui.models.table import RowsModel
from ui.widgets import file_dialogs

COUNTED = ("customers", "vehicles", "work_orders", "settlements")


class Job(QThread):
    """One service call off the UI thread; its outcome or exception is read after `finished`."""

    progressed = Signal(int, int)

    def __init__(self, work: Callable[[Callable[[int, int], None]], Any],
                 parent: QObject) -> None:
        super().__init__(parent)
        self.work = work
        self.outcome: Any = None
        self.error: Exception | None = None

    def run(self) -> None:
        try:
            self.outcome = self.work(self.progressed.emit)
        except Exception as e:  # shown in the window, never lost in the thread
            self.error = e


class BackupsModel(RowsModel[backups.Listed]):
    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Why"), self.tr("Size"), self.tr("Customers"),
                self.tr("Cars"), self.tr("Work orders"), self.tr("Settlements"), self.tr("File")]

    def reason_name(self, reason: str) -> str:
        if reason.startswith("before-upgrade"):
            return self.tr("Before an upgrade")
        return {"daily": self.tr("Daily"), "manual": self.tr("By hand"),
                "before-restore": self.tr("Before a restore"),
                "copied": self.tr("Copied in")}.get(reason, reason)

    def cell(self, row: backups.Listed, column: int) -> str:
        info = row.info
        if column == 7:
            return row.path.name
        if info is None:
            return self.tr("not a readable backup") if column == 1 else ""
        if column == 0:
            return f"{info.created_at.astimezone():%Y-%m-%d %H:%M}"
        if column == 1:
            return self.reason_name(info.reason)
        if column == 2:
            return f"{info.size / 1e6:.1f} MB"
        count = info.counts.get(COUNTED[column - 3])
        return "" if count is None else str(count)

    def cell_role(self, row: backups.Listed, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= column <= 6:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 7:
            return str(row.path)
        return None


class BackupsWindow(Retranslating, QDialog):
    """`restored` carries the RestoreResult; the program then closes (the caller does it)."""

    restored = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backups_window")
        self.context = context
        self.job: Job | None = None
        self.pending: Path | None = None  # the backup checked and waiting for confirmation
        self.done_restore = False
        self.folder_label = QLabel(self)
        self.folder = QLineEdit(self)
        self.folder.setObjectName("backup_folder")
        self.folder.setReadOnly(True)
        self.folder_label.setBuddy(self.folder)
        self.choose_button = self._button("backup_choose_folder", self.choose_folder)
        self.model = BackupsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("backups_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # Enter on a backup: restore it…
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.restore_selected)
        self.back_up_button = self._button("backup_now", self.back_up_now)
        self.restore_button = self._button("backup_restore", self.restore_selected)
        self.file_button = self._button("backup_restore_file", self.restore_from_file)
        self.close_button = self._button("backup_close", self.close)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("backup_progress")
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("backup_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.confirm_box = QGroupBox(self)
        self.confirm_box.setObjectName("restore_confirm_box")
        self.details = QLabel(self.confirm_box)
        self.details.setObjectName("restore_details")
        self.details.setWordWrap(True)
        self.confirm_button = self._button("restore_confirm", self.confirm_restore)
        self.cancel_button = self._button("restore_cancel", self.cancel_restore)
        self._lay_out()
        self.confirm_box.hide()
        self.resize(980, 560)  # fits 1366x728 with room for the title bar
        self.retranslate()
        self.reload()

    def _button(self, name: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _lay_out(self) -> None:
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)
        confirm = QVBoxLayout(self.confirm_box)
        confirm.addWidget(self.details)
        confirm_row = QHBoxLayout()
        confirm_row.addStretch(1)
        confirm_row.addWidget(self.cancel_button)
        confirm_row.addWidget(self.confirm_button)
        confirm.addLayout(confirm_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_up_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(folder_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.confirm_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Backups"))
        self.folder_label.setText(self.tr("Backup f&older:"))
        self.folder.setAccessibleName(self.tr("Backup folder"))
        self.table.setAccessibleName(self.tr("Backups, newest first"))
        self.choose_button.setText(self.tr("&Choose folder…"))
        self.back_up_button.setText(self.tr("&Back up now"))
        self.restore_button.setText(self.tr("&Restore the chosen backup…"))
        self.file_button.setText(self.tr("Restore from a &file…"))
        self.close_button.setText(self.tr("Close"))
        self.confirm_box.setTitle(self.tr("Restore this backup?"))
        self.confirm_button.setText(self.tr("Restore &now"))
        self.cancel_button.setText(self.tr("Do &not restore"))

    # State
    def backup_folder(self) -> Path:
        return backups.backup_folder(self.context.paths, self.context.workstation)

    def reload(self) -> None:
        folder = self.backup_folder()
        self.folder.setText(str(folder))
        self.model.set_rows(backups.list_backups(folder))
        if self.model.rowCount():
            self.table.selectRow(0)

    def busy(self) -> bool:
        return self.job is not None

    def _set_enabled(self) -> None:
        idle = not self.busy() and not self.done_restore
        for button in (self.choose_button, self.back_up_button, self.restore_button,
                       self.file_button):
            button.setEnabled(idle)
        self.confirm_button.setEnabled(idle)
        self.cancel_button.setEnabled(idle)
        self.close_button.setEnabled(not self.busy())

    def _run(self, work: Callable[[Callable[[int, int], None]], Any],
             done: Callable[[Any], None], message: str) -> None:
        job = Job(work, self)
        job.done = done  # type: ignore[attr-defined]
        self.job = job
        self.progress.setRange(0, 0)  # busy until the first step says how far
        self.progress.show()
        self.status.setText(message)
        job.progressed.connect(self._progressed)
        job.finished.connect(self._finished)  # a bound slot: runs on the UI thread
        self._set_enabled()
        job.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self) -> None:
        job = self.job
        if job is None:
            return
        done: Callable[[Any], None] = job.done  # type: ignore[attr-defined]
        self.job = None
        self.progress.hide()
        job.deleteLater()
        if job.error is not None:
            self.status.setText(self.refusal_text(job.error))
            self.status.setToolTip(str(job.error))
        else:
            self.status.setToolTip("")
            done(job.outcome)
        self._set_enabled()

    def refusal_text(self, error: Exception) -> str:
        if isinstance(error, NotAllowed):
            return self.tr("Your role may not do this; ask a manager.")
        if not isinstance(error, backups.BackupRefused):
            return self.tr("Something went wrong: {detail}").format(detail=error)
        path = str(error.path or "")
        texts = {
            "missing": self.tr("There is no backup file {path}."),
            "not_sqlite": self.tr("{path} is not a GarageDesk backup."),
            "foreign": self.tr("{path} is another program's database, not a GarageDesk "
                               "backup."),
            "newer": self.tr("{path} was written by a newer GarageDesk; install it to "
                             "restore this backup."),
            "damaged": self.tr("{path} is damaged; choose another backup."),
            "itself": self.tr("That file is the database itself, not a backup of it."),
            "in_use": self.tr("Another desk or program has the database open. Close "
                              "GarageDesk on every other desk, then try again."),
            "database_folder": self.tr("{path} holds the database itself; choose another "
                                       "folder (best on another disk)."),
            "unwritable": self.tr("Backups cannot be written to {path}; choose another "
                                  "folder."),
            "tool_missing": self.tr("The PostgreSQL tools pg_dump / pg_restore are not "
                                    "installed on this PC."),
        }
        text = texts.get(error.kind)
        reason = text.format(path=path) if text else str(error)
        return self.tr("Nothing was done: {reason}").format(reason=reason)

    # Actions
    def back_up_now(self) -> None:
        actor, db, folder = self.context.user, self.context.db, self.backup_folder()
        self._run(lambda progress: backups.back_up(actor, db, folder, progress=progress),
                  self._backed_up, self.tr("Backing up…"))

    def _backed_up(self, info: backups.BackupInfo) -> None:
        self.reload()
        self.status.setText(self.tr("Backed up and checked: {file}").format(file=info.path))

    def choose_folder(self) -> None:
        dialog = file_dialogs.file_dialog(
            self, self.tr("Choose the backup folder (a USB disk, a NAS…)"),
            self.backup_folder(), folder=True)
        dialog.setObjectName("backup_folder_dialog")
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.selectedFiles():
            self.use_folder(Path(dialog.selectedFiles()[0]))

    def use_folder(self, folder: Path) -> None:
        try:
            chosen = backups.choose_folder(self.context.user, self.context.paths,
                                           self.context.workstation, folder, self.context.db)
        except (backups.BackupRefused, NotAllowed) as e:
            self.status.setText(self.refusal_text(e))
            return
        self.reload()
        self.status.setText(self.tr("Backups now go to {folder}.").format(folder=chosen))

    def restore_selected(self) -> None:
        row = self.model.row_at(self.table.currentIndex())
        if row is None:
            self.status.setText(self.tr("Choose a backup in the list first."))
            return
        self.check_restore(row.path)

    def restore_from_file(self) -> None:
        dialog = file_dialogs.file_dialog(
            self, self.tr("Choose a backup to restore"), self.backup_folder(),
            self.tr("GarageDesk backups (*.db *.dump)"))
        dialog.setObjectName("backup_file_dialog")
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.selectedFiles():
            self.check_restore(Path(dialog.selectedFiles()[0]))

    def check_restore(self, path: Path) -> None:
        """Check the backup (off the UI thread), then show it with the confirm button."""
        self.cancel_restore()
        db = self.context.db
        self._run(lambda _progress: backups.inspect(db, path),
                  lambda info: self._ask(path, info), self.tr("Checking the backup…"))

    def _ask(self, path: Path, info: backups.BackupInfo) -> None:
        counts = ", ".join(f"{self.model.headers()[3 + i]} {info.counts[table]}"
                           for i, table in enumerate(COUNTED) if table in info.counts)
        self.pending = path
        self.details.setText(self.tr(
            "Backup of {date} ({why}), {size:.1f} MB: {counts}.\n\n"
            "GarageDesk first backs up the database as it is now and keeps the current file "
            "beside it. It then closes the database, puts this backup in its place and "
            "closes; start it again to work on the restored data. Every other desk must "
            "close GarageDesk first.").format(
                date=f"{info.created_at.astimezone():%Y-%m-%d %H:%M}",
                why=self.model.reason_name(info.reason), size=info.size / 1e6,
                counts=counts or "-"))
        self.confirm_box.show()
        self.status.setText(self.tr("The backup is sound. Restore it?"))
        self.confirm_button.setFocus()

    def cancel_restore(self) -> None:
        self.pending = None
        self.confirm_box.hide()

    def confirm_restore(self) -> None:
        path = self.pending
        if path is None:
            return
        self.confirm_box.hide()
        actor, db, folder = self.context.user, self.context.db, self.backup_folder()
        self._run(lambda progress: backups.restore(actor, db, path, folder, progress),
                  self._restored, self.tr("Restoring…"))

    def _restored(self, result: backups.RestoreResult) -> None:
        self.pending = None
        self.done_restore = True
        kept = result.kept or ""
        self.status.setText(self.tr(
            "Restored. The file it replaced is kept as {kept}. GarageDesk closes now; start "
            "it again.").format(kept=kept))
        self.close_button.setText(self.tr("Close GarageDesk"))
        self.close_button.setFocus()
        self.restored.emit(result)

    # Not closed while a job runs (its thread would outlive the window)
    def reject(self) -> None:
        if not self.busy():
            super().reject()

    def closeEvent(self, event: Any) -> None:
        if self.busy():
            event.ignore()
            return
        super().closeEvent(event)
