"""Bringing a parts list in from CSV or Excel: choose the file, see each row, import.

Every row shows what importing it does (new part, update, no change, or the problem); nothing
is imported while a row has a problem unless "Import good rows only" is ticked. Reading and
importing run off the UI thread (`ui.dialogs.import_base`); the decisions are
`app.services.parts_import`'s.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QBoxLayout, QCheckBox

from app.domain.permissions import NotAllowed
from app.services import importing, parts_import
from app.services.parts_import import PartRow, PartRowStatus, PartsImportResult, PartsPreview
from ui.dialogs.import_base import PreviewImportDialog, PreviewRowsModel, Work
from ui.i18n import error_text
from ui.widgets.why_not import allow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

STATUS_COLOURS = {
    PartRowStatus.NEW: QColor("#e8f5e9"),
    PartRowStatus.UPDATE: QColor("#e3f2fd"),
    PartRowStatus.UNCHANGED: QColor("#eceff1"),
    PartRowStatus.PROBLEM: QColor("#ffebee"),
}


class PartsImportModel(PreviewRowsModel[PartRow]):
    """Line, status, the problem (or what an update changes), then the file's own columns."""

    colours: ClassVar[dict[str, QColor]] = STATUS_COLOURS
    status_names: ClassVar[dict[str, str]] = parts_import.STATUS_NAMES

    def note_header(self) -> str:
        return self.tr("Problem or change")

    def note(self, row: PartRow) -> str:
        if row.reasons:
            return row.reason_text(error_text)
        names = {"name": self.tr("name"), "brand": self.tr("brand"), "unit": self.tr("unit"),
                 "price_fen": self.tr("price"), "cost_fen": self.tr("cost"),
                 "stock_milli": self.tr("stock"), "source": self.tr("source"),
                 "warranty_months": self.tr("warranty"), "warranty_km": self.tr("warranty")}
        changed = list(dict.fromkeys(names.get(c, c) for c in row.changes))
        return self.tr("Changes: {fields}").format(fields=", ".join(changed)) if changed else ""


class PartsImportDialog(PreviewImportDialog):
    """Choose a parts list, see what each row would do, bring the rows in."""

    parts_imported = Signal(object)  # PartsImportResult

    name_prefix = "parts_import"
    model_class = PartsImportModel
    start_size = (960, 600)
    preview: PartsPreview | None
    result: PartsImportResult | None

    def _build_options(self) -> None:
        self.only_good = self._widget(QCheckBox(self), "only_good")
        self.only_good.toggled.connect(lambda _on: self._update())

    def _lay_out_options(self, layout: QBoxLayout, work: QBoxLayout, after: QBoxLayout) -> None:
        work.insertWidget(0, self.only_good)  # before the progress bar

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Import a parts list"))
        self.file_edit.setPlaceholderText(self.tr(
            "A CSV or Excel (.xlsx) file with columns such as 编码, 名称, 品牌, 单位, 售价, 库存"))
        self.only_good.setText(self.tr("Import &good rows only"))
        self.only_good.setAccessibleName(self.only_good.text().replace("&", ""))
        self.apply_button.setText(self.tr("&Import"))
        self.close_button.setText(self.tr("Close"))

    # What the dialog shows

    def _problems(self) -> bool:
        return bool(self.preview and self.preview.refused_rows())

    def _may_apply(self) -> bool:
        return self.preview.importable() > 0 and (  # type: ignore[union-attr]
            not self._problems() or self.only_good.isChecked())

    def _update_options(self) -> None:
        allow(self.only_good, None if self._problems() and self.result is None
              and not self._busy() else self.tr("Needed only when some rows have a problem."))

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

    # Reading the file and importing

    def _choose_file_texts(self) -> tuple[str, str, str]:
        return (self.tr("Choose a parts list"), str(Path.home()),
                self.tr("Parts lists (*.csv *.xlsx *.txt);;All files (*)"))

    def _read_preview(self, session: Session, path: Path, sheet: str | None,
                      progress: importing.Progress) -> PartsPreview:
        return parts_import.preview(session, path, sheet, progress)

    def _import_work(self, preview: PartsPreview) -> Work:
        only_good, actor = self.only_good.isChecked(), self.context.user

        def work(progress: importing.Progress) -> PartsImportResult:
            with self.context.write() as session:
                return parts_import.apply(session, actor, preview, only_good, progress)

        return work

    def _imported(self, result: PartsImportResult) -> None:
        self.parts_imported.emit(result)

    def _failure_text(self, error: Exception) -> str | None:
        if isinstance(error, NotAllowed):
            return self.tr("Your role may not change the catalog; ask a manager.")
        if isinstance(error, importing.ImportRefused):
            return self.tr("{n} rows have problems; nothing was imported.").format(
                n=error.refused)
        return None
