"""The order header fields the reception form and the editor share: category, repair type,
who pays, and the insurer with its claim number (asked only when an insurer pays)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app.domain.workorder import CATEGORY_NAMES, PAYER_NAMES, REPAIR_TYPE_NAMES
from ui.i18n import app_text


def fill_combo(combo: QComboBox, names: dict[str, str], context: str,
               blank: str | None = None) -> None:
    """Items of a code → English-name table, shown translated; keeps the current choice."""
    current = combo.currentData()
    combo.blockSignals(True)  # refilling is no edit of the order
    combo.clear()
    if blank is not None:
        combo.addItem(blank, "")
    for code, name in names.items():
        combo.addItem(app_text(context, name), code)
    if current is not None:
        combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)


class HeaderFields:
    """The widgets (children of `parent`), their translated items, and their values."""

    def __init__(self, parent: QWidget, prefix: str = "") -> None:
        self.category = QComboBox(parent)
        self.repair_type = QComboBox(parent)
        self.payer = QComboBox(parent)
        self.insurer = QLineEdit(parent)
        self.claim = QLineEdit(parent)
        for name, widget in self.named().items():
            widget.setObjectName(prefix + name)
        self.payer.currentIndexChanged.connect(self._payer_changed)

    def named(self) -> dict[str, QWidget]:
        """By the service's field names, so refusals land next to the right input."""
        return {"category": self.category, "repair_type": self.repair_type,
                "payer": self.payer, "insurer": self.insurer, "claim_number": self.claim}

    def widgets(self) -> list[QWidget]:
        return list(self.named().values())  # also their Tab order

    def retranslate(self, not_set: str) -> None:
        fill_combo(self.category, CATEGORY_NAMES, "Category")
        fill_combo(self.repair_type, REPAIR_TYPE_NAMES, "RepairType", not_set)
        fill_combo(self.payer, PAYER_NAMES, "Payer")
        self._payer_changed()

    def set_values(self, category: str, repair_type: str, payer: str, insurer: str,
                   claim_number: str) -> None:
        for combo, value in ((self.category, category), (self.repair_type, repair_type),
                             (self.payer, payer)):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.insurer.setText(insurer)
        self.claim.setText(claim_number)
        self._payer_changed()

    def values(self) -> dict[str, str]:
        return {"category": self.category.currentData(),
                "repair_type": self.repair_type.currentData() or "",
                "payer": self.payer.currentData(), "insurer": self.insurer.text(),
                "claim_number": self.claim.text()}

    def _payer_changed(self) -> None:
        insurer = self.payer.currentData() == "insurer"
        self.insurer.setEnabled(insurer)
        self.claim.setEnabled(insurer)
