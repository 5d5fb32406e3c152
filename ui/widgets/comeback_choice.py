"""At reception: "this is a comeback (返修) of order …", offered only while the car's warranty
runs. The order is marked in the same transaction that opens it (app/services/comebacks)."""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget

from app.context import AppContext
from app.domain.workorder import REPAIR_TYPE_NAMES
from app.services import warranties
from ui.i18n import Retranslating, app_text


class ComebackChoice(Retranslating, QWidget):
    def __init__(self, context: AppContext, vehicle_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comeback_choice")
        with context.read() as s:
            self.running = warranties.active(s, vehicle_id, datetime.now().astimezone().date())
        self.check = QCheckBox(self)
        self.check.setObjectName("comeback")
        self.original = QComboBox(self)
        self.original.setObjectName("comeback_of")
        self.original.setEnabled(False)
        self.check.toggled.connect(self.original.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.original, 1)
        self.setVisible(bool(self.running))
        self.retranslate()

    def retranslate(self) -> None:
        self.check.setText(self.tr("Co&meback (same fault, in warranty) of"))
        self.original.clear()
        for w in self.running:
            kind = app_text("RepairType", REPAIR_TYPE_NAMES.get(w.repair_type, w.repair_type))
            self.original.addItem(self.tr("{number}, {kind}, until {day}").format(
                number=w.order_number, kind=kind, day=w.until_on.isoformat()), w.order_id)

    def original_id(self) -> uuid.UUID | None:
        """The order the car came back for, when the desk says it is a comeback."""
        if not self.running or not self.check.isChecked():
            return None
        return self.original.currentData()
