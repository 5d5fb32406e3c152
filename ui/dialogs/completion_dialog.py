"""The completion check dialog (竣工检验): every item passed or failed, then pass or fail.

Opened from the order editor while the order is in quality check. Every item starts "not
checked": the inspector confirms each one. Keys: 1 passes and 2 fails the selected item and
moves to the next (the note column takes what is wrong); Ctrl+1 passes all the items not
checked yet, on purpose; Ctrl+Enter records the check, refused while an item is unchecked.
A pass makes the car ready for pickup; a fail sends it back to work with the reason.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain.errors import InputError
from app.services import completion
from app.services.order_flow import MoveRefused
from ui.dialogs.form_dialog import FormDialog
from ui.i18n import app_text, status_name
from ui.widgets.field_error import with_error
from ui.widgets.why_not import allow

ITEM, RESULT, NOTE = range(3)
UNCHECKED = Qt.CheckState.PartiallyChecked  # not checked yet; Checked: passed; Unchecked: failed


class CompletionDialog(FormDialog):
    def __init__(self, context: AppContext, order_id: uuid.UUID, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("completion_dialog")
        self.order_id, self.order_title = order_id, title
        self.passed: bool | None = None
        with context.read() as s:
            self.items = completion.checklist_items(s)
        self.heading = QLabel(self)
        self.heading.setObjectName("completion_heading")
        self.heading.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.table = QTableWidget(len(self.items), 3, self)
        self.table.setObjectName("completion_items")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        for row, name in enumerate(self.items):
            item = QTableWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(UNCHECKED)  # the inspector confirms each item
            self.table.setItem(row, ITEM, item)
            result = QTableWidgetItem()
            result.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, RESULT, result)
            self.table.setItem(row, NOTE, QTableWidgetItem(""))
        self.table.itemChanged.connect(self._item_changed)
        self.table.installEventFilter(self)
        self.reason_label = QLabel(self)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("completion_reason")
        self.reason_label.setBuddy(self.reason)
        self.summary = QLabel(self)
        self.summary.setObjectName("completion_summary")
        self.pass_rest = QPushButton(self)
        self.pass_rest.setObjectName("completion_pass_rest")
        self.pass_rest.setAutoDefault(False)
        self.pass_rest.clicked.connect(self.pass_remaining)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(with_error(self.table, self.errors.add("results", self.table, self)), 1)
        layout.addWidget(self.reason_label)
        layout.addWidget(with_error(self.reason, self.errors.add("reason", self.reason, self)))
        summary = QHBoxLayout()
        summary.addWidget(self.summary, 1)
        summary.addWidget(self.pass_rest)
        layout.addLayout(summary)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.set_tab_chain([self.table, self.reason])
        self.retranslate()
        self.resize(QSize(760, 560))
        self.table.setCurrentCell(0, ITEM)

    def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]
        # 1 passes, 2 fails the selected item; typing in the note column is left alone.
        if watched is self.table and event.type() == event.Type.KeyPress and \
                event.key() in (Qt.Key.Key_1, Qt.Key.Key_2) and self.table.currentRow() >= 0:
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                if event.key() == Qt.Key.Key_1:
                    self.pass_remaining()
                return True
            row = self.table.currentRow()
            self.set_passed(row, event.key() == Qt.Key.Key_1)
            self.table.setCurrentCell(min(row + 1, self.table.rowCount() - 1), ITEM)
            return True
        return super().eventFilter(watched, event)

    def set_passed(self, row: int, passed: bool) -> None:
        self.table.item(row, ITEM).setCheckState(
            Qt.CheckState.Checked if passed else Qt.CheckState.Unchecked)

    def pass_remaining(self) -> None:
        """Ctrl+1: every item not checked yet passes (the inspector's deliberate choice)."""
        for row in self.unchecked_rows():
            self.set_passed(row, True)

    def unchecked_rows(self) -> list[int]:
        return [row for row in range(self.table.rowCount())
                if self.table.item(row, ITEM).checkState() == UNCHECKED]

    def set_note(self, row: int, note: str) -> None:
        self.table.item(row, NOTE).setText(note)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Completion check — {order}").format(order=self.order_title))
        self.heading.setText(self.tr("Completion check of {order}").format(
            order=self.order_title))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Item (1 passed · 2 failed)"), self.tr("Result"), self.tr("Note")])
        for row, name in enumerate(self.items):
            self.table.item(row, ITEM).setText(app_text("CompletionItem", name))
        self.reason_label.setText(self.tr("&Why it goes back to work (if anything failed)"))
        self.reason.setPlaceholderText(self.tr("e.g. oil pan still seeping: tighten again"))
        self.retranslate_buttons(self.tr("&Record the check"))
        self.pass_rest.setText(self.tr("Pass all &unchecked items (Ctrl+1)"))
        self._show_results()
        self.table.resizeColumnToContents(ITEM)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == ITEM:
            self._show_results()

    def _show_results(self) -> None:
        self.table.blockSignals(True)
        failed = 0
        for row in range(self.table.rowCount()):
            state = self.table.item(row, ITEM).checkState()
            failed += state == Qt.CheckState.Unchecked
            result = self.table.item(row, RESULT)
            result.setText(self.tr("Not checked yet") if state == UNCHECKED else
                           self.tr("Passed") if state == Qt.CheckState.Checked
                           else self.tr("Failed"))
            result.setForeground(Qt.GlobalColor.darkYellow if state == UNCHECKED else
                                 Qt.GlobalColor.darkGreen if state == Qt.CheckState.Checked
                                 else Qt.GlobalColor.red)
        self.table.blockSignals(False)
        unchecked = len(self.unchecked_rows())
        allow(self.pass_rest, None if unchecked else self.tr("Every item is checked."))
        self.summary.setText(
            self.tr("{n} item(s) not checked yet: 1 passed · 2 failed.").format(n=unchecked)
            if unchecked else
            self.tr("All items passed: the car will be ready for pickup.") if not failed else
            self.tr("{n} item(s) failed: the car goes back to work.").format(n=failed))

    def results(self) -> list[dict[str, object]]:
        return [{"item": self.table.item(row, ITEM).data(Qt.ItemDataRole.UserRole),
                 "passed": self.table.item(row, ITEM).checkState() == Qt.CheckState.Checked,
                 "note": self.table.item(row, NOTE).text()}
                for row in range(self.table.rowCount())]

    def submit(self) -> bool:
        unchecked = self.unchecked_rows()
        if unchecked:  # each item is the inspector's word, never a default
            self.table.setCurrentCell(unchecked[0], ITEM)
            raise InputError("results", NOT_CHECKED, items="、".join(
                self.table.item(row, ITEM).text() for row in unchecked))
        try:
            with self.context.write() as s:
                view = completion.record(s, self.context.user, self.order_id, self.results(),
                                         self.reason.text())
        except MoveRefused as refused:
            self.errors.show([InputError("general", NOT_IN_CHECK, status=status_name(
                refused.status))])
            return False
        self.passed = view.passed
        return True


NOT_CHECKED = QT_TRANSLATE_NOOP(
    "InputError", "Not checked yet: {items}. Press 1 (passed) or 2 (failed) on each, or Ctrl+1 "
    "to pass all of them.")
NOT_IN_CHECK = QT_TRANSLATE_NOOP(
    "InputError", "The order is no longer in quality check (it is {status}); reopen it.")
