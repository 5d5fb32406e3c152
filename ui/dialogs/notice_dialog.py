"""A notice to the customer: the shop's template filled with the order, copied to the clipboard
(for SMS or WeChat) or read out, then marked sent with the method. Works fully offline."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain.progress import NOTICE_KIND_NAMES, NOTICE_METHOD_NAMES
from app.services import notices
from app.services.notices import NoticeForm
from ui.dialogs.form_dialog import FormDialog
from ui.widgets.field_error import with_error
from ui.widgets.order_header import fill_combo

LANGUAGE_NAMES = {"zh_CN": "中文", "en": "English"}


class NoticeDialog(FormDialog):
    notice_sent = Signal(object)  # the order id

    def __init__(self, context: AppContext, order_id: uuid.UUID, kind: str = "state_changed",
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("notice_dialog")
        self.order_id = order_id
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        fill_combo(self.kind, NOTICE_KIND_NAMES, "NoticeKind")
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("text")
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copy")
        self.copy_button.clicked.connect(self.copy)
        self.method = QComboBox(self)
        self.method.setObjectName("method")
        self.sent_at = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.sent_at.setObjectName("sent_at")
        self.sent_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.copied = QLabel(self)
        self.copied.setStyleSheet("color: #2e7d32;")
        self.labels = {k: QLabel(self) for k in ("kind", "language", "text", "method",
                                                 "sent_at")}
        e = self.errors
        form = QFormLayout()
        form.addRow(self.labels["kind"], with_error(self.kind, e.add("kind", self.kind, self)))
        form.addRow(self.labels["language"], self.language)
        form.addRow(self.labels["text"], with_error(self.text, e.add("text", self.text, self)))
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_button)
        copy_row.addWidget(self.copied, 1)
        form.addRow("", copy_row)
        form.addRow(self.labels["method"], with_error(self.method, e.add(
            "method", self.method, self)))
        form.addRow(self.labels["sent_at"], with_error(self.sent_at, e.add(
            "sent_at", self.sent_at, self)))
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.set_tab_chain([self.kind, self.language, self.text, self.copy_button, self.method,
                            self.sent_at])
        self.setMinimumSize(560, 420)
        self.kind.currentIndexChanged.connect(lambda _i: self.fill())
        self.language.currentIndexChanged.connect(lambda _i: self.fill())
        self.retranslate()
        language = "en" if context.workstation.language == "en" else "zh_CN"
        self.language.setCurrentIndex(self.language.findData(language))
        self.fill()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Notice to the customer"))
        for key, text in (("kind", self.tr("About")), ("language", self.tr("Language")),
                          ("text", self.tr("Text")), ("method", self.tr("Sent by")),
                          ("sent_at", self.tr("Sent at"))):
            self.labels[key].setText(text)
        fill_combo(self.kind, NOTICE_KIND_NAMES, "NoticeKind")
        fill_combo(self.method, NOTICE_METHOD_NAMES, "NoticeMethod")
        self.copy_button.setText(self.tr("&Copy text"))
        self.retranslate_buttons(self.tr("&Mark sent"))

    def fill(self) -> None:
        """The template of the chosen kind and language, filled with the order's details."""
        with self.context.read() as s:
            text = notices.draft(s, self.order_id, self.kind.currentData(),
                                 self.language.currentData())
        self.text.setPlainText(text)
        self.copied.clear()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.copied.setText(self.tr("Copied: paste it into SMS or WeChat, then mark it sent."))

    def submit(self) -> bool:
        form = NoticeForm(self.kind.currentData(), self.language.currentData(),
                          self.text.toPlainText(), self.method.currentData() or "",
                          self.sent_at.dateTime().toPython().astimezone())
        with self.context.write() as s:
            notices.record_notice(s, self.context.user, self.order_id, form)
        self.notice_sent.emit(self.order_id)
        return True
