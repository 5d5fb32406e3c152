"""The shop profile's fields (name, address, phone, branch code, plate prefix) as one form part."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from app.services.shop import ShopForm, ShopProfile
from ui.i18n import Retranslating
from ui.widgets.field_error import FormErrors, with_error

FIELDS = ("name", "address", "phone", "branch_code", "plate_prefix")


class ShopFormWidget(Retranslating, QWidget):
    def __init__(self, errors: FormErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.inputs: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        for field in FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"shop_{field}")
            self.inputs[field] = edit
            self.labels[field] = QLabel(self)
            self.labels[field].setBuddy(edit)
            layout.addRow(self.labels[field], with_error(edit, errors.add(field, edit, self)))
        self.inputs["branch_code"].setMaxLength(8)
        self.inputs["plate_prefix"].setMaxLength(2)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "name": self.tr("Shop &name"),
            "address": self.tr("&Address"),
            "phone": self.tr("P&hone"),
            "branch_code": self.tr("&Branch code"),
            "plate_prefix": self.tr("Plate &prefix"),
        }
        for field, text in texts.items():
            self.labels[field].setText(text)
            self.inputs[field].setAccessibleName(text.replace("&", ""))
        self.inputs["branch_code"].setPlaceholderText(
            self.tr("e.g. BR01 — goes into document numbers"))
        self.inputs["plate_prefix"].setPlaceholderText(self.tr("e.g. 湘A — the city's plates"))
        self.inputs["name"].setPlaceholderText(self.tr("as it goes on papers"))

    def form(self) -> ShopForm:
        return ShopForm(*(self.inputs[f].text() for f in FIELDS))

    def set_profile(self, profile: ShopProfile) -> None:
        values = (profile.name, profile.address, profile.phone, profile.branch_code,
                  profile.plate_prefix)
        for field, value in zip(FIELDS, values, strict=True):
            self.inputs[field].setText(value)
