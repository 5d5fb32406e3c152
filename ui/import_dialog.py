"""Bringing a shop's customers and cars in from CSV or Excel: choose, preview, import, report.

The preview and the import run off the UI thread (a 10,000-row file takes tens of seconds to
import), with a progress bar and a Stop button (`ui.dialogs.import_base`); the dialog only
shows what `app.services.importing` decides.

A row with the phone of an earlier row (or of a customer on file) under another name is for
the user to review: the review box under the table shows it beside that row, the cells that
differ marked, and the user attaches its car to that customer or skips the row (it comes back
in the report of refused rows).
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
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.permissions import NotAllowed, Permission
from app.domain.phone import normalize_phone
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
    RowStatus.REVIEW: QColor("#e3f2fd"),
}
DIFFERS = QColor("#ffe082")  # a cell of the review row that differs from the first row's
REVIEW_ROWS_HEIGHT = 100  # pixels: the two rows side by side and their header


class ImportRowsModel(PreviewRowsModel[ImportRow]):
    """The preview: line, status and reason, then the file's own columns as read."""

    colours: ClassVar[dict[str, QColor]] = STATUS_COLOURS
    status_names: ClassVar[dict[str, str]] = STATUS_NAMES

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.decisions: dict[int, bool] = {}  # review row's line -> attach (True) or skip

    def cell(self, row: ImportRow, column: int) -> str:
        if column == self.STATUS and row.status == RowStatus.REVIEW and (
                row.line in self.decisions):
            return self.tr("Attach") if self.decisions[row.line] else self.tr("Skip")
        return super().cell(row, column)

    def row_changed(self, line: int) -> None:
        for i, row in enumerate(self._rows):
            if row.line == line:
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))

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
        return status in (RowStatus.PROBLEM, RowStatus.VIN_FLAG, RowStatus.REVIEW)


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
        self._build_review()

    def _build_review(self) -> None:
        self.review_box = self._widget(QGroupBox(self), "review")
        self.review_text = self._widget(QLabel(self.review_box), "review_text")
        self.review_text.setWordWrap(True)
        self.review_table = self._widget(QTableWidget(self.review_box), "review_table")
        self.review_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.review_table.verticalHeader().hide()
        self.review_table.setFixedHeight(REVIEW_ROWS_HEIGHT)
        self.review_attach_button = self._widget(QPushButton(self.review_box), "review_attach")
        self.review_attach_button.clicked.connect(lambda: self.decide(True))
        self.review_skip_button = self._widget(QPushButton(self.review_box), "review_skip")
        self.review_skip_button.clicked.connect(lambda: self.decide(False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.review_text, 1)
        buttons.addWidget(self.review_attach_button)
        buttons.addWidget(self.review_skip_button)
        box = QVBoxLayout(self.review_box)
        box.addLayout(buttons)
        box.addWidget(self.review_table)
        self.review_box.hide()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_review())

    def _lay_out_options(self, layout: QBoxLayout, work: QBoxLayout, after: QBoxLayout) -> None:
        options = QHBoxLayout()
        options.addWidget(self.attention_check)
        options.addStretch(1)
        options.addWidget(self.accept_vin_check)
        layout.insertLayout(layout.indexOf(self.table), options)
        layout.insertWidget(layout.indexOf(self.table) + 1, self.review_box)
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
        self.review_box.setTitle(self.tr("Same phone, another name"))
        self.review_table.setAccessibleName(self.tr("The row and the row it would join"))
        self.review_skip_button.setText(self.tr("S&kip row"))
        self.review_skip_button.setToolTip(self.tr(
            "The row is not imported; it comes back in the report of refused rows."))
        self._show_review()

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
            self.accept_vin_check.isChecked(), self.attach_lines()) > 0

    def _refused_now(self) -> int:
        if self.result is not None:
            return len(self.result.refused)
        if self.preview is not None:
            return len(self.preview.refused_rows(self.accept_vin_check.isChecked(),
                                                 self.attach_lines()))
        return 0

    # Rows for review: attach or skip

    def attach_lines(self) -> set[int]:
        """The lines of the review rows the user chose to attach."""
        return {line for line, attach in self.model.decisions.items() if attach}

    def current_row(self) -> ImportRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.filter.mapToSource(index))

    def _reviewing(self) -> ImportRow | None:
        row = self.current_row()
        return row if row is not None and row.status == RowStatus.REVIEW else None

    def decide(self, attach: bool) -> None:
        """Attach the car of the review row shown to the other customer, or skip the row;
        then on to the next row still to review."""
        row = self._reviewing()
        if row is None or not self._ready() or self._busy():
            return
        self.model.decisions[row.line] = attach
        self.model.row_changed(row.line)
        self._select_review(after=row.line)
        self._update()

    def _select_review(self, after: int = 0) -> None:
        """Select the next row still to review after `after` (else stay where it is)."""
        rows = self.preview.review_rows() if self.preview is not None else []
        undecided = [r for r in rows if r.line not in self.model.decisions]
        target = next((r for r in undecided if r.line > after), undecided[0] if undecided
                      else None)
        if target is None:
            self._show_review()
            return
        source = self.model.rows().index(target)
        index = self.filter.mapFromSource(self.model.index(source, 0))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        self._show_review()

    def _show_review(self) -> None:
        row = self._reviewing()
        shown = row is not None and self.preview is not None and self.result is None
        self.review_box.setVisible(shown)
        if not shown:
            return
        assert row is not None and self.preview is not None
        first = self.preview.row_at(row.review_of) if row.review_of is not None else None
        name = row.review_name
        if first is not None:
            self.review_text.setText(self.tr(
                "Line {line} gives the phone of line {first} under another name; one phone is "
                "one customer. Attach the car of line {line} to {name}, or skip the row."
            ).format(line=row.line, first=first.line, name=name))
        else:
            self.review_text.setText(self.tr(
                "The phone of line {line} is on file for {name}; one phone is one customer. "
                "Attach the car of line {line} to {name}, or skip the row.").format(
                    line=row.line, name=name))
        self.review_attach_button.setText(self.tr("&Attach car to {name}").format(name=name))
        enabled = self._ready() and not self._busy()
        self.review_attach_button.setEnabled(enabled)
        self.review_skip_button.setEnabled(enabled)
        self._fill_review_table(row, first)

    def _fill_review_table(self, row: ImportRow, first: ImportRow | None) -> None:
        assert self.preview is not None
        columns = self.preview.columns
        phones = set(columns.get("phone", ()))
        if first is not None:
            left_line, left = str(first.line), list(first.cells)
        else:  # the customer on file: its name; the phone is the same
            left_line, left = self.tr("On file"), [""] * len(row.cells)
            for i in columns.get("name", ()):
                left[i] = row.review_name
            for i in phones:
                left[i] = row.cells[i]
        table = self.review_table
        table.clear()
        table.setColumnCount(1 + len(row.cells))
        table.setRowCount(2)
        table.setHorizontalHeaderLabels([self.tr("Line"), *self.preview.headers])
        for r, (line, cells) in enumerate(((left_line, left), (str(row.line), row.cells))):
            table.setItem(r, 0, QTableWidgetItem(line))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                other = (left if r else row.cells)[c]
                same = (normalize_phone(text) == normalize_phone(other)) if c in phones else (
                    text == other)
                if not same and (text or other):
                    item.setBackground(QBrush(DIFFERS))
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                    item.setToolTip(self.tr("Differs from the other row"))
                table.setItem(r, c + 1, item)
        table.resizeColumnsToContents()

    def _update_options(self) -> None:
        busy = self._busy()
        allow(self.accept_vin_check, None if self._ready() and not busy
              else self._apply_why_not(busy))
        self.stop_button.setVisible(busy)
        allow(self.save_report_button, self._apply_why_not(True) if busy
              else None if self._refused_now() > 0 else self.tr("No row is refused."))
        self.open_report_button.setVisible(self.report_path is not None)
        self._show_review()

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
                 problem=n[RowStatus.PROBLEM],
                 going=self.preview.importable(accept, self.attach_lines()))
        review = self.preview.review_rows()
        if review:
            attach = self.attach_lines()
            skip = sum(1 for r in review if self.model.decisions.get(r.line) is False)
            text += " " + self.tr(
                "{review} rows have the phone of an earlier row or of a customer on file under "
                "another name: {attach} to attach, {skip} to skip, {open} still to review "
                "(skipped and not reviewed rows are refused)."
            ).format(review=len(review), attach=sum(1 for r in review if r.line in attach),
                     skip=skip, open=len(review) - len(attach) - skip)
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
        if r.attached:
            text += " " + self.tr(
                "{n} cars were attached to the customer with the same phone.").format(
                    n=r.attached)
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
        self.model.decisions = {}
        super().start_preview()

    def _preview_done(self, preview: ImportPreview) -> None:
        super()._preview_done(preview)
        self._select_review()

    def _read_preview(self, session: Session, path: Path, sheet: str | None,
                      progress: importing.Progress) -> ImportPreview:
        return importing.preview(session, path, sheet=sheet, progress=progress)

    # Importing and the report

    def _import_work(self, preview: ImportPreview) -> Work:
        accept, actor, db = self.accept_vin_check.isChecked(), self.context.user, self.context.db
        attach = self.attach_lines()

        def work(progress: importing.Progress) -> ImportResult:
            return importing.apply_in_chunks(db, actor, preview, accept_vin_flags=accept,
                                             attach=attach, progress=progress)

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
                                   attach=self.attach_lines(), describe=error_text)
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
