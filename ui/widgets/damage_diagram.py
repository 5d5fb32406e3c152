"""Damage marks on a drawing of the car: click to place, drag to move, keys for everything.

The drawing is resources/diagrams/car_outline.svg (1000 × 620); marks are kept as x, y in 0..1 of
that canvas, so the printed sheet (which draws the PNG of the same drawing) puts them at the
same place. Keyboard: arrows move the crosshair (Shift: bigger steps) or the selected mark,
Enter or Space places a mark at the crosshair, N / P select the next / previous mark, Esc
deselects, Delete removes, 1–5 choose the kind. Tab leaves the widget as in any form.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.resources import resource_path
from ui.i18n import Retranslating

CANVAS_W, CANVAS_H = 1000.0, 620.0
KINDS = ("scratch", "dent", "crack", "chip", "other")
COLOURS = {"scratch": "#d32f2f", "dent": "#1565c0", "crack": "#6a1b9a", "chip": "#ef6c00",
           "other": "#455a64"}
RADIUS = 11  # px on screen
STEP, BIG_STEP = 0.01, 0.05


@dataclass(frozen=True)
class Mark:
    number: int
    x: float
    y: float
    kind: str
    note: str = ""


class DamageDiagram(Retranslating, QWidget):
    changed = Signal()
    selection_changed = Signal(int)  # the selected mark's number, 0 for none

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer = QSvgRenderer(str(resource_path("diagrams", "car_outline.svg")), self)
        self._marks: list[Mark] = []
        self._kind = "scratch"
        self._selected = 0
        self._cursor = (0.5, 0.5)
        self._dragging = False
        self._grab = (0.0, 0.0)  # where in the mark it was grabbed: a drag does not jump
        self._keyboard = False  # the crosshair shows once the keys are used, not over a click
        self._locked = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(500, 310)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Damage diagram"))
        help_text = self.tr(
            "Click the car to mark damage; drag a mark to move it; right-click or Delete "
            "removes it. Keys: arrows move the crosshair or the selected mark, Enter places a "
            "mark, N / P select the next / previous, Esc deselects, 1–5 choose the kind.")
        self.setToolTip(help_text)
        self.setAccessibleDescription(help_text)

    # The data
    def marks(self) -> list[Mark]:
        return list(self._marks)

    def set_marks(self, marks: list[Mark]) -> None:
        self._marks = [replace(m, number=i) for i, m in enumerate(marks, start=1)]
        self._select(0)
        self.update()

    @property
    def current_kind(self) -> str:
        return self._kind

    def set_kind(self, kind: str) -> None:
        if kind in KINDS:
            self._kind = kind
            if self._selected and not self._locked:  # the selected mark takes the kind too
                self._change(self._selected, kind=kind)

    def set_note(self, number: int, note: str) -> None:
        self._change(number, note=note)

    def remove(self, number: int) -> None:
        if self._locked or not any(m.number == number for m in self._marks):
            return
        kept = [m for m in self._marks if m.number != number]
        self._marks = [replace(m, number=i) for i, m in enumerate(kept, start=1)]
        self._select(0)
        self.update()
        self.changed.emit()

    def selected(self) -> int | None:
        return self._selected or None

    def set_locked(self, locked: bool) -> None:
        self._locked = locked
        self._dragging = False
        self.update()

    def _change(self, number: int, **fields: object) -> None:
        if self._locked:
            return
        for i, mark in enumerate(self._marks):
            if mark.number == number:
                self._marks[i] = replace(mark, **fields)  # type: ignore[arg-type]
                self.update()
                self.changed.emit()
                return

    def _place(self, x: float, y: float) -> None:
        if self._locked:
            return
        number = len(self._marks) + 1
        self._marks.append(Mark(number, round(x, 4), round(y, 4), self._kind))
        self._select(number)
        self.update()
        self.changed.emit()

    def _select(self, number: int) -> None:
        if number != self._selected:
            self._selected = number
            self.selection_changed.emit(number)
        self.update()

    # Coordinates
    def _area(self) -> QRectF:
        w, h = self.width(), self.height()
        scale = min(w / CANVAS_W, h / CANVAS_H)
        aw, ah = CANVAS_W * scale, CANVAS_H * scale
        return QRectF((w - aw) / 2, (h - ah) / 2, aw, ah)

    def _to_canvas(self, pos: QPointF) -> tuple[float, float] | None:
        area = self._area()
        if not area.contains(pos):
            return None
        return ((pos.x() - area.x()) / area.width(), (pos.y() - area.y()) / area.height())

    def _on_screen(self, x: float, y: float) -> QPointF:
        area = self._area()
        return QPointF(area.x() + x * area.width(), area.y() + y * area.height())

    def _mark_at(self, pos: QPointF) -> int:
        for mark in reversed(self._marks):  # the one drawn on top first
            centre = self._on_screen(mark.x, mark.y)
            if (centre - pos).manhattanLength() <= RADIUS * 1.5:
                return mark.number
        return 0

    # Mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        self._keyboard = False
        pos = event.position()
        hit = self._mark_at(pos)
        if event.button() == Qt.MouseButton.RightButton:
            if hit:
                self.remove(hit)
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if hit:
            self._select(hit)
            mark = next(m for m in self._marks if m.number == hit)
            spot = self._to_canvas(pos)
            if spot is not None:
                self._grab = (spot[0] - mark.x, spot[1] - mark.y)
            self._dragging = not self._locked
            return
        spot = self._to_canvas(pos)
        if spot is not None:
            self._cursor = spot
            self._place(*spot)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging and self._selected:
            spot = self._to_canvas(event.position())
            if spot is not None:
                x = min(max(spot[0] - self._grab[0], 0.0), 1.0)
                y = min(max(spot[1] - self._grab[1], 0.0), 1.0)
                self._change(self._selected, x=round(x, 4), y=round(y, 4))

    def mouseReleaseEvent(self, _event: QMouseEvent) -> None:
        self._dragging = False

    # Keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1),
                  Qt.Key.Key_Down: (0, 1)}
        if key in arrows:
            self._keyboard = True
            step = BIG_STEP if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else STEP
            dx, dy = arrows[key]
            self._nudge(dx * step, dy * step)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._keyboard = True
            self._place(*self._cursor)
        elif key in (Qt.Key.Key_N, Qt.Key.Key_BracketRight):
            self._cycle(1)
        elif key in (Qt.Key.Key_P, Qt.Key.Key_BracketLeft):
            self._cycle(-1)
        elif key == Qt.Key.Key_Escape and self._selected:
            self._select(0)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._selected:
            self.remove(self._selected)
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
            self.set_kind(KINDS[key - Qt.Key.Key_1])
        else:
            super().keyPressEvent(event)

    def _nudge(self, dx: float, dy: float) -> None:
        mark = next((m for m in self._marks if m.number == self._selected), None)
        if mark is not None and not self._locked:
            self._change(mark.number, x=round(min(max(mark.x + dx, 0.0), 1.0), 4),
                         y=round(min(max(mark.y + dy, 0.0), 1.0), 4))
        else:
            x, y = self._cursor
            self._cursor = (min(max(x + dx, 0.0), 1.0), min(max(y + dy, 0.0), 1.0))
            self.update()

    def _cycle(self, step: int) -> None:
        if self._marks:
            count = len(self._marks)
            self._select((self._selected - 1 + step) % count + 1 if self._selected
                         else (1 if step > 0 else count))

    # Painting
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        area = self._area()
        if self._locked:
            painter.setOpacity(0.85)
        self._renderer.render(painter, area)
        painter.setOpacity(1.0)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(12)
        painter.setFont(font)
        for mark in self._marks:
            centre = self._on_screen(mark.x, mark.y)
            painter.setPen(QPen(QColor("black") if mark.number == self._selected
                                else QColor("white"), 3 if mark.number == self._selected else 1))
            painter.setBrush(QColor(COLOURS.get(mark.kind, "#455a64")))
            painter.drawEllipse(centre, RADIUS, RADIUS)
            painter.setPen(QColor("white"))
            painter.drawText(QRectF(centre.x() - RADIUS, centre.y() - RADIUS, 2 * RADIUS,
                                    2 * RADIUS), Qt.AlignmentFlag.AlignCenter, str(mark.number))
        if self.hasFocus() and self._keyboard and not self._locked:  # the keyboard's crosshair
            cross = self._on_screen(*self._cursor)
            painter.setPen(QPen(QColor("#2e7d32"), 1.5))
            painter.drawLine(cross - QPointF(9, 0), cross + QPointF(9, 0))
            painter.drawLine(cross - QPointF(0, 9), cross + QPointF(0, 9))
        painter.end()
