"""Adding or editing a labor operation, a part or a quick phrase of the shop's catalog.

The dialogs only lay out the fields: `app.services.catalog` checks what was typed and its
refusals appear under their fields. Someone without CATALOG_EDIT sees the same form read-only.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain.errors import InputError
from app.domain.pricing import line_gross_fen
from app.domain.workorder import CATEGORY_NAMES, PART_SOURCE_NAMES
from app.services import catalog
from app.services.catalog_forms import check_hours
from ui.dialogs.form_dialog import FormDialog
from ui.format import yuan
from ui.i18n import category_name
from ui.models.catalog_models import source_name
from ui.widgets.field_error import with_error

UNITS = ("个", "套", "升", "支", "对", "条", "瓶", "桶", "只", "片", "组", "米", "千克")


class CatalogItemDialog(FormDialog):
    """Captioned fields with their refusals; read-only (Close only) for viewers.

    Texts of this base class are translated under its own name: PySide's `tr` would look them up
    under the subclass's.
    """

    item_saved = Signal(object)  # the id of the item added or changed

    def __init__(self, context: AppContext, parent: QWidget | None, item_id: uuid.UUID | None,
                 read_only: bool) -> None:
        super().__init__(context, parent)
        self.item_id = item_id
        self.read_only = read_only
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.captions: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {}

    def add_field(self, field: str, widget: QWidget, object_name: str) -> QWidget:
        widget.setObjectName(object_name)
        caption = self.captions[field] = QLabel(self)
        caption.setBuddy(widget)
        self.form.addRow(caption, with_error(widget, self.errors.add(field, widget, self)))
        self.inputs[field] = widget
        return widget

    def lay_out(self, *below: QWidget) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        for widget in below:
            layout.addWidget(widget)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.set_tab_chain(list(self.inputs.values()))
        if self.read_only:
            for widget in self.inputs.values():
                if isinstance(widget, QLineEdit):
                    widget.setReadOnly(True)
                else:
                    widget.setEnabled(False)
            self.save_button.hide()
        self.setMinimumWidth(460)

    def set_captions(self, captions: dict[str, str]) -> None:
        for field, text in captions.items():
            self.captions[field].setText(text)
            self.inputs[field].setAccessibleName(text.replace("&", ""))
        self.retranslate_buttons()
        if self.read_only:
            self.cancel_button.setText(QCoreApplication.translate("CatalogItemDialog", "Close"))

    def text(self, field: str) -> str:
        widget = self.inputs[field]
        return widget.currentText() if isinstance(widget, QComboBox) else widget.text()  # type: ignore[attr-defined]

    def fill(self, values: dict[str, str]) -> None:
        for field, value in values.items():
            widget = self.inputs[field]
            if isinstance(widget, QComboBox):
                at = widget.findData(value)
                if at >= 0:
                    widget.setCurrentIndex(at)
                else:
                    widget.setCurrentText(value)
            else:
                widget.setText(value)  # type: ignore[attr-defined]

    def data(self, field: str) -> str:
        return self.inputs[field].currentData()  # type: ignore[attr-defined]

    def saved(self, item_id: uuid.UUID) -> bool:
        """Tell the page (after the write committed) and let the dialog close."""
        self.item_id = item_id
        self.item_saved.emit(item_id)
        return True


def _combo(parent: QWidget, keys: list[str]) -> QComboBox:
    combo = QComboBox(parent)
    for key in keys:
        combo.addItem("", key)
    return combo


class LaborDialog(CatalogItemDialog):
    """A labor operation: code, name, category, standard hours, warranty; its price shown."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 labor: catalog.LaborInfo | None = None, read_only: bool = False) -> None:
        super().__init__(context, parent, labor.id if labor else None, read_only)
        self.setObjectName("labor_dialog")
        self.labor = labor
        self.stamp = labor.stamp if labor else None
        with context.read() as s:
            self.rate_fen = catalog.hourly_rate_fen(s)
        self.add_field("code", QLineEdit(self), "labor_code")
        self.add_field("name", QLineEdit(self), "labor_name")
        self.add_field("category", _combo(self, list(CATEGORY_NAMES)), "labor_category")
        hours = self.add_field("standard_hours", QLineEdit(self), "labor_hours")
        self.add_field("warranty_months", QLineEdit(self), "labor_warranty_months")
        self.add_field("warranty_km", QLineEdit(self), "labor_warranty_km")
        self.price_hint = QLabel(self)
        self.price_hint.setObjectName("labor_price_hint")
        self.form.insertRow(4, "", self.price_hint)
        hours.textChanged.connect(lambda _t: self._show_price())  # type: ignore[attr-defined]
        self.lay_out()
        form = catalog.labor_form(labor) if labor else catalog.LaborForm("", "", "repair", "1")
        self.fill({"code": form.code, "name": form.name, "category": form.category,
                   "standard_hours": form.standard_hours,
                   "warranty_months": form.warranty_months, "warranty_km": form.warranty_km})
        self.retranslate()
        self.inputs["name" if labor else "code"].setFocus()

    def retranslate(self) -> None:
        code = self.labor.code if self.labor else ""
        self.setWindowTitle(self.tr("Add labor operation") if self.labor is None else
                            self.tr("Labor operation {code}").format(code=code))
        self.set_captions({
            "code": self.tr("&Code"), "name": self.tr("&Operation"),
            "category": self.tr("C&ategory"), "standard_hours": self.tr("Standard &hours"),
            "warranty_months": self.tr("Warranty (&months)"),
            "warranty_km": self.tr("Warranty (&km)"),
        })
        combo: QComboBox = self.inputs["category"]  # type: ignore[assignment]
        for i in range(combo.count()):
            combo.setItemText(i, category_name(combo.itemData(i)))
        self.inputs["code"].setPlaceholderText(self.tr("e.g. BY01"))  # type: ignore[attr-defined]
        self.inputs["standard_hours"].setPlaceholderText(  # type: ignore[attr-defined]
            self.tr("e.g. 0.5 or 1.5"))
        for field in ("warranty_months", "warranty_km"):
            self.inputs[field].setPlaceholderText(  # type: ignore[attr-defined]
                self.tr("empty: the legal minimum applies"))
        self._show_price()

    def _show_price(self) -> None:
        try:
            hours = check_hours(self.text("standard_hours"))
        except InputError:
            self.price_hint.setText(self.tr("At {rate} per hour").format(rate=yuan(self.rate_fen)))
            return
        self.price_hint.setText(self.tr("{hours} h × {rate} = {price}").format(
            hours=self.text("standard_hours").strip(), rate=yuan(self.rate_fen),
            price=yuan(line_gross_fen(hours, self.rate_fen))))

    def submit(self) -> bool:
        form = catalog.LaborForm(self.text("code"), self.text("name"), self.data("category"),
                                 self.text("standard_hours"), self.text("warranty_months"),
                                 self.text("warranty_km"))
        with self.context.write() as s:
            if self.item_id is None:
                item_id = catalog.create_labor(s, self.context.user, form)
            else:
                item_id = self.item_id
                catalog.update_labor(s, self.context.user, item_id, form, loaded=self.stamp)
        return self.saved(item_id)  # after the commit: the page reloads what was saved


