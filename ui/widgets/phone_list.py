"""Several phone numbers for one customer: a row per number, add and remove rows.

Row i is the input `phone_i` with its error label for the field "phones.i", as the customer
service names the refusals.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QToolButton, QWidget

from ui.i18n import Retranslating
from ui.widgets.field_error import FormErrors

MAX_PHONES = 6


class PhoneListEditor(Retranslating, QWidget):
    rows_changed = Signal()

    def __init__(self, errors: FormErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = errors
        self.edits: list[QLineEdit] = []
        self.removers: list[QToolButton] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setVerticalSpacing(2)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_phone")
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        self.add_row()
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("+ Add phone"))
        self.add_button.setToolTip(self.tr("Another number for the same customer"))
        for i, (edit, remover) in enumerate(zip(self.edits, self.removers, strict=True)):
            edit.setAccessibleName(self.tr("Phone {n}").format(n=i + 1))
            edit.setPlaceholderText(self.tr("mobile or landline, e.g. 138 0013 8000"))
            remover.setToolTip(self.tr("Remove this number"))
            remover.setAccessibleName(self.tr("Remove phone {n}").format(n=i + 1))

    def add_row(self, text: str = "", focus: bool = False) -> QLineEdit:
        i = len(self.edits)
        edit = QLineEdit(text, self)
        edit.setObjectName(f"phone_{i}")
        remover = QToolButton(self)
        remover.setObjectName(f"remove_phone_{i}")
        remover.setText("×")
        remover.clicked.connect(lambda: self.remove_row(self.removers.index(remover)))
        self.edits.append(edit)
        self.removers.append(remover)
        self._relay()
        if focus:
            edit.setFocus()
        return edit

    def remove_row(self, i: int) -> None:
        if len(self.edits) == 1:
            self.edits[0].clear()
            return
        texts = self.numbers()
        del texts[i]
        self.set_numbers(texts)
        self.edits[min(i, len(self.edits) - 1)].setFocus()

    def numbers(self) -> list[str]:
        return [e.text() for e in self.edits]

    def set_numbers(self, numbers: list[str]) -> None:
        numbers = numbers or [""]
        while len(self.edits) > len(numbers):
            self.edits.pop().deleteLater()
            self.removers.pop().deleteLater()
        for edit, number in zip(self.edits, numbers, strict=False):
            edit.setText(number)
        for number in numbers[len(self.edits):]:
            self.add_row(number)
        self._relay()

    def _relay(self) -> None:
        """Lay the rows out again and tell the form which error label goes with which row."""
        for field in list(self._known_fields()):
            self.errors.remove(field)
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None and isinstance(item.widget(), QWidget) \
                    and item.widget().objectName().startswith("error_phones"):
                item.widget().deleteLater()
        for i, (edit, remover) in enumerate(zip(self.edits, self.removers, strict=True)):
            edit.setObjectName(f"phone_{i}")
            remover.setObjectName(f"remove_phone_{i}")
            label = self.errors.add(f"phones.{i}", edit, self)
            self.grid.addWidget(edit, 2 * i, 0)
            self.grid.addWidget(remover, 2 * i, 1)
            self.grid.addWidget(label, 2 * i + 1, 0, 1, 2)
            edit.show()  # at once, not on the next event loop turn: it may get the focus now
            remover.show()
        self.grid.addWidget(self.add_button, 2 * len(self.edits), 0, 1, 2)
        self.add_button.setEnabled(len(self.edits) < MAX_PHONES)
        self.retranslate()
        self.rows_changed.emit()

    def _known_fields(self) -> list[str]:
        return [f"phones.{i}" for i in range(MAX_PHONES + 1)]

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for edit, remover in zip(self.edits, self.removers, strict=True):
            chain += [edit, remover]
        return [*chain, self.add_button]
