"""In the order editor of a comeback (返修): the chosen lines made free under warranty.

An action on the lines table (right-click, or Ctrl+Shift+W), enabled only for an open comeback
order; app/services/comebacks gives each chosen line a discount of its whole amount, so the
price stays readable on the bill and the line is charged nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from app.domain.errors import InputErrors
from app.services import comebacks
from app.services.orders import OrderView

if TYPE_CHECKING:
    from ui.pages.order_editor import OrderEditor


class ComebackLines(QObject):
    def __init__(self, editor: OrderEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.original: comebacks.ComebackOf | None = None
        self.action = QAction(editor.table)
        self.action.setObjectName("free_under_warranty")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.triggered.connect(self.make_free)
        editor.table.addAction(self.action)
        editor.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("Free under warranty (comeback)"))

    def show_order(self, view: OrderView) -> str:
        """Enable the action for an open comeback; returns the line the editor shows, or ""."""
        with self.editor.context.read() as s:
            self.original = comebacks.comeback_of(s, view.id)
        self.action.setEnabled(self.original is not None and view.editable)
        if self.original is None:
            return ""
        return self.tr("Comeback of {number}: select the warranty items and press Ctrl+Shift+W "
                       "to charge them nothing.").format(number=self.original.original_number)

    def make_free(self) -> None:
        editor = self.editor
        view = editor.view
        if view is None or self.original is None or (editor.dirty and not editor.save()):
            return
        rows = sorted({index.row() for index in editor.table.selectionModel().selectedRows()}
                      or {editor.table.currentIndex().row()})
        lines = [editor.model.row_at(row) for row in rows]
        ids = [line.id for line in lines if line is not None and line.id is not None]
        if not ids:
            return
        try:
            with editor.context.write() as s:
                comebacks.charge_free(s, editor.context.user, view.id, ids)
        except InputErrors as refused:
            editor._show_errors(refused.errors)
            return
        editor.open_order(view.id)
        editor.order_changed.emit(view.id)
