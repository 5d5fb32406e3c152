"""Adding or editing a package (套餐): its code and name, and its lines in order.

A line is edited below the table: choose labor, part or fee, type the code (the completer
offers the catalog's items), the quantity and, if the package charges its own price, that price.
"Add line" asks `catalog.check_package_item`, so a wrong line is refused under its field before
it reaches the table; the table shows the lines as an order will get them, at today's prices.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.context import AppContext
from app.domain.errors import InputError, InputErrors
from app.domain.workorder import CATEGORY_NAMES
from app.services import catalog
from ui.dialogs.catalog_dialogs import CatalogItemDialog, _combo
from ui.format import yuan
from ui.i18n import category_name
from ui.models.catalog_models import PackageItemsModel, kind_name
from ui.widgets.field_error import with_error
from ui.widgets.file_parts import FileTable

LINE_FIELDS = ("kind", "code", "description", "quantity", "unit_price")


class PackageDialog(CatalogItemDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 package: catalog.PackageInfo | None = None, read_only: bool = False) -> None:
        super().__init__(context, parent, package.id if package else None, read_only)
        self.setObjectName("package_dialog")
        self.package = package
        self.add_field("code", QLineEdit(self), "package_code")
        self.add_field("name", QLineEdit(self), "package_name")
        self.add_field("category", _combo(self, list(CATEGORY_NAMES)), "package_category")
        self.model = PackageItemsModel(self)
        self.table = FileTable(self)
        self.table.setObjectName("package_items")
        self.table.setModel(self.model)
        self.table.setMinimumHeight(180)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(PackageItemsModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._row_chosen())
        self.items_error = self.errors.add("items", self.table, self)
        self.total = QLabel(self)
        self.total.setObjectName("package_total")
        self.line_box = self._line_editor()
        self.lay_out(with_error(self.table, self.items_error), self.total, self.line_box)
        self.line_box.setVisible(not read_only)
        self.set_tab_chain([*self.inputs.values(), self.table, *self.line_inputs.values(),
                            *self.line_buttons.values()])
        for widget in self.line_inputs.values():
            widget.installEventFilter(self)  # Enter in the line editor adds the line
        self._load_completions()
        form = catalog.package_form(package) if package else None
        self.stamp = package.stamp if package else None
        self.fill({"code": form.code if form else "", "name": form.name if form else "",
                   "category": form.category if form else "maintenance"})
        self.model.set_rows(list(package.items) if package else [])
        self.retranslate()
        self._show_total()
        self.resize(760, 640)
        self.inputs["name" if package else "code"].setFocus()

    # The line editor

    def _line_editor(self) -> QGroupBox:
        box = QGroupBox(self)
        box.setObjectName("package_line_box")
        grid = QGridLayout(box)
        self.line_inputs: dict[str, QWidget] = {
            "kind": _combo(box, list(catalog.ITEM_KINDS)), "code": QLineEdit(box),
            "description": QLineEdit(box), "quantity": QLineEdit(box),
            "unit_price": QLineEdit(box)}
        self.line_captions: dict[str, QLabel] = {}
        # (row, column, columns spanned): kind and code, the description, quantity and price
        places = {"kind": (0, 0, 1), "code": (0, 2, 1), "description": (1, 0, 3),
                  "quantity": (2, 0, 1), "unit_price": (2, 2, 1)}
        for field, widget in self.line_inputs.items():
            widget.setObjectName(f"item_{field}")
            caption = self.line_captions[field] = QLabel(box)
            caption.setBuddy(widget)
            caption.setMinimumHeight(widget.sizeHint().height())  # level with its input
            row, column, span = places[field]
            grid.addWidget(caption, row, column, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(with_error(widget, self.errors.add(f"item.{field}", widget, box)),
                           row, column + 1, 1, span, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.line_inputs["kind"].currentIndexChanged.connect(  # type: ignore[attr-defined]
            lambda _i: self._kind_chosen())
        self.line_buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, slot in (("item_add", self.add_line), ("item_replace", self.replace_line),
                           ("item_remove", self.remove_line), ("item_up", lambda: self.move(-1)),
                           ("item_down", lambda: self.move(1))):
            button = self.line_buttons[name] = QPushButton(box)
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        grid.addLayout(row, 3, 0, 1, 4)
        self.line_inputs["quantity"].setText("1")  # type: ignore[attr-defined]
        return box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and watched in self.line_inputs.values()
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):  # type: ignore[attr-defined]
            self.add_line()  # not the dialog's Save: the line is not in the package yet
            return True
        return super().eventFilter(watched, event)

    def _load_completions(self) -> None:
        with self.context.read() as s:
            self.choices = {
                "labor": [f"{i.code}  {i.name}" for i in catalog.list_labor(s, False)],
                "part": [f"{i.code}  {i.name}" for i in catalog.list_parts(s, False)],
                "fee": [],
            }
        self.completions = QStringListModel(self)
        completer = QCompleter(self.completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(lambda text: self.line_inputs["code"].setText(  # type: ignore[attr-defined]
            text.split()[0]))
        self.line_inputs["code"].setCompleter(completer)  # type: ignore[attr-defined]
        self._kind_chosen()

    def _kind_chosen(self) -> None:
        kind = self.line_inputs["kind"].currentData()  # type: ignore[attr-defined]
        if hasattr(self, "completions"):
            self.completions.setStringList(self.choices.get(kind, []))
        if hasattr(self, "line_buttons"):
            self._retranslate_line()

    def line_form(self) -> catalog.PackageItemForm:
        i = self.line_inputs
        return catalog.PackageItemForm(
            i["kind"].currentData(), i["code"].text(), i["description"].text(),  # type: ignore[attr-defined]
            i["quantity"].text(), i["unit_price"].text())  # type: ignore[attr-defined]

    def _checked_line(self) -> catalog.PackageItemInfo | None:
        self.errors.clear()
        try:
            with self.context.read() as s:
                return catalog.check_package_item(s, self.line_form())
        except InputErrors as refused:
            self.errors.show(refused.errors)
        except InputError as refused:
            self.errors.show([refused])
        self.fit_to_contents()
        return None

    def add_line(self) -> None:
        if (item := self._checked_line()) is not None:
            self.model.set_rows([*self.model.rows(), item])
            self.table.selectRow(self.model.rowCount() - 1)
            self._show_total()

    def replace_line(self) -> None:
        row = self.table.current_row()
        if row >= 0 and (item := self._checked_line()) is not None:
            rows = self.model.rows()
            rows[row] = item
            self.model.set_rows(rows)
            self.table.selectRow(row)
            self._show_total()

    def remove_line(self) -> None:
        row = self.table.current_row()
        if row >= 0:
            rows = self.model.rows()
            del rows[row]
            self.model.set_rows(rows)
            if rows:
                self.table.selectRow(min(row, len(rows) - 1))
            self._show_total()

    def move(self, step: int) -> None:
        row = self.table.current_row()
        rows = self.model.rows()
        if 0 <= row < len(rows) and 0 <= row + step < len(rows):
            rows[row], rows[row + step] = rows[row + step], rows[row]
            self.model.set_rows(rows)
            self.table.selectRow(row + step)

    def _row_chosen(self) -> None:
        item = self.model.row_at(self.table.current_row())
        if item is None:
            return
        form = item.form()
        kind: QComboBox = self.line_inputs["kind"]  # type: ignore[assignment]
        kind.setCurrentIndex(max(kind.findData(form.kind), 0))
        for field in LINE_FIELDS[1:]:
            self.line_inputs[field].setText(getattr(form, field))  # type: ignore[attr-defined]

    def _show_total(self) -> None:
        total = sum(i.line.gross_fen for i in self.model.rows() if i.line)
        self.total.setText(self.tr("Package price at today's prices: {total}").format(
            total=yuan(total)))

    # Texts and saving

    def retranslate(self) -> None:
        code = self.package.code if self.package else ""
        self.setWindowTitle(self.tr("Add package") if self.package is None else
                            self.tr("Package {code}").format(code=code))
        self.set_captions({"code": self.tr("&Code"), "name": self.tr("&Name"),
                           "category": self.tr("Cat&egory")})
        combo: QComboBox = self.inputs["category"]  # type: ignore[assignment]
        for i in range(combo.count()):
            combo.setItemText(i, category_name(combo.itemData(i)))
        self.table.setAccessibleName(self.tr("Lines of the package"))
        self.line_box.setTitle(self.tr("Line"))
        kinds: QComboBox = self.line_inputs["kind"]  # type: ignore[assignment]
        for i in range(kinds.count()):
            kinds.setItemText(i, kind_name(kinds.itemData(i)))
        texts = {"item_add": self.tr("&Add line"), "item_replace": self.tr("Re&place line"),
                 "item_remove": self.tr("Re&move line"), "item_up": self.tr("&Up"),
                 "item_down": self.tr("Do&wn")}
        for name, text in texts.items():
            self.line_buttons[name].setText(text)
            self.line_buttons[name].setAccessibleName(text.replace("&", ""))
        self.model.retranslate()
        self._retranslate_line()
        self._show_total()

    def _retranslate_line(self) -> None:
        kind = self.line_inputs["kind"].currentData()  # type: ignore[attr-defined]
        labor, fee = kind == "labor", kind == "fee"
        captions = {
            "kind": self.tr("&Kind"), "code": self.tr("C&ode"),
            "description": self.tr("&Description"),
            "quantity": self.tr("&Times") if labor else self.tr("&Quantity"),
            "unit_price": self.tr("Price per &hour") if labor else self.tr("&Unit price"),
        }
        for field, text in captions.items():
            self.line_captions[field].setText(text)
            self.line_inputs[field].setAccessibleName(text.replace("&", ""))
        hints = {
            "code": self.tr("optional") if fee else self.tr("type a code or a name"),
            "description": self.tr("what the fee is for") if fee else
            self.tr("empty: the catalog's name"),
            "unit_price": "" if fee else self.tr("empty: catalog price"),
        }
        for field, hint in hints.items():
            self.line_inputs[field].setPlaceholderText(hint)  # type: ignore[attr-defined]
        self.line_inputs["quantity"].setToolTip(self.tr(  # type: ignore[attr-defined]
            "How many times the operation is done; its standard hours come from the catalog.")
            if labor else "")

    def typed_form(self) -> catalog.PackageForm:
        return catalog.PackageForm(self.text("code"), self.text("name"), self.data("category"),
                                   tuple(i.form() for i in self.model.rows()))

    def submit(self) -> bool:
        form = self.typed_form()
        try:
            with self.context.write() as s:
                if self.item_id is None:
                    item_id = catalog.create_package(s, self.context.user, form)
                else:
                    item_id = self.item_id
                    catalog.update_package(s, self.context.user, item_id, form,
                                           loaded=self.stamp)
        except InputErrors as refused:
            raise InputErrors(self._on_the_line_editor(refused.errors)) from None
        return self.saved(item_id)

    def _on_the_line_editor(self, errors: list[InputError]) -> list[InputError]:
        """Refusals of a line ("items.2.code") move to the line editor, with that line chosen."""
        lines = [e for e in errors if e.field.startswith("items.")]
        if not lines:
            return errors
        row = int(lines[0].field.split(".")[1])
        self.table.selectRow(row)
        self._row_chosen()  # the line's values in the editor, even if it was chosen already
        moved = [e.for_field("item." + e.field.split(".", 2)[2]) for e in lines
                 if e.field.startswith(f"items.{row}.")]
        return [e for e in errors if not e.field.startswith("items.")] + moved
