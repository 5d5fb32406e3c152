"""The customer signs on screen: mouse, pen tablet (with pressure) or touch.

Strokes are kept as vector data in a fixed 600 × 200 canvas, whatever the widget's size, so a
signature replays the same anywhere: a stroke is a list of (x, y, pressure 0..1, ms since the
stroke began). The pad keeps its own "drawing" flag: a press starts a stroke, moves add points
only while drawing, a release ends it (a press sent by a test may not carry the button state).
"""

from __future__ import annotations

import itertools
import time

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.i18n import Retranslating

CANVAS_W, CANVAS_H = 600.0, 200.0
INK = QColor("#10184a")
Point = tuple[float, float, float, int]
Stroke = list[Point]


class SignaturePad(Retranslating, QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[Stroke] = []
        self._drawing = False
        self._started = 0.0
        self._locked = False
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(400, 140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint = self.tr("Sign here")
        self.setAccessibleName(self.tr("Signature pad"))
        self.setToolTip(self.tr("Sign with the mouse, a pen or a finger. Ctrl+Z undoes a "
                                "stroke, Delete clears."))
        self.update()

    # The data
    def strokes(self) -> list[Stroke]:
        return [list(stroke) for stroke in self._strokes]

    def set_strokes(self, strokes: list[Stroke]) -> None:
        self._strokes = [[(float(x), float(y), float(p), int(t)) for x, y, p, t in stroke]
                         for stroke in strokes if stroke]
        self._drawing = False
        self.update()

    def clear(self) -> None:
        if self._strokes and not self._locked:
            self._strokes.clear()
            self.update()
            self.changed.emit()

    def undo_stroke(self) -> None:
        if self._strokes and not self._locked:
            self._strokes.pop()
            self.update()
            self.changed.emit()

    def is_empty(self) -> bool:
        return not any(self._strokes)

    def set_locked(self, locked: bool) -> None:
        self._locked = locked
        self._drawing = False
        self.setCursor(Qt.CursorShape.ArrowCursor if locked else Qt.CursorShape.CrossCursor)
        self.update()

    def render_png(self, width: int = 600, height: int = 200) -> bytes:
        """The signature on white, as the paper prints it (the same strokes, the same bytes)."""
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_strokes(painter, QRectF(0, 0, width, height))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return bytes(data.data())

    # Coordinates
    def _area(self) -> QRectF:
        """The widget's largest 3:1 area, centred: where the canvas is shown."""
        w, h = self.width(), self.height()
        scale = min(w / CANVAS_W, h / CANVAS_H)
        aw, ah = CANVAS_W * scale, CANVAS_H * scale
        return QRectF((w - aw) / 2, (h - ah) / 2, aw, ah)

    def _to_canvas(self, pos: QPointF) -> tuple[float, float]:
        area = self._area()
        x = (pos.x() - area.x()) / area.width() * CANVAS_W
        y = (pos.y() - area.y()) / area.height() * CANVAS_H
        return min(max(x, 0.0), CANVAS_W), min(max(y, 0.0), CANVAS_H)

    # Drawing
    def _begin(self, pos: QPointF, pressure: float) -> None:
        if self._locked:
            return
        self._drawing = True
        self._started = time.monotonic()
        x, y = self._to_canvas(pos)
        self._strokes.append([(x, y, pressure, 0)])
        self.update()

    def _extend(self, pos: QPointF, pressure: float) -> None:
        if not self._drawing or self._locked:
            return
        x, y = self._to_canvas(pos)
        self._strokes[-1].append((x, y, pressure, int((time.monotonic() - self._started) * 1000)))
        self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position(), 1.0)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._extend(event.position(), 1.0)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._extend(event.position(), 1.0)
        self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:
        pressure = float(event.pressure()) or 1.0
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position(), pressure)
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position(), pressure)
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        event.accept()  # no synthesized mouse events on top: each point once

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QTouchEvent) and event.points():
            point = event.points()[0]
            pressure = float(point.pressure()) or 1.0
            if event.type() == QEvent.Type.TouchBegin:
                self._begin(point.position(), pressure)
            elif event.type() == QEvent.Type.TouchUpdate:
                self._extend(point.position(), pressure)
            elif event.type() in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
                self._end()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_stroke()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
        else:
            super().keyPressEvent(event)

    # Painting
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self._area()
        painter.fillRect(self.rect(), QColor("#f4f4f4") if self._locked else QColor("white"))
        painter.setPen(QPen(QColor("#b0b0b0"), 1, Qt.PenStyle.DashLine))
        baseline = area.y() + area.height() * 0.78
        painter.drawLine(QPointF(area.x() + 20, baseline),
                         QPointF(area.right() - 20, baseline))
        if self.is_empty():
            painter.setPen(QColor("#a0a0a0"))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.hint)
        self._paint_strokes(painter, area)
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        painter.end()

    def _paint_strokes(self, painter: QPainter, area: QRectF) -> None:
        scale = area.width() / CANVAS_W
        for stroke in self._strokes:
            if len(stroke) == 1:
                x, y, p, _ = stroke[0]
                painter.setPen(QPen(INK, (1.2 + 2.6 * p) * scale, Qt.PenStyle.SolidLine,
                                    Qt.PenCapStyle.RoundCap))
                painter.drawPoint(QPointF(area.x() + x * scale, area.y() + y * scale))
                continue
            for (x1, y1, p1, _), (x2, y2, p2, _t) in itertools.pairwise(stroke):
                pen = QPen(INK, (1.2 + 2.6 * (p1 + p2) / 2) * scale, Qt.PenStyle.SolidLine,
                           Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
                painter.setPen(pen)
                painter.drawLine(QPointF(area.x() + x1 * scale, area.y() + y1 * scale),
                                 QPointF(area.x() + x2 * scale, area.y() + y2 * scale))
