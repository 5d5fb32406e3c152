"""What the file imports share: choose a file and sheet, preview it off the UI thread, import.

`PreviewImportDialog` owns the file row, the error and count labels, the preview table, the
progress bar, the Import and Close buttons, the background `ImportJob` and the state of the
buttons; a subclass (`ImportDialog` in `ui.import_dialog`, `PartsImportDialog` in
`ui.dialogs.catalog_import_dialog`) says what its preview and its import are, how its counts
and its result read, and adds its own options. `PreviewRowsModel` is the table both share.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from PySide6.QtCore import QAbstractItemModel, QObject, Qt, QThread, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QDialog,
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
from app.services import importing
from ui.i18n import Retranslating, app_text, error_text
from ui.models.table import RowsModel
from ui.widgets import file_dialogs
from ui.widgets.field_error import ERROR_STYLE
from ui.widgets.why_not import allow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

REASON_WIDTH = 420  # pixels: the file's own columns stay in sight

Row = TypeVar("Row")
Work = Callable[[importing.Progress], Any]


class ImportJob(QThread):
    """Runs one service call off the UI thread; `progress` returns False once Stop is pressed.

    The outcome (or the exception) is read on the UI thread after `finished`.
    """

    progressed = Signal(int, int)

    def __init__(self, work: Work, done: Callable[[Any], None], parent: QObject) -> None:
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
            if not isinstance(e, InputError | importing.ImportCancelled):  # not a refusal: a fault
                logging.getLogger("garagedesk.ui").exception("import work failed")
            self.error = e


class PreviewRowsModel(RowsModel[Row]):
    """Line, status and a note on the row, then the file's own columns as read.

    Subclasses give `colours` and `status_names` (by status), the note's header and the note.
    """

    LINE, STATUS, NOTE = range(3)
    colours: ClassVar[dict[str, QColor]] = {}
    status_names: ClassVar[dict[str, str]] = {}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.file_headers: tuple[str, ...] = ()

    def note_header(self) -> str:
        raise NotImplementedError

    def note(self, row: Any) -> str:
        raise NotImplementedError

    def set_preview(self, preview: Any) -> None:
        self.beginResetModel()  # the columns change with the file
        self.file_headers = preview.headers if preview else ()
        self._rows = list(preview.rows) if preview else []
        self.endResetModel()

    def headers(self) -> list[str]:
        return [self.tr("Line"), self.tr("Status"), self.note_header(), *self.file_headers]

    def cell(self, row: Any, column: int) -> str:
        if column == self.LINE:
            return str(row.line)
        if column == self.STATUS:
            return app_text("ImportStatus", self.status_names[row.status])
        if column == self.NOTE:
            return self.note(row)
        return row.cells[column - 3]

    def cell_role(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(self.colours[row.status])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1a1a1a"))  # readable on the light status colours
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NOTE:
            return self.note(row) or None
        if role == Qt.ItemDataRole.UserRole:
            return row.status
        return None


class PreviewImportDialog(Retranslating, QDialog):
    """Choose a file, see what each row would do, import; the steps both imports share.

    A subclass sets `name_prefix` (the objectNames are `{name_prefix}_dialog`, `_file`,
    `_choose`, `_sheet`, `_counts`, `_error`, `_table`, `_progress`, `_apply`, `_result`,
    `_close`), `model_class` and `start_size`, declares its own "imported" signal, and gives the
    hooks below: `_read_preview` and `_import_work` (the work, run off the UI thread),
    `_imported`, `_may_apply`, `_show_counts`, `_show_result`, `_choose_file_texts` and
    `_failure_text`; `_build_options`, `_lay_out_options` and `_update_options` for its own
    widgets.
    """

    preview_ready = Signal(object)  # the preview
    work_failed = Signal(str)  # the message shown

    name_prefix = ""
    model_class: type[PreviewRowsModel[Any]] = PreviewRowsModel
    start_size = (960, 600)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{self.name_prefix}_dialog")
        self.context = context
        self.preview: Any = None
        self.result: Any = None
        self.job: ImportJob | None = None
        self._build()
        self.resize(*self.start_size)
        self.retranslate()
        self._update()

    # What a subclass provides

    def _read_preview(self, session: Session, path: Path, sheet: str | None,
                      progress: importing.Progress) -> Any:
        """The preview of `path` (runs off the UI thread)."""
        raise NotImplementedError

    def _import_work(self, preview: Any) -> Work:
        """The import of `preview` with the options as set now, to run off the UI thread."""
        raise NotImplementedError

    def _imported(self, result: Any) -> None:
        """Tell the world (emit the subclass's signal)."""
        raise NotImplementedError

    def _may_apply(self) -> bool:
        """Whether the preview may be imported (asked only while one is ready and nothing runs)."""
        raise NotImplementedError

    def _show_counts(self) -> None:
        raise NotImplementedError

    def _show_result(self) -> None:
        raise NotImplementedError

    def _choose_file_texts(self) -> tuple[str, str, str]:
        """Caption, starting folder and filter of the file chooser."""
        raise NotImplementedError

    def _failure_text(self, error: Exception) -> str | None:
        """What to say about `error` (other than an InputError); None: a plain error."""
        return None

    def _build_options(self) -> None:
        """Make the subclass's own widgets (tab reaches them after the table)."""

    def _lay_out_options(self, layout: QBoxLayout, work: QBoxLayout, after: QBoxLayout) -> None:
        """Place the own widgets: in the dialog, the progress row and the result row."""

    def _update_options(self) -> None:
        """Enable and show the own widgets for the state now."""

    def _apply_why_not(self, busy: bool) -> str | None:
        if busy:
            return self.tr("Wait until the work under way is done.")
        if not self._ready():
            return self.tr("Choose a spreadsheet first.")
        return None if self._may_apply() else self._apply_refused()

    def _apply_refused(self) -> str:
        return self.tr("Nothing here can be imported as it stands; the table says why.")

    # The widgets

    def _widget(self, widget: QWidget, name: str) -> Any:
        widget.setObjectName(f"{self.name_prefix}_{name}")
        return widget

    def _build(self) -> None:
        self.file_label = QLabel(self)
        self.file_edit = self._widget(QLineEdit(self), "file")
        self.file_edit.setReadOnly(True)
        self.choose_button = self._widget(QPushButton(self), "choose")
        self.choose_button.clicked.connect(self.choose_file)
        self.sheet_label = QLabel(self)
        self.sheet_combo = self._widget(QComboBox(self), "sheet")
        self.sheet_combo.currentTextChanged.connect(self._sheet_chosen)
        self.counts = self._widget(QLabel(self), "counts")
        self.counts.setWordWrap(True)
        self.error = self._widget(QLabel(self), "error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.model = self.model_class(self)
        self.table = self._widget(QTableView(self), "table")
        self.table.setModel(self._make_table_model())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self._build_options()
        self.progress = self._widget(QProgressBar(self), "progress")
        self.apply_button = self._widget(QPushButton(self), "apply")
        self.apply_button.clicked.connect(self.import_rows)
        self.result_label = self._widget(QLabel(self), "result")
        self.result_label.setWordWrap(True)
        self.close_button = self._widget(QPushButton(self), "close")
        self.close_button.clicked.connect(self.reject)
        self._lay_out()

    def _make_table_model(self) -> QAbstractItemModel:
        """What the table shows: the rows model, or a filter made over it."""
        return self.model

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        for w in (self.file_label, self.file_edit, self.choose_button, self.sheet_label,
                  self.sheet_combo):
            top.addWidget(w)
        top.setStretch(1, 1)
        work = QHBoxLayout()
        work.addWidget(self.progress, 1)
        work.addStretch(0)  # keeps the buttons at their size while the progress bar is hidden
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
        self._lay_out_options(layout, work, after)

    def retranslate(self) -> None:
        """The texts both imports share; a subclass sets its own after these."""
        self.file_label.setText(self.tr("&File:"))
        self.file_label.setBuddy(self.choose_button)
        self.file_edit.setAccessibleName(self.tr("File to import"))
        self.choose_button.setText(self.tr("&Choose…"))
        self.sheet_label.setText(self.tr("&Sheet:"))
        self.sheet_label.setBuddy(self.sheet_combo)
        self.sheet_combo.setAccessibleName(self.tr("Sheet"))
        self.table.setAccessibleName(self.tr("Rows of the file"))
        self.model.retranslate()
        self._show_counts()
        self._show_result()

    # What the dialog shows

    def _busy(self) -> bool:
        return self.job is not None

    def _ready(self) -> bool:
        """A preview is shown that has not been imported yet."""
        return self.preview is not None and self.result is None

    def _update(self) -> None:
        busy = self._busy()
        self.choose_button.setEnabled(not busy)
        self.sheet_combo.setEnabled(not busy)
        self.sheet_label.setVisible(self.sheet_combo.count() > 0)
        self.sheet_combo.setVisible(self.sheet_combo.count() > 0)
        allow(self.apply_button, self._apply_why_not(busy))
        self.progress.setVisible(busy)
        self._update_options()
        self._show_counts()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setAccessibleName(text)
        self.error.setVisible(bool(text))

    # Choosing and previewing

    def choose_file(self) -> None:
        caption, folder, filters = self._choose_file_texts()
        path = file_dialogs.open_file_name(self, caption, folder, filters)
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

        def work(progress: importing.Progress) -> Any:
            with self.context.read() as session:
                return self._read_preview(session, path, sheet, progress)

        self.preview = self.result = None
        self.model.set_preview(None)
        self._show_result()
        self._run(work, self._preview_done)

    def _preview_done(self, preview: Any) -> None:
        self.preview = preview
        self.model.set_preview(preview)
        self.table.resizeColumnsToContents()
        note = self.model.NOTE  # long notes are read in full in the tooltip
        self.table.setColumnWidth(note, min(self.table.columnWidth(note), REASON_WIDTH))
        self._update()
        self.preview_ready.emit(preview)

    # Importing

    def import_rows(self) -> None:
        if self.preview is None or self._busy():
            return
        self._run(self._import_work(self.preview), self._import_done)

    def _import_done(self, result: Any) -> None:
        self.result = result
        self._show_result()
        self._update()
        self._imported(result)

    # Work off the UI thread

    def _run(self, work: Work, done: Callable[[Any], None]) -> None:
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
        else:
            text = self._failure_text(error) or self.tr(
                "The work stopped with an error: {error}").format(error=error)
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
