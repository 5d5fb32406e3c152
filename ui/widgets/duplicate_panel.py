"""What is already on file: "湘A12345 is already on file: 张三 — Open that file".

Shown in the customer and car dialogs when the service raises DuplicateFound. A phone shared
by a family or a company may be saved anyway once the advisor ticks the box; a plate or a VIN
never: the car already has its file.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QLabel, QPushButton, QWidget

from app.services.customers import Duplicate
from ui.i18n import Retranslating


class DuplicatePanel(Retranslating, QFrame):
    file_requested = Signal(str, uuid.UUID)  # "customer" | "vehicle", id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicate_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#duplicate_panel { background: #fff8e1; border: 1px solid #ffb300; }")
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(0, 1)
        self.duplicates: list[Duplicate] = []
        self.rows: list[tuple[QLabel, QPushButton]] = []
        self.phones_only = False
        self.shared_phone = QCheckBox(self)
        self.shared_phone.setObjectName("shared_phone")
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.shared_phone.setText(self.tr(
            "This phone is shared (family or company): save anyway"))
        for duplicate, (label, button) in zip(self.duplicates, self.rows, strict=True):
            label.setText(self._describe(duplicate))
            button.setText(self.tr("Open that file"))

    def _describe(self, d: Duplicate) -> str:
        name = d.name or self.tr("(no owner)")
        if d.field == "phone":
            return self.tr("The phone {value} is already on file: {name}").format(
                value=d.value, name=name)
        if d.field == "vin":
            return self.tr("The VIN {value} is already on file: {name}").format(
                value=d.value, name=name)
        return self.tr("{value} is already on file: {name}").format(value=d.value, name=name)

    def show_duplicates(self, duplicates: list[Duplicate]) -> None:
        self.clear()
        self.duplicates = list(duplicates)
        for i, duplicate in enumerate(self.duplicates):
            label = QLabel(self)
            label.setWordWrap(True)
            label.setObjectName(f"duplicate_{i}")
            button = QPushButton(self)
            button.setObjectName(f"open_duplicate_{i}")
            button.clicked.connect(lambda _=False, d=duplicate: self._open(d))
            self.grid.addWidget(label, i, 0)
            self.grid.addWidget(button, i, 1)
            self.rows.append((label, button))
        phones = any(d.field == "phone" for d in self.duplicates)
        self.grid.addWidget(self.shared_phone, len(self.duplicates), 0, 1, 2)
        self.phones_only = phones and all(d.field == "phone" for d in self.duplicates)
        self.shared_phone.setVisible(self.phones_only)
        self.retranslate()
        self.show()
        if self.rows:
            self.rows[0][1].setFocus()

    def clear(self) -> None:
        for label, button in self.rows:
            label.deleteLater()
            button.deleteLater()
        self.rows = []
        self.duplicates = []
        self.phones_only = False
        self.hide()

    def phone_sharing_allowed(self) -> bool:
        return self.phones_only and self.shared_phone.isChecked()

    def _open(self, d: Duplicate) -> None:
        if d.field == "phone" and d.customer_id is not None:
            self.file_requested.emit("customer", d.customer_id)
        elif d.vehicle_id is not None:
            self.file_requested.emit("vehicle", d.vehicle_id)
