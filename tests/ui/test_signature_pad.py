"""The signature pad and the damage diagram driven by real mouse and key events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage

from ui.widgets.damage_diagram import DamageDiagram, Mark
from ui.widgets.signature_pad import SignaturePad


@pytest.fixture
def pad(qtbot):  # type: ignore[no-untyped-def]
    widget = SignaturePad()
    widget.resize(600, 200)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _stroke(qtbot, widget, points) -> None:  # type: ignore[no-untyped-def]
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=QPoint(*points[0]))
    for p in points[1:]:
        qtbot.mouseMove(widget, QPoint(*p))
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=QPoint(*points[-1]))


def test_strokes_are_recorded_in_the_canvas_and_undone(qtbot, pad) -> None:  # type: ignore[no-untyped-def]
    _stroke(qtbot, pad, [(100, 100), (150, 80), (200, 120)])
    _stroke(qtbot, pad, [(300, 60), (350, 140)])
    strokes = pad.strokes()
    assert len(strokes) == 2 and strokes[0][0][:3] == (100.0, 100.0, 1.0)
    assert strokes[1][-1][:2] == (350.0, 140.0)
    pad.undo_stroke()
    assert len(pad.strokes()) == 1
    pad.setFocus()
    qtbot.keyClick(pad, Qt.Key.Key_Delete)
    assert pad.is_empty()


def test_the_png_shows_ink_where_the_strokes_are(qtbot, pad) -> None:  # type: ignore[no-untyped-def]
    _stroke(qtbot, pad, [(100, 100), (500, 100)])
    png = pad.render_png()
    assert png == pad.render_png()  # the same strokes, the same bytes
    image = QImage.fromData(png)
    assert image.pixelColor(300, 100) != QColor("white")
    assert image.pixelColor(300, 30) == QColor("white")


def test_a_locked_pad_takes_no_ink_and_replays_at_any_size(qtbot, pad) -> None:  # type: ignore[no-untyped-def]
    _stroke(qtbot, pad, [(60, 50), (540, 150)])
    kept = pad.strokes()
    pad.set_locked(True)
    _stroke(qtbot, pad, [(100, 100), (200, 100)])
    assert pad.strokes() == kept
    other = SignaturePad()
    qtbot.addWidget(other)
    other.resize(1200, 400)
    other.set_strokes(kept)
    assert other.render_png() == pad.render_png()


@pytest.fixture
def diagram(qtbot):  # type: ignore[no-untyped-def]
    widget = DamageDiagram()
    widget.resize(1000, 620)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_clicks_place_numbered_marks_where_clicked(qtbot, diagram) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(diagram, Qt.MouseButton.LeftButton, pos=QPoint(500, 310))
    diagram.setFocus()
    qtbot.keyClick(diagram, Qt.Key.Key_2)  # the selected mark becomes a dent
    qtbot.mouseClick(diagram, Qt.MouseButton.LeftButton, pos=QPoint(250, 155))
    marks = diagram.marks()
    assert [(m.number, m.kind) for m in marks] == [(1, "dent"), (2, "dent")]
    assert (marks[0].x, marks[0].y) == (0.5, 0.5) and (marks[1].x, marks[1].y) == (0.25, 0.25)


def test_drag_moves_and_remove_renumbers(qtbot, diagram) -> None:  # type: ignore[no-untyped-def]
    diagram.set_marks([Mark(1, 0.1, 0.1, "scratch"), Mark(2, 0.5, 0.5, "crack", "裂"),
                       Mark(3, 0.9, 0.9, "chip")])
    qtbot.mousePress(diagram, Qt.MouseButton.LeftButton, pos=QPoint(500, 310))
    qtbot.mouseMove(diagram, QPoint(600, 310))
    qtbot.mouseRelease(diagram, Qt.MouseButton.LeftButton, pos=QPoint(600, 310))
    assert diagram.marks()[1].x == 0.6
    diagram.remove(1)
    assert [(m.number, m.kind) for m in diagram.marks()] == [(1, "crack"), (2, "chip")]


def test_every_action_by_keyboard_and_locked_ignores_clicks(qtbot, diagram) -> None:  # type: ignore[no-untyped-def]
    diagram.setFocus()
    for _ in range(2):
        qtbot.keyClick(diagram, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(diagram, Qt.Key.Key_3)
    qtbot.keyClick(diagram, Qt.Key.Key_Return)
    [mark] = diagram.marks()
    assert (mark.x, mark.y, mark.kind) == (0.6, 0.5, "crack")
    qtbot.keyClick(diagram, Qt.Key.Key_Down)  # moves the selected mark
    assert diagram.marks()[0].y == 0.51
    qtbot.keyClick(diagram, Qt.Key.Key_Delete)
    assert diagram.marks() == []
    diagram.set_locked(True)
    qtbot.mouseClick(diagram, Qt.MouseButton.LeftButton, pos=QPoint(500, 310))
    assert diagram.marks() == []
