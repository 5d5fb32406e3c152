"""The order's timeline on screen: one line per entry, local time, who, what (and why)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.services.timeline import TRANSLATED_PARAMS, TimelineEntry
from ui.i18n import app_text


def _param(name: str, value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone().strftime("%m-%d %H:%M")
    if name in TRANSLATED_PARAMS and isinstance(value, str) and value:
        return app_text(TRANSLATED_PARAMS[name], value)
    return "" if value is None else value


def describe(entry: TimelineEntry) -> str:
    """What happened, in the UI's language."""
    params = {name: _param(name, value) for name, value in entry.params.items()}
    return app_text("Timeline", entry.message, **params)


def detail_text(entry: TimelineEntry) -> str:
    """The reason or note: the program's own words in the UI's language, a person's as typed."""
    if entry.detail_message:
        params = {name: _param(name, value) for name, value in entry.detail_params.items()}
        return app_text("Timeline", entry.detail_message, **params)
    return entry.detail


def entry_line(entry: TimelineEntry) -> str:
    when = entry.at.astimezone().strftime("%m-%d %H:%M")
    text = describe(entry)
    detail = detail_text(entry)
    if detail:
        text += f" — {detail}"
    by = f"  ({entry.who})" if entry.who and entry.who not in text else ""
    return f"{when}  {text}{by}"


class TimelineList(QListWidget):
    """The timeline, newest entry at the bottom (read like a diary)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.entries: list[TimelineEntry] = []

    def sizeHint(self) -> QSize:
        """A few lines to start with; it takes the height its window leaves."""
        return QSize(super().sizeHint().width(), 5 * self.fontMetrics().lineSpacing())

    def set_entries(self, entries: list[TimelineEntry] | tuple[TimelineEntry, ...]) -> None:
        self.entries = list(entries)
        self.retranslate()
        self.scrollToBottom()

    def retranslate(self) -> None:
        self.clear()
        for entry in self.entries:
            item = QListWidgetItem(entry_line(entry))
            item.setToolTip(detail_text(entry) or item.text())
            self.addItem(item)
