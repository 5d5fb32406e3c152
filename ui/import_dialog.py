"""Bringing a shop's customers and cars in from CSV or Excel: choose, preview, import, report.

The preview and the import run off the UI thread (a 10,000-row file takes tens of seconds to
import), with a progress bar and a Stop button; the dialog only shows what
`app.services.importing` decides.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QSortFilterProxyModel, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain.errors import InputError
from app.domain.permissions import NotAllowed, Permission
from app.services import importing
from app.services.importing import (
    STATUS_NAMES,
    ImportCancelled,
    ImportPreview,
    ImportResult,
    ImportRow,
    RowStatus,
)
from ui.i18n import Retranslating, app_text, error_text
from ui.models.table import RowsModel
from ui.widgets.field_error import ERROR_STYLE

STATUS_COLOURS = {
    RowStatus.OK: QColor("#e8f5e9"),
    RowStatus.VIN_FLAG: QColor("#fff8e1"),
    RowStatus.ON_FILE: QColor("#eceff1"),
    RowStatus.DUPLICATE: QColor("#eceff1"),
    RowStatus.PROBLEM: QColor("#ffebee"),
}


REASON_WIDTH = 420  # pixels: the file's own columns stay in sight


class ImportRowsModel(RowsModel[ImportRow]):
    """The preview: line, status and reason, then the file's own columns as read."""

    LINE, STATUS, REASON = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.file_headers: tuple[str, ...] = ()

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()  # the columns change with the file
        self.file_headers = preview.headers if preview else ()
        self._rows = list(preview.rows) if preview else []
        self.endResetModel()

    def headers(self) -> list[str]:
        return [self.tr("Line"), self.tr("Status"), self.tr("Reason"), *self.file_headers]

    def cell(self, row: ImportRow, column: int) -> str:
        if column == self.LINE:
            return str(row.line)
        if column == self.STATUS:
            return app_text("ImportStatus", STATUS_NAMES[row.status])
        if column == self.REASON:
            return row.reason_text(error_text)
        return row.cells[column - 3]

    def cell_role(self, row: ImportRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(STATUS_COLOURS[row.status])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1a1a1a"))  # readable on the light status colours
        if role == Qt.ItemDataRole.ToolTipRole and column == self.REASON and row.reasons:
            return row.reason_text(error_text)
        if role == Qt.ItemDataRole.UserRole:
            return row.status
        return None


class NeedsAttentionFilter(QSortFilterProxyModel):
    """Only the rows that will not go in as they are (problems and VIN flags), when switched on."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.only_attention = False

    def set_only_attention(self, on: bool) -> None:
        self.beginFilterChange()
        self.only_attention = on
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self.only_attention:
            return True
        status = self.sourceModel().index(source_row, 0, source_parent).data(
            Qt.ItemDataRole.UserRole)
        return status in (RowStatus.PROBLEM, RowStatus.VIN_FLAG)


class ImportJob(QThread):
    """Runs one service call off the UI thread; `progress` returns False once Stop is pressed.

    The outcome (or the exception) is read on the UI thread after `finished`.
    """

    progressed = Signal(int, int)

    def __init__(self, work: Callable[[importing.Progress], Any],
                 done: Callable[[Any], None], parent: QObject) -> None:
        super().__init__(parent)
        self.work, self.done = work, done
        self.outcome: Any = None
        self.error: Exception | None = None
        self.stop_requested = threading.Event()

    def progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self.stop_requested.is_set()

    def run(self) -> None:
        try:
            self.outcome = self.work(self.progress)
        except Exception as e:  # shown in the dialog, never lost in the thread
            self.error = e


class ImportDialog(Retranslating, QDialog):
    """Choose a file, see what each row would do, bring the good rows in, keep the refusals."""

    preview_ready = Signal(object)  # ImportPreview
    records_imported = Signal(object)  # ImportResult
    work_failed = Signal(str)  # the message shown

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.context = context
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.report_path: Path | None = None
        self.job: ImportJob | None = None
        self._build()
        self.resize(980, 640)
        self.retranslate()
        self._update()

    def _widget(self, widget: QWidget, name: str) -> Any:
        widget.setObjectName(name)
        return widget

    def _build(self) -> None:
        self.file_label = QLabel(self)
        self.file_edit = self._widget(QLineEdit(self), "import_file")
        self.file_edit.setReadOnly(True)
        self.choose_button = self._widget(QPushButton(self), "import_choose")
        self.choose_button.clicked.connect(self.choose_file)
        self.sheet_label = QLabel(self)
        self.sheet_combo = self._widget(QComboBox(self), "import_sheet")
        self.sheet_combo.currentTextChanged.connect(self._sheet_chosen)
        self.counts = self._widget(QLabel(self), "import_counts")
        self.counts.setWordWrap(True)
        self.error = self._widget(QLabel(self), "import_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.model = ImportRowsModel(self)
        self.filter = NeedsAttentionFilter(self)
        self.filter.setSourceModel(self.model)
        self.table = self._widget(QTableView(self), "import_table")
        self.table.setModel(self.filter)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.attention_check = self._widget(QCheckBox(self), "import_only_attention")
        self.attention_check.toggled.connect(self.filter.set_only_attention)
        self.accept_vin_check = self._widget(QCheckBox(self), "import_accept_vin")
        self.accept_vin_check.toggled.connect(lambda _on: self._update())
        self.progress = self._widget(QProgressBar(self), "import_progress")
        self.stop_button = self._widget(QPushButton(self), "import_stop")
        self.stop_button.clicked.connect(self.stop)
        self.apply_button = self._widget(QPushButton(self), "import_apply")
        self.apply_button.clicked.connect(self.import_good_rows)
        self.result_label = self._widget(QLabel(self), "import_result")
        self.result_label.setWordWrap(True)
        self.save_report_button = self._widget(QPushButton(self), "import_save_report")
        self.save_report_button.clicked.connect(self.choose_report_path)
        self.open_report_button = self._widget(QPushButton(self), "import_open_report")
        self.open_report_button.clicked.connect(self.open_report)
        self.close_button = self._widget(QPushButton(self), "import_close")
        self.close_button.clicked.connect(self.reject)
        self._lay_out()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        for w in (self.file_label, self.file_edit, self.choose_button, self.sheet_label,
                  self.sheet_combo):
            top.addWidget(w)
        top.setStretch(1, 1)
        options = QHBoxLayout()
        options.addWidget(self.attention_check)
        options.addStretch(1)
        options.addWidget(self.accept_vin_check)
        work = QHBoxLayout()
        work.addWidget(self.progress, 1)
        work.addStretch(0)  # keeps the button at its size while the progress bar is hidden
        work.addWidget(self.stop_button)
        work.addWidget(self.apply_button)
        after = QHBoxLayout()
        after.addWidget(self.result_label, 1)
        for w in (self.save_report_button, self.open_report_button, self.close_button):
            after.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.counts)
        layout.addLayout(options)
        layout.addWidget(self.table, 1)
        layout.addLayout(work)
        layout.addLayout(after)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import customers and cars"))
        self.file_label.setText(self.tr("&File:"))
        self.file_label.setBuddy(self.choose_button)
        self.file_edit.setPlaceholderText(self.tr("A CSV or Excel (.xlsx) file, one row per car"))
        self.file_edit.setAccessibleName(self.tr("File to import"))
        self.choose_button.setText(self.tr("&Choose…"))
        self.sheet_label.setText(self.tr("&Sheet:"))
        self.sheet_label.setBuddy(self.sheet_combo)
        self.sheet_combo.setAccessibleName(self.tr("Sheet"))
        self.table.setAccessibleName(self.tr("Rows of the file"))
        self.attention_check.setText(self.tr("Show only rows that need attention"))
        self.accept_vin_check.setText(self.tr("Accept VIN flags (import such VINs as read)"))
        self.accept_vin_check.setToolTip(self.tr(
            "A VIN whose check digit does not match is often a misread character; imported "
            "cars often have no check digit. Tick only if the VINs were copied from the cars."))
        self.stop_button.setText(self.tr("S&top"))
        self.apply_button.setText(self.tr("&Import good rows"))
        self.save_report_button.setText(self.tr("Save &report of refused rows…"))
        self.open_report_button.setText(self.tr("&Open report"))
        self.close_button.setText(self.tr("C&lose"))
        self.model.retranslate()
        self._show_counts()
        self._show_result()

    # What the dialog shows

    def _busy(self) -> bool:
        return self.job is not None

    def _may_import(self) -> bool:
        return self.context.actor is not None and self.context.actor.may(
            Permission.IMPORT_RECORDS)

    def _refused_now(self) -> int:
        if self.result is not None:
            return len(self.result.refused)
        if self.preview is not None:
            return len(self.preview.refused_rows(self.accept_vin_check.isChecked()))
        return 0

    def _update(self) -> None:
        busy = self._busy()
        accept = self.accept_vin_check.isChecked()
        ready = self.preview is not None and self.result is None
        self.choose_button.setEnabled(not busy)
        self.sheet_combo.setEnabled(not busy)
        self.sheet_label.setVisible(self.sheet_combo.count() > 0)
        self.sheet_combo.setVisible(self.sheet_combo.count() > 0)
        self.accept_vin_check.setEnabled(ready and not busy)
        self.apply_button.setEnabled(
            ready and not busy and self._may_import()
            and self.preview.importable(accept) > 0)  # type: ignore[union-attr]
        self.apply_button.setToolTip(
            "" if self._may_import() else self.tr("Importing needs a manager or an administrator."))
        self.progress.setVisible(busy)
        self.stop_button.setVisible(busy)
        self.save_report_button.setEnabled(not busy and self._refused_now() > 0)
        self.open_report_button.setVisible(self.report_path is not None)
        self._show_counts()

    def _show_counts(self) -> None:
        if self.preview is None:
            self.counts.setText("")
            return
        n = self.preview.counts()
        accept = self.accept_vin_check.isChecked()
        text = self.tr(
            "{total} rows: {ok} good, {flag} with a VIN flag, {on_file} already on file, "
            "{repeated} repeated in the file, {problem} with problems. {going} rows will go in."
        ).format(total=len(self.preview.rows), ok=n[RowStatus.OK], flag=n[RowStatus.VIN_FLAG],
                 on_file=n[RowStatus.ON_FILE], repeated=n[RowStatus.DUPLICATE],
                 problem=n[RowStatus.PROBLEM], going=self.preview.importable(accept))
        if self.preview.ignored_headers:
            text += " " + self.tr("Columns not imported: {columns}.").format(
                columns=", ".join(self.preview.ignored_headers))
        self.counts.setText(text)

    def _show_result(self) -> None:
        r = self.result
        if r is None:
            self.result_label.setText("")
            return
        text = self.tr(
            "Imported {customers} customers and {cars} cars. Skipped {on_file} rows already "
            "on file and {repeated} repeated rows. Refused {refused} rows."
        ).format(customers=r.customers_created, cars=r.cars_created, on_file=r.skipped_on_file,
                 repeated=r.skipped_in_file, refused=len(r.refused))
        if r.cancelled:
            text += " " + self.tr(
                "Stopped before the last {n} rows; import the file again to bring them in "
                "(what went in is skipped).").format(n=r.not_reached)
        if self.report_path is not None:
            text += " " + self.tr("Report saved to {path}.").format(path=self.report_path)
        self.result_label.setText(text)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setAccessibleName(text)
        self.error.setVisible(bool(text))

    # Choosing and previewing

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the file to import"), self.file_edit.text(),
            self.tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"))
        if path:
            self.set_file(Path(path))

    def set_file(self, path: Path | str) -> None:
        """Preview `path` (its first sheet for an Excel file)."""
        path = Path(path)
        self.file_edit.setText(str(path))
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        with contextlib.suppress(InputError):  # the preview says what is wrong with the file
            self.sheet_combo.addItems(importing.sheet_names(path))
        self.sheet_combo.blockSignals(False)
        self.start_preview()

    def _sheet_chosen(self, _name: str) -> None:
        if self.file_edit.text() and not self._busy():
            self.start_preview()

    def start_preview(self) -> None:
        path = Path(self.file_edit.text())
        sheet = self.sheet_combo.currentText() or None

        def work(progress: importing.Progress) -> ImportPreview:
            with self.context.read() as session:
                return importing.preview(session, path, sheet=sheet, progress=progress)

        self.preview = self.result = None
        self.report_path = None
        self.model.set_preview(None)
        self._show_result()
        self._run(work, self._preview_done)

    def _preview_done(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.model.set_preview(preview)
        self.table.resizeColumnsToContents()
        reason = ImportRowsModel.REASON  # long reasons are read in full in the tooltip
        self.table.setColumnWidth(reason, min(self.table.columnWidth(reason), REASON_WIDTH))
        self._update()
        self.preview_ready.emit(preview)

    # Importing and the report

    def import_good_rows(self) -> None:
        if self.preview is None or self._busy():
            return
        preview, accept = self.preview, self.accept_vin_check.isChecked()
        actor = self.context.user

        def work(progress: importing.Progress) -> ImportResult:
            return importing.apply_in_chunks(self.context.db, actor, preview,
                                             accept_vin_flags=accept, progress=progress)

        self._run(work, self._import_done)

    def _import_done(self, result: ImportResult) -> None:
        self.result = result
        self._show_result()
        self._update()
        self.records_imported.emit(result)

    def choose_report_path(self) -> None:
        source = self.result.file if self.result else self.file_edit.text()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the refused rows"), str(importing.default_report_path(source)),
            self.tr("CSV files (*.csv)"))
        if path:
            self.save_report(Path(path))

    def save_report(self, path: Path) -> None:
        """Write the refused rows (of the import, else of the preview) with the reasons."""
        source: ImportPreview | ImportResult | None = self.result or self.preview
        if source is None:
            return
        try:
            importing.write_report(source, path, accept_vin_flags=self.accept_vin_check.isChecked(),
                                   describe=error_text)
        except OSError as e:
            self._show_error(self.tr("The report could not be written: {error}").format(
                error=e.strerror or e))
            return
        self.report_path = path
        self._show_error("")
        self._show_result()
        self._update()

    def open_report(self) -> None:
        if self.report_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.report_path)))

    # Work off the UI thread

    def _run(self, work: Callable[[importing.Progress], Any], done: Callable[[Any], None]) -> None:
        self._show_error("")
        self.progress.setRange(0, 0)  # busy until the first report of progress
        job = self.job = ImportJob(work, done, self)
        job.progressed.connect(self._progressed)
        job.finished.connect(self._job_finished)
        self._update()
        job.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _job_finished(self) -> None:
        job, self.job = self.job, None
        if job is None:  # the dialog was closed meanwhile
            return
        job.deleteLater()
        if job.error is not None:
            self._failed(job.error)
        else:
            job.done(job.outcome)
        self._update()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, InputError):
            text = error_text(error)
        elif isinstance(error, NotAllowed):
            text = self.tr("Your role may not import records; ask a manager.")
        elif isinstance(error, ImportCancelled):
            text = self.tr("Stopped; nothing was imported.")
        else:
            text = self.tr("The work stopped with an error: {error}").format(error=error)
        self._show_error(text)
        self.work_failed.emit(text)

    def stop(self) -> None:
        if self.job is not None:
            self.job.stop_requested.set()

    def done(self, result: int) -> None:
        job, self.job = self.job, None
        if job is not None:  # never leave a thread running behind a closed dialog
            job.stop_requested.set()
            job.wait()
            job.deleteLater()
        super().done(result)
