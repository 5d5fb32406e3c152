"""The customer's signature, drawn on screen with a mouse, a pen tablet or a finger.

Strokes are vector data in a fixed logical canvas of 600 × 200 units, whatever the widget's size,
so a signature replays at any size and prints from the same numbers it was stored with. Each point
is (x, y, pressure 0..1, milliseconds since its stroke began); a mouse presses with 1.0. The pad
shows the canvas as the largest 3:1 area centred in the widget, with a baseline and a light
"Sign here" hint while empty. A signed check-in locks the pad: nothing more is drawn or erased.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QElapsedTimer,
    QEvent,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QInputDevice,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.i18n import Retranslating

Point = tuple[float, float, float, int]  # x, y in canvas units, pressure 0..1, ms into the stroke
Stroke = list[Point]

CANVAS_WIDTH = 600.0
CANVAS_HEIGHT = 200.0
INK = QColor("#1a1f36")  # near black with a hint of blue: reads as pen ink, prints as black
INK_WIDTH = 3.2  # canvas units at full pressure
THINNEST = 0.35  # share of INK_WIDTH at zero pressure, so a light touch still shows
BASELINE_Y = 0.72  # of the canvas height
GUIDE = QColor("#c9ccd3")
HINT = QColor("#a9adb6")
LOCKED_PAPER = QColor("#f6f6f4")
TOUCH_EVENTS = (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
                QEvent.Type.TouchCancel)


def canvas_rect(area: QRectF) -> QRectF:
    """The largest 3:1 rectangle centred in `area`: where the canvas is shown or rendered."""
    scale = min(area.width() / CANVAS_WIDTH, area.height() / CANVAS_HEIGHT)
    width, height = CANVAS_WIDTH * scale, CANVAS_HEIGHT * scale
    return QRectF(area.x() + (area.width() - width) / 2, area.y() + (area.height() - height) / 2,
                  width, height)


def paint_strokes(painter: QPainter, strokes: list[Stroke], target: QRectF) -> None:
    """Draw `strokes` scaled into `target` (a 3:1 rectangle), each segment as wide as its
    pressure; only x, y and pressure count, so the same strokes always paint the same pixels."""
    scale = target.width() / CANVAS_WIDTH
    pen = QPen(INK)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)

    def at(point: Point) -> QPointF:
        return QPointF(target.x() + point[0] * scale, target.y() + point[1] * scale)

    for stroke in strokes:
        if len(stroke) == 1:  # a dot: the pen touched and lifted
            pen.setWidthF(_width(stroke[0][2]) * scale)
            painter.setPen(pen)
            painter.drawPoint(at(stroke[0]))
        for first, second in itertools.pairwise(stroke):
            pen.setWidthF(_width((first[2] + second[2]) / 2) * scale)
            painter.setPen(pen)
            painter.drawLine(at(first), at(second))


def _width(pressure: float) -> float:
    return INK_WIDTH * (THINNEST + (1 - THINNEST) * min(max(pressure, 0.0), 1.0))


class SignaturePad(Retranslating, QWidget):
    """Draws strokes from mouse, pen and touch; Ctrl+Z takes one back, Delete clears."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signature_pad")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(400, 140)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._strokes: list[Stroke] = []
        # The pad's own "drawing" state: which input started the current stroke (None = not
        # drawing). Moves count only while drawing, whatever buttons a move event claims,
        # because presses sent by hand (tests, some tablet drivers) may not carry the button.
        self._source: str | None = None
        self._clock = QElapsedTimer()
        self._locked = False
        self.retranslate()

    def retranslate(self) -> None:
        self.hint = self.tr("Sign here")
        self.setAccessibleName(self.tr("Customer signature"))
        description = self.tr("Sign with the mouse, a pen or a finger. Ctrl+Z takes back the "
                              "last stroke; Delete clears the signature.")
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        self.update()

    # --- the data ------------------------------------------------------------------------

    def strokes(self) -> list[Stroke]:
        return [list(stroke) for stroke in self._strokes]

    def set_strokes(self, strokes: list[Stroke]) -> None:
        """Show stored strokes (also on a locked pad: that is how a signed check-in is shown)."""
        self._source = None
        self._strokes = [[(float(x), float(y), float(p), int(t)) for x, y, p, t in stroke]
                         for stroke in strokes if stroke]
        self.update()
        self.changed.emit()

    def clear(self) -> None:
        """Erase everything; does nothing on a locked pad."""
        if self._locked or not self._strokes:
            return
        self._source = None
        self._strokes = []
        self.update()
        self.changed.emit()

    def undo_stroke(self) -> None:
        """Take back the last stroke; does nothing on a locked pad."""
        if self._locked or not self._strokes:
            return
        self._source = None
        self._strokes.pop()
        self.update()
        self.changed.emit()

    def is_empty(self) -> bool:
        return not self._strokes

    def set_locked(self, locked: bool) -> None:
        if locked and self._source is not None:
            self._end_stroke()  # locked mid-stroke: keep what was drawn so far
        self._locked = locked
        self.setCursor(Qt.CursorShape.ArrowCursor if locked else Qt.CursorShape.CrossCursor)
        self.update()

    def is_locked(self) -> bool:
        return self._locked

    def render_png(self, width: int = 600, height: int = 200) -> bytes:
        """The signature alone (no hint, no baseline) as PNG: dark ink on white, antialiased."""
        if width <= 0 or height <= 0:
            raise ValueError("render_png needs a positive width and height")
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_strokes(painter, self._strokes, canvas_rect(QRectF(0, 0, width, height)))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())

    # --- drawing -------------------------------------------------------------------------

    def _canvas(self) -> QRectF:
        return canvas_rect(QRectF(self.rect()))

    def _point(self, position: QPointF, pressure: float) -> Point:
        area = self._canvas()
        scale = CANVAS_WIDTH / area.width()
        x = min(max((position.x() - area.x()) * scale, 0.0), CANVAS_WIDTH)
        y = min(max((position.y() - area.y()) * scale, 0.0), CANVAS_HEIGHT)
        return (x, y, pressure, 0)

    def _begin_stroke(self, source: str, position: QPointF, pressure: float) -> None:
        self._source = source
        self._clock.start()
        self._strokes.append([self._point(position, pressure)])
        self.update()

    def _add_point(self, position: QPointF, pressure: float) -> None:
        x, y, p, _ = self._point(position, pressure)
        stroke = self._strokes[-1]
        if (x, y) == stroke[-1][:2]:  # the pointer did not move: no new point, no new data
            return
        stroke.append((x, y, p, int(self._clock.elapsed())))
        self.update()

    def _end_stroke(self) -> None:
        self._source = None
        self.changed.emit()

    def _drawing(self, source: str) -> bool:
        return self._source == source and not self._locked

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._locked or self._source:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._begin_stroke("mouse", event.position(), 1.0)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drawing("mouse"):
            self._add_point(event.position(), 1.0)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drawing("mouse") and event.button() == Qt.MouseButton.LeftButton:
            self._add_point(event.position(), 1.0)
            self._end_stroke()

    def tabletEvent(self, event: QTabletEvent) -> None:
        # Accepted, so Qt does not also send the same pen movement as mouse events.
        event.accept()
        if self._locked:
            return
        pressure = self._pressure(event.pointingDevice(), event.pressure())
        kind = event.type()
        if kind == QEvent.Type.TabletPress and self._source is None:
            self._begin_stroke("pen", event.position(), pressure)
        elif kind == QEvent.Type.TabletMove and self._drawing("pen"):
            self._add_point(event.position(), pressure)
        elif kind == QEvent.Type.TabletRelease and self._drawing("pen"):
            self._end_stroke()

    def event(self, event: QEvent) -> bool:
        if event.type() in TOUCH_EVENTS and isinstance(event, QTouchEvent):
            return self._touch(event)
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> bool:
        if self._locked or not event.points():
            event.ignore()
            return False
        point = event.points()[0]  # one finger signs; a resting palm's second point is ignored
        pressure = self._pressure(event.pointingDevice(), point.pressure())
        kind = event.type()
        if kind == QEvent.Type.TouchBegin and self._source is None:
            self._begin_stroke("touch", point.position(), pressure)
        elif kind == QEvent.Type.TouchUpdate and self._drawing("touch"):
            self._add_point(point.position(), pressure)
        elif kind == QEvent.Type.TouchEnd and self._drawing("touch"):
            self._add_point(point.position(), pressure)
            self._end_stroke()
        elif kind == QEvent.Type.TouchCancel and self._drawing("touch"):
            self._strokes.pop()  # the system took the touch over (a gesture): not a stroke
            self._source = None
            self.update()
        event.accept()
        return True

    @staticmethod
    def _pressure(device: QInputDevice | None, pressure: float) -> float:
        """The device's pressure when it measures one, else full ink (as with a mouse)."""
        if device is not None and device.capabilities() & QInputDevice.Capability.Pressure:
            return min(max(float(pressure), 0.0), 1.0)
        return 1.0

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo) and not self._locked:
            self.undo_stroke()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not self._locked:
            self.clear()
        else:
            super().keyPressEvent(event)

    # --- looks ---------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(600, 200)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(width * CANVAS_HEIGHT / CANVAS_WIDTH)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self._canvas()
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
        painter.fillRect(area, LOCKED_PAPER if self._locked else QColor("white"))
        self._paint_guides(painter, area)
        paint_strokes(painter, self._strokes, area)
        self._paint_frame(painter, area)
        painter.end()

    def _paint_guides(self, painter: QPainter, area: QRectF) -> None:
        left, right = area.x() + area.width() * 0.06, area.x() + area.width() * 0.94
        base = area.y() + area.height() * BASELINE_Y
        painter.setPen(QPen(GUIDE, 1.2))
        painter.drawLine(QPointF(left, base), QPointF(right, base))
        cross = area.height() * 0.035  # the "×" that marks where a signature line begins
        corner = QPointF(left + cross, base - cross * 2.2)
        painter.drawLine(corner - QPointF(cross, cross), corner + QPointF(cross, cross))
        painter.drawLine(corner + QPointF(-cross, cross), corner + QPointF(cross, -cross))
        if self._strokes or self._locked:
            return
        font = QFont(self.font())
        font.setPixelSize(max(12, round(area.height() * 0.1)))
        painter.setFont(font)
        painter.setPen(HINT)
        above = QRectF(area.x(), area.y(), area.width(), base - area.y())
        painter.drawText(above, Qt.AlignmentFlag.AlignCenter, self.hint)

    def _paint_frame(self, painter: QPainter, area: QRectF) -> None:
        focused = self.hasFocus()
        colour = self.palette().color(QPalette.ColorRole.Highlight) if focused else GUIDE
        width = 2.0 if focused else 1.0
        painter.setPen(QPen(colour, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = width / 2
        painter.drawRect(area.adjusted(inset, inset, -inset, -inset))
