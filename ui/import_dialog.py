"""Bringing a shop's customers and cars in from CSV or Excel: choose, preview, import, report.

The preview and the import run off the UI thread (a 10,000-row file takes tens of seconds to
import), with a progress bar and a Stop button (`ui.dialogs.import_base`); the dialog only
shows what `app.services.importing` decides.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

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
from ui.dialogs.import_base import PreviewImportDialog, PreviewRowsModel, Work
from ui.i18n import error_text
from ui.widgets import file_dialogs
from ui.widgets.why_not import allow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

STATUS_COLOURS = {
    RowStatus.OK: QColor("#e8f5e9"),
    RowStatus.VIN_FLAG: QColor("#fff8e1"),
    RowStatus.ON_FILE: QColor("#eceff1"),
    RowStatus.DUPLICATE: QColor("#eceff1"),
    RowStatus.PROBLEM: QColor("#ffebee"),
}


class ImportRowsModel(PreviewRowsModel[ImportRow]):
    """The preview: line, status and reason, then the file's own columns as read."""

    colours: ClassVar[dict[str, QColor]] = STATUS_COLOURS
    status_names: ClassVar[dict[str, str]] = STATUS_NAMES

    def note_header(self) -> str:
        return self.tr("Reason")

    def note(self, row: ImportRow) -> str:
        return row.reason_text(error_text)


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


class ImportDialog(PreviewImportDialog):
    """Choose a file, see what each row would do, bring the good rows in, keep the refusals."""

    records_imported = Signal(object)  # ImportResult

    name_prefix = "import"
    model_class = ImportRowsModel
    start_size = (980, 640)
    preview: ImportPreview | None
    result: ImportResult | None
    report_path: Path | None = None

    def _make_table_model(self) -> QAbstractItemModel:
        self.filter = NeedsAttentionFilter(self)
        self.filter.setSourceModel(self.model)
        return self.filter

    def _build_options(self) -> None:
        self.attention_check = self._widget(QCheckBox(self), "only_attention")
        self.attention_check.toggled.connect(self.filter.set_only_attention)
        self.accept_vin_check = self._widget(QCheckBox(self), "accept_vin")
        self.accept_vin_check.toggled.connect(lambda _on: self._update())
        self.stop_button = self._widget(QPushButton(self), "stop")
        self.stop_button.clicked.connect(self.stop)
        self.save_report_button = self._widget(QPushButton(self), "save_report")
        self.save_report_button.clicked.connect(self.choose_report_path)
        self.open_report_button = self._widget(QPushButton(self), "open_report")
        self.open_report_button.clicked.connect(self.open_report)

    def _lay_out_options(self, layout: QBoxLayout, work: QBoxLayout, after: QBoxLayout) -> None:
        options = QHBoxLayout()
        options.addWidget(self.attention_check)
        options.addStretch(1)
        options.addWidget(self.accept_vin_check)
        layout.insertLayout(layout.indexOf(self.table), options)
        work.insertWidget(work.indexOf(self.apply_button), self.stop_button)
        for w in (self.save_report_button, self.open_report_button):
            after.insertWidget(after.indexOf(self.close_button), w)
        QWidget.setTabOrder(self.stop_button, self.apply_button)  # then the report buttons

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Import customers and cars"))
        self.file_edit.setPlaceholderText(self.tr("A CSV or Excel (.xlsx) file, one row per car"))
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

    # What the dialog shows

    def _may_import(self) -> bool:
        return self.context.actor is not None and self.context.actor.may(
            Permission.IMPORT_RECORDS)

    def _apply_refused(self) -> str:
        if not self._may_import():
            return self.tr("Importing needs a manager or an administrator.")
        return super()._apply_refused()

    def _may_apply(self) -> bool:
        return self._may_import() and self.preview.importable(  # type: ignore[union-attr]
            self.accept_vin_check.isChecked()) > 0

    def _refused_now(self) -> int:
        if self.result is not None:
            return len(self.result.refused)
        if self.preview is not None:
            return len(self.preview.refused_rows(self.accept_vin_check.isChecked()))
        return 0

    def _update_options(self) -> None:
        busy = self._busy()
        allow(self.accept_vin_check, None if self._ready() and not busy
              else self._apply_why_not(busy))
        self.stop_button.setVisible(busy)
        allow(self.save_report_button, self._apply_why_not(True) if busy
              else None if self._refused_now() > 0 else self.tr("No row is refused."))
        self.open_report_button.setVisible(self.report_path is not None)

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

    # Choosing and previewing

    def _choose_file_texts(self) -> tuple[str, str, str]:
        return (self.tr("Choose the file to import"), self.file_edit.text(),
                self.tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"))

    def start_preview(self) -> None:
        self.report_path = None
        super().start_preview()

    def _read_preview(self, session: Session, path: Path, sheet: str | None,
                      progress: importing.Progress) -> ImportPreview:
        return importing.preview(session, path, sheet=sheet, progress=progress)

    # Importing and the report

    def _import_work(self, preview: ImportPreview) -> Work:
        accept, actor, db = self.accept_vin_check.isChecked(), self.context.user, self.context.db

        def work(progress: importing.Progress) -> ImportResult:
            return importing.apply_in_chunks(db, actor, preview, accept_vin_flags=accept,
                                             progress=progress)

        return work

    import_good_rows = PreviewImportDialog.import_rows

    def _imported(self, result: ImportResult) -> None:
        self.records_imported.emit(result)

    def choose_report_path(self) -> None:
        source = self.result.file if self.result else self.file_edit.text()
        path = file_dialogs.save_file_name(
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

    def _failure_text(self, error: Exception) -> str | None:
        if isinstance(error, NotAllowed):
            return self.tr("Your role may not import records; ask a manager.")
        if isinstance(error, ImportCancelled):
            return self.tr("Stopped; nothing was imported.")
        return None
