"""The four tabs of the catalog page: labor operations, parts, packages, quick phrases.

Each tab is a filter box over a table with its buttons. The filter finds rows the way the
order editor finds items (`catalog.match_rank`: code, name, pinyin); Enter (or Down) in the
filter moves to the table, Enter on a row opens it. Without CATALOG_EDIT the buttons are off
and a row opens read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from app.context import AppContext
from app.domain.errors import InputError
from app.domain.permissions import NotAllowed, Permission
from app.services import catalog
from ui.dialogs.form_dialog import NOT_ALLOWED
from ui.i18n import Retranslating, app_text
from ui.models.catalog_models import LaborModel, PackagesModel, PartsModel, PhrasesModel
from ui.models.table import RowsModel
from ui.widgets.field_error import FieldError
from ui.widgets.file_parts import FileTable
from ui.widgets.why_not import allow


class FilterBox(QLineEdit):
    """Down moves to the table like Enter does; Esc empties the box."""

    def __init__(self, to_table: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.to_table = to_table
        self.setClearButtonEnabled(True)
        self.returnPressed.connect(to_table)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.to_table()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class CatalogTab(Retranslating, QWidget):
    """Filter, buttons and table of one catalog; subclasses load rows and open dialogs.

    This base class translates its own texts under "CatalogTab" (PySide's `tr` would look
    them up under the subclass's name).
    """

    kind: str | None = None  # for switching items off: labor | part | package

    def __init__(self, context: AppContext, name: str, model: RowsModel[Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_tab")
        self.context, self.name, self.model = context, name, model
        self.all_rows: list[Any] = []
        self.filter = FilterBox(self.focus_table, self)
        self.filter.setObjectName(f"{name}_filter")
        self.filter.textChanged.connect(lambda _t: self.apply_filter())
        self.table = FileTable(self)
        self.table.setObjectName(f"{name}_table")
        self.table.setModel(model)
        self.table.row_activated.connect(lambda _row: self.open_row())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.update_buttons())
        self.error = FieldError("active", self)
        self.error.setObjectName(f"{name}_error")
        self.buttons: dict[str, QPushButton] = {}
        self.button_row = QHBoxLayout()
        self.button_row.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.button_row)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        self.add_button("add", self.add)
        self.add_button("edit", self.edit)
        if self.kind is not None:
            self.add_button("toggle", self.toggle_active)

    def add_button(self, key: str, slot: Callable[[], None]) -> QPushButton:
        button = self.buttons[key] = QPushButton(self)
        button.setObjectName(f"{self.name}_{key}")
        button.clicked.connect(slot)
        self.button_row.addWidget(button)
        return button

    # What subclasses give

    def load(self, session: Session) -> list[Any]:
        raise NotImplementedError

    def dialog(self, row: Any | None, read_only: bool) -> QDialog:
        raise NotImplementedError

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.filter.setPlaceholderText(translate(
            "CatalogTab", "Filter by code, name or pinyin (e.g. jy or 机油)"))
        self.filter.setAccessibleName(translate("CatalogTab", "Filter"))
        texts = {"add": translate("CatalogTab", "&Add…"),
                 "edit": translate("CatalogTab", "&Edit…")}
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.model.retranslate()
        self.error.retranslate()
        self.update_buttons()

    # Rows

    def may_edit(self) -> bool:
        return self.context.user.may(Permission.CATALOG_EDIT)

    def reload(self) -> None:
        with self.context.read() as s:
            self.all_rows = self.load(s)
        self.apply_filter()

    def key_of(self, row: Any) -> tuple[str, str]:
        return row.code, row.name

    def apply_filter(self) -> None:
        selected = self.selected()
        text = self.filter.text()
        rows = [r for r in self.all_rows if catalog.match_rank(text, *self.key_of(r)) is not None]
        self.model.set_rows(rows)
        ids = [r.id for r in rows]
        if selected is not None and selected.id in ids:
            self.table.selectRow(ids.index(selected.id))
        elif rows:
            self.table.selectRow(0)
        self.update_buttons()

    def selected(self) -> Any | None:
        return self.model.row_at(self.table.current_row())

    def focus_table(self) -> None:
        if self.model.rowCount() == 0:
            return
        if self.selected() is None:
            self.table.selectRow(0)
        self.table.setFocus()

    def update_buttons(self) -> None:
        editor, row = self.may_edit(), self.selected()
        for key, button in self.buttons.items():
            allow(button, app_text("InputError", NOT_ALLOWED) if not editor
                  else None if key in ("add", "import") or row is not None
                  else QCoreApplication.translate("CatalogTab", "Choose a row first."))
        if "toggle" in self.buttons:
            off = row is not None and not row.active
            self.buttons["toggle"].setText(
                QCoreApplication.translate("CatalogTab", "Switch &on") if off
                else QCoreApplication.translate("CatalogTab", "S&witch off"))

    # Actions

    def _show(self, dialog: QDialog) -> None:
        dialog.finished.connect(dialog.deleteLater)
        if hasattr(dialog, "item_saved"):
            dialog.item_saved.connect(self._saved)
        dialog.open()

    def _saved(self, item_id: Any) -> None:
        self.reload()
        ids = [r.id for r in self.model.rows()]
        if item_id in ids:
            self.table.selectRow(ids.index(item_id))

    def add(self) -> None:
        if self.may_edit():
            self._show(self.dialog(None, read_only=False))

    def edit(self) -> None:
        if (row := self.selected()) is not None and self.may_edit():
            self._show(self.dialog(row, read_only=False))

    def open_row(self) -> None:
        if (row := self.selected()) is not None:
            self._show(self.dialog(row, read_only=not self.may_edit()))

    def run(self, work: Callable[[Session], None]) -> None:
        """A write of this tab's buttons; a refusal shows above the table."""
        self.error.show_error(None)
        try:
            with self.context.write() as s:
                work(s)
        except InputError as refused:
            self.error.show_error(refused)
        except NotAllowed:
            self.error.show_error(InputError("active", NOT_ALLOWED))
        self.reload()

    def toggle_active(self) -> None:
        row = self.selected()
        if row is not None and self.kind is not None:
            kind = self.kind
            self.run(lambda s: catalog.set_active(s, self.context.user, kind, row.id,
                                                  not row.active))


class LaborTab(CatalogTab):
    kind = "labor"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "labor", LaborModel(), parent)
        self.model.setParent(self)
        self.retranslate()

    def load(self, session: Session) -> list[Any]:
        return catalog.list_labor(session)

    def dialog(self, row: Any | None, read_only: bool) -> QDialog:
        from ui.dialogs.catalog_dialogs import LaborDialog

        return LaborDialog(self.context, self, labor=row, read_only=read_only)


