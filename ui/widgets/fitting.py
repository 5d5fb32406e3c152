"""Texts that fit their widgets: a field is at least as wide as its placeholder, in the
language shown now (a Chinese hint is often wider than its English source)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QWidget

PLACEHOLDER_PADDING = 8  # the frame's text margins come on top (taken from the style)


def placeholder_width(edit: QLineEdit) -> int:
    """The width `edit` needs to show its whole placeholder."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    frame = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, option, edit)
    margins = edit.textMargins()
    return (edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 2 * frame
            + margins.left() + margins.right() + PLACEHOLDER_PADDING)


def fit_placeholders(root: QWidget) -> None:
    """Every line edit under `root` at least as wide as its placeholder (call after setting
    the texts, e.g. at the end of `retranslate`)."""
    for edit in root.findChildren(QLineEdit):
        if edit.placeholderText():
            edit.setMinimumWidth(placeholder_width(edit))
