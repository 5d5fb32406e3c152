"""Bringing a parts list in from CSV or Excel: choose the file, see each row, import.

Every row shows what importing it does (new part, update, no change, or the problem); nothing
is imported while a row has a problem unless "Import good rows only" is ticked. Reading and
importing run off the UI thread (`ui.import_dialog.ImportJob`); the decisions are
`app.services.parts_import`'s.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
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
from app.domain.permissions import NotAllowed
from app.services import importing, parts_import
from app.services.parts_import import PartRow, PartRowStatus, PartsImportResult, PartsPreview
from ui.i18n import Retranslating, app_text, error_text
from ui.import_dialog import REASON_WIDTH, ImportJob
from ui.models.table import RowsModel
from ui.widgets.field_error import ERROR_STYLE

STATUS_COLOURS = {
    PartRowStatus.NEW: QColor("#e8f5e9"),
    PartRowStatus.UPDATE: QColor("#e3f2fd"),
    PartRowStatus.UNCHANGED: QColor("#eceff1"),
    PartRowStatus.PROBLEM: QColor("#ffebee"),
}


class PartsImportModel(RowsModel[PartRow]):
    """Line, status, the problem (or what an update changes), then the file's own columns."""

    LINE, STATUS, NOTE = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.file_headers: tuple[str, ...] = ()

    def set_preview(self, preview: PartsPreview | None) -> None:
        self.beginResetModel()  # the columns change with the file
        self.file_headers = preview.headers if preview else ()
        self._rows = list(preview.rows) if preview else []
        self.endResetModel()

    def headers(self) -> list[str]:
        return [self.tr("Line"), self.tr("Status"), self.tr("Problem or change"),
                *self.file_headers]

    def note(self, row: PartRow) -> str:
        if row.reasons:
            return row.reason_text(error_text)
        names = {"name": self.tr("name"), "brand": self.tr("brand"), "unit": self.tr("unit"),
                 "price_fen": self.tr("price"), "cost_fen": self.tr("cost"),
                 "stock_milli": self.tr("stock"), "source": self.tr("source"),
                 "warranty_months": self.tr("warranty"), "warranty_km": self.tr("warranty")}
        changed = list(dict.fromkeys(names.get(c, c) for c in row.changes))
        return self.tr("Changes: {fields}").format(fields=", ".join(changed)) if changed else ""

    def cell(self, row: PartRow, column: int) -> str:
        if column == self.LINE:
            return str(row.line)
        if column == self.STATUS:
            return app_text("ImportStatus", parts_import.STATUS_NAMES[row.status])
        if column == self.NOTE:
            return self.note(row)
        return row.cells[column - 3]

    def cell_role(self, row: PartRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(STATUS_COLOURS[row.status])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1a1a1a"))  # readable on the light status colours
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NOTE:
            return self.note(row) or None
        if role == Qt.ItemDataRole.UserRole:
            return row.status
        return None


class PartsImportDialog(Retranslating, QDialog):
    preview_ready = Signal(object)  # PartsPreview
    parts_imported = Signal(object)  # PartsImportResult
    work_failed = Signal(str)  # the message shown

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parts_import_dialog")
        self.context = context
        self.preview: PartsPreview | None = None
        self.result: PartsImportResult | None = None
        self.job: ImportJob | None = None
        self._build()
        self.resize(960, 600)
        self.retranslate()
        self._update()

    def _widget(self, widget: QWidget, name: str) -> Any:
        widget.setObjectName(name)
        return widget

    def _build(self) -> None:
        self.file_label = QLabel(self)
        self.file_edit = self._widget(QLineEdit(self), "parts_import_file")
        self.file_edit.setReadOnly(True)
        self.choose_button = self._widget(QPushButton(self), "parts_import_choose")
        self.choose_button.clicked.connect(self.choose_file)
        self.sheet_label = QLabel(self)
        self.sheet_combo = self._widget(QComboBox(self), "parts_import_sheet")
        self.sheet_combo.currentTextChanged.connect(self._sheet_chosen)
        self.error = self._widget(QLabel(self), "parts_import_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.counts = self._widget(QLabel(self), "parts_import_counts")
        self.counts.setWordWrap(True)
        self.model = PartsImportModel(self)
        self.table = self._widget(QTableView(self), "parts_import_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.only_good = self._widget(QCheckBox(self), "parts_import_only_good")
        self.only_good.toggled.connect(lambda _on: self._update())
        self.progress = self._widget(QProgressBar(self), "parts_import_progress")
        self.apply_button = self._widget(QPushButton(self), "parts_import_apply")
        self.apply_button.clicked.connect(self.import_rows)
        self.result_label = self._widget(QLabel(self), "parts_import_result")
        self.result_label.setWordWrap(True)
        self.close_button = self._widget(QPushButton(self), "parts_import_close")
        self.close_button.clicked.connect(self.reject)
        top = QHBoxLayout()
        for w in (self.file_label, self.file_edit, self.choose_button, self.sheet_label,
                  self.sheet_combo):
            top.addWidget(w)
        top.setStretch(1, 1)
        work = QHBoxLayout()
        work.addWidget(self.only_good)
        work.addWidget(self.progress, 1)
        work.addStretch(0)
        work.addWidget(self.apply_button)
        after = QHBoxLayout()
        after.addWidget(self.result_label, 1)
        after.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addLayout(work)
        layout.addLayout(after)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a parts list"))
        self.file_label.setText(self.tr("&File:"))
        self.file_label.setBuddy(self.choose_button)
        self.file_edit.setPlaceholderText(self.tr(
            "A CSV or Excel (.xlsx) file with columns such as 编码, 名称, 品牌, 单位, 售价, 库存"))
        self.file_edit.setAccessibleName(self.tr("File to import"))
        self.choose_button.setText(self.tr("&Choose…"))
        self.sheet_label.setText(self.tr("&Sheet:"))
        self.sheet_label.setBuddy(self.sheet_combo)
        self.sheet_combo.setAccessibleName(self.tr("Sheet"))
        self.table.setAccessibleName(self.tr("Rows of the file"))
        self.only_good.setText(self.tr("Import &good rows only"))
        self.only_good.setAccessibleName(self.only_good.text().replace("&", ""))
        self.apply_button.setText(self.tr("&Import"))
        self.close_button.setText(self.tr("Close"))
        self.model.retranslate()
        self._show_counts()
        self._show_result()

    # What the dialog shows

    def _busy(self) -> bool:
        return self.job is not None

    def _update(self) -> None:
        busy, preview = self._busy(), self.preview
        problems = bool(preview and preview.refused_rows())
        ready = (preview is not None and self.result is None and preview.importable() > 0
                 and (not problems or self.only_good.isChecked()))
        self.apply_button.setEnabled(ready and not busy)
        self.only_good.setEnabled(problems and self.result is None and not busy)
        self.choose_button.setEnabled(not busy)
        self.sheet_combo.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.sheet_label.setVisible(self.sheet_combo.count() > 0)
        self.sheet_combo.setVisible(self.sheet_combo.count() > 0)
        self._show_counts()

    def _show_counts(self) -> None:
        if self.preview is None:
            self.counts.setText("")
            return
        c = self.preview.counts()
        text = self.tr("{rows} rows: {new} new parts, {update} updates, {same} without change, "
                       "{problem} with problems.").format(
            rows=len(self.preview.rows), new=c[PartRowStatus.NEW],
            update=c[PartRowStatus.UPDATE], same=c[PartRowStatus.UNCHANGED],
            problem=c[PartRowStatus.PROBLEM])
        if c[PartRowStatus.PROBLEM] and not self.only_good.isChecked():
            text += " " + self.tr("Nothing is imported while rows have problems: correct the "
                                  "file and choose it again, or tick “Import good rows only”.")
        else:
            text += " " + self.tr("{n} rows will go in.").format(n=self.preview.importable())
        self.counts.setText(text)

    def _show_result(self) -> None:
        r = self.result
        self.result_label.setText("" if r is None else self.tr(
            "Added {added} parts, updated {updated}; {unchanged} without change; refused {refused} "
            "rows.").format(added=r.added, updated=r.updated, unchanged=r.unchanged,
                            refused=len(r.refused)))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # Choosing and reading the file

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a parts list"), str(Path.home()),
            self.tr("Parts lists (*.csv *.xlsx *.txt);;All files (*)"))
        if path:
            self.set_file(Path(path))

    def set_file(self, path: Path) -> None:
        """Read `path` (its first sheet) and show the preview."""
        self.file_edit.setText(str(path))
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        try:
            self.sheet_combo.addItems(importing.sheet_names(path))
        except InputError as e:
            self._show_error(error_text(e))
            self.sheet_combo.blockSignals(False)
            return
        self.sheet_combo.blockSignals(False)
        self._start_preview()

    def _sheet_chosen(self, _sheet: str) -> None:
        if self.file_edit.text() and not self._busy():
            self._start_preview()

    def _start_preview(self) -> None:
        path = Path(self.file_edit.text())
        sheet = self.sheet_combo.currentText() or None

        def work(progress: importing.Progress) -> PartsPreview:
            with self.context.read() as session:
                return parts_import.preview(session, path, sheet, progress)

        self.preview = self.result = None
        self.model.set_preview(None)
        self._show_result()
        self._run(work, self._preview_done)

    def _preview_done(self, preview: PartsPreview) -> None:
        self.preview = preview
        self.model.set_preview(preview)
        self.table.resizeColumnsToContents()
        note = PartsImportModel.NOTE  # long reasons are read in full in the tooltip
        self.table.setColumnWidth(note, min(self.table.columnWidth(note), REASON_WIDTH))
        self._update()
        self.preview_ready.emit(preview)

    # Importing

    def import_rows(self) -> None:
        if self.preview is None or self._busy():
            return
        preview, only_good, actor = self.preview, self.only_good.isChecked(), self.context.user

        def work(progress: importing.Progress) -> PartsImportResult:
            with self.context.write() as session:
                return parts_import.apply(session, actor, preview, only_good, progress)

        self._run(work, self._import_done)

    def _import_done(self, result: PartsImportResult) -> None:
        self.result = result
        self._show_result()
        self._update()
        self.parts_imported.emit(result)

    # Work off the UI thread

    def _run(self, work: Callable[[importing.Progress], Any], done: Callable[[Any], None]) -> None:
        self._show_error("")
        self.progress.setRange(0, 0)
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
            text = self.tr("Your role may not change the catalog; ask a manager.")
        elif isinstance(error, importing.ImportRefused):
            text = self.tr("{n} rows have problems; nothing was imported.").format(
                n=error.refused)
        else:
            text = self.tr("The work stopped with an error: {error}").format(error=error)
        self._show_error(text)
        self.work_failed.emit(text)

    def done(self, result: int) -> None:
        job, self.job = self.job, None
        if job is not None:  # never leave a thread running behind a closed dialog
            job.stop_requested.set()
            job.wait()
            job.deleteLater()
        super().done(result)
