"""The damage diagram at pickup: the check-in's marks shown fixed, new marks placed on top.

The check-in's marks (numbered 1…n) are drawn hollow in their kind's colour and cannot be moved;
marks placed now are the parent widget's own (click, drag, keys as in DamageDiagram) and are
numbered on from n + 1, as the pickup record and the printed note number them.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from ui.widgets.damage_diagram import COLOURS, RADIUS, DamageDiagram, Mark

NEW_RING = "#0040b3"  # the ring of a mark found at pickup, as on the printed note


class PickupDiagram(DamageDiagram):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fixed: list[Mark] = []

    def set_check_in_marks(self, marks: list[Mark]) -> None:
        self._fixed = list(marks)
        self.update()

    def check_in_marks(self) -> list[Mark]:
        return list(self._fixed)

    def shown_number(self, number: int) -> int:
        """A new mark's number as printed: after the check-in's."""
        return len(self._fixed) + number

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        self._renderer.render(painter, self._area())
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(12)
        painter.setFont(font)
        for mark in self._fixed:  # at check-in: hollow, in the kind's colour
            centre = self._on_screen(mark.x, mark.y)
            colour = QColor(COLOURS.get(mark.kind, "#455a64"))
            painter.setPen(QPen(colour, 2.5))
            painter.setBrush(QColor("white"))
            painter.drawEllipse(centre, RADIUS, RADIUS)
            painter.setPen(colour)
            painter.drawText(QRectF(centre.x() - RADIUS, centre.y() - RADIUS, 2 * RADIUS,
                                    2 * RADIUS), Qt.AlignmentFlag.AlignCenter, str(mark.number))
        for mark in self.marks():  # new at pickup: filled, ringed blue (black when selected)
            centre = self._on_screen(mark.x, mark.y)
            selected = mark.number == self.selected()
            painter.setPen(QPen(QColor("black" if selected else NEW_RING), 3))
            painter.setBrush(QColor(COLOURS.get(mark.kind, "#455a64")))
            painter.drawEllipse(centre, RADIUS, RADIUS)
            painter.setPen(QColor("white"))
            painter.drawText(QRectF(centre.x() - RADIUS, centre.y() - RADIUS, 2 * RADIUS,
                                    2 * RADIUS), Qt.AlignmentFlag.AlignCenter,
                             str(self.shown_number(mark.number)))
        if self.hasFocus() and self._keyboard and not self._locked:
            cross = self._on_screen(*self._cursor)
            painter.setPen(QPen(QColor("#2e7d32"), 1.5))
            painter.drawLine(cross - QPointF(9, 0), cross + QPointF(9, 0))
            painter.drawLine(cross - QPointF(0, 9), cross + QPointF(0, 9))
        painter.end()
