"""The damage diagram at a size that is not the drawing's: where clicks land, and every key.

tests/ui/test_signature_pad.py drives it at exactly 1000 × 620, where the aspect fit is the
identity; here the widget is wider than the drawing, so the car is centred between empty bands.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from ui.widgets.damage_diagram import DamageDiagram, Mark

WIDTH, HEIGHT = 800, 400
SCALE = min(WIDTH / 1000, HEIGHT / 620)  # the car drawn 645 × 400, 77 px from either side
LEFT, TOP = (WIDTH - 1000 * SCALE) / 2, (HEIGHT - 620 * SCALE) / 2
NEAR = 1 / 600  # one screen pixel, normalized


def at(x: float, y: float) -> QPoint:
    """The screen point of normalized (x, y) on the drawn car."""
    return QPointF(LEFT + x * 1000 * SCALE, TOP + y * 620 * SCALE).toPoint()


@pytest.fixture
def diagram(qtbot):  # type: ignore[no-untyped-def]
    widget = DamageDiagram()
    widget.resize(WIDTH, HEIGHT)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.setFocus()
    return widget


def spots(diagram: DamageDiagram) -> list[tuple[int, float, float, str]]:
    return [(m.number, m.x, m.y, m.kind) for m in diagram.marks()]


def test_clicks_map_through_the_aspect_fit(qtbot, diagram) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(diagram, Qt.MouseButton.LeftButton, pos=QPoint(WIDTH // 2, HEIGHT // 2))
    qtbot.mouseClick(diagram, Qt.MouseButton.LeftButton, pos=at(0.25, 0.8))
    qtbot.mouseClick(diagram, Qt.MouseButton.LeftButton, pos=QPoint(20, HEIGHT // 2))  # beside
    [first, second] = diagram.marks()
    assert (first.x, first.y) == (pytest.approx(0.5, abs=NEAR), pytest.approx(0.5, abs=NEAR))
    assert (second.x, second.y) == (pytest.approx(0.25, abs=NEAR), pytest.approx(0.8, abs=NEAR))
    assert (first.number, second.number) == (1, 2)


def test_keys_1_to_5_choose_the_kind(qtbot, diagram) -> None:  # type: ignore[no-untyped-def]
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5):
        qtbot.keyClick(diagram, key)
        qtbot.keyClick(diagram, Qt.Key.Key_Return)
        qtbot.keyClick(diagram, Qt.Key.Key_Escape)  # deselect, so arrows move the crosshair
        qtbot.keyClick(diagram, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert [m.kind for m in diagram.marks()] == ["scratch", "dent", "crack", "chip", "other"]
    assert diagram.current_kind == "other"


def test_placing_and_moving_by_keyboard_only(qtbot, diagram) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        qtbot.keyClick(diagram, Qt.Key.Key_Right)
    qtbot.keyClick(diagram, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(diagram, Qt.Key.Key_Space)
    assert spots(diagram) == [(1, pytest.approx(0.53), pytest.approx(0.55), "scratch")]
    assert diagram.selected() == 1
    qtbot.keyClick(diagram, Qt.Key.Key_Left)  # the new mark is selected: arrows move it
    assert diagram.marks()[0].x == pytest.approx(0.52)
    qtbot.keyClick(diagram, Qt.Key.Key_Escape)
    assert diagram.selected() is None
    qtbot.keyClick(diagram, Qt.Key.Key_Up)  # nothing selected: the crosshair moves, not the mark
    assert diagram.marks()[0].y == pytest.approx(0.55)


def test_next_previous_escape_and_delete(qtbot, diagram) -> None:  # type: ignore[no-untyped-def]
    diagram.set_marks([Mark(1, 0.2, 0.2, "scratch"), Mark(2, 0.5, 0.5, "dent", "门"),
                       Mark(3, 0.8, 0.8, "chip")])
    with qtbot.waitSignal(diagram.selection_changed) as selected:
        qtbot.keyClick(diagram, Qt.Key.Key_N)
    assert selected.args == [1] and diagram.selected() == 1
    qtbot.keyClick(diagram, Qt.Key.Key_BracketRight)
    qtbot.keyClick(diagram, Qt.Key.Key_P)
    qtbot.keyClick(diagram, Qt.Key.Key_P)  # wraps from the first to the last
    assert diagram.selected() == 3
    with qtbot.waitSignal(diagram.selection_changed) as deselected:
        qtbot.keyClick(diagram, Qt.Key.Key_Escape)
    assert deselected.args == [0]
    qtbot.keyClick(diagram, Qt.Key.Key_N)
    with qtbot.waitSignal(diagram.changed):
        qtbot.keyClick(diagram, Qt.Key.Key_Delete)
    assert [(m.number, m.kind, m.note) for m in diagram.marks()] == [(1, "dent", "门"),
                                                                     (2, "chip", "")]


def test_drag_and_right_click_at_any_size(qtbot, diagram) -> None:  # type: ignore[no-untyped-def]
    diagram.set_marks([Mark(1, 0.5, 0.5, "crack"), Mark(2, 0.2, 0.8, "other")])
    qtbot.mousePress(diagram, Qt.MouseButton.LeftButton, pos=at(0.5, 0.5))
    qtbot.mouseMove(diagram, at(0.55, 0.45))
    qtbot.mouseMove(diagram, at(0.6, 0.4))
    qtbot.mouseRelease(diagram, Qt.MouseButton.LeftButton, pos=at(0.6, 0.4))
    moved = diagram.marks()[0]
    assert (moved.x, moved.y) == (pytest.approx(0.6, abs=NEAR), pytest.approx(0.4, abs=NEAR))
    assert len(diagram.marks()) == 2  # a drag places nothing
    qtbot.mouseClick(diagram, Qt.MouseButton.RightButton, pos=at(0.6, 0.4))
    assert spots(diagram) == [(1, 0.2, 0.8, "other")]


def test_tab_still_leaves_for_the_next_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = QWidget()
    qtbot.addWidget(form)
    diagram = DamageDiagram(form)
    after = QLineEdit(form)
    layout = QVBoxLayout(form)
    layout.addWidget(diagram)
    layout.addWidget(after)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    diagram.setFocus()
    qtbot.waitUntil(diagram.hasFocus)  # offscreen activates the window a moment later
    qtbot.keyClick(diagram, Qt.Key.Key_Tab)
    assert after.hasFocus() and diagram.marks() == []


def test_a_locked_diagram_changes_nothing(qtbot, diagram) -> None:  # type: ignore[no-untyped-def]
    diagram.set_marks([Mark(1, 0.5, 0.5, "dent")])
    kept = diagram.marks()
    diagram.set_locked(True)
    qtbot.mouseClick(diagram, Qt.MouseButton.LeftButton, pos=at(0.3, 0.3))
    qtbot.mousePress(diagram, Qt.MouseButton.LeftButton, pos=at(0.5, 0.5))
    qtbot.mouseMove(diagram, at(0.7, 0.5))
    qtbot.mouseRelease(diagram, Qt.MouseButton.LeftButton, pos=at(0.7, 0.5))
    qtbot.mouseClick(diagram, Qt.MouseButton.RightButton, pos=at(0.5, 0.5))
    for key in (Qt.Key.Key_Return, Qt.Key.Key_N, Qt.Key.Key_Right, Qt.Key.Key_3,
                Qt.Key.Key_Delete):
        qtbot.keyClick(diagram, key)
    diagram.remove(1)
    diagram.set_note(1, "changed")
    assert diagram.marks() == kept
