"""A window's content in a scroll area, so that the window fits a 1366×768 front-desk screen
while its action buttons, laid out outside the area, always stay in view."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QWidget


def scrolled(content: QLayout | QWidget, parent: QWidget) -> QScrollArea:
    """`content` (a layout or a widget) in a frameless scroll area that widens it to its width."""
    if isinstance(content, QLayout):
        widget = QWidget()
        widget.setLayout(content)
        content = widget
    area = QScrollArea(parent)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(content)
    return area