class PartsTab(CatalogTab):
    kind = "part"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "parts", PartsModel(), parent)
        self.model.setParent(self)
        self.add_button("import", self.import_parts)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.buttons["import"].setText(self.tr("&Import parts list…"))

    def load(self, session: Session) -> list[Any]:
        return catalog.list_parts(session)

    def dialog(self, row: Any | None, read_only: bool) -> QDialog:
        from ui.dialogs.catalog_dialogs import PartDialog

        return PartDialog(self.context, self, part=row, read_only=read_only)

    def import_parts(self) -> QDialog | None:
        from ui.dialogs.catalog_import_dialog import PartsImportDialog

        if not self.may_edit():
            return None
        dialog = PartsImportDialog(self.context, self)
        dialog.parts_imported.connect(lambda _result: self.reload())
        self._show(dialog)
        return dialog


class PackagesTab(CatalogTab):
    kind = "package"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "packages", PackagesModel(), parent)
        self.model.setParent(self)
        self.retranslate()

    def load(self, session: Session) -> list[Any]:
        return catalog.list_packages(session)

    def dialog(self, row: Any | None, read_only: bool) -> QDialog:
        from ui.dialogs.catalog_package_dialog import PackageDialog

        return PackageDialog(self.context, self, package=row, read_only=read_only)


class PhrasesTab(CatalogTab):
    """The quick phrases in the order the desk sees them; moved up and down, removed."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "phrases", PhrasesModel(), parent)
        self.model.setParent(self)
        self.add_button("remove", self.remove)
        self.add_button("up", lambda: self.move(-1))
        self.add_button("down", lambda: self.move(1))
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.filter.setPlaceholderText(self.tr("Filter the phrases (e.g. 异响 or yx)"))
        for key, text in (("remove", self.tr("&Remove")), ("up", self.tr("Move &up")),
                          ("down", self.tr("Move &down"))):
            self.buttons[key].setText(text)

    def key_of(self, row: Any) -> tuple[str, str]:
        return "", row.text

    def load(self, session: Session) -> list[Any]:
        return catalog.list_phrases(session)

    def dialog(self, row: Any | None, read_only: bool) -> QDialog:
        from ui.dialogs.catalog_dialogs import PhraseDialog

        return PhraseDialog(self.context, self, phrase=row, read_only=read_only)

    def remove(self) -> None:
        if (row := self.selected()) is not None:
            self.run(lambda s: catalog.remove_phrase(s, self.context.user, row.id))

    def move(self, step: int) -> None:
        if (row := self.selected()) is not None:
            self.run(lambda s: catalog.move_phrase(s, self.context.user, row.id, step))
            self._saved(row.id)
