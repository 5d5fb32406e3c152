"""The walk-around at pickup: the car diagram with the check-in's marks fixed and new ones
placed on top, the kind and note of the selected new mark, and every mark listed.

Used by the handover window; `changed` fires whenever a new mark is placed, moved, removed or
its note or kind changes, so the window can list the differences as they are found.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.checkin import MARK_KINDS
from ui.i18n import Retranslating, app_text
from ui.widgets.damage_diagram import Mark
from ui.widgets.order_header import fill_combo
from ui.widgets.pickup_diagram import PickupDiagram


class WalkaroundPanel(Retranslating, QGroupBox):
    changed = Signal()

    def __init__(self, check_in_marks: list[Mark], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("walkaround")
        self.diagram = PickupDiagram(self)
        self.diagram.setObjectName("pickup_diagram")
        self.diagram.set_check_in_marks(check_in_marks)
        self.diagram.changed.connect(self._marks_changed)
        self.diagram.selection_changed.connect(self._mark_selected)
        self.kind = QComboBox(self)
        self.kind.setObjectName("pickup_mark_kind")
        self.kind.currentIndexChanged.connect(
            lambda _i: self.diagram.set_kind(self.kind.currentData() or "scratch"))
        self.mark_note = QLineEdit(self)
        self.mark_note.setObjectName("pickup_mark_note")
        self.mark_note.textEdited.connect(self._note_edited)
        self.remove_mark = QPushButton(self)
        self.remove_mark.setObjectName("pickup_remove_mark")
        self.remove_mark.clicked.connect(
            lambda: self.diagram.remove(self.diagram.selected() or 0))
        self.marks_list = QListWidget(self)
        self.marks_list.setObjectName("pickup_marks")
        self.marks_list.setMaximumHeight(90)
        self.kind_label, self.note_label = QLabel(self), QLabel(self)
        self.kind_label.setBuddy(self.kind)
        self.note_label.setBuddy(self.mark_note)
        marks = QHBoxLayout()
        for widget in (self.kind_label, self.kind, self.note_label):
            marks.addWidget(widget)
        marks.addWidget(self.mark_note, 1)
        marks.addWidget(self.remove_mark)
        layout = QVBoxLayout(self)
        layout.addWidget(self.diagram, 1)
        layout.addLayout(marks)
        layout.addWidget(self.marks_list)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr(
            "Walk-around: hollow marks were found at check-in; click the car to mark new damage"))
        self.kind_label.setText(self.tr("&Kind"))
        self.note_label.setText(self.tr("Note of the mark"))
        self.remove_mark.setText(self.tr("Remove mark"))
        fill_combo(self.kind, MARK_KINDS, "MarkKind")
        self._list_marks()

    def focus_chain(self) -> list[QWidget]:
        return [self.diagram, self.kind, self.mark_note, self.remove_mark]

    def set_locked(self, locked: bool) -> None:
        for widget in (self.kind, self.mark_note, self.remove_mark):
            widget.setEnabled(not locked)
        self.diagram.set_locked(locked)

    def new_marks(self) -> tuple[dict[str, Any], ...]:
        """The marks found now, as the service takes them (numbered on by the service)."""
        return tuple({"x": m.x, "y": m.y, "kind": m.kind, "note": m.note}
                     for m in self.diagram.marks())

    def show_new_marks(self, marks: list[dict[str, Any]]) -> None:
        """A recorded pickup's new marks (numbered after the check-in's) shown again."""
        self.diagram.set_marks([Mark(int(m["number"]), float(m["x"]), float(m["y"]), m["kind"],
                                     m.get("note", "")) for m in marks])
        self._list_marks()

    def _marks_changed(self) -> None:
        self._list_marks()
        self.changed.emit()

    def _list_marks(self) -> None:
        self.marks_list.clear()
        for mark in self.diagram.check_in_marks():
            kind = app_text("MarkKind", MARK_KINDS.get(mark.kind, mark.kind))
            self.marks_list.addItem(self.tr("{n}. {kind} {note} (at check-in)").format(
                n=mark.number, kind=kind, note=mark.note))
        for mark in self.diagram.marks():
            kind = app_text("MarkKind", MARK_KINDS.get(mark.kind, mark.kind))
            self.marks_list.addItem(self.tr("{n}. {kind} {note} (new at pickup)").format(
                n=self.diagram.shown_number(mark.number), kind=kind, note=mark.note))

    def _mark_selected(self, number: int) -> None:
        mark = next((m for m in self.diagram.marks() if m.number == number), None)
        self.mark_note.setText(mark.note if mark else "")
        if mark is not None:
            self.kind.setCurrentIndex(max(self.kind.findData(mark.kind), 0))

    def _note_edited(self, text: str) -> None:
        number = self.diagram.selected()
        if number:
            self.diagram.set_note(number, text)  # emits changed through the diagram
