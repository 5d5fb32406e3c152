"""Refusals shown where they belong: a red message right under the field that was wrong.

`FormErrors` knows which input and which `FieldError` label belong to each field name used by
`InputError.field` ("name", "phones.1", "plate", "vin", "year", ...). Showing a refusal fills
the labels, marks the inputs and moves the focus to the first wrong field.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InputError
from ui.i18n import error_text

ERROR_STYLE = "color: #c62828;"
WRONG_INPUT = "wrong"  # dynamic property an input gets while its value is refused


class FieldError(QLabel):
    """A small red message for one field; hidden while there is nothing to say."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.error: InputError | None = None
        self.setObjectName(f"error_{field.replace('.', '_')}")
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.hide()

    def show_error(self, error: InputError | None) -> None:
        self.error = error
        self.retranslate()
        self.setVisible(error is not None)

    def retranslate(self) -> None:
        self.setText(error_text(self.error) if self.error else "")
        self.setAccessibleName(self.text())

    def keep_place(self, lines: int = 1) -> None:
        """Hold room for a message of `lines` lines while there is none, so that the buttons
        beside or under it stay where the mouse is when a refusal appears."""
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * lines)


def with_error(field: QWidget, error: FieldError) -> QWidget:
    """The input with its error label under it, as one cell of a form."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    return box


class FormErrors:
    """The field-error labels of one form, in the order the fields are visited."""

    def __init__(self, general: FieldError | None = None) -> None:
        self._fields: dict[str, tuple[QWidget, FieldError]] = {}
        self.general = general  # for a refusal about no particular visible field

    def add(self, field: str, widget: QWidget, parent: QWidget | None = None) -> FieldError:
        label = FieldError(field, parent)
        self._fields[field] = (widget, label)
        _when_edited(widget, lambda: self.edited(field))
        return label

    def edited(self, field: str) -> None:
        """The person changed the field: its refusal no longer describes what is there."""
        if field in self._fields:
            widget, label = self._fields[field]
            if label.error is not None:
                label.show_error(None)
                _mark(widget, False)

    def remove(self, field: str) -> None:
        self._fields.pop(field, None)

    def label(self, field: str) -> FieldError:
        return self._fields[field][1]

    def clear(self) -> None:
        for widget, label in self._fields.values():
            label.show_error(None)
            _mark(widget, False)
        if self.general is not None:
            self.general.show_error(None)

    def show(self, errors: list[InputError]) -> None:
        """Show each refusal next to its field and focus the first wrong field."""
        self.clear()
        first: QWidget | None = None
        for error in errors:
            if error.field in self._fields:
                widget, label = self._fields[error.field]
                label.show_error(error)
                _mark(widget, True)
                first = first or widget
            elif self.general is not None:
                self.general.show_error(error)
        wrong = [w for w, label in self._fields.values() if label.error is not None]
        target = _first_in_tab_order(wrong) if wrong else first
        if target is not None:
            target.setFocus()

    def shown(self) -> dict[str, str]:
        """Field -> message currently shown (for tests and screen readers)."""
        return {f: label.text() for f, (_, label) in self._fields.items() if label.error}

    def retranslate(self) -> None:
        for _, label in self._fields.values():
            label.retranslate()
        if self.general is not None:
            self.general.retranslate()


def _when_edited(widget: QWidget, call: Callable[[], None]) -> None:
    """Call `call` when a person changes the input (not when the program fills it)."""
    def slot(*_: object) -> None:
        call()

    if isinstance(widget, QAbstractSpinBox):
        widget = widget.findChild(QLineEdit) or widget
    if isinstance(widget, QLineEdit):
        widget.textEdited.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.activated.connect(slot)
        if widget.isEditable():
            widget.editTextChanged.connect(slot)
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QAbstractButton):
        widget.clicked.connect(slot)


def _mark(widget: QWidget, wrong: bool) -> None:
    widget.setProperty(WRONG_INPUT, wrong)
    widget.setStyleSheet("border: 1px solid #c62828;" if wrong else "")


def _first_in_tab_order(wrong: list[QWidget]) -> QWidget:
    """The wrong field the keyboard reaches first (the form's Tab order is its reading order)."""
    start = wrong[0].window()
    widget = start.nextInFocusChain()
    for _ in range(1000):
        if widget is start:
            break
        if any(widget is w for w in wrong):
            return widget
        widget = widget.nextInFocusChain()
    return wrong[0]