class PartDialog(CatalogItemDialog):
    """A part: code, name, brand, unit, selling price and cost, stock, source, warranty."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 part: catalog.PartInfo | None = None, read_only: bool = False) -> None:
        super().__init__(context, parent, part.id if part else None, read_only)
        self.setObjectName("part_dialog")
        self.part = part
        self.stamp = part.stamp if part else None
        for field in ("code", "name", "brand"):
            self.add_field(field, QLineEdit(self), f"part_{field}")
        unit = QComboBox(self)
        unit.setEditable(True)
        unit.addItems(UNITS)
        self.add_field("unit", unit, "part_unit")
        for field in ("price", "cost", "stock"):
            self.add_field(field, QLineEdit(self), f"part_{field}")
        self.add_field("source", _combo(self, list(PART_SOURCE_NAMES)), "part_source")
        self.add_field("warranty_months", QLineEdit(self), "part_warranty_months")
        self.add_field("warranty_km", QLineEdit(self), "part_warranty_km")
        self.lay_out()
        form = catalog.part_form(part) if part else catalog.PartForm("", "", cost="", stock="0")
        self.fill({f: getattr(form, f) for f in self.inputs})
        self.retranslate()
        self.inputs["name" if part else "code"].setFocus()

    def retranslate(self) -> None:
        code = self.part.code if self.part else ""
        self.setWindowTitle(self.tr("Add part") if self.part is None else
                            self.tr("Part {code}").format(code=code))
        self.set_captions({
            "code": self.tr("&Code"), "name": self.tr("&Name"), "brand": self.tr("&Brand"),
            "unit": self.tr("&Unit"), "price": self.tr("Selling &price (yuan)"),
            "cost": self.tr("C&ost (yuan)"), "stock": self.tr("S&tock"),
            "source": self.tr("Sou&rce"), "warranty_months": self.tr("Warranty (&months)"),
            "warranty_km": self.tr("Warranty (&km)"),
        })
        combo: QComboBox = self.inputs["source"]  # type: ignore[assignment]
        for i in range(combo.count()):
            combo.setItemText(i, source_name(combo.itemData(i)))
        hints = {"code": self.tr("e.g. JY01 or the maker's part number"),
                 "price": self.tr("e.g. 45 or 12.50"), "cost": self.tr("optional"),
                 "stock": self.tr("on the shelf now, e.g. 4 or 4.5")}
        for field, hint in hints.items():
            self.inputs[field].setPlaceholderText(hint)  # type: ignore[attr-defined]

    def submit(self) -> bool:
        form = catalog.PartForm(
            self.text("code"), self.text("name"), self.text("brand"), self.text("unit"),
            self.text("price"), self.text("cost"), self.text("stock"), self.data("source"),
            self.text("warranty_months"), self.text("warranty_km"))
        with self.context.write() as s:
            if self.item_id is None:
                item_id = catalog.create_part(s, self.context.user, form)
            else:
                item_id = self.item_id
                catalog.update_part(s, self.context.user, item_id, form, loaded=self.stamp)
        return self.saved(item_id)


class PhraseDialog(CatalogItemDialog):
    """A quick phrase added at the end of the list, or an existing one reworded."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 phrase: catalog.PhraseInfo | None = None, read_only: bool = False) -> None:
        super().__init__(context, parent, phrase.id if phrase else None, read_only)
        self.setObjectName("phrase_dialog")
        self.phrase = phrase
        self.stamp = phrase.stamp if phrase else None
        self.add_field("text", QLineEdit(self), "phrase_text")
        self.lay_out()
        self.fill({"text": phrase.text if phrase else ""})
        self.retranslate()
        self.inputs["text"].setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add quick phrase") if self.phrase is None else
                            self.tr("Quick phrase"))
        self.set_captions({"text": self.tr("&Phrase")})
        self.inputs["text"].setPlaceholderText(self.tr("e.g. 刹车异响"))  # type: ignore[attr-defined]

    def submit(self) -> bool:
        with self.context.write() as s:
            if self.item_id is None:
                item_id = catalog.add_phrase(s, self.context.user, self.text("text"))
            else:
                item_id = self.item_id
                catalog.update_phrase(s, self.context.user, item_id, self.text("text"),
                                      loaded=self.stamp)
        return self.saved(item_id)
