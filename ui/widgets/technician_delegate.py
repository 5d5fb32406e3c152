"""Choosing the technician of a labor line in place: a list of the workshop's people."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Index = QModelIndex | QPersistentModelIndex


class TechnicianDelegate(QStyledItemDelegate):
    def __init__(self, people: list[tuple[uuid.UUID, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people = people

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem,
                     _index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("technician_editor")
        combo.addItem("—", "")
        for person_id, name in self.people:
            combo.addItem(name, str(person_id))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        shown = index.data(Qt.ItemDataRole.DisplayRole) or ""
        editor.setCurrentIndex(max(editor.findText(shown), 0))
        editor.showPopup()  # one key less: the list is open at once

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData() or "", Qt.ItemDataRole.EditRole)
